import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCsi, type CsiOptions } from '../../src/analyses/index-run.js';
import { AnalysisError, UsageError } from '../../src/errors.js';
import type { Dataset } from '../../src/data/dataset.js';
import { readIndexFixture } from '../helpers/index-fixture.js';
import { expectClose } from '../helpers/close.js';

// Expected values: fixtures/oracle/index.R on fixtures/index-survey.csv.
const ref = JSON.parse(readFileSync('fixtures/expected/index.json', 'utf8'));
const ds = readIndexFixture();
const items = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
const dimensions = [
  { name: 'Image', items: ['q1', 'q2'] },
  { name: 'Service', items: ['q3', 'q4'] },
  { name: 'Environment', items: ['q5', 'q6'] },
];
const base: CsiOptions = { items, dimensions, scaleRange: [1, 5], weightsMethod: 'equal', bootstrap: 200, seed: 1, level: 0.95 };
const run = (o: Partial<CsiOptions>, input: { label: string; ds: Dataset }[] = [{ label: 'all', ds }]) => runCsi(input, { ...base, ...o });

describe('csat index against R', () => {
  it('equal weights: dimensions, overall, rates, listwise exclusions and bootstrap CIs around the index', () => {
    const { result, warnings } = run({});
    expect(result.n).toBe(ref.n);
    expect(result.excluded).toBe(ref.excluded);
    expect(warnings.some((w) => /7 row/.test(w))).toBe(true);
    result.dimensions.forEach((d, k) => {
      expectClose(d.index, ref.equalDims.dimensions[k], 1e-12);
      expectClose(d.satisfactionRate, ref.equalDims.dimensionRates[k], 1e-12);
      expectClose(d.weight, 1 / 3, 1e-15);
      expect(d.ciLower! <= d.index! && d.index! <= d.ciUpper!).toBe(true);
    });
    expectClose(result.overall.index, ref.equalDims.overall, 1e-12);
    expectClose(result.overall.satisfactionRate, ref.equalDims.overallRate, 1e-12);
    result.itemIndices.forEach((it, j) => expectClose(it.index, ref.equalDims.items[j], 1e-12));
    expect(result.valueWeighted).toBeNull();
    expect(result.waves).toBeNull();
    // The same seed gives the same CIs; another seed other CIs.
    expect(run({}).result.overall).toEqual(result.overall);
    expect(run({ seed: 2 }).result.overall.ciLower).not.toBe(result.overall.ciLower);
  });
  it('frequency weights (replicated rows)', () => {
    const { result } = runCsi([{ label: 'all', ds: readIndexFixture(undefined, 'weight') }], base);
    expect(result.n).toBe(ref.weighted.n);
    expectClose(result.overall.index, ref.weighted.overall, 1e-12);
  });
  it('correlation and regression weights of the dimensions on overall; regression weights of the items', () => {
    const c = run({ weightsMethod: 'correlation', overall: 'overall' }).result;
    const r = ref.correlation.raw as number[];
    c.dimensions.forEach((d, k) => expectClose(d.weight, r[k] / r.reduce((a, b) => a + b, 0), 1e-12));
    expectClose(c.overall.index, ref.correlation.overall, 1e-12);
    expect(c.n).toBe(ref.nOverall);
    const g = run({ weightsMethod: 'regression', overall: 'overall' }).result;
    const b = ref.regression.raw as number[];
    g.dimensions.forEach((d, k) => expectClose(d.weight, b[k] / b.reduce((a, x) => a + x, 0), 1e-10));
    expectClose(g.overall.index, ref.regression.overall, 1e-12);
    const gi = run({ weightsMethod: 'regression', overall: 'overall', dimensions: null }).result;
    expect(gi.dimensions).toEqual([]);
    const bi = ref.regressionItems.raw as number[];
    gi.itemIndices.forEach((it, j) => expectClose(it.weight, bi[j] / bi.reduce((a, x) => a + x, 0), 1e-10));
    expectClose(gi.overall.index, ref.regressionItems.overall, 1e-12);
  });
  it('file weights', () => {
    const weights = new Map([['Image', 5], ['Service', 3], ['Environment', 2]]);
    const f = run({ weightsMethod: 'file', weightsFile: { path: 'w.csv', weights } }).result;
    expectClose(f.overall.index, ref.fileWeights.overall, 1e-12);
    expect(() => run({ weightsMethod: 'file', weightsFile: { path: 'w.csv', weights: new Map([['Image', 1]]) } })).toThrow(/no weight for 'Service'/);
    // A name that is neither a dimension nor an item (a typo) is an error, not silently ignored.
    const typo = new Map([...weights, ['Servce', 1]]);
    expect(() => run({ weightsMethod: 'file', weightsFile: { path: 'w.csv', weights: typo } })).toThrow(/names 'Servce', which is not among the dimensions or items/);
    expect(() => run({ weightsMethod: 'file', weightsFile: { path: 'w.csv', weights: new Map([['Image', 1], ['Service', -1], ['Environment', 1]]) } })).toThrow(/weights must be zero or positive/);
  });
  it('file weights of the items within a dimension (q1 2, q2 1: Image = 2/3 I(q1) + 1/3 I(q2))', () => {
    const weights = new Map([['Image', 5], ['Service', 3], ['Environment', 2], ['q1', 2], ['q2', 1]]);
    const f = run({ weightsMethod: 'file', weightsFile: { path: 'w.csv', weights } }).result;
    const [i1, i2] = ref.equalDims.items as number[];
    const image = (2 * i1 + i2) / 3;
    expectClose(f.dimensions[0].index, image, 1e-12);
    expect(f.itemIndices.slice(0, 2).map((x) => x.weight)).toEqual([2 / 3, 1 / 3]);
    expectClose(f.overall.index, 0.5 * image + 0.3 * ref.equalDims.dimensions[1] + 0.2 * ref.equalDims.dimensions[2], 1e-12);
    const bad = (q1: number, q2: number) => run({ weightsMethod: 'file', weightsFile: { path: 'w.csv', weights: new Map([...weights, ['q1', q1], ['q2', q2]]) } });
    expect(() => bad(-1, 2)).toThrow(/gives 'q1' the weight -1; weights must be zero or positive/);
    expect(() => bad(0, 0)).toThrow(/gives every item of 'Image' the weight 0/);
    expect(() => run({ weightsMethod: 'file', weightsFile: { path: 'w.csv', weights: new Map([['Image', 5], ['Service', 3], ['Environment', 2], ['q1', 2]]) } })).toThrow(/weights some items of 'Image' but not q2/);
  });
  it('customer-value weighting with base mean and min', () => {
    const v = run({ value: { column: 'value', base: 'mean' } }).result.valueWeighted!;
    expectClose(v.k0, ref.valueMean.k0, 1e-12);
    expectClose(v.overall.index, ref.valueMean.overall, 1e-12);
    v.dimensions.forEach((d, k) => expectClose(d.index, ref.valueMean.dimensions[k], 1e-12));
    expect(v.overall.ciLower! <= v.overall.index! && v.overall.index! <= v.overall.ciUpper!).toBe(true);
    const m = run({ value: { column: 'value', base: 'min' } });
    expectClose(m.result.valueWeighted!.overall.index, ref.valueMin.overall, 1e-12);
    expect(m.warnings.some((w) => /outside 0-100/.test(w))).toBe(true);
  });
  it('waves by a column: index per wave, Welch t, two-proportion z and the value-weighting trap', () => {
    const { result, warnings } = run({ by: 'wave', value: { column: 'value', base: 'mean' } });
    const w = result.waves!;
    expect(w.items.map((x) => x.label)).toEqual(['1', '2']);
    w.items.forEach((x, k) => {
      const e = ref.waves.items[k];
      expect(x.n).toBe(e.n);
      expectClose(x.overall.index, e.index, 1e-12);
      expectClose(x.overall.satisfactionRate, e.rate, 1e-12);
      expectClose(x.valueWeighted!.index, e.valueIndex, 1e-12);
      x.dimensions.forEach((d, j) => {
        expectClose(d.index, e.dimensions[j], 1e-12);
        expect(d.ciLower! <= d.index! && d.index! <= d.ciUpper!, `wave ${k} dimension ${j}`).toBe(true);
      });
    });
    const c = ref.waves.change;
    expectClose(w.change.index, c.index, 1e-10);
    expectClose(w.change.valueWeightedIndex, c.valueWeightedIndex, 1e-10);
    expectClose(w.change.t, c.t, 1e-10);
    expectClose(w.change.df, c.df, 1e-10);
    expectClose(w.change.p, c.p, 1e-9);
    expectClose(w.change.pValueWeighted, c.pValueWeighted, 1e-9);
    expectClose(w.change.satisfactionRate, c.satisfactionRate, 1e-10);
    expectClose(w.change.z, c.z, 1e-10);
    expectClose(w.change.pSatisfactionRate, c.pSatisfactionRate, 1e-9);
    expect(w.trap).toBe(true);
    expect(w.trapDirection).toBe('low-value-up');
    expect(warnings.some((s) => /rose among low-value customers and fell among high-value ones/.test(s))).toBe(true);
    const zh = run({ by: 'wave', value: { column: 'value', base: 'mean' }, bootstrap: 0, lang: 'zh' }).warnings;
    expect(zh[0]).toBe('7 行有缺失回答或缺失价值，已按列表删除。');
    expect(zh[1]).toMatch(/^从 1 到 2，满意度指数上升（\+2\.8），而价值加权指数下降（-10\.6）：低价值顾客的满意度上升，高价值顾客的满意度下降。$/);
  });
  it('two wave files give the same waves as --by wave', () => {
    const files = [
      { label: 'wave1', ds: readIndexFixture('fixtures/index-wave1.csv') },
      { label: 'wave2', ds: readIndexFixture('fixtures/index-wave2.csv') },
    ];
    const a = run({ value: { column: 'value', base: 'mean' } }, files).result.waves!;
    const b = run({ by: 'wave', value: { column: 'value', base: 'mean' } }).result.waves!;
    expect(a.by).toBe('files');
    expect(a.items.map((x) => x.label)).toEqual(['wave1', 'wave2']);
    expect(a.change).toEqual(b.change);
    expect(a.items[1].overall).toEqual(b.items[1].overall);
    // In the other order the index falls while the value-weighted index rises.
    const back = runCsi([files[1], files[0]], { ...base, bootstrap: 0, value: { column: 'value', base: 'mean' } });
    expect(back.result.waves!.trapDirection).toBe('high-value-up');
    expect(back.warnings.some((x) => /satisfaction fell among low-value customers and rose among high-value ones/.test(x))).toBe(true);
  });
  it('groups by a text column', () => {
    const w = run({ by: 'region' }).result.waves!;
    expect(w.items.map((x) => x.label)).toEqual(ref.regions.map((r: { label: string }) => r.label));
    w.items.forEach((x, k) => {
      expect(x.n).toBe(ref.regions[k].n);
      expectClose(x.overall.index, ref.regions[k].index, 1e-12);
    });
    expect(w.trap).toBe(false);
    expect(run({ by: 'region' }).warnings.some((x) => /expected count|fewer than 2/.test(x))).toBe(false);
  });
  it('groups of one respondent and small expected counts are named in warnings', () => {
    const col = (name: string, v: number[]) => ({ name, values: Float64Array.from(v), labels: new Map(), kind: 'numeric' as const });
    const d = { ...ds, variables: [col('q1', [1, 5, 4, 2, 3, 5, 4]), col('g', [1, 2, 2, 2, 3, 3, 3])], weights: null };
    const r = runCsi([{ label: 'x', ds: d }], { ...base, items: ['q1'], dimensions: null, bootstrap: 0, by: 'g' });
    expect(r.warnings).toContain('1 group(s) have fewer than 2 respondents (1): no interval and no t test for them.');
    expect(r.warnings).toContain('The z test of the satisfaction rate may be inaccurate for 2 - 1, 3 - 1: an expected count is below 5.');
  });
  it('Pareto value tiers', () => {
    const t = run({ tiers: 'value', value: { column: 'value', base: 'mean' } }).result.tiers!;
    expect(t.method).toBe('pareto');
    expect(t.items.map((x) => x.label)).toEqual(['top20', 'next30', 'bottom50']);
    t.items.forEach((x, k) => {
      const e = ref.tiers[k];
      expect(x.n).toBe(e.n);
      expectClose(x.overall.index, e.index, 1e-12);
      expectClose(x.valueWeighted!.index, e.valueIndex, 1e-12);
      expectClose(x.valueShare, e.valueShare, 1e-12);
      expect([x.minValue, x.maxValue]).toEqual([e.min, e.max]);
      // Every index has its bootstrap interval, the tiers' too.
      expect(x.overall.ciLower! <= x.overall.index! && x.overall.index! <= x.overall.ciUpper!, `tier ${k}`).toBe(true);
      expect(x.valueWeighted!.ciLower! <= x.valueWeighted!.ciUpper!).toBe(true);
    });
    // Ties stay together: with 70% of the values equal, no one is left for the bottom 50%.
    const col = (name: string, v: number[]) => ({ name, values: Float64Array.from(v), labels: new Map(), kind: 'numeric' as const });
    const tied = { ...ds, variables: [col('q1', [1, 2, 3, 4, 5, 1, 2, 3, 4, 5]), col('K', [9, 8, 8, 1, 1, 1, 1, 1, 1, 1])], weights: null };
    const tr = runCsi([{ label: 'x', ds: tied }], { ...base, items: ['q1'], dimensions: null, bootstrap: 0, tiers: 'K' });
    expect(tr.result.tiers!.items.map((x) => [x.label, x.n])).toEqual([['top20', 3], ['next30', 7]]);
    expect(tr.warnings).toContain("Tied values of 'K' stay in one tier, which leaves Bottom 50% empty.");
    const named = run({ tiers: 'region' }).result.tiers!;
    expect(named.method).toBe('named');
    expect(named.items.map((x) => x.n)).toEqual(ref.regions.map((r: { n: number }) => r.n));
    // Named tiers without a value column: no value range, no share of value.
    expect(named.items.map((x) => [x.valueShare, x.minValue, x.maxValue])).toEqual(named.items.map(() => [null, null, null]));
  });
  it('a numeric tier column is the value: its share of value without --value-weight', () => {
    const t = run({ tiers: 'value', bootstrap: 0 }).result.tiers!;
    t.items.forEach((x, k) => {
      expectClose(x.valueShare, ref.tiers[k].valueShare, 1e-12);
      expect(x.valueWeighted).toBeNull();
    });
    // Negative amounts have no share.
    const col = (name: string, v: number[]) => ({ name, values: Float64Array.from(v), labels: new Map(), kind: 'numeric' as const });
    const signedDs = { ...ds, variables: [col('q1', [1, 2, 3, 4, 5, 1, 2, 3, 4, 5]), col('K', [9, 8, 7, 6, 5, 4, 3, 2, 1, -1])], weights: null };
    const tr = runCsi([{ label: 'x', ds: signedDs }], { ...base, items: ['q1'], dimensions: null, bootstrap: 0, tiers: 'K' });
    expect(tr.result.tiers!.items.map((x) => x.valueShare)).toEqual([null, null, null]);
  });
  it('targets: met and missed; an unknown name is a usage error', () => {
    const t = run({ targets: [{ name: 'overall', target: 60 }, { name: 'Image', target: 90 }] }).result.targets!;
    expect(t.map((x) => x.met)).toEqual([true, false]);
    expectClose(t[0].index, ref.equalDims.overall, 1e-12);
    expect(() => run({ targets: [{ name: 'Speed', target: 80 }] })).toThrow(/a target names 'Speed', but targets can be set for: overall, Image, Service, Environment/);
    expect(() => run({ targets: [{ name: 'overall', target: 150 }] })).toThrow(/the target 150 for 'overall' is outside the 0-100 scale/);
    expect(() => run({ targets: [{ name: 'overall', target: -1 }] })).toThrow(UsageError);
    expect(() => run({ targets: [{ name: 'Image', target: 80 }, { name: 'Image', target: 90 }] })).toThrow(/'Image' is given two targets/);
  });
  it('factor weights against R (SPSS varimax, regression scores): shares, components, indices, composite F', () => {
    const fs = readIndexFixture('fixtures/factor-survey.csv');
    const q = Array.from({ length: 12 }, (_, j) => `q${j + 1}`);
    const r = runCsi([{ label: 'f', ds: fs }], { ...base, items: q, dimensions: null, weightsMethod: 'factor', bootstrap: 0 });
    const e = ref.factor;
    expect(r.result.n).toBe(e.n);
    const comps = r.result.components!;
    expect(comps.length).toBe(e.k);
    comps.forEach((c, j) => {
      expectClose(c.sumOfSquares, e.sumOfSquares[j], 1e-9, 0, `SS ${j}`);
      expectClose(c.share, e.share[j], 1e-9, 0, `share ${j}`);
      expect(c.items).toEqual(q.filter((_, i) => e.owner[i] === j + 1));
    });
    r.result.dimensions.forEach((d, j) => expectClose(d.index, e.dimensions[j], 1e-12, 0, `dimension ${j}`));
    expectClose(r.result.overall.index, e.overall, 1e-9);
    const F = r.composite!.scores;
    expect(F.length).toBe(e.composite.length);
    F.forEach((x, i) => expectClose(x, e.composite[i], 1e-9, 1e-12, `F ${i}`));
  });
  it('factor weights: shares of the rotated explained variance sum to 1; composite per respondent', () => {
    const r = run({ weightsMethod: 'factor', dimensions: null });
    const comps = r.result.components!;
    expectClose(comps.reduce((a, c) => a + c.share, 0), 1, 1e-12);
    expect(r.result.dimensions.length).toBe(comps.length);
    expect(r.composite!.scores.length).toBe(ref.n);
    // Regression-method scores have mean 0, so the composite does too.
    expectClose(r.composite!.scores.reduce((a, b) => a + b, 0) / ref.n, 0, 1e-9, 1e-12);
  });
});

