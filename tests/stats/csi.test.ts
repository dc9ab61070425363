import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { estimateCsi, globalItemWeights, respondentIndices, scoreItems, valueBase, type CsiWeights } from '../../src/stats/csi.js';
import { completeColumns, readIndexFixture } from '../helpers/index-fixture.js';
import { expectClose } from '../helpers/close.js';

const ref = JSON.parse(readFileSync('fixtures/expected/index.json', 'utf8'));
const items = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
const threeDims: CsiWeights = {
  dimensions: [
    { items: [0, 1], itemWeights: [0.5, 0.5] },
    { items: [2, 3], itemWeights: [0.5, 0.5] },
    { items: [4, 5], itemWeights: [0.5, 0.5] },
  ],
  dimensionWeights: [1 / 3, 1 / 3, 1 / 3],
};
const perItem = (w: number[]): CsiWeights => ({ dimensions: w.map((_, j) => ({ items: [j], itemWeights: [1] })), dimensionWeights: w });

describe('worked example (README): 4 respondents, 2 items on 1-5', () => {
  // Answers (q1, q2): (5, 4), (4, 3), (2, 5), (3, 3); values K = 100, 300, 50, 50.
  const scored = scoreItems([Float64Array.of(5, 4, 2, 3), Float64Array.of(4, 3, 5, 3)], 1, 5);
  const K = Float64Array.of(100, 300, 50, 50);
  const w = perItem([0.5, 0.5]);
  it('item index = (mean - min) / (max - min) x 100; CSI = weighted mean; top-two-box rates', () => {
    const e = estimateCsi(scored, w, null, null, 'mean');
    expectClose(e.items[0].index, 62.5, 1e-15); // mean 3.5
    expectClose(e.items[1].index, 68.75, 1e-15); // mean 3.75
    expectClose(e.overall.index, 65.625, 1e-15);
    expect(e.items.map((x) => x.satisfactionRate)).toEqual([0.5, 0.5]);
  });
  it("value-weighted: D' = (K / K0) D with K0 = mean 125 gives 66.25; K0 = min 50 gives 203.125 (the answers rescaled, then indexed)", () => {
    const e = estimateCsi(scored, w, null, K, 'mean');
    expect(e.valueWeighted!.k0).toBe(125);
    // Respondent indices 87.5, 62.5, 62.5, 50 times K / K0 = 0.8, 2.4, 0.4, 0.4, averaged: 265 / 4.
    expectClose(e.valueWeighted!.overall.index, 66.25, 1e-14);
    // Value shares of the satisfied: q1 (100 + 300) / 500, q2 (100 + 50) / 500.
    expectClose(e.valueWeighted!.items[0].satisfactionRate, 0.8, 1e-15);
    expectClose(e.valueWeighted!.items[1].satisfactionRate, 0.3, 1e-15);
    // K / K0 = 2, 6, 1, 1 rescale the answers: q1 10, 24, 2, 3 (mean 9.75, index 218.75), q2 8, 18, 5, 3 (8.5, 187.5).
    const m = estimateCsi(scored, w, null, K, 'min');
    expectClose(m.valueWeighted!.overall.index, 203.125, 1e-14);
    expect(Array.from(respondentIndices(scored, w).index)).toEqual([87.5, 62.5, 62.5, 50]);
  });
});

describe('index against R (fixtures/oracle/index.R)', () => {
  const ds = readIndexFixture();
  const cols = completeColumns(ds, [...items, 'value', 'weight']);
  const scored = scoreItems(cols.slice(0, 6), 1, 5);
  const value = cols[6];
  const weight = cols[7];
  it('equal item weights', () => {
    const e = estimateCsi(scored, perItem(new Array(6).fill(1 / 6)), null, null, 'mean');
    expect(e.n).toBe(ref.n);
    e.items.forEach((x, j) => {
      expectClose(x.index, ref.equalItems.items[j], 1e-12);
      expectClose(x.satisfactionRate, ref.equalItems.rates[j], 1e-12);
    });
    expectClose(e.overall.index, ref.equalItems.overall, 1e-12);
    expectClose(e.overall.satisfactionRate, ref.equalItems.overallRate, 1e-12);
  });
  it('three dimensions, equal weights; frequency weights as replicated rows', () => {
    const e = estimateCsi(scored, threeDims, null, null, 'mean');
    e.dimensions.forEach((x, k) => {
      expectClose(x.index, ref.equalDims.dimensions[k], 1e-12);
      expectClose(x.satisfactionRate, ref.equalDims.dimensionRates[k], 1e-12);
    });
    expectClose(e.overall.index, ref.equalDims.overall, 1e-12);
    const f = estimateCsi(scored, threeDims, weight, null, 'mean');
    expect(f.n).toBe(ref.weighted.n);
    f.dimensions.forEach((x, k) => expectClose(x.index, ref.weighted.dimensions[k], 1e-12));
    expectClose(f.overall.index, ref.weighted.overall, 1e-12);
    expectClose(f.overall.satisfactionRate, ref.weighted.overallRate, 1e-12);
  });
  it('file weights 0.5 / 0.3 / 0.2', () => {
    const e = estimateCsi(scored, { ...threeDims, dimensionWeights: [0.5, 0.3, 0.2] }, null, null, 'mean');
    expectClose(e.overall.index, ref.fileWeights.overall, 1e-12);
  });
  it('value-weighted with base mean, min, 500 and with frequency weights', () => {
    for (const [base, key] of [['mean', 'valueMean'], ['min', 'valueMin'], [500, 'value500']] as const) {
      const v = estimateCsi(scored, threeDims, null, value, base).valueWeighted!;
      expectClose(v.k0, ref[key].k0, 1e-12, 0, `${key} k0`);
      v.items.forEach((x, j) => expectClose(x.index, ref[key].items[j], 1e-12, 0, `${key} item ${j}`));
      v.dimensions.forEach((x, k) => {
        expectClose(x.index, ref[key].dimensions[k], 1e-12, 0, `${key} dim ${k}`);
        expectClose(x.satisfactionRate, ref[key].dimensionRates[k], 1e-12, 0, `${key} rate ${k}`);
      });
      expectClose(v.overall.index, ref[key].overall, 1e-12, 0, `${key} overall`);
      expectClose(v.overall.satisfactionRate, ref[key].overallRate, 1e-12);
    }
    const vf = estimateCsi(scored, threeDims, weight, value, 'mean').valueWeighted!;
    expectClose(vf.overall.index, ref.valueMeanWeighted.overall, 1e-12);
  });
});

