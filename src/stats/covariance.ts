/**
 * Means, covariances and correlations of complete (listwise) columns, with optional frequency
 * weights as SPSS WEIGHT BY uses them: N = sum of weights, variances divide by N - 1.
 *
 * Two passes: means first, then centred cross-products sum w (x - mx)(y - my) (cross-products.ts),
 * corrected for the means' rounding (centredSums); never the one-pass sum-of-squares formula,
 * which loses digits when the mean is large against the spread.
 */
import { centredCrossProducts } from './cross-products.js';

export interface CovarianceResult {
  /** Number of variables. */
  p: number;
  /** Sum of weights (the number of cases when unweighted). */
  n: number;
  means: Float64Array;
  /** Centred sums of squares and cross-products, row-major p x p. */
  sscp: Float64Array;
  /** sscp / (n - 1), row-major p x p. */
  cov: Float64Array;
}

/** Weighted (or plain) mean of one complete column. */
export function mean(x: Float64Array, w: Float64Array | null = null): number {
  const len = x.length;
  let s = 0;
  let n = 0;
  if (w) {
    for (let i = 0; i < len; i++) {
      s += w[i] * x[i];
      n += w[i];
    }
  } else {
    for (let i = 0; i < len; i++) s += x[i];
    n = len;
  }
  const m = s / n;
  // Second pass corrects the rounding of the first (as R's mean.default does).
  let c = 0;
  if (w) for (let i = 0; i < len; i++) c += w[i] * (x[i] - m);
  else for (let i = 0; i < len; i++) c += x[i] - m;
  return m + c / n;
}

/** Sum of weights, or the length when unweighted. */
export function totalWeight(len: number, w: Float64Array | null): number {
  if (!w) return len;
  let n = 0;
  for (let i = 0; i < w.length; i++) n += w[i];
  return n;
}

/** Means, the means' low-order parts and centred cross-products of complete columns. */
export interface CentredSums {
  /** Sum of weights (the number of rows when unweighted). */
  n: number;
  means: Float64Array;
  /** What the double nearest each mean leaves out: the mean is means[j] + meansLow[j] (e = sum w (x - m) / n). */
  meansLow: Float64Array;
  /** Row-major p x p centred sums of squares and cross-products about the exact means. */
  sscp: Float64Array;
}

/**
 * The one centred-moments path of csat (covariance, moments.ts's accumulate, and through them
 * correlations, reliability, KMO, factor, regression): two-pass means, centred cross-products
 * about them, then the correction for the means' own rounding, S_jk = sum w d_j d_k - n e_j e_k
 * with d = x - m and e = sum w d / n. Centring on the rounded mean alone is off by n e_j e_k,
 * 3e-9 relative at mean 1e9 and sd 1e-3; with the correction S is exact to a few ulps.
 */
export function centredSums(columns: Float64Array[], w: Float64Array | null = null): CentredSums {
  const p = columns.length;
  const len = p > 0 ? columns[0].length : 0;
  const n = totalWeight(len, w);
  const means = new Float64Array(p);
  const meansLow = new Float64Array(p);
  if (len === 0) return { n, means, meansLow, sscp: new Float64Array(p * p) };
  for (let j = 0; j < p; j++) means[j] = mean(columns[j], w);
  // One cache-blocked pass over the rows for all p(p+1)/2 centred cross-products.
  const sscp = centredCrossProducts(columns, means, w);
  for (let j = 0; j < p; j++) {
    const x = columns[j];
    const mj = means[j];
    let s1 = 0;
    if (w) for (let i = 0; i < len; i++) s1 += w[i] * (x[i] - mj);
    else for (let i = 0; i < len; i++) s1 += x[i] - mj;
    meansLow[j] = s1 / n;
  }
  for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) sscp[j * p + k] -= n * meansLow[j] * meansLow[k];
  return { n, means, meansLow, sscp };
}

/** Covariance matrix of complete columns (no NaN); see the module comment and centredSums. */
export function covariance(columns: Float64Array[], w: Float64Array | null = null): CovarianceResult {
  const { n, means, sscp } = centredSums(columns, w);
  const cov = sscp.map((v) => v / (n - 1));
  return { p: columns.length, n, means, sscp, cov };
}

/** Correlation matrix (row-major p x p) from a covariance matrix; a zero variance gives NaN in its row and column. */
export function correlationFromCovariance(cov: Float64Array, p: number): Float64Array {
  const r = new Float64Array(p * p);
  const sd = new Float64Array(p);
  for (let j = 0; j < p; j++) sd[j] = Math.sqrt(cov[j * p + j]);
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < p; k++) {
      r[j * p + k] = j === k ? (sd[j] > 0 ? 1 : NaN) : cov[j * p + k] / (sd[j] * sd[k]);
    }
  }
  return r;
}

/**
 * Keep the rows where every column (and the weight) is present, as SPSS /MISSING LISTWISE does.
 * A case with a missing, zero or negative weight is dropped, as SPSS WEIGHT BY drops it, but it is
 * not counted in `excluded`: that counts only cases left out for a missing answer.
 */
export function listwise(
  columns: Float64Array[],
  w: Float64Array | null = null,
): { columns: Float64Array[]; weights: Float64Array | null; kept: number; excluded: number } {
  const len = columns.length > 0 ? columns[0].length : w ? w.length : 0;
  const keep = new Uint8Array(len);
  let kept = 0;
  let excluded = 0;
  for (let i = 0; i < len; i++) {
    if (w && !(w[i] > 0 && Number.isFinite(w[i]))) continue;
    let ok = true;
    for (let j = 0; ok && j < columns.length; j++) if (Number.isNaN(columns[j][i])) ok = false;
    if (ok) {
      keep[i] = 1;
      kept++;
    } else excluded++;
  }
  if (kept === len) return { columns, weights: w, kept, excluded: 0 };
  const pick = (src: Float64Array) => {
    const out = new Float64Array(kept);
    for (let i = 0, o = 0; i < len; i++) if (keep[i]) out[o++] = src[i];
    return out;
  };
  return { columns: columns.map(pick), weights: w ? pick(w) : null, kept, excluded };
}
