/**
 * Pearson and Spearman correlations with two-tailed significance, as SPSS CORRELATIONS and
 * NONPAR CORR print them.
 *
 *   r = sum w (x - mx)(y - my) / sqrt(sum w (x - mx)^2 * sum w (y - my)^2)   (centred, two-pass)
 *   Spearman's rho = Pearson r of the ranks, tied values sharing their average rank
 *   t = r sqrt((n - 2) / (1 - r^2)),  p = P(|T_{n-2}| >= |t|)   (SPSS uses this t test for both)
 *
 * Frequency weights (SPSS WEIGHT BY) act as replicated rows: n = sum of weights, and a value of
 * weight w occupies w consecutive rank positions.
 *
 * Missing values (NaN): listwise uses only the rows complete on every variable involved;
 * pairwise uses, for each pair, the rows complete on that pair (Spearman ranks per pair, as R's
 * cor(use = "pairwise.complete.obs") and SPSS NONPAR CORR /MISSING PAIRWISE do).
 *
 * Reference: IBM SPSS Statistics Algorithms, CORRELATIONS and NONPAR CORR.
 */
import { covariance } from './covariance.js';
import { tTwoTailedP } from './distributions.js';

/** Whether a complete column holds one value only. */
function isConstant(x: Float64Array): boolean {
  for (let i = 1; i < x.length; i++) if (x[i] !== x[0]) return false;
  return true;
}

export type CorrelationMethod = 'pearson' | 'spearman';
export type MissingMode = 'listwise' | 'pairwise';

/** Rows usable under frequency weights: a missing, zero or negative weight drops the row. */
function weightOk(w: Float64Array | null, i: number): boolean {
  return !w || (w[i] > 0 && Number.isFinite(w[i]));
}

/**
 * Pearson r of two complete columns (no NaN), optionally frequency-weighted.
 * Returns null when either column is constant (r does not exist).
 *
 * @example pearson(Float64Array.of(1, 2, 3), Float64Array.of(2, 4, 7)) // 0.9933992677987828
 */
export function pearson(x: Float64Array, y: Float64Array, w: Float64Array | null = null): number | null {
  return maskedPearson(x, y, w, null);
}

/**
 * Two-tailed p of r with n cases (n = sum of weights): t = r sqrt((n-2)/(1-r^2)) on n - 2 df.
 * null when n < 3 (no degrees of freedom); 0 when |r| = 1.
 */
export function correlationP(r: number, n: number): number | null {
  if (!(n > 2) || !Number.isFinite(r)) return null;
  const a = Math.abs(r);
  if (a >= 1) return 0;
  const df = n - 2;
  return tTwoTailedP(r * Math.sqrt(df / ((1 - r) * (1 + r))), df);
}

/**
 * Ranks 1..n of a complete column, ties sharing their average rank. With frequency weights a
 * row of weight w stands for w equal cases: a tie group of total weight W after cumulative
 * weight C gets rank C + (W + 1) / 2.
 */
