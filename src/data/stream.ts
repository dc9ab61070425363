/**
 * The streaming reader: a CSV/TSV file read in chunks from its descriptor, its bytes parsed
 * directly (RFC 4180 quotes, CRLF, a byte-order mark, blank lines), the selected columns' numbers
 * converted from bytes into typed column chunks, with no string for the file and none per cell.
 * Each chunk goes to a consumer (moments accumulate it and drop it), so memory does not grow with
 * the rows: 10M x 41 is read in the same memory as 100k x 41.
 *
 * Exactness comes from the whole-file reader (read.ts + convert.ts), not from a second
 * implementation of its rules:
 *   - the file's first MiB (cut at a line end) is read by readSource's own code: encoding,
 *     "sep=" line, delimiter, header names, limits, platform layout, and each selected column's
 *     conversion (numeric, or text answers through the label table convert.ts chose);
 *   - the rest is then read under those decisions, and anything that could make the whole-file
 *     reader decide otherwise or report something (a text cell in a numeric column, an answer the
 *     label table does not hold, a stray code, a ragged row, a malformed quote, invalid UTF-8, a
 *     replaced byte, a cell over the size limit, a non-UTF-8 file whose encoding was detected)
 *     throws NotStreamable, and the caller reads the file the whole-file way, which then gives
 *     exactly today's numbers, warnings and errors.
 * Bytes in other encodings (--encoding gbk, UTF-16 with its mark) are transcoded to UTF-8 on the
 * fly by iconv-lite's streaming decoder (the same tables as iconv.decode), then parsed alike.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { ReadOptions } from './read.js';
import { canonicalEncoding, checkUnchanged, displayName, isSav, parseDelimiterOption, sourceFromBuffer } from './read.js';
import { isOle, isZip } from './xlsx.js';
import { applyShape } from './platform/index.js';
import type { Source } from './source.js';
import type { Dataset } from './dataset.js';
import { MISSING_TOKENS } from './convert.js';
import { normalizeLabel, PRESET_LOOKUPS, userLookup, type LabelLookup } from './labels.js';
import { parseNumber } from './options.js';

/** The signal that only the whole-file reader handles this file exactly (see the module comment). */
export class NotStreamable extends Error {}

/** Bytes of the head read the whole-file way; the delimiter is detected on its first 64 KiB of text. */
export const HEAD_BYTES = 1024 ** 2;

/** Files from this size on are streamed; smaller ones are read whole, which starts faster. */
export const STREAM_MIN_BYTES = 8 * 1024 ** 2;

/** Rows per chunk handed to the consumer: 32k x 41 columns is 10 MiB of Float64Array. */
export const CHUNK_ROWS = 32768;

const READ_BYTES = 4 * 1024 ** 2;

/** How one column's cells become numbers. */
export interface ColumnPlan {
  name: string;
  /** Position in the record. */
  index: number;
  /** The label table of a column of text answers; null for a numeric column. */
  lookup: LabelLookup | null;
  /** Label table: code -> the normalised label seen for it (a second spelling of a code is caught). */
  keyOfCode: Map<number, string>;
  /** Label table: its answer codes (a number among text answers must be one). */
  codes: Set<number>;
  /** Text -> value already converted (answers repeat). */
  cache: Map<string, number>;
}

export interface StreamPlan {
  file: string;
  /** The Source of the head, as readSource gives it (names, encoding, delimiter, warnings). */
  head: Source;
  /** The head's Dataset of the selected columns (kinds, labels), and the selections resolved. */
  ds: Dataset;
  selected: string[][];
  columns: ColumnPlan[];
  /** Column plan of the weight, or null. */
  weight: ColumnPlan | null;
  missing: Set<number>;
  /** An iconv-lite decoder's encoding, or null when the bytes are UTF-8 already. */
  transcode: string | null;
  maxCellBytes: number;
}

/** What a stream read: data rows, and the weight column's counts (what convert.ts's readWeights counts). */
export interface StreamTotals {
  rows: number;
  weightMissing: number;
  weightNonPositive: number;
  /** Sum of the positive weights, in row order. */
  weightTotal: number;
}

/** What a consumer gets for each chunk: one array per planned column (rows valid), and the weights. */
export type ChunkSink = (columns: Float64Array[], weights: Float64Array | null, rows: number) => void;

/** A selection resolver run on the head's Source (convertSource with the command's options). */
export type HeadConverter = (head: Source) => { ds: Dataset; selected: string[][]; reverse: string[]; weight: string | null; labels?: Map<string, number>; missing: number[] };

