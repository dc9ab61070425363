import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describeVariable, frequencies, summarize, topTwoBox, weightedMedian } from '../../src/stats/descriptives.js';
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

describe('fast path (counting array / Map, median from the cumulative counts) equals the general path', () => {
  // Few distinct values (Likert codes, some halves, -0, a subnormal, huge), many distinct values,
  // and NaN; weights whole, fractional, zero, negative or NaN; bitwise equality of every number.
  const few = fc.constantFrom(1, 2, 3, 4, 5, 0, -0, 2.5, -7, 1e300, 5e-324, 3e-310, NaN);
  const many = fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -1e6, max: 1e6 }), fc.constant(NaN));
  const column = fc.oneof(fc.array(few, { maxLength: 60 }), fc.array(many, { maxLength: 60 }), fc.array(fc.oneof(few, many), { maxLength: 60 }));
  const weight = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.double({ min: -1, max: 5, noNaN: true }), fc.constantFrom(NaN, 1e16, 0.1));
  const weightsFor = (n: number) =>
    fc.oneof(fc.constant(null), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }), fc.array(weight, { minLength: n, maxLength: n }));
  it('descriptives, median and frequency table', () => {
    fc.assert(
      fc.property(column.chain((v) => fc.tuple(fc.constant(v), weightsFor(v.length))), ([v, ws]) => {
        const x = Float64Array.from(v);
        const w = ws ? Float64Array.from(ws) : null;
        const fast = summarize(x, w);
        const general = summarize(x, w, { general: true });
        for (const [key, value] of Object.entries(general.descriptives)) expect(Object.is(fast.descriptives[key as keyof typeof fast.descriptives], value), key).toBe(true);
        expect(fast.frequencies.rows).toEqual(general.frequencies.rows);
        fast.frequencies.rows.forEach((r, i) => expect(Object.is(r.value, general.frequencies.rows[i].value)).toBe(true));
        expect([fast.frequencies.valid, fast.frequencies.missing]).toEqual([general.frequencies.valid, general.frequencies.missing]);
      }),
      {
        numRuns: 2000,
        // Fractional weights whose partial sums round differently case by case than value by value:
        // the sorted cumulative weight passes W / 2 at 3, the summed counts say exactly W / 2 at 2.
        examples: [[[[2, 3, 3, 2, 2, 1, 3], [0.6, 0.7, 0.6, 0.6, 0.1, 0.1, 0.1]]]],
      },
    );
  });
  it('the general median is the sort of every valid value, the fast one agrees on a million Likert answers', () => {
    const x = new Float64Array(1_000_001);
    let s = 7;
    for (let i = 0; i < x.length; i++) {
      s = (s * 16807) % 2147483647;
      x[i] = s % 53 === 0 ? NaN : 1 + (s % 5);
    }
    const w = x.map((_, i) => 1 + (i % 3));
    for (const ws of [null, w]) {
      const fast = summarize(x, ws);
      const general = summarize(x, ws, { general: true });
      expect(fast.descriptives).toEqual(general.descriptives);
      expect(fast.frequencies).toEqual(general.frequencies);
    }
  });
});
