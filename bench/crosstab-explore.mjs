// Speed of csat explore and csat crosstab on 1,000,000 respondents x 20 variables x 5 groups
// (the target), analysis only (the data made in memory with csat's seeded generator):
//   npx tsc -p . && node bench/crosstab-explore.mjs [rows] [vars]
// Prints wall time and memory of runExplore (all 20 variables by a 5-category factor: per cell
// the sort, percentiles, hinges, trimmed mean, extremes, Lilliefors, Shapiro-Wilk on 5000 cases
// at most) and of runCrosstab (each variable by the factor, Pearson, LR, linear, measures).
import { performance } from 'node:perf_hooks';
import { createRandom } from '../dist/stats/random.js';
import { runExplore } from '../dist/analyses/explore.js';
import { runCrosstab } from '../dist/analyses/crosstab.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const k = Number(process.argv[3] ?? 20);
const rng = createRandom(11);
const mib = () => `rss=${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`;

const group = new Float64Array(rows);
for (let i = 0; i < rows; i++) group[i] = 1 + rng.nextInt(5);
const variables = [{ name: 'g', values: group, labels: new Map([[1, 'a'], [2, 'b'], [3, 'c'], [4, 'd'], [5, 'e']]), kind: 'numeric' }];
for (let j = 0; j < k; j++) {
  const v = new Float64Array(rows);
  // Half the variables 5-point items (many ties), half continuous.
  for (let i = 0; i < rows; i++) v[i] = j % 2 ? Math.round(rng.nextFloat() * 1000) / 10 : 1 + rng.nextInt(5);
  variables.push({ name: `v${j + 1}`, values: v, labels: new Map(), kind: 'numeric' });
}
const ds = { input: { file: 'mem', rows, encoding: 'utf-8', delimiter: ',' }, allNames: variables.map((v) => v.name), variables, weights: null, weightName: null, recodes: [], warnings: [] };
const names = variables.slice(1).map((v) => v.name);

let t = performance.now();
const r = runExplore(ds, { vars: names, by: 'g' });
console.log(`explore ${rows} rows x ${k} vars x 5 groups: ${((performance.now() - t) / 1000).toFixed(2)} s (${r.cells.length} cells) ${mib()}`);
t = performance.now();
for (const v of names.filter((_, j) => j % 2 === 0)) runCrosstab(ds, { rows: v, cols: 'g' });
console.log(`crosstab ${rows} rows, ${k / 2} item x group tables: ${((performance.now() - t) / 1000).toFixed(2)} s ${mib()}`);
