/**
 * The sufficient statistics of a selection of columns: what reliability, KMO, PCA, Pearson
 * correlations, OLS and descriptives need, with no rows kept. Mergeable, so chunks of a file,
 * worker threads or an SQL engine can each produce a Moments and the parts be combined.
 *
 * Two kinds of cases, as SPSS counts them:
 * - listwise (the cross-products): the rows complete on every selected column (and with a
 *   positive weight); n, means and the centred cross-products S_jk = sum w (x_j - m_j)(x_k - m_k);
 * - per column (DESCRIPTIVES): each column's own valid cases; n, mean and the centred power sums
 *   M2, M3, M4 (skewness and kurtosis follow from them), min and max, and per-value counts when
 *   every value is a small integer (Likert answers), so frequencies and medians need no rows.
 *
 * Accuracy: `accumulate` is covariance.ts's centredSums (two-pass means, centred sums by the blocked
 * kernel of cross-products.ts, corrected for the means' rounding), so on one chunk it gives the
 * numbers covariance.ts gives. Chunks are joined by
 * the pairwise update of Chan, Golub and LeVeque (1979), extended to M3 and M4 by Pébay (2008,
 * SAND2008-6212, eq. 2.1-2.3): with delta = m_b - m_a and n = n_a + n_b,
 *   mean = m_a + delta n_b / n
 *   S    = S_a + S_b + delta delta' n_a n_b / n
 *   M3   = M3_a + M3_b + delta^3 n_a n_b (n_a - n_b) / n^2 + 3 delta (n_a M2_b - n_b M2_a) / n
 *   M4   = M4_a + M4_b + delta^4 n_a n_b (n_a^2 - n_a n_b + n_b^2) / n^3
 *          + 6 delta^2 (n_a^2 M2_b + n_b^2 M2_a) / n^2 + 4 delta (n_a M3_b - n_b M3_a) / n
 * which never forms a raw sum of squares, so large means with tiny spreads keep their digits.
 * Frequency weights enter as n = sum of weights.
 */
import { centredSums, correlationFromCovariance, mean as meanOf } from './covariance.js';

/** Above this many distinct values (or any non-integer, or |x| > BIAS) a column keeps no counts. */
export const MAX_DISTINCT = 64;
/** Counted codes lie in -BIAS..BIAS: Likert answers, and missing codes such as -99 or 999 beside them. */
const BIAS = 1000;

export interface ColumnMoments {
  /** Valid cases of this column (unweighted) and their weight sum. */
  rows: number;
  n: number;
  mean: number;
  /** The mean's low-order part: the mean is mean + meanLow to far below a double's rounding (0 when unknown). */
  meanLow: number;
  /** Centred power sums sum w (x - mean)^k, k = 2, 3, 4. */
  m2: number;
  m3: number;
  m4: number;
  /** Smallest and largest valid value (NaN when none). */
  min: number;
  max: number;
  /** Value -> weight sum, for a column of at most MAX_DISTINCT small integers; else null. */
  counts: Map<number, number> | null;
}

export interface Moments {
  names: string[];
  /** Listwise: complete rows (unweighted), their weight sum, means and row-major p x p centred cross-products. */
  rows: number;
  n: number;
  means: Float64Array;
  /** Low-order parts of the means (see ColumnMoments.meanLow); zeros when a producer has none. */
  meansLow: Float64Array;
  sscp: Float64Array;
  /** Rows seen (every row, complete or not). */
  rowsRead: number;
  /** Per column, on each column's own valid cases. */
  columns: ColumnMoments[];
}

/** A Moments of no rows over `names`. */
export function emptyMoments(names: string[]): Moments {
  const p = names.length;
  return {
    names: [...names],
    rows: 0,
    n: 0,
    means: new Float64Array(p),
    meansLow: new Float64Array(p),
    sscp: new Float64Array(p * p),
    rowsRead: 0,
    columns: names.map(() => ({ rows: 0, n: 0, mean: 0, meanLow: 0, m2: 0, m3: 0, m4: 0, min: NaN, max: NaN, counts: new Map() })),
  };
}

const weightOk = (w: number): boolean => w > 0 && Number.isFinite(w);

