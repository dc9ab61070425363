/**
 * Regression-method factor score coefficients and scores, as SPSS FACTOR /SAVE REG computes them
 * (Thurstone 1935; IBM SPSS Statistics Algorithms, FACTOR: Factor score coefficients):
 *   B = R^-1 S,   scores = Z B,
 * where S is the structure matrix (the loadings themselves after an orthogonal rotation) and Z holds
 * the items standardised with their mean and n - 1 standard deviation. For principal components
 * B = A (A'A)^-1, so component scores have mean 0 and variance 1 exactly.
 */
import { refinedSolve } from './refine.js';

/**
 * Score coefficients B = R^-1 S (row-major p x k) from R and R^-1 (p x p) and S (p x k): R^-1 S,
 * refined against R when R is ill-conditioned (refine.ts), where the plain product loses
 * cond(R) * 1e-16.
 */
export function scoreCoefficients(r: Float64Array, rInverse: Float64Array, structure: Float64Array, p: number, k: number): Float64Array {
  return refinedSolve(r, rInverse, structure, p, k);
}

/**
 * Scores (k arrays of length n) of complete columns: score_j = sum_i (x_i - mean_i) / sd_i * B_ij.
 * `means` and `sds` are the items' (weighted) means and n - 1 standard deviations.
 */
export function regressionScores(
  columns: Float64Array[],
  means: Float64Array,
  sds: Float64Array,
  b: Float64Array,
  k: number,
): Float64Array[] {
  const n = columns.length > 0 ? columns[0].length : 0;
  const p = columns.length;
  const scores = Array.from({ length: k }, () => new Float64Array(n));
  const w = new Float64Array(p * k);
  for (let i = 0; i < p; i++) for (let j = 0; j < k; j++) w[i * k + j] = b[i * k + j] / sds[i];
  // Rows in cache-sized blocks: each block's k score slices stay in cache while p columns stream by.
  const block = 2048;
  for (let start = 0; start < n; start += block) {
    const end = Math.min(n, start + block);
    for (let i = 0; i < p; i++) {
      const col = columns[i];
      const m = means[i];
      for (let j = 0; j < k; j++) {
        const wij = w[i * k + j];
        const out = scores[j];
        for (let r = start; r < end; r++) out[r] += (col[r] - m) * wij;
      }
    }
  }
  return scores;
}
