// .sav against CSV on the same data: 1,000,000 rows x 41 Likert items (1-5, a few missing),
// written by csat's own writer (bytecode-compressed, as SPSS saves) and as CSV, into
// $TMPDIR/csat-bench/ (never the repository). Times `csat describe` and `csat reliability` on
// each (wall time of the whole process, median of RUNS) and prints the figures and the ratio.
// Run after `npm run build`: node bench/sav.mjs [rows] [runs]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../fixtures/generate/mulberry32.mjs';
import { writeSav } from '../dist/data/sav-write.js';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const RUNS = Number(process.argv[3] ?? 3);
const K = 41;
const dir = join(tmpdir(), 'csat-bench');
mkdirSync(dir, { recursive: true });
const csv = join(dir, `sav-${ROWS}x${K}.csv`);
const sav = join(dir, `sav-${ROWS}x${K}.sav`);
if (!existsSync(csv) || !existsSync(sav)) {
  const rand = mulberry32(41);
  const cols = Array.from({ length: K }, () => new Float64Array(ROWS));
  for (let r = 0; r < ROWS; r++) {
    const f = rand() * 4;
    for (let j = 0; j < K; j++) cols[j][r] = rand() < 0.01 ? NaN : Math.min(5, Math.max(1, Math.round(1 + f * 0.6 + rand() * 2.2)));
  }
  const names = cols.map((_, j) => `q${j + 1}`);
  writeFileSync(sav, writeSav(cols.map((values, j) => ({ name: names[j], values }))));
  const lines = [names.join(',')];
  for (let r = 0; r < ROWS; r++) lines.push(cols.map((c) => (c[r] === c[r] ? String(c[r]) : '')).join(','));
  writeFileSync(csv, lines.join('\n') + '\n');
}
const time = (args) => {
  const times = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['bin/csat.js', ...args, '-f', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(r.stderr);
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
};
for (const [cmd, ...rest] of [['describe', '--vars', 'q1..q41'], ['reliability', '--items', 'q1..q41']]) {
  const a = time([cmd, csv, ...rest]);
  const b = time([cmd, sav, ...rest]);
  console.log(`${cmd}: CSV ${a.toFixed(2)} s, .sav ${b.toFixed(2)} s, CSV / .sav = ${(a / b).toFixed(2)}`);
}
