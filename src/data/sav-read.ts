/**
 * A reader for SPSS system files (.sav, and .zsav), written from the system-file format that
 * PSPP's manual documents: the file header, variable records (type 2), value labels (types 3 and
 * 4), documents (type 6), extension records (type 7: subtypes 3 machine integers, 11 measurement
 * level, 13 long names, 14 very long strings, 20 character encoding, 21 long string value labels,
 * 22 long string missing values; others are skipped) and the data: uncompressed, bytecode-
 * compressed, or bytecode-compressed in zlib blocks (.zsav). Pure: it takes a Buffer and returns
 * columns.
 *
 * Strings are decoded with the file's encoding record (subtype 20), else the character code of
 * the machine-integer record (subtype 3), else UTF-8. A very long string (wider than 255 bytes) is
 * stored as segments of 255 bytes each but the last; its value is their bytes concatenated.
 */
import { inflateSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';
import { msg, type MessageRef } from '../i18n/index.js';

export interface SavMissing {
  /** Discrete user-missing values (numbers, or strings for string variables). */
  values: (number | string)[];
  /** A user-missing range [low, high] (numeric variables; ±Infinity for LO/HI). */
  range?: [number, number];
}

export type SavMeasure = 'nominal' | 'ordinal' | 'scale';

export interface SavVariable {
  name: string;
  label: string | null;
  /** 0 = numeric, otherwise the string width in bytes. */
  width: number;
  /** Value labels: number keys for numeric variables, trimmed strings for string ones. */
  valueLabels: Map<number | string, string>;
  missing: SavMissing;
  /** SPSS measurement level from extension subtype 11, when present. */
  measure: SavMeasure | null;
  /** Decimals of the print format (SPSS F w.d: d), which SPSS's tables derive some decimals from. */
  decimals: number;
  /** One value a case: numbers (system-missing = NaN) or strings (trailing blanks trimmed). */
  values: Float64Array | string[];
}

export interface SavFile {
  variables: SavVariable[];
  /** Name of the weight variable (SPSS WEIGHT BY), or null. */
  weight: string | null;
  encoding: string;
  rows: number;
  compression: 'none' | 'bytecode' | 'zlib';
}

const fail = (file: string, why: MessageRef): never => {
  throw new InputError(msg('data.sav.unreadable', { file, why }));
};

/** Character sets named by the header's character code (subtype 3), where subtype 20 is absent. */
const CODEPAGES: Record<number, string> = { 65001: 'utf8', 936: 'gbk', 54936: 'gb18030', 950: 'big5', 2: 'latin1', 3: 'windows-1252' };

/** What a character code (subtype 3) names, or null when it is no code page iconv-lite knows. */
function codepageEncoding(code: number): string | null {
  const known = CODEPAGES[code];
  if (known !== undefined) return known;
  for (const name of [`cp${code}`, `windows-${code}`]) if (iconv.encodingExists(name)) return name;
  return null;
}

const SYSMIS = -Number.MAX_VALUE;
/** Beyond these a missing-value range end is LO or HI (SPSS writes ±DBL_MAX or its neighbour). */
const LOWEST = -Number.MAX_VALUE * 0.99;
const HIGHEST = Number.MAX_VALUE * 0.99;

interface Slot {
  width: number; // 0 numeric, >0 string width, -1 continuation
  /** The print format's decimals (the d of F8.2). */
  decimals: number;
  name: string;
  label: Buffer | null;
  missingRaw: Buffer[];
  missingCount: number;
}

/** A variable's place in a case: its segments' slot indices and byte widths. */
interface Layout {
  slot: number;
  segments: { slot: number; width: number }[];
}

export function readSav(buf: Buffer, file = 'input'): SavFile {
  if (buf.length < 176) fail(file, buf.length === 0 ? msg('data.sav.why.empty') : msg('data.sav.why.short'));
  const magic = buf.toString('latin1', 0, 4);
  if (magic !== '$FL2' && magic !== '$FL3') fail(file, msg('data.sav.why.magic'));
  const layoutCode = buf.readInt32LE(64);
  const le = layoutCode === 2 || layoutCode === 3;
  if (!le && buf.readInt32BE(64) !== 2 && buf.readInt32BE(64) !== 3) fail(file, msg('data.sav.why.layout'));
  let pos = 0;
  const need = (n: number) => { if (n < 0 || pos + n > buf.length) fail(file, msg('data.sav.why.midRecord')); };
  const i32 = () => { need(4); const v = le ? buf.readInt32LE(pos) : buf.readInt32BE(pos); pos += 4; return v; };
  const bytes = (n: number) => { need(n); const b = buf.subarray(pos, pos + n); pos += n; return b; };
  const f64 = (b: Buffer, at = 0) => (le ? b.readDoubleLE(at) : b.readDoubleBE(at));
  pos = 72;
  const compression = i32();
  const weightIndex = i32();
  const ncases = i32();
  const bias = f64(buf, 84);
  if (magic === '$FL3' ? compression !== 2 : compression !== 0 && compression !== 1) fail(file, msg('data.sav.why.compression', { type: compression }));
  // The bytecode stores small integers as c - bias: any bias but SPSS's 100 would be a guess.
  if (compression !== 0 && bias !== 100) fail(file, msg('data.sav.why.bias', { bias }));
  pos = 176;

  const slots: Slot[] = [];
  const labelSets: { pairs: [Buffer, Buffer][]; vars: number[] }[] = [];
  let encoding: string | null = null;
  let codepage: number | null = null;
  let display: { data: Buffer; count: number } | null = null;
  let longNames: Buffer | null = null;
  let veryLong: Buffer | null = null;
  const longLabels: Buffer[] = [];
  const longMissing: Buffer[] = [];
  for (;;) {
    const type = i32();
    if (type === 2) {
      const width = i32();
      const hasLabel = i32();
      const nMissing = i32();
      // Print format (type << 16 | width << 8 | decimals), then the write format.
      const print = i32();
      i32();
      const name = bytes(8);
      let label: Buffer | null = null;
      if (hasLabel === 1) { const len = i32(); label = bytes(len); bytes((4 - (len % 4)) % 4); }
      const n = Math.abs(nMissing);
      if (n > 3) fail(file, msg('data.sav.why.manyMissing'));
      const missingRaw: Buffer[] = [];
      for (let k = 0; k < n; k++) missingRaw.push(bytes(8));
      slots.push({ width, name: name.toString('latin1').replace(/ +$/, ''), label, missingRaw, missingCount: nMissing, decimals: print & 0xff });
    } else if (type === 3) {
      const count = i32();
      const pairs: [Buffer, Buffer][] = [];
      for (let k = 0; k < count; k++) {
        const value = bytes(8);
        need(1);
        const len = buf[pos];
        const lab = bytes(Math.ceil((len + 1) / 8) * 8).subarray(1, 1 + len);
        pairs.push([value, lab]);
      }
      if (i32() !== 4) fail(file, msg('data.sav.why.labelNoList'));
      const nv = i32();
      const vars: number[] = [];
      for (let k = 0; k < nv; k++) vars.push(i32() - 1);
      labelSets.push({ pairs, vars });
    } else if (type === 6) {
      bytes(i32() * 80);
    } else if (type === 7) {
      const subtype = i32();
      const size = i32();
      const count = i32();
      const data = bytes(size * count);
      if (subtype === 3 && count >= 8) codepage = le ? data.readInt32LE(28) : data.readInt32BE(28);
      else if (subtype === 11) display = { data, count };
      else if (subtype === 13) longNames = data;
      else if (subtype === 14) veryLong = data;
      else if (subtype === 20) encoding = data.toString('latin1').replace(/\0+$/, '').trim();
      else if (subtype === 21) longLabels.push(data);
      else if (subtype === 22) longMissing.push(data);
    } else if (type === 999) {
      i32();
      break;
    } else {
      fail(file, msg('data.sav.why.recordType', { type }));
    }
  }
  if (codepage === 1 && encoding === null) fail(file, msg('data.sav.why.encoding', { encoding: 'EBCDIC' }));
  const enc = encoding ?? (codepage !== null ? codepageEncoding(codepage) : null) ?? 'utf8';
  if (!iconv.encodingExists(enc)) fail(file, msg('data.sav.why.encoding', { encoding: enc }));
  const text = (b: Buffer) => iconv.decode(b, enc).replace(/[ \0]+$/, '');
  const pairsOf = (b: Buffer | null, sep: string) => {
    const map = new Map<string, string>();
    if (b === null) return map;
    // Keys are short names, kept as their raw bytes (latin1) like the variable records' names:
    // eight bytes may end inside a multi-byte character.
    for (const part of b.toString('latin1').split(sep)) {
      const eq = part.indexOf('=');
      if (eq > 0) map.set(part.slice(0, eq).toUpperCase(), iconv.decode(Buffer.from(part.slice(eq + 1), 'latin1'), enc).replace(/\0+$/, ''));
    }
    return map;
  };

  // Variables: one per type-2 record that is not a string continuation, except that a very long
  // string takes as many of those (its segments) as its width needs.
  const starts: number[] = [];
  slots.forEach((s, k) => { if (s.width !== -1) starts.push(k); });
  const nameMap = pairsOf(longNames, '\t');
  const vlsWidth = pairsOf(veryLong, '\t');
  const layouts: Layout[] = [];
  const vars: SavVariable[] = [];
  for (let j = 0; j < starts.length; ) {
    const s = slots[starts[j]];
    const w = s.width === 0 ? 0 : Number(vlsWidth.get(s.name.toUpperCase()) ?? s.width);
    const nseg = w > 255 ? Math.floor((w + 251) / 252) : 1;
    if (!Number.isInteger(w) || j + nseg > starts.length) fail(file, msg('data.sav.why.veryLong', { name: s.name }));
    layouts.push({ slot: starts[j], segments: starts.slice(j, j + nseg).map((k) => ({ slot: k, width: slots[k].width })) });
    const missing: SavMissing = { values: [] };
    let raws = s.missingRaw;
    if (s.missingCount < 0) {
      const lo = f64(raws[0]);
      const hi = f64(raws[1]);
      missing.range = [lo <= LOWEST ? -Infinity : lo, hi >= HIGHEST ? Infinity : hi];
      raws = raws.slice(2);
    }
    for (const r of raws) missing.values.push(w === 0 ? f64(r) : text(r));
    vars.push({
      name: nameMap.get(s.name.toUpperCase()) ?? iconv.decode(Buffer.from(s.name, 'latin1'), enc),
      label: s.label ? text(s.label) : null,
      width: w,
      valueLabels: new Map(),
      missing,
      measure: null,
      decimals: s.decimals,
      values: w === 0 ? new Float64Array(0) : [],
    });
    j += nseg;
  }
  const varOfSlot = new Map(layouts.map((l, j) => [l.slot, j]));
  const byName = new Map(vars.map((v, j) => [v.name.toUpperCase(), j]));
  if (display !== null) applyMeasures(display, le, vars, layouts, starts);
  for (const set of labelSets) {
    for (const v of set.vars) {
      const j = varOfSlot.get(v);
      if (j === undefined) return fail(file, msg('data.sav.why.labelNoVariable'));
      const target = vars[j];
      for (const [value, lab] of set.pairs) target.valueLabels.set(target.width === 0 ? f64(value) : text(value), text(lab));
    }
  }
  for (const data of longLabels) readLongStringLabels(data, le, file, (name, value, label) => {
    const j = byName.get(iconv.decode(name, enc).toUpperCase());
    if (j === undefined) fail(file, msg('data.sav.why.labelNoVariable'));
    vars[j as number].valueLabels.set(text(value), text(label));
  });
  for (const data of longMissing) readLongStringMissing(data, le, file, (name, values) => {
    const j = byName.get(iconv.decode(name, enc).toUpperCase());
    if (j === undefined) fail(file, msg('data.sav.why.missingNoVariable'));
    vars[j as number].missing.values = values.map(text);
  });

  // The data: a zsav's zlib blocks inflate to the same bytecode stream a .sav holds.
  const nslots = slots.length;
  let data = buf;
  let start = pos;
  if (compression === 2) {
    data = inflateZsav(buf, pos, le, file);
    start = 0;
  }
  const maxCases = nslots === 0 ? 0 : compression === 0 ? Math.floor((data.length - start) / (nslots * 8)) : Math.floor((data.length - start) / nslots) + 1;
  if (compression === 0 && ncases > maxCases) fail(file, msg('data.sav.why.beforeLast'));
  const capacity = ncases >= 0 ? Math.min(ncases, maxCases) : maxCases;
  const numeric = vars.map((v) => (v.width === 0 ? new Float64Array(capacity) : null));
  const strings = vars.map((v) => (v.width === 0 ? null : new Array<string>(capacity)));
  const numSlots = layouts.map((l) => l.slot * 8);
  const stringCase = (row: Buffer, r: number) => {
    for (let j = 0; j < vars.length; j++) {
      const out = strings[j];
      if (out === null) continue;
      const segs = layouts[j].segments;
      const b = segs.length === 1
        ? row.subarray(segs[0].slot * 8, segs[0].slot * 8 + segs[0].width)
        : Buffer.concat(segs.map((g, i) => row.subarray(g.slot * 8, g.slot * 8 + (i < segs.length - 1 ? 255 : g.width))));
      out[r] = text(b.subarray(0, vars[j].width));
    }
  };
  const anyString = strings.some((s) => s !== null);
  let rows = 0;
  if (compression === 0) {
    const rowBytes = nslots * 8;
    const total = ncases >= 0 ? ncases : maxCases;
    const view = new DataView(data.buffer, data.byteOffset, data.length);
    for (let r = 0; r < total; r++) {
      const base = start + r * rowBytes;
      for (let j = 0; j < vars.length; j++) {
        const col = numeric[j];
        if (col === null) continue;
        const x = view.getFloat64(base + numSlots[j], le);
        col[r] = x === SYSMIS ? NaN : x;
      }
      if (anyString) stringCase(data.subarray(base, base + rowBytes), r);
    }
    rows = total;
  } else {
    rows = decodeBytecode(data, start, nslots, capacity, le, file, (row, view, r) => {
      for (let j = 0; j < vars.length; j++) {
        const col = numeric[j];
        if (col === null) continue;
        const x = view.getFloat64(numSlots[j], le);
        col[r] = x === SYSMIS ? NaN : x;
      }
      if (anyString) stringCase(row, r);
    });
    if (ncases >= 0 && rows !== ncases) fail(file, msg('data.sav.why.caseCount', { promised: ncases, found: rows }));
  }
  vars.forEach((v, j) => {
    const col = numeric[j];
    v.values = col !== null ? (rows === capacity ? col : col.slice(0, rows)) : (strings[j] as string[]).slice(0, rows);
  });
  let weight: string | null = null;
  if (weightIndex > 0) {
    const j = varOfSlot.get(weightIndex - 1);
    if (j === undefined || vars[j].width !== 0) fail(file, msg('data.sav.why.noWeight'));
    weight = vars[j as number].name;
  }
  return { variables: vars, weight, encoding: enc, rows, compression: compression === 0 ? 'none' : compression === 1 ? 'bytecode' : 'zlib' };
}

/**
 * Measurement levels from subtype 11: sets of 3 (level, width, alignment) or, in older files, 2,
 * one per segment (PSPP, SPSS) or one per variable.
 */
function applyMeasures(display: { data: Buffer; count: number }, le: boolean, vars: SavVariable[], layouts: Layout[], starts: number[]): void {
  const { data, count } = display;
  const fits = (per: number) => count % per === 0 && (count / per === starts.length || count / per === vars.length);
  const per = fits(3) ? 3 : fits(2) ? 2 : 0;
  if (per === 0) return;
  const perSegment = count / per === starts.length;
  const segIndex = new Map(starts.map((k, i) => [k, i]));
  const levels = ['nominal', 'ordinal', 'scale'] as const;
  vars.forEach((v, j) => {
    const set = perSegment ? (segIndex.get(layouts[j].slot) as number) : j;
    const m = le ? data.readInt32LE(set * per * 4) : data.readInt32BE(set * per * 4);
    v.measure = m >= 1 && m <= 3 ? levels[m - 1] : null;
  });
}

/** Walks subtype 21: per variable its name, width and (value, label) pairs, each length-prefixed. */
function readLongStringLabels(data: Buffer, le: boolean, file: string, each: (name: Buffer, value: Buffer, label: Buffer) => void): void {
  let p = 0;
  const i32 = () => { if (p + 4 > data.length) fail(file, msg('data.sav.why.midRecord')); const v = le ? data.readInt32LE(p) : data.readInt32BE(p); p += 4; return v; };
  const take = (n: number) => { if (n < 0 || p + n > data.length) fail(file, msg('data.sav.why.midRecord')); const b = data.subarray(p, p + n); p += n; return b; };
  while (p < data.length) {
    const name = take(i32());
    i32(); // the variable's width
    const n = i32();
    for (let k = 0; k < n; k++) {
      const value = take(i32());
      each(name, value, take(i32()));
    }
  }
}

/** Walks subtype 22: per variable its name, the count of values (one byte), their width, the values. */
function readLongStringMissing(data: Buffer, le: boolean, file: string, each: (name: Buffer, values: Buffer[]) => void): void {
  let p = 0;
  const i32 = () => { if (p + 4 > data.length) fail(file, msg('data.sav.why.midRecord')); const v = le ? data.readInt32LE(p) : data.readInt32BE(p); p += 4; return v; };
  const take = (n: number) => { if (n < 0 || p + n > data.length) fail(file, msg('data.sav.why.midRecord')); const b = data.subarray(p, p + n); p += n; return b; };
  while (p < data.length) {
    const name = take(i32());
    const n = take(1)[0];
    if (n > 3) fail(file, msg('data.sav.why.manyMissing'));
    const width = i32();
    const values: Buffer[] = [];
    for (let k = 0; k < n; k++) values.push(take(width));
    each(name, values);
  }
}

/**
 * The bytecode stream of a .zsav: the zlib header after the dictionary points at the trailer,
 * whose entries give each block's offset and sizes; the inflated blocks are concatenated.
 */
function inflateZsav(buf: Buffer, pos: number, le: boolean, file: string): Buffer {
  const i64 = (p: number) => {
    if (p < 0 || p + 8 > buf.length) fail(file, msg('data.sav.why.zlibTruncated'));
    return Number(le ? buf.readBigInt64LE(p) : buf.readBigInt64BE(p));
  };
  const i32 = (p: number) => (le ? buf.readInt32LE(p) : buf.readInt32BE(p));
  if (i64(pos) !== pos) fail(file, msg('data.sav.why.zlibHeader'));
  const trailer = i64(pos + 8);
  const trailerLength = i64(pos + 16);
  if (trailer + trailerLength > buf.length || trailerLength < 24) fail(file, msg('data.sav.why.zlibTruncated'));
  const nblocks = i32(trailer + 20);
  if (nblocks < 0 || trailerLength !== 24 + 24 * nblocks) fail(file, msg('data.sav.why.zlibHeader'));
  const parts: Buffer[] = [];
  for (let k = 0; k < nblocks; k++) {
    const e = trailer + 24 + 24 * k;
    const offset = i64(e + 8);
    const size = i32(e + 16);
    const csize = i32(e + 20);
    if (offset + csize > buf.length || csize < 0) fail(file, msg('data.sav.why.zlibTruncated'));
    let block: Buffer;
    try {
      block = inflateSync(buf.subarray(offset, offset + csize));
    } catch {
      return fail(file, msg('data.sav.why.zlibBlock', { block: k + 1 }));
    }
    if (block.length !== size) fail(file, msg('data.sav.why.zlibBlock', { block: k + 1 }));
    parts.push(block);
  }
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}

/**
 * Decodes bytecode-compressed cases from data[start..]: blocks of eight command bytes, each
 * followed by the 8-byte values its 253 commands announce. Each complete case is filled into one
 * reused row buffer and handed to `onCase`; returns the number of cases (at most `limit`).
 */
function decodeBytecode(
  data: Buffer,
  start: number,
  nslots: number,
  limit: number,
  le: boolean,
  file: string,
  onCase: (row: Buffer, view: DataView, r: number) => void,
): number {
  const row = Buffer.alloc(nslots * 8);
  const view = new DataView(row.buffer, row.byteOffset, row.length);
  let slot = 0;
  let rows = 0;
  let p = start;
  const n = data.length;
  if (nslots === 0) return 0;
  outer: while (p + 8 <= n && rows < limit) {
    const cmd = p;
    p += 8;
    for (let c = cmd; c < cmd + 8; c++) {
      const code = data[c];
      if (code === 0) continue;
      if (code === 252) break outer;
      const at = slot * 8;
      if (code === 253) {
        if (p + 8 > n) fail(file, msg('data.sav.why.midValue'));
        data.copy(row, at, p, p + 8);
        p += 8;
      } else if (code === 254) row.fill(0x20, at, at + 8);
      else if (code === 255) view.setFloat64(at, SYSMIS, le);
      else view.setFloat64(at, code - 100, le);
      if (++slot === nslots) {
        onCase(row, view, rows++);
        slot = 0;
        if (rows === limit) break outer;
      }
    }
  }
  if (slot !== 0) fail(file, msg('data.sav.why.midCase'));
  return rows;
}
