/**
 * The one CSV writer behind every CSV csat writes: the -f csv report and the side files (saved
 * factor scores, residuals, composites). RFC 4180 quoting (a field holding a comma, a quote or a
 * line break is quoted, quotes doubled) and formula neutralisation: a spreadsheet runs a cell
 * that starts with = + - @ as a formula, and Excel also strips a leading tab or carriage return
 * and then runs what follows, so such text (respondents' free text, column names, file names)
 * gets a leading apostrophe, as OWASP advises against CSV injection. A plain number such as -3
 * or -0.05 stays as it is, so the cell remains numeric.
 */

/** Characters that make a spreadsheet read a cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Whether a spreadsheet would run `s` as a formula (a plain signed number is not one). */
export function startsFormula(s: string): boolean {
  return FORMULA_START.test(s) && !NUMBER.test(s);
}

/** One field: neutralised, then quoted where RFC 4180 requires it. */
export function csvField(s: string): string {
  const safe = startsFormula(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record ended by `eol`: CRLF (RFC 4180) for reports, LF for data files read back by scripts. */
export function csvRecord(fields: readonly string[], eol: '\r\n' | '\n' = '\r\n'): string {
  return fields.map(csvField).join(',') + eol;
}

/** A whole data file: a header record and its rows, LF line ends, no byte order mark. */
export function csvData(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const out = [csvRecord(header, '\n')];
  for (const row of rows) out.push(csvRecord(row, '\n'));
  return out.join('');
}
