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
}
