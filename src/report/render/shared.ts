/** Pieces every table renderer needs: checks of the table model, column groups, warnings. */
import { t, type Lang } from '../../i18n/index.js';
import type { ColumnGroup, Report, Table, TextBlock } from '../table.js';

/** Throws when a table breaks the model's rules (a programming error, never user input). */
export function checkTable(table: Table): void {
  const n = table.columns.length;
  if (n === 0) throw new Error(`table '${table.id}' has no columns`);
  table.rows.forEach((row, i) => {
    if (row.length !== n) {
      throw new Error(`table '${table.id}' row ${i + 1} has ${row.length} cells for ${n} columns`);
    }
  });
  if (table.groups) {
    const spanned = table.groups.reduce((sum, g) => sum + g.span, 0);
    if (table.groups.some((g) => !Number.isInteger(g.span) || g.span < 1) || spanned !== n) {
      throw new Error(`table '${table.id}' column groups span ${spanned} of ${n} columns`);
    }
  }
}

/** A column group placed on the columns: first column index and span. */
export interface PlacedGroup extends ColumnGroup {
  start: number;
}

/**
 * The table's groups with positions; an unlabelled group is split into one-column groups so
 * that each such column's header reads as one cell spanning both header rows. Null: no groups.
 */
export function placedGroups(table: Table): PlacedGroup[] | null {
  if (!table.groups || table.groups.every((g) => g.label === '')) return null;
  const placed: PlacedGroup[] = [];
  let start = 0;
  for (const g of table.groups) {
    if (g.label === '') {
      for (let k = 0; k < g.span; k++) placed.push({ label: '', span: 1, start: start + k });
    } else {
      placed.push({ ...g, start });
    }
    start += g.span;
  }
  return placed;
}

/** One header per column with its group's label in front ("Initial Eigenvalues: Total"). */
export function mergedHeaders(table: Table): string[] {
  const headers = table.columns.map((c) => c.header);
  for (const g of placedGroups(table) ?? []) {
    if (g.label === '') continue;
    for (let k = g.start; k < g.start + g.span; k++) {
      headers[k] = headers[k] === '' ? g.label : `${g.label}: ${headers[k]}`;
    }
  }
  return headers;
}

/** An SVG picture meant for the HTML page only; other formats leave it out. */
export function isSvg(block: TextBlock): boolean {
  return block.text.trimStart().startsWith('<svg');
}

/** The report's warnings as "Warning: ..." lines in the report's language. */
export function warningLines(report: Report, lang: Lang): string[] {
  const prefix = t('common.warning', lang);
  const colon = lang === 'zh' ? '：' : ': ';
  return report.warnings.map((w) => prefix + colon + w);
}
