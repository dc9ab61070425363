/**
 * Student's t tests as SPSS T-TEST prints them, from group summaries (n = sum of case weights,
 * unbiased variances), so weighted data and data summarised elsewhere go through the same code.
 *
 * Independent samples, difference = m1 - m2 (first group minus second, as SPSS):
 *   equal variances:   sp^2 = ((n1 - 1) v1 + (n2 - 1) v2) / (n1 + n2 - 2),
 *                      se = sqrt(sp^2 (1/n1 + 1/n2)), df = n1 + n2 - 2;
 *   unequal variances: Welch-Satterthwaite (welch.ts).
 * One sample: t = (m - mu) / (s / sqrt n), df = n - 1. The CI is difference -/+ t_{.975, df} se.
 */
import { tQuantile, tTwoTailedP } from './distributions.js';
import { welchTest } from './welch.js';

export interface Summary {
  n: number;
  mean: number;
  variance: number;
}

export interface TTestRow {
  t: number;
  df: number;
  /** Two-sided p. */
  p: number;
  difference: number;
  se: number;
  ciLower: number;
  ciUpper: number;
}

function row(difference: number, se: number, df: number, level: number): TTestRow {
  const t = difference / se;
  const q = tQuantile(1 - (1 - level) / 2, df);
  return { t, df, p: tTwoTailedP(t, df), difference, se, ciLower: difference - q * se, ciUpper: difference + q * se };
}

/** Both rows of the Independent Samples Test; a row is null where it does not exist (n < 2, no variance). */
export function independentTTest(a: Summary, b: Summary, level = 0.95): { pooled: TTestRow | null; welch: TTestRow | null } {
  const df = a.n + b.n - 2;
  let pooled: TTestRow | null = null;
  if (a.n >= 1 && b.n >= 1 && df > 0) {
    const sp2 = ((a.n - 1) * a.variance + (b.n - 1) * b.variance) / df;
    if (sp2 > 0) pooled = row(a.mean - b.mean, Math.sqrt(sp2 * (1 / a.n + 1 / b.n)), df, level);
  }
  const w = welchTest(b.mean, b.variance, b.n, a.mean, a.variance, a.n);
  return { pooled, welch: w ? row(w.difference, w.se, w.df, level) : null };
}

/** One-sample t test of the mean against testValue (also the paired test on differences, testValue 0). */
export function oneSampleTTest(s: Summary, testValue = 0, level = 0.95): TTestRow | null {
  if (!(s.n > 1 && s.variance > 0)) return null;
  return row(s.mean - testValue, Math.sqrt(s.variance / s.n), s.n - 1, level);
}

export interface PairedMoments {
  n: number;
  cases: number;
  meanX: number;
  meanY: number;
  varX: number;
  varY: number;
  /** Covariance of x and y (n - 1). */
  cov: number;
}

/** One pass over the cases with both x and y (and a positive weight): the Paired Samples Statistics and Correlations. */
export function pairedMoments(x: ArrayLike<number>, y: ArrayLike<number>, w: ArrayLike<number> | null = null): PairedMoments {
  let n = 0;
  let cases = 0;
  let mx = 0;
  let my = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    const wi = w ? w[i] : 1;
    if (Number.isNaN(x[i]) || Number.isNaN(y[i]) || !(wi > 0)) continue;
    const nn = n + wi;
    const dx = x[i] - mx;
    const dy = y[i] - my;
    mx += (dx * wi) / nn;
    my += (dy * wi) / nn;
    sxx += wi * dx * (x[i] - mx);
    syy += wi * dy * (y[i] - my);
    sxy += wi * dx * (y[i] - my);
    n = nn;
    cases++;
  }
  const d = n - 1;
  return { n, cases, meanX: mx, meanY: my, varX: sxx / d, varY: syy / d, cov: sxy / d };
}

export interface PairedTTest {
  correlation: number | null;
  /** Two-sided p of the correlation (t on n - 2 df). */
  correlationP: number | null;
  /** Mean, variance and n of the differences x - y. */
  differences: Summary;
  test: TTestRow | null;
}

/** Paired samples test of x - y from its moments. */
export function pairedTTest(m: PairedMoments, level = 0.95): PairedTTest {
  const variance = m.varX + m.varY - 2 * m.cov;
  const differences = { n: m.n, mean: m.meanX - m.meanY, variance: Math.max(variance, 0) };
  let correlation: number | null = null;
  let correlationP: number | null = null;
  if (m.n > 2 && m.varX > 0 && m.varY > 0) {
    correlation = Math.max(-1, Math.min(1, m.cov / Math.sqrt(m.varX * m.varY)));
    const df = m.n - 2;
    correlationP = Math.abs(correlation) === 1 ? 0 : tTwoTailedP((correlation * Math.sqrt(df)) / Math.sqrt(1 - correlation * correlation), df);
  }
  return { correlation, correlationP, differences, test: oneSampleTTest(differences, 0, level) };
}
