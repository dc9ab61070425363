import { describe, expect, it } from 'vitest';
import { runCsi } from '../../src/analyses/index-run.js';
import { expectClose } from '../helpers/close.js';
import { ref, ds, items, dimensions, base, run } from '../helpers/index-run.js';
import { readIndexFixture } from '../helpers/index-fixture.js';

describe('csat index against R: waves and groups (index-waves)', () => {
  it('waves by a column: index per wave with one K0 (the first wave\'s mean), Welch t, two-proportion z and the satisfaction trap', () => {
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
    expect(w.valueBase).toEqual({ k0: ref.waves.k0, from: 'first-wave' });
    expectClose(result.valueWeighted!.k0, ref.waves.k0, 1e-15);
    // High-value (above the first wave's mean value) and low-value customers' change, as R's t.test.
    const s = w.satisfactionTrap!;
    expectClose(s.valueCut, ref.waves.k0, 1e-15);
    for (const key of ['high', 'low'] as const) {
      const e = ref.waves.trapGroups[key];
      expect(s[key].n).toEqual(e.n);
      s[key].index.forEach((x, k) => expectClose(x, e.index[k], 1e-12));
      expectClose(s[key].change, e.change, 1e-10);
      expectClose(s[key].t, e.t, 1e-10);
      expectClose(s[key].df, e.df, 1e-10);
      expectClose(s[key].p, e.p, 1e-9);
    }
    // The index rose while high-value customers' satisfaction fell: case 3, and both changes are significant.
    expect(s.case).toBe(3);
    expect(s.misleading).toBe(true);
    expect(s.significant).toBe(true);
    expect(w.trap).toBe(true);
    expect(w.trapDirection).toBe('low-value-up');
    expect(warnings.some((x) => /^Satisfaction trap \(case 3 of 6\): from 1 to 2 the index rose \(\+2\.8\) while satisfaction fell among high-value customers \(-17\.5, p = \.003\) and rose among low-value ones \(\+11\.7, p < \.001\): the rise misleads\. Both changes are significant at \.05: the trap is shown\.$/.test(x))).toBe(true);
    const zh = run({ by: 'wave', value: { column: 'value', base: 'mean' }, bootstrap: 0, lang: 'zh' }).warnings;
    expect(zh[0]).toBe('7 行有缺失回答或缺失价值，已按列表删除。');
    expect(zh[1]).toMatch(/^满意度陷阱（情形 3，共 6 种）：从 1 到 2，满意度指数上升（\+2\.8），而高价值顾客的满意度下降（-17\.5，p = \.003）/);
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
    expect(back.result.waves!.satisfactionTrap!.case).toBe(5);
    expect(back.result.waves!.trapDirection).toBe('high-value-up');
    expect(back.warnings.some((x) => /^Satisfaction trap \(case 5 of 6\): from wave2 to wave1 the index fell/.test(x))).toBe(true);
  });
  it('the six cases of the satisfaction trap, and the significance said with the misleading ones', () => {
    // Two waves of 8 respondents, one item on 1-5; values 10 (low) and 30 (high), so the first wave's mean is 20.
    const col = (name: string, v: number[]) => ({ name, values: Float64Array.from(v), labels: new Map(), kind: 'numeric' as const });
    const value = [10, 10, 10, 10, 30, 30, 30, 30];
    const wave = (low: number[], high: number[]) => ({ ...ds, variables: [col('q1', [...low, ...high]), col('value', value)], weights: null });
    const trapOf = (a: [number[], number[]], b: [number[], number[]]) => {
      const r = runCsi([{ label: 'A', ds: wave(...a) }, { label: 'B', ds: wave(...b) }], { ...base, items: ['q1'], dimensions: null, bootstrap: 0, value: { column: 'value', base: 'mean' } });
      return { ...r.result.waves!.satisfactionTrap!, di: r.result.waves!.change.index!, warnings: r.warnings };
    };
    const lo = [2, 3, 2, 3];
    const hi = [4, 5, 4, 5];
    // Case 1 both rise, 2 both fall.
    expect(trapOf([lo, lo], [hi, hi]).case).toBe(1);
    expect(trapOf([hi, hi], [lo, lo]).case).toBe(2);
    // Low rises a lot, high falls a little: the index rises (3, misleading); high falls a lot: the index falls (4).
    const t3 = trapOf([lo, hi], [[4, 5, 5, 5], [4, 4, 4, 5]]);
    expect([t3.case, t3.misleading, t3.di > 0]).toEqual([3, true, true]);
    const t4 = trapOf([lo, hi], [[3, 3, 3, 3], [1, 2, 1, 2]]);
    expect([t4.case, t4.misleading, t4.di < 0]).toEqual([4, false, true]);
    // High rises a little, low falls a lot: the index falls (5, misleading); low falls a little: the index rises (6).
    const t5 = trapOf([hi, lo], [[1, 2, 1, 2], [3, 3, 3, 4]]);
    expect([t5.case, t5.misleading, t5.di < 0]).toEqual([5, true, true]);
    const t6 = trapOf([hi, lo], [[4, 4, 4, 4], [5, 5, 5, 5]]);
    expect([t6.case, t6.misleading, t6.di > 0]).toEqual([6, false, true]);
    // Only the misleading cases warn; a change that is not significant makes the trap possible, not shown.
    expect(t4.warnings.some((x) => /Satisfaction trap/.test(x))).toBe(false);
    expect(t3.significant).toBe(t3.high.p! < 0.05 && t3.low.p! < 0.05);
    expect(t3.high.p! >= 0.05).toBe(true);
    expect(t3.warnings.some((x) => /the trap is possible, not shown\.$/.test(x))).toBe(true);
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
});
