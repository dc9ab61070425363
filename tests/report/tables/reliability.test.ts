import { describe, expect, it } from 'vitest';
import { runReliability } from '../../../src/analyses/reliability.js';
import { reliabilityBlocks, verdictOf } from '../../../src/report/tables/reliability.js';
import type { Block } from '../../../src/report/table.js';
import { simpleDataset } from '../../helpers/simple-dataset.js';
import { fixtureCsv } from '../../helpers/reliability-fixture.js';

const items = ['a1', 'a2', 'a3', 'a4', 'a5', 'b1', 'b2', 'b3'];
const ds = simpleDataset(fixtureCsv, items, { reverse: { a3: [1, 5] } });
const opts = { missingMode: 'listwise' as const, ciLevel: 0.95 };
const result = runReliability(ds, [{ name: 'A', items: ['a1', 'a2', 'a3', 'a4', 'a5'] }], opts);

const tables = (blocks: Block[]) => blocks.filter((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>[];
const texts = (blocks: Block[]) => blocks.filter((b) => b.kind === 'text').map((b) => (b as { text: string }).text);

describe('reliability tables', () => {
  it("SPSS's six tables in order, with SPSS's titles and columns", () => {
    const blocks = reliabilityBlocks(result, 'en');
    expect(tables(blocks).map((b) => b.title)).toEqual([
      'Case Processing Summary',
      'Reliability Statistics',
      'Item Statistics',
      'Summary Item Statistics',
      'Item-Total Statistics',
      'Scale Statistics',
    ]);
    const itemTotal = tables(blocks)[4];
    expect(itemTotal.columns.map((c) => c.header)).toEqual([
      '',
      'Scale Mean if Item Deleted',
      'Scale Variance if Item Deleted',
      'Corrected Item-Total Correlation',
      'Squared Multiple Correlation',
      "Cronbach's Alpha if Item Deleted",
    ]);
    expect(itemTotal.rows).toHaveLength(5);
    const rel = tables(blocks)[1];
    expect(rel.rows[0][0]).toEqual({ value: result.scales[0].alpha, suffix: undefined });
    expect(tables(blocks)[2].footnotes).toEqual(['Reverse-keyed (recoded min + max - x): a3.']);
    expect(texts(blocks)[0]).toBe('Scale: A');
  });

  it('the CI, omega and verdict lines; --no-verdict hides the verdict', () => {
    const s = result.scales[0];
    const line = texts(reliabilityBlocks(result, 'en'))[1];
    expect(line).toContain("95% confidence interval for Cronbach's alpha (Feldt): [.725, .821]");
    expect(line).toContain("McDonald's omega total (one factor, minres): .778");
    expect(line).toContain('α = .776: acceptable (George & Mallery)');
    expect(s.alpha).toBeCloseTo(0.776216, 6);
    expect(texts(reliabilityBlocks(result, 'en', { verdict: false }))[1]).not.toContain('George');
  });

  it('Chinese titles and columns (SPSS Chinese edition)', () => {
    const blocks = reliabilityBlocks(result, 'zh');
    expect(tables(blocks).map((b) => b.title)).toEqual(['个案处理摘要', '可靠性统计', '项统计', '摘要项统计', '项总计统计', '标度统计']);
    expect(tables(blocks)[1].columns.map((c) => c.header)).toEqual(['克隆巴赫 Alpha', '基于标准化项的克隆巴赫 Alpha', '项数']);
    expect(texts(blocks)[0]).toBe('标度：A');
    // SPSS's default scale name is translated as SPSS's Chinese edition prints it.
    const all = runReliability(ds, [{ name: 'ALL VARIABLES', items: ['a1', 'a2', 'a3'] }], opts);
    expect(texts(reliabilityBlocks(all, 'zh'))[0]).toBe('标度：所有变量');
    expect(texts(reliabilityBlocks(all, 'en'))[0]).toBe('Scale: ALL VARIABLES');
    expect(tables(blocks)[4].columns.map((c) => c.header).slice(1)).toEqual([
      '删除项后的标度平均值',
      '删除项后的标度方差',
      '修正后的项与总计相关性',
      '平方多重相关性',
      '删除项后的克隆巴赫 Alpha',
    ]);
    expect(texts(blocks)[1]).toContain('α = .776：可接受（George & Mallery）');
  });

  it("a negative alpha gets SPSS's footnote; several scales get distinct table ids", () => {
    const neg = runReliability(ds, [{ name: 'N', items: ['a1', 'b3', 'b1'] }, { name: 'B', items: ['b1', 'b2', 'b3'] }], opts);
    const blocks = reliabilityBlocks(neg, 'en');
    const ids = tables(blocks).map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('reliability-statistics-1');
    expect(ids).toContain('reliability-statistics-2');
    const neg2 = runReliability(
      simpleDataset(fixtureCsv, ['a1', 'a3']),
      [{ name: 'X', items: ['a1', 'a3'] }],
      opts,
    );
    const rel = tables(reliabilityBlocks(neg2, 'en'))[1];
    expect(rel.footnotes?.[0]).toMatch(/^a\. The value is negative due to a negative average covariance among items/);
    expect(texts(reliabilityBlocks(neg2, 'en'))[1]).toContain('needs at least 3 items');
  });

  it('pairwise and weighted runs say so in the case processing footnotes', () => {
    const pw = runReliability(ds, [{ name: 'A', items: ['a1', 'a2'] }], { ...opts, missingMode: 'pairwise' });
    const cps = tables(reliabilityBlocks(pw, 'en', { missingMode: 'pairwise', weight: 'w' }))[0];
    expect(cps.footnotes?.[0]).toMatch(/^a\. Pairwise deletion/);
    expect(cps.footnotes?.[1]).toBe('Cases weighted by w.');
    expect(texts(reliabilityBlocks(pw, 'en', { missingMode: 'pairwise' }))[1]).toContain('(Feldt): [');
    expect(texts(reliabilityBlocks(pw, 'en', { missingMode: 'pairwise' }))[1]).toContain(' (n = the smallest pairwise N)');
  });

  it('George & Mallery bands, on the value shown with three decimals', () => {
    expect([0.95, 0.9, 0.8994, 0.85, 0.75, 0.65, 0.55, 0.3, -0.2].map(verdictOf)).toEqual([
      'excellent',
      'excellent',
      'good',
      'good',
      'acceptable',
      'questionable',
      'poor',
      'unacceptable',
      'unacceptable',
    ]);
    expect(verdictOf(0.69949)).toBe('questionable');
    expect(verdictOf(0.8996)).toBe('excellent'); // shown as .900
    expect(verdictOf(0.6995)).toBe('acceptable');
  });
});

describe('reliabilityBlocks scaleHeadings (analyze step 3)', () => {
  it('starts each scale with a level-3 heading instead of a plain line, so HTML and Word list it', () => {
    const plain = reliabilityBlocks(result, 'en');
    expect(plain[0]).toEqual({ kind: 'text', text: 'Scale: A' });
    const headed = reliabilityBlocks(result, 'zh', { scaleHeadings: true });
    expect(headed[0]).toMatchObject({ kind: 'heading', text: '标度：A', level: 3 });
    expect(headed.slice(1)).toEqual(reliabilityBlocks(result, 'zh').slice(1));
  });
});
