/**
 * Pairwise-complete covariances (R's cov(use = "pairwise.complete.obs"), SPSS /MISSING PAIRWISE),
 * with optional frequency weights: entry (j, k) uses the cases where both j and k are present and
 * the weight is positive, centred on those cases' own means, divided by (sum of their weights - 1).
 * Item means use every case where that item is present.
 *
 * Computed in one blocked pass (as in cross-products.ts) with the shifted-data formula: with
 * d_ij = x_ij - a_j, a_j item j's own mean (0 where j is missing), and I_ij = 1 where j is present,
 *   n_jk = sum w I_j I_k,  Sx = sum w d_j I_k,  Sy = sum w I_j d_k,  Sxy = sum w d_j d_k,
 *   cov_jk = (Sxy - Sx Sy / n_jk) / (n_jk - 1),
 * which is exact algebra for the pair's own means; shifting by a_j, which lies close to them, keeps
 * the correction term Sx Sy / n_jk small, so no digits are lost to cancellation.
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

const BLOCK = 256;

/** Pairwise covariances of columns with NaN for missing values; see the module comment. */
export function pairwiseCovariance(columns: Float64Array[], w: Float64Array | null = null): PairwiseCovarianceResult {
  const p = columns.length;
  const len = p > 0 ? columns[0].length : 0;
  const weightOk = (i: number) => !w || (w[i] > 0 && Number.isFinite(w[i]));
  const means = new Float64Array(p);
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
    let m = s / sw;
    // Second pass corrects the rounding of the first, as covariance.ts's mean does.
    let c = 0;
    for (let i = 0; i < len; i++) if (!Number.isNaN(x[i]) && weightOk(i)) c += (w ? w[i] : 1) * (x[i] - m);
    m += c / sw;
    means[j] = sw > 0 ? m : NaN;
  }
  const Sxy = new Float64Array(p * p);
  const Sx = new Float64Array(p * p);
  const N = new Float64Array(p * p);
  const d = columns.map(() => new Float64Array(BLOCK));
  const ind = columns.map(() => new Float64Array(BLOCK));
  const wd = w ? columns.map(() => new Float64Array(BLOCK)) : d;
  const wind = w ? columns.map(() => new Float64Array(BLOCK)) : ind;
  for (let start = 0; start < len; start += BLOCK) {
    const m = Math.min(BLOCK, len - start);
    for (let j = 0; j < p; j++) {
      const src = columns[j];
      const dj = d[j];
      const ij = ind[j];
      const a = means[j];
      for (let i = 0; i < m; i++) {
        const x = src[start + i];
        const ok = !Number.isNaN(x) && weightOk(start + i);
        dj[i] = ok ? x - a : 0;
        ij[i] = ok ? 1 : 0;
      }
      if (w) {
        const wdj = wd[j];
        const wij = wind[j];
        for (let i = 0; i < m; i++) {
          const wi = ij[i] ? w[start + i] : 0;
          wdj[i] = dj[i] * wi;
          wij[i] = wi;
        }
      }
    }
    for (let j = 0; j < p; j++) {
      const wdj = wd[j];
      const wij = wind[j];
      for (let k = j; k < p; k++) {
        const dk = d[k];
        const ik = ind[k];
        let sxy = 0;
        let sx = 0;
        let sy = 0;
        let nn = 0;
        for (let i = 0; i < m; i++) {
          sxy += wdj[i] * dk[i];
          sx += wdj[i] * ik[i];
          sy += wij[i] * dk[i];
          nn += wij[i] * ik[i];
        }
        Sxy[j * p + k] += sxy;
        // Sx[j][k] = sum w d_j I_k; the pair's Sy is Sx[k][j] = sum w I_j d_k.
        Sx[j * p + k] += sx;
        if (k !== j) Sx[k * p + j] += sy;
        N[j * p + k] += nn;
      }
    }
  }
  const cov = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    for (let k = j; k < p; k++) {
      const nn = N[j * p + k];
      const v = nn > 1 ? (Sxy[j * p + k] - (Sx[j * p + k] * Sx[k * p + j]) / nn) / (nn - 1) : NaN;
      cov[j * p + k] = v;
      cov[k * p + j] = v;
      N[k * p + j] = nn;
    }
  }
  return { p, means, cov, n: N };
}