describe('csat index edge cases', () => {
  const tiny = (cols: Record<string, number[]>): Dataset => ({
    input: { file: 'tiny.csv', rows: Object.values(cols)[0].length, encoding: 'utf-8', delimiter: ',' },
    allNames: Object.keys(cols),
    variables: Object.entries(cols).map(([name, v]) => ({ name, values: Float64Array.from(v), labels: new Map(), kind: 'numeric' as const })),
    weights: null,
    weightName: null,
    recodes: [],
    warnings: [],
  });
  it('a negative standardized Beta gets weight 0 and is named', () => {
    // y = a + (a - b) / 2 plus a little noise, with b close to a: b correlates positively with y, but its Beta is negative.
    const d = tiny({ a: [1, 2, 3, 4, 5, 1, 2, 3, 4, 5], b: [1, 2, 3, 4, 5, 2, 3, 4, 5, 5], y: [1.1, 1.9, 3, 4.1, 5, 0.5, 1.6, 2.4, 3.5, 5.1] });
    const r = runCsi([{ label: 'x', ds: d }], { ...base, items: ['a', 'b'], dimensions: null, weightsMethod: 'regression', overall: 'y' });
    expect(r.result.itemIndices.map((x) => x.weight)).toEqual([1, 0]);
    expect(r.result.zeroedWeights).toEqual(['b']);
    expect(r.warnings.some((s) => /below 0 were set to weight 0: b \(-/.test(s))).toBe(true);
  });
  it('worked example with the README numbers', () => {
    const d = tiny({ q1: [5, 4, 2, 3], q2: [4, 3, 5, 3], K: [100, 300, 50, 50] });
    const r = runCsi([{ label: 'x', ds: d }], { ...base, items: ['q1', 'q2'], dimensions: null, value: { column: 'K', base: 'mean' }, bootstrap: 0 }).result;
    expect(r.overall).toEqual({ index: 65.625, ciLower: null, ciUpper: null, satisfactionRate: 0.5 });
    expectClose(r.valueWeighted!.overall.index, 66.25, 1e-14);
  });
  it('explained errors', () => {
    expect(() => run({ weightsMethod: 'correlation' })).toThrow(/--outcome/);
    expect(() => run({ weightsMethod: 'regression', overall: 'q3' })).toThrow(/the overall column 'q3' is also one of the items/);
    const exact = tiny({ a: [1, 2, 3, 4], b: [2, 1, 4, 3], y: [1, 2, 3, 4] });
    expect(() => runCsi([{ label: 'x', ds: exact }], { ...base, items: ['a', 'b'], dimensions: null, weightsMethod: 'regression', overall: 'y' })).toThrow(/^cannot derive standardized Betas on 'y': /);
    expect(() => run({ dimensions: [{ name: 'A', items: ['q1', 'q2'] }, { name: 'A', items: ['q3'] }], items: ['q1', 'q2', 'q3'] })).toThrow(/two dimensions are named 'A'/);
    expect(() => run({ dimensions: [{ name: 'Overall', items: ['q1', 'q2'] }], items: ['q1', 'q2'] })).toThrow(/a dimension cannot be named 'Overall'/);
    // A free-text column (coded 1..k in sorted order) is neither a rating nor an amount.
    expect(() => run({ value: { column: 'region', base: 'mean' } })).toThrow(/the value column 'region' in fixtures\/index-survey\.csv holds text \(East, North, South \.\.\.\), not amounts/);
    expect(() => run({ dimensions: null, items: ['q1', 'region'] })).toThrow(/the item 'region' .* not ratings/);
    const flat = tiny({ a: [1, 2, 3], b: [2, 2, 2], y: [1, 3, 2] });
    expect(() => runCsi([{ label: 'x', ds: flat }], { ...base, items: ['a', 'b'], dimensions: null, weightsMethod: 'correlation', overall: 'y' })).toThrow(/cannot derive correlation weights: b \(always 2\) has the same answer/);
    const neg = tiny({ q1: [1, 2, 3], K: [1, -2, 3] });
    expect(() => runCsi([{ label: 'x', ds: neg }], { ...base, items: ['q1'], dimensions: null, value: { column: 'K', base: 'mean' } })).toThrow(AnalysisError);
    expect(() => run({ dimensions: [{ name: 'A', items: ['q1', 'q2'] }, { name: 'B', items: ['q2'] }] })).toThrow(/two dimensions/);
    const out = tiny({ q1: [1, 2, 7] });
    expect(() => runCsi([{ label: 'x', ds: out }], { ...base, items: ['q1'], dimensions: null })).toThrow(/outside the scale range/);
  });
  it('value columns: a negative value names its row (and file); all zeros is impossible; a group of zeros has no value-weighted index', () => {
    const opt = { ...base, items: ['q1'], dimensions: null, bootstrap: 0, value: { column: 'K', base: 'mean' as const } };
    const neg = tiny({ q1: [1, 2, 3], K: [1, 4, -2] });
    expect(() => runCsi([{ label: 'x', ds: neg }], opt)).toThrow(/negative value -2 \(row 3\)/);
    const ok = tiny({ q1: [1, 2], K: [1, 4] });
    expect(() => runCsi([{ label: 'a', ds: ok }, { label: 'b', ds: { ...neg, input: { ...neg.input, file: 'b.csv' } } }], opt)).toThrow(/\(row 3 of b\.csv\)/);
    const zero = tiny({ q1: [1, 2, 3], K: [0, 0, 0] });
    expect(() => runCsi([{ label: 'x', ds: zero }], opt)).toThrow(/every value in 'K' is 0/);
    expect(() => runCsi([{ label: 'x', ds: zero }], { ...opt, value: { column: 'K', base: 10 } })).toThrow(AnalysisError);
    const huge = tiny({ q1: [1, 2, 3], K: [1e308, 1e308, 1] });
    expect(() => runCsi([{ label: 'x', ds: huge }], opt)).toThrow(/add up to more than a double holds/);
    const groups = tiny({ q1: [1, 2, 3, 4], K: [0, 0, 5, 7], g: [1, 1, 2, 2] });
    const r = runCsi([{ label: 'x', ds: groups }], { ...opt, by: 'g' });
    expect(r.result.waves!.items[0].valueWeighted!.index).toBeNull();
    expect(r.result.waves!.change.valueWeightedIndex).toBeNull();
    expect(r.result.waves!.change.pValueWeighted).toBeNull();
    expect(r.warnings).toContain("Every value in 'K' is 0 in 1, so 1 has no value-weighted index.");
  });
});
