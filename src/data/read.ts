/**
 * Reads a survey export (CSV/TSV) into a Source: decoded text, detected delimiter, header names
 * and column-major raw cells. Nothing is converted to numbers here (see convert.ts).
 *
 * Decoding (iconv-lite): a byte-order mark decides (UTF-8, UTF-16 LE/BE); NUL bytes in every other
 * position mean UTF-16 without a mark; text that is valid UTF-8 (or nearly: at most one bad
 * sequence per ten good multi-byte ones, replaced and reported) is UTF-8; anything else is read as
 * GB18030 (a superset of GBK and GB2312, what Excel and Chinese survey platforms write) when its
 * high characters read mostly as Chinese text (GB2312-area characters, not accented letters inside
 * Latin words: see gbkPairs), else Windows-1252 (a Western European export: café, Zürich, Größe)
 * with a warning; failing both, the user is asked for `--encoding`,
 * which always overrides the detection.
 * Excel's "sep=;" first line names the delimiter. An .xlsx workbook is read by xlsx.ts, an SPSS
 * system file (.sav, .zsav: found by its first bytes, whatever its name) by sav-read.ts; legacy
 * .xls files get advice.
 *
 * Parsing (RFC 4180): papaparse handles quoted fields (embedded delimiters, doubled quotes,
 * newlines). Text without any double quote cannot contain quoted fields, so it takes a direct
 * splitter that writes straight into the columns; both paths give identical results (tested).
 * Blank lines are skipped (as R's read.csv does; in a one-column file they are empty cells), and
 * so are all-empty records at the end of the file (Excel leaves rows such as ",,,," behind).
 *
 * Row numbers in messages count data rows from 1 (the header is not a data row); messages about
 * the file's structure also give the line number for a text editor.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { InputError, UsageError } from '../errors.js';
import { progressStep } from '../progress.js';
import { msg, warning } from '../i18n/index.js';
import type { Source } from './source.js';
import { isOle, isZip, oleError, readXlsx } from './xlsx.js';
import { readSav } from './sav-read.js';
import { applyShape, type PlatformId } from './platform/index.js';

export interface ReadOptions {
  /** Encoding name (utf8, gbk, gb18030, utf16le, utf16be, latin1, ...); detected when absent. */
  encoding?: string;
  /** ',', ';', 'tab' or '\t', '|', or any single character; detected when absent. */
  delimiter?: string;
  /** Most bytes read from standard input or another non-regular file (/dev/zero, a FIFO). */
  maxBytes?: number;
  /** The worksheet of an .xlsx workbook: a name or a 1-based position (default: the first). */
  sheet?: string;
  /** Longest cell, and longest header line, in UTF-8 bytes (default MAX_CELL_BYTES). */
  maxCellBytes?: number;
  /** Most columns (default MAX_COLUMNS). */
  maxColumns?: number;
  /** Lines (worksheet rows) before the header row, skipped (a title, a note). */
  skipRows?: number;
  /** Header rows in all: the names, then rows 2..N as labels (default: 1, or the platform's). */
  headerRows?: number;
  /** The survey platform's layout to read (platform/index.ts): forced, 'none', or detected when absent. */
  platform?: PlatformId | 'none';
}

/**
 * Default for maxCellBytes: 1 MiB. No survey answer or column name comes near it; a 50 MB cell or
 * a 10 MB header line is a broken or hostile file, and would cost gigabytes in the tables.
 */
export const MAX_CELL_BYTES = 1024 ** 2;

/** Default for maxColumns: 5,000, beyond any questionnaire; 10,000 columns would need a 10,000 x 10,000 matrix. */
export const MAX_COLUMNS = 5000;

/** Default for maxBytes: 256 MiB, far above any survey export, far below what exhausts memory. */
export const MAX_STREAM_BYTES = 256 * 1024 ** 2;

/** Which parser to use; 'auto' picks the direct splitter when the text holds no double quote. */
export type ParsePath = 'auto' | 'fast' | 'papaparse';

