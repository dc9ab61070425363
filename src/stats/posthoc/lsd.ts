/**
 * Fisher's least significant difference (SPSS ONEWAY /POSTHOC LSD): pairwise t tests on the pooled
 * within-group mean square, no adjustment for multiplicity (R's pairwise.t.test with pool.sd = TRUE,
 * p.adjust.method = "none").
 *
 *   t = d / SE on df = N - k,  Sig. = 2 P(T > |t|),  CI = d ± t_{1-α/2; df} SE.
 */
import { tQuantile, tTwoTailedP } from '../distributions.js';
import { orderedPairs } from './pairs.js';
import { pooledVariance } from './pooled.js';
import type { GroupSummary, PostHocResult } from './types.js';

export function lsd(groups: readonly GroupSummary[], level = 0.95): PostHocResult {
  const { mse, dfError } = pooledVariance(groups, 'LSD');
  const crit = tQuantile(1 - (1 - level) / 2, dfError);
  const comparisons = orderedPairs(groups, mse, (d, se) => ({ p: tTwoTailedP(d / se, dfError), lower: d - crit * se, upper: d + crit * se }));
  return { test: 'lsd', mse, dfError, comparisons };
}
