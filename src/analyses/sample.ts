/**
 * Step 1 of `csat analyze`: how many questionnaires came back and how many are usable.
 * Response rate = returned / distributed; valid rate = valid / distributed (98 of 145 returned =
 * 67.6%); a row is valid when every item (and the outcome) is answered, the listwise rule of the analyses.
 */
import type { Variable } from '../data/dataset.js';

export interface SampleResult {
  /** Data rows in the file (questionnaires returned). */
  rows: number;
  /** Rows with every item answered (and a positive weight, when weighted). */
  valid: number;
  excluded: number;
  distributed: number | null;
  responseRate: number | null;
  validRate: number | null;
  /** valid / rows. */
  validOfReturned: number | null;
  missingPerItem: { item: string; missing: number }[];
}

export function runSample(rows: number, items: Variable[], weights: Float64Array | null, distributed: number | null): SampleResult {
  let valid = 0;
  for (let i = 0; i < rows; i++) {
    if (weights && !(weights[i] > 0)) continue;
    if (items.every((v) => !Number.isNaN(v.values[i]))) valid++;
  }
  return {
    rows,
    valid,
    excluded: rows - valid,
    distributed,
    responseRate: distributed ? rows / distributed : null,
    validRate: distributed ? valid / distributed : null,
    validOfReturned: rows > 0 ? valid / rows : null,
    missingPerItem: items.map((v) => ({ item: v.name, missing: v.values.reduce((n, x) => n + (Number.isNaN(x) ? 1 : 0), 0) })),
  };
}
