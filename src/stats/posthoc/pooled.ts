/**
 * What the equal-variance post hoc tests share: the pooled within-group mean square and every
 * ordered pair of groups (SPSS's order, I outer and J inner) with its difference and standard error
 *
 *   MSE = sum (n_g - 1) v_g / (N - k),  d = mean_i - mean_j,  SE = sqrt(MSE (1/n_i + 1/n_j)).
 */
import type { GroupSummary, PairwiseComparison } from './types.js';

export interface PooledError {
  mse: number;
  dfError: number;
}

/** MSE and its df; a RangeError without groups of cases or without error df. */
export function pooledError(groups: readonly GroupSummary[], test: string): PooledError {
  if (groups.length < 2) throw new RangeError(`${test} needs at least two groups`);
  let total = 0;
  let ss = 0;
  for (const g of groups) {
    if (!(g.n > 0)) throw new RangeError(`group ${g.label} has no cases`);
    total += g.n;
    if (g.n > 1) ss += (g.n - 1) * g.variance;
  }
  const dfError = total - groups.length;
  if (!(dfError > 0)) throw new RangeError(`${test} needs more cases than groups (no error degrees of freedom)`);
  return { mse: ss / dfError, dfError };
}

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
