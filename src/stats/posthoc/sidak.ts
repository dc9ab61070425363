/**
 * Šidák's pairwise comparisons (SPSS ONEWAY /POSTHOC SIDAK): the LSD t tests with the
 * significance of m = k (k - 1) / 2 independent tests, and intervals at the per-comparison level
 * whose m-fold coverage is the family's:
 *
 *   Sig. = 1 - (1 - p_LSD)^m,  α' = 1 - (1 - α)^(1/m),  CI = d ± t_{1-α'/2; N-k} SE.
 *
 * Both powers through log1p/expm1, so a small p keeps its digits.
 */
import { tQuantile, tTwoTailedP } from '../distributions.js';
import { orderedPairs } from './pairs.js';
import { pooledVariance } from './pooled.js';
import type { GroupSummary, PostHocResult } from './types.js';

export function sidak(groups: readonly GroupSummary[], level = 0.95): PostHocResult {
  const { mse, dfError } = pooledVariance(groups, 'Sidak');
  const m = (groups.length * (groups.length - 1)) / 2;
  const alpha = -Math.expm1(Math.log1p(-(1 - level)) / m);
  const crit = tQuantile(1 - alpha / 2, dfError);
  const comparisons = orderedPairs(groups, mse, (d, se) => ({
    p: Math.min(1, -Math.expm1(m * Math.log1p(-tTwoTailedP(d / se, dfError)))),
    lower: d - crit * se,
    upper: d + crit * se,
  }));
  return { test: 'sidak', mse, dfError, comparisons };
}