/** One column's moments over its valid cases (NaN = missing; a case needs a positive weight). */
function columnMoments(x: Float64Array, w: Float64Array | null): ColumnMoments {
  const len = x.length;
  let rows = 0;
  for (let i = 0; i < len; i++) if (!Number.isNaN(x[i]) && (!w || weightOk(w[i]))) rows++;
  // A column with every case valid is read in place.
  const inPlace = rows === len;
  const vx = inPlace ? x : new Float64Array(rows);
  const vw = w ? (inPlace ? w : new Float64Array(rows)) : null;
  for (let i = 0, o = 0; !inPlace && i < len; i++) {
    if (Number.isNaN(x[i]) || (w && !weightOk(w[i]))) continue;
    vx[o] = x[i];
    if (vw) vw[o] = (w as Float64Array)[i];
    o++;
  }
  let n = rows;
  if (vw) {
    n = 0;
    for (let i = 0; i < rows; i++) n += vw[i];
  }
  if (rows === 0) return { rows: 0, n: 0, mean: 0, meanLow: 0, m2: 0, m3: 0, m4: 0, min: NaN, max: NaN, counts: new Map() };
  const mean = meanOf(vx, vw);
  // Sums of powers of d = x - mean, then shifted by the mean's own rounding e = sum w d / n: the
  // double nearest the mean is off by up to half an ulp, which at mean 1e9 and sd 1e-3 would cost
  // M2 nine digits and M3 all of them.
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let min = Infinity;
  let max = -Infinity;
  // Counts of codes -BIAS..BIAS go to an array (a Map per cell would cost more than the sums).
  const bins = new Float64Array(2 * BIAS + 1);
  let small = true;
  for (let i = 0; i < rows; i++) {
    const v = vx[i];
    const wi = vw ? vw[i] : 1;
    const d = v - mean;
    const d2 = d * d;
    s1 += wi * d;
    s2 += wi * d2;
    s3 += wi * d2 * d;
    s4 += wi * d2 * d2;
    if (v < min) min = v;
    if (v > max) max = v;
    if (small) {
      const b = v + BIAS;
      if (b >= 0 && b <= 2 * BIAS && Number.isInteger(v)) bins[b] += wi;
      else small = false;
    }
  }
  let counts: Map<number, number> | null = null;
  if (small) {
    counts = new Map();
    for (let b = 0; b <= 2 * BIAS && counts.size <= MAX_DISTINCT; b++) if (bins[b] !== 0) counts.set(b - BIAS, bins[b]);
    if (counts.size > MAX_DISTINCT) counts = null;
  }
  const e = s1 / n;
  const m2 = s2 - n * e * e;
  const m3 = s3 - 3 * e * s2 + 2 * n * e * e * e;
  const m4 = s4 - 4 * e * s3 + 6 * e * e * s2 - 3 * n * e * e * e * e;
  return { rows, n, mean, meanLow: e, m2, m3, m4, min, max, counts };
}

/**
 * The moments of typed columns (one Float64Array per name, NaN = missing) with optional frequency
 * weights; a case with a missing, zero or negative weight counts nowhere (SPSS WEIGHT BY).
 */
export function accumulate(names: string[], columns: Float64Array[], w: Float64Array | null = null): Moments {
  const p = names.length;
  if (columns.length !== p) throw new Error('accumulate: one column per name');
  const len = p ? columns[0].length : w ? w.length : 0;
  // Column by column (one array streamed at a time), then the rows still kept are counted.
  const keep = new Uint8Array(len);
  for (let i = 0; i < len; i++) keep[i] = !w || weightOk(w[i]) ? 1 : 0;
  for (const c of columns) for (let i = 0; i < len; i++) if (c[i] !== c[i]) keep[i] = 0;
  let rows = 0;
  for (let i = 0; i < len; i++) rows += keep[i];
  const complete = rows === len;
  const pick = (src: Float64Array): Float64Array => {
    if (complete) return src;
    const out = new Float64Array(rows);
    for (let i = 0, o = 0; i < len; i++) if (keep[i]) out[o++] = src[i];
    return out;
  };
  const cols = columns.map(pick);
  const ww = w ? pick(w) : null;
  let n = rows;
  if (ww) {
    n = 0;
    for (let i = 0; i < rows; i++) n += ww[i];
  }
  // The centred-moments path covariance.ts uses, so one chunk gives covariance()'s numbers.
  const { means, meansLow, sscp } = centredSums(cols, ww);
  return { names: [...names], rows, n, means, meansLow, sscp, rowsRead: len, columns: columns.map((c) => columnMoments(c, w)) };
}

/**
 * The merged mean of two parts in two pieces (hi, lo), and the difference of the parts' means
 * with their low parts in: delta = (m_b + l_b) - (m_a + l_a), hi + lo = m_a + l_a + delta n_b / n
 * (Knuth's TwoSum keeps what the addition rounds away).
 */
function mergedMean(ma: number, la: number, mb: number, lb: number, nb: number, n: number): { hi: number; lo: number; delta: number } {
  const delta = mb - ma + (lb - la);
  const t = (delta * nb) / n;
  const hi = ma + t;
  const tb = hi - ma;
  const err = ma - (hi - tb) + (t - tb) + la;
  // Fold the low part back in, so hi stays the double nearest the mean.
  const h = hi + err;
  return { hi: h, lo: err - (h - hi), delta };
}

