/** Invariants of the rotations on random loading matrices (values against R: tests/analyses/factor.test.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cholesky, inverseFromCholesky } from '../../../src/stats/cholesky.js';
import { promax } from '../../../src/stats/rotation/promax.js';
import { quartimax } from '../../../src/stats/rotation/quartimax.js';
import { varimax } from '../../../src/stats/rotation/varimax.js';

const loadings = fc
  .record({ p: fc.integer({ min: 4, max: 15 }), m: fc.integer({ min: 2, max: 4 }) })
  .chain(({ p, m }) =>
    fc.array(fc.double({ min: -0.9, max: 0.9, noNaN: true }), { minLength: p * m, maxLength: p * m }).map((x) => {
      const a = Float64Array.from(x);
      // Keep every row inside the unit ball (communality < 1) and away from zero.
      for (let i = 0; i < p; i++) {
        let s = 0;
        for (let j = 0; j < m; j++) s += a[i * m + j] ** 2;
        const f = s > 0.95 ? Math.sqrt(0.95 / s) : 1;
        for (let j = 0; j < m; j++) a[i * m + j] = a[i * m + j] * f + (j === i % m ? 0.05 : 0);
      }
      return { p, m, a };
    }),
  );

function product(a: Float64Array, t: Float64Array, p: number, m: number): Float64Array {
  const out = new Float64Array(p * m);
  for (let i = 0; i < p; i++) for (let j = 0; j < m; j++) for (let k = 0; k < m; k++) out[i * m + j] += a[i * m + k] * t[k * m + j];
  return out;
}

for (const [name, rotate] of [['varimax', varimax], ['quartimax', quartimax]] as const) {
  describe(name, () => {
    it('keeps communalities, T is orthogonal, rotated = unrotated T, columns reflected and ordered', () => {
      fc.assert(
        fc.property(loadings, ({ p, m, a }) => {
          const r = rotate(a, p, m);
          const t = r.transformation;
          for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) {
            let s = 0;
            for (let k = 0; k < m; k++) s += t[k * m + i] * t[k * m + j];
            expect(Math.abs(s - (i === j ? 1 : 0))).toBeLessThan(1e-12);
          }
          const at = product(a, t, p, m);
          at.forEach((v, i) => expect(Math.abs(v - r.loadings[i])).toBeLessThan(1e-12));
          for (let i = 0; i < p; i++) {
            let h0 = 0;
            let h1 = 0;
            for (let j = 0; j < m; j++) {
              h0 += a[i * m + j] ** 2;
              h1 += r.loadings[i * m + j] ** 2;
            }
            expect(Math.abs(h0 - h1)).toBeLessThan(1e-12);
          }
          let prev = Infinity;
          for (let j = 0; j < m; j++) {
            let ss = 0;
            let sum = 0;
            for (let i = 0; i < p; i++) {
              ss += r.loadings[i * m + j] ** 2;
              sum += r.loadings[i * m + j];
            }
            expect(ss).toBeLessThanOrEqual(prev + 1e-15);
            expect(sum).toBeGreaterThanOrEqual(0);
            prev = ss;
          }
          expect(r.iterations).toBeLessThanOrEqual(25);
        }),
        { numRuns: 150 },
      );
    });
  });
}

describe('promax', () => {
  it('pattern = unrotated T, structure = pattern Phi, Phi a correlation matrix, communalities of the structure kept', () => {
    fc.assert(
      fc.property(loadings, ({ p, m, a }) => {
        const r = promax(a, p, m);
        const at = product(a, r.transformation, p, m);
        at.forEach((v, i) => expect(Math.abs(v - r.pattern[i])).toBeLessThan(1e-9));
        const ps = product(r.pattern, r.correlations, p, m);
        ps.forEach((v, i) => expect(Math.abs(v - r.structure[i])).toBeLessThan(1e-12));
        for (let j = 0; j < m; j++) {
          expect(r.correlations[j * m + j]).toBe(1);
          for (let k = 0; k < m; k++) {
            expect(r.correlations[j * m + k]).toBeCloseTo(r.correlations[k * m + j], 12);
            expect(Math.abs(r.correlations[j * m + k])).toBeLessThanOrEqual(1 + 1e-12);
          }
        }
        // diag(P Phi P') equals the communalities: the oblique solution reproduces the same common variance.
        // Rounding grows with the conditioning of Phi (nearly collinear factors on degenerate loadings).
        const inv = inverseFromCholesky(cholesky(r.correlations, m, 0).L, m);
        let cond = 1;
        for (let j = 0; j < m; j++) cond = Math.max(cond, inv[j * m + j]);
        for (let i = 0; i < p; i++) {
          let h0 = 0;
          let h1 = 0;
          for (let j = 0; j < m; j++) {
            h0 += a[i * m + j] ** 2;
            h1 += r.pattern[i * m + j] * r.structure[i * m + j];
          }
          expect(Math.abs(h0 - h1)).toBeLessThan(1e-12 * cond + 1e-12);
        }
      }),
      { numRuns: 100 },
    );
  });
});
