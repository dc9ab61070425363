import { describe, expect, it } from 'vitest';
import { runCsi, type CsiOptions } from '../../../src/analyses/index-run.js';
import { csiBlocks, missedTargets } from '../../../src/report/tables/csi.js';
import { renderText } from '../../../src/report/render/text.js';
import type { Block } from '../../../src/report/table.js';
import { readIndexFixture } from '../../helpers/index-fixture.js';

const ds = readIndexFixture();
const opts: CsiOptions = {
  items: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'],
  dimensions: [
    { name: 'Image', items: ['q1', 'q2'] },
    { name: 'Service', items: ['q3', 'q4'] },
    { name: 'Environment', items: ['q5', 'q6'] },
  ],
  scaleRange: [1, 5],
  weightsMethod: 'equal',
  bootstrap: 100,
  seed: 1,
  level: 0.95,
  value: { column: 'value', base: 'mean' },
  by: 'wave',
  tiers: 'value',
  targets: [{ name: 'overall', target: 90 }],
};
const { result, warnings } = runCsi([{ label: 'x', ds }], opts);
const tables = (blocks: Block[]) => blocks.filter((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>[];
const texts = (blocks: Block[]) => blocks.filter((b) => b.kind === 'text').map((b) => (b as { text: string }).text);

describe('index tables', () => {
  it('every table, the weights beside the index, and the trap line', () => {
    const blocks = csiBlocks(result, 'en');
    expect(tables(blocks).map((t) => t.id)).toEqual(['csi-index', 'csi-items', 'csi-value-weighted', 'csi-waves', 'csi-waves-dimensions', 'csi-change', 'csi-trap', 'csi-tiers', 'csi-targets']);
    const index = tables(blocks)[0];
    expect(index.columns.map((c) => c.header)).toEqual(['Dimension', 'Items', 'Weight', 'Index', 'Lower', 'Upper', 'Satisfaction Rate (%)']);
    expect(index.rows.map((r) => r[0])).toEqual(['Image', 'Service', 'Environment', 'Overall']);
    expect(index.footnotes?.[0]).toBe('Weights: equal weights.');
    const vw = tables(blocks).find((t) => t.id === 'csi-value-weighted')!;
    expect(vw.columns.map((c) => c.header)).toEqual(['Dimension', 'Unweighted', 'Value-Weighted', 'Difference', 'Lower', 'Upper', 'Unweighted', 'Value Share of Satisfied (%)']);
    expect(vw.groups!.map((g) => [g.label, g.span])).toEqual([['', 1], ['Index', 3], ['95% CI of Value-Weighted', 2], ['Satisfaction Rate (%)', 2]]);
    // The pooled tables say they pool the waves; the trap table and its case follow the tests of change.
    expect(index.title).toBe('Customer Satisfaction Index: wave Pooled');
    const trap = tables(blocks).find((t) => t.id === 'csi-trap')!;
    expect(trap.rows.map((r) => r[0])).toEqual(['High value', 'Low value']);
    expect(trap.rows[0].slice(1, 3)).toEqual(result.waves!.satisfactionTrap!.high.n);
    expect(trap.footnotes![0]).toMatch(/^High-value customers have a value above the first wave's mean \(\d+\.\d\d\)/);
    expect(texts(blocks)[0]).toMatch(/^Satisfaction trap \(case 3 of 6\): from 1 to 2 the index rose \(\+\d+\.\d\) while satisfaction fell among high-value customers \(-\d+\.\d, p [=<] \.\d{3}\).* --tiers value shows the index by value tier/);
    expect(warnings.join(' ')).toMatch(/Satisfaction trap \(case 3 of 6\)/);
    expect(missedTargets(result, 'en').map((f) => f.message)).toEqual([expect.stringMatching(/^Target missed: Overall \d+\.\d < 90\.0\.$/)]);
    const text = renderText({ command: 'index', blocks, results: result, warnings: [] }, { lang: 'en', color: false });
    expect(text).toContain('Customer Satisfaction Index');
    expect(text).toContain('Top 20%');
  });
  it('in Chinese', () => {
    const blocks = csiBlocks(result, 'zh');
    const titles = tables(blocks).map((t) => t.title);
    expect(titles[0]).toBe('顾客满意度指数（wave合并）');
    expect(titles).toContain('顾客价值加权满意度指数（wave合并）');
    expect(titles).toContain('满意度陷阱：按顾客价值分组的变化');
    expect(texts(blocks)[0]).toMatch(/^满意度陷阱（情形 3，共 6 种）/);
  });
  it('a missed target never prints as equal to its index: more decimals where one would hide the miss', () => {
    const r = { ...result, targets: [{ name: 'overall', target: 85, index: 84.96, met: false }, { name: 'Image', target: 60, index: 70.04, met: true }] };
    expect(missedTargets(r, 'en')).toEqual([{ what: 'target', name: 'overall', value: 84.96, threshold: 85, message: 'Target missed: Overall 84.96 < 85.00.' }]);
    const t = tables(csiBlocks(r, 'en')).find((x) => x.id === 'csi-targets')!;
    expect(t.rows[0]).toEqual(['Overall', { value: 85, decimals: 2 }, { value: 84.96, decimals: 2 }, 'No']);
    expect(t.rows[1]).toEqual(['Image', { value: 60, decimals: 1 }, { value: 70.04, decimals: 1 }, 'Yes']);
  });
  it('the scale footnote brackets a negative minimum', () => {
    const r = { ...result, scaleRange: [-3, 3] as [number, number] };
    expect(tables(csiBlocks(r, 'en'))[0].footnotes?.[1]).toBe('Index = (mean - (-3)) / (3 - (-3)) x 100; satisfaction rate = share of answers 2 or higher (top two boxes).');
  });
  it('explains blank t and z cells (constant indices, a rate of 100% in both groups)', () => {
    const col = (name: string, v: number[]) => ({ name, values: Float64Array.from(v), labels: new Map(), kind: 'numeric' as const });
    const flat = { ...ds, variables: [col('q1', [4, 4, 4, 4]), col('q2', [5, 5, 5, 5]), col('g', [1, 2, 1, 2])], weights: null };
    const r = runCsi([{ label: 'x', ds: flat }], { ...opts, items: ['q1', 'q2'], dimensions: null, value: null, tiers: null, targets: null, by: 'g', bootstrap: 0 }).result;
    expect(r.waves!.change.t).toBeNull();
    expect(r.waves!.change.z).toBeNull();
    const change = tables(csiBlocks(r, 'en')).find((t) => t.id === 'csi-change')!;
    expect(change.footnotes).toContain("t and its Sig. cannot be computed where the respondents' indices vary in neither group or a group has fewer than 2 respondents.");
    expect(change.footnotes).toContain('z cannot be computed where the satisfaction rate of the two groups together is 0% or 100%.');
    const normal = tables(csiBlocks(result, 'en')).find((t) => t.id === 'csi-change')!;
    expect(normal.footnotes!.some((f) => /cannot be computed/.test(f))).toBe(false);
  });
  it('a small value base K0 keeps its digits in the footnote', () => {
    const foot = (k0: number) => tables(csiBlocks({ ...result, valueWeighted: { ...result.valueWeighted!, k0 } }, 'en')).find((t) => t.id === 'csi-value-weighted')!.footnotes![0];
    expect(foot(12.7234)).toContain("K0 = the first wave's mean = 12.72;");
    expect(foot(0.004567)).toContain("K0 = the first wave's mean = .00457;");
    expect(foot(1e-300)).toContain("K0 = the first wave's mean = 1.00e-300;");
    const single = { ...result, waves: null, valueWeighted: { ...result.valueWeighted!, k0: 12.7234 } };
    expect(tables(csiBlocks(single, 'en')).find((t) => t.id === 'csi-value-weighted')!.footnotes![0]).toContain('K0 = mean = 12.72;');
  });
});
