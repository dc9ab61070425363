/**
 * Principal axis factoring as SPSS FACTOR /EXTRACTION PAF does it (IBM SPSS Statistics
 * Algorithms, FACTOR: Principal Axis Factoring):
 *   h^(0) = initial communalities (squared multiple correlations);
 *   repeat: put h^(t) on the diagonal of R, take the k largest eigenpairs (lambda, v) of that
 *   reduced matrix, loadings a_ij = v_ij sqrt(|lambda_j|), h^(t+1)_i = sum_j a_ij^2;
 *   stop when max_i |h^(t+1)_i - h^(t)_i| <= ECONVERGE (.001) or after ITERATE (25) iterations.
 * The loadings and communalities reported are those of the last iteration.
 * A communality above 1 (a Heywood case) means an item's unique variance would be negative.
 */
import { symmetricEigen } from './eigen.js';

export interface PafOptions {
  /** ITERATE: the most iterations (25). */
  iterate?: number;
  /** ECONVERGE: the largest communality change that counts as converged (.001). */
  econverge?: number;
}

export interface PafResult {
  /** Row-major p x k. */
  loadings: Float64Array;
  /** Final communalities (row sums of squared loadings). */
  communalities: Float64Array;
  iterations: number;
  converged: boolean;
  /** The largest communality change in the last iteration (SPSS prints it as "Convergence="). */
  change: number;
  /** Items (indices) whose communality went above 1 in some iteration. */
  heywood: number[];
}

/** Iterate PAF on the row-major p x p correlation matrix `r` from the `initial` communalities. */
export function principalAxisFactoring(
  r: Float64Array,
  p: number,
  k: number,
  initial: Float64Array,
  opts: PafOptions = {},
): PafResult {
  const iterate = opts.iterate ?? 25;
  const econverge = opts.econverge ?? 0.001;
  const reduced = Float64Array.from(r);
  let h = Float64Array.from(initial);
  let loadings = new Float64Array(p * k);
  let iterations = 0;
  let converged = false;
  let lastChange = Number.POSITIVE_INFINITY;
  const heywood = new Set<number>();
  while (iterations < iterate) {
    iterations++;
    for (let i = 0; i < p; i++) reduced[i * p + i] = h[i];
    const eig = symmetricEigen(reduced, p);
    loadings = new Float64Array(p * k);
    for (let j = 0; j < k; j++) {
      const s = Math.sqrt(Math.abs(eig.values[j]));
      for (let i = 0; i < p; i++) loadings[i * k + j] = eig.vectors[i * p + j] * s;
    }
    const next = new Float64Array(p);
    let change = 0;
    for (let i = 0; i < p; i++) {
      let s = 0;
      for (let j = 0; j < k; j++) s += loadings[i * k + j] * loadings[i * k + j];
      next[i] = s;
      if (s > 1) heywood.add(i);
      change = Math.max(change, Math.abs(s - h[i]));
    }
    h = next;
    lastChange = change;
    if (change <= econverge) {
      converged = true;
      break;
    }
  }
  return { loadings, communalities: h, iterations, converged, change: lastChange, heywood: [...heywood].sort((a, b) => a - b) };
}

/** The ITERATE to suggest when `iterate` iterations were not enough (within --iterate's bound of 10000). */
export function moreIterations(iterate: number): number {
  return Math.min(10_000, Math.max(100, 4 * iterate));
}
