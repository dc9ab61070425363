/**
 * Bonferroni's pairwise comparisons (SPSS ONEWAY /POSTHOC BONFERRONI): the LSD t tests with each
 * significance multiplied by the number of pairs m = k (k - 1) / 2 (capped at 1; R's
 * pairwise.t.test with pool.sd = TRUE, p.adjust.method = "bonferroni"), and intervals at the
 * per-comparison level 1 - α / m:
 *
 *   Sig. = min(1, m p_LSD),  CI = d ± t_{1-α/(2m); N-k} SE.
 */
import { tQuantile, tTwoTailedP } from '../distributions.js';
import { orderedPairs } from './pairs.js';
import { pooledVariance } from './pooled.js';
import type { GroupSummary, PostHocResult } from './types.js';

export function bonferroni(groups: readonly GroupSummary[], level = 0.95): PostHocResult {
  const { mse, dfError } = pooledVariance(groups, 'Bonferroni');
  const m = (groups.length * (groups.length - 1)) / 2;
  const crit = tQuantile(1 - (1 - level) / (2 * m), dfError);
  const comparisons = orderedPairs(groups, mse, (d, se) => ({
    p: Math.min(1, m * tTwoTailedP(d / se, dfError)),
    lower: d - crit * se,
    upper: d + crit * se,
  }));
  return { test: 'bonferroni', mse, dfError, comparisons };
}
