/**
 * Parsers for the small option values the data layer takes from the command line or a study
 * file: lists of user-missing codes (`--missing -3,99`) and a scale range (`--scale-range 1-5`).
 * Both throw UsageError (exit 2) with the option's name on bad syntax.
 */
import { UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';

/**
 * Parses one number strictly: a plain decimal as people write it (3, -3, 2.5, .5, 5., 1e3),
 * surrounding whitespace allowed; null for anything else (hex, Infinity, '1,5', '').
 *
 * Number() reads exactly these plus Infinity, 0x/0b/0o literals and blanks (as 0), so those are
 * ruled out afterwards; this is several times faster than a regular expression on every cell.
 */
export function parseNumber(text: string): number | null {
  const v = Number(text);
  if (!Number.isFinite(v)) return null;
  if (v === 0 && text.trim() === '') return null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c === 120 || c === 98 || c === 111) return null; // x, b, o (either case)
  }
  return v;
}

/**
 * "-3,99" -> [-3, 99]. Commas (ASCII or full-width) or spaces separate the numbers; duplicates
 * are removed, order kept.
 */
export function parseNumberList(spec: string, option = '--missing'): number[] {
  const parts = spec.split(/[,，\s]+/).filter((p) => p !== '');
  if (parts.length === 0) throw new UsageError(msg('data.options.expectedList', { option, spec }));
  const out: number[] = [];
  for (const part of parts) {
    const v = parseNumber(part);
    if (v === null) throw new UsageError(msg('data.options.notNumber', { option, part }));
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/**
 * "1-5" -> [1, 5]. Also accepts "1..5", "1,5", "1:5" and "1 to 5", and negative ends ("-2-2",
 * "-3..3"). The minimum must be below the maximum.
 */
export function parseScaleRange(spec: string, option = '--scale-range'): [number, number] {
  const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*(?:\.\.|-|,|:|to)\s*([+-]?\d+(?:\.\d+)?)\s*$/.exec(spec);
  if (!m) throw new UsageError(msg('data.options.expectedRange', { option, spec }));
  const lo = Number(m[1]);
  const hi = Number(m[2]);
  // 400 digits match the pattern and read as Infinity: not a scale's end.
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw new UsageError(msg('data.options.expectedRange', { option, spec }));
  if (!(lo < hi)) throw new UsageError(msg('data.options.minBelowMax', { option, spec }));
  return [lo, hi];
}
