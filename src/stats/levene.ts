/**
 * Levene's test for equality of variances, the four rows SPSS 25+ ONEWAY prints: a one-way ANOVA
 * on z = |x - c_g|, where c_g is the group's mean (Levene 1960, SPSS's T-TEST and ONEWAY default),
 * median (Brown & Forsythe 1974), median with adjusted df, or 5% trimmed mean. With frequency
 * weights w (N = sum w, n_g = the group's sum of weights):
 *
 *   F = ((N - k) / (k - 1)) * sum_g n_g (zbar_g - zbar)^2 / sum_g sum_i w_i (z_i - zbar_g)^2,
 *   df1 = k - 1, df2 = N - k.
 *
 * The adjusted df (SPSS Algorithms, ONEWAY) replaces df2 by a Satterthwaite-type value
 *   df2 = (sum_g u_g)^2 / sum_g (u_g^2 / (n_g - 1)),  u_g = sum_i w_i (z_i - zbar_g)^2.
 *
 * The 5% trimmed mean is EXAMINE's: the mean of the quantile function of the group's weighted
 * distribution over cumulative weights 0.05 n .. 0.95 n, so partly trimmed cases count by the
 * fraction of their weight inside.
 */
import { fUpperP } from './distributions.js';

export type LeveneCenter = 'mean' | 'median' | 'median-adjusted' | 'trimmed';

export interface LeveneResult {
  center: LeveneCenter;
  f: number;
  df1: number;
  df2: number;
  p: number;
}

/** A group's values with their weights (sorted by value where a centre needs it). */
type SortedGroup = { v: Float64Array; w: Float64Array };

/**
 * Each group's distinct values, sorted, with their summed weights: the input of the median and the
 * trimmed mean. Equal values merge (every statistic here depends on the weighted distribution
 * only), so survey answers with a handful of distinct values sort a handful of numbers, in one pass.
 */
function sortedGroups(x: ArrayLike<number>, codes: ArrayLike<number>, k: number, w: ArrayLike<number> | null): SortedGroup[] {
  const weightOf: Map<number, number>[] = Array.from({ length: k }, () => new Map());
  for (let i = 0; i < x.length; i++) {
    const g = codes[i];
    const wi = w ? w[i] : 1;
    if (g < 0 || Number.isNaN(x[i]) || !(wi > 0)) continue;
    const m = weightOf[g];
    m.set(x[i], (m.get(x[i]) ?? 0) + wi);
  }
  return weightOf.map((m) => {
    const v = Float64Array.from(m.keys()).sort();
    return { v, w: Float64Array.from(v, (value) => m.get(value)!) };
  });
}

/** Mean of the weighted quantile function over cumulative weights [lo, hi]. */
function quantileMean(v: Float64Array, w: Float64Array, lo: number, hi: number): number {
  let cum = 0;
  let s = 0;
  for (let i = 0; i < v.length; i++) {
    const a = Math.max(cum, lo);
    const b = Math.min(cum + w[i], hi);
    if (b > a) s += (b - a) * v[i];
    cum += w[i];
  }
  return s / (hi - lo);
}

/** Weighted median as SPSS takes it (EXAMINE's weighted average definition at p = .5). */
function median(v: Float64Array, w: Float64Array): number {
  const total = w.reduce((a, b) => a + b, 0);
  // Position (W + 1) p on the cumulative weights, interpolating between neighbouring values.
  const pos = (total + 1) / 2;
  let cum = 0;
  for (let i = 0; i < v.length; i++) {
    const next = cum + w[i];
    if (pos <= next) {
      if (pos >= cum + 1 || i === 0) return v[i];
      // pos lies between the last case of value i-1 (at cum) and the first of value i (at cum + 1).
      return v[i - 1] + (pos - cum) * (v[i] - v[i - 1]);
    }
    cum = next;
  }
  return v[v.length - 1];
}

