/**
 * Promax (Hendrickson & White 1964) in the steps of IBM SPSS Statistics Algorithms, FACTOR:
 * "Promax Rotation" (the same notation as GNU PSPP's FACTOR, which cites that page):
 *   1. Varimax with Kaiser normalisation (./varimax.ts, same ITERATE / RCONVERGE), columns
 *      reflected and ordered, de-normalised: Lambda (p x m).
 *   2. Target from the row-normalised varimax loadings, h_i = sqrt(sum_j lambda_ij^2):
 *        p_ij = |lambda_ij / h_i|^(k+1) / (lambda_ij / h_i) = sign(lambda_ij) |lambda_ij / h_i|^k.
 *      (R's stats::promax raises the loadings without dividing by h_i.)
 *   3. Least squares fit of the target: L = (Lambda' Lambda)^-1 Lambda' P.
 *   4. Columns of L scaled to unit length: Q = L D, D = diag(L'L)^-1/2.
 *   5. C = diag((Q'Q)^-1)^-1/2, so that the factors have unit variance:
 *        pattern        = Lambda Q C^-1,
 *        correlations   Phi = C (Q'Q)^-1 C    (unit diagonal),
 *        structure      = pattern Phi.
 * A pattern column with a negative sum is reflected (with its row and column of Phi) so each
 * factor points the way its items do; columns keep the varimax order, as SPSS prints them.
 * Steps 4-5 give the same pattern and Phi as rescaling L by diag((L'L)^-1)^1/2 directly (D cancels),
 * which is what stats::promax does after its own, unnormalised target.
 */
import { cholesky, inverseFromCholesky } from '../cholesky.js';
import type { OrthomaxOptions } from './orthomax.js';
import { varimax } from './varimax.js';

export interface PromaxOptions extends OrthomaxOptions {
  /** The power of the target (SPSS PROMAX(kappa), 4 by default). */
  kappa?: number;
}

export interface ObliqueRotation {
  /** Pattern matrix, row-major p x m. */
  pattern: Float64Array;
  /** Structure matrix = pattern Phi, row-major p x m. */
  structure: Float64Array;
  /** Factor (component) correlations Phi, m x m. */
  correlations: Float64Array;
  /** m x m T with pattern = unrotated T (varimax rotation times Q C^-1). */
  transformation: Float64Array;
  /** Varimax sweeps done in step 1. */
  iterations: number;
  converged: boolean;
}

function multiply(a: Float64Array, b: Float64Array, r: number, s: number, c: number): Float64Array {
  const out = new Float64Array(r * c);
  for (let i = 0; i < r; i++) {
    for (let k = 0; k < s; k++) {
      const aik = a[i * s + k];
      if (aik === 0) continue;
      for (let j = 0; j < c; j++) out[i * c + j] += aik * b[k * c + j];
    }
  }
  return out;
}

/** A'A of the row-major r x c matrix a. */
function crossProduct(a: Float64Array, r: number, c: number): Float64Array {
  const out = new Float64Array(c * c);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) for (let k = 0; k < c; k++) out[j * c + k] += a[i * c + j] * a[i * c + k];
  return out;
}

/** The inverse of a symmetric positive definite m x m matrix, or an error naming the step. */
function spdInverse(a: Float64Array, m: number, what: string): Float64Array {
  const ch = cholesky(a, m, 0);
  if (!ch.ok) throw new RangeError(`promax: ${what} is singular`);
  return inverseFromCholesky(ch.L, m);
}

/** Promax-rotate the row-major p x m loadings `a` (m >= 2). */
export function promax(a: Float64Array, p: number, m: number, opts: PromaxOptions = {}): ObliqueRotation {
  const kappa = opts.kappa ?? 4;
  // 1. Varimax.
  const vm = varimax(a, p, m, opts);
  const lambda = vm.loadings;
  // 2. Target from the row-normalised loadings.
  const target = new Float64Array(p * m);
  for (let i = 0; i < p; i++) {
    let s = 0;
    for (let j = 0; j < m; j++) s += lambda[i * m + j] * lambda[i * m + j];
    const h = Math.sqrt(s);
    for (let j = 0; j < m; j++) {
      const x = h > 0 ? lambda[i * m + j] / h : 0;
      target[i * m + j] = Math.sign(x) * Math.abs(x) ** kappa;
    }
  }
  // 3. L = (Lambda'Lambda)^-1 Lambda'P.
  const ltp = new Float64Array(m * m);
  for (let i = 0; i < p; i++) for (let j = 0; j < m; j++) for (let k = 0; k < m; k++) ltp[j * m + k] += lambda[i * m + j] * target[i * m + k];
  const l = multiply(spdInverse(crossProduct(lambda, p, m), m, "the varimax loadings' cross-product"), ltp, m, m, m);
  // 4. Q = L D with D = diag(L'L)^-1/2.
  const ltl = crossProduct(l, m, m);
  const q = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) q[i * m + j] = l[i * m + j] / Math.sqrt(ltl[j * m + j]);
  // 5. C = diag((Q'Q)^-1)^-1/2; pattern = Lambda Q C^-1; Phi = C (Q'Q)^-1 C.
  const qtqInv = spdInverse(crossProduct(q, m, m), m, 'the fitted transformation');
  const c = new Float64Array(m);
  for (let j = 0; j < m; j++) c[j] = 1 / Math.sqrt(qtqInv[j * m + j]);
  const qc = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) qc[i * m + j] = q[i * m + j] / c[j];
  const pattern = multiply(lambda, qc, p, m, m);
  const correlations = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) correlations[i * m + j] = i === j ? 1 : c[i] * qtqInv[i * m + j] * c[j];
  // Reflect pattern columns with a negative sum, with Phi's row and column and T's column.
  const sign = new Float64Array(m).fill(1);
  for (let j = 0; j < m; j++) {
    let sum = 0;
    for (let i = 0; i < p; i++) sum += pattern[i * m + j];
    if (sum < 0) sign[j] = -1;
  }
  for (let i = 0; i < p; i++) for (let j = 0; j < m; j++) pattern[i * m + j] *= sign[j];
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) {
    qc[i * m + j] *= sign[j];
    correlations[i * m + j] *= sign[i] * sign[j];
  }
  return {
    pattern,
    structure: multiply(pattern, correlations, p, m, m),
    correlations,
    transformation: multiply(vm.transformation, qc, m, m, m),
    iterations: vm.iterations,
    converged: vm.converged,
  };
}
