/**
 * Per-respondent values a command saves (factor scores, scale scores): one row per data row, the
 * key columns as read, then each value at full precision (blank where missing). One function
 * writes them all, so every saver gets the same atomic, formula-safe file (and a new format, such
 * as .sav, is added in one place).
 */
import { csvData } from './csv-writer.js';
import { fullPrecision } from './format.js';
import { writeOutput } from './output.js';

/** A column carried over from the data (an id, or every column for factor --save-scores without --id). */
export interface KeyColumn {
  name: string;
  cells: readonly string[];
}

/** A saved variable: its name (the CSV header), a label for formats that keep one, its values (NaN = missing). */
export interface ValueColumn {
  name: string;
  label?: string;
  values: Float64Array;
}

/** The file's text: header, then `rows` records. */
export function respondentValuesCsv(keys: readonly KeyColumn[], columns: readonly ValueColumn[], rows: number): string {
  const records = Array.from({ length: rows }, (_, r) => [
    ...keys.map((k) => k.cells[r] ?? ''),
    ...columns.map((c) => (Number.isNaN(c.values[r]) ? '' : fullPrecision(c.values[r]))),
  ]);
  return csvData([...keys.map((k) => k.name), ...columns.map((c) => c.name)], records);
}

/** Writes the values to `file` (never over an input; whole or not at all). */
export async function writeRespondentValues(
  file: string,
  keys: readonly KeyColumn[],
  columns: readonly ValueColumn[],
  rows: number,
  opts: { inputs: string[]; option: string },
): Promise<void> {
  await writeOutput(respondentValuesCsv(keys, columns, rows), { output: file, inputs: opts.inputs, option: opts.option });
}
