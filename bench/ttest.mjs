// Speed of csat ttest on 1,000,000 respondents x 20 variables x 2 groups (the target), with
// case weights:
//   npm run build && node bench/ttest.mjs [rows] [vars]
// Prints wall time of runTTest in memory (the data made with csat's seeded generator): independent
// samples (group moments, Levene, both t rows, d, g, delta with their noncentral-t intervals) and
// Mann-Whitney; then of the whole CLI (`csat ttest FILE --vars ... --by g -f json`, reading the CSV
// included) on the same data written to a temp file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, openSync, writeSync, closeSync, existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createRandom } from '../dist/stats/random.js';
import { runTTest } from '../dist/analyses/ttest.js';
import { defaultDir } from './generate.mjs';

const rows = Number(process.argv[2] ?? 1_000_000);
const k = Number(process.argv[3] ?? 20);
const rng = createRandom(13);
const mib = () => `rss=${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`;

const group = new Float64Array(rows);
const w = new Float64Array(rows);
for (let i = 0; i < rows; i++) {
  group[i] = 1 + rng.nextInt(2);
  w[i] = 1 + rng.nextInt(3);
}
const variables = [{ name: 'g', values: group, labels: new Map(), kind: 'numeric' }];
for (let j = 0; j < k; j++) {
  const v = new Float64Array(rows);
  // Half the variables 5-point items (many ties), half continuous with one decimal.
  for (let i = 0; i < rows; i++) v[i] = j % 2 ? Math.round((50 + 2 * group[i] + (rng.nextFloat() - 0.5) * 60) * 10) / 10 : 1 + rng.nextInt(5);
  variables.push({ name: `v${j + 1}`, values: v, labels: new Map(), kind: 'numeric' });
}
const ds = { input: { file: 'mem', rows, encoding: 'utf-8', delimiter: ',' }, allNames: variables.map((v) => v.name), variables, weights: w, weightName: 'w', recodes: [], warnings: [] };
const vars = variables.slice(1).map((v) => v.name);

let t = performance.now();
runTTest(ds, { vars, by: 'g' });
console.log(`ttest (analysis) ${rows} rows x ${k} vars x 2 groups, weighted: ${((performance.now() - t) / 1000).toFixed(2)} s ${mib()}`);
t = performance.now();
runTTest(ds, { vars, by: 'g', nonparametric: true });
console.log(`ttest --nonparametric (analysis): ${((performance.now() - t) / 1000).toFixed(2)} s ${mib()}`);

// The same data as a CSV, for the whole command.
const dir = defaultDir();
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `ttest-${rows}x${k}.csv`);
if (!existsSync(file)) {
  const fd = openSync(file, 'w');
  writeSync(fd, ['g', ...vars, 'w'].join(',') + '\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    let line = String(group[i]);
    for (let j = 1; j <= k; j++) line += ',' + variables[j].values[i];
    chunk += line + ',' + w[i] + '\n';
    if (chunk.length > 1 << 20) { writeSync(fd, chunk); chunk = ''; }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}
const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'csat.js');
for (const extra of [[], ['--nonparametric']]) {
  t = performance.now();
  const r = spawnSync(process.execPath, [bin, 'ttest', file, '--vars', `v1..v${k}`, '--by', 'g', '--weight', 'w', '-f', 'json', ...extra], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  console.log(`csat ttest ${extra.join(' ')} (whole CLI, reading the CSV): ${((performance.now() - t) / 1000).toFixed(2)} s`);
}
