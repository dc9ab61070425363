import { describe, expect, it } from 'vitest';
import { AnalysisError } from '../../src/errors.js';
import { runCsi } from '../../src/analyses/index-run.js';
import { expectClose } from '../helpers/close.js';
import { ref, ds, items, dimensions, base, run } from '../helpers/index-run.js';
import { readIndexFixture } from '../helpers/index-fixture.js';
import type { Dataset } from '../../src/data/dataset.js';

describe('csat index against R: the index, its rates and bootstrap CIs, frequency and value weighting', () => {
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
    result.items.forEach((it, j) => expectClose(it.index, ref.equalDims.items[j], 1e-12));
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
    expect(r.result.items.map((x) => x.weight)).toEqual([1, 0]);
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
    const groups = tiny({ q1: [1, 2, 3, 4], K: [5, 7, 0, 0], g: [1, 1, 2, 2] });
    const r = runCsi([{ label: 'x', ds: groups }], { ...opt, by: 'g' });
    expect(r.result.waves!.items[0].valueWeighted!.index).not.toBeNull();
    expect(r.result.waves!.items[1].valueWeighted).toBeNull();
    expect(r.result.waves!.change.valueWeightedIndex).toBeNull();
    expect(r.result.waves!.change.pValueWeighted).toBeNull();
    expect(r.warnings).toContain("Every value in 'K' is 0 in 2, so 2 has no value-weighted index.");
    // The first wave's K0 is shared by every wave: a first wave without value cannot give it.
    const firstZero = tiny({ q1: [1, 2, 3, 4], K: [0, 0, 5, 7], g: [1, 1, 2, 2] });
    expect(() => runCsi([{ label: 'x', ds: firstZero }], { ...opt, by: 'g' })).toThrow(/mean in the first wave \(1\) is 0.*give --value-base a number/);
    expect(runCsi([{ label: 'x', ds: firstZero }], { ...opt, by: 'g', value: { column: 'K', base: 6 } }).result.waves!.valueBase).toEqual({ k0: 6, from: 'given' });
  });
});
