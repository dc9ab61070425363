#!/usr/bin/env node
/**
 * Reading speed: readSource (decode + parse) and toDataset (numbers) on generated files.
 *   npx tsc -p . && node bench/read.mjs [rows=1000000] [cols=50]
 * Files go to the system temp folder and are reused between runs (generate once, then measure:
 * the first run's figures include the garbage of generating). Figures: wall seconds, rows/s,
 * MB/s, CPU seconds (user + system, includes the garbage collector's threads), resident memory.
 */
import { existsSync, statSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSource } from '../dist/data/read.js';
import { toDataset } from '../dist/data/convert.js';
import { mulberry32 } from '../fixtures/generate/mulberry32.mjs';

const rows = Number(process.argv[2] ?? 1_000_000);
const cols = Number(process.argv[3] ?? 50);

/** Writes `n` rows of `p` columns; `cell(rand, j)` makes one field. */
function generate(file, n, p, cell) {
  if (existsSync(file)) return;
  const rand = mulberry32(42);
  const fd = openSync(file, 'w');
  writeSync(fd, Array.from({ length: p }, (_, j) => `Q${j + 1}`).join(',') + '\n');
  let buf = [];
  for (let i = 0; i < n; i++) {
    const r = new Array(p);
    for (let j = 0; j < p; j++) r[j] = cell(rand, j);
    buf.push(r.join(','));
    if (buf.length === 10000) {
      writeSync(fd, buf.join('\n') + '\n');
      buf = [];
    }
  }
  if (buf.length) writeSync(fd, buf.join('\n') + '\n');
  closeSync(fd);
}

const mb = () => (process.memoryUsage().rss / 2 ** 20).toFixed(0);

async function run(label, file) {
  const size = statSync(file).size / 2 ** 20;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const src = await readSource(file);
  const t1 = performance.now();
  const c1 = process.cpuUsage(c0);
  const rssRead = mb();
  const ds = toDataset(src, src.names, {});
  const t2 = performance.now();
  const c2 = process.cpuUsage(c0);
  const cpu = (c) => ((c.user + c.system) / 1e6).toFixed(2);
  const read = (t1 - t0) / 1000;
  const conv = (t2 - t1) / 1000;
  console.log(
    `${label}: ${src.rows} rows x ${src.names.length} cols, ${size.toFixed(0)} MB | read ${read.toFixed(2)} s ` +
      `(${(src.rows / read / 1e6).toFixed(2)} M rows/s, ${(size / read).toFixed(0)} MB/s; cpu ${cpu(c1)} s), rss ${rssRead} MB | ` +
      `convert ${conv.toFixed(2)} s, rss ${mb()} MB | total ${(read + conv).toFixed(2)} s wall, cpu ${cpu(c2)} s (${ds.variables.length} variables)`,
  );
}

const likert = path.join(tmpdir(), `csat-bench-likert-${rows}x${cols}.csv`);
generate(likert, rows, cols, (rand) => String(1 + Math.floor(rand() * 5)));
await run('Likert 1-5, unquoted (direct path)', likert);

const decimals = path.join(tmpdir(), `csat-bench-decimal-${rows / 4}x${cols}.csv`);
generate(decimals, rows / 4, cols, (rand) => (rand() * 1000 - 500).toFixed(3));
await run('decimals, unquoted (direct path)', decimals);

const quoted = path.join(tmpdir(), `csat-bench-quoted-${rows / 4}x${cols}.csv`);
generate(quoted, rows / 4, cols, (rand, j) => (j === 0 ? '"a, ""quoted"" answer"' : String(1 + Math.floor(rand() * 5))));
await run('Likert with a quoted column (papaparse)', quoted);
