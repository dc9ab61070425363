/**
 * `--engine duckdb`: DuckDB (the optional package @duckdb/node-api, imported only here and only
 * when asked for) scans a CSV or Parquet file, out of core and on every core, and computes the
 * moments in SQL; the result is a moments file, which the analyses read exactly as they read
 * `--from-moments`.
 *
 * - The cross-products come from the very query `csat sql --dialect duckdb` prints
 *   (moments-sql.ts), turned into a moments file by the same momentsFromResult.
 * - The per-item statistics that describe reads (each item over its own valid cases: n, mean,
 *   centred power sums M2..M4, min, max, value counts of small integers) come from columnsQuery,
 *   two-pass like the cross-products: a provisional mean c, then the sums of powers of x - c,
 *   corrected for c not being the mean to the last bit (as stats/moments.ts corrects its own).
 * - DuckDB reads UTF-8 only (of the encodings survey exports use): a file in another encoding
 *   (GBK, GB18030, UTF-16) is transcoded to a temporary UTF-8 file first, removed on every exit
 *   path (an error, SIGINT/SIGTERM through the output transaction's process.exit, a normal end).
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { canonicalEncoding, decodeBuffer, displayName, parseDelimiterOption } from '../data/read.js';
import type { MomentsColumn, MomentsFile } from '../data/summary.js';
import { InputError, UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { momentsFromResult, momentsQuery } from './moments-sql.js';
import { holdTemporary } from '../data/temporary.js';

export const DUCKDB_PACKAGE = '@duckdb/node-api';
export const ENGINES = ['csat', 'duckdb'] as const;
export type Engine = (typeof ENGINES)[number];

/** The part of @duckdb/node-api csat uses (declared here, so csat type-checks without the package). */
interface DuckdbValueReader {
  columnNames(): string[];
  getRows(): unknown[][];
}
interface DuckdbConnection {
  runAndReadAll(sql: string): Promise<DuckdbValueReader>;
  closeSync(): void;
}
interface DuckdbInstance {
  connect(): Promise<DuckdbConnection>;
  closeSync(): void;
}
interface DuckdbApi {
  DuckDBInstance: { create(path: string): Promise<DuckdbInstance> };
}

async function loadDuckdb(): Promise<DuckdbApi> {
  try {
    // A variable specifier: neither tsc nor the bundler resolves it, so csat builds and runs without the package.
    return (await import(DUCKDB_PACKAGE)) as DuckdbApi;
  } catch {
    throw new UsageError(msg('duckdb.err.notInstalled', { package: DUCKDB_PACKAGE }));
  }
}

/** Whether a file is Parquet by its name (the engine also knows it by its magic bytes, PAR1). */
export function isParquetName(file: string): boolean {
  return /\.parquet$/i.test(file);
}

export interface EngineReadOptions {
  encoding?: string;
  delimiter?: string;
}

/** An SQL string literal. */
const literal = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** A file opened in DuckDB: its columns, and the moments of any of them. */
export interface DuckdbTable {
  file: string;
  /** Column names in file order, and whether each is numeric in DuckDB's reading. */
  names: string[];
  numeric: boolean[];
  /** The encoding the file was read in (utf-8 for Parquet and UTF-8 text). */
  encoding: string;
  moments(items: string[], weight: string | null, missing: number[], withColumns: boolean): Promise<MomentsFile>;
  close(): void;
}

/** The first bytes of a file (for the encoding and the Parquet magic), cut at the last line end. */
async function head(file: string, max = 1 << 20): Promise<Buffer> {
  const fh = await open(file, 'r').catch((e: NodeJS.ErrnoException) => {
    throw new InputError(msg('summary.err.read', { file, why: e.code === 'ENOENT' ? msg('data.noSuchFile') : e.message }));
  });
  try {
    const buf = Buffer.alloc(max);
    const { bytesRead } = await fh.read(buf, 0, max, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * The encoding of a text file, told from its first megabyte as csat's own reader tells it
 * (decodeBuffer), cut at a line end so no character is split (0x0A is never inside a GBK pair).
 */
function sampleEncoding(bytes: Buffer, file: string, given: string | undefined): string {
  if (given !== undefined) return canonicalEncoding(given);
  const cut = bytes.length === 1 << 20 ? bytes.lastIndexOf(0x0a) : -1;
  return decodeBuffer(cut > 0 ? bytes.subarray(0, cut + 1) : bytes, file).encoding;
}

/** Transcode `file` from `encoding` to UTF-8 in a fresh temporary folder; returns the new path and its removal. */
async function transcoded(file: string, encoding: string): Promise<{ path: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'csat-duckdb-'));
  const remove = holdTemporary(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'input.csv');
  try {
    await pipeline(createReadStream(file), iconv.decodeStream(encoding, { stripBOM: true }), iconv.encodeStream('utf8'), createWriteStream(path));
  } catch (e) {
    remove();
    throw new InputError(msg('summary.err.read', { file, why: (e as Error).message }));
  }
  return { path, remove };
}

/** A DuckDB error as one sentence naming the file (its first line; DuckDB adds context lines). */
function engineError(e: unknown, file: string): InputError {
  const text = (e instanceof Error ? e.message : String(e)).split('\n').filter((l) => l.trim() !== '')[0] ?? '';
  return new InputError(msg('duckdb.err.query', { file: displayName(file), why: text }));
}

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL.*)$/;

