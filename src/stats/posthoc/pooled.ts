/**
 * The pooled within-group mean square of the equal-variance tests (ONEWAY's Within Groups row):
 * MSE = Σ (n_i - 1) s_i² / (N - k) on df = N - k.
 */
import type { GroupSummary } from './types.js';

export interface Pooled {
  mse: number;
  dfError: number;
}

/** MSE and its df; throws RangeError for fewer than two groups, an empty group or no error df. */
export function pooledVariance(groups: readonly GroupSummary[], test: string): Pooled {
  const k = groups.length;
  if (k < 2) throw new RangeError(`${test} needs at least two groups`);
  let total = 0;
  let ss = 0;
  for (const g of groups) {
    if (!(Number.isInteger(g.n) && g.n >= 1)) throw new RangeError(`group ${g.label} has no cases`);
    total += g.n;
    if (g.n > 1) ss += (g.n - 1) * g.variance;
  }
  const dfError = total - k;
  if (dfError < 1) throw new RangeError(`${test} needs more cases than groups (no error degrees of freedom)`);
  return { mse: ss / dfError, dfError };
}
