import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { powerOfTwoScale, scaled } from '../../src/stats/scale.js';

describe('powerOfTwoScale', () => {
  it('is the power of two at or below the largest finite |x|', () => {
    expect(powerOfTwoScale(Float64Array.of(1, 2, 5, NaN))).toBe(4);
    expect(powerOfTwoScale(Float64Array.of(-8, 3))).toBe(8);
    expect(powerOfTwoScale(Float64Array.of(0.3, NaN, Infinity))).toBe(0.25);
    expect(powerOfTwoScale(Float64Array.of(0, NaN))).toBe(1);
    expect(powerOfTwoScale(Float64Array.of(1e300))).toBe(2 ** 996);
    expect(powerOfTwoScale(Float64Array.of(5e-324))).toBe(2 ** -1022);
  });
  it('scaling is exact: x / s * s === x, and 1 <= max |x / s| < 2', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), { minLength: 1, maxLength: 20 }), (xs) => {
        const x = Float64Array.from(xs);
        const s = powerOfTwoScale(x);
        const y = scaled(x, s);
        // Exact unless x / s itself is subnormal (x more than ~2^1000 times smaller than the largest).
        y.forEach((v, i) => {
          if (Math.abs(v) >= 2 ** -1022 || x[i] === 0) expect(v * s).toBe(x[i]);
        });
        const max = Math.max(...Array.from(y, Math.abs));
        if (max > 0 && max * s >= 2 ** -1022) {
          expect(max).toBeGreaterThanOrEqual(1);
          expect(max).toBeLessThan(2);
        }
      }),
    );
  });
});
