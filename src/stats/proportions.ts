/**
 * The two-proportion z test with a pooled variance (the large-sample test of H0: pi1 = pi2;
 * equal to R's prop.test(correct = FALSE), whose X-squared is z^2).
 *
 *   pooled = (n1 p1 + n2 p2) / (n1 + n2),
 *   z = (p2 - p1) / sqrt(pooled (1 - pooled) (1 / n1 + 1 / n2)),   p = 2 P(Z >= |z|).
 *
 * Sign convention: second minus first, as in welch.ts.
 */
import { normalTwoTailedP } from './distributions.js';

export interface TwoProportionResult {
  /** p2 - p1. */
  difference: number;
  pooled: number;
  z: number;
  /** Two-sided p. */
  p: number;
}

/** The test from the two proportions and sizes; null when undefined (an empty group, or pooled 0 or 1). */
export function twoProportionZ(p1: number, n1: number, p2: number, n2: number): TwoProportionResult | null {
  if (!(n1 > 0 && n2 > 0)) return null;
  const pooled = (n1 * p1 + n2 * p2) / (n1 + n2);
  const v = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (!(v > 0)) return null;
  const difference = p2 - p1;
  const z = difference / Math.sqrt(v);
  return { difference, pooled, z, p: normalTwoTailedP(z) };
}
