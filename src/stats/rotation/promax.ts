/**
 * Promax (Hendrickson & White 1964) as SPSS FACTOR /ROTATION PROMAX(kappa) defines it (IBM SPSS
 * Statistics Algorithms, FACTOR: Promax rotation; the SPSS variant of the target as documented by
 * Steiner & Grieder 2020, EFAtools, JOSS 5(53), 2521):
 *   1. Varimax with Kaiser normalisation (./varimax.ts, same ITERATE / RCONVERGE), columns
 *      reflected and ordered: V (p x m).
 *   2. Target from the row-normalised varimax loadings: P_ij = sign(v_ij) |v_ij / h_i|^kappa with
 *      h_i = sqrt(sum_j v_ij^2). (R's stats::promax raises the unnormalised loadings instead.)
 *   3. Least squares fit of the target: L = (V'V)^-1 V'P.
 *   4. Rescale the columns so the factors have unit variance: Q = L diag(sqrt(diag((L'L)^-1))).
 *   5. Pattern = V Q, factor correlations Phi = (Q'Q)^-1, structure = Pattern Phi.
 * Columns keep the varimax order; a pattern column with a negative sum is reflected (with its row
 * and column of Phi and its column of Q) so each factor points the way its items do.
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
  /** m x m T with pattern = unrotated T (varimax rotation times the promax transformation). */
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

function crossProduct(a: Float64Array, r: number, c: number): Float64Array {
  const out = new Float64Array(c * c);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) for (let k = 0; k < c; k++) out[j * c + k] += a[i * c + j] * a[i * c + k];
  return out;
}

/** Promax-rotate the row-major p x m loadings `a` (m >= 2). */
export function promax(a: Float64Array, p: number, m: number, opts: PromaxOptions = {}): ObliqueRotation {
  const kappa = opts.kappa ?? 4;
  const vm = varimax(a, p, m, opts);
  const v = vm.loadings;
  const target = new Float64Array(p * m);
  for (let i = 0; i < p; i++) {
    let s = 0;
    for (let j = 0; j < m; j++) s += v[i * m + j] * v[i * m + j];
    const h = Math.sqrt(s);
    for (let j = 0; j < m; j++) {
      const x = h > 0 ? v[i * m + j] / h : 0;
      target[i * m + j] = Math.sign(x) * Math.abs(x) ** kappa;
    }
  }
  // L = (V'V)^-1 V'P by Cholesky of the m x m cross-product.
  const vtv = crossProduct(v, p, m);
  const vtp = new Float64Array(m * m);
  for (let i = 0; i < p; i++) for (let j = 0; j < m; j++) for (let k = 0; k < m; k++) vtp[j * m + k] += v[i * m + j] * target[i * m + k];
  const cv = cholesky(vtv, m, 0);
  if (!cv.ok) throw new RangeError('promax: the varimax loadings are rank deficient');
  const l = multiply(inverseFromCholesky(cv.L, m), vtp, m, m, m);
  const cl = cholesky(crossProduct(l, m, m), m, 0);
  if (!cl.ok) throw new RangeError('promax: the target fit is rank deficient');
  const ltlInv = inverseFromCholesky(cl.L, m);
  const q = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) q[i * m + j] = l[i * m + j] * Math.sqrt(ltlInv[j * m + j]);
  const pattern = multiply(v, q, p, m, m);
  for (let j = 0; j < m; j++) {
    let sum = 0;
    for (let i = 0; i < p; i++) sum += pattern[i * m + j];
    if (sum < 0) {
      for (let i = 0; i < p; i++) pattern[i * m + j] = -pattern[i * m + j];
      for (let i = 0; i < m; i++) q[i * m + j] = -q[i * m + j];
    }
  }
  const cq = cholesky(crossProduct(q, m, m), m, 0);
  if (!cq.ok) throw new RangeError('promax: the transformation is singular');
  const correlations = inverseFromCholesky(cq.L, m);
  // The diagonal is 1 up to rounding; make it exact, as a correlation matrix's is.
  for (let j = 0; j < m; j++) correlations[j * m + j] = 1;
  const structure = multiply(pattern, correlations, p, m, m);
  return {
    pattern,
    structure,
    correlations,
    transformation: multiply(vm.transformation, q, m, m, m),
    iterations: vm.iterations,
    converged: vm.converged,
  };
}
