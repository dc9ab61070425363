#!/usr/bin/env node
/**
 * Speed of `csat index` and `csat ipa` numerics on generated data (no file reading):
 *   npx tsc -p . && node bench/index.mjs [rows=100000] [items=20] [bootstrap=2000]
 * Four dimensions of items on 1-5, a customer value, two waves and a stated importance per item.
 * Figures: wall seconds, rows/s, resampled rows/s for the bootstrap, resident memory.
 */
import { createRandom } from '../dist/stats/random.js';
import { runCsi } from '../dist/analyses/index-run.js';
import { runIpa } from '../dist/analyses/ipa.js';

const rows = Number(process.argv[2] ?? 100_000);
const p = Number(process.argv[3] ?? 20);
const B = Number(process.argv[4] ?? 2000);
const rng = createRandom(42);
const likert = (x) => Math.min(5, Math.max(1, Math.round(x)));
const cols = Array.from({ length: p }, () => new Float64Array(rows));
const imp = Array.from({ length: p }, () => new Float64Array(rows));
const value = new Float64Array(rows);
const wave = new Float64Array(rows);
const overall = new Float64Array(rows);
for (let i = 0; i < rows; i++) {
  const person = 3.4 + 1.2 * (rng.nextFloat() - 0.5);
  let s = 0;
  for (let j = 0; j < p; j++) {
    cols[j][i] = likert(person + 1.6 * (rng.nextFloat() - 0.5));
    imp[j][i] = likert(3 + (j % 3) + (rng.nextFloat() - 0.5));
    s += cols[j][i];
  }
  overall[i] = likert(s / p + (rng.nextFloat() - 0.5));
  value[i] = Math.round(100 * Math.exp(2 * rng.nextFloat())) / 100;
  wave[i] = 1 + (i % 2);
}
const items = cols.map((_, j) => `q${j + 1}`);
const variable = (name, values) => ({ name, values, labels: new Map(), kind: 'numeric' });
const ds = {
  input: { file: 'bench', rows, encoding: 'utf-8', delimiter: ',' },
  allNames: [],
  variables: [
    ...cols.map((c, j) => variable(items[j], c)),
    ...imp.map((c, j) => variable(`imp_${items[j]}`, c)),
    variable('value', value),
    variable('wave', wave),
    variable('overall', overall),
  ],
  weights: null,
  weightName: null,
  recodes: [],
  warnings: [],
};
const dims = [0, 1, 2, 3].map((d) => ({ name: `D${d + 1}`, items: items.filter((_, j) => j % 4 === d) }));
const base = { items, dimensions: dims, scaleRange: [1, 5], weightsMethod: 'equal', bootstrap: B, seed: 1, level: 0.95 };

function time(label, fn, work) {
  const t0 = process.hrtime.bigint();
  fn();
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = process.memoryUsage().rss / 2 ** 20;
  console.log(`${label.padEnd(58)} ${s.toFixed(3).padStart(8)} s  ${Math.round(work / s).toLocaleString('en').padStart(14)} rows/s  ${rss.toFixed(0)} MB RSS`);
}

console.log(`csat index / ipa: ${rows} rows, ${p} items, bootstrap ${B}`);
time('index, equal weights, no bootstrap', () => runCsi([{ label: 'x', ds }], { ...base, bootstrap: 0 }), rows);
time(`index, equal weights, bootstrap ${B} (resampled rows/s)`, () => runCsi([{ label: 'x', ds }], base), rows * B);
time(`index + value weighting, bootstrap ${B} (resampled rows/s)`, () => runCsi([{ label: 'x', ds }], { ...base, value: { column: 'value', base: 'mean' } }), rows * B);
time('index, regression weights, waves, tiers, no bootstrap', () => runCsi([{ label: 'x', ds }], { ...base, bootstrap: 0, weightsMethod: 'regression', overall: 'overall', by: 'wave', tiers: 'value', value: { column: 'value', base: 'mean' } }), rows);
time('index, factor weights, no bootstrap', () => runCsi([{ label: 'x', ds }], { ...base, dimensions: null, bootstrap: 0, weightsMethod: 'factor' }), rows);
time('ipa, stated importance', () => runIpa(ds, { items, importance: { method: 'stated', columns: items.map((i) => `imp_${i}`) } }), rows);
time('ipa, derived (regression)', () => runIpa(ds, { items, importance: { method: 'regression', overall: 'overall' } }), rows);
