/**
 * Why a correlation matrix cannot be inverted, in terms a user can act on: which variables have no
 * variance, or which variables are (almost) exact linear combinations of others.
 *
 * The Cholesky factorisation stops at the first variable j whose variance is not left over after
 * regressing it on variables 0..j-1 (pivot 1 - R^2_j <= tol). Solving R_00 b = r_0j on the leading
 * block (which did factor) gives the regression weights; the variables with a weight that matters
 * are the ones j depends on.
 */
import { cholesky, inverseFromCholesky, PIVOT_TOLERANCE } from './cholesky.js';

export type Singularity =
  | { kind: 'constant'; indices: number[] }
  | { kind: 'collinear'; indices: number[]; rSquared: number };

/** Diagnose the row-major p x p correlation matrix `r`; null when it is positive definite. */
export function diagnoseCorrelation(r: Float64Array, p: number, relTol = PIVOT_TOLERANCE): Singularity | null {
  const constant: number[] = [];
  for (let j = 0; j < p; j++) if (!(r[j * p + j] > 0)) constant.push(j);
  if (constant.length > 0) return { kind: 'constant', indices: constant };
  const ch = cholesky(r, p, relTol);
  if (ch.ok) return null;
  const j = ch.index;
  if (j === 0) return { kind: 'collinear', indices: [0], rSquared: 1 };
  const lead = new Float64Array(j * j);
  for (let a = 0; a < j; a++) for (let b = 0; b < j; b++) lead[a * j + b] = r[a * p + b];
  const lc = cholesky(lead, j, relTol);
  const b = new Float64Array(j);
  if (lc.ok) {
    const inv = inverseFromCholesky(lc.L, j);
    for (let a = 0; a < j; a++) for (let c = 0; c < j; c++) b[a] += inv[a * j + c] * r[c * p + j];
  }
  let maxAbs = 0;
  for (let a = 0; a < j; a++) maxAbs = Math.max(maxAbs, Math.abs(b[a]));
  const involved: number[] = [];
  for (let a = 0; a < j; a++) if (Math.abs(b[a]) > 1e-6 * Math.max(1, maxAbs)) involved.push(a);
  involved.push(j);
  return { kind: 'collinear', indices: involved, rSquared: 1 - ch.pivot / r[j * p + j] };
}
