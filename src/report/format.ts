/**
 * Table cells as the renderers print them, in SPSS's number style (src/i18n/numbers.ts, one floor
 * down so analyses can write numbers into their summary sentences the same way).
 */
import type { Cell, CellValue, Column } from './table.js';
import { DEFAULT_DECIMALS, formatNumber, fullPrecision, type NumberStyle } from '../i18n/numbers.js';

export { DEFAULT_DECIMALS, formatNumber, fullPrecision, type NumberStyle };

/** Whether a table cell is a Cell object rather than a bare value. */
export function isCell(cell: CellValue | Cell): cell is Cell {
  return typeof cell === 'object' && cell !== null;
}

/**
 * The text of one table cell, shared by every renderer: null -> '' (SPSS leaves it blank), a
 * string as is, a number with the cell's or else the column's decimals and style, then the
 * cell's suffix (e.g. '**'). A number in a label column without decimals or style (a value code
 * such as 1 or 2.5) is shown as written.
 */
export function formatCell(cell: CellValue | Cell, column: Column): string {
  const c: Cell = isCell(cell) ? cell : { value: cell };
  const suffix = c.suffix ?? '';
  if (c.value === null) return suffix;
  if (typeof c.value === 'string') return c.value + suffix;
  const style = c.style ?? column.style;
  const decimals = c.decimals ?? column.decimals;
  if (column.kind === 'label' && style === undefined && decimals === undefined) {
    return fullPrecision(c.value) + suffix;
  }
  const s = style ?? 'plain';
  return formatNumber(c.value, decimals ?? DEFAULT_DECIMALS[s], s) + suffix;
}
