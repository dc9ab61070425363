import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { bootstrapReplicates, percentileInterval, quantileSorted } from '../../src/stats/bootstrap.js';
import { createRandom } from '../../src/stats/random.js';
import { expectClose } from '../helpers/close.js';

const ref = JSON.parse(readFileSync('fixtures/expected/index.json', 'utf8')).units;
const x = [1, 2, 4, 7, 11];
const meanOf = (idx: Uint32Array) => [idx.reduce((s, i) => s + x[i], 0) / idx.length];

describe('percentile bootstrap, by hand', () => {
  it('seed 1, n = 5, B = 3: the draws of fixtures/oracle/random.py and the interval R computes', () => {
    const seen: number[][] = [];
    const reps = bootstrapReplicates(5, 3, createRandom(1), (idx) => {
      seen.push(Array.from(idx));
      return meanOf(idx);
    });
    expect(seen).toEqual([
      [3, 1, 1, 4, 1],
      [3, 0, 4, 0, 3],
      [4, 2, 2, 1, 4],
    ]);
    // Means 24/5, 27/5, 32/5.
    expect(Array.from(reps[0])).toEqual([4.8, 5.4, 6.4]);
    // Level 0.5: type-7 quantiles at 0.25 and 0.75 = 5.1 and 5.9 (R: quantile(c(4.8, 5.4, 6.4), c(.25, .75))).
    const ci = percentileInterval(reps[0], 0.5) as [number, number];
    expectClose(ci[0], ref.quantile[0], 1e-12);
    expectClose(ci[1], ref.quantile[1], 1e-12);
    expectClose(ci[0], 5.1, 1e-12);
    expectClose(ci[1], 5.9, 1e-12);
  });
  it('type-7 quantiles at the ends are the extremes', () => {
    const s = Float64Array.of(1, 2, 3, 10);
    expect(quantileSorted(s, 0)).toBe(1);
    expect(quantileSorted(s, 1)).toBe(10);
    expect(quantileSorted(s, 0.5)).toBe(2.5);
  });
  it('leaves non-finite replicates out; none finite gives null', () => {
    expect(percentileInterval([NaN, 1, 3, Infinity], 1)).toEqual([1, 3]);
    expect(percentileInterval([NaN], 0.95)).toBeNull();
  });
});

describe('percentile bootstrap properties', () => {
  it('the same seed gives the same interval; the interval is ordered and within the data range for a mean', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 40 }), fc.integer(), (data, seed) => {
        const stat = (idx: Uint32Array) => [idx.reduce((s, i) => s + data[i], 0) / idx.length];
        const a = percentileInterval(bootstrapReplicates(data.length, 50, createRandom(seed), stat)[0], 0.95) as [number, number];
        const b = percentileInterval(bootstrapReplicates(data.length, 50, createRandom(seed), stat)[0], 0.95) as [number, number];
        return a[0] === b[0] && a[1] === b[1] && a[0] <= a[1] && a[0] >= Math.min(...data) && a[1] <= Math.max(...data);
      }),
      { numRuns: 50 },
    );
  });
  it('covers the mean of a large sample at about the nominal rate', () => {
    // 2000 replicates of a mean of 400 uniform draws: the 95% interval is about mean +- 1.96 sd / sqrt(n).
    const g = createRandom(5);
    const data = Array.from({ length: 400 }, () => g.nextFloat());
    const m = data.reduce((a, b) => a + b, 0) / data.length;
    const sd = Math.sqrt(data.reduce((a, b) => a + (b - m) ** 2, 0) / (data.length - 1));
    const reps = bootstrapReplicates(400, 2000, createRandom(9), (idx) => [idx.reduce((s, i) => s + data[i], 0) / 400])[0];
    const [lo, hi] = percentileInterval(reps, 0.95) as [number, number];
    expect(Math.abs(hi - lo - (2 * 1.96 * sd) / 20)).toBeLessThan(0.1 * ((2 * 1.96 * sd) / 20));
    expect(lo < m && m < hi).toBe(true);
  });
});
