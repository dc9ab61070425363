import { describe, expect, it } from 'vitest';
import { runCsi } from '../../src/analyses/index-run.js';
import { expectClose } from '../helpers/close.js';
import { ref, ds, items, dimensions, base, run } from '../helpers/index-run.js';

describe('csat index against R: value tiers (index-tiers)', () => {
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
});
