/**
 * The one table model every command renders through: text, markdown, csv and html renderers read
 * it; JSON does not (it prints the analysis result object at full precision instead).
 */

/** A number shown with a fixed number of decimals, or a preformatted string, or empty. */
export type CellValue = string | number | null;

export interface Cell {
  value: CellValue;
  /** Decimals for a number (defaults to the column's). */
  decimals?: number;
  /** How a number is shown: 'plain' (1.234, .482), 'sig' (p-value; .000 when < .0005), 'int', 'percent' (one value in percent units, 1 decimal by default as in SPSS FREQUENCIES). */
  style?: NumberStyle;
  /** A flag appended to the formatted number, e.g. '**' for p < .01. */
  suffix?: string;
}

export type NumberStyle = 'plain' | 'sig' | 'int' | 'percent';

export interface Column {
  header: string;
  /** A label column is left-aligned text; others are right-aligned numbers. */
  kind?: 'label' | 'number';
  decimals?: number;
  style?: NumberStyle;
}

export interface ColumnGroup {
  label: string;
  /** How many columns the group spans (groups cover the columns left to right; label '' for none). */
  span: number;
}

export interface Table {
  /** Stable id for csv/markdown anchors and tests, e.g. 'reliability-statistics'. */
  id: string;
  title: string;
  columns: Column[];
  groups?: ColumnGroup[];
  rows: (CellValue | Cell)[][];
  footnotes?: string[];
}

/** Free text between tables: a verdict line, a chart, a note. */
export interface TextBlock {
  kind: 'text';
  text: string;
}

export type Block = ({ kind: 'table' } & Table) | TextBlock;

/** What a command hands to the renderers: blocks for people, results for JSON. */
export interface Report {
  command: string;
  blocks: Block[];
  /** The JSON `results` object (full precision; null, never NaN). */
  results: unknown;
  warnings: string[];
}

export function table(t: Table): Block {
  return { kind: 'table', ...t };
}

export function text(s: string): Block {
  return { kind: 'text', text: s };
}
