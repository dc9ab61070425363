/**
 * CSV for spreadsheets: every table is a section of a title line, one header line (group label
 * joined to the column header, "Initial Eigenvalues: Total"), its rows and its footnotes, with a
 * blank line between sections; warnings come first, one per line. Quoting follows RFC 4180
 * (CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled); text
 * that would start a spreadsheet formula is neutralised (csv-writer.ts, shared with the side files).
 * The text starts with a UTF-8 byte order mark so that Excel opens Chinese text correctly.
 * Numbers are written unrounded (shortest form that reads back as the same double) so that a
 * spreadsheet computes with the real values; cell suffixes such as '**' are dropped from numbers
 * to keep them numeric. Text, heading and list blocks (verdicts, charts, step headings, findings)
 * are not tables and are left out, except a text block that carries its own table (`csvTable`):
 * that table is written as a section in the text's place.
 */
import { formatCell, fullPrecision, isCell } from '../format.js';
import type { Lang } from '../../i18n/index.js';
import type { Block, Cell, CellValue, Column, Report, Table } from '../table.js';
import { checkTable, mergedHeaders, warningLines } from './shared.js';
import { csvRecord } from '../csv-writer.js';

export interface CsvOptions {
  lang: Lang;
}

export const BOM = '\uFEFF';

function csvTableOf(block: Block): Table | null {
  return block.kind === 'text' ? (block.csvTable ?? null) : null;
}

export function renderCsv(report: Report, opts: CsvOptions): string {
  const sections: string[] = [];
  const warnings = warningLines(report, opts.lang);
  if (warnings.length > 0) sections.push(warnings.map((w) => csvRecord([w])).join(''));
  for (const block of report.blocks) {
    const table = block.kind === 'table' ? block : csvTableOf(block);
    if (table) sections.push(renderTable(table));
  }
  return BOM + sections.join('\r\n');
}

function renderTable(table: Table): string {
  checkTable(table);
  const lines = [csvRecord([table.title]), csvRecord(mergedHeaders(table))];
  for (const row of table.rows) lines.push(csvRecord(row.map((c, k) => csvCell(c, table.columns[k]))));
  for (const note of table.footnotes ?? []) lines.push(csvRecord([note]));
  return lines.join('');
}

/** A cell's text: numbers at full precision, everything else as the text renderer shows it. */
function csvCell(cell: CellValue | Cell, column: Column): string {
  const value = isCell(cell) ? cell.value : cell;
  return typeof value === 'number' ? fullPrecision(value) : formatCell(cell, column);
}
