/**
 * SPSS DESCRIPTIVES / FREQUENCIES statistics of one variable, with optional frequency weights
 * (W = sum of weights plays the role of n, as SPSS WEIGHT BY does).
 *
 * With centred moments M_k = sum w (x - mean)^k and s^2 = M_2 / (W - 1):
 *   skewness  G1 = W M_3 / ((W - 1)(W - 2) s^3)
 *   kurtosis  G2 = W (W + 1) M_4 / ((W - 1)(W - 2)(W - 3) s^4) - 3 (W - 1)^2 / ((W - 2)(W - 3))
 *   SE(G1) = sqrt(6 W (W - 1) / ((W - 2)(W + 1)(W + 3)))
 *   SE(G2) = sqrt(4 (W^2 - 1) SE(G1)^2 / ((W - 3)(W + 5)))
 * (SPSS Statistics Algorithms, DESCRIPTIVES; the same as R's e1071 type 2 / psych::describe type = 2.)
 * A statistic that does not exist for the data (sd of one case, skewness of fewer than three) is NaN
 * here and null in JSON.
 */

export interface Descriptives {
  /** Valid N: sum of the weights of the non-missing cases. */
  n: number;
  /** Missing N: sum of the weights of the missing cases. */
  missing: number;
  mean: number;
  sd: number;
  variance: number;
  min: number;
  max: number;
  median: number;
  skewness: number;
  seSkewness: number;
  kurtosis: number;
  seKurtosis: number;
}

export interface FrequencyRow {
  value: number;
  count: number;
  percent: number;
  validPercent: number;
  cumulativePercent: number;
}

/** Valid values with their weights (cases with a missing, zero or negative weight are left out). */
function valid(x: Float64Array, w: Float64Array | null): { xs: Float64Array; ws: Float64Array | null; missing: number } {
  const xs: number[] = [];
  const ws: number[] = [];
  let missing = 0;
  for (let i = 0; i < x.length; i++) {
    const wi = w ? w[i] : 1;
    if (!(wi > 0)) continue;
    if (Number.isNaN(x[i])) missing += wi;
    else {
      xs.push(x[i]);
      ws.push(wi);
    }
  }
  return { xs: Float64Array.from(xs), ws: w ? Float64Array.from(ws) : null, missing };
}

export function describeVariable(x: Float64Array, w: Float64Array | null = null): Descriptives {
  const { xs, ws, missing } = valid(x, w);
  const len = xs.length;
  // Sums run on x / sc with sc a power of two near max |x| (an exact scaling), so that values as
  // large as 1e300 neither overflow the sums nor the moments; the results are scaled back at the end.
  let big = 0;
  for (let i = 0; i < len; i++) big = Math.max(big, Math.abs(xs[i]));
  const sc = big > 0 ? 2 ** Math.min(1023, Math.max(-1000, Math.floor(Math.log2(big)))) : 1;
  const inv = 1 / sc;
  let W = 0;
  let s1 = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < len; i++) {
    const wi = ws ? ws[i] : 1;
    W += wi;
    s1 += wi * (xs[i] * inv);
    if (xs[i] < min) min = xs[i];
    if (xs[i] > max) max = xs[i];
  }
  let meanS = s1 / W;
  let c = 0;
  for (let i = 0; i < len; i++) c += (ws ? ws[i] : 1) * (xs[i] * inv - meanS);
  meanS += c / W;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < len; i++) {
    const wi = ws ? ws[i] : 1;
    const d = xs[i] * inv - meanS;
    const d2 = d * d;
    m2 += wi * d2;
    m3 += wi * d2 * d;
    m4 += wi * d2 * d2;
  }
  // Moments in units of sc; skewness and kurtosis do not depend on the unit.
  const varS = W > 1 ? m2 / (W - 1) : NaN;
  const sdS = Math.sqrt(varS);
  const skewness = W > 2 && sdS > 0 ? (W * m3) / ((W - 1) * (W - 2) * sdS ** 3) : NaN;
  const kurtosis =
    W > 3 && sdS > 0
      ? (W * (W + 1) * m4) / ((W - 1) * (W - 2) * (W - 3) * varS ** 2) - (3 * (W - 1) ** 2) / ((W - 2) * (W - 3))
      : NaN;
  const seSkewness = W > 2 ? Math.sqrt((6 * W * (W - 1)) / ((W - 2) * (W + 1) * (W + 3))) : NaN;
  const seKurtosis = W > 3 ? Math.sqrt((4 * (W * W - 1) * seSkewness ** 2) / ((W - 3) * (W + 5))) : NaN;
  return {
    n: W,
    missing,
    mean: W > 0 ? meanS * sc : NaN,
    sd: sdS * sc,
    variance: varS * sc * sc,
    min: len ? min : NaN,
    max: len ? max : NaN,
    median: weightedMedian(xs, ws),
    skewness,
    seSkewness,
    kurtosis,
    seKurtosis,
  };
}