/** Open `file` (CSV/TSV in any encoding csat reads, or Parquet) in an in-memory DuckDB. */
export async function openDuckdb(file: string, opts: EngineReadOptions = {}): Promise<DuckdbTable> {
  // Options first: a typo is a usage error before anything is loaded.
  const delimiter = opts.delimiter === undefined ? undefined : parseDelimiterOption(opts.delimiter);
  if (opts.encoding !== undefined) canonicalEncoding(opts.encoding);
  const api = await loadDuckdb();
  const bytes = await head(file);
  const parquet = bytes.subarray(0, 4).toString('latin1') === 'PAR1';
  if (!parquet && isParquetName(file)) throw new InputError(msg('duckdb.err.notParquet', { file: displayName(file) }));
  let cleanup = () => {};
  let table: string;
  let encoding = 'utf-8';
  if (parquet) {
    table = `read_parquet(${literal(file)})`;
  } else {
    encoding = sampleEncoding(bytes, file, opts.encoding);
    let path = file;
    if (encoding !== 'utf-8') {
      const t = await transcoded(file, encoding);
      path = t.path;
      cleanup = t.remove;
    }
    // As csat's reader: the first line is the header; empty cells, NA and . are missing.
    const args = [literal(path), 'header = true', "nullstr = ['', 'NA', '.']"];
    if (delimiter !== undefined) args.push(`delim = ${literal(delimiter)}`);
    table = `read_csv(${args.join(', ')})`;
  }
  let instance: DuckdbInstance | null = null;
  let con: DuckdbConnection | null = null;
  const close = () => {
    con?.closeSync();
    instance?.closeSync();
    con = null;
    instance = null;
    cleanup();
  };
  try {
    instance = await api.DuckDBInstance.create(':memory:');
    con = await instance.connect();
    const described = await con.runAndReadAll(`DESCRIBE SELECT * FROM ${table}`);
    const rows = described.getRows();
    const names = rows.map((r) => String(r[0]));
    const numeric = rows.map((r) => NUMERIC.test(String(r[1])));
    const run = async (sql: string): Promise<Map<string, unknown>[]> => {
      try {
        const reader = await con!.runAndReadAll(sql);
        const cols = reader.columnNames().map((c) => c.toLowerCase());
        return reader.getRows().map((r) => new Map(cols.map((c, j) => [c, r[j]])));
      } catch (e) {
        throw engineError(e, file);
      }
    };
    return {
      file,
      names,
      numeric,
      encoding,
      close,
      async moments(items, weight, missing, withColumns) {
        const [row] = await run(momentsQuery({ dialect: 'duckdb', items, table, weight, missing }));
        // As the engine writes them: numbers in full (String(x) of a double reads back the same double).
        const values = new Map([...row].map(([k, v]) => [k, v === null ? '' : String(v)]));
        const m = momentsFromResult(values, items, weight, displayName(file));
        const columns = withColumns ? await columnMoments(run, items, table, weight, missing) : null;
        return { ...m, source: file, columns };
      },
    };
  } catch (e) {
    close();
    throw e instanceof InputError || e instanceof UsageError ? e : engineError(e, file);
  }
}

/** Above this many distinct values (or any non-integer, or |x| > 1000) an item keeps no counts (as stats/moments.ts). */
const MAX_DISTINCT = 64;
const BIAS = 1000;

/**
 * The per-item query (see the module comment): each item over its own valid cases (a positive
 * weight, not NULL, not a missing code). Columns r_j (rows), n_j (weight sum), c_j (provisional
 * mean), lo_j, hi_j, int_j (every value a code in -1000..1000), k_j (distinct values) and
 * e1_j..e4_j, the sums of w (x - c)^k.
 */
