/**
 * The per-respondent files commands save (factor scores, residuals, composites): CSV, or an SPSS
 * system file when the name ends in .sav, so that SPSS users can merge the values back.
 */
import { parseNumber } from '../data/options.js';
import type { Source } from '../data/source.js';
import { writeSav, type SavColumn } from '../data/sav-write.js';
import { csvData } from '../report/csv-writer.js';
import { fullPrecision } from '../i18n/numbers.js';

/** One saved column: numbers (NaN = missing) or text cells as the input held them. */
export interface SavedVariable {
  name: string;
  values: Float64Array | string[];
  label?: string;
  valueLabels?: ReadonlyMap<number, string>;
  measure?: 'nominal' | 'ordinal' | 'scale';
}

/** Whether `file` names an SPSS system file (.sav, any case). */
export function isSavName(file: string): boolean {
  return /\.sav$/i.test(file);
}

/** Column `j` of the input as a saved column: a .sav's numbers and labels, else its text cells. */
export function sourceColumn(source: Source, j: number): SavedVariable {
  const typed = source.typed?.[j];
  const name = source.names[j];
  if (typed === undefined || typed.values === null) return { name, values: source.cells[j], ...(typed?.label ? { label: typed.label } : {}) };
  const valueLabels = new Map<number, string>();
  for (const [k, v] of typed.valueLabels) if (typeof k === 'number') valueLabels.set(k, v);
  return { name, values: typed.values, valueLabels, ...(typed.label ? { label: typed.label } : {}), ...(typed.measure ? { measure: typed.measure } : {}) };
}

/** The file's content: CSV text (numbers at full precision, '' for missing), or .sav bytes. */
export function savedFile(output: string, columns: SavedVariable[]): string | Buffer {
  if (isSavName(output)) return writeSav(columns.map(savColumn));
  const rows = columns.length === 0 ? 0 : columns[0].values.length;
  const cell = (c: SavedVariable, r: number) => {
    const v = c.values[r];
    return typeof v === 'string' ? v : v === v ? fullPrecision(v) : '';
  };
  return csvData(
    columns.map((c) => c.name),
    Array.from({ length: rows }, (_, r) => columns.map((c) => cell(c, r))),
  );
}

/** Text cells that are all numbers (or empty) are saved as a numeric variable, as SPSS would read them. */
function savColumn(c: SavedVariable): SavColumn {
  if (c.values instanceof Float64Array) return c as SavColumn;
  const cells = c.values;
  const numbers = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const t = cells[i].trim();
    const v = t === '' ? NaN : parseNumber(t);
    if (v === null) return { ...c, values: cells };
    numbers[i] = v;
  }
  return { ...c, values: numbers };
}