function mergeColumn(a: ColumnMoments, b: ColumnMoments): ColumnMoments {
  if (a.rows === 0) return { ...b, counts: b.counts && new Map(b.counts) };
  if (b.rows === 0) return { ...a, counts: a.counts && new Map(a.counts) };
  const na = a.n;
  const nb = b.n;
  const n = na + nb;
  const { hi, lo, delta: d } = mergedMean(a.mean, a.meanLow, b.mean, b.meanLow, nb, n);
  const dn = d / n;
  const m2 = a.m2 + b.m2 + d * dn * na * nb;
  const m3 = a.m3 + b.m3 + d * dn * dn * na * nb * (na - nb) + 3 * dn * (na * b.m2 - nb * a.m2);
  const m4 =
    a.m4 + b.m4 + d * dn * dn * dn * na * nb * (na * na - na * nb + nb * nb) + 6 * dn * dn * (na * na * b.m2 + nb * nb * a.m2) + 4 * dn * (na * b.m3 - nb * a.m3);
  let counts: Map<number, number> | null = null;
  if (a.counts && b.counts) {
    counts = new Map(a.counts);
    for (const [v, c] of b.counts) counts.set(v, (counts.get(v) ?? 0) + c);
    if (counts.size > MAX_DISTINCT) counts = null;
  }
  return { rows: a.rows + b.rows, n, mean: hi, meanLow: lo, m2, m3, m4, min: Math.min(a.min, b.min), max: Math.max(a.max, b.max), counts };
}

/** The moments of the union of two disjoint sets of rows over the same columns (Chan/Pébay; see the module comment). */
export function merge(a: Moments, b: Moments): Moments {
  const p = a.names.length;
  if (b.names.length !== p || a.names.some((x, j) => x !== b.names[j])) throw new Error('merge: the two Moments are over different columns');
  const columns = a.columns.map((c, j) => mergeColumn(c, b.columns[j]));
  const rowsRead = a.rowsRead + b.rowsRead;
  if (a.rows === 0 || b.rows === 0) {
    const src = a.rows === 0 ? b : a;
    return { names: [...a.names], rows: src.rows, n: src.n, means: src.means.slice(), meansLow: src.meansLow.slice(), sscp: src.sscp.slice(), rowsRead, columns };
  }
  const n = a.n + b.n;
  const f = (a.n * b.n) / n;
  const delta = new Float64Array(p);
  const means = new Float64Array(p);
  const meansLow = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const m = mergedMean(a.means[j], a.meansLow[j], b.means[j], b.meansLow[j], b.n, n);
    delta[j] = m.delta;
    means[j] = m.hi;
    meansLow[j] = m.lo;
  }
  const sscp = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < p; k++) sscp[j * p + k] = a.sscp[j * p + k] + b.sscp[j * p + k] + delta[j] * delta[k] * f;
  }
  return { names: [...a.names], rows: a.rows + b.rows, n, means, meansLow, sscp, rowsRead, columns };
}

/**
 * The moments of a subset of the columns, in the order of `names`, when its listwise cases are the
 * same as the whole selection's: true when no selected column has a missing value in the cases
 * read (then every subset is complete on every row). Otherwise null: the subset's listwise cases
 * may be more, and the caller computes them from the rows.
 */
export function subset(m: Moments, names: string[]): Moments | null {
  if (!everyRowComplete(m)) return null;
  const idx = names.map((x) => m.names.indexOf(x));
  if (idx.some((i) => i < 0)) return null;
  const p = m.names.length;
  const q = idx.length;
  const sscp = new Float64Array(q * q);
  for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) sscp[a * q + b] = m.sscp[idx[a] * p + idx[b]];
  return {
    names: [...names],
    rows: m.rows,
    n: m.n,
    means: Float64Array.from(idx, (i) => m.means[i]),
    meansLow: Float64Array.from(idx, (i) => m.meansLow[i]),
    sscp,
    rowsRead: m.rowsRead,
    columns: idx.map((i) => m.columns[i]),
  };
}

/** Whether every row read was a listwise case (no missing value, no unusable weight). */
export function everyRowComplete(m: Moments): boolean {
  return m.rows === m.rowsRead;
}

/** Covariance matrix sscp / (n - 1), row-major p x p (SPSS's divisor for frequency weights). */
export function covarianceOf(m: Moments): Float64Array {
  return m.sscp.map((v) => v / (m.n - 1));
}

/** Pearson correlation matrix (through the covariances, as covariance.ts does); a zero variance gives NaN in its row and column. */
export function correlationOf(m: Moments): Float64Array {
  return correlationFromCovariance(covarianceOf(m), m.names.length);
}

/**
 * Adds to `into` the rows of `columns` (first `len`) with a usable weight and a missing value:
 * the cases listwise deletion leaves out, and their weight, summed in row order.
 */
export function countExcluded(columns: Float64Array[], w: Float64Array | null, len: number, into: { rows: number; weight: number }): void {
  for (let i = 0; i < len; i++) {
    if (w && !(w[i] > 0 && Number.isFinite(w[i]))) continue;
    if (columns.some((x) => Number.isNaN(x[i]))) {
      into.rows++;
      into.weight += w ? w[i] : 1;
    }
  }
}
