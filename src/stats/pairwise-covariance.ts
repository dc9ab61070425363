/**
 * Pairwise-complete covariances (R's cov(use = "pairwise.complete.obs"), SPSS /MISSING PAIRWISE),
 * with optional frequency weights: entry (j, k) uses the cases where both j and k are present and
 * the weight is positive, centred on those cases' own means, divided by (sum of their weights - 1).
 * Item means use every case where that item is present.
 *
 * Two passes per pair (means, then centred cross-products), as in covariance.ts.
 */

export interface PairwiseCovarianceResult {
  p: number;
  /** Per item: mean over the cases where it is present. */
  means: Float64Array;
  /** Row-major p x p pairwise covariances; NaN where a pair has fewer than 2 cases (sum of weights <= 1). */
  cov: Float64Array;
  /** Row-major p x p sums of weights (cases) behind each entry; the diagonal is each item's valid N. */
  n: Float64Array;
}

/** Pairwise covariances of columns with NaN for missing values; see the module comment. */
export function pairwiseCovariance(columns: Float64Array[], w: Float64Array | null = null): PairwiseCovarianceResult {
  const p = columns.length;
  const len = p > 0 ? columns[0].length : 0;
  const weightOk = (i: number) => !w || (w[i] > 0 && Number.isFinite(w[i]));
  const means = new Float64Array(p);
  const cov = new Float64Array(p * p);
  const n = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    const x = columns[j];
    let s = 0;
    let sw = 0;
    for (let i = 0; i < len; i++) {
      if (Number.isNaN(x[i]) || !weightOk(i)) continue;
      const wi = w ? w[i] : 1;
      s += wi * x[i];
      sw += wi;
    }
    means[j] = sw > 0 ? s / sw : NaN;
  }
  for (let j = 0; j < p; j++) {
    for (let k = j; k < p; k++) {
      const x = columns[j];
      const y = columns[k];
      let sx = 0;
      let sy = 0;
      let sw = 0;
      for (let i = 0; i < len; i++) {
        if (Number.isNaN(x[i]) || Number.isNaN(y[i]) || !weightOk(i)) continue;
        const wi = w ? w[i] : 1;
        sx += wi * x[i];
        sy += wi * y[i];
        sw += wi;
      }
      const mx = sx / sw;
      const my = sy / sw;
      let c = 0;
      for (let i = 0; i < len; i++) {
        if (Number.isNaN(x[i]) || Number.isNaN(y[i]) || !weightOk(i)) continue;
        c += (w ? w[i] : 1) * (x[i] - mx) * (y[i] - my);
      }
      const v = sw > 1 ? c / (sw - 1) : NaN;
      cov[j * p + k] = v;
      cov[k * p + j] = v;
      n[j * p + k] = sw;
      n[k * p + j] = sw;
    }
  }
  return { p, means, cov, n };
}
