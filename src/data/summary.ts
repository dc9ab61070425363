/**
 * Summary input: the statistics an analysis needs instead of the rows, read from one of two files.
 *
 * - An SPSS MATRIX DATA file (what FACTOR, RELIABILITY and REGRESSION read with /MATRIX=IN and
 *   write with /MATRIX=OUT), as CSV/TSV: a ROWTYPE_ column (N or N_SCALAR, MEAN, STDDEV or SD,
 *   CORR or COV), a VARNAME_ column naming the variable of each matrix row, then one column per
 *   variable. The matrix may be full, or a lower or upper triangle with the other cells blank; a
 *   blank CORR diagonal is 1 (MATRIX DATA /FORMAT=NODIAGONAL).
 * - A csat moments file (`csat moments`, version 1): n, means and centred cross-products of the
 *   listwise-complete cases, in full precision.
 *
 * Either becomes one SummaryStats; the analyses take it where they would take a Dataset's
 * correlations or covariances, so the same numbers come out of one code path.
 */
import type { VariableMoments } from '../stats/descriptives.js';
import { CsatError, InputError, UsageError } from '../errors.js';
import { readSideFile } from './side-file.js';
import { MAX_STREAM_BYTES } from './read.js';
import { msg } from '../i18n/index.js';
import type { Source } from './source.js';

/** The format name a moments file carries, and the version this reader understands. */
export const MOMENTS_FORMAT = 'csat-moments';
export const MOMENTS_VERSION = 1;

export interface SummaryStats {
  file: string;
  kind: 'matrix' | 'moments';
  names: string[];
  /** Cases (sum of weights when weighted). */
  n: number;
  /** Rows behind n (unweighted), when known. */
  rows: number | null;
  /** Rows left out by listwise deletion (moments files), else 0; and their weight sum. */
  excluded: number;
  excludedWeight: number;
  /** The weight variable the statistics were computed with, when known. */
  weight: string | null;
  means: Float64Array | null;
  /** Covariances (n - 1 denominator), row-major p x p; null for a correlation matrix without SDs. */
  cov: Float64Array | null;
  /** Correlations, row-major p x p. */
  r: Float64Array;
  /** Each variable over its own valid cases (a moments file made from rows); null when not known. */
  columns: MomentsColumn[] | null;
}

/**
 * One item's statistics over its own valid cases (as DESCRIPTIVES and FREQUENCIES count them): the
 * moments describe works from, plus the unweighted row count. `counts` is kept only for an item of
 * at most 64 small integers (Likert answers).
 */
export interface MomentsColumn extends VariableMoments {
  /** Valid rows, unweighted (`n` is their weight sum). */
  rows: number;
}

/**
 * The `results` of `csat moments -f json` (the moments file; schemas/moments.schema.json): the
 * sufficient statistics of the items over the listwise-complete cases, in full precision.
 */
export interface MomentsFile {
  format: typeof MOMENTS_FORMAT;
  version: typeof MOMENTS_VERSION;
  /** The data file the moments were computed from, as given; null when not known (an SQL result). */
  source: string | null;
  items: string[];
  weight: string | null;
  missing: 'listwise';
  /** Complete rows used. */
  rows: number;
  /** Sum of the weights of the rows used (= rows when unweighted). */
  n: number;
  /** Rows with a valid weight left out because an item was missing, and their weight sum. */
  excluded: number;
  excludedWeight: number;
  means: number[];
  /** Centred sums of squares and cross-products, sum w (x_i - mean_i)(x_j - mean_j), p x p. */
  crossProducts: number[][];
  /** Per item over its own valid cases; null when not known (an SQL result). */
  columns: MomentsColumn[] | null;
}

/** Whether a header is that of a MATRIX DATA file (a ROWTYPE_ column). */
export function isMatrixHeader(names: string[]): boolean {
  return names.some((n) => n.trim().toUpperCase() === 'ROWTYPE_');
}

const ROWTYPES = new Set(['N', 'N_SCALAR', 'MEAN', 'STDDEV', 'SD', 'CORR', 'COV']);

/** A number cell of a MATRIX DATA file: null when blank; anything else not a number is an InputError. */
function cellNumber(cell: string, file: string, row: number, column: string): number | null {
  const s = cell.trim();
  if (s === '' || s === '.') return null;
  const x = Number(s);
  if (!Number.isFinite(x)) throw new InputError(msg('summary.err.cell', { file, row, column, value: s }));
  return x;
}

