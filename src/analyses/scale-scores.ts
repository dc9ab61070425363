/**
 * Scale scores: the mean (or, with --score sum, the sum) of a scale's items (after reverse keying)
 * for each respondent who answered every item of the scale; missing (NaN) otherwise, so a score
 * never rests on fewer items than the scale has (and a sum never shrinks by a skipped item).
 */
import type { Variable } from '../data/dataset.js';

/** How a scale's items make its score: their mean (SPSS MEAN(), the default) or their sum (SUM()). */
export type ScoreMethod = 'mean' | 'sum';

export const SCORE_METHODS: readonly ScoreMethod[] = ['mean', 'sum'];

export function scaleScore(name: string, items: Variable[], method: ScoreMethod = 'mean'): Variable {
  const rows = items.length ? items[0].values.length : 0;
  const values = new Float64Array(rows);
  const divisor = method === 'sum' ? 1 : items.length;
  for (let i = 0; i < rows; i++) {
    let s = 0;
    for (const v of items) s += v.values[i];
    values[i] = s / divisor;
  }
  // SPSS's COMPUTE gives a new variable F8.2, so tables print it as they would a computed score.
  return { name, values, labels: new Map(), kind: 'numeric', decimals: 2 };
}
