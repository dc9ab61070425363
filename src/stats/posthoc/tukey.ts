/**
 * Tukey's HSD with the Tukey-Kramer adjustment for unequal group sizes, as SPSS ONEWAY /POSTHOC
 * TUKEY prints it and R's TukeyHSD computes it, from group summaries.
 *
 * With the pooled within-group mean square MSE on df = N - k, for groups i and j:
 *   d = mean_i - mean_j,  SE = sqrt(MSE (1/n_i + 1/n_j))          (SPSS's Std. Error)
 *   q = |d| / (SE / √2),  Sig. = P(Q_{k,df} > q)
 *   CI = d ± q_{1-α; k, df} SE / √2
 * (Kramer 1956; the studentized range from ./studentized-range.ts), and SPSS's Homogeneous Subsets
 * (./subsets.ts).
 */
import { ptukeyUpper, qtukey } from '../studentized-range.js';
import { pooledVariance } from './pooled.js';
import { homogeneousSubsets } from './subsets.js';
import type { GroupSummary, HomogeneousSubsets, PairwiseComparison, PostHocResult } from './types.js';

export interface TukeyResult extends PostHocResult {
  mse: number;
  dfError: number;
  /** The studentized range quantile q_{level; k, df} behind the intervals. */
  critical: number;
  subsets: HomogeneousSubsets;
}

export function tukeyHsd(groups: readonly GroupSummary[], level = 0.95): TukeyResult {
  const k = groups.length;
  const { mse, dfError } = pooledVariance(groups, 'Tukey HSD');
  const critical = qtukey(level, k, dfError);
  const comparisons: PairwiseComparison[] = [];
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      if (j === i) continue;
      const d = groups[i].mean - groups[j].mean;
      const se = Math.sqrt(mse * (1 / groups[i].n + 1 / groups[j].n));
      const ok = se > 0;
      comparisons.push({
        i,
        j,
        meanDifference: d,
        stdError: se,
        p: ok ? ptukeyUpper(Math.abs(d) / (se / Math.SQRT2), k, dfError) : null,
        lower: ok ? d - (critical * se) / Math.SQRT2 : null,
        upper: ok ? d + (critical * se) / Math.SQRT2 : null,
      });
    }
  }
  return { test: 'tukey', mse, dfError, critical, comparisons, subsets: homogeneousSubsets(groups, 'tukey', level) };
}