/** Fill a triangle from its mirror, check symmetry, and return the full matrix. */
function fullMatrix(cells: (number | null)[][], names: string[], file: string, kind: 'CORR' | 'COV'): Float64Array {
  const p = names.length;
  const out = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) {
      const a = cells[i][j];
      const b = cells[j][i];
      let v = a ?? b;
      if (v === null && i === j && kind === 'CORR') v = 1;
      if (v === null) throw new InputError(msg('summary.err.missingCell', { file, kind, a: names[i], b: names[j] }));
      if (a !== null && b !== null && i < j) {
        // Printed matrices are symmetric digit for digit; a computed one to rounding.
        const scale = Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE);
        if (Math.abs(a - b) > 1e-9 * scale) throw new InputError(msg('summary.err.asymmetric', { file, kind, a: names[i], b: names[j], ab: a, ba: b }));
      }
      out[i * p + j] = i <= j ? v : (b ?? v);
    }
  }
  // One value per pair: the upper triangle is copied down, so the matrix is exactly symmetric.
  for (let i = 0; i < p; i++) for (let j = 0; j < i; j++) out[i * p + j] = out[j * p + i];
  return out;
}

/**
 * The summary statistics of a MATRIX DATA file already read as a Source. Every problem is an
 * InputError (exit 3) of one sentence naming the file and the row or variable.
 */
export function matrixFromSource(source: Source): SummaryStats {
  const file = source.file;
  const upper = source.names.map((n) => n.trim().toUpperCase());
  const rt = upper.indexOf('ROWTYPE_');
  const vn = upper.indexOf('VARNAME_');
  if (vn < 0) throw new InputError(msg('summary.err.noVarname', { file }));
  // Columns before ROWTYPE_ would be SPLIT FILE or FACTOR variables: one matrix per group.
  if (rt > 0 && source.names.slice(0, rt).some((_, j) => j !== vn)) {
    throw new InputError(msg('summary.err.split', { file, columns: source.names.slice(0, rt).filter((_, j) => j !== vn) }));
  }
  const varCols = source.names.map((_, j) => j).filter((j) => j !== rt && j !== vn);
  const names = varCols.map((j) => source.names[j].trim());
  const p = names.length;
  if (p < 1) throw new InputError(msg('summary.err.noVariables', { file }));
  const index = new Map(names.map((n, j) => [n.toLowerCase(), j]));
  let n: number | null = null;
  let means: Float64Array | null = null;
  let sds: Float64Array | null = null;
  let kind: 'CORR' | 'COV' | null = null;
  const matrix: ((number | null)[] | null)[] = new Array(p).fill(null);
  for (let r = 0; r < source.rows; r++) {
    const line = r + 2;
    const type = source.cells[rt][r].trim().toUpperCase();
    if (type === '' && varCols.every((j) => source.cells[j][r].trim() === '')) continue;
    if (!ROWTYPES.has(type)) throw new InputError(msg('summary.err.rowtype', { file, row: line, type: source.cells[rt][r].trim() }));
    const values = varCols.map((j, c) => cellNumber(source.cells[j][r], file, line, names[c]));
    if (type === 'N' || type === 'N_SCALAR') {
      if (n !== null) throw new InputError(msg('summary.err.twice', { file, row: line, type: 'N' }));
      const given = values.filter((v): v is number => v !== null);
      if (given.length === 0) throw new InputError(msg('summary.err.badN', { file, row: line, value: '' }));
      if (given.some((v) => v !== given[0])) throw new InputError(msg('summary.err.nDiffers', { file, row: line }));
      if (!(given[0] > 0)) throw new InputError(msg('summary.err.badN', { file, row: line, value: given[0] }));
      n = given[0];
    } else if (type === 'MEAN' || type === 'STDDEV' || type === 'SD') {
      const missing = values.findIndex((v) => v === null);
      if (missing >= 0) throw new InputError(msg('summary.err.rowCell', { file, row: line, type, column: names[missing] }));
      const a = Float64Array.from(values as number[]);
      if (type === 'MEAN') {
        if (means) throw new InputError(msg('summary.err.twice', { file, row: line, type }));
        means = a;
      } else {
        if (sds) throw new InputError(msg('summary.err.twice', { file, row: line, type: 'STDDEV' }));
        const bad = a.findIndex((v) => !(v > 0));
        if (bad >= 0) throw new InputError(msg('summary.err.sd', { file, row: line, column: names[bad], value: a[bad] }));
        sds = a;
      }
    } else {
      if (kind !== null && kind !== type) throw new InputError(msg('summary.err.corrAndCov', { file }));
      kind = type as 'CORR' | 'COV';
      const name = source.cells[vn][r].trim();
      const i = index.get(name.toLowerCase());
      if (i === undefined) throw new InputError(msg('summary.err.varname', { file, row: line, name, names }));
      if (matrix[i]) throw new InputError(msg('summary.err.varnameTwice', { file, row: line, name }));
      matrix[i] = values;
    }
  }
  if (kind === null) throw new InputError(msg('summary.err.noMatrix', { file }));
  const absent = names.filter((_, i) => matrix[i] === null);
  if (absent.length) throw new InputError(msg('summary.err.rowsMissing', { file, kind, names: absent }));
  if (n === null) throw new InputError(msg('summary.err.noN', { file }));
  const m = fullMatrix(matrix as (number | null)[][], names, file, kind);
  let cov: Float64Array | null = null;
  let r: Float64Array;
  if (kind === 'COV') {
    for (let j = 0; j < p; j++) {
      if (!(m[j * p + j] > 0)) throw new InputError(msg('summary.err.variance', { file, column: names[j], value: m[j * p + j] }));
    }
    cov = m;
    r = correlations(m, p);
    if (sds) {
      const bad = names.findIndex((_, j) => Math.abs(Math.sqrt(m[j * p + j]) - sds![j]) > 1e-6 * sds![j]);
      if (bad >= 0) throw new InputError(msg('summary.err.sdMismatch', { file, column: names[bad], sd: sds[bad], cov: Math.sqrt(m[bad * p + bad]) }));
    }
  } else {
    for (let i = 0; i < p; i++) {
      if (Math.abs(m[i * p + i] - 1) > 1e-9) throw new InputError(msg('summary.err.diagonal', { file, column: names[i], value: m[i * p + i] }));
      m[i * p + i] = 1;
      for (let j = 0; j < p; j++) {
        if (Math.abs(m[i * p + j]) > 1) throw new InputError(msg('summary.err.range', { file, a: names[i], b: names[j], value: m[i * p + j] }));
      }
    }
    r = m;
    if (sds) {
      cov = new Float64Array(p * p);
      for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) cov[i * p + j] = m[i * p + j] * sds[i] * sds[j];
    }
  }
  return { file, kind: 'matrix', names, n, rows: null, excluded: 0, excludedWeight: 0, weight: null, means, cov, r, columns: null };
}

