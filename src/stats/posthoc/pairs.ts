/**
 * Every ordered pair of groups for the equal-variance tests, in SPSS's order (I outer, J inner),
 * with its difference and standard error on the pooled mean square (./pooled.ts):
 *   d = mean_i - mean_j,  SE = sqrt(MSE (1/n_i + 1/n_j)).
 */
import type { GroupSummary, PairwiseComparison } from './types.js';

/** The p-value and interval of one pair from its difference and standard error (SE > 0). */
export type PairTest = (d: number, se: number) => { p: number; lower: number; upper: number };

/** Every ordered pair i != j; p and the interval are null where SE is 0 (no spread within groups). */
export function orderedPairs(groups: readonly GroupSummary[], mse: number, test: PairTest): PairwiseComparison[] {
  const out: PairwiseComparison[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = 0; j < groups.length; j++) {
      if (j === i) continue;
      const d = groups[i].mean - groups[j].mean;
      const se = Math.sqrt(mse * (1 / groups[i].n + 1 / groups[j].n));
      const r = se > 0 ? test(d, se) : null;
      out.push({ i, j, meanDifference: d, stdError: se, p: r?.p ?? null, lower: r?.lower ?? null, upper: r?.upper ?? null });
    }
  }
  return out;
}
