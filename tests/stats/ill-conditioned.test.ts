/**
 * A near-collinear item set (condition number 9.5e8, one item at mean 1e9 with sd 1e-3) against
 * 60-digit mpmath (fixtures/oracle/ill-conditioned.py): the centred moments and correlations
 * from the data, and, given the double R, its inverse, ln |R|, KMO and score coefficients.
 * Each would fail by orders of magnitude with centring on the rounded mean (3e-9) or with the
 * plain Cholesky inverse (measured: 3.6e-10 on R^-1 and ln |R|, 6.8e-11 on MSA, 4.6e-8 on the
 * score coefficients).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { centredSums, correlationFromCovariance, covariance } from '../../src/stats/covariance.js';
import { accumulate, correlationOf } from '../../src/stats/moments.js';
import { cholesky, inverseFromCholesky } from '../../src/stats/cholesky.js';
import { refinedInverse, refinedSolve } from '../../src/stats/refine.js';
import { kmo } from '../../src/stats/sphericity.js';
import { scoreCoefficients } from '../../src/stats/scores.js';
import { fromCorrelationMatrix } from '../../src/analyses/factor-input.js';

const ref = JSON.parse(readFileSync('fixtures/expected/ill-conditioned.json', 'utf8'));
const p = 6;
const columns: Float64Array[] = ref.columns.map((c: number[]) => Float64Array.from(c));
const flat = (m: number[][]): Float64Array => Float64Array.from(m.flat());
const rDouble = flat(ref.rDouble);

/** Largest |got - want| over the entries, relative to the largest |want| when `relative`. */
function worst(got: ArrayLike<number>, want: ArrayLike<number>, relative: boolean): number {
  let e = 0;
  let scale = 0;
  for (let i = 0; i < want.length; i++) {
    e = Math.max(e, Math.abs(got[i] - want[i]));
    scale = Math.max(scale, Math.abs(want[i]));
  }
  return relative ? e / scale : e;
}

describe('ill-conditioned correlation matrix (cond 9.5e8) against mpmath', () => {
  it('the fixture is as ill-conditioned as it says', () => {
    expect(ref.condition).toBeGreaterThan(5e8);
    const ch = cholesky(rDouble, p);
    expect(ch.ok).toBe(true);
    if (ch.ok) expect(refinedInverse(rDouble, ch.L, p).condition / ref.condition).toBeCloseTo(1, 6);
  });
  it('centred cross-products and means from the data, at mean 1e9 and sd 1e-3', () => {
    const s = centredSums(columns);
    expect(worst(s.sscp, flat(ref.sscp), true)).toBeLessThan(1e-13);
    // Each entry, the tiny variance of the first item included.
    for (let i = 0; i < p * p; i++) expect(Math.abs(s.sscp[i] - flat(ref.sscp)[i])).toBeLessThanOrEqual(1e-12 * Math.abs(flat(ref.sscp)[i]) + 1e-14);
    ref.means.forEach((m: number, j: number) => expect(Math.abs(s.means[j] + s.meansLow[j] - m)).toBeLessThanOrEqual(1e-15 * Math.abs(m)));
  });
  it('correlations within 1e-12 absolute, by covariance() and by accumulate() alike', () => {
    const r1 = correlationFromCovariance(covariance(columns).cov, p);
    const r2 = correlationOf(accumulate(['a', 'b', 'c', 'd', 'e', 'f'], columns));
    expect(worst(r1, flat(ref.r), false)).toBeLessThan(1e-15);
    expect(worst(r2, flat(ref.r), false)).toBeLessThan(1e-15);
  });
  it('the determinant of R from the data within 1e-12 absolute', () => {
    const r = correlationFromCovariance(covariance(columns).cov, p);
    const c = fromCorrelationMatrix(r, ['a', 'b', 'c', 'd', 'e', 'f'], ref.n);
    expect(Math.abs(Math.exp(c.logDeterminant) - ref.determinant)).toBeLessThan(1e-12);
  });
  it('given the double R: inverse and ln |R| to 1e-12 (refined), where the plain inverse is off by far more', () => {
    const ch = cholesky(rDouble, p);
    if (!ch.ok) throw new Error('not positive definite');
    const plain = inverseFromCholesky(ch.L, p);
    const refined = refinedInverse(rDouble, ch.L, p);
    expect(refined.steps).toBeGreaterThan(0);
    expect(worst(plain, flat(ref.inverse), true)).toBeGreaterThan(1e-10);
    expect(worst(refined.inverse, flat(ref.inverse), true)).toBeLessThan(1e-14);
    // Entry by entry, the small entries of R^-1 too.
    for (let i = 0; i < p * p; i++) expect(Math.abs(refined.inverse[i] - flat(ref.inverse)[i])).toBeLessThanOrEqual(1e-12 * Math.abs(flat(ref.inverse)[i]));
    expect(Math.abs(refined.logDeterminant - ref.logDeterminant)).toBeLessThan(1e-12);
    const c = fromCorrelationMatrix(rDouble, ['a', 'b', 'c', 'd', 'e', 'f'], ref.n);
    expect(Math.abs(c.logDeterminant - ref.logDeterminant)).toBeLessThan(1e-12);
  });
  it('given the double R: KMO and MSA to 1e-12', () => {
    const c = fromCorrelationMatrix(rDouble, ['a', 'b', 'c', 'd', 'e', 'f'], ref.n);
    const k = kmo(rDouble, c.rInverse, p);
    expect(Math.abs(k.kmo - ref.kmo)).toBeLessThan(1e-12 * ref.kmo);
    ref.msa.forEach((m: number, i: number) => expect(Math.abs(k.msa[i] - m)).toBeLessThan(1e-12 * m));
  });
  it('given the double R: score coefficients R^-1 S to 1e-12', () => {
    const ch = cholesky(rDouble, p);
    if (!ch.ok) throw new Error('not positive definite');
    const S = flat(ref.structure);
    const want = flat(ref.scoreCoefficients);
    const plain = inverseFromCholesky(ch.L, p);
    const b = scoreCoefficients(rDouble, plain, S, p, 2);
    for (let i = 0; i < want.length; i++) expect(Math.abs(b[i] - want[i])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want[i])));
    // The unrefined product X S is what lost the digits (4.6e-8 here).
    const unrefined = new Float64Array(p * 2);
    for (let i = 0; i < p; i++) for (let l = 0; l < p; l++) for (let j = 0; j < 2; j++) unrefined[i * 2 + j] += plain[i * p + l] * S[l * 2 + j];
    expect(worst(unrefined, want, true)).toBeGreaterThan(1e-10);
    expect(worst(refinedSolve(rDouble, plain, S, p, 2), want, true)).toBeLessThan(1e-14);
  });
});
