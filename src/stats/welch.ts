/**
 * Welch's two-sample t test for a difference of means with unequal variances
 * (Welch 1947; R's t.test(x, y, var.equal = FALSE)).
 *
 *   d = m2 - m1,  se = sqrt(v1 / n1 + v2 / n2),  t = d / se,
 *   df = se^4 / ((v1 / n1)^2 / (n1 - 1) + (v2 / n2)^2 / (n2 - 1))   (Welch-Satterthwaite),
 *   p = P(|T_df| >= |t|).
 *
 * v1 and v2 are the n - 1 sample variances. The sign convention is "second minus first" (the
 * change from wave 1 to wave 2), so t has the opposite sign of R's t.test(wave1, wave2).
 */
import { tTwoTailedP } from './distributions.js';

export interface WelchResult {
  /** m2 - m1. */
  difference: number;
  se: number;
  t: number;
  df: number;
  /** Two-sided p. */
  p: number;
}

/** Welch's t from the two groups' means, variances (n - 1) and sizes; null when it is undefined (n < 2 or both variances 0). */
export function welchTest(
  m1: number,
  v1: number,
  n1: number,
  m2: number,
  v2: number,
  n2: number,
): WelchResult | null {
  if (!(n1 >= 2 && n2 >= 2)) return null;
  const a = v1 / n1;
  const b = v2 / n2;
  const se2 = a + b;
  if (!(se2 > 0)) return null;
  const se = Math.sqrt(se2);
  const difference = m2 - m1;
  const t = difference / se;
  const df = (se2 * se2) / ((a * a) / (n1 - 1) + (b * b) / (n2 - 1));
  return { difference, se, t, df, p: tTwoTailedP(t, df) };
}