/** Reads `file` ('-' = standard input) and parses it into a Source. */
export async function readSource(file: string, opts: ReadOptions = {}): Promise<Source> {
  // Validate options before touching the input, so a typo never waits on stdin.
  const delimiter = opts.delimiter === undefined ? undefined : parseDelimiterOption(opts.delimiter);
  if (opts.encoding !== undefined) canonicalEncoding(opts.encoding);
  const max = opts.maxBytes ?? MAX_STREAM_BYTES;
  progressStep(msg('progress.reading', { file: displayName(file) }));
  const bytes = file === '-' ? await readStdin(max) : await readInputFile(file, max);
  const limits = { maxCellBytes: opts.maxCellBytes, maxColumns: opts.maxColumns };
  progressStep(msg('progress.parsing', { file: displayName(file) }));
  if (isSav(bytes)) return sourceFromSav(bytes, file, opts.maxColumns);
  const shape = { platform: opts.platform, headerRows: opts.headerRows };
  if (isZip(bytes)) return applyShape(skipSourceRows(checkLimits(sourceFromXlsx(bytes, file, opts.sheet), limits), opts.skipRows ?? 0), shape);
  if (isOle(bytes)) throw oleError(bytes, displayName(file));
  // Parquet reaches here only for a command that needs the rows (the others read it through DuckDB).
  if (bytes.subarray(0, 4).toString('latin1') === 'PAR1') throw new InputError(msg('duckdb.err.parquetRows', { file: displayName(file) }));
  return applyShape(sourceFromBuffer(bytes, file, { encoding: opts.encoding, delimiter, skipRows: opts.skipRows, ...limits }), shape);
}

/** A worksheet's first `n` rows dropped: row n + 1 is the header (--skip-rows on an .xlsx file). */
function skipSourceRows(src: Source, n: number): Source {
  if (n <= 0) return src;
  const name = displayName(src.file);
  if (src.rows <= n) throw new InputError(msg('data.read.noDataRows', { file: name }));
  const { names, warnings } = uniqueNames(src.cells.map((col) => col[n - 1]), name);
  return { ...src, names, cells: src.cells.map((col) => col.slice(n)), rows: src.rows - n, warnings: [...(src.warnings ?? []), ...warnings] };
}

/** `text` without its first `n` lines. */
function skipLines(text: string, n: number): string {
  let at = 0;
  for (let k = 0; k < n; k++) {
    const i = text.indexOf('\n', at);
    if (i === -1) return '';
    at = i + 1;
  }
  return text.slice(at);
}

/** UTF-8 length of `s`, measured only when it might pass `max` (most cells are far shorter). */
function overBytes(s: string, max: number): number | null {
  if (s.length * 3 <= max) return null;
  const n = Buffer.byteLength(s);
  return n > max ? n : null;
}

/**
 * The limits on a Source (see ReadOptions): every column name and cell at most maxCellBytes, the
 * header line too, and at most maxColumns columns; else one InputError naming the cell.
 */
export function checkLimits<T extends Pick<Source, 'file' | 'names' | 'cells'>>(source: T, opts: Pick<ReadOptions, 'maxCellBytes' | 'maxColumns'>): T {
  const file = displayName(source.file);
  checkColumnCount(source.names.length, file, opts.maxColumns);
  const max = opts.maxCellBytes ?? MAX_CELL_BYTES;
  const header = overBytes(source.names.join(','), max);
  if (header !== null) throw new InputError(msg('data.read.headerTooLong', { file, size: header, max }));
  source.cells.forEach((col, j) => {
    for (let r = 0; r < col.length; r++) {
      const size = overBytes(col[r], max);
      if (size !== null) throw new InputError(msg('data.read.cellTooLong', { file, row: r + 1, name: source.names[j], size, max }));
    }
  });
  return source;
}

