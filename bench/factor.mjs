// Factor analysis speed:
//   1. csat factor on 1,000,000 respondents x 50 five-point items (five dimensions; listwise,
//      covariance pass, KMO/Bartlett, PCA, varimax, score coefficients), then the regression
//      scores of every respondent (SPSS /SAVE REG);
//   2. 200 items from a given correlation matrix (no data pass): PCA + varimax, promax, PAF;
//   3. parallel analysis (1000 replicates) for 50 items.
//   npx tsc -p . && node bench/factor.mjs [rows] [items]
// Prints wall time, rows/s and memory. The data are made in memory with csat's seeded generator.
import { performance } from 'node:perf_hooks';
import { createRandom } from '../dist/stats/random.js';
import { factorFromMatrix, factorScores, runFactor } from '../dist/analyses/factor.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const k = Number(process.argv[3] ?? 50);
const rng = createRandom(42);
const mib = () => `rss=${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`;

function makeDataset() {
  const dims = 5;
  const f = Array.from({ length: dims }, () => new Float64Array(rows));
  for (const col of f) for (let i = 0; i < rows; i++) col[i] = rng.nextFloat() * 4 - 2;
  const variables = [];
  for (let j = 0; j < k; j++) {
    const c = new Float64Array(rows);
    const d = f[j % dims];
    const load = 0.5 + 0.4 * rng.nextFloat();
    for (let i = 0; i < rows; i++) c[i] = Math.min(5, Math.max(1, Math.round(3 + load * d[i] + (rng.nextFloat() * 2 - 1) * 1.5)));
    variables.push({ name: `q${j + 1}`, values: c, labels: new Map(), kind: 'numeric' });
  }
  return {
    input: { file: 'bench', rows, encoding: 'utf8', delimiter: ',' },
    allNames: variables.map((v) => v.name),
    variables,
    weights: null,
    weightName: null,
    recodes: [],
    warnings: [],
  };
}

function time(label, fn) {
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  return { out, ms, line: (extra) => console.log(`${label.padEnd(44)} ${(ms / 1000).toFixed(3)} s  ${extra}  ${mib()}`) };
}

const ds = makeDataset();
const a = time(`factor ${rows.toLocaleString('en')} x ${k} (PCA+varimax)`, () => runFactor(ds));
a.line(`${Math.round(rows / (a.ms / 1000)).toLocaleString('en')} rows/s  k=${a.out.factors} KMO=${a.out.kmo.toFixed(3)} sweeps=${a.out.rotationIterations}`);
const s = time('  + regression scores of every row', () => factorScores(ds, a.out));
s.line(`${Math.round(rows / (s.ms / 1000)).toLocaleString('en')} rows/s`);

const p = 200;
const r = new Float64Array(p * p);
for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) r[i * p + j] = i === j ? 1 : i % 8 === j % 8 ? 0.45 : 0.08;
const items = Array.from({ length: p }, (_, i) => `v${i + 1}`);
for (const [label, opts] of [
  ['PCA + varimax', {}],
  ['PCA + promax', { rotation: 'promax' }],
  ['PAF + varimax', { extraction: 'paf' }],
]) {
  const m = time(`${p} items from R: ${label}`, () => factorFromMatrix(r, items, 5000, opts));
  m.line(`k=${m.out.factors}`);
}
const pa = time(`parallel analysis ${k} items, 1000 replicates`, () => runFactor(ds, { parallel: true }));
pa.line(`k=${pa.out.factors} (includes the ${rows.toLocaleString('en')}-row correlation pass)`);
