/**
 * Duncan's multiple range test, as SPSS ONEWAY /POSTHOC DUNCAN prints it: Homogeneous Subsets only
 * (./subsets.ts), a range of p means tested at the protection level 1 - (1 - α)^(p - 1) (Duncan 1955).
 */
import { pooledVariance } from './pooled.js';
import type { RangeTestResult } from './snk.js';
import { homogeneousSubsets } from './subsets.js';
import type { GroupSummary } from './types.js';

export function duncan(groups: readonly GroupSummary[], level = 0.95): RangeTestResult {
  const { mse, dfError } = pooledVariance(groups, 'Duncan');
  return { test: 'duncan', mse, dfError, comparisons: [], subsets: homogeneousSubsets(groups, 'duncan', level) };
}
