/**
 * Means and centred sums of squares and cross-products of complete columns, fast enough for
 * 1,000,000 rows x 20 variables in a fraction of a second:
 *
 *   mean_j = sum w x_j / sum w   (two-pass: the second pass adds back the first's rounding)
 *   S_jk   = sum w (x_j - mean_j)(x_k - mean_k)
 *
 * Rows are taken in blocks of CHUNK: a block is centred into a small buffer that stays in cache,
 * and pairs of columns are accumulated two by two (2 x 2 register blocks), which halves the
 * loads per multiply-add. Each block's partial sums are added to the totals, so the sums are
 * also more accurate than one long running sum.
 */

/** Rows per block (centred block of 21 columns = 43 KB). */
const CHUNK = 256;

export interface CrossProducts {
  /** Sum of weights (rows when unweighted). */
  n: number;
  means: Float64Array;
  /** Centred (weighted) cross-products, row-major m x m, symmetric. */
  sscp: Float64Array;
}

/** Weighted two-pass mean of a complete column. */
export function twoPassMean(x: Float64Array, w: Float64Array | null, n: number): number {
  let s = 0;
  if (w) for (let i = 0; i < x.length; i++) s += w[i] * x[i];
  else for (let i = 0; i < x.length; i++) s += x[i];
  const m = s / n;
  let c = 0;
  if (w) for (let i = 0; i < x.length; i++) c += w[i] * (x[i] - m);
  else for (let i = 0; i < x.length; i++) c += x[i] - m;
  return m + c / n;
}

/** Means and centred cross-products of complete columns (no NaN) with optional frequency weights. */
export function centredCrossProducts(cols: Float64Array[], w: Float64Array | null = null): CrossProducts {
  const m = cols.length;
  const len = m > 0 ? cols[0].length : 0;
  let n = len;
  if (w) {
    n = 0;
    for (let i = 0; i < len; i++) n += w[i];
  }
  const means = new Float64Array(m);
  for (let j = 0; j < m; j++) means[j] = twoPassMean(cols[j], w, n);
  const sscp = new Float64Array(m * m);
  const buf = new Float64Array(m * CHUNK);
  // The left factor of each product: the centred value, times the weight when weighted.
  const left = w ? new Float64Array(m * CHUNK) : buf;
  for (let start = 0; start < len; start += CHUNK) {
    const cnt = Math.min(CHUNK, len - start);
    for (let j = 0; j < m; j++) {
      const c = cols[j];
      const mj = means[j];
      const off = j * CHUNK;
      for (let i = 0; i < cnt; i++) buf[off + i] = c[start + i] - mj;
      if (w) for (let i = 0; i < cnt; i++) left[off + i] = w[start + i] * buf[off + i];
    }
    for (let j = 0; j < m; j += 2) {
      const j1 = Math.min(j + 1, m - 1);
      const oa = j * CHUNK;
      const ob = j1 * CHUNK;
      for (let k = j; k < m; k += 2) {
        const k1 = Math.min(k + 1, m - 1);
        const oc = k * CHUNK;
        const od = k1 * CHUNK;
        let s00 = 0;
        let s01 = 0;
        let s10 = 0;
        let s11 = 0;
        for (let i = 0; i < cnt; i++) {
          const a = left[oa + i];
          const b = left[ob + i];
          const c = buf[oc + i];
          const d = buf[od + i];
          s00 += a * c;
          s01 += a * d;
          s10 += b * c;
          s11 += b * d;
        }
        // Upper triangle only (k >= j); clamped duplicates at an odd edge are skipped.
        sscp[j * m + k] += s00;
        if (k1 !== k) sscp[j * m + k1] += s01;
        if (j1 !== j && k >= j1) sscp[j1 * m + k] += s10;
        if (j1 !== j && k1 !== k) sscp[j1 * m + k1] += s11;
      }
    }
  }
  for (let j = 0; j < m; j++) for (let k = 0; k < j; k++) sscp[j * m + k] = sscp[k * m + j];
  return { n, means, sscp };
}
