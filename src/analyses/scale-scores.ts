/**
 * Scale scores: the mean of a scale's items (after reverse keying) for each respondent who
 * answered every item of the scale; missing (NaN) otherwise, so a score never rests on fewer
 * items than the scale has.
 */
import type { Variable } from '../data/dataset.js';

export function scaleScore(name: string, items: Variable[]): Variable {
  const rows = items.length ? items[0].values.length : 0;
  const values = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = 0;
    for (const v of items) s += v.values[i];
    values[i] = s / items.length;
  }
  return { name, values, labels: new Map(), kind: 'numeric' };
}