function checkColumnCount(count: number, file: string, maxColumns = MAX_COLUMNS): void {
  if (count > maxColumns) throw new InputError(msg('data.read.tooManyColumns', { file, count, max: maxColumns }));
}

/** Parses bytes already in memory; `file` is only used in messages and the Source. */
export function sourceFromBuffer(bytes: Buffer, file: string, opts: ReadOptions = {}, path: ParsePath = 'auto'): Source {
  const name = displayName(file);
  if (bytes.length === 0) throw new InputError(msg('data.read.empty', { file: name }));
  let decoded: Decoded;
  try {
    decoded = decodeBuffer(bytes, file, opts.encoding);
  } catch (e) {
    const tooLong = (e as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG' || (e instanceof RangeError && /string length/i.test(e.message));
    if (!tooLong) throw e;
    throw new InputError(msg('data.read.tooLarge', { file: name }));
  }
  // Excel writes "sep=;" as a first line to name the delimiter; it is not the header.
  const hint = /^sep=([^\r\n"])\r?\n/.exec(decoded.text);
  const text = skipLines(hint ? decoded.text.slice(hint[0].length) : decoded.text, opts.skipRows ?? 0);
  const delimiter =
    opts.delimiter !== undefined ? parseDelimiterOption(opts.delimiter) : hint ? hint[1] : detectDelimiter(text);
  const parsed = checkLimits({ file, ...parseText(text, delimiter, file, path, opts.maxColumns) }, opts);
  return {
    file,
    encoding: decoded.encoding,
    delimiter,
    names: parsed.names,
    cells: parsed.cells,
    rows: parsed.rows,
    warnings: [...decoded.warnings, ...parsed.warnings],
  };
}

/** An .xlsx workbook's sheet as a Source (see xlsx.ts); numbers there never use a decimal comma. */
export function sourceFromXlsx(bytes: Buffer, file: string, sheet?: string): Source {
  const t = readXlsx(bytes, displayName(file), sheet);
  const { names, warnings } = uniqueNames(t.header, displayName(file));
  return { file, encoding: 'utf-8', delimiter: ',', names, cells: t.cells, rows: t.rows, sheet: t.sheet, warnings };
}

/** An SPSS system file starts with $FL2 (.sav) or $FL3 (.zsav). */
export function isSav(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes[0] === 0x24 && bytes[1] === 0x46 && bytes[2] === 0x4c && (bytes[3] === 0x32 || bytes[3] === 0x33);
}

/**
 * An SPSS system file as a Source (see sav-read.ts): every variable a typed column. A numeric
 * column's cells (its numbers as text) are made only if something reads them, such as an --id
 * column: a million-row file would otherwise spend longer formatting numbers than reading them.
 */
export function sourceFromSav(bytes: Buffer, file: string, maxColumns?: number): Source {
  const name = displayName(file);
  const sav = readSav(bytes, name);
  if (sav.rows === 0) throw new InputError(msg('data.read.noDataRows', { file: name }));
  checkColumnCount(sav.variables.length, name, maxColumns);
  const { names, warnings } = uniqueNames(sav.variables.map((v) => v.name), name);
  const cells: string[][] = [];
  sav.variables.forEach((v, j) => {
    if (v.width !== 0) {
      cells[j] = v.values as string[];
      return;
    }
    let text: string[] | undefined;
    const x = v.values as Float64Array;
    Object.defineProperty(cells, j, { enumerable: true, get: () => (text ??= Array.from(x, (e) => (e === e ? String(e) : ''))) });
  });
  const typed = sav.variables.map((v) => ({
    values: v.width === 0 ? (v.values as Float64Array) : null,
    label: v.label,
    valueLabels: v.valueLabels,
    missing: v.missing,
    measure: v.measure,
    decimals: v.decimals,
  }));
  const weight = sav.weight === null ? undefined : names[sav.variables.findIndex((v) => v.name === sav.weight)];
  return { file, encoding: sav.encoding, delimiter: ',', names, cells, rows: sav.rows, typed, ...(weight !== undefined ? { weight } : {}), warnings };
}

/** How a file is called in messages. */
export function displayName(file: string): string {
  return file === '-' ? 'standard input' : file;
}

// ---------------------------------------------------------------------------------------------
// Input bytes

async function readInputFile(file: string, max: number): Promise<Buffer> {
  try {
    // A device or FIFO (/dev/zero, /dev/urandom) may never end: read it as a bounded stream.
    const before = await stat(file);
    if (!before.isFile()) return await readBounded(createReadStream(file), file, max);
    const bytes = await readFile(file);
    checkUnchanged(file, before, bytes.length, await stat(file));
    return bytes;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? msg('data.noSuchFile')
        : code === 'EISDIR'
          ? msg('data.isDirectory')
          : code === 'EACCES' || code === 'EPERM'
            ? msg('data.permissionDenied')
            : code === 'ERR_FS_FILE_TOO_LARGE'
              ? msg('data.fileTooLargeForMemory')
              : (err as Error).message;
    throw new InputError(msg('data.read.cannotRead', { file, why }));
  }
}

/**
 * A file still being written (an export in progress, a log appended to) gives a torn last row
 * or a mix of two versions: its size, or its modification time, differs between opening and the
 * end of the read. That is an InputError, never an analysis of half a file.
 */
export function checkUnchanged(file: string, before: { size: number; mtimeMs: number }, read: number, after: { size: number; mtimeMs: number }): void {
  if (read === before.size && after.size === before.size && after.mtimeMs === before.mtimeMs) return;
  throw new InputError(msg('data.read.changedWhileRead', { file: displayName(file), before: before.size, after: after.size === before.size ? read : after.size }));
}

async function readStdin(max: number): Promise<Buffer> {
  if (process.stdin.isTTY) {
    throw new UsageError(msg('data.read.noStdin'));
  }
  return readBounded(process.stdin, '-', max);
}

/** All of a stream, or an InputError once it passes `max` bytes. */
export async function readBounded(stream: NodeJS.ReadableStream & { destroy?: () => void }, file: string, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > max) {
      stream.destroy?.();
      throw new InputError(msg('data.read.streamTooLarge', { file: displayName(file), max }));
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------
// Decoding

export interface Decoded {
  text: string;
  /** Canonical name of the encoding used (utf-8, gb18030, utf-16le, ...). */
  encoding: string;
  warnings: string[];
}

const CANONICAL: Record<string, string> = {
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  ucs2: 'utf-16le',
  utf16be: 'utf-16be',
  utf16: 'utf-16',
  gbk: 'gbk',
  cp936: 'gbk',
  gb2312: 'gb2312',
  gb18030: 'gb18030',
  latin1: 'latin1',
  iso88591: 'latin1',
  cp1252: 'windows-1252',
  windows1252: 'windows-1252',
  big5: 'big5',
  shiftjis: 'shift_jis',
  sjis: 'shift_jis',
};

/** The canonical name of an encoding the user gave; UsageError when iconv-lite does not know it. */
export function canonicalEncoding(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || !iconv.encodingExists(trimmed)) {
    throw new UsageError(msg('data.read.unknownEncoding', { name }));
  }
  const key = trimmed.toLowerCase().replace(/[-_\s]/g, '');
  return CANONICAL[key] ?? trimmed.toLowerCase();
}

/** Decodes bytes as described in the module comment. */
export function decodeBuffer(bytes: Buffer, file: string, encoding?: string): Decoded {
  const name = displayName(file);
  const warnings: string[] = [];
  if (encoding !== undefined) {
    const canonical = canonicalEncoding(encoding);
    const text = iconv.decode(bytes, encoding.trim());
    const bad = countReplacements(text);
    if (bad > 0) {
      warnings.push(warning(msg('data.read.badBytes', { file: name, count: bad, encoding: canonical })));
    }
    return { text, encoding: canonical, warnings };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    if (!isUtf8(bytes.subarray(3))) {
      throw new InputError(msg('data.read.bomNotUtf8', { file: name }));
    }
    return { text: bytes.toString('utf8', 3), encoding: 'utf-8', warnings };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes, 'utf16le'), encoding: 'utf-16le', warnings };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes, 'utf16be'), encoding: 'utf-16be', warnings };
  rejectBinary(bytes, name);
  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) return { text: iconv.decode(bytes, utf16), encoding: utf16 === 'utf16le' ? 'utf-16le' : 'utf-16be', warnings };
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'utf-8', warnings };
  // UTF-8 with a few damaged bytes (a truncated character, one Latin-1 letter) is still UTF-8:
  // read as GB18030 its Chinese would silently turn into other Chinese characters.
  const { valid, invalid } = utf8Sequences(bytes);
  if (valid >= 10 * invalid) {
    const text = bytes.toString('utf8');
    warnings.push(warning(msg('data.read.badUtf8', { file: name, count: countReplacements(text) })));
    return { text, encoding: 'utf-8', warnings };
  }
  const text = iconv.decode(bytes, 'gb18030');
  const pairs = gbkPairs(bytes);
  if (countReplacements(text) > 0 || pairs.western > pairs.hanzi) {
    // Chinese text is nearly all GB2312 pairs (both bytes >= 0xA1); accented Latin letters are
    // single bytes mostly followed by ASCII, which GBK would read as rare characters.
    if (pairs.western > pairs.hanzi && !hasUndefinedCp1252(bytes)) {
      warnings.push(warning(msg('data.read.windows1252', { file: name })));
      return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252', warnings };
    }
    throw new InputError(msg('data.read.unknownText', { file: name }));
  }
  return { text, encoding: 'gb18030', warnings };
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and bytes that start no well-formed sequence.
 * GBK text has few of the first and many of the second (its trail bytes are often ASCII).
 */