/** Whether `file` is a regular file large enough to be streamed (stdin and devices never are). */
export async function streamable(file: string, min = STREAM_MIN_BYTES): Promise<boolean> {
  if (file === '-') return false;
  let fh: FileHandle | null = null;
  try {
    fh = await open(file, 'r');
    const st = await fh.stat();
    return st.isFile() && st.size >= min && st.size > 0;
  } catch {
    return false;
  } finally {
    await fh?.close();
  }
}

/**
 * Reads the head and decides how the rest is read (see the module comment); NotStreamable when
 * the file is not a plain delimited text file whose selected columns the stream can convert.
 */
export async function planStream(file: string, opts: ReadOptions, convert: HeadConverter): Promise<StreamPlan> {
  if (opts.delimiter !== undefined) parseDelimiterOption(opts.delimiter);
  if (opts.encoding !== undefined) canonicalEncoding(opts.encoding);
  if ((opts.skipRows ?? 0) > 0 || (opts.headerRows ?? 1) > 1) throw new NotStreamable('layout options');
  const fh = await open(file, 'r');
  let bytes: Buffer;
  try {
    bytes = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(bytes, 0, HEAD_BYTES, 0);
    bytes = bytes.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  if (isSav(bytes) || isZip(bytes) || isOle(bytes)) throw new NotStreamable('binary format');
  const transcode = encodingOf(bytes, opts.encoding);
  // A file that fits in the head is read by it whole (so its delimiter is detected on all of it).
  const cut = bytes.length < HEAD_BYTES ? bytes.length : headCut(bytes, transcode);
  let head: Source;
  let conv: ReturnType<HeadConverter>;
  try {
    head = sourceFromBuffer(bytes.subarray(0, cut), file, { encoding: opts.encoding, delimiter: opts.delimiter, maxCellBytes: opts.maxCellBytes, maxColumns: opts.maxColumns });
    const shaped = applyShape(head, { platform: opts.platform, headerRows: opts.headerRows });
    if (shaped !== head || shaped.platform !== undefined) throw new NotStreamable('platform layout');
    conv = convert(head);
  } catch (e) {
    // Whatever the head says is said by the whole-file reader, about the whole file.
    throw e instanceof NotStreamable ? e : new NotStreamable(String(e));
  }
  if (transcode === null && head.encoding !== 'utf-8') throw new NotStreamable('encoding detected on the head');
  if (head.delimiter.length !== 1 || head.delimiter.charCodeAt(0) > 0x7f || head.delimiter === '"') throw new NotStreamable('delimiter');
  // Anything the conversion noticed (a stray code, skip codes, reverse keying) is decided on the whole column.
  if (conv.ds.warnings.length !== (head.warnings ?? []).length || conv.reverse.length > 0) throw new NotStreamable('conversion notes');
  const user = conv.labels && conv.labels.size > 0 ? userLookup(conv.labels) : null;
  const planOf = (name: string, allowText: boolean): ColumnPlan => {
    const index = head.names.indexOf(name);
    const v = conv.ds.variables.find((x) => x.name === name);
    let lookup: LabelLookup | null = null;
    const keyOfCode = new Map<number, string>();
    if (v !== undefined && v.kind === 'labelled') {
      if (!allowText) throw new NotStreamable('text weights');
      lookup = v.labelSet === 'user' ? user : (PRESET_LOOKUPS.find((l) => l.id === v.labelSet) ?? null);
      if (lookup === null) throw new NotStreamable('label table');
      const raw = head.cells[index];
      for (const cell of raw) {
        const t = cell.trim();
        if (classifyText(t, head.delimiter !== ',', new Set()) !== TEXT) continue;
        const key = normalizeLabel(t);
        keyOfCode.set(lookup.codes.get(key)!, key);
      }
    } else if (v !== undefined && v.kind !== 'numeric') throw new NotStreamable('text column');
    return { name, index, lookup, keyOfCode, codes: new Set(lookup?.codes.values() ?? []), cache: new Map() };
  };
  const names = conv.ds.variables.map((v) => v.name);
  return {
    file,
    head,
    ds: conv.ds,
    selected: conv.selected,
    columns: names.map((n) => planOf(n, true)),
    weight: conv.weight === null ? null : planOf(conv.weight, false),
    missing: new Set(conv.missing),
    transcode,
    maxCellBytes: opts.maxCellBytes ?? 1024 ** 2,
  };
}

/**
 * The encoding the stream must transcode from, or null for UTF-8 bytes: --encoding (UTF-8 given
 * is read as bytes), else a UTF-16 byte-order mark; anything else is decided by the head's Source.
 */
function encodingOf(bytes: Buffer, encoding: string | undefined): string | null {
  if (encoding !== undefined) {
    const canonical = canonicalEncoding(encoding);
    return canonical === 'utf-8' ? null : encoding.trim();
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  if (bytes.length > 1 && (bytes[0] === 0 || bytes[1] === 0)) throw new NotStreamable('UTF-16 without a mark');
  return null;
}

/** Where the head ends: after its last line feed (a whole UTF-16 code unit for UTF-16). */
function headCut(bytes: Buffer, transcode: string | null): number {
  const t = transcode?.toLowerCase().replace(/[-_]/g, '');
  if (t === 'utf16le' || t === 'ucs2') {
    for (let i = (bytes.length & ~1) - 2; i >= 2; i -= 2) if (bytes[i] === 10 && bytes[i + 1] === 0) return i + 2;
  } else if (t === 'utf16be' || t === 'utf16') {
    for (let i = (bytes.length & ~1) - 2; i >= 2; i -= 2) if (bytes[i] === 0 && bytes[i + 1] === 10) return i + 2;
  } else {
    const i = bytes.lastIndexOf(10);
    if (i > 0) return i + 1;
  }
  throw new NotStreamable('no line end in the head');
}

/** Marks a text cell (parseNumber never returns an infinity), as convert.ts does. */
const TEXT = Infinity;

/** A trimmed cell's value as convert.ts's classify gives it: a number, NaN (missing) or TEXT. */
function classifyText(t: string, decimalComma: boolean, missing: Set<number>): number {
  if (t.length <= 7 && MISSING_TOKENS.has(t.toLowerCase())) return NaN;
  let v = parseNumber(t);
  if (v === null && decimalComma && /^[+-]?\d+,\d+$/.test(t)) v = Number(t.replace(',', '.'));
  if (v === null) return TEXT;
  return missing.has(v) ? NaN : v;
}

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Streams the file under `plan`, handing each chunk of rows to `sink`. Returns the data rows read
 * (blank lines skipped, all-blank rows at the end dropped, as the whole-file reader does). A file
 * that changes while it is read is an InputError (checkUnchanged); everything else the stream
 * does not handle exactly is NotStreamable.
 */
export async function streamChunks(plan: StreamPlan, sink: ChunkSink): Promise<StreamTotals> {
  const fh = await open(plan.file, 'r');
  try {
    const before = await fh.stat();
    const scanner = new Scanner(plan, sink);
    const decoder = plan.transcode === null ? null : iconv.getDecoder(plan.transcode);
    const buf = Buffer.allocUnsafe(READ_BYTES);
    let position = 0;
    let first = true;
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, READ_BYTES, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      let chunk = buf.subarray(0, bytesRead);
      if (decoder !== null) {
        const text = decoder.write(chunk);
        if (text.includes('\uFFFD')) throw new NotStreamable('replaced bytes');
        chunk = Buffer.from(text, 'utf8');
      } else if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      first = false;
      scanner.feed(chunk, false);
    }
    if (decoder !== null) {
      const rest = decoder.end() ?? '';
      if (rest.includes('\uFFFD')) throw new NotStreamable('replaced bytes');
      scanner.feed(Buffer.from(rest, 'utf8'), false);
    }
    scanner.feed(Buffer.alloc(0), true);
    checkUnchanged(plan.file, before, position, await fh.stat());
    return scanner.finish();
  } finally {
    await fh.close();
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** The byte-level record parser (one per stream); see streamChunks. */
class Scanner {
  private carry: Buffer | null = null;
  private readonly dl: number;
  private readonly ncol: number;
  private readonly decimalComma: boolean;
  /** Column plan by record position (undefined: not read). */
  /** Plan position by record position (-1: not read). */
  private readonly byIndex: Int32Array;
  /** Per plan column and digit 0-9, the value of a one-digit cell; -Infinity: read it the long way. */
  private readonly digitValue: Float64Array;
  private readonly chunks: Float64Array[];
  private readonly w: Float64Array | null;
  private readonly wIndex: number;
  private rows = 0;
  private total = 0;
  /** All-blank rows seen and not yet known to be followed by a row with data. */
  private pendingBlank = 0;
  private headerSeen = false;
  private atStart = true;
  private readonly anyMissing: boolean;
  /** Values of the current record, by plan position, and whether any field had content. */
  private readonly record: Float64Array;
  private weightValue = NaN;
  private wMissing = 0;
  private wNonPositive = 0;
  private wTotal = 0;

  constructor(
    private readonly plan: StreamPlan,
    private readonly sink: ChunkSink,
  ) {
    this.dl = plan.head.delimiter.charCodeAt(0);
    this.ncol = plan.head.names.length;
    this.decimalComma = plan.head.delimiter !== ',';
    this.byIndex = new Int32Array(this.ncol).fill(-1);
    plan.columns.forEach((c, k) => (this.byIndex[c.index] = k));
    this.digitValue = new Float64Array(plan.columns.length * 10);
    plan.columns.forEach((c, k) => {
      for (let d = 0; d < 10; d++) this.digitValue[k * 10 + d] = plan.missing.has(d) ? NaN : c.lookup === null || c.codes.has(d) ? d : -Infinity;
    });
    this.wIndex = plan.weight?.index ?? -1;
    this.chunks = plan.columns.map(() => new Float64Array(CHUNK_ROWS));
    this.w = plan.weight ? new Float64Array(CHUNK_ROWS) : null;
    this.record = new Float64Array(plan.columns.length);
    this.anyMissing = plan.missing.size > 0;
  }

  /** Parses every complete record of carry + `chunk`; keeps the incomplete rest for the next call. */
  feed(chunk: Buffer, final: boolean): void {
    let buf = chunk;
    if (this.carry !== null && this.carry.length > 0) buf = chunk.length ? Buffer.concat([this.carry, chunk]) : this.carry;
    this.carry = null;
    if (buf.length === 0) return;
    // Records end at a line feed (an ASCII byte, never inside a multi-byte character), so the
    // bytes up to the last one are whole characters: valid UTF-8 or the file is not UTF-8.
    const lastLf = final ? buf.length - 1 : buf.lastIndexOf(LF);
    if (lastLf < 0) {
      this.carry = Buffer.from(buf);
      return;
    }
    if (!isUtf8(buf.subarray(0, lastLf + 1))) throw new NotStreamable('invalid UTF-8');
    const done = this.records(buf, final);
    if (done < buf.length) this.carry = Buffer.from(buf.subarray(done));
  }

  /** The totals (after the chunk still held is handed over). */
  finish(): StreamTotals {
    if (this.rows > 0) this.flush();
    return { rows: this.total, weightMissing: this.wMissing, weightNonPositive: this.wNonPositive, weightTotal: this.wTotal };
  }

  private flush(): void {
    this.sink(this.chunks, this.w, this.rows);
    this.rows = 0;
  }

  private pushRow(values: Float64Array, weight: number): void {
    const r = this.rows;
    for (let k = 0; k < values.length; k++) this.chunks[k][r] = values[k];
    if (this.w) {
      // As readWeights: a missing, zero or negative weight is 0 (the case counts nowhere).
      if (weight !== weight) this.wMissing++;
      else if (weight <= 0) this.wNonPositive++;
      else this.wTotal += weight;
      this.w[r] = weight > 0 ? weight : 0;
    }
    this.total++;
    if (++this.rows === CHUNK_ROWS) this.flush();
  }

  /** Parses records from `buf`; returns the offset of the first byte not consumed. */
  private records(buf: Buffer, final: boolean): number {
    const len = buf.length;
    const dl = this.dl;
    const ncol = this.ncol;
    const maxCell = this.plan.maxCellBytes;
    let pos = 0;
    if (this.atStart) {
      this.atStart = false;
      if (this.sepHint(buf)) pos = buf.indexOf(LF) + 1;
    }
    const rec = this.record;
    while (pos < len) {
      const start = pos;
      let col = 0;
      let blank = true;
      let p = pos;
      let ended = false;
      rec.fill(NaN);
      this.weightValue = NaN;
      const hs = this.headerSeen;
      const byIndex = this.byIndex;
      const digitValue = this.digitValue;
      for (;;) {
        // The common cell first: one digit (a Likert answer) in a read column, then the delimiter or the line end.
        const k0 = hs ? byIndex[col] : -1;
        if (k0 >= 0 && p + 1 < len) {
          const c = buf[p] - 48;
          const n1 = buf[p + 1];
          if (c >= 0 && c <= 9 && (n1 === dl || n1 === LF) && col !== this.wIndex) {
            const v = digitValue[k0 * 10 + c];
            if (v !== -Infinity) {
              rec[k0] = v;
              blank = false;
              col++;
              p += 2;
              if (n1 === dl) continue;
              ended = true;
              break;
            }
          }
        }
        // One field from p.
        let s = p;
        let e = p;
        let quoted = false;
        let escapes = false;
        let term: number; // the byte after the field: the delimiter, LF, or -1 at the end of the buffer
        if (p < len && buf[p] === QUOTE) {
          quoted = true;
          let q = p + 1;
          for (;;) {
            const i = buf.indexOf(QUOTE, q);
            if (i === -1) {
              if (final) throw new NotStreamable('unclosed quote');
              return start;
            }
            if (i + 1 >= len && !final) return start;
            if (i + 1 < len && buf[i + 1] === QUOTE) {
              escapes = true;
              q = i + 2;
              continue;
            }
            s = p + 1;
            e = i;
            q = i + 1;
            break;
          }
          // After the closing quote: the delimiter, a line end (LF or CR LF), or the end of the file.
          if (q >= len) term = -1;
          else if (buf[q] === dl) term = dl;
          else if (buf[q] === LF) term = LF;
          else if (buf[q] === CR && q + 1 < len && buf[q + 1] === LF) term = buf[++q];
          else if (buf[q] === CR && q + 1 >= len) {
            if (!final) return start;
            q++;
            term = -1;
          } else throw new NotStreamable('text after a closing quote');
          p = q;
        } else {
          let q = p;
          while (q < len) {
            const c = buf[q];
            if (c === dl || c === LF) break;
            if (c === QUOTE) throw new NotStreamable('quote inside a field');
            q++;
          }
          if (q >= len && !final) return start;
          term = q >= len ? -1 : buf[q];
          e = q;
          p = q;
        }
        if (term !== dl && !quoted && e > s && buf[e - 1] === CR) e--;
        if (e - s > maxCell) throw new NotStreamable('long cell');
        if (col >= ncol) throw new NotStreamable('ragged row');
        const k = k0;
        if (!hs) {
          if (blank && !blankField(buf, s, e)) blank = false;
        } else if (k >= 0) {
          const v = this.value(this.plan.columns[k], buf, s, e, escapes);
          rec[k] = v;
          if (blank && (v === v || !blankField(buf, s, e))) blank = false;
        }
        if (hs && col === this.wIndex) {
          this.weightValue = this.value(this.plan.weight!, buf, s, e, escapes);
          if (blank && !blankField(buf, s, e)) blank = false;
        } else if (hs && k < 0 && blank && !blankField(buf, s, e)) blank = false;
        col++;
        if (term === dl) {
          p++;
          continue;
        }
        if (term === LF) p++;
        ended = true;
        break;
      }
      if (!ended) return start;
      pos = p;
      if (!this.headerSeen) {
        if (col === 1 && blank) continue;
        if (col !== ncol) throw new NotStreamable('header differs from the head');
        this.headerSeen = true;
        continue;
      }
      if (col === 1 && blank && ncol > 1) continue;
      if (col !== ncol) throw new NotStreamable('ragged row');
      if (blank) {
        this.pendingBlank++;
        continue;
      }
      if (this.pendingBlank > 0) {
        const nan = new Float64Array(rec.length).fill(NaN);
        for (; this.pendingBlank > 0; this.pendingBlank--) this.pushRow(nan, NaN);
      }
      this.pushRow(rec, this.weightValue);
    }
    return pos;
  }

  /** Whether the stream starts with Excel's "sep=X" line (the head's reader skipped it too). */
  private sepHint(buf: Buffer): boolean {
    return buf.length > 5 && buf.toString('latin1', 0, 4) === 'sep=' && /^sep=[^\r\n"]\r?\n/.test(buf.toString('utf8', 0, Math.min(buf.length, 16)));
  }

  /** A non-blank cell's value (see the module comment). */
  private value(c: ColumnPlan, buf: Buffer, s0: number, e0: number, escapes: boolean): number {
    let s = s0;
    let e = e0;
    while (s < e && isSpace(buf[s])) s++;
    while (e > s && isSpace(buf[e - 1])) e--;
    if (s === e) return NaN;
    let v = escapes ? NaN : numberAt(buf, s, e);
    if (v !== v) {
      let text = buf.toString('utf8', s0, e0);
      if (escapes) text = text.replace(/""/g, '"');
      const t = text.trim();
      const cached = c.cache.get(t);
      if (cached !== undefined) return cached;
      v = classifyText(t, this.decimalComma, this.plan.missing);
      if (v === TEXT) v = this.label(c, t);
      else if (v === v) v = this.checkNumber(c, v);
      if (c.cache.size < 4096) c.cache.set(t, v);
      return v;
    }
    return this.checkNumber(c, v);
  }

  /**
   * A number read in a column: user-missing codes become missing; among text answers only answer
   * codes stand (any other number is a stray or skip code, which convert.ts reports per column).
   */
  private checkNumber(c: ColumnPlan, v: number): number {
    if (this.anyMissing && this.plan.missing.has(v)) return NaN;
    if (c.lookup !== null && !c.codes.has(v)) throw new NotStreamable('number among text answers');
    return v;
  }

  /** A text answer's code through the column's label table. */
  private label(c: ColumnPlan, t: string): number {
    if (c.lookup === null) throw new NotStreamable(`text in a numeric column: ${c.name} '${t}'`);
    const key = normalizeLabel(t);
    const code = c.lookup.codes.get(key);
    if (code === undefined) throw new NotStreamable('answer outside the label table');
    const other = c.keyOfCode.get(code);
    if (other === undefined) c.keyOfCode.set(code, key);
    else if (other !== key) throw new NotStreamable('a second spelling of one code');
    return this.anyMissing && this.plan.missing.has(code) ? NaN : code;
  }
}

/** Whether bytes s..e trim to nothing as JavaScript's trim() sees it. */
function blankField(buf: Buffer, s: number, e: number): boolean {
  let high = false;
  for (let i = s; i < e; i++) {
    const c = buf[i];
    if (c >= 0x80) high = true;
    else if (!isSpace(c)) return false;
  }
  return !high || buf.toString('utf8', s, e).trim() === '';
}

/**
 * A plain decimal in bytes s..e (trimmed): [+-] digits [. digits] [e [+-] digits], as Number()
 * reads it; NaN for anything else (then the text path decides). With at most 15 significant
 * digits and a power of ten up to 22 the result is one correctly rounded operation on exact
 * doubles, so equal to Number(); longer numbers are handed to Number() itself.
 */
function numberAt(buf: Buffer, s: number, e: number): number {
  if (s >= e) return NaN;
  let i = s;
  let c = buf[i];
  if (e - s === 1) return c >= 48 && c <= 57 ? c - 48 : NaN;
  let neg = false;
  if (c === 45 || c === 43) {
    neg = c === 45;
    if (++i >= e) return NaN;
  }
  let m = 0;
  let sig = 0;
  let frac = 0;
  let any = false;
  for (; i < e; i++) {
    c = buf[i];
    if (c < 48 || c > 57) break;
    any = true;
    if (sig > 0 || c !== 48) sig++;
    m = m * 10 + (c - 48);
  }
  if (i < e && buf[i] === 46) {
    for (i++; i < e; i++) {
      c = buf[i];
      if (c < 48 || c > 57) break;
      any = true;
      if (sig > 0 || c !== 48) sig++;
      m = m * 10 + (c - 48);
      frac++;
    }
  }
  if (!any) return NaN;
  let exp = 0;
  if (i < e && (buf[i] | 32) === 101) {
    i++;
    let eneg = false;
    if (i < e && (buf[i] === 45 || buf[i] === 43)) eneg = buf[i++] === 45;
    let ed = 0;
    for (; i < e; i++) {
      c = buf[i];
      if (c < 48 || c > 57) break;
      exp = exp * 10 + (c - 48);
      if (++ed > 6) return NaN;
    }
    if (ed === 0) return NaN;
    if (eneg) exp = -exp;
  }
  if (i !== e) return NaN;
  const p = exp - frac;
  if (sig <= 15 && p >= -22 && p <= 22) {
    const v = p >= 0 ? m * POW10[p] : m / POW10[-p];
    return neg ? -v : v;
  }
  const v = Number(buf.toString('latin1', s, e));
  return Number.isFinite(v) ? v : NaN;
}

/** For tests: the byte number reader on a string. */
export function numberFromText(text: string): number {
  const b = Buffer.from(text, 'latin1');
  return numberAt(b, 0, b.length);
}

/** The display name of the streamed file, for messages. */
export function planName(plan: StreamPlan): string {
  return displayName(plan.file);
}
