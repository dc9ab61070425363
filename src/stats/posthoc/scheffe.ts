/**
 * Scheffé's test (SPSS ONEWAY /POSTHOC SCHEFFE): each pairwise difference judged against every
 * contrast of k means at once, on the pooled within-group mean square:
 *
 *   F = d^2 / ((k - 1) SE^2),  Sig. = P(F_{k-1, N-k} > F),
 *   CI = d ± sqrt((k - 1) F_{1-α; k-1, N-k}) SE.
 */
import { fQuantile, fUpperP } from '../distributions.js';
import { orderedPairs } from './pairs.js';
import { pooledVariance } from './pooled.js';
import type { GroupSummary, PostHocResult } from './types.js';

export function scheffe(groups: readonly GroupSummary[], level = 0.95): PostHocResult {
  const { mse, dfError } = pooledVariance(groups, 'Scheffe');
  const df1 = groups.length - 1;
  const crit = Math.sqrt(df1 * fQuantile(level, df1, dfError));
  const comparisons = orderedPairs(groups, mse, (d, se) => ({
    p: fUpperP((d * d) / (df1 * se * se), df1, dfError),
    lower: d - crit * se,
    upper: d + crit * se,
  }));
  return { test: 'scheffe', mse, dfError, comparisons };
}
