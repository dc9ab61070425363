/**
 * A Word document (.docx, Office Open XML) written directly as XML parts zipped with fflate: the
 * report's title as the document title, the data file, the warnings, then the blocks in order.
 * Headings are Word's Heading 1/2 styles (the navigation pane lists analyze's steps). Tables are
 * three-line tables by default (APA, Chinese journals' 三线表: a 1.5 pt rule above and below,
 * 0.75 pt under the header, a short rule under a column group's label, no vertical rules) or
 * fully ruled (`grid`); the SPSS title above, footnotes below, numbers aligned as the text
 * renderer aligns them (right-aligned, shorter fractions indented so the decimal points line
 * up; whole numbers and text flush right). Every run names its fonts: Times New Roman for Latin text, SimSun (宋体) for Chinese.
 * Charts come in as PNG pictures rendered beforehand (see png.ts); without them they are left out.
 * The output is deterministic: no timestamps in the parts or the zip.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { InputInfo } from '../../data/dataset.js';
import { formatCell } from '../format.js';
import { t, type Lang } from '../../i18n/index.js';
import type { Block, Report, Table } from '../table.js';
import { charWidth, noBreakJoin, unbreakable, wrapColumnHeader } from '../width.js';
import { checkTable, isSvg, placedGroups, warningLines, type PlacedGroup } from './shared.js';
import { inputNames, type TableStyle } from './html.js';
import { maxOf } from '../../stats/extent.js';
import { escapeXml } from '../svg/shared.js';

/** A chart as a picture: PNG bytes and the size it is shown at, in CSS pixels (96 per inch). */
export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
}

export interface DocxOptions {
  lang: Lang;
  input?: InputInfo | InputInfo[] | null;
  tableStyle?: TableStyle;
  /** The PNG of each SVG text block, keyed by the block's text; a chart without one is left out. */
  images?: Map<string, ChartImage>;
}

const LATIN = 'Times New Roman';
const CHINESE = 'SimSun';
const MONO = 'Courier New';
/** A4 with 2.54 cm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1440 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Half-points: 10.5 pt (五号, the body size of Chinese journals) for text and tables, 9 pt for notes. */
const SIZE = { body: 21, note: 18, title: 32, h2: 28, h3: 24 };
/** Cell padding left and right, in twips. */
const CELL_PAD = 85;
/** Rule weights in eighths of a point. */
const RULE = { heavy: 12, thin: 6, grid: 4 };
const EMU_PER_PX = 9525;
const EMU_PER_TWIP = 635;
/** Room on top of the estimated text widths, for fonts wider than Times New Roman (a substitute where it is missing). */
const SAFETY = 1.12;

const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** A fixed zip time stamp, so that the same report gives the same bytes. */
const ZIP_TIME = new Date(1980, 0, 1);

interface RunStyle {
  bold?: boolean;
  size?: number;
  mono?: boolean;
}

