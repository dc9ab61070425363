import type { MessageRef } from '../i18n/index.js';
import type { SavMeasure, SavMissing } from './sav-read.js';

/**
 * A column a binary file stores typed (an SPSS .sav): numbers, labels and user-missing values as
 * the file defines them, converted without parsing text.
 */
export interface TypedColumn {
  /** The numbers (NaN = system-missing), or null for a string column (its cells hold the text). */
  values: Float64Array | null;
  label: string | null;
  /** Value labels: codes for numeric columns, texts for string ones. */
  valueLabels: Map<number | string, string>;
  missing: SavMissing;
  measure: SavMeasure | null;
  /** Decimals of the file's print format (F8.2: 2). */
  decimals: number;
}

/** A file as read and decoded, before any column is converted to numbers. */
export interface Source {
  file: string;
  encoding: string;
  delimiter: string;
  /** Header names in file order (trimmed; a blank header becomes V<position>). */
  names: string[];
  /** Column-major raw cells: cells[column][row], '' for an empty cell. */
  cells: string[][];
  rows: number;
  /** Things noticed while reading (renamed duplicate headers, undecodable bytes): one sentence each. */
  warnings?: string[];
  /** The worksheet read, for an .xlsx workbook. */
  sheet?: string;
  /**
   * Typed columns by column index, for a file that stores them (.sav); the cells of a numeric one
   * are its numbers as text, made only when something asks for them (an --id column).
   */
  typed?: TypedColumn[];
  /** The file's own weight variable (a .sav's WEIGHT BY), used when no --weight is given. */
  weight?: string;
  /** Per column (file order), its variable label: a platform's question text or a header row; undefined for none. */
  labels?: (string | undefined)[];
  /** The survey platform whose export this is (platform/index.ts), when one was detected or forced. */
  platform?: PlatformShape;
  /** Per column (file order), what the study file's `variables:` declares (study-variables.ts). */
  declared?: (DeclaredColumn | undefined)[];
}

/** What a study file declares about a column, applied when it is converted (convert.ts). */
export interface DeclaredColumn {
  /** Value labels, code -> label (SPSS VALUE LABELS); text answers equal to a label are read as its code. */
  values?: Map<number, string>;
  /** The order of its text categories (codes 1..k), and where the study says so, for messages. */
  order?: { list: string[]; where: MessageRef };
  /** SPSS measurement level. */
  measure?: 'nominal' | 'ordinal' | 'scale';
}

/** What a survey platform's layout said about the columns. */
export interface PlatformShape {
  id: 'wjx' | 'qualtrics' | 'surveymonkey' | 'google';
  /** Columns of response metadata (submission time, IP address, ...): never items. */
  metadata: string[];
  /** Sub-columns of one question (a grid's rows, a multi-select's options), by the question's name. */
  groups: { name: string; label?: string; columns: string[] }[];
  /** Codes the platform writes for a skipped question (问卷星: -2, -3): user-missing in its files. */
  missing?: number[];
}
