/**
 * Reads one worksheet of an Excel .xlsx workbook into a Source, as if it had been saved as CSV.
 *
 * fflate inflates only the parts needed (workbook, its relationships, shared strings, styles and
 * the one sheet); the sheet XML is then scanned once with indexOf, never built into a DOM, which
 * is what keeps 50,000 x 48 cells within a few seconds and a few hundred MB (bench/xlsx.mjs).
 *
 * Cells are read as typed: a number keeps the digits Excel stored, text comes from the shared
 * strings table or an inline string (rich-text runs joined, phonetic runs left out), TRUE/FALSE
 * become 1/0, an error value keeps its text (#N/A is missing downstream), and a number whose
 * style is a date or time format becomes an ISO date ("2024-03-05", "2024-03-05 14:30:00").
 * A merged cell in the header row names every column it spans (Q5, Q5.1, Q5.2 by uniqueNames);
 * rows above the first non-empty one and columns left of the first used one are not data.
 *
 * Password-protected workbooks are OLE containers holding an EncryptionInfo stream; they, legacy
 * .xls files (also OLE), a damaged archive, a missing or empty sheet are each one InputError.
 */
import { unzipSync } from 'fflate';
import { InputError } from '../errors.js';
import { msg } from '../i18n/index.js';

/** Does `bytes` start like a ZIP archive (an .xlsx workbook)? */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Does `bytes` start like an OLE compound file (legacy .xls, or an encrypted .xlsx)? */
export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** The refusal for an OLE file: encrypted workbooks carry an EncryptionInfo stream (its name in UTF-16). */
export function oleError(bytes: Buffer, name: string): InputError {
  const encrypted = bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'));
  return new InputError(msg(encrypted ? 'xlsx.encrypted' : 'xlsx.legacyXls', { file: name }));
}

/** A worksheet read: its header row (as in the file), column-major data cells and the sheet's name. */
export interface SheetTable {
  header: string[];
  cells: string[][];
  rows: number;
  sheet: string;
}

/**
 * Reads sheet `sheet` (a name, or a 1-based position; default the first) of the workbook in
 * `bytes`; `name` is how the file is called in messages.
 */
export function readXlsx(bytes: Uint8Array, name: string, sheet?: string): SheetTable {
  const meta = inflate(bytes, name, (f) => f === 'xl/workbook.xml' || f === 'xl/_rels/workbook.xml.rels' || f === 'xl/sharedStrings.xml' || f === 'xl/styles.xml');
  const workbook = meta['xl/workbook.xml'];
  if (!workbook) throw new InputError(msg('xlsx.corrupt', { file: name }));
  const wbXml = utf8(workbook);
  const sheets = listSheets(wbXml, meta['xl/_rels/workbook.xml.rels'] ? utf8(meta['xl/_rels/workbook.xml.rels']) : '');
  if (sheets.length === 0) throw new InputError(msg('xlsx.corrupt', { file: name }));
  const chosen = pickSheet(sheets, sheet, name);
  const part = inflate(bytes, name, (f) => f === chosen.path)[chosen.path];
  if (!part) throw new InputError(msg('xlsx.corrupt', { file: name }));
  const strings = meta['xl/sharedStrings.xml'] ? sharedStrings(utf8(meta['xl/sharedStrings.xml'])) : [];
  const dates = meta['xl/styles.xml'] ? dateStyles(utf8(meta['xl/styles.xml'])) : new Set<number>();
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(wbXml);
  const grid = readSheet(utf8(part), strings, dates, date1904);
  if (grid.rows.length === 0) throw new InputError(msg('xlsx.emptySheet', { file: name, sheet: chosen.name }));
  return toTable(grid, chosen.name);
}

function inflate(bytes: Uint8Array, name: string, want: (file: string) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter: (f) => want(f.name) });
  } catch {
    throw new InputError(msg('xlsx.corrupt', { file: name }));
  }
}

const decoder = new TextDecoder('utf-8');
function utf8(b: Uint8Array): string {
  return decoder.decode(b);
}

interface SheetRef {
  name: string;
  path: string;
}

