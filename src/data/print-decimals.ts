/**
 * The decimals of a variable's print format (the d of SPSS's F w.d), which SPSS derives some
 * printed decimals from: a .sav file's own format; a score csat computes gets COMPUTE's default
 * F8.2; otherwise (CSV, XLSX) the most decimals any valid value has, the format SPSS's text
 * import gives such a column (whole numbers: F?.0).
 *
 * @example printDecimals({ values: Float64Array.of(1, 2.5, 3.25), ... })  // 2
 */
import type { Variable } from './dataset.js';

/** SPSS print formats carry at most 16 decimals. */
const MAX_DECIMALS = 16;

export function printDecimals(v: Pick<Variable, 'values' | 'decimals'>): number {
  if (v.decimals !== undefined) return v.decimals;
  let d = 0;
  for (const x of v.values) {
    // Most survey values are whole numbers: no string is made for them.
    if (x !== x || Number.isInteger(x) || !Number.isFinite(x)) continue;
    while (d < MAX_DECIMALS && Number(x.toFixed(d)) !== x) d++;
    if (d === MAX_DECIMALS) break;
  }
  return d;
}
