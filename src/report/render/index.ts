/** One entry point for every output format; commands pass --format straight through. */
import { sayWarning, type Lang } from '../../i18n/index.js';
import { terminalText } from '../../i18n/sanitize.js';
import type { Block, Cell, CellValue, Report, Table } from '../table.js';
import { renderCsv } from './csv.js';
import { renderDocx, type ChartImage } from './docx.js';
import { renderHtml, type TableStyle } from './html.js';
import { renderJson, type InputInfo } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';
import { isSvg } from './shared.js';

export type { ChartImage, InputInfo, TableStyle };
export { TABLE_STYLES } from './html.js';

export const FORMATS = ['text', 'json', 'markdown', 'csv', 'html', 'docx'] as const;
export type Format = (typeof FORMATS)[number];
/** The formats that are text; docx is a binary file (a zip). */
export type TextFormat = Exclude<Format, 'docx'>;

export interface RenderContext {
  lang: Lang;
  /** Colour for the text format (see colorWanted in ../output.ts). */
  color: boolean;
  /** Text format: ASCII borders instead of box-drawing characters. */
  ascii?: boolean;
  /** Html and docx: 'three-line' (default) or 'grid'. */
  tableStyle?: TableStyle;
  /** Docx: the PNG of each SVG chart, keyed by its text (rendered beforehand, see png.ts); charts without one are left out. */
  images?: Map<string, ChartImage>;
  /** csat's version and what was read, for the JSON envelope. */
  version: string;
  input: InputInfo | InputInfo[] | null;
}

export function render(report: Report, format: 'docx', ctx: RenderContext): Uint8Array;
export function render(report: Report, format: TextFormat, ctx: RenderContext): string;
export function render(report: Report, format: Format, ctx: RenderContext): string | Uint8Array;
export function render(report: Report, format: Format, ctx: RenderContext): string | Uint8Array {
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
    // Sanitised too: a CSV report on standard output reaches a terminal as text does, and ESC[2J
    // in a column name cleared the screen (`factor -f csv` printed it raw). HTML sanitises in
    // escapeHtml, which every piece of its text (the file name too) passes.
    case 'csv':
      return renderCsv(safeReport(report), { lang: ctx.lang });
    case 'html':
      return renderHtml(report, { lang: ctx.lang, input: ctx.input, tableStyle: ctx.tableStyle, images: ctx.images });
    case 'docx':
      // Sanitised as for a terminal: a document shows no escape sequences or control characters either.
      return renderDocx(safeReport(report), { lang: ctx.lang, input: ctx.input, tableStyle: ctx.tableStyle, images: ctx.images });
    default:
      throw new Error(`unknown format '${format as string}'`);
  }
}

/**
 * The report with every piece of text through the terminal sanitiser (escape sequences removed,
 * control characters visible), for text, markdown and csv (which may reach a terminal) and docx
 * (which shows none). JSON strings escape control characters themselves; HTML and SVG sanitise
 * in their escapers (escapeHtml, escapeXml). Line
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
    // A chart stays as made: docx looks its picture up by this text; text and markdown leave it out.
    b.kind === 'text' && isSvg(b)
      ? b
      : b.kind === 'table'
      ? { kind: 'table', ...tbl(b) }
      : b.kind === 'list'
        ? { ...b, items: b.items.map(s), lead: b.lead === undefined ? undefined : s(b.lead) }
        : { ...b, text: s(b.text) };
  return { ...report, warnings: report.warnings.map((w) => s(w)), blocks: report.blocks.map(block) };
}