/** r = D^-1/2 C D^-1/2 with an exact unit diagonal. */
function correlations(cov: Float64Array, p: number): Float64Array {
  const r = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) r[i * p + j] = i === j ? 1 : cov[i * p + j] / Math.sqrt(cov[i * p + i] * cov[j * p + j]);
  }
  return r;
}

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** The summary statistics of a parsed moments file; a malformed one is an InputError naming what is wrong. */
export function momentsFromJson(data: unknown, file: string): SummaryStats {
  const bad = (what: string) => new InputError(msg('summary.err.moments', { file, what }));
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw bad('not a JSON object');
  // `csat moments -f json` writes the envelope of the JSON contract; its `results` is the file proper.
  const outer = data as Record<string, unknown>;
  const d = (outer.command === 'moments' && outer.results !== null && typeof outer.results === 'object' ? outer.results : outer) as Record<string, unknown>;
  if (d.format !== MOMENTS_FORMAT) throw bad(`"format" is not "${MOMENTS_FORMAT}"`);
  if (d.version !== MOMENTS_VERSION) throw bad(`"version" ${JSON.stringify(d.version)} is not ${MOMENTS_VERSION}`);
  const items = d.items;
  if (!Array.isArray(items) || items.length === 0 || !items.every((x) => typeof x === 'string' && x !== '')) throw bad('"items" is not a list of names');
  if (new Set(items).size !== items.length) throw bad('"items" names a variable twice');
  const p = items.length;
  if (!isNumber(d.n) || !(d.n > 0)) throw bad('"n" is not a positive number');
  if (!isNumber(d.rows) || !Number.isInteger(d.rows) || d.rows < 0) throw bad('"rows" is not a count');
  if (!isNumber(d.excluded) || d.excluded < 0) throw bad('"excluded" is not a non-negative number');
  if (!isNumber(d.excludedWeight) || d.excludedWeight < 0) throw bad('"excludedWeight" is not a non-negative number');
  if (d.weight !== null && typeof d.weight !== 'string') throw bad('"weight" is neither null nor a name');
  const means = d.means;
  if (!Array.isArray(means) || means.length !== p || !means.every(isNumber)) throw bad(`"means" is not ${p} numbers`);
  const cp = d.crossProducts;
  if (!Array.isArray(cp) || cp.length !== p || !cp.every((row) => Array.isArray(row) && row.length === p && row.every(isNumber))) {
    throw bad(`"crossProducts" is not a ${p} x ${p} matrix of numbers`);
  }
  const n = d.n;
  const cov = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) {
      const a = (cp[i] as number[])[j];
      if (a !== (cp[j] as number[])[i]) throw bad(`"crossProducts" is not symmetric at ${items[i]}, ${items[j]}`);
      cov[i * p + j] = a / (n - 1);
    }
    if (!((cp[i] as number[])[i] >= 0)) throw bad(`"crossProducts" has a negative sum of squares for ${items[i]}`);
  }
  // A zero variance leaves r undefined (NaN), which the analyses explain as a constant item.
  const r = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) {
      const sii = Math.sqrt(cov[i * p + i]);
      const sjj = Math.sqrt(cov[j * p + j]);
      r[i * p + j] = i === j ? (sii > 0 ? 1 : NaN) : cov[i * p + j] / (sii * sjj);
    }
  }
  return {
    file,
    kind: 'moments',
    names: items as string[],
    n,
    rows: d.rows,
    excluded: d.excluded,
    excludedWeight: d.excludedWeight,
    weight: (d.weight as string | null) ?? null,
    means: Float64Array.from(means),
    cov,
    r,
    columns: momentsColumns(d.columns, items as string[], bad),
  };
}

