/**
 * Numbers as SPSS prints them in its tables: a fixed number of decimals, no leading zero before
 * the point (.482, -.482), no thousands separators, and a p-value under .0005 shown as .000.
 *
 * Rounding is half away from zero on the shortest decimal form of the double (the digits
 * `String(x)` shows), so 0.0005 -> .001 and 1.0045 -> 1.005 as a reader of the number expects,
 * not as the binary expansion of the double happens to fall (Number#toFixed would give 1.004).
 * A value that rounds to zero is printed without a sign (-0.0001 -> .000), as SPSS does.
 * From 1e15 on (more digits than a double holds) a number is written as SPSS writes a value too
 * wide for its column: in E notation with the same decimals (1e21 -> 1.000E+21).
 */
/** How a number is styled: a plain value, a p-value, a whole number, a percentage, or a coefficient that must not print as zero. */
export type NumberStyle = 'plain' | 'sig' | 'int' | 'percent' | 'coefficient';

/** Decimals used when neither the cell nor its column says: SPSS's defaults per kind of number. */
export const DEFAULT_DECIMALS: Record<NumberStyle, number> = { plain: 3, sig: 3, int: 0, percent: 1, coefficient: 3 };

/**
 * `x` with `decimals` decimals in SPSS style. 'sig' is a p-value (must lie in [0, 1]); 'int'
 * rounds to a whole number whatever `decimals` says; 'percent' is a value already in percent
 * units (67.6). A non-finite `x` is a programming error: analyses give null, never NaN.
 */
export function formatNumber(x: number, decimals: number, style: NumberStyle = 'plain'): string {
  if (!Number.isFinite(x)) throw new Error(`formatNumber got ${x}; a missing value must be null`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new Error(`formatNumber: decimals must be an integer 0..20, got ${decimals}`);
  }
  if (style === 'sig' && (x < -1e-12 || x > 1 + 1e-12)) {
    throw new Error(`formatNumber: p-value ${x} outside [0, 1]`);
  }
  const d = style === 'int' ? 0 : decimals;
  if (Math.abs(x) >= 1e15) return x.toExponential(d).replace('e', 'E');
  const body = roundHalfAway(Math.abs(x), d);
  // A coefficient that is not zero is not printed as zero: SPSS switches to E notation (4.148E-5).
  if (style === 'coefficient' && x !== 0 && !/[1-9]/.test(body)) return x.toExponential(d).replace('e', 'E');
  const sign = x < 0 && /[1-9]/.test(body) ? '-' : '';
  return sign + (body.startsWith('0.') ? body.slice(1) : body);
}

/** `abs` (>= 0) rounded to `d` decimals, half away from zero, as a plain digit string "12.340". */
function roundHalfAway(abs: number, d: number): string {
  // Fast path: away from a tie, rounding the scaled double is exact (its error is < 1e-7).
  const scaled = abs * 10 ** d;
  const frac = scaled - Math.floor(scaled);
  if (scaled < 1e8 && Math.abs(frac - 0.5) > 1e-6) {
    return withPoint(String(Math.floor(scaled) + (frac > 0.5 ? 1 : 0)), d);
  }
  const [mantissa, expText] = abs.toExponential().split('e');
  const digits = mantissa.replace('.', '');
  // abs = 0.<digits> * 10^(exp + 1); keep the digits that land before the d-th decimal.
  const keep = Number(expText) + 1 + d;
  let rounded = 0n;
  if (keep > 0) rounded = BigInt(digits.slice(0, keep).padEnd(keep, '0'));
  if (keep >= 0 && keep < digits.length && digits[keep] >= '5') rounded += 1n;
  return withPoint(rounded.toString(), d);
}

/** Whole-number digits of value * 10^d, written with the decimal point put back. */
function withPoint(digits: string, d: number): string {
  const text = digits.padStart(d + 1, '0');
  return d === 0 ? text : `${text.slice(0, text.length - d)}.${text.slice(text.length - d)}`;
}

/** A number at full precision for machine-readable outputs (csv): shortest round-trip form. */
export function fullPrecision(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`fullPrecision got ${x}; a missing value must be null`);
  return Object.is(x, -0) ? '0' : String(x);
}

/** A p-value inside a sentence, as papers write it: "< .001", else "= .352" (SPSS's three decimals). */
export function pInSentence(p: number): string {
  return p < 0.001 ? '< .001' : `= ${formatNumber(p, 3, 'sig')}`;
}
