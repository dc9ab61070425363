/**
 * Writes an SPSS system file (.sav) in the format sav-read.ts reads (PSPP's manual documents it):
 * little-endian, UTF-8 (encoding record, subtype 20), bytecode-compressed or not. Each column
 * becomes a variable: numbers (NaN = system-missing) or strings, with its variable label, value
 * labels (numeric), measurement level, and its full name through the long-name record (subtype
 * 13); the 8-byte short names the format also needs are made up (V1, V2, ... where a name is not
 * one already). Strings wider than 255 bytes are written as very long strings (subtype 14).
 * Pure: columns in, bytes out.
 */
import { maxOf } from '../stats/extent.js';

export interface SavColumn {
  name: string;
  /** Numbers (NaN = system-missing), or texts for a string variable. */
  values: Float64Array | readonly string[];
  label?: string;
  /** Value labels of a numeric variable. */
  valueLabels?: ReadonlyMap<number, string>;
  measure?: 'nominal' | 'ordinal' | 'scale';
}

export interface SavWriteOptions {
  /** Bytecode compression (SPSS's default, and far smaller for survey codes); default true. */
  compress?: boolean;
  /** The creation time the header records; default now. */
  date?: Date;
}

const SYSMIS = -Number.MAX_VALUE;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** The longest prefix of `s` (whole characters) that fits in `max` UTF-8 bytes. */
function fitBytes(s: string, max: number): string {
  if (Buffer.byteLength(s) <= max) return s;
  let out = '';
  let size = 0;
  for (const ch of s) {
    const n = Buffer.byteLength(ch);
    if (size + n > max) break;
    out += ch;
    size += n;
  }
  return out;
}

const RESERVED = new Set(['ALL', 'AND', 'BY', 'EQ', 'GE', 'GT', 'LE', 'LT', 'NE', 'NOT', 'OR', 'TO', 'WITH']);

/**
 * `name` as an SPSS variable name: letters (any script), digits and . _ $ # @ only (others become
 * _), starting with a letter or @ and ending in neither . nor _ (else a V in front, or trimmed),
 * never a reserved word.
 */
