/**
 * Cronbach's alpha and the statistics SPSS RELIABILITY (/MODEL=ALPHA /STATISTICS=DESCRIPTIVE SCALE
 * /SUMMARY=TOTAL MEANS VARIANCE CORR) prints, all computed from the items' means and covariance
 * matrix C (k x k, row-major), so the data are passed over once, whatever k is.
 *
 *   alpha               = k / (k - 1) * (1 - tr C / 1'C1)                      (Cronbach 1951)
 *   standardized alpha  = k rbar / (1 + (k - 1) rbar),  rbar = mean off-diagonal correlation
 *   scale mean if item j deleted      = sum_{i != j} m_i
 *   scale variance if item j deleted  = sum_{a, b != j} C_ab
 *   corrected item-total correlation  = sum_{i != j} C_ij / sqrt(C_jj * that variance)
 *   alpha if item j deleted           = alpha of C without row and column j (k > 2 only)
 *   Feldt (1965) interval: (1 - alpha) / (1 - A) ~ F(n - 1, (n - 1)(k - 1)), so
 *     lower = 1 - (1 - alpha) F_{(1 + level)/2},  upper = 1 - (1 - alpha) F_{(1 - level)/2}
 *
 * References: SPSS Statistics Algorithms, RELIABILITY; Feldt, Woodruff & Salih (1987), Applied
 * Psychological Measurement 11, 93-103.
 */
import { fQuantile } from './distributions.js';

/** One row of SPSS's Summary Item Statistics (over the k item means, variances, or the k(k-1)/2 inter-item correlations). */
export interface SummaryStatistics {
  mean: number;
  min: number;
  max: number;
  range: number;
  /** max / min; null when min is 0. */
  maxOverMin: number | null;
  /** Variance of the values (denominator count - 1); null for a single value. */
  variance: number | null;
}

export interface ItemTotalRow {
  scaleMeanIfDeleted: number;
  scaleVarianceIfDeleted: number;
  /** null when the rest of the scale has no variance (or, pairwise, a non-positive one). */
  correctedItemTotalCorrelation: number | null;
  /** null for a two-item scale (alpha of one item does not exist). */
  alphaIfDeleted: number | null;
}

/** Mean, extremes, range, ratio and variance of a list of values (SPSS Summary Item Statistics). */
export function summarize(values: ArrayLike<number>): SummaryStatistics {
  const n = values.length;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    sum += values[i];
    if (values[i] < min) min = values[i];
    if (values[i] > max) max = values[i];
  }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) * (values[i] - mean);
  return {
    mean,
    min,
    max,
    range: max - min,
    maxOverMin: min !== 0 ? max / min : null,
    variance: n > 1 ? ss / (n - 1) : null,
  };
}

function trace(C: Float64Array, k: number): number {
  let t = 0;
  for (let j = 0; j < k; j++) t += C[j * k + j];
  return t;
}

function total(C: Float64Array): number {
  let s = 0;
  for (let i = 0; i < C.length; i++) s += C[i];
  return s;
}

/** Cronbach's alpha of a k x k covariance matrix; NaN when 1'C1 is 0. */
export function cronbachAlpha(C: Float64Array, k: number): number {
  return (k / (k - 1)) * (1 - trace(C, k) / total(C));
}

/** Mean of the k(k-1)/2 off-diagonal entries of a correlation matrix. */
export function meanInterItemCorrelation(R: Float64Array, k: number): number {
  let s = 0;
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) s += R[a * k + b];
  return s / ((k * (k - 1)) / 2);
}

/** The k(k-1)/2 off-diagonal entries of a correlation matrix (upper triangle, row by row). */
export function interItemCorrelations(R: Float64Array, k: number): Float64Array {
  const out = new Float64Array((k * (k - 1)) / 2);
  let o = 0;
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) out[o++] = R[a * k + b];
  return out;
}

/** Alpha of the standardized items: k rbar / (1 + (k - 1) rbar). */
export function standardizedAlpha(R: Float64Array, k: number): number {
  const rbar = meanInterItemCorrelation(R, k);
  return (k * rbar) / (1 + (k - 1) * rbar);
}

/**
 * Sum of C over the rows and columns other than `skip`: the variance of the scale without that
 * item. A sum that cancels to below 1e-12 of the entries' size (the other items add up to a
 * constant, or nearly) is taken as zero: the entries themselves carry rounding errors of that
 * order from the pass over the data, so such a remainder has no correct digit, and a corrected
 * item-total correlation computed from it would be noise (and change with the item order).
 */
function totalWithout(C: Float64Array, k: number, skip: number): { sum: number; trace: number } {
  let sum = 0;
  let size = 0;
  let tr = 0;
  for (let a = 0; a < k; a++) {
    if (a === skip) continue;
    tr += C[a * k + a];
    for (let b = 0; b < k; b++) {
      if (b === skip) continue;
      sum += C[a * k + b];
      size += Math.abs(C[a * k + b]);
    }
  }
  return { sum: Math.abs(sum) <= 1e-12 * size ? 0 : sum, trace: tr };
}

/**
 * SPSS's Item-Total Statistics (without the SMC column, which needs the correlation matrix's
 * inverse: see smc.ts). The sums are taken directly over the remaining items rather than by
 * subtracting from the total, which would lose digits when one item dominates the variance.
 */
export function itemTotalStatistics(C: Float64Array, means: ArrayLike<number>, k: number): ItemTotalRow[] {
  const rows: ItemTotalRow[] = [];
  for (let j = 0; j < k; j++) {
    const rest = totalWithout(C, k, j);
    let cov = 0;
    for (let i = 0; i < k; i++) if (i !== j) cov += C[j * k + i];
    let restMean = 0;
    for (let i = 0; i < k; i++) if (i !== j) restMean += means[i];
    const denom = C[j * k + j] * rest.sum;
    const m = k - 1;
    rows.push({
      scaleMeanIfDeleted: restMean,
      scaleVarianceIfDeleted: rest.sum,
      correctedItemTotalCorrelation: denom > 0 ? cov / Math.sqrt(denom) : null,
      alphaIfDeleted: m >= 2 && rest.sum !== 0 ? (m / (m - 1)) * (1 - rest.trace / rest.sum) : null,
    });
  }
  return rows;
}

/**
 * Feldt's confidence interval for alpha from n cases (sum of weights) and k items at `level`
 * (e.g. 0.95). Null bounds when n < 2 (no degrees of freedom).
 */
export function feldtInterval(
  alpha: number,
  n: number,
  k: number,
  level: number,
): { lower: number | null; upper: number | null } {
  const df1 = n - 1;
  const df2 = (n - 1) * (k - 1);
  if (!(df1 > 0) || !(df2 > 0) || !Number.isFinite(alpha)) return { lower: null, upper: null };
  const lower = 1 - (1 - alpha) * fQuantile((1 + level) / 2, df1, df2);
  const upper = 1 - (1 - alpha) * fQuantile((1 - level) / 2, df1, df2);
  return { lower, upper };
}