export function columnsQuery(items: string[], table: string, weight: string | null, missing: number[]): string {
  const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const x = (j: number) => `x_${j + 1}`;
  const codes = missing.length ? missing.join(', ') : null;
  const select = items.map((name, j) => {
    const v = `CAST(${q(name)} AS DOUBLE)`;
    return `${codes ? `CASE WHEN ${v} IN (${codes}) THEN NULL ELSE ${v} END` : v} AS ${x(j)}`;
  });
  select.push(weight !== null ? `CAST(${q(weight)} AS DOUBLE) AS w` : 'CAST(1 AS DOUBLE) AS w');
  const centre: string[] = [];
  const sums: string[] = [];
  items.forEach((_, j) => {
    const i = j + 1;
    const xi = x(j);
    centre.push(
      `COUNT(${xi}) AS r_${i}`,
      `SUM(CASE WHEN ${xi} IS NOT NULL THEN w END) AS n_${i}`,
      `AVG(${xi}) AS c_${i}`,
      `MIN(${xi}) AS lo_${i}`,
      `MAX(${xi}) AS hi_${i}`,
      `BOOL_AND(${xi} = ROUND(${xi}) AND ABS(${xi}) <= ${BIAS}) AS int_${i}`,
      `COUNT(DISTINCT ${xi}) AS k_${i}`,
    );
    const d = `(${xi} - c_${i})`;
    for (let k = 1; k <= 4; k++) sums.push(`SUM(w * ${Array(k).fill(d).join(' * ')}) AS e${k}_${i}`);
  });
  const carried = items.flatMap((_, j) => ['r', 'n', 'c', 'lo', 'hi', 'int', 'k'].map((s) => `ANY_VALUE(${s}_${j + 1}) AS ${s}_${j + 1}`));
  return [
    'WITH cases AS NOT MATERIALIZED (',
    `  SELECT ${select.join(',\n    ')}`,
    `  FROM ${table}`,
    ...(weight !== null ? [`  WHERE ${q(weight)} > 0`] : []),
    '),',
    'centre AS (',
    `  SELECT ${centre.join(',\n    ')}`,
    '  FROM cases',
    ')',
    `SELECT ${[...carried, ...sums].join(',\n  ')}`,
    'FROM cases CROSS JOIN centre;',
  ].join('\n');
}

type Run = (sql: string) => Promise<Map<string, unknown>[]>;

const num = (v: unknown): number => (v === null || v === undefined ? NaN : Number(v));

/** Each item's statistics over its own valid cases (MomentsColumn, as csat moments writes them). */
async function columnMoments(run: Run, items: string[], table: string, weight: string | null, missing: number[]): Promise<MomentsColumn[]> {
  const [row] = await run(columnsQuery(items, table, weight, missing));
  const get = (name: string) => row.get(name);
  const columns = items.map((_, j): MomentsColumn & { countable: boolean } => {
    const i = j + 1;
    const rows = num(get(`r_${i}`));
    if (rows === 0) return { rows: 0, n: 0, mean: 0, m2: 0, m3: 0, m4: 0, min: null, max: null, counts: [], countable: false };
    const n = num(get(`n_${i}`));
    const [s1, s2, s3, s4] = [1, 2, 3, 4].map((k) => num(get(`e${k}_${i}`)));
    // e: how far the provisional mean c is from the mean; the power sums about the mean follow.
    const e = s1 / n;
    return {
      rows,
      n,
      mean: num(get(`c_${i}`)) + e,
      m2: s2 - n * e * e,
      m3: s3 - 3 * e * s2 + 2 * n * e * e * e,
      m4: s4 - 4 * e * s3 + 6 * e * e * s2 - 3 * n * e * e * e * e,
      min: num(get(`lo_${i}`)),
      max: num(get(`hi_${i}`)),
      counts: null,
      countable: get(`int_${i}`) === true && num(get(`k_${i}`)) <= MAX_DISTINCT,
    };
  });
  const counted = columns.map((c, j) => (c.countable ? j : -1)).filter((j) => j >= 0);
  if (counted.length) {
    const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
    const codes = missing.length ? ` AND v NOT IN (${missing.join(', ')})` : '';
    const w = weight !== null ? `CAST(${q(weight)} AS DOUBLE)` : 'CAST(1 AS DOUBLE)';
    const parts = counted.map(
      (j) =>
        `SELECT ${j} AS j, v, SUM(w) AS n FROM (SELECT CAST(${q(items[j])} AS DOUBLE) AS v, ${w} AS w FROM ${table}${weight !== null ? ` WHERE ${q(weight)} > 0` : ''}) WHERE v IS NOT NULL${codes} GROUP BY v`,
    );
    const rows = await run(`${parts.join('\nUNION ALL\n')}\nORDER BY j, v;`);
    for (const j of counted) columns[j].counts = [];
    for (const r of rows) columns[num(r.get('j'))].counts!.push({ value: num(r.get('v')), n: num(r.get('n')) });
  }
  return columns.map(({ countable: _, ...c }) => c);
}
