/**
 * Rank tests as SPSS NPAR TESTS prints them: Mann-Whitney U (/M-W) and Kruskal-Wallis H (/K-W).
 * Frequency weights count as replicated cases: a case of weight w fills w rank positions, and tied
 * values share the mean of their positions (midranks).
 *
 * Mann-Whitney: U_g = R_g - n_g (n_g + 1) / 2; SPSS prints U = min(U_1, U_2) and Wilcoxon W, the
 * rank sum of the group that U belongs to;
 *   Z = (U - n1 n2 / 2) / sqrt(n1 n2 / (N (N - 1)) ((N^3 - N) / 12 - sum (t^3 - t) / 12)),
 *   asymptotic p = 2 Phi(-|Z|) (no continuity correction), ties t the sizes of the tied blocks.
 * Exact p (no ties, small samples): 2 P(U' <= U) under H0, every split of the ranks equally likely.
 * Kruskal-Wallis: H = (12 / (N (N + 1)) sum R_g^2 / n_g - 3 (N + 1)) / (1 - sum (t^3 - t) / (N^3 - N)),
 *   df = k - 1, p the chi-square upper tail.
 */
import { chiSquareUpperP, normalTwoTailedP } from './distributions.js';

export interface RankSums {
  /** Sum of weights per group. */
  n: number[];
  rankSum: number[];
  meanRank: number[];
  N: number;
  /** sum (t^3 - t) over tied blocks. */
  ties: number;
  /** Whether any value is tied (or a case has weight other than 1). */
  tied: boolean;
}

/**
 * Midranks of x over the cases with a group code >= 0, summed by group. The cases are tallied per
 * distinct value (the weight each group has there) and only the distinct values are sorted: a
 * block of tied cases shares one midrank, so nothing else about their order matters.
 */
export function rankSums(x: ArrayLike<number>, codes: ArrayLike<number>, k: number, w: ArrayLike<number> | null = null): RankSums {
  const row = new Map<number, number>();
  // tally[r * k + g]: the weight of group g at the r-th distinct value met.
  let tally = new Float64Array(64 * k);
  for (let i = 0; i < x.length; i++) {
    const g = codes[i];
    const wi = w ? w[i] : 1;
    if (g < 0 || Number.isNaN(x[i]) || !(wi > 0)) continue;
    let r = row.get(x[i]);
    if (r === undefined) {
      r = row.size;
      row.set(x[i], r);
      if ((r + 1) * k > tally.length) {
        const grown = new Float64Array(tally.length * 2);
        grown.set(tally);
        tally = grown;
      }
    }
    tally[r * k + g] += wi;
  }
  const values = Float64Array.from(row.keys()).sort();
  const n = new Array<number>(k).fill(0);
  const rankSum = new Array<number>(k).fill(0);
  let pos = 0;
  let ties = 0;
  let tied = false;
  for (const v of values) {
    const at = row.get(v)! * k;
    let t = 0;
    for (let g = 0; g < k; g++) t += tally[at + g];
    const mid = pos + (t + 1) / 2;
    for (let g = 0; g < k; g++) {
      n[g] += tally[at + g];
      rankSum[g] += tally[at + g] * mid;
    }
    if (t > 1) { ties += t * t * t - t; tied = true; }
    pos += t;
  }
  return { n, rankSum, meanRank: n.map((m, g) => (m > 0 ? rankSum[g] / m : NaN)), N: pos, ties, tied };
}

export interface MannWhitney {
  u: number;
  wilcoxonW: number;
  z: number;
  p: number;
  /** Exact two-sided p, only without ties and when n1 n2 is small (else null). */
  exactP: number | null;
}

/** Number of arrangements of m + n untied ranks giving each U = 0..m n (the Mann-Whitney distribution). */
function uCounts(m: number, n: number): Float64Array {
  // f[i][j][u]: arrangements of i from group 1 and j from group 2 with statistic u; rolled over i.
  let prev: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(1).fill(1));
  for (let i = 1; i <= m; i++) {
    const cur: Float64Array[] = [];
    for (let j = 0; j <= n; j++) {
      const f = new Float64Array(i * j + 1);
      // The largest value belongs to group 1 (adds j to U) or to group 2.
      const a = prev[j];
      for (let u = 0; u < a.length; u++) f[u + j] += a[u];
      if (j > 0) {
        const b = cur[j - 1];
        for (let u = 0; u < b.length; u++) f[u] += b[u];
      }
      cur.push(f);
    }
    prev = cur;
  }
  return prev[n];
}

