/**
 * Student-Newman-Keuls, as SPSS ONEWAY /POSTHOC SNK prints it: Homogeneous Subsets only (./subsets.ts),
 * each range of p means referred to the studentized range of p means (Newman 1939, Keuls 1952).
 */
import { pooledVariance } from './pooled.js';
import { homogeneousSubsets } from './subsets.js';
import type { GroupSummary, HomogeneousSubsets, PostHocResult } from './types.js';

export interface RangeTestResult extends PostHocResult {
  mse: number;
  dfError: number;
  subsets: HomogeneousSubsets;
}

export function studentNewmanKeuls(groups: readonly GroupSummary[], level = 0.95): RangeTestResult {
  const { mse, dfError } = pooledVariance(groups, 'S-N-K');
  return { test: 'snk', mse, dfError, comparisons: [], subsets: homogeneousSubsets(groups, 'snk', level) };
}
