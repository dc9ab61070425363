// CFA speed: a 30-indicator, 6-factor model (lavaan syntax) on 1,000,000 respondents:
//   1. the covariance pass over the rows (one blocked pass of centred cross-products);
//   2. the ML fit from that matrix: parse, parameter table, estimation, SEs, standardized
//      solutions and every fit index (the part that must stay well under a second).
//   npx tsc -p . && node bench/cfa.mjs [rows]
// The data are made in memory with csat's seeded generator (normal factor scores, loadings .5-.9).
import { performance } from 'node:perf_hooks';
import { createRandom } from '../dist/stats/random.js';
import { centredCrossProducts } from '../dist/stats/cross-products.js';
import { parseModel } from '../dist/stats/sem/syntax.js';
import { buildModel } from '../dist/stats/sem/model.js';
import { covarianceFor, solve } from '../dist/stats/sem/solution.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const rng = createRandom(7);
const normal = () => Math.sqrt(-2 * Math.log(1 - rng.nextFloat())) * Math.cos(2 * Math.PI * rng.nextFloat());
const factors = 6;
const per = 5;
const columns = Array.from({ length: factors * per }, () => new Float64Array(rows));
const loadings = columns.map(() => 0.5 + 0.4 * rng.nextFloat());
for (let i = 0; i < rows; i++) {
  const common = normal();
  for (let f = 0; f < factors; f++) {
    const eta = 0.55 * common + Math.sqrt(1 - 0.55 ** 2) * normal();
    for (let j = 0; j < per; j++) {
      const c = f * per + j;
      columns[c][i] = loadings[c] * eta + Math.sqrt(1 - loadings[c] ** 2) * normal();
    }
  }
}
const model = Array.from({ length: factors }, (_, f) => `F${f + 1} =~ ${Array.from({ length: per }, (_, j) => `x${f * per + j + 1}`).join(' + ')}`).join('\n');

let t = performance.now();
const means = columns.map((c) => c.reduce((a, b) => a + b, 0) / rows);
const S = covarianceFor(centredCrossProducts(columns, means), rows, 'normal');
const tCov = performance.now() - t;

const fitOnce = () => {
  const t0 = performance.now();
  const m = buildModel(parseModel(model));
  const sol = solve(m, S, rows);
  return { ms: performance.now() - t0, sol };
};
const first = fitOnce();
const again = Array.from({ length: 5 }, () => fitOnce().ms).sort((a, b) => a - b);
const { sol } = first;
console.log(`rows: ${rows}, indicators: ${factors * per}, factors: ${factors}, free parameters: ${sol.fit.npar}`);
console.log(`covariance pass: ${tCov.toFixed(0)} ms (${((rows / tCov) * 1000 / 1e6).toFixed(1)} M rows/s)`);
console.log(`ML fit (first, cold): ${first.ms.toFixed(1)} ms; warm median of 5: ${again[2].toFixed(1)} ms; ${sol.iterations} iterations, converged: ${sol.converged}`);
console.log(`chi2 = ${sol.fit.chisq.toFixed(3)}, df = ${sol.fit.df}, CFI = ${sol.fit.cfi.toFixed(4)}, RMSEA = ${sol.fit.rmsea.toFixed(4)}`);
console.log(`rss=${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`);
