/**
 * The statistics of SPSS EXAMINE for one variable (SPSS Statistics Algorithms, EXAMINE), with
 * frequency weights: the sorted values x_(1) <= ... carry weights w_i, cumulative weights cc_i,
 * total W (the weighted count plays n's part, as SPSS WEIGHT BY does).
 *
 * Order statistic at a position t (1 <= t <= W): find i with cc_i <= t < cc_(i+1); with
 * g = t - cc_i, the value is x_(i+1) when g >= 1, else (1 - g) x_(i) + g x_(i+1); below cc_1 it is
 * x_(1), from W on x_(W). Unweighted (and with whole weights) this is the usual interpolation
 * between the floor(t)-th and the next order statistic.
 *   Weighted average percentile (HAVERAGE, SPSS's default): t = (W + 1) p (R's quantile type 6).
 *   Tukey's hinges: lower at t = floor((W + 3) / 2) / 2, median at (W + 1) / 2, upper at W + 1 - t
 *   (R's fivenum).
 *   5% trimmed mean: with tc = 0.05 W cut from each end, every case keeps the part of its weight
 *   that lies within [tc, W - tc] of the cumulative weights, and the mean is taken over 0.9 W.
 * Kolmogorov-Smirnov with Lilliefors' correction: D = sup |F_W(x) - Phi((x - mean)/s)| over the
 * weighted empirical distribution, s with W - 1; its p from Dallal and Wilkinson (1986) (see
 * lillieforsP). Shapiro-Wilk W and its p by Royston (1995), algorithm AS R94 (see shapiroWilk).
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { normalQuantile } from './distributions.js';

/** The valid cases of a column, sorted by value (ties in case order). */
export interface SortedCases {
  values: Float64Array;
  weights: Float64Array;
  /** 0-based row of each sorted case. */
  rows: Int32Array;
  /** Cumulative weights: cum[k] = w_1 + ... + w_(k+1). */
  cum: Float64Array;
  W: number;
}

/**
 * Sort the cases that have a value and a positive weight (a row filter may leave out more). The
 * values sort natively as a typed array; each case then goes to the first free slot of its value
 * (found by binary search), so equal values keep the file's order without a comparator sort.
 */
export function sortCases(x: Float64Array, w: Float64Array | null, keep?: (row: number) => boolean): SortedCases {
  let n = 0;
  const idx = new Int32Array(x.length);
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== x[i] || (w !== null && !(w[i] > 0)) || (keep && !keep(i))) continue;
    idx[n++] = i;
  }
  const order = new Float64Array(n);
  for (let k = 0; k < n; k++) order[k] = x[idx[k]];
  order.sort();
  const next = new Int32Array(n);
  for (let k = 0; k < n; k++) next[k] = k;
  const values = new Float64Array(n);
  const weights = new Float64Array(n);
  const rows = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const row = idx[k];
    const v = x[row];
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    const slot = next[lo]++;
    values[slot] = v;
    weights[slot] = w ? w[row] : 1;
    rows[slot] = row;
  }
  const cum = new Float64Array(n);
  let c = 0;
  for (let k = 0; k < n; k++) {
    c += weights[k];
    cum[k] = c;
  }
  return { values, weights, rows, cum, W: c };
}

/** The value at position t of the weighted order statistics (see the module note). */
export function orderStatistic(s: SortedCases, t: number): number {
  const n = s.values.length;
  if (n === 0) return NaN;
  if (t < s.cum[0]) return s.values[0];
  // Largest i (0-based) with cum[i] <= t.
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.cum[mid] <= t) lo = mid;
    else hi = mid - 1;
  }
  if (lo === n - 1) return s.values[n - 1];
  const g = t - s.cum[lo];
  return g >= 1 ? s.values[lo + 1] : (1 - g) * s.values[lo] + g * s.values[lo + 1];
}

/** SPSS's weighted-average percentile (HAVERAGE) for p in (0, 1). */
export function percentile(s: SortedCases, p: number): number {
  return orderStatistic(s, (s.W + 1) * p);
}

export interface Hinges {
  lower: number;
  median: number;
  upper: number;
}

/** Tukey's hinges (as SPSS EXAMINE's Percentiles table and its boxplots use them). */
export function tukeyHinges(s: SortedCases): Hinges {
  const t = Math.floor((s.W + 3) / 2) / 2;
  return { lower: orderStatistic(s, t), median: orderStatistic(s, (s.W + 1) / 2), upper: orderStatistic(s, s.W + 1 - t) };
}

/** SPSS's 5% trimmed mean (a fraction `trim` of the weight cut from each end). */
export function trimmedMean(s: SortedCases, trim = 0.05): number {
  const W = s.W;
  const tc = trim * W;
  const lo = tc;
  const hi = W - tc;
  let sum = 0;
  let prev = 0;
  for (let k = 0; k < s.values.length; k++) {
    const kept = Math.min(s.cum[k], hi) - Math.max(prev, lo);
    if (kept > 0) sum += kept * s.values[k];
    prev = s.cum[k];
  }
  return sum / (hi - lo);
}

