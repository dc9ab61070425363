#!/usr/bin/env node
/**
 * The streaming reader's benchmark (issue 15): `csat moments` (and kmo, factor) on 1M and 10M
 * respondents x 40 items + outcome, beside the same moments in pandas + numpy
 * (bench/peers/moments.py) and in R with data.table (bench/peers/moments.R), and beside csat's
 * whole-file reader (CSAT_STREAM_MIN_BYTES=1e15, which cannot hold 10M rows in one string), in
 * alternating rounds in one window. Wall time and peak RSS from /usr/bin/time -v; ratios to csat.
 *
 *   npm run build && node bench/stream.mjs [--rows 1000000] [--items 40] [--rounds 1]
 *       [--task moments|kmo|factor] [--peers csat,csat-whole,pandas,r]
 *
 * Data: bench/analyze-data.mjs (1M x 41 ~82 MB, 10M x 41 ~820 MB) in $CSAT_BENCH_DIR or
 * $TMPDIR/csat-bench.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDir } from './generate.mjs';
import { analyzeFile } from './analyze-data.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function options(argv) {
  const o = { rows: 1_000_000, items: 40, rounds: 1, task: 'moments', peers: ['csat', 'csat-whole', 'pandas', 'r'] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rows' || a === '--items' || a === '--rounds') o[a.slice(2)] = Number(argv[++i]);
    else if (a === '--task') o.task = argv[++i];
    else if (a === '--peers') o.peers = argv[++i].split(',');
    else throw new Error(`stream.mjs: unknown argument ${a}`);
  }
  return o;
}

function commands(file, items, task) {
  const csat = [process.execPath, [path.join(root, 'bin/csat.js'), task, file, '--items', `Q1..Q${items}${task === 'moments' ? ',overall' : ''}`, '-f', 'json']];
  return {
    csat: [...csat, {}],
    'csat-whole': [...csat, { CSAT_STREAM_MIN_BYTES: '1e15' }],
    pandas: ['/usr/bin/python3', [path.join(root, 'bench/peers/moments.py'), file, String(items)], {}],
    r: ['Rscript', [path.join(root, 'bench/peers/moments.R'), file, String(items)], {}],
  };
}

/** One timed run: wall seconds and peak MiB, or the failure's last line. */
function run([cmd, args, env]) {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const failed = r.status !== 0 ? r.stderr.split('\n').find((l) => l.startsWith('csat:')) ?? `exit ${r.status}` : null;
  return { wall: seconds, mib: Number(rss[1]) / 1024, failed };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const o = options(process.argv.slice(2));
const dir = defaultDir();
mkdirSync(dir, { recursive: true });
const file = analyzeFile(dir, o.rows, o.items);
const cmds = commands(file, o.items, o.task);
const load0 = loadavg().map((x) => x.toFixed(2)).join(' ');
const times = Object.fromEntries(o.peers.map((t) => [t, []]));
for (let r = 0; r < o.rounds; r++) {
  const order = r % 2 ? [...o.peers].reverse() : o.peers;
  for (const t of order) times[t].push(run(cmds[t]));
}
const load1 = loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`${o.task} ${o.rows} x ${o.items + 1} (${path.basename(file)}), ${o.rounds} round(s); load average ${load0} -> ${load1}`);
const base = { wall: median(times.csat?.map((x) => x.wall) ?? [NaN]), mib: median(times.csat?.map((x) => x.mib) ?? [NaN]) };
for (const t of o.peers) {
  const w = times[t].map((x) => x.wall);
  const m = median(times[t].map((x) => x.mib));
  const f = times[t].find((x) => x.failed)?.failed;
  console.log(`| ${t} | ${median(w).toFixed(2)} (${Math.min(...w).toFixed(2)}-${Math.max(...w).toFixed(2)}) | ${m.toFixed(0)} | ${(median(w) / base.wall).toFixed(2)} | ${(m / base.mib).toFixed(2)} |${f ? ` failed: ${f}` : ''}`);
}
