// Reliability on a large survey: 1,000,000 respondents x 50 five-point items (one scale of all 50
// items, listwise; then the same with 1% of the cells missing, listwise and pairwise).
//   npx tsc -p . && node bench/reliability.mjs [rows] [items]
// Prints wall time, rows/s and memory. The data are made in memory with csat's seeded generator.
import { performance } from 'node:perf_hooks';
import { createRandom } from '../dist/stats/random.js';
import { runReliability } from '../dist/analyses/reliability.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const k = Number(process.argv[3] ?? 50);
const rng = createRandom(42);

function makeColumns(missingShare) {
  const f = new Float64Array(rows);
  for (let i = 0; i < rows; i++) f[i] = rng.nextFloat() * 4 - 2;
  const cols = [];
  for (let j = 0; j < k; j++) {
    const c = new Float64Array(rows);
    const load = 0.4 + 0.5 * rng.nextFloat();
    for (let i = 0; i < rows; i++) {
      const x = Math.round(3 + load * f[i] + (rng.nextFloat() * 2 - 1) * 1.5);
      c[i] = missingShare > 0 && rng.nextFloat() < missingShare ? NaN : Math.min(5, Math.max(1, x));
    }
    cols.push(c);
  }
  return cols;
}

function dataset(cols) {
  return {
    input: { file: 'bench', rows, encoding: 'utf8', delimiter: ',' },
    allNames: cols.map((_, j) => `q${j + 1}`),
    variables: cols.map((values, j) => ({ name: `q${j + 1}`, values, labels: new Map(), kind: 'numeric' })),
    weights: null,
    weightName: null,
    recodes: [],
    warnings: [],
  };
}

function time(label, ds, missingMode) {
  const items = ds.variables.map((v) => v.name);
  const t0 = performance.now();
  const res = runReliability(ds, [{ name: 'all', items }], { missingMode, ciLevel: 0.95 });
  const ms = performance.now() - t0;
  const s = res.scales[0];
  const mem = process.memoryUsage();
  console.log(
    `${label.padEnd(28)} ${(ms / 1000).toFixed(2)} s  ${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s  ` +
      `n=${s.n} alpha=${s.alpha.toFixed(4)} omega=${s.omega?.toFixed(4)}  rss=${Math.round(mem.rss / 2 ** 20)} MiB ` +
      `arrayBuffers=${Math.round(mem.arrayBuffers / 2 ** 20)} MiB`,
  );
}

console.log(`csat reliability benchmark: ${rows.toLocaleString('en')} rows x ${k} items (node ${process.version})`);
const complete = dataset(makeColumns(0));
time('listwise, complete data', complete, 'listwise');
complete.variables.length = 0;
const holes = dataset(makeColumns(0.01));
time('listwise, 1% missing', holes, 'listwise');
time('pairwise, 1% missing', holes, 'pairwise');