function listSheets(workbook: string, rels: string): SheetRef[] {
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(` ${m[1]}`, 'Id');
    const target = attr(` ${m[1]}`, 'Target');
    if (id !== null && target !== null) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out: SheetRef[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const id = attr(m[1], 'r:id');
    const path = id === null ? undefined : targets.get(id);
    if (path !== undefined) out.push({ name: unescapeXml(attr(m[1], 'name') ?? ''), path });
  }
  return out;
}

function pickSheet(sheets: SheetRef[], sheet: string | undefined, name: string): SheetRef {
  if (sheet === undefined) return sheets[0];
  const byName = sheets.find((s) => s.name === sheet) ?? sheets.find((s) => s.name.toLowerCase() === sheet.trim().toLowerCase());
  if (byName) return byName;
  if (/^\d+$/.test(sheet.trim())) {
    const k = Number(sheet.trim());
    if (k >= 1 && k <= sheets.length) return sheets[k - 1];
  }
  throw new InputError(msg('xlsx.noSheet', { file: name, sheet, sheets: sheets.map((s) => s.name).join(', ') }));
}

/** The value of attribute `key` in an element's attribute text (which starts with a space or is empty). */
function attr(attrs: string, key: string): string | null {
  const needle = ` ${key}="`;
  let i = attrs.indexOf(needle);
  if (i === -1) {
    // Attributes may also be separated by a newline or tab.
    const m = new RegExp(`\\s${key.replace(':', '\\:')}="([^"]*)"`).exec(attrs);
    return m ? m[1] : null;
  }
  i += needle.length;
  return attrs.slice(i, attrs.indexOf('"', i));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  if (s.indexOf('&') === -1 && s.indexOf('_x') === -1) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? all),
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))); // OOXML escapes control characters so
}

/** The text of an <si> or <is> element: every <t> outside phonetic (<rPh>) runs, joined. */
function stringItem(xml: string): string {
  const body = xml.indexOf('<rPh') === -1 ? xml : xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += m[1];
  return unescapeXml(out);
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) out.push(m[1] === undefined ? '' : stringItem(m[1]));
  return out;
}

/** Built-in number formats that show dates or times (ECMA-376 18.8.30). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Indexes of the cell styles (cellXfs) whose number format is a date or a time. */
function dateStyles(xml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const id = attr(m[1], 'numFmtId');
    const code = attr(m[1], 'formatCode');
    if (id !== null && code !== null) custom.set(Number(id), unescapeXml(code));
  }
  const out = new Set<number>();
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
  if (!xfs) return out;
  let i = 0;
  for (const m of xfs[1].matchAll(/<xf\b([^>]*)>/g)) {
    const id = Number(attr(m[1], 'numFmtId') ?? 0);
    const code = custom.get(id);
    if (BUILTIN_DATES.has(id) || (code !== undefined && isDateFormat(code))) out.add(i);
    i++;
  }
  return out;
}

/** A format code shows a date when, outside quoted text, [colour] brackets and escapes, it has d, m, y, h or s. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^General$/i.test(bare);
}

/** Excel's serial day number as an ISO date, with the time when there is one. */
function serialToIso(serial: number, date1904: boolean): string {
  // Day 0 is 1899-12-31 in Excel's 1900 system, which counts the non-existent 1900-02-29:
  // 25569 is 1970-01-01 for serials after it.
  const days = date1904 ? serial + 1462 : serial;
  const ms = Math.round((days - 25569) * 86400000);
  const iso = new Date(ms).toISOString();
  return ms % 86400000 === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

interface Grid {
  /** Row-major cells, '' for an empty cell; every row as long as `width`. */
  rows: string[][];
  width: number;
}

/** Column letters of a cell reference ("AB12") as a 0-based index. */
function columnOf(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const k = ref.charCodeAt(i);
    if (k < 65 || k > 90) break;
    c = c * 26 + (k - 64);
  }
  return c - 1;
}

function rowOf(ref: string): number {
  const m = /\d+$/.exec(ref);
  return m ? Number(m[0]) - 1 : -1;
}