/** One case of the Extreme Values table. */
export interface ExtremeCase {
  row: number;
  value: number;
}

export interface Extremes {
  highest: ExtremeCase[];
  lowest: ExtremeCase[];
  /** The last case listed shares its value with a case that is not listed (SPSS's footnote). */
  highestPartial: boolean;
  lowestPartial: boolean;
}

/**
 * The `count` highest and lowest cases, most extreme first: the ends of the cases sorted by value
 * and then by case, read from either end (so among equal values the lowest list the first case
 * of the file first and the highest the last one, as PSPP's EXAMINE prints them).
 */
export function extremes(s: SortedCases, count = 5): Extremes {
  const n = s.values.length;
  const k = Math.min(count, n);
  const lowest: ExtremeCase[] = [];
  const highest: ExtremeCase[] = [];
  for (let i = 0; i < k; i++) {
    lowest.push({ row: s.rows[i], value: s.values[i] });
    highest.push({ row: s.rows[n - 1 - i], value: s.values[n - 1 - i] });
  }
  const tiesBeyond = (value: number, listed: ExtremeCase[]): boolean => {
    let all = 0;
    for (let i = 0; i < n; i++) if (s.values[i] === value) all++;
    return all > listed.filter((c) => c.value === value).length;
  };
  return {
    highest,
    lowest,
    highestPartial: k > 0 && tiesBeyond(highest[k - 1].value, highest),
    lowestPartial: k > 0 && tiesBeyond(lowest[k - 1].value, lowest),
  };
}

export interface Lilliefors {
  statistic: number;
  /** SPSS's significance: the Dallal-Wilkinson p, at most 0.2. */
  p: number;
  /** p is 0.2 standing for "0.2 or more" (SPSS's footnote: a lower bound of the true significance). */
  lowerBound: boolean;
  /** The Dallal-Wilkinson approximation itself (unbounded). */
  dallalWilkinson: number;
}

/** Mean and standard deviation (W - 1) of sorted weighted cases. */
function meanSd(s: SortedCases): { mean: number; sd: number } {
  let m = 0;
  for (let k = 0; k < s.values.length; k++) m += s.weights[k] * s.values[k];
  m /= s.W;
  let ss = 0;
  for (let k = 0; k < s.values.length; k++) ss += s.weights[k] * (s.values[k] - m) ** 2;
  return { mean: m, sd: Math.sqrt(ss / (s.W - 1)) };
}

/**
 * Dallal and Wilkinson's (1986) approximation of the Lilliefors p of D for n cases, with their
 * scaling for n > 100 (D (n/100)^0.49 on n = 100):
 *   p = exp(-7.01256 D^2 (n + 2.78019) + 2.99587 D sqrt(n + 2.78019) - 0.122119 + 0.974598/sqrt(n) + 1.67997/n).
 */
export function dallalWilkinsonP(d: number, n: number): number {
  const dd = n > 100 ? d * (n / 100) ** 0.49 : d;
  const nn = n > 100 ? 100 : n;
  return Math.exp(-7.01256 * dd * dd * (nn + 2.78019) + 2.99587 * dd * Math.sqrt(nn + 2.78019) - 0.122119 + 0.974598 / Math.sqrt(nn) + 1.67997 / nn);
}

/**
 * SPSS's p: Dallal and Wilkinson's table, and so SPSS, go no higher than 0.20; a p of 0.2 or more
 * prints as .200 with the footnote that it is a lower bound. (nortest::lillie.test instead takes
 * Stephens' modified statistic above 0.1 and reports p up to 1, so the two agree only below 0.1.)
 */
export function lillieforsP(d: number, n: number): { p: number; lowerBound: boolean; dallalWilkinson: number } {
  const dw = dallalWilkinsonP(d, n);
  return dw >= 0.2 ? { p: 0.2, lowerBound: true, dallalWilkinson: dw } : { p: dw, lowerBound: false, dallalWilkinson: dw };
}

/** Kolmogorov-Smirnov D against the normal with the cases' mean and SD; null below 2 cases or with no spread. */
export function lilliefors(s: SortedCases): Lilliefors | null {
  if (s.W < 2) return null;
  const { mean, sd } = meanSd(s);
  if (!(sd > 0)) return null;
  let d = 0;
  let below = 0;
  for (let k = 0; k < s.values.length; k++) {
    // Ties: the empirical distribution jumps once, at the last case of the tie.
    if (k + 1 < s.values.length && s.values[k + 1] === s.values[k]) continue;
    const F = normalCdf((s.values[k] - mean) / sd, 0, 1);
    const at = s.cum[k] / s.W;
    d = Math.max(d, at - F, F - below);
    below = at;
  }
  return { statistic: d, ...lillieforsP(d, s.W) };
}

const poly = (c: number[], x: number): number => c.reduceRight((acc, ck) => acc * x + ck, 0);

export interface ShapiroWilk {
  statistic: number;
  p: number;
}

