/**
 * Power-of-two column scaling for scale-free statistics (correlations, ranks): dividing a column by
 * 2^e, with 2^e <= max |x| < 2^(e+1), is exact in binary floating point (no rounding, unless a value
 * is some 2^1000 times smaller than the column's largest and so becomes subnormal), and keeps squares and cross-products of values near 1e200 or
 * 1e-200 from overflowing to Infinity or underflowing to 0. Correlations do not change; means and
 * standard deviations scale back by the same factor.
 */

/** The power of two 2^e with 2^e <= max |x| < 2^(e+1) over the finite values of x (1 when there are none or all are 0). */
export function powerOfTwoScale(x: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < x.length; i++) {
    const a = Math.abs(x[i]);
    if (a > max && a !== Infinity) max = a;
  }
  if (max === 0) return 1;
  let e = Math.floor(Math.log2(max));
  // log2 can round across an integer; settle the exponent exactly.
  if (2 ** e > max) e--;
  else if (2 ** (e + 1) <= max) e++;
  // 2^e for e below -1022 is subnormal and dividing by it is no longer exact; stay at 2^-1022.
  return 2 ** Math.max(-1022, Math.min(1023, e));
}

/** x / scale as a new column (exact: scale is a power of two). */
export function scaled(x: Float64Array, scale: number): Float64Array {
  if (scale === 1) return x;
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] / scale;
  return out;
}