export function averageRanks(x: Float64Array, w: Float64Array | null = null): Float64Array {
  const len = x.length;
  // Distinct values by a native numeric sort (fast on typed arrays), then each row's value is
  // found by binary search: survey items have few distinct values, so this is near linear.
  const sorted = Float64Array.from(x).sort();
  const distinct: number[] = [];
  for (let i = 0; i < len; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
  const u = Float64Array.from(distinct);
  const slot = new Uint32Array(len);
  const weight = new Float64Array(u.length);
  for (let i = 0; i < len; i++) {
    const v = x[i];
    let lo = 0;
    let hi = u.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (u[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    slot[i] = lo;
    weight[lo] += w ? w[i] : 1;
  }
  const rankOf = new Float64Array(u.length);
  let before = 0;
  for (let g = 0; g < u.length; g++) {
    rankOf[g] = before + (weight[g] + 1) / 2;
    before += weight[g];
  }
  const ranks = new Float64Array(len);
  for (let i = 0; i < len; i++) ranks[i] = rankOf[slot[i]];
  return ranks;
}

export interface CorrelationMatrix {
  /** r[i][j]: row variable i with column variable j; null when a variable is constant or n < 2. */
  r: (number | null)[][];
  /** Two-tailed p; null on the diagonal (a variable with itself) and where r is null or n < 3. */
  p: (number | null)[][];
  /** Cases used for each cell (sum of weights). */
  n: number[][];
}

export interface CorrelationOptions {
  method?: CorrelationMethod;
  missing?: MissingMode;
  weights?: Float64Array | null;
}

/** Keep the rows of `cols` where `keep` is 1. */
function pick(cols: Float64Array[], keep: Uint8Array, count: number): Float64Array[] {
  return cols.map((c) => {
    const out = new Float64Array(count);
    for (let i = 0, o = 0; i < keep.length; i++) if (keep[i]) out[o++] = c[i];
    return out;
  });
}

/** Weighted centred sums of squares and products over the rows where `keep` is 1, or all rows (no copies; two-pass means, corrected). */
export function centredSums(x: Float64Array, y: Float64Array, w: Float64Array | null, keep: Uint8Array | null = null): { n: number; sxx: number; syy: number; sxy: number } {
  const len = x.length;
  let sw = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < len; i++) {
    if (keep && !keep[i]) continue;
    const wi = w ? w[i] : 1;
    sw += wi;
    sx += wi * x[i];
    sy += wi * y[i];
  }
  let mx = sx / sw;
  let my = sy / sw;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < len; i++) {
    if (keep && !keep[i]) continue;
    const wi = w ? w[i] : 1;
    cx += wi * (x[i] - mx);
    cy += wi * (y[i] - my);
  }
  mx += cx / sw;
  my += cy / sw;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < len; i++) {
    if (keep && !keep[i]) continue;
    const wi = w ? w[i] : 1;
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxx += wi * dx * dx;
    syy += wi * dy * dy;
    sxy += wi * dx * dy;
  }
  return { n: sw, sxx, syy, sxy };
}

function maskedPearson(x: Float64Array, y: Float64Array, w: Float64Array | null, keep: Uint8Array | null): number | null {
  const { sxx, syy, sxy } = centredSums(x, y, w, keep);
  if (!(sxx > 0) || !(syy > 0)) return null;
  const r = sxy / Math.sqrt(sxx * syy);
  return r > 1 ? 1 : r < -1 ? -1 : r;
}

/** r and n for one pair over the rows complete on both (pairwise deletion). */
function pairCorrelation(
  x: Float64Array,
  y: Float64Array,
  w: Float64Array | null,
  method: CorrelationMethod,
): { r: number | null; n: number } {
  const keep = new Uint8Array(x.length);
  let count = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === x[i] && y[i] === y[i] && weightOk(w, i)) {
      keep[i] = 1;
      count++;
      n += w ? w[i] : 1;
    }
  }
  if (count < 2) return { r: null, n };
  if (method === 'pearson') return { r: maskedPearson(x, y, w, keep), n };
  const [a, b, ww] = pick(w ? [x, y, w] : [x, y], keep, count);
  const wk = w ? ww : null;
  return { r: pearson(averageRanks(a, wk), averageRanks(b, wk), wk), n };
}

/**
 * Correlation matrix of `rows` against `cols` (or against themselves when `cols` is null).
 * Columns may contain NaN (missing). The same Float64Array passed as a row and a column variable
 * is that variable with itself: r = 1, p = null.
 *
 * @example correlationMatrix([x, y, z], null, { method: 'spearman', missing: 'pairwise' })
 */
