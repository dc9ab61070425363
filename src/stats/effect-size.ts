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
 */
import type { OneWayAnova } from './anova.js';
import type { Summary } from './ttest.js';

export interface StandardizedDifferences {
  cohensD: { standardizer: number; estimate: number };
  hedgesG: { standardizer: number; estimate: number };
  glassDelta: { standardizer: number; estimate: number } | null;
}

/** d, g and delta of two independent groups; null when the pooled SD is zero or undefined. */
export function independentEffectSizes(a: Summary, b: Summary): StandardizedDifferences | null {
  const df = a.n + b.n - 2;
  if (!(df > 0)) return null;
  const sp = Math.sqrt(((a.n - 1) * a.variance + (b.n - 1) * b.variance) / df);
  if (!(sp > 0)) return null;
  const diff = a.mean - b.mean;
  const j = 1 - 3 / (4 * (a.n + b.n) - 9);
  const s2 = Math.sqrt(b.variance);
  return {
    cohensD: { standardizer: sp, estimate: diff / sp },
    hedgesG: { standardizer: sp / j, estimate: (diff / sp) * j },
    glassDelta: s2 > 0 ? { standardizer: s2, estimate: diff / s2 } : null,
  };
}

/** d and g of one sample against testValue (paired samples: the differences against 0). */
export function oneSampleEffectSizes(s: Summary, testValue = 0): { cohensD: { standardizer: number; estimate: number }; hedgesG: { standardizer: number; estimate: number } } | null {
  const sd = Math.sqrt(s.variance);
  if (!(s.n > 1 && sd > 0)) return null;
  const j = 1 - 3 / (4 * s.n - 5);
  const d = (s.mean - testValue) / sd;
  return { cohensD: { standardizer: sd, estimate: d }, hedgesG: { standardizer: sd / j, estimate: d * j } };
}

export interface AnovaEffectSizes {
  etaSquared: number;
  epsilonSquared: number;
  omegaSquared: number;
}

/** eta^2, epsilon^2 and omega^2 from the ANOVA table; null without a total sum of squares. */
export function anovaEffectSizes(a: OneWayAnova): AnovaEffectSizes | null {
  if (!(a.ssTotal > 0)) return null;
  const excess = a.ssBetween - a.dfBetween * a.msWithin;
  return {
    etaSquared: a.ssBetween / a.ssTotal,
    epsilonSquared: excess / a.ssTotal,
    omegaSquared: excess / (a.ssTotal + a.msWithin),
  };
}
