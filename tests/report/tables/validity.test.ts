import { describe, expect, it } from 'vitest';
import { commonMethodBias, constructValidity } from '../../../src/analyses/validity.js';
import { commonMethodBiasBlocks, validityBlocks } from '../../../src/report/tables/validity.js';
import type { Block, Cell } from '../../../src/report/table.js';
import { expectClose } from '../../helpers/close.js';
import { correlation, expected, inputOf } from '../../helpers/validity-fixture.js';

type TableBlock = Extract<Block, { kind: 'table' }>;
const tables = (blocks: Block[]) => blocks.filter((b) => b.kind === 'table') as TableBlock[];
const suffix = (c: unknown) => (c !== null && typeof c === 'object' ? (c as Cell).suffix : undefined);
const fits = {
  oneFactor: { chiSquare: 5000, df: 324, cfi: 0.4, tli: 0.35, rmsea: 0.15, srmr: 0.12 },
  model: { chiSquare: 350, df: 296, cfi: 0.99, tli: 0.99, rmsea: 0.017, srmr: 0.03 },
};

describe('validity tables', () => {
  const r = constructValidity(inputOf(expected.models.eight));

  it('Construct Validity, Fornell-Larcker and HTMT, one row per factor, sources footnoted', () => {
    const [cv, fl, ht] = tables(validityBlocks(r, 'en'));
    expect([cv.title, fl.title, ht.title]).toEqual(['Construct Validity', 'Discriminant Validity (Fornell-Larcker)', 'Discriminant Validity (HTMT)']);
    expect(cv.rows.map((row) => row[0])).toEqual(r.factors);
    expect(cv.footnotes!.join(' ')).toMatch(/Hair et al\. 2010.*Nunnally 1978.*Fornell & Larcker 1981/);
    expect(ht.footnotes!.join(' ')).toMatch(/Henseler, Ringle & Sarstedt 2015.*\.85.*\.90/);
    // f8: CR .51 and AVE .26 under .70 and .50, marked a.
    const f8 = cv.rows[7];
    expect([suffix(f8[5]), suffix(f8[6])]).toEqual(['a', 'a']);
    expect(f8[8]).toBe('No');
    expect(cv.footnotes![0]).toBe('a. Below its threshold.');
    // Fornell-Larcker: sqrt(AVE) on the diagonal, correlations below, blank above.
    expect((fl.rows[1][2] as Cell).value).toBe(r.fornellLarcker.matrix[1][1]);
    expect(fl.rows[1][1]).toBe(r.fornellLarcker.matrix[1][0]);
    expect(fl.rows[0][2]).toBeNull();
    // HTMT: the lower triangle, rows from the second factor.
    expect(ht.rows).toHaveLength(7);
    expect(ht.columns).toHaveLength(8);
    expect((ht.rows[1][2] as Cell).value).toBe(r.htmt.arithmetic[2][1]);
  });

  it('HTMT values at the thresholds are flagged * and **', () => {
    const strict = constructValidity(inputOf(expected.models.three, { htmt: 0.5, htmtLiberal: 0.51 }));
    const ht = tables(validityBlocks(strict, 'en'))[2];
    expect(suffix(ht.rows[1][2])).toBe('**');
    expect(ht.footnotes![1]).toBe('* at or above .50; ** at or above .51.');
  });

  it('Chinese as Chinese papers print it', () => {
    const [cv, fl, ht] = tables(validityBlocks(r, 'zh'));
    expect(cv.title).toBe('结构效度');
    expect(cv.columns.map((c) => c.header)).toContain('组合信度 CR');
    expect(cv.columns.map((c) => c.header)).toContain('平均方差抽取量 AVE');
    expect(fl.title).toBe('区分效度（Fornell-Larcker 准则）');
    expect(ht.title).toContain('HTMT');
  });

  it("common method bias: Harman's share in percent with the 50% rule and the caveat; the one-factor comparison", () => {
    const blocks = commonMethodBiasBlocks(commonMethodBias(expected.items, correlation, fits), 'en');
    const [cmb, one] = tables(blocks);
    expectClose(cmb.rows[0][1] as number, expected.harman.share * 100, 1e-9);
    expect(cmb.rows[0].slice(2)).toEqual(['< 50%', 'no dominant factor']);
    expect(cmb.footnotes![0]).toMatch(/weak/);
    expect(one.rows.map((row) => row[0])).toEqual(['One factor (all items)', 'Study model', 'Difference']);
    expect(blocks.at(-1)).toMatchObject({ kind: 'text', text: expect.stringMatching(/^The one-factor model fits significantly worse/) });
    const zh = tables(commonMethodBiasBlocks(commonMethodBias(expected.items, correlation), 'zh'));
    expect(zh.map((t) => t.title)).toEqual(['共同方法偏差检验']);
  });
});