/** One pass over the sheet XML: <row> and <c> elements, and the merged ranges at the end. */
function readSheet(xml: string, strings: string[], dates: Set<number>, date1904: boolean): Grid {
  const rows: string[][] = [];
  let width = 0;
  let minCol = Infinity;
  let pos = xml.indexOf('<sheetData');
  let rowIndex = -1;
  let current: string[] | null = null;
  let col = 0;
  while (pos !== -1) {
    const lt = xml.indexOf('<', pos + 1);
    if (lt === -1) break;
    const c1 = xml.charCodeAt(lt + 1);
    const c2 = xml.charCodeAt(lt + 2);
    if (c1 === 114 && c2 === 111 && xml.startsWith('<row', lt)) {
      // <row r="n">: missing rows in between are empty rows.
      const end = xml.indexOf('>', lt);
      const r = /\br="(\d+)"/.exec(xml.slice(lt, end));
      rowIndex = r ? Number(r[1]) - 1 : rowIndex + 1;
      while (rows.length < rowIndex) rows.push([]);
      current = [];
      rows[rowIndex] = current;
      col = 0;
      pos = xml.charCodeAt(end - 1) === 47 ? end : end; // a self-closing <row/> simply stays empty
      continue;
    }
    if (c1 === 99 && (c2 === 32 || c2 === 62 || c2 === 47) && current) {
      const end = xml.indexOf('>', lt);
      const head = xml.slice(lt + 2, end);
      const selfClosing = xml.charCodeAt(end - 1) === 47;
      const ref = attr(head, 'r');
      if (ref !== null) col = columnOf(ref);
      const type = attr(head, 't');
      const s = attr(head, 's');
      let text = '';
      let close = end;
      if (!selfClosing) {
        close = xml.indexOf('</c>', end);
        const inner = xml.slice(end + 1, close);
        if (type === 'inlineStr') text = stringItem(inner);
        else {
          const v0 = inner.indexOf('<v');
          const v = v0 === -1 ? '' : inner.slice(inner.indexOf('>', v0) + 1, inner.indexOf('</v>', v0));
          if (type === 's') text = strings[Number(v)] ?? '';
          else if (type === 'b') text = v === '1' ? '1' : v === '0' ? '0' : v;
          else if (type === 'str' || type === 'e') text = unescapeXml(v);
          else if (v !== '' && s !== null && dates.has(Number(s))) text = serialToIso(Number(v), date1904);
          else text = v;
        }
      }
      if (text !== '') {
        while (current.length < col) current.push('');
        current[col] = text;
        if (col + 1 > width) width = col + 1;
        if (col < minCol) minCol = col;
      }
      col++;
      pos = close;
      continue;
    }
    if (xml.startsWith('</sheetData', lt)) {
      pos = lt;
      break;
    }
    pos = lt;
  }
  // Leading blank rows and columns are margins, not data; trailing blank rows are Excel's leftovers.
  let first = 0;
  while (first < rows.length && rows[first].every((c) => c === '')) first++;
  let last = rows.length;
  while (last > first && rows[last - 1].every((c) => c === '')) last--;
  const left = Number.isFinite(minCol) ? minCol : 0;
  const out = rows.slice(first, last).map((r) => {
    const full = r.length < width ? r.concat(new Array<string>(width - r.length).fill('')) : r;
    return left > 0 ? full.slice(left) : full;
  });
  const grid: Grid = { rows: out, width: width - left };
  if (pos !== -1) fillMergedHeader(xml.slice(pos), grid, first, left);
  return grid;
}

/** A merged range that starts in the header row gives its text to every column it spans there. */
function fillMergedHeader(tail: string, grid: Grid, top: number, left: number): void {
  for (const m of tail.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const r0 = rowOf(m[1]) - top;
    if (r0 !== 0) continue;
    const c0 = columnOf(m[1]) - left;
    const c1 = columnOf(m[2]) - left;
    const row = grid.rows[0];
    for (let c = c0 + 1; c <= c1 && c < row.length; c++) if (row[c] === '') row[c] = row[c0];
  }
}

function toTable(grid: Grid, sheet: string): SheetTable {
  const header = grid.rows[0];
  const n = grid.rows.length - 1;
  const cells: string[][] = header.map(() => new Array<string>(n));
  for (let i = 0; i < n; i++) {
    const row = grid.rows[i + 1];
    for (let j = 0; j < header.length; j++) cells[j][i] = row[j];
  }
  return { header, cells, rows: n, sheet };
}
