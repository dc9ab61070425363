/**
 * One self-contained HTML page (inline CSS, nothing fetched from the network) with SPSS-looking
 * tables: caption above, a group row whose unlabelled columns span both header rows, numbers
 * right-aligned in tabular figures, footnotes below. Text blocks go in <pre>; a text block that
 * starts with "<svg" is a chart made by csat and is embedded as is. Everything else is escaped.
 * Warnings are shown at the top of the page, so that a saved page carries them.
 */
import { formatCell } from '../format.js';
import type { Lang } from '../i18n.js';
import type { Report, Table } from '../table.js';
import { checkTable, isSvg, placedGroups, warningLines } from './shared.js';

export interface HtmlOptions {
  lang: Lang;
}

const CSS = `
body { font-family: Arial, "Helvetica Neue", "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 13px; color: #000; margin: 24px; }
h1 { font-size: 16px; }
table.spss { border-collapse: collapse; margin: 18px 0 4px; }
table.spss caption { font-weight: bold; text-align: left; padding-bottom: 6px; }
table.spss th, table.spss td { padding: 3px 8px; border: 1px solid #aeaeae; }
table.spss thead th { background: #f5f7fb; font-weight: normal; text-align: center; vertical-align: bottom; }
table.spss tbody td { background: #fff; }
table.spss td.label { text-align: left; background: #f5f7fb; }
table.spss td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
p.footnote { margin: 2px 0; font-size: 12px; }
p.warning { color: #8a5a00; }
pre { font-family: Consolas, Menlo, "Courier New", monospace; }
`.trim();

export function renderHtml(report: Report, opts: HtmlOptions): string {
  const body: string[] = [`<h1>csat ${escapeHtml(report.command)}</h1>`];
  for (const w of warningLines(report, opts.lang)) body.push(`<p class="warning">${escapeHtml(w)}</p>`);
  for (const block of report.blocks) {
    if (block.kind === 'table') body.push(renderTable(block));
    else if (isSvg(block)) body.push(`<div class="chart">${block.text.trim()}</div>`);
    else body.push(`<pre>${escapeHtml(block.text.replace(/\s+$/, ''))}</pre>`);
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${opts.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>csat ${escapeHtml(report.command)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderTable(table: Table): string {
  checkTable(table);
  const out = [`<table class="spss" id="${escapeHtml(table.id)}">`, `<caption>${escapeHtml(table.title)}</caption>`, '<thead>'];
  const th = (text: string, attrs = '') => `<th${attrs}>${escapeHtml(text)}</th>`;
  const groups = placedGroups(table);
  if (groups) {
    const top = groups.map((g) =>
      g.label === '' ? th(table.columns[g.start].header, ' rowspan="2"') : th(g.label, ` colspan="${g.span}"`),
    );
    const grouped = groups.filter((g) => g.label !== '');
    const second = grouped.flatMap((g) => table.columns.slice(g.start, g.start + g.span).map((c) => th(c.header)));
    out.push(`<tr>${top.join('')}</tr>`, `<tr>${second.join('')}</tr>`);
  } else {
    out.push(`<tr>${table.columns.map((c) => th(c.header)).join('')}</tr>`);
  }
  out.push('</thead>', '<tbody>');
  for (const row of table.rows) {
    const cells = row.map((c, k) => {
      const cls = table.columns[k].kind === 'label' ? 'label' : 'num';
      return `<td class="${cls}">${escapeHtml(formatCell(c, table.columns[k])).replace(/\r?\n/g, '<br>')}</td>`;
    });
    out.push(`<tr>${cells.join('')}</tr>`);
  }
  out.push('</tbody>', '</table>');
  for (const note of table.footnotes ?? []) out.push(`<p class="footnote">${escapeHtml(note)}</p>`);
  return out.join('\n');
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
