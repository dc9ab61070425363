/**
 * One self-contained HTML page (inline CSS, nothing fetched from the network, no script) with
 * SPSS-looking tables: title above, a group row whose unlabelled columns span both header rows,
 * numbers right-aligned in tabular figures, footnotes below. Around them a report: a title naming
 * the command and the data file, the warnings, the findings of lists marked `lead` in a box at the
 * top (they stay in their own section too, where the contents link to), contents linking to the
 * headings when there are any, then the blocks. Text blocks of sentences are paragraphs, text
 * laid out with spaces (text charts) <pre>; a text block that starts with "<svg" is a chart made by csat and is embedded as is.
 * Everything else is escaped. Print CSS keeps a table, chart or heading from being split from
 * what it belongs to.
 */
import { basename } from 'node:path';
import type { InputInfo } from '../../data/dataset.js';
import { formatCell } from '../format.js';
import { t, type Lang } from '../../i18n/index.js';
import type { Block, Report, Table } from '../table.js';
import { FONT } from '../svg/shared.js';
import { wrapColumnHeader } from '../width.js';
import { checkTable, isSvg, placedGroups, warningLines } from './shared.js';
import { terminalText } from '../../i18n/sanitize.js';
import type { ChartImage } from './docx.js';

export interface HtmlOptions {
  lang: Lang;
  /** What was read, for the page title (null or absent: no file named). */
  input?: InputInfo | InputInfo[] | null;
  /** 'three-line' (default): the paper style, rules above and below the table and under its header only; 'grid': every cell ruled. */
  tableStyle?: TableStyle;
  /**
   * PNG pictures of the charts with Chinese text, drawn with the font csat ships: shown in place
   * of the SVG, whose Chinese would be blank on a machine without a CJK font.
   */
  images?: Map<string, ChartImage>;
}

export const TABLE_STYLES = ['three-line', 'grid'] as const;
export type TableStyle = (typeof TABLE_STYLES)[number];


const CSS = `
:root { --line: #aeaeae; --head: #f5f7fb; --ink: #1f2328; --muted: #57606a; --accent: #1a5fb4; }
* { box-sizing: border-box; }
body { font-family: ${FONT}; font-size: 14px; line-height: 1.45; color: var(--ink); background: #fff; margin: 0; }
.page { max-width: 1100px; margin: 0 auto; padding: 28px 32px 48px; }
header.title { border-bottom: 2px solid var(--accent); padding-bottom: 10px; margin-bottom: 18px; }
h1 { font-size: 24px; margin: 0; font-weight: 600; }
header.title p { margin: 4px 0 0; color: var(--muted); }
h2 { font-size: 19px; font-weight: 600; margin: 36px 0 6px; padding-bottom: 4px; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 16px; font-weight: 600; margin: 24px 0 6px; }
.warnings { background: #fff8e5; border-left: 4px solid #d4a72c; padding: 8px 14px; margin: 0 0 18px; }
.warnings p { margin: 3px 0; color: #6b4a00; }
.findings { background: #f0f6ff; border-left: 4px solid var(--accent); padding: 4px 18px 10px; margin: 0 0 18px; }
.findings h2 { border: 0; margin: 10px 0 4px; font-size: 17px; }
ul.list { margin: 6px 0; padding-left: 22px; }
ul.list li { margin: 4px 0; }
nav.toc { border: 1px solid #d0d7de; border-radius: 4px; padding: 4px 18px 10px; margin: 0 0 8px; }
nav.toc h2 { border: 0; margin: 10px 0 4px; font-size: 15px; }
nav.toc ol { margin: 0; padding-left: 0; list-style: none; columns: 2 260px; column-gap: 32px; }
nav.toc li { margin: 3px 0; break-inside: avoid; }
nav.toc li.sub { padding-left: 16px; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
.table { overflow-x: auto; margin: 18px 0 6px; }
table.spss { border-collapse: collapse; font-size: 13px; }
.table .caption { font-weight: bold; padding-bottom: 6px; white-space: pre-line; }
table.spss th, table.spss td { padding: 3px 8px; border: 1px solid var(--line); }
/* Headers break into lines where the text report breaks them (between words, never before a "，"), and nowhere else. */
table.spss thead th { background: var(--head); font-weight: normal; text-align: center; vertical-align: bottom; white-space: nowrap; }
table.spss tbody td { background: #fff; }
table.spss td.label { text-align: left; background: var(--head); }
table.spss td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
/* Three-line table (APA, Chinese journals' 三线表): a heavy rule above and below, a thin one under the header, nothing else. */
.three-line table.spss th, .three-line table.spss td { border: 0; background: transparent; }
.three-line table.spss { border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }
.three-line table.spss thead { border-bottom: 0.75pt solid #000; }
p.footnote { margin: 2px 0; font-size: 12px; color: var(--muted); }
p.note { margin: 8px 0; }
pre { font-family: Consolas, Menlo, "Courier New", monospace; font-size: 12.5px; background: #f6f8fa; padding: 8px 12px; overflow-x: auto; width: fit-content; max-width: 100%; }
.chart { margin: 18px 0; }
.chart svg, .chart img { max-width: 100%; height: auto; border: 1px solid #e1e4e8; }
@media print {
  @page { margin: 15mm; }
  body { font-size: 11pt; }
  .page { max-width: none; padding: 0; }
  .table { overflow: visible; }
  .table, .chart, pre, .findings, .warnings, nav.toc { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; }
  .chart svg, .chart img { border: 0; }
}
`.trim();

