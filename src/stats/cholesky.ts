/**
 * Cholesky factorisation A = L L' of a symmetric positive definite matrix (row-major p x p), and
 * the inverse computed from it: A^-1 = L^-T L^-1. Used instead of a general inverse because it is
 * stable and it says exactly where a matrix stops being positive definite.
 *
 * Reference: Golub & Van Loan, Matrix Computations (4th ed.), algorithm 4.2.1.
 */

/** Relative size under which a pivot counts as zero: the item is (numerically) a linear combination of the ones before it. */
export const PIVOT_TOLERANCE = 1e-12;

export type CholeskyResult =
  | { ok: true; L: Float64Array }
  /** `index` is the row whose pivot d = a_ii - sum_k l_ik^2 was <= tolerance * a_ii. */
  | { ok: false; index: number; pivot: number };

/** Lower-triangular L (row-major, zeros above the diagonal) with A = L L', or where it fails. */
export function cholesky(A: Float64Array, p: number, tolerance = PIVOT_TOLERANCE): CholeskyResult {
  const L = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    let d = A[j * p + j];
    for (let k = 0; k < j; k++) d -= L[j * p + k] * L[j * p + k];
    // The pivot is the variance of item j left unexplained by the items before it.
    if (!(d > tolerance * A[j * p + j])) return { ok: false, index: j, pivot: d };
    const ljj = Math.sqrt(d);
    L[j * p + j] = ljj;
    for (let i = j + 1; i < p; i++) {
      let s = A[i * p + j];
      for (let k = 0; k < j; k++) s -= L[i * p + k] * L[j * p + k];
      L[i * p + j] = s / ljj;
    }
  }
  return { ok: true, L };
}

/** Inverse of the lower-triangular L (row-major), by forward substitution. */
export function invertLower(L: Float64Array, p: number): Float64Array {
  const X = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    X[j * p + j] = 1 / L[j * p + j];
    for (let i = j + 1; i < p; i++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= L[i * p + k] * X[k * p + j];
      X[i * p + j] = s / L[i * p + i];
    }
  }
  return X;
}

/** diag(A^-1) from the Cholesky factor: (A^-1)_jj = sum_i (L^-1)_ij^2. */
export function inverseDiagonal(L: Float64Array, p: number): Float64Array {
  const Li = invertLower(L, p);
  const d = new Float64Array(p);
  for (let i = 0; i < p; i++) for (let j = 0; j <= i; j++) d[j] += Li[i * p + j] * Li[i * p + j];
  return d;
}

/** The full inverse A^-1 = L^-T L^-1 (row-major, symmetric). */
export function inverseFromCholesky(L: Float64Array, p: number): Float64Array {
  const Li = invertLower(L, p);
  const inv = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    for (let b = a; b < p; b++) {
      let s = 0;
      for (let i = b; i < p; i++) s += Li[i * p + a] * Li[i * p + b];
      inv[a * p + b] = s;
      inv[b * p + a] = s;
    }
  }
  return inv;
}

/** x with L L' x = b. */
export function solveCholesky(L: Float64Array, p: number, b: Float64Array): Float64Array {
  const y = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= L[i * p + k] * y[k];
    y[i] = s / L[i * p + i];
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < p; k++) s -= L[k * p + i] * x[k];
    x[i] = s / L[i * p + i];
  }
  return x;
}
