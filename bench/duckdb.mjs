#!/usr/bin/env node
/**
 * Issue 15's target for the DuckDB engine: `csat factor survey.parquet` (moments in DuckDB, then
 * KMO, Bartlett, PCA and varimax in csat) on 10M rows of Parquet within 2x of DuckDB's own
 * aggregate query for the same statistics (bench/peers/duckdb-covar.mjs: AVG and COVAR_SAMP of
 * every pair), each a whole process timed by /usr/bin/time -v, in alternating rounds.
 *
 *   npm run build && node bench/duckdb.mjs [--rows 10000000] [--items 12] [--rounds 3]
 *
 * The Parquet file is written once by DuckDB itself (seeded: setseed) to $CSAT_BENCH_DIR or
 * $TMPDIR/csat-bench: items q1..qk (1-5) sharing one latent factor, so the factor analysis has
 * something to find; 10M x 12 is about 60 MB. Needs @duckdb/node-api (an optional dependency).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { defaultDir } from './generate.mjs';
import { median, timed } from './timing.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function options(argv) {
  const o = { rows: 10_000_000, items: 12, rounds: 3 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rows' || a === '--items' || a === '--rounds') o[a.slice(2)] = Number(argv[++i]);
    else throw new Error(`duckdb.mjs: unknown argument ${a}`);
  }
  return o;
}

/** The seeded Parquet file of `rows` x `items` Likert answers, written by DuckDB (once). */
async function parquetFile(dir, rows, items) {
  const file = path.join(dir, `survey-${rows}x${items}.parquet`);
  if (existsSync(file)) return file;
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  await con.run('SELECT setseed(0.15)');
  const cols = Array.from({ length: items }, (_, j) => `CAST(1 + FLOOR(5 * (0.6 * f + 0.4 * random())) AS TINYINT) AS q${j + 1}`);
  await con.run(`COPY (SELECT ${cols.join(', ')} FROM (SELECT random() AS f FROM range(${rows}))) TO '${file}' (FORMAT parquet)`);
  con.closeSync();
  instance.closeSync();
  return file;
}

const o = options(process.argv.slice(2));
const dir = defaultDir();
mkdirSync(dir, { recursive: true });
const file = await parquetFile(dir, o.rows, o.items);
const cmds = {
  'csat --engine duckdb': [process.execPath, [path.join(root, 'bin/csat.js'), 'factor', file, '--items', `q1..q${o.items}`, '-f', 'json']],
  'duckdb own query': [process.execPath, [path.join(root, 'bench/peers/duckdb-covar.mjs'), file, String(o.items)]],
};
const tools = Object.keys(cmds);
const load0 = loadavg().map((x) => x.toFixed(2)).join(' ');
const times = Object.fromEntries(tools.map((t) => [t, []]));
let check = null;
for (let r = 0; r < o.rounds; r++) {
  const order = r % 2 ? [...tools].reverse() : tools;
  for (const t of order) {
    const run = timed(cmds[t]);
    times[t].push(run);
    if (t === 'duckdb own query') check = JSON.parse(run.stdout);
  }
}
const load1 = loadavg().map((x) => x.toFixed(2)).join(' ');
const factor = JSON.parse(timed(cmds['csat --engine duckdb']).stdout).results;
console.log(`factor of ${o.rows} x ${o.items} Parquet (${path.basename(file)}), ${o.rounds} alternating rounds; load average ${load0} -> ${load1}`);
console.log(`rows: csat ${factor.n ?? factor.cases ?? '?'}, duckdb ${check.n}`);
console.log(`${'tool'.padEnd(22)} ${'wall s (min-max)'.padEnd(22)} ${'peak MiB'.padEnd(10)} wall / duckdb`);
const base = median(times['duckdb own query'].map((x) => x.wall));
for (const t of tools) {
  const w = times[t].map((x) => x.wall);
  const m = median(times[t].map((x) => x.mib));
  console.log(`${t.padEnd(22)} ${`${median(w).toFixed(2)} (${Math.min(...w).toFixed(2)}-${Math.max(...w).toFixed(2)})`.padEnd(22)} ${m.toFixed(0).padEnd(10)} ${(median(w) / base).toFixed(2)}`);
}
