/** One entry point for every output format; commands pass --format straight through. */
import { sayWarning, type Lang } from '../../i18n/index.js';
import { terminalText } from '../../i18n/sanitize.js';
import type { Block, Cell, CellValue, Report, Table } from '../table.js';
import { renderCsv } from './csv.js';
import { renderHtml, type TableStyle } from './html.js';
import { renderJson, type InputInfo } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

export type { InputInfo, TableStyle };
export { TABLE_STYLES } from './html.js';

export const FORMATS = ['text', 'json', 'markdown', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderContext {
  lang: Lang;
  /** Colour for the text format (see colorWanted in ../output.ts). */
  color: boolean;
  /** Text format: ASCII borders instead of box-drawing characters. */
  ascii?: boolean;
  /** Html: 'three-line' (default) or 'grid'. */
  tableStyle?: TableStyle;
  /** csat's version and what was read, for the JSON envelope. */
  version: string;
  input: InputInfo | InputInfo[] | null;
}

export function render(report: Report, format: Format, ctx: RenderContext): string {
  // Warnings travel as English text that remembers its message (i18n.warning): put into the
  // output language here, once, for every format.
  report = { ...report, warnings: report.warnings.map((w) => sayWarning(w, ctx.lang)) };
  switch (format) {
    case 'text':
      return renderText(safeReport(report), { lang: ctx.lang, color: ctx.color, ascii: ctx.ascii });
    case 'json':
      return renderJson(report, { version: ctx.version, input: ctx.input });
    case 'markdown':
      return renderMarkdown(safeReport(report), { lang: ctx.lang });
    case 'csv':
      return renderCsv(report, { lang: ctx.lang });
    case 'html':
      return renderHtml(report, { lang: ctx.lang, input: ctx.input, tableStyle: ctx.tableStyle });
    default:
      throw new Error(`unknown format '${format as string}'`);
  }
}

/**
 * The report with every piece of text through the terminal sanitiser (escape sequences removed,
 * control characters visible), for the formats read in a terminal: text and markdown. Line
 * breaks stay (headers and charts use them); the renderers add their own colour afterwards.
 */
function safeReport(report: Report): Report {
  const s = (x: string) => terminalText(x, { multiline: true });
  const cell = (c: CellValue | Cell): CellValue | Cell =>
    typeof c === 'string' ? s(c) : c !== null && typeof c === 'object' && typeof c.value === 'string' ? { ...c, value: s(c.value) } : c;
  const tbl = (t: Table): Table => ({
    ...t,
    title: s(t.title),
    columns: t.columns.map((c) => ({ ...c, header: s(c.header) })),
    groups: t.groups?.map((g) => ({ ...g, label: s(g.label) })),
    rows: t.rows.map((r) => r.map(cell)),
    footnotes: t.footnotes?.map(s),
  });
  const block = (b: Block): Block =>
    b.kind === 'table'
      ? { kind: 'table', ...tbl(b) }
      : b.kind === 'list'
        ? { ...b, items: b.items.map(s), lead: b.lead === undefined ? undefined : s(b.lead) }
        : { ...b, text: s(b.text) };
  return { ...report, warnings: report.warnings.map((w) => s(w)), blocks: report.blocks.map(block) };
}