function spssName(name: string): string {
  let s = name.replace(/[^\p{L}\p{N}\p{M}._$#@]/gu, '_').replace(/[._]+$/, '');
  if (!/^[\p{L}@]/u.test(s) || RESERVED.has(s.toUpperCase())) s = `V${s}`;
  return s;
}

/** `s` in `width` bytes: truncated or padded with spaces (latin1 text for the header). */
function fixed(s: string, width: number, encoding: 'utf8' | 'latin1' = 'utf8'): Buffer {
  const b = Buffer.alloc(width, 0x20);
  Buffer.from(encoding === 'utf8' ? fitBytes(s, width) : s, encoding).copy(b, 0, 0, width);
  return b;
}

interface Var {
  column: SavColumn;
  short: string;
  long: string;
  /** 0 numeric, else the string width in bytes. */
  width: number;
  /** Segment widths (one for all but very long strings). */
  segments: number[];
  /** Short names of the segments after the first. */
  segmentNames: string[];
  /** Strings as bytes, padded to the variable's segments. */
  bytes?: Buffer[];
}

/** 1 + the slots a segment of `width` takes (one per 8 bytes). */
const slotsOf = (width: number) => (width === 0 ? 1 : Math.ceil(width / 8));

export function writeSav(columns: readonly SavColumn[], opts: SavWriteOptions = {}): Buffer {
  const compress = opts.compress ?? true;
  const rows = columns.length === 0 ? 0 : columns[0].values.length;
  const used = new Set<string>();
  let counter = 0;
  const fresh = (): string => {
    let name: string;
    do name = `V${++counter}`;
    while (used.has(name));
    used.add(name);
    return name;
  };
  const usedLong = new Set<string>();
  // Names that are valid 8-byte SPSS names keep their own (upper-cased) short name.
  const plain = columns.map((c) => (/^[A-Za-z@#$][A-Za-z0-9@#$_.]{0,7}$/.test(c.name) && !c.name.endsWith('.') ? c.name.toUpperCase() : null));
  for (const p of plain) if (p !== null) used.add(p);
  const seenPlain = new Set<string>();
  const vars: Var[] = columns.map((given, j) => {
    let column = given;
    let short = plain[j];
    if (short === null || seenPlain.has(short)) short = fresh();
    seenPlain.add(short);
    // Long names are SPSS names of at most 64 bytes, unique regardless of case.
    const base = spssName(column.name);
    let long = fitBytes(base, 64);
    for (let k = 2; usedLong.has(long.toUpperCase()); k++) long = fitBytes(base, 64 - String(k).length - 1) + `_${k}`;
    usedLong.add(long.toUpperCase());
    // A name SPSS could not take keeps its original spelling as the label.
    if (long !== column.name && column.label === undefined) column = { ...column, label: column.name };
    if (column.values instanceof Float64Array) return { column, short, long, width: 0, segments: [0], segmentNames: [] };
    const texts = column.values.map((s) => Buffer.from(s, 'utf8'));
    const width = maxOf(texts.map((b) => b.length), 1);
    const nseg = width > 255 ? Math.floor((width + 251) / 252) : 1;
    const segments = nseg === 1 ? [width] : [...Array<number>(nseg - 1).fill(255), width - (nseg - 1) * 252];
    // Segment i holds bytes [255 i, 255 i + width_i) of the value; each segment fills whole slots.
    const bytes = texts.map((b) => {
      const out = Buffer.alloc(segments.reduce((a, w) => a + slotsOf(w) * 8, 0), 0x20);
      let at = 0;
      segments.forEach((w, i) => {
        b.copy(out, at, i * 255, Math.min(b.length, i * 255 + w));
        at += slotsOf(w) * 8;
      });
      return out;
    });
    return { column, short, long, width, segments, segmentNames: segments.slice(1).map(fresh), bytes };
  });
  const nslots = vars.reduce((a, v) => a + v.segments.reduce((b, w) => b + slotsOf(w), 0), 0);

  const parts: Buffer[] = [];
  const i32s = (...xs: number[]) => { const b = Buffer.alloc(4 * xs.length); xs.forEach((x, k) => b.writeInt32LE(x, 4 * k)); parts.push(b); };
  const f64s = (...xs: number[]) => { const b = Buffer.alloc(8 * xs.length); xs.forEach((x, k) => b.writeDoubleLE(x, 8 * k)); parts.push(b); };

  // File header.
  const d = opts.date ?? new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  parts.push(Buffer.from('$FL2', 'latin1'), fixed('@(#) SPSS DATA FILE csat', 60, 'latin1'));
  i32s(2, nslots, compress ? 1 : 0, 0, rows);
  f64s(100);
  parts.push(
    fixed(`${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCFullYear() % 100)}`, 9, 'latin1'),
    fixed(`${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`, 8, 'latin1'),
    fixed('', 64, 'latin1'),
    Buffer.alloc(3),
  );

  // Variable records: one per segment, plus a continuation record per further 8 bytes.
  for (const v of vars) {
    v.segments.forEach((w, i) => {
      const name = i === 0 ? v.short : v.segmentNames[i - 1];
      const label = i === 0 ? v.column.label : undefined;
      const format = w === 0 ? numberFormat(v.column.values as Float64Array) : (0x01 << 16) | (Math.min(w, 255) << 8);
      i32s(2, w, label ? 1 : 0, 0, format, format);
      parts.push(fixed(name, 8, 'latin1'));
      if (label) {
        const b = Buffer.from(fitBytes(label, 255), 'utf8');
        i32s(b.length);
        parts.push(b, Buffer.alloc((4 - (b.length % 4)) % 4));
      }
      for (let k = 1; k < slotsOf(w); k++) {
        i32s(2, -1, 0, 0, 0, 0);
        parts.push(fixed('', 8, 'latin1'));
      }
    });
  }

  // Value labels (type 3) and the variable they belong to (type 4, a 1-based slot index).
  let slot = 1;
  for (const v of vars) {
    const labels = v.column.valueLabels;
    if (v.width === 0 && labels && labels.size > 0) {
      i32s(3, labels.size);
      for (const [value, label] of labels) {
        f64s(value);
        const b = Buffer.from(fitBytes(label, 120), 'utf8');
        const rec = Buffer.alloc(Math.ceil((b.length + 1) / 8) * 8, 0x20);
        rec[0] = b.length;
        b.copy(rec, 1);
        parts.push(rec);
      }
      i32s(4, 1, slot);
    }
    slot += v.segments.reduce((a, w) => a + slotsOf(w), 0);
  }

  // Extension records: machine integers (UTF-8 code page 65001), floating point, display
  // parameters (per segment), long names, very long strings, encoding.
  i32s(7, 3, 4, 8, 1, 0, 0, -1, 1, compress ? 1 : 0, 2, 65001);
  i32s(7, 4, 8, 3);
  f64s(SYSMIS, Number.MAX_VALUE, -Number.MAX_VALUE);
  const levels = { nominal: 1, ordinal: 2, scale: 3 };
  const display: number[] = [];
  for (const v of vars) {
    const level = levels[v.column.measure ?? (v.width === 0 ? 'scale' : 'nominal')];
    for (const w of v.segments) display.push(level, w === 0 ? 8 : Math.min(w, 32), w === 0 ? 1 : 0);
  }
  i32s(7, 11, 4, display.length, ...display);
  const text = (subtype: number, s: string) => {
    const b = Buffer.from(s, 'utf8');
    i32s(7, subtype, 1, b.length);
    parts.push(b);
  };
  text(13, vars.map((v) => `${v.short}=${v.long}`).join('\t'));
  const veryLong = vars.filter((v) => v.segments.length > 1);
  if (veryLong.length > 0) text(14, veryLong.map((v) => `${v.short}=${String(v.width).padStart(5, '0')}\0\t`).join(''));
  text(20, 'UTF-8');
  i32s(999, 0);

  // Data, case by case.
  const numbers = vars.map((v) => (v.width === 0 ? (v.column.values as Float64Array) : null));
  if (!compress) {
    const data = Buffer.alloc(rows * nslots * 8);
    let at = 0;
    for (let r = 0; r < rows; r++) {
      for (let j = 0; j < vars.length; j++) {
        const x = numbers[j];
        if (x !== null) {
          data.writeDoubleLE(x[r] === x[r] ? x[r] : SYSMIS, at);
          at += 8;
        } else {
          const b = (vars[j].bytes as Buffer[])[r];
          b.copy(data, at);
          at += b.length;
        }
      }
    }
    parts.push(data);
    return Buffer.concat(parts);
  }
  parts.push(compressCases(vars, numbers, rows, nslots));
  return Buffer.concat(parts);
}

/**
 * The print format F w.d (type 5) that shows a column: 0 decimals for whole numbers, else 5 (as
 * SPSS saves scores: F11.5), wide enough for the largest value's integer digits and sign.
 */
function numberFormat(x: Float64Array): number {
  let integral = true;
  let max = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v !== v) continue;
    if (!Number.isInteger(v)) integral = false;
    if (Math.abs(v) > max) max = Math.abs(v);
  }
  const digits = max >= 1 ? Math.floor(Math.log10(max)) + 1 : 1;
  const decimals = integral ? 0 : 5;
  const width = Math.min(40, Math.max(integral ? 8 : 11, digits + 1 + (decimals > 0 ? decimals + 1 : 0)));
  return (5 << 16) | (width << 8) | Math.min(decimals, width - 2);
}

/**
 * Bytecode compression: blocks of eight command bytes, each followed by the 8-byte values its
 * 253 commands announce. An integer in -99..151 is the code value + 100, system-missing 255,
 * eight spaces 254, anything else 253 and its raw bytes.
 */
function compressCases(vars: Var[], numbers: (Float64Array | null)[], rows: number, nslots: number): Buffer {
  // At most 8 command bytes and 64 value bytes per eight slots.
  const out = Buffer.alloc(Math.ceil((rows * nslots) / 8) * 72 + 8);
  let cmd = 0;
  let k = 8; // commands used in the current block (8: none open)
  let at = 0;
  const command = (c: number) => {
    if (k === 8) {
      cmd = at;
      out.fill(0, at, at + 8);
      at += 8;
      k = 0;
    }
    out[cmd + k++] = c;
  };
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < vars.length; j++) {
      const x = numbers[j];
      if (x !== null) {
        const v = x[r];
        if (v !== v) command(255);
        else if (Number.isInteger(v) && v >= -99 && v <= 151 && !Object.is(v, -0)) command(v + 100);
        else {
          command(253);
          out.writeDoubleLE(v, at);
          at += 8;
        }
        continue;
      }
      const b = (vars[j].bytes as Buffer[])[r];
      for (let p = 0; p < b.length; p += 8) {
        let blank = true;
        for (let q = p; q < p + 8; q++) if (b[q] !== 0x20) blank = false;
        if (blank) command(254);
        else {
          command(253);
          b.copy(out, at, p, p + 8);
          at += 8;
        }
      }
    }
  }
  return out.subarray(0, at);
}