function utf8Sequences(bytes: Buffer): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/**
 * Walks the bytes as GBK/GB18030 would and weighs each high character as evidence for Chinese
 * (`hanzi`) or for Western European text (`western`) by how plausible it is in its context:
 *   - a two-byte character in the GB2312 area (lead and trail byte >= 0xA1: every common Chinese
 *     character and full-width punctuation) is Chinese evidence, except when it is wedged between
 *     two ASCII letters and both its bytes are accented letters in Windows-1252: read as GBK that
 *     is one lone Chinese character inside a Latin word ("Gr鲞e"), read as Windows-1252 two
 *     accented letters inside a word ("Größe", "informações"), which Western text is full of and
 *     Chinese text hardly ever holds;
 *   - a high byte outside that area is Western evidence: a single high byte, or a pair with an
 *     ASCII trail byte (0xE9 'e' is "ée" in Windows-1252 but a rare character in GBK).
 */
export function gbkPairs(bytes: Buffer): { hanzi: number; western: number } {
  let hanzi = 0;
  let western = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const next = i + 1 < n ? bytes[i + 1] : 0;
    if (b >= 0x81 && b <= 0xfe && next >= 0x30 && next <= 0x39) {
      i += 4; // a GB18030 four-byte sequence
      continue;
    }
    if (b >= 0xa1 && next >= 0xa1 && next <= 0xfe) {
      const inWord = i > 0 && isAsciiLetter(bytes[i - 1]) && i + 2 < n && isAsciiLetter(bytes[i + 2]);
      if (inWord && isCp1252Letter(b) && isCp1252Letter(next)) western++;
      else hanzi++;
      i += 2;
    } else {
      western++;
      i += b >= 0x81 && b <= 0xfe && next >= 0x40 && next !== 0x7f ? 2 : 1;
    }
  }
  return { hanzi, western };
}

function isAsciiLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

/** A byte >= 0xA1 that Windows-1252 reads as an accented Latin letter (À-ÿ without × and ÷). */
function isCp1252Letter(b: number): boolean {
  return b >= 0xc0 && b !== 0xd7 && b !== 0xf7;
}

/**
 * Bytes no Windows-1252 text holds: those it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) and
 * control characters other than tab, line feed, form feed and carriage return (binary data).
 */
export function hasUndefinedCp1252(bytes: Buffer): boolean {
  for (const b of bytes) {
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return true;
  }
  return false;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Spreadsheet files given by mistake get a sentence that says what to do. */
function rejectBinary(bytes: Buffer, name: string): void {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new InputError(msg('data.read.zip', { file: name }));
  }
  if (isOle(bytes)) throw oleError(bytes, name);
}

/**
 * UTF-16 without a byte-order mark shows as a NUL byte in every other position (ASCII text);
 * no CSV in an 8-bit encoding contains NUL bytes.
 */
function guessUtf16WithoutBom(bytes: Buffer): 'utf16le' | 'utf16be' | null {
  const len = Math.min(bytes.length, 4096) & ~1;
  if (len < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < len; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = len / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf16be';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Delimiter

const DELIMITER_NAMES: Record<string, string> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\\t': '\t',
  '\t': '\t',
  '|': '|',
  pipe: '|',
};

/** The delimiter character for a `--delimiter` value; UsageError when it cannot be one. */
export function parseDelimiterOption(value: string): string {
  const named = DELIMITER_NAMES[value] ?? DELIMITER_NAMES[value.toLowerCase()];
  if (named !== undefined) return named;
  if ([...value].length === 1 && value !== '"' && value !== '\n' && value !== '\r') return value;
  throw new UsageError(msg('data.read.badDelimiter', { value }));
}

const CANDIDATES = [',', ';', '\t', '|'];

/**
 * Picks the delimiter among comma, semicolon, tab and vertical bar: parse the first records with each and take
 * the one whose records most consistently have the header's field count (more than one field),
 * preferring more fields on a tie. A file with a single column has none; it gets a comma.
 */
export function detectDelimiter(text: string): string {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const truncated = sample.length < text.length;
  let best = ',';
  let bestScore = -1;
  let bestFields = 1;
  for (const d of CANDIDATES) {
    if (!sample.includes(d)) continue;
    const res = Papa.parse<string[]>(sample, { delimiter: d, newline: detectNewline(sample), preview: 50 });
    let records = res.data.filter((r) => !(r.length === 1 && r[0].trim() === ''));
    // The last record of a truncated sample may be cut in the middle.
    if (truncated && records.length > 2) records = records.slice(0, -1);
    if (records.length === 0) continue;
    const fields = records[0].length;
    if (fields < 2) continue;
    const rest = records.slice(1);
    const score = rest.length === 0 ? 1 : rest.filter((r) => r.length === fields).length / rest.length;
    if (score > bestScore || (score === bestScore && fields > bestFields)) {
      best = d;
      bestScore = score;
      bestFields = fields;
    }
  }
  return best;
}

/**
 * Records end at LF, with a CR before it dropped (so CRLF, LF and a mix of both work); only a
 * file without any LF is split at CR (old Mac files). A CR at the very end of a record's last
 * field is therefore always taken as part of the line ending.
 */
function detectNewline(text: string): '\n' | '\r' {
  return !text.includes('\n') && text.includes('\r') ? '\r' : '\n';
}

// ---------------------------------------------------------------------------------------------
// Records

export interface Parsed {
  names: string[];
  cells: string[][];
  rows: number;
  warnings: string[];
}

/** Splits decoded text into header names and column-major cells (see the module comment). */
export function parseText(text: string, delimiter: string, file: string, path: ParsePath = 'auto', maxColumns = MAX_COLUMNS): Parsed {
  const usePapa = path === 'papaparse' || (path === 'auto' && text.includes('"'));
  const table = usePapa ? parseWithPapa(text, delimiter, file, maxColumns) : parsePlain(text, delimiter, file, maxColumns);
  dropTrailingEmptyRecords(table);
  const name = displayName(file);
  if (table.header === null) throw new InputError(msg('data.read.empty', { file: name }));
  if (table.rows === 0) throw new InputError(msg('data.read.noDataRows', { file: name }));
  const { names, warnings } = uniqueNames(table.header, name);
  return { names, cells: table.cells, rows: table.rows, warnings };
}

interface Table {
  header: string[] | null;
  cells: string[][];
  rows: number;
}

/** A record is blank when it is one empty (or whitespace-only) field: a blank line. */
function isBlankRecord(fields: string[]): boolean {
  return fields.length === 1 && fields[0].trim() === '';
}

function raggedError(name: string, row: number, line: number, got: number, want: number): InputError {
  return new InputError(msg('data.read.ragged', { file: name, row, line, got, fields: got === 1 ? 'field' : 'fields', want }));
}

/** The direct splitter for text without double quotes: no field can be quoted. */
function parsePlain(text: string, delimiter: string, file: string, maxColumns: number): Table {
  const name = displayName(file);
  const nl = detectNewline(text) === '\r' ? 13 : 10;
  const dc = delimiter.charCodeAt(0);
  const len = text.length;
  const nlChar = nl === 10 ? '\n' : '\r';
  // Columns are allocated once at the line count: growing 50 arrays of a million cells by
  // push costs two to three times as much.
  let capacity = 1;
  for (let i = text.indexOf(nlChar); i !== -1; i = text.indexOf(nlChar, i + 1)) capacity++;
  let header: string[] | null = null;
  let cells: string[][] = [];
  let ncol = 0;
  let rows = 0;
  let line = 0;
  let start = 0;
  while (start < len) {
    let end = text.indexOf(nlChar, start);
    if (end === -1) end = len;
    const next = end + 1;
    line++;
    if (nl === 10 && end > start && text.charCodeAt(end - 1) === 13) end--;
    if (header === null) {
      const fields = text.slice(start, end).split(delimiter);
      if (!isBlankRecord(fields)) {
        // Before the columns are allocated: a million columns times the line count would not fit.
        checkColumnCount(fields.length, name, maxColumns);
        header = fields;
        ncol = fields.length;
        cells = Array.from({ length: ncol }, () => new Array<string>(capacity));
      }
      start = next;
      continue;
    }
    // A blank line (nothing but whitespace, no delimiter) is skipped, exactly as isBlankRecord
    // decides on the papaparse path; the first character settles it for almost every line.
    const first = end > start ? text.charCodeAt(start) : 32;
    if (first <= 32 || first >= 0xa0) {
      const content = text.slice(start, end);
      if (ncol > 1 && isBlankRecord(content.split(delimiter))) {
        start = next;
        continue;
      }
    }
    const row = rows++;
    let col = 0;
    let fieldStart = start;
    for (let i = start; i < end; i++) {
      if (text.charCodeAt(i) === dc) {
        if (col >= ncol - 1) throw raggedError(name, rows, line, countFields(text, start, end, dc), ncol);
        cells[col++][row] = text.slice(fieldStart, i);
        fieldStart = i + 1;
      }
    }
    if (col !== ncol - 1) throw raggedError(name, rows, line, col + 1, ncol);
    cells[col][row] = text.slice(fieldStart, end);
    start = next;
  }
  for (const c of cells) c.length = rows;
  return { header, cells, rows };
}

function countFields(text: string, start: number, end: number, dc: number): number {
  let n = 1;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === dc) n++;
  return n;
}

