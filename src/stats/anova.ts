/**
 * One-way analysis of variance from group summaries (n = sum of case weights, unbiased variances),
 * as SPSS ONEWAY prints it, with the two robust tests of equality of means.
 *
 *   SSB = sum n_g (m_g - m)^2, SSW = sum (n_g - 1) v_g, F = (SSB / (k - 1)) / (SSW / (N - k)).
 *
 * Welch (1951): w_g = n_g / v_g, u = sum w_g, m' = sum w_g m_g / u,
 *   A = sum w_g (m_g - m')^2 / (k - 1), L = sum (1 - w_g / u)^2 / (n_g - 1),
 *   F = A / (1 + 2 (k - 2) L / (k^2 - 1)), df2 = (k^2 - 1) / (3 L).
 * Brown-Forsythe (1974): F* = SSB / sum (1 - n_g / N) v_g, df1 = k - 1,
 *   df2 = 1 / sum (c_g^2 / (n_g - 1)), c_g = (1 - n_g / N) v_g / sum (1 - n_h / N) v_h.
 */
import { fUpperP } from './distributions.js';
import type { Summary } from './ttest.js';

export interface FTest {
  f: number;
  df1: number;
  df2: number;
  p: number;
}

export interface OneWayAnova {
  ssBetween: number;
  ssWithin: number;
  ssTotal: number;
  dfBetween: number;
  dfWithin: number;
  dfTotal: number;
  msBetween: number;
  msWithin: number;
  /** Null when there is no variance within groups. */
  f: number | null;
  p: number | null;
  grandMean: number;
}

/** The ANOVA table; null with fewer than two groups or no within-groups df. */
export function oneWayAnova(groups: Summary[]): OneWayAnova | null {
  const k = groups.length;
  const N = groups.reduce((a, g) => a + g.n, 0);
  if (k < 2 || !(N > k)) return null;
  const grandMean = groups.reduce((a, g) => a + g.n * g.mean, 0) / N;
  let ssBetween = 0;
  let ssWithin = 0;
  for (const g of groups) {
    ssBetween += g.n * (g.mean - grandMean) ** 2;
    ssWithin += (g.n - 1) * g.variance;
  }
  const dfBetween = k - 1;
  const dfWithin = N - k;
  const msBetween = ssBetween / dfBetween;
  const msWithin = ssWithin / dfWithin;
  const f = msWithin > 0 ? msBetween / msWithin : null;
  return {
    ssBetween, ssWithin, ssTotal: ssBetween + ssWithin, dfBetween, dfWithin, dfTotal: N - 1,
    msBetween, msWithin, f, p: f === null ? null : fUpperP(f, dfBetween, dfWithin), grandMean,
  };
}

/** Welch's test; null when a group has n < 2 or no variance (SPSS prints no Welch row then). */
export function welchAnova(groups: Summary[]): FTest | null {
  const k = groups.length;
  if (k < 2 || groups.some((g) => !(g.n > 1 && g.variance > 0))) return null;
  const wg = groups.map((g) => g.n / g.variance);
  const u = wg.reduce((a, b) => a + b, 0);
  const m = groups.reduce((a, g, i) => a + wg[i] * g.mean, 0) / u;
  const A = groups.reduce((a, g, i) => a + wg[i] * (g.mean - m) ** 2, 0) / (k - 1);
  const L = groups.reduce((a, g, i) => a + (1 - wg[i] / u) ** 2 / (g.n - 1), 0);
  const f = A / (1 + (2 * (k - 2) * L) / (k * k - 1));
  const df2 = (k * k - 1) / (3 * L);
  return { f, df1: k - 1, df2, p: fUpperP(f, k - 1, df2) };
}

/** Brown-Forsythe's test of equal means; null when a group has n < 2 or there is no variance. */
export function brownForsytheAnova(groups: Summary[]): FTest | null {
  const k = groups.length;
  if (k < 2 || groups.some((g) => !(g.n > 1))) return null;
  const N = groups.reduce((a, g) => a + g.n, 0);
  const m = groups.reduce((a, g) => a + g.n * g.mean, 0) / N;
  const ssb = groups.reduce((a, g) => a + g.n * (g.mean - m) ** 2, 0);
  const parts = groups.map((g) => (1 - g.n / N) * g.variance);
  const denom = parts.reduce((a, b) => a + b, 0);
  if (!(denom > 0)) return null;
  const f = ssb / denom;
  const df2 = 1 / groups.reduce((a, g, i) => a + (parts[i] / denom) ** 2 / (g.n - 1), 0);
  return { f, df1: k - 1, df2, p: fUpperP(f, k - 1, df2) };
}