/** Largest n1 n2 for which the exact distribution is computed. */
const EXACT_LIMIT = 10000;

/**
 * Exact two-sided p of U = u for whole n1, n2: 2 P(U' <= u) under H0, every arrangement of untied
 * ranks equally likely (with ties, SPSS's "not corrected for ties" value).
 */
export function mannWhitneyExactP(n1: number, n2: number, u: number): number {
  const counts = uCounts(n1, n2);
  let total = 0;
  let below = 0;
  for (let k = 0; k < counts.length; k++) {
    total += counts[k];
    if (k <= u + 1e-9) below += counts[k];
  }
  return Math.min(1, (2 * below) / total);
}

/** Mann-Whitney U of groups 0 and 1 of a rankSums result. */
export function mannWhitney(r: RankSums): MannWhitney | null {
  const [n1, n2] = r.n;
  if (!(n1 > 0 && n2 > 0)) return null;
  const N = n1 + n2;
  const u1 = r.rankSum[0] - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const g = u1 <= u2 ? 0 : 1;
  const u = Math.min(u1, u2);
  const variance = ((n1 * n2) / (N * (N - 1))) * ((N * N * N - N) / 12 - r.ties / 12);
  if (!(variance > 0)) return null;
  const z = (u - (n1 * n2) / 2) / Math.sqrt(variance);
  const exactP = !r.tied && Number.isInteger(n1) && Number.isInteger(n2) && n1 * n2 <= EXACT_LIMIT ? mannWhitneyExactP(n1, n2, u) : null;
  return { u, wilcoxonW: r.rankSum[g], z, p: normalTwoTailedP(z), exactP };
}

export interface KruskalWallis {
  h: number;
  df: number;
  p: number;
}

/** Kruskal-Wallis H over the groups with cases; null with fewer than two groups or all values tied. */
export function kruskalWallis(r: RankSums): KruskalWallis | null {
  const used = r.n.map((m, g) => g).filter((g) => r.n[g] > 0);
  const N = r.N;
  if (used.length < 2) return null;
  const correction = 1 - r.ties / (N * N * N - N);
  if (!(correction > 0)) return null;
  const s = used.reduce((a, g) => a + (r.rankSum[g] * r.rankSum[g]) / r.n[g], 0);
  const h = ((12 / (N * (N + 1))) * s - 3 * (N + 1)) / correction;
  const df = used.length - 1;
  return { h, df, p: chiSquareUpperP(h, df) };
}

export interface SignedRanks {
  /** Cases with second < first: weight, mean rank, sum of ranks. */
  negative: { n: number; meanRank: number | null; rankSum: number };
  positive: { n: number; meanRank: number | null; rankSum: number };
  /** Cases with second = first (left out of the ranking, as SPSS does). */
  ties: number;
  /** Z of the smaller rank sum; null when every difference is zero. */
  z: number | null;
  p: number | null;
}

/**
 * Wilcoxon signed-rank test of second - first (SPSS NPAR TESTS /WILCOXON first WITH second): zero
 * differences are dropped, |d| ranked with midranks, T = the smaller of the two rank sums,
 *   Z = (T - n (n + 1) / 4) / sqrt(n (n + 1) (2n + 1) / 24 - sum (t^3 - t) / 48), p = 2 Phi(-|Z|).
 */
export function wilcoxonSignedRank(first: ArrayLike<number>, second: ArrayLike<number>, w: ArrayLike<number> | null = null): SignedRanks {
  const d: number[] = [];
  const wd: number[] = [];
  let ties = 0;
  for (let i = 0; i < first.length; i++) {
    const wi = w ? w[i] : 1;
    if (Number.isNaN(first[i]) || Number.isNaN(second[i]) || !(wi > 0)) continue;
    const diff = second[i] - first[i];
    if (diff === 0) ties += wi;
    else { d.push(diff); wd.push(wi); }
  }
  const r = rankSums(d.map(Math.abs), d.map((v) => (v < 0 ? 0 : 1)), 2, w ? wd : null);
  const side = (g: number) => ({ n: r.n[g], meanRank: r.n[g] > 0 ? r.meanRank[g] : null, rankSum: r.rankSum[g] });
  const n = r.N;
  const variance = (n * (n + 1) * (2 * n + 1)) / 24 - r.ties / 48;
  const z = variance > 0 ? (Math.min(r.rankSum[0], r.rankSum[1]) - (n * (n + 1)) / 4) / Math.sqrt(variance) : null;
  return { negative: side(0), positive: side(1), ties, z, p: z === null ? null : normalTwoTailedP(z) };
}