export function correlationMatrix(
  rows: Float64Array[],
  cols: Float64Array[] | null = null,
  opts: CorrelationOptions = {},
): CorrelationMatrix {
  const method = opts.method ?? 'pearson';
  const missing = opts.missing ?? 'listwise';
  const w = opts.weights ?? null;
  const colVars = cols ?? rows;
  // The distinct columns involved, so a variable in both lists is read (and ranked) once.
  const distinct: Float64Array[] = [];
  for (const c of [...rows, ...colVars]) if (!distinct.includes(c)) distinct.push(c);
  const idx = (c: Float64Array) => distinct.indexOf(c);

  const r: (number | null)[][] = rows.map(() => colVars.map(() => null));
  const p: (number | null)[][] = rows.map(() => colVars.map(() => null));
  const n: number[][] = rows.map(() => colVars.map(() => 0));

  if (missing === 'listwise') {
    const len = distinct.length ? distinct[0].length : 0;
    const keep = new Uint8Array(len);
    let count = 0;
    // Column by column (streams one array at a time), then count the rows still kept.
    for (let i = 0; i < len; i++) keep[i] = weightOk(w, i) ? 1 : 0;
    for (const c of distinct) for (let i = 0; i < len; i++) if (c[i] !== c[i]) keep[i] = 0;
    for (let i = 0; i < len; i++) count += keep[i];
    const all = count === len;
    let data = all ? distinct : pick(distinct, keep, count);
    const wk = w ? (all ? w : pick([w], keep, count)[0]) : null;
    let total = count;
    if (wk) {
      total = 0;
      for (let i = 0; i < wk.length; i++) total += wk[i];
    }
    if (method === 'spearman') data = data.map((c) => averageRanks(c, wk));
    // One blocked pass for every pair (src/stats/covariance.ts), as for regression.
    const m = distinct.length;
    const { sscp } = count >= 2 ? covariance(data, wk) : { sscp: new Float64Array(m * m) };
    const constant = distinct.map((_, j) => !(sscp[j * m + j] > 0) || isConstant(data[j]));
    const corr = (a: number, b: number): number | null => {
      if (count < 2 || constant[a] || constant[b]) return null;
      const r = sscp[a * m + b] / Math.sqrt(sscp[a * m + a] * sscp[b * m + b]);
      return r > 1 ? 1 : r < -1 ? -1 : r;
    };
    rows.forEach((rv, i) =>
      colVars.forEach((cv, j) => {
        n[i][j] = total;
        if (rv === cv) {
          r[i][j] = corr(idx(rv), idx(rv)) === null ? null : 1;
          return;
        }
        const v = corr(idx(rv), idx(cv));
        r[i][j] = v;
        p[i][j] = v === null ? null : correlationP(v, total);
      }),
    );
    return { r, p, n };
  }

  // Columns with no missing value (among rows with a valid weight) are correlated together in
  // one blocked pass, as under listwise deletion; only pairs involving an incomplete column are
  // computed pair by pair.
  const len = distinct.length ? distinct[0].length : 0;
  const okRow = new Uint8Array(len);
  for (let i = 0; i < len; i++) okRow[i] = weightOk(w, i) ? 1 : 0;
  const complete = distinct.map((c) => {
    for (let i = 0; i < len; i++) if (okRow[i] && c[i] !== c[i]) return false;
    return true;
  });
  const group = distinct.filter((_, j) => complete[j]);
  const block = group.length ? correlationMatrix(group, null, { method, missing: 'listwise', weights: w }) : null;
  const cache = new Map<string, { r: number | null; n: number }>();
  rows.forEach((rv, i) =>
    colVars.forEach((cv, j) => {
      const a = idx(rv);
      const b = idx(cv);
      const key = a < b ? `${a},${b}` : `${b},${a}`;
      let cell = cache.get(key);
      if (!cell) {
        if (block && complete[a] && complete[b]) {
          const ga = group.indexOf(rv);
          const gb = group.indexOf(cv);
          cell = { r: block.r[ga][gb], n: block.n[ga][gb] };
        } else {
          cell = pairCorrelation(rv, cv, w, method);
        }
        cache.set(key, cell);
      }
      n[i][j] = cell.n;
      if (rv === cv) {
        r[i][j] = cell.r === null ? null : 1;
        return;
      }
      r[i][j] = cell.r;
      p[i][j] = cell.r === null ? null : correlationP(cell.r, cell.n);
    }),
  );
  return { r, p, n };
}
