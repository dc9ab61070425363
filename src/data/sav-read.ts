/**
 * A reader for SPSS system files (.sav), written from the system-file format that PSPP's manual
 * documents: the file header, variable records (type 2), value labels (types 3 and 4), documents
 * (type 6), extension records (type 7: subtypes 3, 11, 13 and 20 are used, others skipped) and the
 * data, uncompressed or bytecode-compressed. Pure: it takes a Buffer and returns columns.
 */
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';

export interface SavMissing {
  /** Discrete user-missing values (numbers, or strings for string variables). */
  values: (number | string)[];
  /** A user-missing range [low, high] (numeric variables; ±Infinity for LO/HI). */
  range?: [number, number];
}

export interface SavVariable {
  name: string;
  label: string | null;
  /** 0 = numeric, otherwise the string width in bytes. */
  width: number;
  /** Value labels: number keys for numeric variables, trimmed strings for string ones. */
  valueLabels: Map<number | string, string>;
  missing: SavMissing;
  /** SPSS measurement level from extension subtype 11, when present. */
  measure: 'nominal' | 'ordinal' | 'scale' | null;
  /** One value a case: numbers (system-missing = NaN) or strings (trailing blanks trimmed). */
  values: Float64Array | string[];
}

export interface SavFile {
  variables: SavVariable[];
  /** Name of the weight variable (SPSS WEIGHT BY), or null. */
  weight: string | null;
  encoding: string;
  rows: number;
}

const fail = (file: string, why: string): never => {
  throw new InputError(`${file} is not a readable SPSS system file: ${why}.`);
};

/** Character sets named by the header's code page (extension subtype 3), where subtype 20 is absent. */
const CODEPAGES: Record<number, string> = { 65001: 'utf8', 936: 'gbk', 54936: 'gb18030', 950: 'big5', 1252: 'windows-1252', 2: 'latin1', 3: 'utf8' };

interface Slot {
  width: number; // 0 numeric, >0 string width, -1 continuation
  name: string;
  label: Buffer | null;
  missingRaw: Buffer[];
  missingCount: number;
}

