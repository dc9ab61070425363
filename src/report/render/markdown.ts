/**
 * GitHub-flavoured Markdown: `### Title`, a pipe table whose headers carry their group's label
 * ("Initial Eigenvalues: Total"), label columns left- and number columns right-aligned,
 * footnotes as separate lines, one-line text blocks as paragraphs and multi-line ones (charts)
 * as fenced code, headings as `##` (tables stay `###` beneath them), lists as `-` items. Numbers are rounded as in the text output. SVG blocks are left out. Warnings
 * open the document as quotes, so that a saved file carries them.
 */
import { formatCell } from '../format.js';
import type { Lang } from '../../i18n/index.js';
import type { Report, Table } from '../table.js';
import { checkTable, isSvg, mergedHeaders, warningLines } from './shared.js';
import { maxOf } from '../../stats/extent.js';

export interface MarkdownOptions {
  lang: Lang;
}

export function renderMarkdown(report: Report, opts: MarkdownOptions): string {
  const parts: string[] = warningLines(report, opts.lang).map((w) => `> ${escapeText(w)}`);
  for (const block of report.blocks) {
    if (block.kind === 'table') parts.push(renderTable(block));
    else if (block.kind === 'heading') parts.push(`${'#'.repeat(block.level)} ${escapeInline(oneLine(block.text))}`);
    else if (block.kind === 'list') parts.push(block.items.map((item) => `- ${escapeText(oneLine(item))}`).join('\n'));
    else if (isSvg(block)) continue;
    else if (block.text.trim().includes('\n')) parts.push(fenced(block.text.replace(/\s+$/, '')));
    else parts.push(escapeText(block.text.trim()));
  }
  return parts.length === 0 ? '' : parts.join('\n\n') + '\n';
}

function renderTable(table: Table): string {
  checkTable(table);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const out = [`### ${escapeText(table.title.replace(/\s*\n\s*/g, ' '))}`, ''];
  out.push(line(mergedHeaders(table).map((h) => escapeCell(h) || ' ')));
  out.push(line(table.columns.map((c) => (c.kind === 'label' ? ':---' : '---:'))));
  for (const row of table.rows) out.push(line(row.map((c, k) => escapeCell(formatCell(c, table.columns[k])))));
  // A blank line between footnotes keeps each on its own line in every Markdown viewer.
  for (const note of table.footnotes ?? []) out.push('', escapeText(note));
  return out.join('\n');
}

/** Markdown's active characters escaped, so the text shows literally. */
export function escapeInline(s: string): string {
  return s.replace(/[\\`*_{}[\]<>|~]/g, (c) => `\\${c}`);
}

/** A paragraph or heading: also no list, heading or rule marker at the start of a line. */
export function escapeText(s: string): string {
  return escapeInline(s).replace(/^(\s*)(#|[+=-]|\d+[.)])/gm, (_m, space: string, mark: string) =>
    space + mark.slice(0, -1) + '\\' + mark.slice(-1),
  );
}

/** A table cell: escaped, with line breaks as <br> since a cell cannot span lines. */
export function escapeCell(s: string): string {
  return escapeInline(s.trim()).replace(/\r?\n/g, '<br>');
}

/** Headings and list items are one line each in Markdown. */
function oneLine(s: string): string {
  return s.trim().replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Preformatted text in a fence longer than any run of backticks inside it. */
function fenced(s: string): string {
  const longest = maxOf((s.match(/`+/g) ?? []).map((m) => m.length), 2);
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${s}\n${fence}`;
}