/** The per-variable statistics of a moments file (`columns`), checked; null when the file has none. */
function momentsColumns(data: unknown, items: string[], bad: (what: string) => InputError): MomentsColumn[] | null {
  if (data === null || data === undefined) return null;
  if (!Array.isArray(data) || data.length !== items.length) throw bad(`"columns" is not ${items.length} objects`);
  return data.map((c, j): MomentsColumn => {
    const what = (field: string) => bad(`"columns" entry ${j + 1} (${items[j]}): "${field}" is missing or out of range`);
    if (c === null || typeof c !== 'object' || Array.isArray(c)) throw bad(`"columns" entry ${j + 1} (${items[j]}) is not an object`);
    const o = c as Record<string, unknown>;
    if (!isNumber(o.rows) || !Number.isInteger(o.rows) || o.rows < 0) throw what('rows');
    if (!isNumber(o.n) || o.n < 0) throw what('n');
    for (const k of ['mean', 'm3'] as const) if (!isNumber(o[k])) throw what(k);
    for (const k of ['m2', 'm4'] as const) if (!isNumber(o[k]) || (o[k] as number) < 0) throw what(k);
    for (const k of ['min', 'max'] as const) if (o[k] !== null && !isNumber(o[k])) throw what(k);
    let counts: MomentsColumn['counts'] = null;
    if (o.counts !== null && o.counts !== undefined) {
      if (!Array.isArray(o.counts)) throw what('counts');
      counts = o.counts.map((e) => {
        const v = e as Record<string, unknown> | null;
        if (v === null || typeof v !== 'object' || !isNumber(v.value) || !isNumber(v.n) || v.n < 0) throw what('counts');
        return { value: v.value, n: v.n };
      });
      for (let k = 1; k < counts.length; k++) if (!(counts[k].value > counts[k - 1].value)) throw what('counts');
    }
    return { rows: o.rows, n: o.n, mean: o.mean as number, m2: o.m2 as number, m3: o.m3 as number, m4: o.m4 as number, min: (o.min as number | null) ?? null, max: (o.max as number | null) ?? null, counts };
  });
}

/** Read a moments file (JSON); unreadable or not JSON is an InputError. */
export async function readMomentsFile(file: string): Promise<SummaryStats> {
  let text: string;
  try {
    // A moments file of thousands of columns is large: it has the data files' limit (256 MiB).
    text = (await readSideFile(file, MAX_STREAM_BYTES)).toString('utf8');
  } catch (e) {
    if (e instanceof CsatError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(msg('summary.err.read', { file, why: code === 'ENOENT' ? msg('data.noSuchFile') : (e as Error).message }));
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(msg('summary.err.moments', { file, what: `not JSON (${(e as Error).message})` }));
  }
  return momentsFromJson(data, file);
}

/**
 * The statistics of `names` (a subset of the summary's variables, in this order). A name the
 * summary does not hold is an InputError: the file does not match the items asked for.
 */
export function selectSummary(s: SummaryStats, names: string[]): SummaryStats {
  const idx = names.map((name) => {
    const j = s.names.indexOf(name);
    if (j < 0) throw new InputError(msg('summary.err.notInFile', { file: s.file, name, names: s.names }));
    return j;
  });
  const P = s.names.length;
  const q = idx.length;
  const sub = (a: Float64Array) => {
    const out = new Float64Array(q * q);
    for (let i = 0; i < q; i++) for (let j = 0; j < q; j++) out[i * q + j] = a[idx[i] * P + idx[j]];
    return out;
  };
  return {
    ...s,
    names: [...names],
    means: s.means ? Float64Array.from(idx, (j) => s.means![j]) : null,
    cov: s.cov ? sub(s.cov) : null,
    r: sub(s.r),
    columns: s.columns ? idx.map((j) => s.columns![j]) : null,
  };
}

/** A usage error for an option that needs the rows (per-respondent output) given with summary input. */
export function rowsOnly(option: string, file: string): UsageError {
  return new UsageError(msg('summary.err.needsRows', { option, file }));
}
