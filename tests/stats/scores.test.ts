import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../src/stats/eigen.js';
import { componentLoadings } from '../../src/stats/pca.js';
import { regressionScores, scoreCoefficients } from '../../src/stats/scores.js';
import { correlationFromCovariance, covariance } from '../../src/stats/covariance.js';
import { cholesky, inverseFromCholesky } from '../../src/stats/cholesky.js';
import { varimax } from '../../src/stats/rotation/varimax.js';

describe('regression-method component scores', () => {
  it('have mean 0, variance 1 and are uncorrelated (PCA, varimax)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 60 }),
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 60 * 4, maxLength: 60 * 4 }),
        (n, raw) => {
          const p = 4;
          const k = 2;
          // Two correlated pairs so the matrix is well conditioned.
          const cols = Array.from({ length: p }, (_, j) => Float64Array.from({ length: n }, (_, i) => raw[i * p + j] + (j < 2 ? raw[i * p] : raw[i * p + 2]) * 0.8 + (i % (j + 2)) * 0.3));
          const cov = covariance(cols);
          const r = correlationFromCovariance(cov.cov, p);
          const ch = cholesky(r, p);
          fc.pre(ch.ok);
          if (!ch.ok) return;
          const rot = varimax(componentLoadings(symmetricEigen(r, p), p, k), p, k);
          const b = scoreCoefficients(r, inverseFromCholesky(ch.L, p), rot.loadings, p, k);
          const sds = Float64Array.from({ length: p }, (_, j) => Math.sqrt(cov.cov[j * p + j]));
          const s = regressionScores(cols, cov.means, sds, b, k);
          for (const col of s) {
            const m = col.reduce((a, x) => a + x, 0) / n;
            const v = col.reduce((a, x) => a + (x - m) ** 2, 0) / (n - 1);
            expect(Math.abs(m)).toBeLessThan(1e-12);
            expect(Math.abs(v - 1)).toBeLessThan(1e-9);
          }
          const c01 = s[0].reduce((a, x, i) => a + x * s[1][i], 0) / (n - 1);
          expect(Math.abs(c01)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 50 },
    );
  });
});
