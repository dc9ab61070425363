import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { correlationFromCovariance, covariance, listwise } from '../../src/stats/covariance.js';
import { expectClose } from '../helpers/close.js';

// Expected values: R cov() / colMeans(), weights by replicating rows (fixtures/oracle/foundation.R).
const ref = JSON.parse(readFileSync('fixtures/expected/foundation.json', 'utf8')).covariance;
const X: number[][] = ref.X;
const columns = X[0].map((_, j) => Float64Array.from(X.map((row) => row[j])));
const p = columns.length;

describe('covariance against R', () => {
  it('unweighted means and covariances (a column with mean 1e6 keeps its digits)', () => {
    const r = covariance(columns);
    expect(r.n).toBe(X.length);
    for (let j = 0; j < p; j++) expectClose(r.means[j], ref.means[j], 1e-12, 0, `mean ${j}`);
    for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) expectClose(r.cov[j * p + k], ref.cov[j][k], 1e-9, 1e-15, `cov ${j},${k}`);
  });
  it('frequency weights equal replicated rows', () => {
    const r = covariance(columns, Float64Array.from(ref.w));
    for (let j = 0; j < p; j++) expectClose(r.means[j], ref.meansWeighted[j], 1e-12, 0, `mean ${j}`);
    for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) expectClose(r.cov[j * p + k], ref.covWeighted[j][k], 1e-9, 1e-15, `cov ${j},${k}`);
  });
});

describe('covariance properties', () => {
  const matrix = fc.integer({ min: 3, max: 30 }).chain((n) =>
    fc.array(fc.array(fc.integer({ min: -10000, max: 10000 }).map((v) => v / 100), { minLength: n, maxLength: n }), { minLength: 2, maxLength: 4 }),
  );
  it('correlations lie in [-1, 1] and are symmetric', () => {
    fc.assert(
      fc.property(matrix, (cols) => {
        const c = cols.map((a) => Float64Array.from(a));
        const q = c.length;
        const r = correlationFromCovariance(covariance(c).cov, q);
        for (let j = 0; j < q; j++)
          for (let k = 0; k < q; k++) {
            const v = r[j * q + k];
            if (Number.isNaN(v)) continue;
            expect(Math.abs(v)).toBeLessThanOrEqual(1 + 1e-12);
            expect(v).toBe(r[k * q + j]);
          }
      }),
    );
  });
  it('shifting a column by a constant leaves the covariances unchanged', () => {
    fc.assert(
      fc.property(matrix, fc.double({ min: -1e4, max: 1e4, noNaN: true }), (cols, shift) => {
        const c = cols.map((a) => Float64Array.from(a));
        const s = c.map((a, j) => (j === 0 ? a.map((v) => v + shift) : a));
        const a = covariance(c).cov;
        const b = covariance(s).cov;
        a.forEach((v, i) => expect(Math.abs(v - b[i])).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(v))));
      }),
    );
  });
});

describe('listwise', () => {
  it('drops rows with a missing value or a non-positive weight, counting only the missing as excluded', () => {
    const a = Float64Array.from([1, NaN, 3, 4]);
    const b = Float64Array.from([5, 6, 7, 8]);
    const w = Float64Array.from([1, 1, 0, 2]);
    const r = listwise([a, b], w);
    expect(r.kept).toBe(2);
    expect(r.excluded).toBe(1);
    expect(Array.from(r.columns[0])).toEqual([1, 4]);
    expect(Array.from(r.weights!)).toEqual([1, 2]);
  });
});
