import { describe, expect, it } from 'vitest';
import { runCsi } from '../../src/analyses/index-run.js';
import { expectClose } from '../helpers/close.js';
import { ref, ds, items, dimensions, base, run } from '../helpers/index-run.js';
import { readIndexFixture } from '../helpers/index-fixture.js';

describe('csat index against R: waves and groups (index-waves)', () => {
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
});
