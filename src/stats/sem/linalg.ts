/**
 * The few dense operations the SEM engine needs, on row-major Float64Arrays: products, a general
 * inverse (Gauss-Jordan with partial pivoting, for (I - B)^-1 and the information matrix), and
 * the log-determinant and inverse of a symmetric positive definite matrix through Cholesky.
 */
import { cholesky, inverseFromCholesky } from '../cholesky.js';

/** C = A B with A (r x k) and B (k x c). */
export function multiply(A: Float64Array, B: Float64Array, r: number, k: number, c: number): Float64Array {
  const C = new Float64Array(r * c);
  for (let i = 0; i < r; i++) {
    for (let l = 0; l < k; l++) {
      const a = A[i * k + l];
      if (a === 0) continue;
      for (let j = 0; j < c; j++) C[i * c + j] += a * B[l * c + j];
    }
  }
  return C;
}

/** A' for A (r x c). */
export function transpose(A: Float64Array, r: number, c: number): Float64Array {
  const T = new Float64Array(r * c);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) T[j * r + i] = A[i * c + j];
  return T;
}

/** A^-1 of a square n x n matrix, or null when a pivot vanishes (relative to the largest entry). */
export function inverse(A: Float64Array, n: number): Float64Array | null {
  const W = Float64Array.from(A);
  const X = new Float64Array(n * n);
  for (let i = 0; i < n; i++) X[i * n + i] = 1;
  let scale = 0;
  for (const v of A) scale = Math.max(scale, Math.abs(v));
  for (let col = 0; col < n; col++) {
    let piv = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(W[r * n + col]) > Math.abs(W[piv * n + col])) piv = r;
    const d = W[piv * n + col];
    if (!(Math.abs(d) > 1e-14 * scale)) return null;
    if (piv !== col) {
      for (let j = 0; j < n; j++) {
        [W[col * n + j], W[piv * n + j]] = [W[piv * n + j], W[col * n + j]];
        [X[col * n + j], X[piv * n + j]] = [X[piv * n + j], X[col * n + j]];
      }
    }
    for (let j = 0; j < n; j++) {
      W[col * n + j] /= d;
      X[col * n + j] /= d;
    }
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = W[r * n + col];
      if (f === 0) continue;
      for (let j = 0; j < n; j++) {
        W[r * n + j] -= f * W[col * n + j];
        X[r * n + j] -= f * X[col * n + j];
      }
    }
  }
  return X;
}

/** log|A| and A^-1 of a symmetric positive definite A, or null when A is not positive definite. */
export function spdInverse(A: Float64Array, n: number): { logDet: number; inv: Float64Array } | null {
  // A strict relative pivot bound: a model-implied matrix this close to singular is a failed step.
  const ch = cholesky(A, n, 1e-13);
  if (!ch.ok) return null;
  let logDet = 0;
  for (let i = 0; i < n; i++) logDet += 2 * Math.log(ch.L[i * n + i]);
  return { logDet, inv: inverseFromCholesky(ch.L, n) };
}