/** The .docx bytes of `report`. */
export function renderDocx(report: Report, opts: DocxOptions): Uint8Array {
  const title = report.title ?? `csat ${report.command}`;
  const body: string[] = [para(title, { style: 'Title' })];
  const files = inputNames(opts.input, opts.lang);
  if (files) body.push(para(t('html.input', opts.lang, { files }), { style: 'Subtitle' }));
  for (const w of warningLines(report, opts.lang)) body.push(para(w, { style: 'Warning' }));
  const media: { name: string; png: Uint8Array }[] = [];
  for (const block of report.blocks) {
    const xml = blockXml(block, opts, media);
    if (xml) body.push(xml);
  }
  const sect =
    `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.margin}" w:right="${PAGE.margin}" w:bottom="${PAGE.margin}" w:left="${PAGE.margin}" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`;
  const document =
    XML_HEAD +
    `<w:document xmlns:w="${NS_W}" xmlns:r="${NS_R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    `<w:body>${body.join('')}${sect}</w:body></w:document>`;
  const rels = [
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdSettings" Type="${REL}/settings" Target="settings.xml"/>`,
    ...media.map((m, i) => `<Relationship Id="rIdImage${i + 1}" Type="${REL}/image" Target="media/${m.name}"/>`),
  ];
  const files_: Zippable = {
    '[Content_Types].xml': strToU8(contentTypes()),
    '_rels/.rels': strToU8(
      XML_HEAD +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
        '</Relationships>',
    ),
    'docProps/core.xml': strToU8(coreProps(title, opts.lang)),
    'docProps/app.xml': strToU8(
      XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>csat</Application></Properties>',
    ),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(styles(opts.lang)),
    'word/settings.xml': strToU8(settings(opts.lang)),
    'word/_rels/document.xml.rels': strToU8(XML_HEAD + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`),
  };
  // PNG is compressed already: stored, not deflated again.
  for (const m of media) files_[`word/media/${m.name}`] = [m.png, { level: 0 }];
  return zipSync(files_, { level: 6, mtime: ZIP_TIME });
}

function blockXml(block: Block, opts: DocxOptions, media: { name: string; png: Uint8Array }[]): string {
  switch (block.kind) {
    case 'table':
      return tableXml(block, opts.tableStyle ?? 'three-line');
    case 'heading':
      return para(block.text, { style: block.level === 2 ? 'Heading1' : 'Heading2' });
    case 'list':
      return block.items.map((item) => para(`\u2022\t${item}`, { style: 'ListItem' })).join('');
    default: {
      if (isSvg(block)) {
        const image = opts.images?.get(block.text);
        if (!image) return '';
        media.push({ name: `chart${media.length + 1}.png`, png: image.png });
        return pictureXml(image, media.length);
      }
      const lines = block.text.replace(/\s+$/, '').replace(/^\s*\n/, '').split(/\r?\n/);
      // As in html: lines laid out with spaces (text charts) keep their layout in a fixed-width
      // font; sentences are paragraphs that wrap with the page.
      if (lines.some((l) => /^\s|\S\s{2,}\S/.test(l))) return lines.map((l) => para(l, { style: 'Plain', mono: true })).join('');
      return lines.map((l) => para(l.trim())).join('');
    }
  }
}

/** A paragraph of one run; `\n` in the text breaks the line, `\t` is a tab. */
function para(text: string, p: { style?: string; align?: 'left' | 'center' | 'right'; indent?: string; keepNext?: boolean } & RunStyle = {}): string {
  const props = [
    p.style ? `<w:pStyle w:val="${p.style}"/>` : '',
    p.keepNext ? '<w:keepNext/>' : '',
    p.indent ?? '',
    p.align ? `<w:jc w:val="${p.align}"/>` : '',
    // The paragraph mark takes the size too: an empty cell of a table in a smaller size would otherwise make its row taller.
    p.size ? `<w:rPr><w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/></w:rPr>` : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${run(text, p)}</w:p>`;
}

/**
 * One run of text with its fonts named (Latin and East Asian), so Word and LibreOffice pick
 * Times New Roman for the numbers and SimSun for Chinese whatever the document defaults.
 */
function run(text: string, s: RunStyle = {}): string {
  if (text === '') return '';
  const latin = s.mono ? MONO : LATIN;
  const props =
    `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${CHINESE}" w:cs="${latin}"/>` +
    (s.bold ? '<w:b/><w:bCs/>' : '') +
    (s.size ? `<w:sz w:val="${s.size}"/><w:szCs w:val="${s.size}"/>` : '');
  const parts = text.split(/(\n|\t)/).map((piece) => (piece === '\n' ? '<w:br/>' : piece === '\t' ? '<w:tab/>' : piece === '' ? '' : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`));
  return `<w:r><w:rPr>${props}</w:rPr>${parts.join('')}</w:r>`;
}

/**
 * Twips a piece of text takes at 10.5 pt in Times New Roman: CJK one em, digits and '*' half an
 * em (exact: its figures are tabular), '.' and ',' a quarter, the rest estimated.
 */
function textTwips(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch.codePointAt(0)!);
    w += cw === 2 ? 210 : cw === 0 ? 0 : /[\d*]/.test(ch) ? 105 : /[.,:;'|!il]/.test(ch) ? 53 : /[A-Z%@MWmw]/.test(ch) ? 150 : /[-()]/.test(ch) ? 70 : 105;
  }
  return w;
}

/** The longest word of a header (a Chinese word is kept whole by its joiners, see noBreakJoin). */
function longestWord(s: string): number {
  return maxOf(unbreakable(s).map(textTwips), 0);
}

/**
 * Each column's header as its lines (wrapHeader, as text breaks it), each line's words held
 * together by word joiners: Word and LibreOffice may break a Chinese header only between words,
 * and never before a "，".
 */
function headerLines(table: Table, cells: string[][]): string[] {
  return table.columns.map((c, k) => wrapColumnHeader(c.header, cells.map((r) => r[k])).map(noBreakJoin).join('\n'));
}

function tableXml(table: Table, style: TableStyle): string {
  checkTable(table);
  const isLabel = table.columns.map((c) => c.kind === 'label');
  const cells = table.rows.map((r) => r.map((c, k) => formatCell(c, table.columns[k])));
  const numeric = table.rows.map((r) => r.map((c) => typeof (typeof c === 'object' && c !== null ? c.value : c) === 'number'));
  // Per number column: the widest part after the integer digits ('.482**'), as in text.
  const rest = table.columns.map((_, k) =>
    isLabel[k] ? 0 : maxOf(cells.map((r, i) => (numeric[i][k] ? textTwips(splitNumber(r[k]).rest) : 0)), 0),
  );
  const groups = placedGroups(table);
  const headers = headerLines(table, cells);
  const { widths: w, size } = layout(table, cells, headers, groups);
  const grid = style === 'grid';
  const line = (sz: number) => `w:val="single" w:sz="${sz}" w:space="0" w:color="000000"`;
  const none = 'w:val="nil"';
  const outer = grid ? line(RULE.grid) : line(RULE.heavy);
  const tblBorders =
    `<w:tblBorders><w:top ${outer}/><w:left ${grid ? outer : none}/><w:bottom ${outer}/><w:right ${grid ? outer : none}/>` +
    `<w:insideH ${grid ? outer : none}/><w:insideV ${grid ? outer : none}/></w:tblBorders>`;
  const out: string[] = [];
  out.push(para(table.title, { style: 'TableTitle', keepNext: true }));
  out.push(
    `<w:tbl><w:tblPr><w:tblW w:w="${w.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:jc w:val="center"/>${tblBorders}` +
      '<w:tblLayout w:type="fixed"/>' +
      `<w:tblCellMar><w:left w:w="${CELL_PAD}" w:type="dxa"/><w:right w:w="${CELL_PAD}" w:type="dxa"/></w:tblCellMar>` +
      '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>',
  );
  out.push(`<w:tblGrid>${w.map((x) => `<w:gridCol w:w="${x}"/>`).join('')}</w:tblGrid>`);

  // The body size needs no run property of its own; a smaller one (a wide table) does.
  const sized = size === SIZE.body ? undefined : size;
  const headerRule = grid ? '' : `<w:tcBorders><w:bottom ${line(RULE.thin)}/></w:tcBorders>`;
  const headerCell = (text: string, k: number, span: number, opts: { vMerge?: 'restart' | 'continue'; rule?: string } = {}) => {
    const width = w.slice(k, k + span).reduce((a, b) => a + b, 0);
    const props =
      `<w:tcW w:w="${width}" w:type="dxa"/>` +
      (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') +
      (opts.vMerge ? `<w:vMerge w:val="${opts.vMerge}"/>` : '') +
      (opts.rule ?? '') +
      '<w:vAlign w:val="bottom"/>';
    const content = opts.vMerge === 'continue' ? '<w:p/>' : para(text, { style: 'TableText', align: isLabel[k] && span === 1 ? 'left' : 'center', keepNext: true, size: sized });
    return `<w:tc><w:tcPr>${props}</w:tcPr>${content}</w:tc>`;
  };
  const headerRow = (cellsXml: string[]) => `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cellsXml.join('')}</w:tr>`;
  // A table whose headers are all empty (SPSS's KMO and Bartlett's Test) has no header row.
  const headless = !groups && table.columns.every((c) => c.header === '');
  if (groups) {
    // Under a group's label a short thin rule (as \cmidrule in a paper), under the whole header row the header rule.
    const groupRule = grid ? '' : `<w:tcBorders><w:bottom ${line(RULE.thin)}/></w:tcBorders>`;
    out.push(headerRow(groups.map((g) => (g.label === '' ? headerCell(headers[g.start], g.start, 1, { vMerge: 'restart' }) : headerCell(noBreakJoin(g.label), g.start, g.span, { rule: groupRule })))));
    out.push(
      headerRow(
        groups.flatMap((g) =>
          g.label === ''
            ? [headerCell('', g.start, 1, { vMerge: 'continue', rule: headerRule })]
            : headers.slice(g.start, g.start + g.span).map((h, j) => headerCell(h, g.start + j, 1, { rule: headerRule })),
        ),
      ),
    );
  } else if (!headless) {
    out.push(headerRow(headers.map((h, k) => headerCell(h, k, 1, { rule: headerRule }))));
  }
  cells.forEach((r, i) => {
    const tcs = r.map((text, k) => {
      const props = `<w:tcW w:w="${w[k]}" w:type="dxa"/><w:vAlign w:val="top"/>`;
      let p: string;
      if (isLabel[k]) p = para(text, { style: 'TableText', align: 'left', size: sized });
      else {
        // Right-aligned; a shorter fraction is indented from the right by what it lacks, so
        // that the decimal points line up (a decimal tab would do it in Word, but LibreOffice
        // moves a tabbed cell's text onto a second line).
        const lack = numeric[i][k] ? rest[k] - textTwips(splitNumber(text).rest) : 0;
        const indent = lack > 0 ? `<w:ind w:right="${Math.round((lack * size) / SIZE.body)}"/>` : '';
        p = para(text, { style: 'TableText', align: 'right', indent, size: sized });
      }
      return `<w:tc><w:tcPr>${props}</w:tcPr>${p}</w:tc>`;
    });
    out.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${tcs.join('')}</w:tr>`);
  });
  if (cells.length === 0) out.push(`<w:tr>${w.map((x) => `<w:tc><w:tcPr><w:tcW w:w="${x}" w:type="dxa"/></w:tcPr><w:p/></w:tc>`).join('')}</w:tr>`);
  out.push('</w:tbl>');
  const notes = table.footnotes ?? [];
  // Notes start at the (centred) table's left edge, as a paper sets them.
  const margin = Math.max(0, Math.floor((TEXT_WIDTH - w.reduce((a, b) => a + b, 0)) / 2));
  notes.forEach((note) => out.push(para(note, { style: 'TableNote', indent: margin ? `<w:ind w:left="${margin}" w:right="${margin}"/>` : '' })));
  // Word joins two tables with nothing between them into one: a paragraph after each table keeps them apart.
  if (notes.length === 0) out.push('<w:p><w:pPr><w:pStyle w:val="TableNote"/></w:pPr></w:p>');
  return out.join('');
}

/**
 * Column widths (twips) and the font size (half-points) of a table: each column as wide as its
 * widest cell and its header's longest line (`headers`, wrapped as in text); a table too wide for the page
 * first wraps its headers down to their longest words, then takes a smaller size (9, then 8 pt),
 * and only then is squeezed to the page, where Word wraps the cells.
 */
function layout(table: Table, cells: string[][], headers: string[], groups: PlacedGroup[] | null): { widths: number[]; size: number } {
  const longest = (s: string) => maxOf(s.split('\n').map(textTwips), 0);
  const body = table.columns.map((_, k) => maxOf(cells.map((r) => longest(r[k])), 0));
  // Words of the header as written (the joiners in `headers` are not break points to count).
  const word = table.columns.map((c) => longestWord(c.header));
  const want = headers.map((h, k) => Math.max(body[k], 300, longest(h)));
  const least = table.columns.map((_, k) => Math.max(body[k], word[k], 300));
  for (const g of groups ?? []) {
    if (g.label === '') continue;
    // A group's label spreads over its columns: they widen together when it is the wider.
    const spread = (ws: number[], need: number) => {
      const have = ws.slice(g.start, g.start + g.span).reduce((a, b) => a + b, 0);
      if (need > have) for (let k = g.start; k < g.start + g.span; k++) ws[k] += Math.ceil((need - have) / g.span);
    };
    spread(want, textTwips(g.label));
    spread(least, longestWord(g.label));
  }
  const pad = 2 * CELL_PAD + 40;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  for (const size of [SIZE.body, 18, 16]) {
    const f = (size / SIZE.body) * SAFETY;
    const W = want.map((x) => Math.ceil(x * f + pad));
    const L = least.map((x) => Math.ceil(x * f + pad));
    if (sum(W) <= TEXT_WIDTH) return { widths: W, size };
    if (sum(L) <= TEXT_WIDTH) {
      const share = (TEXT_WIDTH - sum(L)) / (sum(W) - sum(L));
      return { widths: L.map((l, k) => Math.floor(l + (W[k] - l) * share)), size };
    }
  }
  const L = least.map((x) => x * (16 / SIZE.body) * SAFETY + pad);
  return { widths: L.map((l) => Math.floor((l * TEXT_WIDTH) / sum(L))), size: 16 };
}

/** A number's text split as the text renderer splits it: integer digits, then the rest ('.482**'). */
function splitNumber(s: string): { int: string; rest: string } {
  const int = /^-?\d*/.exec(s)![0];
  return { int, rest: s.slice(int.length) };
}

function pictureXml(image: ChartImage, id: number): string {
  let cx = Math.round(image.width * EMU_PER_PX);
  let cy = Math.round(image.height * EMU_PER_PX);
  const max = TEXT_WIDTH * EMU_PER_TWIP;
  if (cx > max) {
    cy = Math.round((cy * max) / cx);
    cx = max;
  }
  return (
    '<w:p><w:pPr><w:pStyle w:val="Chart"/></w:pPr><w:r><w:drawing>' +
    `<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${id}" name="Chart ${id}"/>` +
    '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>' +
    `<pic:nvPicPr><pic:cNvPr id="${id}" name="chart${id}.png"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="rIdImage${id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
  );
}

function contentTypes(): string {
  const ct = 'application/vnd.openxmlformats-officedocument';
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="png" ContentType="image/png"/>' +
    `<Override PartName="/word/document.xml" ContentType="${ct}.wordprocessingml.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="${ct}.wordprocessingml.styles+xml"/>` +
    `<Override PartName="/word/settings.xml" ContentType="${ct}.wordprocessingml.settings+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `<Override PartName="/docProps/app.xml" ContentType="${ct}.extended-properties+xml"/>` +
    '</Types>'
  );
}

function coreProps(title: string, lang: Lang): string {
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>csat</dc:creator><dc:language>${lang === 'zh' ? 'zh-CN' : 'en-US'}</dc:language>` +
    '</cp:coreProperties>'
  );
}

function settings(lang: Lang): string {
  return (
    XML_HEAD +
    `<w:settings xmlns:w="${NS_W}"><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="doNotCompress"/>` +
    `<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:decimalSymbol w:val="."/><w:listSeparator w:val="${lang === 'zh' ? '，' : ','}"/></w:settings>`
  );
}

/** The document's styles: every one names both fonts too, for text typed into the document later. */
function styles(lang: Lang): string {
  const fonts = `<w:rFonts w:ascii="${LATIN}" w:hAnsi="${LATIN}" w:eastAsia="${CHINESE}" w:cs="${LATIN}"/>`;
  const lng = `<w:lang w:val="${lang === 'zh' ? 'zh-CN' : 'en-US'}" w:eastAsia="zh-CN" w:bidi="ar-SA"/>`;
  const st = (id: string, name: string, ppr: string, rpr: string, extra = '') =>
    `<w:style w:type="paragraph"${id === 'Normal' ? ' w:default="1"' : ''} w:customStyle="${/^(Normal|Title|Subtitle|Heading[12])$/.test(id) ? 0 : 1}" w:styleId="${id}"><w:name w:val="${name}"/>` +
    `${id === 'Normal' ? '' : '<w:basedOn w:val="Normal"/>'}${extra}<w:qFormat/><w:pPr>${ppr}</w:pPr><w:rPr>${rpr}</w:rPr></w:style>`;
  const sz = (v: number) => `<w:sz w:val="${v}"/><w:szCs w:val="${v}"/>`;
  return (
    XML_HEAD +
    `<w:styles xmlns:w="${NS_W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}${sz(SIZE.body)}${lng}</w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    st('Normal', 'Normal', '', fonts + sz(SIZE.body)) +
    st('Title', 'Title', '<w:spacing w:after="120"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>', `<w:b/><w:bCs/>${sz(SIZE.title)}`) +
    st('Subtitle', 'Subtitle', '<w:spacing w:after="240"/><w:jc w:val="center"/>', '') +
    st('Warning', 'csat Warning', '<w:spacing w:after="60"/>', '<w:color w:val="7F4F00"/>') +
    st('Heading1', 'heading 1', '<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>', `<w:b/><w:bCs/>${sz(SIZE.h2)}`, '<w:next w:val="Normal"/>') +
    st('Heading2', 'heading 2', '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/>', `<w:b/><w:bCs/>${sz(SIZE.h3)}`, '<w:next w:val="Normal"/>') +
    st('TableTitle', 'csat Table Title', '<w:keepNext/><w:spacing w:before="240" w:after="60"/><w:jc w:val="center"/>', '<w:b/><w:bCs/>') +
    st('TableText', 'csat Table Text', '<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>', '') +
    st('TableNote', 'csat Table Note', '<w:spacing w:before="40" w:after="0" w:line="240" w:lineRule="auto"/>', sz(SIZE.note)) +
    st('ListItem', 'csat List', '<w:tabs><w:tab w:val="left" w:pos="360"/></w:tabs><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/>', '') +
    st('Plain', 'csat Plain Text', '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', `<w:rFonts w:ascii="${MONO}" w:hAnsi="${MONO}" w:eastAsia="${CHINESE}" w:cs="${MONO}"/>${sz(SIZE.note)}`) +
    st('Chart', 'csat Chart', '<w:keepLines/><w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/>', '') +
    '</w:styles>'
  );
}