/**
 * Median of the valid values; with frequency weights, the median of the data with each case
 * repeated w times (the mean of the two middle values when the total weight is even and they differ).
 */
export function weightedMedian(xs: Float64Array, ws: Float64Array | null): number {
  const len = xs.length;
  if (len === 0) return NaN;
  // Unweighted: a typed array sorts numerically without calling a comparator (2x faster on 1M cases).
  if (!ws) { const s = Float64Array.from(xs).sort(); return len % 2 ? s[len >> 1] : s[len / 2 - 1] / 2 + s[len / 2] / 2; }
  const order = Array.from({ length: len }, (_, i) => i).sort((a, b) => xs[a] - xs[b]);
  let W = 0;
  for (let i = 0; i < len; i++) W += ws ? ws[i] : 1;
  const half = W / 2;
  let cum = 0;
  for (let k = 0; k < len; k++) {
    const i = order[k];
    cum += ws ? ws[i] : 1;
    if (cum > half) return xs[i];
    if (cum === half) {
      // Exactly half the weight lies at or below this value: average with the next distinct value.
      for (let m = k + 1; m < len; m++) if ((ws ? ws[order[m]] : 1) > 0) return xs[i] / 2 + xs[order[m]] / 2; // halves first: no overflow near 1.8e308
      return xs[i];
    }
  }
  return xs[order[len - 1]];
}

/**
 * Frequency table as SPSS FREQUENCIES prints it: one row per distinct valid value, ascending;
 * percent of all cases (valid + missing), valid percent, cumulative valid percent.
 */
export function frequencies(x: Float64Array, w: Float64Array | null = null): { rows: FrequencyRow[]; valid: number; missing: number } {
  const counts = new Map<number, number>();
  let validW = 0;
  let missing = 0;
  for (let i = 0; i < x.length; i++) {
    const wi = w ? w[i] : 1;
    if (!(wi > 0)) continue;
    if (Number.isNaN(x[i])) {
      missing += wi;
      continue;
    }
    counts.set(x[i], (counts.get(x[i]) ?? 0) + wi);
    validW += wi;
  }
  const total = validW + missing;
  let cum = 0;
  const rows = [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([value, count]) => {
      cum += count;
      return {
        value,
        count,
        percent: (100 * count) / total,
        validPercent: (100 * count) / validW,
        cumulativePercent: (100 * cum) / validW,
      };
    });
  return { rows, valid: validW, missing };
}

/** Share (0-1) of valid answers in the top two boxes of a scale whose highest point is `max`. */
export function topTwoBox(x: Float64Array, max: number, w: Float64Array | null = null): number {
  let top = 0;
  let all = 0;
  for (let i = 0; i < x.length; i++) {
    const wi = w ? w[i] : 1;
    if (!(wi > 0) || Number.isNaN(x[i])) continue;
    all += wi;
    if (x[i] >= max - 1) top += wi;
  }
  return all > 0 ? top / all : NaN;
}