export function renderHtml(report: Report, opts: HtmlOptions): string {
  const files = inputNames(opts.input, opts.lang);
  // The study's own title when it has one (analyze --study), else the command.
  const heading = report.title ?? `csat ${report.command}`;
  const title = `${heading}${files ? ` \u2014 ${files}` : ''}`;
  const head = [`<header class="title">`, `<h1>${escapeHtml(heading)}</h1>`];
  if (files) head.push(`<p>${escapeHtml(t('html.input', opts.lang, { files }))}</p>`);
  head.push('</header>');
  const body: string[] = [...head];
  const warnings = warningLines(report, opts.lang);
  if (warnings.length) body.push('<div class="warnings" role="note">', ...warnings.map((w) => `<p class="warning">${escapeHtml(w)}</p>`), '</div>');
  for (const block of report.blocks) {
    if (block.kind === 'list' && block.lead !== undefined) {
      body.push('<section class="findings">', `<h2>${escapeHtml(block.lead)}</h2>`, listHtml(block.items), '</section>');
    }
  }
  const headings = report.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading');
  if (headings.length) {
    body.push('<nav class="toc">', `<h2>${escapeHtml(t('html.contents', opts.lang))}</h2>`, '<ol>');
    for (const h of headings) body.push(`<li${h.level > 2 ? ' class="sub"' : ''}><a href="#${escapeHtml(h.id)}">${escapeHtml(h.text)}</a></li>`);
    body.push('</ol>', '</nav>');
  }
  for (const block of report.blocks) body.push(blockHtml(block, opts.images));
  return [
    '<!DOCTYPE html>',
    `<html lang="${opts.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    `<div class="page ${opts.tableStyle ?? 'three-line'}">`,
    ...body,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function blockHtml(block: Block, images?: Map<string, ChartImage>): string {
  switch (block.kind) {
    case 'table':
      return renderTable(block);
    case 'heading':
      return `<h${block.level} id="${escapeHtml(block.id)}">${escapeHtml(block.text)}</h${block.level}>`;
    case 'list':
      return listHtml(block.items);
    default: {
      if (isSvg(block)) {
        const image = images?.get(block.text);
        if (!image) return `<div class="chart">${block.text.trim()}</div>`;
        // The SVG's aria-label is its title, already escaped for XML (and so for HTML).
        const alt = /aria-label="([^"]*)"/.exec(block.text)?.[1] ?? '';
        return `<div class="chart"><img src="data:image/png;base64,${Buffer.from(image.png).toString('base64')}" width="${image.width}" height="${image.height}" alt="${alt}"></div>`;
      }
      const lines = block.text.replace(/\s+$/, '').replace(/^\s*\n/, '').split(/\r?\n/);
      // Lines laid out with spaces (text charts, indented lists) keep their layout; sentences
      // (verdicts, equations) are paragraphs that wrap with the page.
      if (lines.some((l) => /^\s|\S\s{2,}\S/.test(l))) return `<pre>${escapeHtml(lines.join('\n'))}</pre>`;
      return lines.map((l) => `<p class="note">${escapeHtml(l.trim())}</p>`).join('\n');
    }
  }
}

function listHtml(items: string[]): string {
  return ['<ul class="list">', ...items.map((item) => `<li>${escapeHtml(item)}</li>`), '</ul>'].join('\n');
}

/** The names of the files read, for the title: folders left out; standard input said in words. */
export function inputNames(input: HtmlOptions['input'], lang: Lang): string {
  const list = input == null ? [] : Array.isArray(input) ? input : [input];
  return list.map((i) => (i.file === '-' ? t('html.stdin', lang) : basename(i.file))).join(', ');
}

function renderTable(table: Table): string {
  checkTable(table);
  // The title sits above the table rather than in a <caption>, whose width the table's columns
  // would set: "Missing answers per item" over two narrow columns broke onto three lines.
  const title = escapeHtml(table.title);
  const out = ['<div class="table">', `<div class="caption">${title}</div>`, `<table class="spss" id="${escapeHtml(table.id)}" aria-label="${title}">`, '<thead>'];
  const cells = table.rows.map((row) => row.map((c, k) => formatCell(c, table.columns[k])));
  // A column's header in the lines wrapHeader gives it, a group's label on one line, as in text.
  const col = (k: number, attrs = '') =>
    `<th${attrs}>${wrapColumnHeader(table.columns[k].header, cells.map((r) => r[k])).map(escapeHtml).join('<br>')}</th>`;
  const groups = placedGroups(table);
  if (groups) {
    const top = groups.map((g) =>
      g.label === '' ? col(g.start, ' rowspan="2"') : `<th colspan="${g.span}">${escapeHtml(g.label)}</th>`,
    );
    const grouped = groups.filter((g) => g.label !== '');
    const second = grouped.flatMap((g) => table.columns.slice(g.start, g.start + g.span).map((_, j) => col(g.start + j)));
    out.push(`<tr>${top.join('')}</tr>`, `<tr>${second.join('')}</tr>`);
  } else {
    out.push(`<tr>${table.columns.map((_, k) => col(k)).join('')}</tr>`);
  }
  out.push('</thead>', '<tbody>');
  for (const row of cells) {
    const tds = row.map((text, k) => {
      const cls = table.columns[k].kind === 'label' ? 'label' : 'num';
      return `<td class="${cls}">${escapeHtml(text).replace(/\r?\n/g, '<br>')}</td>`;
    });
    out.push(`<tr>${tds.join('')}</tr>`);
  }
  out.push('</tbody>', '</table>');
  // Footnotes inside the wrapper, so that print keeps them on the table's page.
  for (const note of table.footnotes ?? []) out.push(`<p class="footnote">${escapeHtml(note)}</p>`);
  out.push('</div>');
  return out.join('\n');
}

/**
 * Text for HTML content and attributes, through the one terminal sanitiser first: a page is
 * often printed to a terminal (`-f html` without -o), and HTML forbids control characters too;
 * the data file's name reaches the <title> by this path, not through the report.
 */
export function escapeHtml(s: string): string {
  return terminalText(s, { multiline: true }).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
