/**
 * Effect sizes as SPSS 27 prints them (T-TEST's Independent/One-Sample/Paired Samples Effect Sizes
 * and ONEWAY's ANOVA Effect Sizes), point estimates from group summaries.
 *
 * Independent samples (difference m1 - m2):
 *   Cohen's d = (m1 - m2) / sp, sp the pooled SD;
 *   Hedges' correction g = d (1 - 3 / (4 (n1 + n2) - 9));
 *   Glass's delta = (m1 - m2) / s2 (the second group's SD, SPSS's standardizer).
 * One sample / paired: d = (m - mu) / s, g = d (1 - 3 / (4 n - 5)).
 * One-way ANOVA: eta^2 = SSB / SST, epsilon^2 = (SSB - (k - 1) MSW) / SST,
 *   omega^2 (fixed effect) = (SSB - (k - 1) MSW) / (SST + MSW).
 *
 * Confidence intervals from the noncentral distributions (noncentral.ts): d's limits are the
 * noncentralities putting the pooled t at its upper and lower alpha/2 points, times
 * sqrt(1/n1 + 1/n2) (1/sqrt(n) for one sample); g's are d's times the same correction J; delta's
 * are the limits for t = delta / h on n2 - 1 df, times h = sqrt(1/n2 + v1 / (n1 v2)) (the
 * control group's SD is the only one estimated; effectsize::glass_delta's interval); eta^2's
 * are lambda / (lambda + N), N = df1 + df2 + 1, for the limits lambda of F (Smithson 2003).
 * epsilon^2 and omega^2 are increasing functions of eta^2 for given df, so their limits are eta^2's
 * carried through them (endpoint transformation; Steiger 2004), negative limits kept as SPSS does:
 *   epsilon^2 = (df2 eta^2 - df1 (1 - eta^2)) / df2,  omega^2 = (df2 eta^2 - df1 (1 - eta^2)) / (df2 + 1 - eta^2).
 */
import type { OneWayAnova } from './anova.js';
import { noncentralFLimits, noncentralTLimits } from './noncentral.js';
import type { Summary } from './ttest.js';

export interface EffectSize {
  standardizer: number;
  estimate: number;
}

export interface EffectSizeWithCi extends EffectSize {
  ciLower: number;
  ciUpper: number;
}

export interface StandardizedDifferences {
  cohensD: EffectSizeWithCi;
  hedgesG: EffectSizeWithCi;
  glassDelta: EffectSizeWithCi | null;
}

/** d, g and delta of two independent groups; null when the pooled SD is zero or undefined. */
export function independentEffectSizes(a: Summary, b: Summary, level = 0.95): StandardizedDifferences | null {
  const df = a.n + b.n - 2;
  if (!(df > 0)) return null;
  const sp = Math.sqrt(((a.n - 1) * a.variance + (b.n - 1) * b.variance) / df);
  if (!(sp > 0)) return null;
  const diff = a.mean - b.mean;
  const j = 1 - 3 / (4 * (a.n + b.n) - 9);
  const s2 = Math.sqrt(b.variance);
  const scale = Math.sqrt(1 / a.n + 1 / b.n);
  const [lo, hi] = noncentralTLimits(diff / sp / scale, df, level).map((x) => x * scale);
  let glassDelta: EffectSizeWithCi | null = null;
  if (s2 > 0 && b.n > 1) {
    const h = Math.sqrt(1 / b.n + a.variance / (a.n * b.variance));
    const [gl, gh] = noncentralTLimits(diff / s2 / h, b.n - 1, level).map((x) => x * h);
    glassDelta = { standardizer: s2, estimate: diff / s2, ciLower: gl, ciUpper: gh };
  }
  return {
    cohensD: { standardizer: sp, estimate: diff / sp, ciLower: lo, ciUpper: hi },
    hedgesG: { standardizer: sp / j, estimate: (diff / sp) * j, ciLower: lo * j, ciUpper: hi * j },
    glassDelta,
  };
}

/** d and g of one sample against testValue (paired samples: the differences against 0). */
export function oneSampleEffectSizes(s: Summary, testValue = 0, level = 0.95): { cohensD: EffectSizeWithCi; hedgesG: EffectSizeWithCi } | null {
  const sd = Math.sqrt(s.variance);
  if (!(s.n > 1 && sd > 0)) return null;
  const j = 1 - 3 / (4 * s.n - 5);
  const d = (s.mean - testValue) / sd;
  const root = Math.sqrt(s.n);
  const [lo, hi] = noncentralTLimits(d * root, s.n - 1, level).map((x) => x / root);
  return {
    cohensD: { standardizer: sd, estimate: d, ciLower: lo, ciUpper: hi },
    hedgesG: { standardizer: sd / j, estimate: d * j, ciLower: lo * j, ciUpper: hi * j },
  };
}

export interface AnovaEffectSizes {
  etaSquared: number;
  /** Null without an F (no variance within groups); so are the other two intervals. */
  etaSquaredCi: [number, number] | null;
  epsilonSquared: number;
  epsilonSquaredCi: [number, number] | null;
  omegaSquared: number;
  omegaSquaredCi: [number, number] | null;
}

/** eta^2, epsilon^2 and omega^2 from the ANOVA table; null without a total sum of squares. */
export function anovaEffectSizes(a: OneWayAnova, level = 0.95): AnovaEffectSizes | null {
  if (!(a.ssTotal > 0)) return null;
  const excess = a.ssBetween - a.dfBetween * a.msWithin;
  const N = a.dfTotal + 1;
  const ci = a.f === null ? null : (noncentralFLimits(a.f, a.dfBetween, a.dfWithin, level).map((l) => l / (l + N)) as [number, number]);
  const d1 = a.dfBetween;
  const d2 = a.dfWithin;
  const epsilon = (eta: number) => (d2 * eta - d1 * (1 - eta)) / d2;
  const omega = (eta: number) => (d2 * eta - d1 * (1 - eta)) / (d2 + 1 - eta);
  return {
    etaSquared: a.ssBetween / a.ssTotal,
    etaSquaredCi: ci,
    epsilonSquared: excess / a.ssTotal,
    epsilonSquaredCi: ci && [epsilon(ci[0]), epsilon(ci[1])],
    omegaSquared: excess / (a.ssTotal + a.msWithin),
    omegaSquaredCi: ci && [omega(ci[0]), omega(ci[1])],
  };
}
