/**
 * SPSS-style boxed tables for the terminal: the title above, an optional row of column groups,
 * column headers (long ones wrapped onto up to three lines), label columns left-aligned and
 * number columns right-aligned with their decimal points lined up, footnotes below.
 * Box-drawing characters by default; `ascii: true` draws with + - | instead (for fonts or
 * terminals that show box-drawing characters double-width). Widths count CJK characters as two.
 * The report's warnings are not part of the text: commands print them on stderr as diagnostics.
 */
import { Chalk } from 'chalk';
import { formatCell } from '../format.js';
import type { Lang } from '../../i18n/index.js';
import type { Report, Table } from '../table.js';
import { displayWidth, padCenter, padEnd, padStart, wrapHeader } from '../width.js';
import { checkTable, isSvg, placedGroups } from './shared.js';
import { maxOf } from '../../stats/extent.js';

export interface TextOptions {
  /** Kept for a uniform signature: the text itself comes from the report's labels. */
  lang: Lang;
  color: boolean;
  /** Draw borders with ASCII + - | instead of box-drawing characters. */
  ascii?: boolean;
}

/** Junction characters indexed by up*8 + down*4 + left*2 + right, then the two line characters. */
const BOX = { joints: ' ───│┌┐┬│└┘┴│├┤┼', h: '─', v: '│' };
const ASCII = { joints: ' ---|+++|+++|+++', h: '-', v: '|' };
type Lines = typeof BOX;

export function renderText(report: Report, opts: TextOptions): string {
  const paint = opts.color ? new Chalk({ level: 1 }) : null;
  const lines = opts.ascii ? ASCII : BOX;
  const parts: string[] = [];
  for (const block of report.blocks) {
    if (block.kind === 'table') parts.push(renderTable(block, lines, paint));
    // Headings at every level look alike in a terminal: "== Step 1. Sample ==".
    else if (block.kind === 'heading') parts.push(`== ${oneLine(block.text)} ==`);
    else if (block.kind === 'list') parts.push(block.items.map((item) => `* ${oneLine(item)}`).join('\n'));
    else if (!isSvg(block)) parts.push(safe(block.text).replace(/\s+$/, ''));
  }
  return parts.length === 0 ? '' : parts.join('\n\n') + '\n';
}

function renderTable(table: Table, lines: Lines, paint: InstanceType<typeof Chalk> | null): string {
  checkTable(table);
  const n = table.columns.length;
  const isLabel = table.columns.map((c) => c.kind === 'label');
  const body = alignedCells(table);
  const widths = table.columns.map((_, k) => maxOf(body.map((row) => displayWidth(row[k])), 0));
  const headers = table.columns.map((c, k) => wrapHeader(safe(c.header), widths[k]));
  headers.forEach((h, k) => (widths[k] = maxOf(h.map(displayWidth), widths[k])));

  const groups = placedGroups(table)?.map((g) => ({ ...g, label: oneLine(g.label) })) ?? null;
  const all = new Array<boolean>(n + 1).fill(true);
  const out: string[] = [];
  if (groups) {
    for (const g of groups) {
      const inner = spanWidth(widths, g.start, g.span);
      const need = displayWidth(g.label);
      // Spread the extra width over the group's columns, so no one column becomes wide.
      for (let extra = need - inner, k = 0; extra > 0; extra--, k = (k + 1) % g.span) widths[g.start + g.span - 1 - k] += 1;
    }
    const groupEdges = new Array<boolean>(n + 1).fill(false);
    for (const g of groups) groupEdges[g.start] = groupEdges[g.start + g.span] = true;
    const underGroup = new Array<boolean>(n).fill(false);
    for (const g of groups) if (g.label !== '') underGroup.fill(true, g.start, g.start + g.span);
    out.push(rule(widths, null, groupEdges, new Array<boolean>(n).fill(true), lines));
    out.push(row(groups.map((g) => padCenter(g.label, spanWidth(widths, g.start, g.span))), lines));
    out.push(rule(widths, groupEdges, all, underGroup, lines));
  } else {
    out.push(rule(widths, null, all, new Array<boolean>(n).fill(true), lines));
  }
  // A table with no column headers at all (SPSS's KMO and Bartlett's Test) gets no header row.
  const headless = !groups && headers.every((h) => h.every((line) => line === ''));
  const height = headless ? 0 : maxOf(headers.map((h) => h.length));
  for (let i = 0; i < height; i++) {
    out.push(
      row(
        headers.map((h, k) => {
          const text = h[i - (height - h.length)] ?? '';
          return isLabel[k] ? padEnd(text, widths[k]) : padCenter(text, widths[k]);
        }),
        lines,
      ),
    );
  }
  if (body.length > 0 && !headless) out.push(rule(widths, all, all, new Array<boolean>(n).fill(true), lines));
  for (const cells of body) {
    out.push(row(cells.map((c, k) => (isLabel[k] ? padEnd(c, widths[k]) : padStart(c, widths[k]))), lines));
  }
  out.push(rule(widths, all, null, new Array<boolean>(n).fill(true), lines));

  const title = safe(table.title);
  const notes = (table.footnotes ?? []).map((f) => (paint ? paint.dim(safe(f)) : safe(f)));
  return [paint ? paint.bold(title) : title, ...out, ...notes].join('\n');
}

