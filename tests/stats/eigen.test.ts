import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../src/stats/eigen.js';

/** A random correlation-like symmetric matrix from a random p x q factor matrix. */
const symmetric = fc.integer({ min: 1, max: 12 }).chain((p) =>
  fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: p * p, maxLength: p * p }).map((x) => {
    const a = new Float64Array(p * p);
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) a[i * p + j] = (x[i * p + j] + x[j * p + i]) / 2;
    return { p, a };
  }),
);

describe('symmetricEigen', () => {
  it('A = V diag(values) V\', V orthonormal, values descending, column sums positive', () => {
    fc.assert(
      fc.property(symmetric, ({ p, a }) => {
        const { values, vectors: v } = symmetricEigen(a, p);
        for (let j = 1; j < p; j++) expect(values[j]).toBeLessThanOrEqual(values[j - 1]);
        for (let i = 0; i < p; i++) {
          for (let j = 0; j < p; j++) {
            let rec = 0;
            let dot = 0;
            for (let k = 0; k < p; k++) {
              rec += v[i * p + k] * values[k] * v[j * p + k];
              dot += v[k * p + i] * v[k * p + j];
            }
            expect(Math.abs(rec - a[i * p + j])).toBeLessThan(1e-12);
            expect(Math.abs(dot - (i === j ? 1 : 0))).toBeLessThan(1e-12);
          }
        }
        for (let j = 0; j < p; j++) {
          let s = 0;
          for (let i = 0; i < p; i++) s += v[i * p + j];
          expect(s).toBeGreaterThanOrEqual(-1e-15);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('tiny (subnormal) and huge entries: still orthonormal vectors and A reproduced (fast-check found these)', () => {
    const tiny = Float64Array.from([0, 0, 0, 5.232383274216116e-210, 0, 0, -5e-324, 0, 0, -5e-324, 0, 0, 5.232383274216116e-210, 0, 0, 0]);
    for (const [a, p] of [
      [tiny, 4],
      // A subnormal next to a tiny diagonal sent ml-matrix's tql2 past the end of the matrix (CI).
      [Float64Array.from([0, 5e-324, 5e-324, -8.881784197001249e-16]), 2],
      [Float64Array.from([3.5527136788004997e-15, -5e-324, -3.3881317890172002e-21, -5e-324, 0, 0, -3.3881317890172002e-21, 0, 0]), 3],
      [Float64Array.from([1, 0.5, 0.5, 1]).map((x) => x * 1e300), 2],
      [Float64Array.from([1, 0.5, 0.5, 1]).map((x) => x * 1e-300), 2],
      [new Float64Array(9), 3],
    ] as const) {
      const { values, vectors: v } = symmetricEigen(a, p);
      const size = Math.max(...Array.from(a, Math.abs));
      for (let i = 0; i < p; i++) {
        for (let j = 0; j < p; j++) {
          let rec = 0;
          let dot = 0;
          for (let k = 0; k < p; k++) {
            rec += v[i * p + k] * values[k] * v[j * p + k];
            dot += v[k * p + i] * v[k * p + j];
          }
          expect(Math.abs(rec - a[i * p + j])).toBeLessThanOrEqual(1e-12 * size);
          expect(Math.abs(dot - (i === j ? 1 : 0))).toBeLessThan(1e-12);
        }
      }
    }
  });
  it('eigenvalues of a correlation matrix sum to p', () => {
    const p = 3;
    const r = Float64Array.from([1, 0.5, 0.3, 0.5, 1, 0.2, 0.3, 0.2, 1]);
    const { values } = symmetricEigen(r, p);
    expect(Math.abs(values[0] + values[1] + values[2] - 3)).toBeLessThan(1e-14);
  });
});
