/**
 * Moments computed by an SQL engine: `csat sql` prints one aggregate query over a table, the
 * engine scans the data where it lives, and `csat moments --from-sql-result` turns the one row it
 * returns into a moments file.
 *
 * Numerics: the query is two-pass, like csat's own accumulation. A first aggregate gives each
 * item's provisional mean c_j (plain AVG over the complete rows); the second sums the shifted
 * values, s_j = sum w (x_j - c_j) and s_jk = sum w (x_j - c_j)(x_k - c_k), so large means never
 * cancel against small spreads (the naive sum x^2 - n mean^2 would lose every digit at mean 1e9,
 * sd 1e-3). From the row: n = sum w, mean_j = c_j + s_j / n, S_jk = s_jk - s_j s_k / n (the
 * correction for c_j not being the weighted mean to the last bit).
 */
import { MOMENTS_FORMAT, MOMENTS_VERSION, type MomentsFile } from '../data/summary.js';
import { InputError, UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';

export const DIALECTS = ['duckdb', 'spark', 'bigquery', 'clickhouse'] as const;
export type Dialect = (typeof DIALECTS)[number];

export interface MomentsQuery {
  dialect: Dialect;
  items: string[];
  table: string;
  weight: string | null;
  /** User-missing codes, left out as SPSS leaves them (NULL is always missing). */
  missing: number[];
}

const DOUBLE: Record<Dialect, string> = { duckdb: 'DOUBLE', spark: 'DOUBLE', bigquery: 'FLOAT64', clickhouse: 'Float64' };

/** A column name quoted for the dialect (DuckDB and ClickHouse "x", Spark and BigQuery `x`). */
function quote(name: string, dialect: Dialect): string {
  if (dialect === 'duckdb' || dialect === 'clickhouse') return `"${name.replace(/"/g, '""')}"`;
  if (name.includes('`')) throw new UsageError(msg('sql.err.backtick', { name, dialect }));
  return `\`${name}\``;
}

/**
 * The names of the result's columns: n_rows and n_weight of the complete cases, seen_rows and seen_weight
 * of every case with a valid weight, then c_j, s_j per item and s_j_k for j <= k (1-based).
 */
export function resultColumns(p: number): string[] {
  const cols = ['n_rows', 'n_weight', 'seen_rows', 'seen_weight'];
  for (let j = 1; j <= p; j++) cols.push(`c_${j}`);
  for (let j = 1; j <= p; j++) cols.push(`s_${j}`);
  for (let j = 1; j <= p; j++) for (let k = j; k <= p; k++) cols.push(`s_${j}_${k}`);
  return cols;
}

/** The aggregate query (see the module comment). */
export function momentsQuery(q: MomentsQuery): string {
  const { dialect, items } = q;
  const p = items.length;
  const dbl = DOUBLE[dialect];
  const x = (j: number) => `x_${j + 1}`;
  const select = items.map((name, j) => `CAST(${quote(name, dialect)} AS ${dbl}) AS ${x(j)}`);
  if (q.weight !== null) select.push(`CAST(${quote(q.weight, dialect)} AS ${dbl}) AS w`);
  const where = items.map((name) => `${quote(name, dialect)} IS NOT NULL`);
  if (q.missing.length) for (const name of items) where.push(`${quote(name, dialect)} NOT IN (${q.missing.join(', ')})`);
  if (q.weight !== null) where.push(`${quote(q.weight, dialect)} > 0`);
  const w = q.weight !== null ? 'w * ' : '';
  const d = (j: number) => `(${x(j)} - c_${j + 1})`;
  const sums = [`COUNT(*) AS n_rows`, q.weight !== null ? 'SUM(w) AS n_weight' : 'CAST(COUNT(*) AS ' + dbl + ') AS n_weight'];
  sums.push('MIN(seen_rows) AS seen_rows', 'MIN(seen_weight) AS seen_weight');
  for (let j = 0; j < p; j++) sums.push(`MIN(c_${j + 1}) AS c_${j + 1}`);
  for (let j = 0; j < p; j++) sums.push(`SUM(${w}${d(j)}) AS s_${j + 1}`);
  for (let j = 0; j < p; j++) for (let k = j; k < p; k++) sums.push(`SUM(${w}${d(j)} * ${d(k)}) AS s_${j + 1}_${k + 1}`);
  const list = (xs: string[], indent: string) => xs.map((s) => indent + s).join(',\n');
  return [
    `-- csat moments of ${p} items (${items.join(', ')}), listwise; turn the one-row result into a moments file with`,
    `--   csat moments --from-sql-result result.csv --items ${items.join(',')}${q.weight !== null ? ` --weight ${q.weight}` : ''}`,
    // DuckDB would materialise a CTE read twice (the rows of every item, 1 GB at 10M x 12); inlined, it streams.
    `WITH cases AS ${dialect === 'duckdb' ? 'NOT MATERIALIZED ' : ''}(`,
    '  SELECT',
    list(select, '    '),
    `  FROM ${q.table}`,
    `  WHERE ${where.join('\n    AND ')}`,
    '),',
    'seen AS (',
    `  SELECT COUNT(*) AS seen_rows, ${q.weight !== null ? `SUM(CAST(${quote(q.weight, dialect)} AS ${dbl}))` : `CAST(COUNT(*) AS ${dbl})`} AS seen_weight`,
    `  FROM ${q.table}`,
    ...(q.weight !== null ? [`  WHERE ${quote(q.weight, dialect)} > 0`] : []),
    '),',
    'centre AS (',
    '  SELECT',
    list(items.map((_, j) => `AVG(${x(j)}) AS c_${j + 1}`), '    '),
    '  FROM cases',
    ')',
    'SELECT',
    list(sums, '  '),
    'FROM cases CROSS JOIN centre CROSS JOIN seen;',
    '',
  ].join('\n');
}

/**
 * The moments file of the query's one-row result (`values` by column name, as the engine wrote
 * them). A column missing or not a number is an InputError naming it.
 */
export function momentsFromResult(values: Map<string, string>, items: string[], weight: string | null, file: string): MomentsFile {
  const p = items.length;
  const get = (name: string): number => {
    const text = values.get(name);
    if (text === undefined) throw new InputError(msg('sql.err.column', { file, column: name, p }));
    const v = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(v)) throw new InputError(msg('sql.err.value', { file, column: name, value: text }));
    return v;
  };
  const extra = [...values.keys()].filter((k) => !resultColumns(p).includes(k));
  if (extra.length) throw new InputError(msg('sql.err.extra', { file, columns: extra, p }));
  const rows = get('n_rows');
  const n = get('n_weight');
  if (!(rows >= 2) || !(n > 0)) throw new InputError(msg('sql.err.fewRows', { file, rows }));
  const seenRows = get('seen_rows');
  const seenWeight = get('seen_weight');
  const c = items.map((_, j) => get(`c_${j + 1}`));
  const s = items.map((_, j) => get(`s_${j + 1}`));
  const means = c.map((cj, j) => cj + s[j] / n);
  const crossProducts = items.map(() => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    for (let k = j; k < p; k++) {
      const v = get(`s_${j + 1}_${k + 1}`) - (s[j] * s[k]) / n;
      crossProducts[j][k] = v;
      crossProducts[k][j] = v;
    }
  }
  return {
    format: MOMENTS_FORMAT,
    version: MOMENTS_VERSION,
    source: null,
    items: [...items],
    weight,
    missing: 'listwise',
    rows,
    n,
    excluded: seenRows - rows,
    excludedWeight: Math.max(0, seenWeight - n),
    means,
    crossProducts,
    columns: null,
  };
}