describe('index properties', () => {
  const data = fc.integer({ min: 2, max: 25 }).chain((n) =>
    fc.record({
      cols: fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n }), { minLength: 1, maxLength: 4 }),
      values: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: n, maxLength: n }),
      freq: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: n, maxLength: n }),
      raw: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
    }),
  );
  const setup = (d: { cols: number[][]; raw: number[] }) => {
    const p = d.cols.length;
    const sum = d.raw.slice(0, p).reduce((a, b) => a + b, 0);
    return { scored: scoreItems(d.cols.map((c) => Float64Array.from(c)), 1, 5), w: perItem(d.raw.slice(0, p).map((x) => x / sum)) };
  };
  it('every index is within 0-100 and every rate within 0-1', () => {
    fc.assert(
      fc.property(data, (d) => {
        const { scored, w } = setup(d);
        const e = estimateCsi(scored, w, Float64Array.from(d.freq), Float64Array.from(d.values), 'mean');
        const parts = [...e.items, ...e.dimensions, e.overall, ...e.valueWeighted!.items, e.valueWeighted!.overall];
        return parts.every((x) => x.index >= -1e-9 && x.index <= 100 + 1e-9 && x.satisfactionRate >= 0 && x.satisfactionRate <= 1 + 1e-12);
      }),
    );
  });
  it('equal customer values give the unweighted index, with any base', () => {
    fc.assert(
      fc.property(data, fc.integer({ min: 1, max: 1000 }), (d, k) => {
        const { scored, w } = setup(d);
        const K = new Float64Array(scored.n).fill(k);
        const plain = estimateCsi(scored, w, null, null, 'mean').overall;
        return (['mean', 'min', k] as const).every((base) => {
          const v = estimateCsi(scored, w, null, K, base).valueWeighted!.overall;
          return Math.abs(v.index - plain.index) <= 1e-9 && Math.abs(v.satisfactionRate - plain.satisfactionRate) <= 1e-12;
        });
      }),
    );
  });
  it('permuting respondents changes nothing; the index is the mean of the respondent indices', () => {
    fc.assert(
      fc.property(data, fc.integer(), (d, seed) => {
        const { scored, w } = setup(d);
        const n = scored.n;
        const perm = Array.from({ length: n }, (_, i) => i).sort((a, b) => (((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97)) || a - b);
        const permuted = scoreItems(d.cols.map((c) => Float64Array.from(perm, (i) => c[i])), 1, 5);
        const K = Float64Array.from(d.values);
        const a = estimateCsi(scored, w, null, K, 'mean');
        const b = estimateCsi(permuted, w, null, Float64Array.from(perm, (i) => K[i]), 'mean');
        const c = respondentIndices(scored, w).index;
        const meanC = c.reduce((s, x) => s + x, 0) / n;
        return Math.abs(a.overall.index - b.overall.index) < 1e-9 && Math.abs(a.valueWeighted!.overall.index - b.valueWeighted!.overall.index) < 1e-9 && Math.abs(meanC - a.overall.index) < 1e-9;
      }),
    );
  });
  it('global item weights sum to 1 and the base helper agrees', () => {
    expect(Array.from(globalItemWeights(threeDims, 6)).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    expect(valueBase(Float64Array.of(2, 4, 9), 'min', null)).toBe(2);
    expect(valueBase(Float64Array.of(2, 4), 'mean', Float64Array.of(3, 1))).toBe(2.5);
  });
  it('a resample given as multiplicities (the bootstrap) equals the index of the rows drawn, repeated', () => {
    fc.assert(
      fc.property(data, fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), (d, draws) => {
        const { scored, w } = setup(d);
        const n = scored.n;
        const rows = draws.map((x) => x % n);
        const times = new Uint32Array(n);
        for (const r of rows) times[r]++;
        const K = Float64Array.from(d.values);
        const F = Float64Array.from(d.freq);
        const a = estimateCsi(scored, w, F, K, 'mean', times);
        const expanded = scoreItems(d.cols.map((c) => Float64Array.from(rows, (i) => c[i])), 1, 5);
        const b = estimateCsi(expanded, w, Float64Array.from(rows, (i) => F[i]), Float64Array.from(rows, (i) => K[i]), 'mean');
        const same = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y)) || (Number.isNaN(x) && Number.isNaN(y));
        return (
          a.n === b.n &&
          same(a.overall.index, b.overall.index) &&
          same(a.overall.satisfactionRate, b.overall.satisfactionRate) &&
          same(a.valueWeighted!.k0, b.valueWeighted!.k0) &&
          same(a.valueWeighted!.overall.index, b.valueWeighted!.overall.index) &&
          same(a.valueWeighted!.overall.satisfactionRate, b.valueWeighted!.overall.satisfactionRate) &&
          same(estimateCsi(scored, w, null, K, 'min', times).valueWeighted!.k0, Math.min(...rows.map((i) => K[i])))
        );
      }),
    );
  });
});