export function readSav(buf: Buffer, file = 'input'): SavFile {
  if (buf.length < 176) fail(file, buf.length === 0 ? 'the file is empty' : 'the file is shorter than its header');
  const magic = buf.toString('latin1', 0, 4);
  if (magic === '$FL3') fail(file, 'zlib-compressed .zsav data are not supported yet');
  if (magic !== '$FL2') fail(file, 'it does not start with $FL2');
  const layout = buf.readInt32LE(64);
  const le = layout === 2 || layout === 3;
  if (!le && buf.readInt32BE(64) !== 2 && buf.readInt32BE(64) !== 3) fail(file, 'its layout code is unknown');
  let pos = 0;
  const need = (n: number) => { if (pos + n > buf.length) fail(file, 'it ends in the middle of a record'); };
  const i32 = () => { need(4); const v = le ? buf.readInt32LE(pos) : buf.readInt32BE(pos); pos += 4; return v; };
  const f64at = (p: number) => (le ? buf.readDoubleLE(p) : buf.readDoubleBE(p));
  const bytes = (n: number) => { need(n); const b = buf.subarray(pos, pos + n); pos += n; return b; };
  pos = 72;
  const compression = i32();
  const weightIndex = i32();
  const ncases = i32();
  need(8);
  const bias = f64at(pos);
  pos = 176;
  const sysmis = -Number.MAX_VALUE;

  const slots: Slot[] = [];
  const labelSets: { pairs: [Buffer, Buffer][]; vars: number[] }[] = [];
  let encoding: string | null = null;
  let codepage: string | null = null;
  let measures: number[] = [];
  let longNames: string | null = null;
  for (;;) {
    const type = i32();
    if (type === 2) {
      const width = i32();
      const hasLabel = i32();
      const nMissing = i32();
      bytes(8); // print and write formats
      const name = bytes(8);
      let label: Buffer | null = null;
      if (hasLabel === 1) { const len = i32(); label = bytes(len); bytes((4 - (len % 4)) % 4); }
      const n = Math.abs(nMissing);
      if (n > 3) fail(file, 'a variable has more than three missing values');
      const missingRaw: Buffer[] = [];
      for (let k = 0; k < n; k++) missingRaw.push(bytes(8));
      slots.push({ width, name: name.toString('latin1'), label, missingRaw, missingCount: nMissing });
    } else if (type === 3) {
      const count = i32();
      const pairs: [Buffer, Buffer][] = [];
      for (let k = 0; k < count; k++) {
        const value = bytes(8);
        need(1);
        const len = buf[pos];
        const padded = Math.ceil((len + 1) / 8) * 8;
        const lab = bytes(padded).subarray(1, 1 + len);
        pairs.push([value, lab]);
      }
      if (i32() !== 4) fail(file, 'a value-label record is not followed by its variable list');
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
      const int = (k: number) => (le ? data.readInt32LE(k * 4) : data.readInt32BE(k * 4));
      if (subtype === 3 && count >= 8) codepage = CODEPAGES[int(7)] ?? null;
      else if (subtype === 11) measures = Array.from({ length: count / 3 }, (_, k) => int(k * 3));
      else if (subtype === 13) longNames = data.toString('binary');
      else if (subtype === 20) encoding = data.toString('latin1').trim();
    } else if (type === 999) {
      i32();
      break;
    } else {
      fail(file, `it has a record of unknown type ${type}`);
    }
  }
  const enc = encoding ?? codepage ?? 'utf8';
  if (!iconv.encodingExists(enc)) fail(file, `its character encoding ${enc} is unknown`);
  const text = (b: Buffer) => iconv.decode(b, enc).replace(/[ \0]+$/, '');

  // Variables: one per type-2 record that is not a string continuation.
  const starts: number[] = [];
  slots.forEach((s, k) => { if (s.width !== -1) starts.push(k); });
  const nameMap = new Map<string, string>();
  if (longNames !== null) {
    for (const part of iconv.decode(Buffer.from(longNames, 'binary'), enc).split('\t')) {
      const eq = part.indexOf('=');
      if (eq > 0) nameMap.set(part.slice(0, eq), part.slice(eq + 1));
    }
  }
  const levels = ['nominal', 'ordinal', 'scale'] as const;
  const vars: SavVariable[] = starts.map((k, j) => {
    const s = slots[k];
    const short = s.name.replace(/ +$/, '');
    const raw = s.label;
    const missing: SavMissing = { values: [] };
    const num = (b: Buffer) => { const v = le ? b.readDoubleLE(0) : b.readDoubleBE(0); return v === sysmis ? NaN : v; };
    let raws = s.missingRaw;
    if (s.missingCount < 0) {
      const lo = num(raws[0]);
      const hi = num(raws[1]);
      missing.range = [lo <= -Number.MAX_VALUE * 0.99 ? -Infinity : lo, hi >= Number.MAX_VALUE * 0.99 ? Infinity : hi];
      raws = raws.slice(2);
    }
    for (const r of raws) missing.values.push(s.width === 0 ? num(r) : text(r));
    const m = measures[j];
    return {
      name: nameMap.get(short) ?? short,
      label: raw ? text(raw) : null,
      width: s.width,
      valueLabels: new Map(),
      missing,
      measure: m >= 1 && m <= 3 ? levels[m - 1] : null,
      values: s.width === 0 ? new Float64Array(0) : [],
    };
  });
  const varOfSlot = new Map(starts.map((k, j) => [k, j]));
  for (const set of labelSets) {
    for (const v of set.vars) {
      const j = varOfSlot.get(v);
      if (j === undefined) fail(file, 'a value label names a variable that does not exist');
      const target = vars[j as number];
      for (const [value, lab] of set.pairs) {
        const key = target.width === 0 ? (le ? value.readDoubleLE(0) : value.readDoubleBE(0)) : text(value);
        target.valueLabels.set(key, text(lab));
      }
    }
  }

  // Data: one 8-byte element per slot; uncompressed, or bytecode blocks of eight command bytes.
  const nslots = slots.length;
  const spaces = Buffer.alloc(8, 0x20);
  const sysmisBuf = Buffer.alloc(8);
  if (le) sysmisBuf.writeDoubleLE(sysmis); else sysmisBuf.writeDoubleBE(sysmis);
  const readRows = (): Buffer[][] => {
    const rows: Buffer[][] = [];
    if (compression === 0) {
      const rowBytes = nslots * 8;
      const total = ncases >= 0 ? ncases : Math.floor((buf.length - pos) / rowBytes);
      if (pos + total * rowBytes > buf.length) fail(file, 'the data end before the last case');
      for (let r = 0; r < total; r++) {
        const row: Buffer[] = [];
        for (let k = 0; k < nslots; k++) row.push(buf.subarray(pos + (r * nslots + k) * 8, pos + (r * nslots + k + 1) * 8));
        rows.push(row);
      }
      return rows;
    }
    if (compression !== 1) fail(file, `compression type ${compression} is not supported`);
    let row: Buffer[] = [];
    const push = (b: Buffer) => { row.push(b); if (row.length === nslots) { rows.push(row); row = []; } };
    outer: while (pos + 8 <= buf.length) {
      const cmds = buf.subarray(pos, pos + 8);
      pos += 8;
      for (const c of cmds) {
        if (c === 0) continue;
        if (c === 252) break outer;
        if (c === 253) { if (pos + 8 > buf.length) fail(file, 'the data end in the middle of a value'); push(buf.subarray(pos, pos + 8)); pos += 8; }
        else if (c === 254) push(spaces);
        else if (c === 255) push(sysmisBuf);
        else { const b = Buffer.alloc(8); if (le) b.writeDoubleLE(c - bias); else b.writeDoubleBE(c - bias); push(b); }
      }
    }
    if (row.length !== 0) fail(file, 'the data end in the middle of a case');
    if (ncases >= 0 && rows.length !== ncases) fail(file, `the header promises ${ncases} cases but the data hold ${rows.length}`);
    return rows;
  };
  const rows = readRows();
  starts.forEach((k, j) => {
    const v = vars[j];
    if (v.width === 0) {
      const col = new Float64Array(rows.length);
      for (let r = 0; r < rows.length; r++) { const x = le ? rows[r][k].readDoubleLE(0) : rows[r][k].readDoubleBE(0); col[r] = x === sysmis ? NaN : x; }
      v.values = col;
    } else {
      const nseg = Math.ceil(v.width / 8);
      v.values = rows.map((row) => text(Buffer.concat(row.slice(k, k + nseg)).subarray(0, v.width)));
    }
  });
  const weight = weightIndex > 0 ? (varOfSlot.has(weightIndex - 1) ? vars[varOfSlot.get(weightIndex - 1) as number].name : fail(file, 'its weight variable does not exist')) : null;
  return { variables: vars, weight, encoding: enc, rows: rows.length };
}
