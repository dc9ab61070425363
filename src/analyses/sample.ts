/**
 * Step 1 of `csat analyze`: how many questionnaires came back and how many are usable.
 * Response rate = returned / distributed; valid rate = valid / distributed (98 of 145 returned =
 * 67.6%); a row is valid when every item (and the outcome) is answered, the listwise rule of the analyses.
 */
import type { Variable } from '../data/dataset.js';

export interface SampleResult {
  /** Data rows in the file (questionnaires returned). */
  rows: number;
  /** Rows with every item (and the outcome, when there is one) answered, and a positive weight when weighted. */
  valid: number;
  /** The outcome column counted in `valid`, or null. */
  outcome: string | null;
  excluded: number;
  distributed: number | null;
  responseRate: number | null;
  validRate: number | null;
  /** valid / rows. */
  validOfReturned: number | null;
  missingPerItem: { item: string; missing: number }[];
}

export function runSample(rows: number, items: Variable[], outcome: Variable | null, weights: Float64Array | null, distributed: number | null): SampleResult {
  const counted = outcome ? [...items, outcome] : items;
  let valid = 0;
  for (let i = 0; i < rows; i++) {
    if (weights && !(weights[i] > 0)) continue;
    if (counted.every((v) => !Number.isNaN(v.values[i]))) valid++;
  }
  return {
    rows,
    valid,
    outcome: outcome ? outcome.name : null,
    excluded: rows - valid,
    distributed,
    responseRate: distributed ? rows / distributed : null,
    validRate: distributed ? valid / distributed : null,
    validOfReturned: rows > 0 ? valid / rows : null,
    missingPerItem: counted.map((v) => ({ item: v.name, missing: v.values.reduce((n, x) => n + (Number.isNaN(x) ? 1 : 0), 0) })),
  };
}
