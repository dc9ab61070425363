/**
 * Principal components of a correlation matrix, as SPSS FACTOR /EXTRACTION PC computes them:
 * loadings a_ij = v_ij sqrt(lambda_j) for the k largest eigenpairs (lambda, v) of R, so that
 * R = A A' when k = p; communality h_i = sum_j a_ij^2; the column sums of squares are the
 * eigenvalues (Jolliffe, Principal Component Analysis, 2nd ed., 2002, ch. 2).
 */
import type { SymmetricEigen } from './eigen.js';

/** How many eigenvalues exceed `minEigen` (SPSS MINEIGEN, 1 by default: Kaiser's rule). */
export function countAbove(values: Float64Array, minEigen = 1): number {
  let k = 0;
  for (const v of values) if (v > minEigen) k++;
  return k;
}

/** Loadings (row-major p x k) of the first k components; column signs follow the eigenvectors'. */
export function componentLoadings(eig: SymmetricEigen, p: number, k: number): Float64Array {
  const a = new Float64Array(p * k);
  for (let j = 0; j < k; j++) {
    const s = Math.sqrt(Math.max(eig.values[j], 0));
    for (let i = 0; i < p; i++) a[i * k + j] = eig.vectors[i * p + j] * s;
  }
  return a;
}

/** Row sums of squares of a row-major p x k loading matrix (the communalities). */
export function communalities(a: Float64Array, p: number, k: number): Float64Array {
  const h = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = 0;
    for (let j = 0; j < k; j++) s += a[i * k + j] * a[i * k + j];
    h[i] = s;
  }
  return h;
}

/** Column sums of squares of a row-major p x k loading matrix. */
export function columnSumsOfSquares(a: Float64Array, p: number, k: number): Float64Array {
  const ss = new Float64Array(k);
  for (let i = 0; i < p; i++) for (let j = 0; j < k; j++) ss[j] += a[i * k + j] * a[i * k + j];
  return ss;
}
