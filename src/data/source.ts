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
  /** Per column (file order), its variable label: a platform's question text or a header row; undefined for none. */
  labels?: (string | undefined)[];
  /** The survey platform whose export this is (platform/index.ts), when one was detected or forced. */
  platform?: PlatformShape;
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