/**
 * Every cell as text; in number columns numbers are padded on the right so that their decimal
 * points line up. Whole numbers (a count or df among coefficients) and text cells are
 * right-aligned, as SPSS prints df 66 under Approx. Chi-Square 914.453.
 */
function alignedCells(table: Table): string[][] {
  const text = table.rows.map((r) => r.map((c, k) => oneLine(formatCell(c, table.columns[k]))));
  table.columns.forEach((col, k) => {
    if (col.kind === 'label') return;
    const numeric = table.rows.map((r) => {
      const c = r[k];
      return typeof (typeof c === 'object' && c !== null ? c.value : c) === 'number';
    });
    const split = text.map((r, i) => {
      if (!numeric[i]) return null;
      const s = r[k];
      const m = /^-?\d*/.exec(s)!;
      return { int: m[0], rest: s.slice(m[0].length) };
    });
    const intWidth = maxOf(split.map((p) => (p ? displayWidth(p.int) : 0)), 0);
    const restWidth = maxOf(split.map((p) => (p ? displayWidth(p.rest) : 0)), 0);
    split.forEach((p, i) => {
      if (p) text[i][k] = p.rest === '' ? padStart(p.int, intWidth + restWidth) : padStart(p.int, intWidth) + padEnd(p.rest, restWidth);
    });
  });
  return text;
}

/**
 * Text from the data may hold control characters; an escape sequence in a survey answer must not
 * reach the terminal, and a tab would break the alignment. Line breaks stay.
 */
function safe(s: string): string {
  return s.replace(/\t/g, ' ').replace(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/g, '\ufffd');
}

/** A cell or group label on one line. */
function oneLine(s: string): string {
  return safe(s.replace(/\s*[\r\n]+\s*/g, ' '));
}

/** Room for text inside a span of columns: their widths plus the separators they swallow. */
function spanWidth(widths: number[], start: number, span: number): number {
  let w = 3 * (span - 1);
  for (let k = start; k < start + span; k++) w += widths[k];
  return w;
}

/** One line of cells (already padded to their widths) between vertical bars. */
function row(cells: string[], lines: Lines): string {
  return lines.v + cells.map((c) => ` ${c} `).join(lines.v) + lines.v;
}

/**
 * A horizontal rule. `up`/`down` say at which column boundaries a vertical line meets the rule
 * from above/below (null: none), `segments` which columns the rule runs under.
 */
function rule(widths: number[], up: boolean[] | null, down: boolean[] | null, segments: boolean[], lines: Lines): string {
  const n = widths.length;
  let s = '';
  for (let k = 0; k <= n; k++) {
    const left = k > 0 && segments[k - 1];
    const right = k < n && segments[k];
    s += lines.joints[(up?.[k] ? 8 : 0) + (down?.[k] ? 4 : 0) + (left ? 2 : 0) + (right ? 1 : 0)];
    if (k < n) s += (segments[k] ? lines.h : ' ').repeat(widths[k] + 2);
  }
  return s;
}