/**
 * Shapiro-Wilk W and its p by Royston's algorithm AS R94 (1995), as R's shapiro.test and SPSS
 * compute them, for 3 <= n <= 5000 sorted values (null otherwise, or when every value is the same).
 * Coefficients: m_i = Phi^-1((i - 3/8)/(n + 1/4)); a_n and a_(n-1) from Royston's polynomials in
 * 1/sqrt(n), the others m_i scaled so that sum a_i^2 = 1; W = (sum a_i x_(i))^2 / sum (x - mean)^2.
 * p: for n <= 11, -ln(gamma - ln(1 - W)) with gamma = -2.273 + 0.459 n, else ln(1 - W), is taken as
 * normal with Royston's mean and SD (polynomials in n, resp. ln n).
 */
export function shapiroWilk(sorted: Float64Array): ShapiroWilk | null {
  const n = sorted.length;
  if (n < 3 || n > 5000) return null;
  const range = sorted[n - 1] - sorted[0];
  if (!(range > 0)) return null;
  const half = Math.floor(n / 2);
  const a = new Float64Array(half);
  if (n === 3) a[0] = Math.SQRT1_2;
  else {
    const m = new Float64Array(half);
    let summ2 = 0;
    for (let i = 0; i < half; i++) {
      m[i] = normalQuantile((i + 1 - 0.375) / (n + 0.25));
      summ2 += m[i] * m[i];
    }
    summ2 *= 2;
    const ssumm2 = Math.sqrt(summ2);
    const rsn = 1 / Math.sqrt(n);
    const a1 = poly([0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056], rsn) - m[0] / ssumm2;
    let first: number;
    let fac: number;
    if (n > 5) {
      const a2 = -m[1] / ssumm2 + poly([0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633], rsn);
      fac = Math.sqrt((summ2 - 2 * m[0] ** 2 - 2 * m[1] ** 2) / (1 - 2 * a1 ** 2 - 2 * a2 ** 2));
      a[1] = a2;
      first = 2;
    } else {
      fac = Math.sqrt((summ2 - 2 * m[0] ** 2) / (1 - 2 * a1 ** 2));
      first = 1;
    }
    a[0] = a1;
    for (let i = first; i < half; i++) a[i] = -m[i] / fac;
  }
  // Values scaled by the range, as AS R94 does, so that sums of squares stay in range.
  let mean = 0;
  for (let i = 0; i < n; i++) mean += sorted[i] / range;
  mean /= n;
  let ssx = 0;
  for (let i = 0; i < n; i++) ssx += (sorted[i] / range - mean) ** 2;
  let sax = 0;
  for (let i = 0; i < half; i++) sax += a[i] * (sorted[n - 1 - i] / range - sorted[i] / range);
  const w = Math.min(1, (sax * sax) / ssx);
  if (n === 3) {
    const p = (6 / Math.PI) * (Math.asin(Math.sqrt(Math.max(w, 0.75))) - Math.PI / 3);
    return { statistic: w, p: Math.max(0, p) };
  }
  let y = Math.log(1 - w);
  let mu: number;
  let sigma: number;
  if (n <= 11) {
    const gamma = -2.273 + 0.459 * n;
    if (y >= gamma) return { statistic: w, p: 1e-99 };
    y = -Math.log(gamma - y);
    mu = poly([0.544, -0.39978, 0.025054, -6.714e-4], n);
    sigma = Math.exp(poly([1.3822, -0.77857, 0.062767, -0.0020322], n));
  } else {
    const ln = Math.log(n);
    mu = poly([-1.5861, -0.31082, -0.083751, 0.0038915], ln);
    sigma = Math.exp(poly([-0.4803, -0.082676, 0.0030302], ln));
  }
  // The upper tail as the lower tail of the mirrored value: no cancellation for small p.
  return { statistic: w, p: normalCdf((mu - y) / sigma, 0, 1) };
}

export interface BoxStatistics {
  hinges: Hinges;
  /** Whisker ends: the most extreme values within 1.5 hinge spreads of the hinges. */
  whiskerLow: number;
  whiskerHigh: number;
  /** Cases more than 1.5 (and at most 3) hinge spreads beyond a hinge (SPSS's o). */
  outliers: ExtremeCase[];
  /** Cases more than 3 hinge spreads beyond a hinge (SPSS's *). */
  extremes: ExtremeCase[];
}

/** What SPSS's boxplot draws, from Tukey's hinges. */
export function boxStatistics(s: SortedCases): BoxStatistics {
  const hinges = tukeyHinges(s);
  const step = hinges.upper - hinges.lower;
  const outliers: ExtremeCase[] = [];
  const far: ExtremeCase[] = [];
  let whiskerLow = Infinity;
  let whiskerHigh = -Infinity;
  for (let k = 0; k < s.values.length; k++) {
    const x = s.values[k];
    const beyond = Math.max(hinges.lower - x, x - hinges.upper);
    if (beyond > 3 * step) far.push({ row: s.rows[k], value: x });
    else if (beyond > 1.5 * step) outliers.push({ row: s.rows[k], value: x });
    else {
      whiskerLow = Math.min(whiskerLow, x);
      whiskerHigh = Math.max(whiskerHigh, x);
    }
  }
  return { hinges, whiskerLow, whiskerHigh, outliers, extremes: far };
}
