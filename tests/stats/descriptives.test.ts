import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describeVariable, frequencies, topTwoBox, weightedMedian } from '../../src/stats/descriptives.js';
import { expectClose } from '../helpers/close.js';

// Expected values: R psych::describe(type = 2) and the SPSS standard-error formulas, weights by
// replicating rows (fixtures/oracle/foundation.R).
const ref = JSON.parse(readFileSync('fixtures/expected/foundation.json', 'utf8')).descriptives;
const x = Float64Array.from(ref.x.map((v: string | number) => (v === 'NA' ? NaN : Number(v))));
const w = Float64Array.from(ref.w);

function check(actual: ReturnType<typeof describeVariable>, expected: Record<string, number>) {
  for (const key of ['n', 'mean', 'sd', 'min', 'max', 'median', 'skewness', 'seSkewness', 'kurtosis', 'seKurtosis'] as const) {
    expectClose(actual[key], expected[key], 1e-9, 1e-14, key);
  }
}

describe('descriptives against R', () => {
  it('unweighted, with missing values', () => {
    const d = describeVariable(x);
    check(d, ref.plain);
    expect(d.missing).toBe(ref.missing);
  });
  it('frequency weights equal replicated rows', () => {
    const d = describeVariable(x, w);
    check(d, ref.weighted);
    expect(d.missing).toBe(ref.missingWeighted);
  });
  it('frequencies', () => {
    const f = frequencies(x, w);
    expect(f.rows.map((r) => [r.value, r.count])).toEqual(ref.weighted.frequencies.map((r: { value: number; count: number }) => [r.value, r.count]));
    expectClose(f.rows[f.rows.length - 1].cumulativePercent, 100, 1e-12);
  });
});

describe('descriptives properties', () => {
  const values = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 40 });
  const weights = (n: number) => fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n });
  it('a weighted median equals the median of the replicated data', () => {
    fc.assert(
      fc.property(values.chain((v) => fc.tuple(fc.constant(v), weights(v.length))), ([v, ws]) => {
        const rep = v.flatMap((x, i) => Array(ws[i]).fill(x)).sort((a, b) => a - b);
        const m = rep.length % 2 ? rep[(rep.length - 1) / 2] : (rep[rep.length / 2 - 1] + rep[rep.length / 2]) / 2;
        expect(weightedMedian(Float64Array.from(v), Float64Array.from(ws))).toBe(m);
      }),
    );
  });
  it('percents add up to 100 and the top-2-box share lies in [0, 1]', () => {
    fc.assert(
      fc.property(values, (v) => {
        const a = Float64Array.from(v);
        const f = frequencies(a);
        expect(Math.abs(f.rows.reduce((s, r) => s + r.validPercent, 0) - 100)).toBeLessThan(1e-9);
        const t = topTwoBox(a, 7);
        expect(t).toBeGreaterThanOrEqual(0);
        expect(t).toBeLessThanOrEqual(1);
      }),
    );
  });
  it('statistics that do not exist are NaN, not numbers', () => {
    const d = describeVariable(Float64Array.from([3, NaN]));
    expect(d.n).toBe(1);
    expect(Number.isNaN(d.sd)).toBe(true);
    expect(Number.isNaN(d.skewness)).toBe(true);
  });
  it('values near the largest double give finite statistics: scaling by 2^k scales them exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 4, maxLength: 30 }), (v) => {
        const a = Float64Array.from(v);
        const k = 2 ** 1000; // 1.07e301
        const d = describeVariable(a);
        const big = describeVariable(a.map((x) => x * k));
        for (const key of ['mean', 'sd', 'min', 'max', 'median'] as const) {
          if (Number.isNaN(d[key])) expect(big[key]).toBeNaN();
          else expect(big[key]).toBe(d[key] * k);
        }
        for (const key of ['skewness', 'kurtosis'] as const) {
          if (Number.isNaN(d[key])) expect(big[key]).toBeNaN();
          else expect(big[key]).toBe(d[key]);
        }
      }),
    );
    const d = describeVariable(Float64Array.from([1.7e308, -1.7e308, 1.7e308, 1.7e308]));
    expect(Number.isFinite(d.mean) && Number.isFinite(d.sd) && Number.isFinite(d.skewness) && Number.isFinite(d.median)).toBe(true);
    expectClose(d.mean, 0.85e308, 1e-12);
    expectClose(d.sd, 1.7e308, 1e-12);
  });
});