/** papaparse for text that may hold quoted fields. */
function parseWithPapa(text: string, delimiter: string, file: string, maxColumns: number): Table {
  const name = displayName(file);
  const newline = detectNewline(text);
  const res = Papa.parse<string[]>(text, { delimiter, newline, quoteChar: '"', escapeChar: '"' });
  const records = res.data;
  if (newline === '\n') {
    for (const r of records) {
      const last = r[r.length - 1];
      if (last.endsWith('\r')) r[r.length - 1] = last.slice(0, -1);
    }
  }
  // Line numbers only when a message needs one: the header is line 1, each record adds one line
  // plus the newlines inside its quoted fields.
  const lineOf = (index: number): number => {
    let line = 1;
    for (let k = 0; k < index; k++) {
      line++;
      for (const f of records[k]) for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) line++;
    }
    return line;
  };
  const headerIndex = records.findIndex((r) => !isBlankRecord(r));
  // With one column a blank line is an empty cell, not a blank line.
  const skip = (r: string[]): boolean => isBlankRecord(r) && (headerIndex === -1 || records[headerIndex].length > 1);
  // The data row (1-based) of record k: non-blank records after the header.
  const rowOf = (k: number): number => {
    let row = 0;
    for (let i = headerIndex + 1; i <= k && i < records.length; i++) if (!skip(records[i])) row++;
    return row;
  };
  const quoteError = res.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const k = Math.min(Math.max(quoteError.row ?? 0, 0), records.length - 1);
    const where = headerIndex === -1 || k <= headerIndex ? msg('data.read.atHeader') : msg('data.read.atRow', { row: rowOf(k) });
    const what = msg(quoteError.code === 'MissingQuotes' ? 'data.read.quoteUnclosed' : 'data.read.quoteTrailing');
    throw new InputError(msg('data.read.quote', { file: name, where, line: lineOf(k), what }));
  }
  if (headerIndex === -1) return { header: null, cells: [], rows: 0 };
  const header = records[headerIndex];
  checkColumnCount(header.length, name, maxColumns);
  const ncol = header.length;
  const cells: string[][] = Array.from({ length: ncol }, () => new Array<string>(records.length));
  let rows = 0;
  for (let k = headerIndex + 1; k < records.length; k++) {
    const fields = records[k];
    if (skip(fields)) continue;
    const row = rows++;
    if (fields.length !== ncol) throw raggedError(name, rows, lineOf(k), fields.length, ncol);
    for (let j = 0; j < ncol; j++) cells[j][row] = fields[j];
  }
  for (const c of cells) c.length = rows;
  return { header, cells, rows };
}

