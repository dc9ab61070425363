import { describe, expect, it } from 'vitest';
import { corrBlocks, significanceFlag } from '../../../src/report/tables/corr.js';
import type { CorrResult } from '../../../src/analyses/corr.js';
import type { Block, Cell } from '../../../src/report/table.js';

const result: CorrResult = {
  method: 'pearson',
  variables: ['a', 'b', 'c'],
  with: null,
  r: [
    [1, 0.5, 0.2],
    [0.5, 1, null],
    [0.2, null, 1],
  ],
  p: [
    [null, 0.004, 0.03],
    [0.004, null, null],
    [0.03, null, null],
  ],
  n: [
    [50, 50, 50],
    [50, 50, 50],
    [50, 50, 50],
  ],
};
const tableOf = (b: Block[]) => b[0] as Extract<Block, { kind: 'table' }>;

describe('corrBlocks', () => {
  it('SPSS flags and footnotes: ** below .01, * below .05, constant note, listwise N', () => {
    expect([significanceFlag(0.0099), significanceFlag(0.01), significanceFlag(0.049), significanceFlag(0.05), significanceFlag(null)]).toEqual(['**', '*', '*', '', '']);
    const t = tableOf(corrBlocks(result, 'en'));
    expect(t.title).toBe('Correlations');
    expect(t.rows).toHaveLength(6); // r and Sig. per variable; N only in the footnote
    expect((t.rows[0][3] as Cell).suffix).toBe('**');
    expect((t.rows[0][4] as Cell).suffix).toBe('*');
    expect(t.rows[0][2]).toEqual({ value: 1, decimals: 0 });
    expect(t.footnotes).toEqual([
      '**. Correlation is significant at the 0.01 level (2-tailed).',
      '*. Correlation is significant at the 0.05 level (2-tailed).',
      'Cannot be computed because at least one of the variables is constant.',
      'Listwise N = 50',
    ]);
  });
  it('pairwise shows N rows; Spearman and Chinese labels', () => {
    const t = tableOf(corrBlocks({ ...result, method: 'spearman' }, 'zh', { missing: 'pairwise', weight: 'w' }));
    expect(t.title).toBe('相关性');
    expect(t.columns[0].header).toBe('斯皮尔曼 Rho');
    expect(t.rows).toHaveLength(9);
    // NONPAR CORR's diagonal: 1.000 over a Sig. of "." (CORRELATIONS prints 1 over a blank).
    expect(t.rows[0][2]).toEqual({ value: 1, decimals: 3 });
    expect(t.rows[1][2]).toBe('.');
    expect(t.rows[3][3]).toEqual({ value: 1, decimals: 3 });
    expect(t.rows[4][3]).toBe('.');
    expect(t.rows.map((r) => r[1])).toEqual(['相关系数', '显著性（双尾）', '个案数', '相关系数', '显著性（双尾）', '个案数', '相关系数', '显著性（双尾）', '个案数']);
    expect(t.footnotes).toContain('**. 在 0.01 级别（双尾），相关性显著。');
    expect(t.footnotes).toContain('个案按 w 加权。');
  });
});
