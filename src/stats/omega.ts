/**
 * McDonald's omega total from a one-factor solution, as psych::omega defines it (Revelle & Zinbarg
 * 2009; McDonald 1999, ch. 6):
 *
 *   omega_t = 1 - sum_j u_j^2 / 1'R1,    u_j^2 = 1 - h_j^2,
 *
 * where R is the items' correlation matrix (its sum 1'R1 is the variance of the standardized total
 * score) and h_j^2 = lambda_j^2 are the communalities of ONE common factor extracted by minres
 * (unweighted least squares on the off-diagonal of R). The minres solution is found here as the
 * fixed point of iterated principal axis factoring from the SMCs, which satisfies the same
 * stationarity equations sum_{k != j} r_jk lambda_k = lambda_j sum_{k != j} lambda_k^2, solved to
 * full precision (Newton's method once close, else principal axes to a change <= 1e-14, at most
 * 2000 iterations) so that the result is a property of the data, not of a stopping rule. Items
 * are not reflected (unlike psych::omega's default flip = TRUE): a reverse-keyed item that was not
 * recoded lowers omega, as it lowers alpha.
 *
 * omega_t does not exist (null) for fewer than three items (one factor is not identified), when the
 * iteration does not converge, or for a Heywood case (a communality above 1).
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { trySquaredMultipleCorrelations } from './smc.js';
import { cholesky, solveCholesky } from './cholesky.js';

export interface OneFactorSolution {
  loadings: Float64Array;
  communalities: Float64Array;
  iterations: number;
  converged: boolean;
}

export interface OmegaResult {
  omega: number | null;
  /** Why omega is null. */
  reason: 'too-few-items' | 'not-converged' | 'heywood' | 'zero-total' | null;
  solution: OneFactorSolution | null;
}

export const OMEGA_TOLERANCE = 1e-14;
export const OMEGA_MAX_ITERATIONS = 2000;

/** Leading eigenpair of a symmetric matrix (row-major p x p). */
function leadingEigenpair(A: Float64Array, p: number): { value: number; vector: Float64Array } {
  const rows: number[][] = [];
  for (let i = 0; i < p; i++) rows.push(Array.from(A.subarray(i * p, i * p + p)));
  const evd = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true });
  const values = evd.realEigenvalues;
  let best = 0;
  for (let i = 1; i < p; i++) if (values[i] > values[best]) best = i;
  const V = evd.eigenvectorMatrix;
  const vector = new Float64Array(p);
  for (let i = 0; i < p; i++) vector[i] = V.get(i, best);
  return { value: values[best], vector };
}

/**
 * Newton's method on the minres stationarity equations g_j = sum_{k != j} (l_j l_k - r_jk) l_k = 0,
 * Hessian H_jj = sum_{k != j} l_k^2, H_jk = 2 l_j l_k - r_jk. Converges quadratically from a point
 * close to a strict minimum; returns null when H is not positive definite there, when it does not
 * settle within 30 steps, or when it wanders off (then the caller keeps iterating principal axes).
 */
function newtonPolish(R: Float64Array, p: number, start: Float64Array): Float64Array | null {
  const l = Float64Array.from(start);
  const H = new Float64Array(p * p);
  const g = new Float64Array(p);
  let scale = 0;
  for (let j = 0; j < p; j++) scale = Math.max(scale, Math.abs(l[j]));
  for (let step = 0; step < 30; step++) {
    let ss = 0;
    for (let j = 0; j < p; j++) ss += l[j] * l[j];
    for (let j = 0; j < p; j++) {
      let gj = 0;
      for (let k = 0; k < p; k++) {
        if (k === j) continue;
        gj += (l[j] * l[k] - R[j * p + k]) * l[k];
        H[j * p + k] = 2 * l[j] * l[k] - R[j * p + k];
      }
      g[j] = gj;
      H[j * p + j] = ss - l[j] * l[j];
    }
    const c = cholesky(H, p);
    if (!c.ok) return null;
    const delta = solveCholesky(c.L, p, g);
    let size = 0;
    for (let j = 0; j < p; j++) {
      l[j] -= delta[j];
      size = Math.max(size, Math.abs(delta[j]));
      if (Math.abs(l[j] - start[j]) > 1e-3 * Math.max(1, scale)) return null;
    }
    if (size <= 1e-15 * Math.max(1, scale)) return l;
  }
  return null;
}


/**
 * One-factor minres solution of a correlation matrix by principal axis iteration: start from the
 * SMCs (or, when R is singular, each item's largest absolute correlation), put the communalities on
 * the diagonal, take the leading eigenpair, loadings = vector * sqrt(value), repeat. Once the
 * communalities move by less than 1e-6 per iteration, Newton's method finishes the job in a few
 * steps (the same fixed point, reached quadratically instead of linearly); where it cannot, the
 * principal axis iteration continues to a change <= `tolerance`.
 */
export function oneFactorMinres(
  R: Float64Array,
  p: number,
  tolerance = OMEGA_TOLERANCE,
  maxIterations = OMEGA_MAX_ITERATIONS,
): OneFactorSolution {
  let h2 = trySquaredMultipleCorrelations(R, p);
  if (!h2) {
    h2 = new Float64Array(p);
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < p; k++) if (k !== j) h2[j] = Math.max(h2[j], Math.abs(R[j * p + k]));
    }
  }
  const reduced = Float64Array.from(R);
  let loadings: Float64Array = new Float64Array(p);
  let iterations = 0;
  let converged = false;
  let tryNewton = true;
  while (iterations < maxIterations) {
    iterations++;
    for (let j = 0; j < p; j++) reduced[j * p + j] = h2[j];
    const { value, vector } = leadingEigenpair(reduced, p);
    const scale = Math.sqrt(Math.max(value, 0));
    let change = 0;
    for (let j = 0; j < p; j++) {
      loadings[j] = vector[j] * scale;
      const next = loadings[j] * loadings[j];
      change = Math.max(change, Math.abs(next - h2[j]));
      h2[j] = next;
    }
    if (change <= tolerance) {
      converged = true;
      break;
    }
    if (tryNewton && change <= 1e-6) {
      tryNewton = false;
      const polished = newtonPolish(R, p, loadings);
      if (polished) {
        loadings = polished;
        for (let j = 0; j < p; j++) h2[j] = loadings[j] * loadings[j];
        converged = true;
        break;
      }
    }
  }
  // The sign of an eigenvector is arbitrary: make the loadings sum positive (psych's convention).
  let sum = 0;
  for (let j = 0; j < p; j++) sum += loadings[j];
  if (sum < 0) for (let j = 0; j < p; j++) loadings[j] = -loadings[j];
  return { loadings, communalities: h2, iterations, converged };
}

/** omega_t of a correlation matrix (see the module comment). */
export function omegaTotal(R: Float64Array, p: number): OmegaResult {
  if (p < 3) return { omega: null, reason: 'too-few-items', solution: null };
  const solution = oneFactorMinres(R, p);
  if (!solution.converged) return { omega: null, reason: 'not-converged', solution };
  let total = 0;
  for (let i = 0; i < p * p; i++) total += R[i];
  if (!(total > 0)) return { omega: null, reason: 'zero-total', solution };
  let uniqueness = 0;
  for (let j = 0; j < p; j++) {
    if (solution.communalities[j] > 1) return { omega: null, reason: 'heywood', solution };
    uniqueness += 1 - solution.communalities[j];
  }
  return { omega: 1 - uniqueness / total, reason: null, solution };
}
