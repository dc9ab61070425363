// Speed of OLS and correlations on 1,000,000 rows x 20 predictors (build first: npx tsc -p .).
//   node bench/regress.mjs [rows] [predictors]
import { performance } from 'node:perf_hooks';
import { ols } from '../dist/stats/regression.js';
import { correlationMatrix } from '../dist/stats/correlation.js';
import { runRegression } from '../dist/analyses/regress.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const k = Number(process.argv[3] ?? 20);

// Seeded data: correlated Likert-like predictors and a linear outcome with noise.
let seed = 12345;
const rand = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 4294967296;
};
const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
const X = Array.from({ length: k }, () => new Float64Array(rows));
const y = new Float64Array(rows);
for (let i = 0; i < rows; i++) {
  const g = gauss();
  let s = 0;
  for (let j = 0; j < k; j++) {
    const v = Math.round(3 + 0.6 * g + gauss());
    X[j][i] = v;
    s += ((j % 5) + 1) * 0.05 * v;
  }
  y[i] = s + gauss();
}
const names = X.map((_, j) => `x${j + 1}`);
const mb = () => (process.memoryUsage().rss / 2 ** 20).toFixed(0);

function time(label, fn) {
  const t0 = performance.now();
  const out = fn();
  const s = (performance.now() - t0) / 1000;
  console.log(`${label.padEnd(56)} ${s.toFixed(3).padStart(7)} s  ${(rows / s / 1e6).toFixed(2).padStart(6)} M rows/s  rss ${mb()} MB`);
  return out;
}

console.log(`csat regression benchmark: ${rows.toLocaleString('en')} rows x ${k} predictors, node ${process.version}`);
const fit = time('ols (enter, all statistics, residuals)', () => ols(y, X, names, null, { dependent: 'y' }));
console.log(`  R2 = ${fit.rSquare.toFixed(6)}, DW = ${fit.durbinWatson.toFixed(4)}`);
const w = Float64Array.from({ length: rows }, (_, i) => 1 + (i % 3));
time('ols with frequency weights', () => ols(y, X, names, w, { dependent: 'y' }));
time(`pearson matrix ${k + 1} x ${k + 1} (listwise)`, () => correlationMatrix([y, ...X], null, {}));
// Pairwise with 1% missing in three columns: complete columns still go through one blocked pass.
const holes = X.map((c, j) => (j < 3 ? c.map((v) => (rand() < 0.01 ? NaN : v)) : c));
time(`pearson matrix ${k + 1} x ${k + 1} (pairwise, 3 columns with gaps)`, () => correlationMatrix([y, ...holes], null, { missing: 'pairwise' }));
time(`spearman matrix ${k + 1} x ${k + 1} (listwise)`, () => correlationMatrix([y, ...X], null, { method: 'spearman' }));
const ds = {
  input: { file: 'bench', rows, encoding: 'utf8', delimiter: ',' },
  allNames: ['y', ...names],
  variables: [y, ...X].map((values, j) => ({ name: j === 0 ? 'y' : names[j - 1], values, labels: new Map(), kind: 'numeric' })),
  weights: null,
  weightName: null,
  recodes: [],
  warnings: [],
};
time('csat regress analysis (tables data, casewise)', () => runRegression(ds, { dependent: 'y', blocks: [names] }));
const st = time('csat regress --method stepwise', () => runRegression(ds, { dependent: 'y', blocks: [names], method: 'stepwise' }));
console.log(`  stepwise: ${st.results.steps.length} steps`);