/** Drops records at the end whose every cell is blank (",,,," rows left by spreadsheets). */
function dropTrailingEmptyRecords(table: Table): void {
  const { cells } = table;
  while (table.rows > 0 && cells.every((col) => col[table.rows - 1].trim() === '')) {
    for (const col of cells) col.pop();
    table.rows--;
  }
}

/**
 * Header names: trimmed; a blank name becomes V<position>; a repeated name gets a suffix .1, .2,
 * ... (R's make.unique convention), skipping suffixes that are already column names.
 */
export function uniqueNames(header: string[], name: string): { names: string[]; warnings: string[] } {
  const names = header.map((h, i) => {
    const t = h.trim();
    return t === '' ? `V${i + 1}` : t;
  });
  const warnings: string[] = [];
  const taken = new Set(names);
  const seen = new Set<string>();
  const counters = new Map<string, number>();
  const renamed = new Map<string, string[]>();
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (!seen.has(n)) {
      seen.add(n);
      continue;
    }
    let k = counters.get(n) ?? 0;
    let candidate: string;
    do {
      k++;
      candidate = `${n}.${k}`;
    } while (taken.has(candidate));
    counters.set(n, k);
    taken.add(candidate);
    seen.add(candidate);
    names[i] = candidate;
    const list = renamed.get(n) ?? [];
    list.push(`${candidate} (column ${i + 1})`);
    renamed.set(n, list);
  }
  for (const [n, list] of renamed) {
    warnings.push(warning(msg('data.read.duplicateName', { file: name, name: n, times: list.length + 1, renamed: list })));
  }
  return { names, warnings };
}
