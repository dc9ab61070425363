/**
 * Group moments: one pass over a variable split by a group code, giving each group's weighted
 * summary as SPSS computes it under WEIGHT BY (frequency weights):
 *
 *   n = sum w,  mean = sum w x / n,  variance = sum w (x - mean)^2 / (n - 1),  min, max.
 *
 * Weighted Welford updates (West 1979) keep the sums of squares centred. A case is used when its
 * code is a group index (>= 0), its value is not NaN and its weight is positive.
 */

export interface GroupMoments {
  /** Sum of case weights (the number of cases when unweighted). */
  n: number;
  /** Number of cases (rows) that entered. */
  cases: number;
  mean: number;
  /** Unbiased variance (n - 1 denominator); null when n <= 1. */
  variance: number | null;
  min: number;
  max: number;
}

/** Moments of x in each of k groups; codes[i] is row i's group index, or -1 to leave the row out. */
export function groupMoments(x: ArrayLike<number>, codes: ArrayLike<number>, k: number, w: ArrayLike<number> | null = null): GroupMoments[] {
  const n = new Float64Array(k);
  const cases = new Float64Array(k);
  const mean = new Float64Array(k);
  const m2 = new Float64Array(k);
  const min = new Float64Array(k).fill(Infinity);
  const max = new Float64Array(k).fill(-Infinity);
  for (let i = 0; i < x.length; i++) {
    const g = codes[i];
    const v = x[i];
    const wi = w ? w[i] : 1;
    if (g < 0 || Number.isNaN(v) || !(wi > 0)) continue;
    const nn = n[g] + wi;
    const d = v - mean[g];
    const r = (d * wi) / nn;
    mean[g] += r;
    m2[g] += n[g] * d * r;
    n[g] = nn;
    cases[g]++;
    if (v < min[g]) min[g] = v;
    if (v > max[g]) max[g] = v;
  }
  return Array.from({ length: k }, (_, g) => ({
    n: n[g],
    cases: cases[g],
    mean: n[g] > 0 ? mean[g] : NaN,
    variance: n[g] > 1 ? m2[g] / (n[g] - 1) : null,
    min: min[g],
    max: max[g],
  }));
}

/** Moments of all groups together (the Total row), merged with Chan et al.'s pairwise update. */
export function pooledMoments(groups: GroupMoments[]): GroupMoments {
  let n = 0;
  let cases = 0;
  let mean = 0;
  let m2 = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const g of groups) {
    if (!(g.n > 0)) continue;
    const nn = n + g.n;
    const d = g.mean - mean;
    mean += (d * g.n) / nn;
    m2 += (g.variance ?? 0) * (g.n - 1) + (d * d * n * g.n) / nn;
    n = nn;
    cases += g.cases;
    min = Math.min(min, g.min);
    max = Math.max(max, g.max);
  }
  return { n, cases, mean: n > 0 ? mean : NaN, variance: n > 1 ? m2 / (n - 1) : null, min, max };
}

/**
 * Group codes from group keys (numeric codes or text labels) in the order given (SPSS's value-label
 * order) and then in order of first appearance, never collation order; NaN, null and '' get -1.
 * Returns the codes and the distinct keys in code order.
 */
export function codeGroups<K extends number | string>(keys: ArrayLike<K | null>, order: readonly K[] = []): { codes: Int32Array; keys: K[] } {
  const index = new Map<K, number>();
  const out: K[] = [];
  for (const key of order) if (!index.has(key)) { index.set(key, out.length); out.push(key); }
  const codes = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === null || key === '' || (typeof key === 'number' && Number.isNaN(key))) { codes[i] = -1; continue; }
    let c = index.get(key);
    if (c === undefined) { c = out.length; index.set(key, c); out.push(key); }
    codes[i] = c;
  }
  return { codes, keys: out };
}
