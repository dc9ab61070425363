/**
 * The one table model every command renders through: text, markdown, csv and html renderers read
 * it; JSON does not (it prints the analysis result object at full precision instead).
 */
import type { NumberStyle } from '../i18n/numbers.js';
import type { FailedThreshold } from './json-results.js';

export type { NumberStyle };

/** A number shown with a fixed number of decimals, or a preformatted string, or empty. */
export type CellValue = string | number | null;

export interface Cell {
  value: CellValue;
  /** Decimals for a number (defaults to the column's). */
  decimals?: number;
  /** How a number is shown: 'plain' (1.234, .482), 'sig' (p-value; .000 when < .0005), 'int', 'percent' (one value in percent units, 1 decimal by default as in SPSS FREQUENCIES), 'coefficient' (plain, but a non-zero value that would show as zero in E notation, 4.148E-5, as SPSS prints B). */
  style?: NumberStyle;
  /** A flag appended to the formatted number, e.g. '**' for p < .01. */
  suffix?: string;
}


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
  /**
   * The numbers of the text as a table, for CSV, where a spreadsheet should get them as numbers
   * in cells of their own (a sentence in one cell can be read but not computed with); the other
   * formats show the text and ignore it.
   */
  csvTable?: Table;
  /** A chart laid out in characters (chart.ts): it shows variable names, and gets a legend of their labels (naming.ts). */
  chart?: boolean;
}

/**
 * A section heading, e.g. a step of `csat analyze`. Text shows it as "== text ==" (the layout the
 * snapshots pin), markdown as `##`, html as an anchored <h2> that the page's contents link to.
 */
export interface HeadingBlock {
  kind: 'heading';
  text: string;
  /** 2 for a section (markdown `##`, html <h2>), 3 for a subsection. */
  level: 2 | 3;
  /** Anchor for the html page's contents, e.g. 'step-1'. */
  id: string;
}

/**
 * Bullet points, e.g. the findings of `csat analyze`. `lead` names a list that html also shows
 * at the top of the page, as the findings a reader looks for first.
 */
export interface ListBlock {
  kind: 'list';
  items: string[];
  lead?: string;
}

export type Block = ({ kind: 'table' } & Table) | TextBlock | HeadingBlock | ListBlock;

/** What a command hands to the renderers: blocks for people, results for JSON. */
export interface Report {
  command: string;
  /** The report's title for the page (html), e.g. the study file's `title`; absent: "csat <command>". */
  title?: string;
  blocks: Block[];
  /** The JSON `results` object (full precision; null, never NaN). */
  results: unknown;
  warnings: string[];
  /** Thresholds the run checked and missed ([] if none); absent when it checked none. */
  failures?: FailedThreshold[];
}

export function table(t: Table): Block {
  return { kind: 'table', ...t };
}

export function text(s: string, csvTable?: Table): Block {
  return csvTable ? { kind: 'text', text: s, csvTable } : { kind: 'text', text: s };
}

export function heading(s: string, id: string, level: 2 | 3 = 2): Block {
  return { kind: 'heading', text: s, level, id };
}

export function list(items: string[], lead?: string): Block {
  return lead === undefined ? { kind: 'list', items } : { kind: 'list', items, lead };
}