function centres(groups: SortedGroup[], center: LeveneCenter): number[] {
  return groups.map(({ v, w }) => {
    const n = w.reduce((a, b) => a + b, 0);
    if (center === 'mean') return quantileMean(v, w, 0, n);
    if (center === 'trimmed') return quantileMean(v, w, 0.05 * n, 0.95 * n);
    return median(v, w);
  });
}

/** Levene's test of x across k groups (codes as in groupMoments); null when there are fewer than 2 groups or no spread. */
export function leveneTest(x: ArrayLike<number>, codes: ArrayLike<number>, k: number, w: ArrayLike<number> | null = null, center: LeveneCenter = 'mean'): LeveneResult | null {
  return center === 'mean' ? leveneOfSorted(unsortedGroups(x, codes, k, w), center) : leveneOfSorted(sortedGroups(x, codes, k, w), center);
}

/**
 * Each group's values and weights in row order: enough for the mean, which needs no sort (at a
 * million rows the sort is most of the test's time).
 */
function unsortedGroups(x: ArrayLike<number>, codes: ArrayLike<number>, k: number, w: ArrayLike<number> | null): SortedGroup[] {
  const size = new Int32Array(k);
  const ok = (i: number) => codes[i] >= 0 && !Number.isNaN(x[i]) && (w ? w[i] : 1) > 0;
  for (let i = 0; i < x.length; i++) if (ok(i)) size[codes[i]]++;
  const groups = Array.from(size, (m) => ({ v: new Float64Array(m), w: new Float64Array(m) }));
  const at = new Int32Array(k);
  for (let i = 0; i < x.length; i++) {
    if (!ok(i)) continue;
    const g = codes[i];
    groups[g].v[at[g]] = x[i];
    groups[g].w[at[g]++] = w ? w[i] : 1;
  }
  return groups;
}

function leveneOfSorted(groups: SortedGroup[], center: LeveneCenter): LeveneResult | null {
  const k = groups.length;
  const c = centres(groups, center);
  const n = new Float64Array(k);
  const zbar = new Float64Array(k);
  const u = new Float64Array(k);
  for (let g = 0; g < k; g++) {
    const { v, w: wg } = groups[g];
    let sw = 0;
    let mean = 0;
    let m2 = 0;
    for (let i = 0; i < v.length; i++) {
      const z = Math.abs(v[i] - c[g]);
      const nn = sw + wg[i];
      const d = z - mean;
      const r = (d * wg[i]) / nn;
      mean += r;
      m2 += sw * d * r;
      sw = nn;
    }
    n[g] = sw;
    zbar[g] = mean;
    u[g] = m2;
  }
  const used = [...n.keys()].filter((g) => n[g] > 0);
  const kk = used.length;
  const N = used.reduce((a, g) => a + n[g], 0);
  if (kk < 2 || !(N > kk)) return null;
  const grand = used.reduce((a, g) => a + n[g] * zbar[g], 0) / N;
  let between = 0;
  let within = 0;
  for (const g of used) {
    between += n[g] * (zbar[g] - grand) ** 2;
    within += u[g];
  }
  if (!(within > 0)) return null;
  const df1 = kk - 1;
  let df2 = N - kk;
  const f = (between / df1) / (within / df2);
  if (center === 'median-adjusted') {
    let denom = 0;
    for (const g of used) if (n[g] > 1) denom += (u[g] * u[g]) / (n[g] - 1);
    df2 = (within * within) / denom;
  }
  return { center, f, df1, df2, p: fUpperP(f, df1, df2) };
}

/** The four rows of SPSS's Tests of Homogeneity of Variances. */
export function leveneTests(x: ArrayLike<number>, codes: ArrayLike<number>, k: number, w: ArrayLike<number> | null = null): Record<LeveneCenter, LeveneResult | null> {
  const groups = sortedGroups(x, codes, k, w);
  return {
    mean: leveneOfSorted(unsortedGroups(x, codes, k, w), 'mean'),
    median: leveneOfSorted(groups, 'median'),
    'median-adjusted': leveneOfSorted(groups, 'median-adjusted'),
    trimmed: leveneOfSorted(groups, 'trimmed'),
  };
}
