#!/usr/bin/env node
/**
 * Issue 15's benchmark: `csat analyze` (alpha, KMO/Bartlett, PCA + varimax, scores,
 * correlations, OLS) on a large survey beside the same pipeline in pandas + numpy
 * (bench/peers/analyze.py) and in R (data.table + psych, bench/peers/analyze.R), in alternating
 * rounds in one window, so that the machine's load falls on all of them alike.
 *
 *   npm run build && node bench/moments.mjs [--rows 1000000] [--items 40] [--rounds 3]
 *       [--peers csat,pandas,r]
 *
 * The data come from bench/analyze-data.mjs (items Q1..Qk, outcome `overall`; 1M x 41 ~82 MB,
 * 1M x 200 ~400 MB, 10M x 41 ~820 MB) in $CSAT_BENCH_DIR or $TMPDIR/csat-bench. Each run is timed
 * by /usr/bin/time -v (wall clock, peak resident set); the table gives the median of the rounds,
 * the range, and each tool's wall time and peak as a ratio to csat's, with the load average at
 * the start and the end. A peer that is not installed (pandas: `apt-get install python3-pandas`;
 * polars is not packaged here) is listed as missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDir } from './generate.mjs';
import { analyzeFile } from './analyze-data.mjs';
import { median, timed } from './timing.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function options(argv) {
  const o = { rows: 1_000_000, items: 40, rounds: 3, peers: ['csat', 'pandas', 'r'] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rows' || a === '--items' || a === '--rounds') o[a.slice(2)] = Number(argv[++i]);
    else if (a === '--peers') o.peers = argv[++i].split(',');
    else throw new Error(`moments.mjs: unknown argument ${a}`);
  }
  return o;
}

const commands = (file, items) => ({
  csat: [process.execPath, [path.join(root, 'bin/csat.js'), 'analyze', file, '--items', `Q1..Q${items}`, '--outcome', 'overall', '-f', 'json']],
  pandas: ['/usr/bin/python3', [path.join(root, 'bench/peers/analyze.py'), file, String(items)]],
  r: ['Rscript', [path.join(root, 'bench/peers/analyze.R'), file, String(items)]],
});

function available(tool) {
  if (tool === 'pandas') return spawnSync('/usr/bin/python3', ['-c', 'import pandas, numpy'], { stdio: 'ignore' }).status === 0;
  if (tool === 'r') return spawnSync('Rscript', ['-e', 'library(data.table); library(psych)'], { stdio: 'ignore' }).status === 0;
  return existsSync(path.join(root, 'dist/bundle/csat.js'));
}

const o = options(process.argv.slice(2));
const dir = defaultDir();
mkdirSync(dir, { recursive: true });
const file = analyzeFile(dir, o.rows, o.items);
const cmds = commands(file, o.items);
const tools = o.peers.filter((t) => {
  const ok = available(t);
  if (!ok) console.log(`${t}: not installed, left out`);
  return ok;
});
const load0 = loadavg().map((x) => x.toFixed(2)).join(' ');
const times = Object.fromEntries(tools.map((t) => [t, []]));
for (let r = 0; r < o.rounds; r++) {
  // Alternate the order each round, so no tool always runs right after the same one.
  const order = r % 2 ? [...tools].reverse() : tools;
  for (const t of order) times[t].push(timed(cmds[t]));
}
const load1 = loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`analyze ${o.rows} x ${o.items + 1} (${path.basename(file)}), ${o.rounds} alternating rounds; load average ${load0} -> ${load1}`);
console.log(`${'tool'.padEnd(8)} ${'wall s (min-max)'.padEnd(22)} ${'peak MiB'.padEnd(10)} wall / csat  peak / csat`);
const base = times.csat ? { wall: median(times.csat.map((x) => x.wall)), mib: median(times.csat.map((x) => x.mib)) } : null;
for (const t of tools) {
  const w = times[t].map((x) => x.wall);
  const m = median(times[t].map((x) => x.mib));
  const ratio = (a, b) => (b ? (a / b).toFixed(2) : '-');
  console.log(
    `${t.padEnd(8)} ${`${median(w).toFixed(2)} (${Math.min(...w).toFixed(2)}-${Math.max(...w).toFixed(2)})`.padEnd(22)} ${m.toFixed(0).padEnd(10)} ${ratio(median(w), base?.wall).padEnd(12)} ${ratio(m, base?.mib)}`,
  );
}
