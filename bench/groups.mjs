// Group comparison statistics on a large survey: 1,000,000 respondents x 20 variables x 5 groups,
// with case weights: group moments (one pass), Levene (all four centres), t test, ANOVA with Welch
// and Brown-Forsythe and effect sizes, Mann-Whitney and Kruskal-Wallis; then the whole of
// `csat anova --vars ... --by g --posthoc tukey` after reading (analysis, tables, JSON) on the same
// data, and with --cli the built command end to end on a CSV of it (written to a temp folder).
// Then the studentized range: qtukey(.95, 5, df) at ten Welch-like df (each a fresh quantile, no
// memo) and Games-Howell on 5 groups (10 pairs, 10 quantiles).
//   npx tsc -p . && node bench/groups.mjs [rows] [vars] [groups] [--cli]
// Prints wall time per step and in all. The data are made in memory with csat's seeded generator.
import { performance } from 'node:perf_hooks';
import { createRandom } from '../dist/stats/random.js';
import { groupMoments } from '../dist/stats/groups.js';
import { leveneTests } from '../dist/stats/levene.js';
import { independentTTest } from '../dist/stats/ttest.js';
import { brownForsytheAnova, oneWayAnova, welchAnova } from '../dist/stats/anova.js';
import { anovaEffectSizes, independentEffectSizes } from '../dist/stats/effect-size.js';
import { kruskalWallis, mannWhitney, rankSums } from '../dist/stats/rank-tests.js';
import { runAnova } from '../dist/analyses/anova.js';
import { qtukey } from '../dist/stats/studentized-range.js';
import { gamesHowell } from '../dist/stats/posthoc/games-howell.js';
import { anovaBlocks } from '../dist/report/tables/anova.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2).filter((a) => a !== '--cli');
const cli = process.argv.includes('--cli');
const rows = Number(args[0] ?? 1_000_000);
const k = Number(args[1] ?? 20);
const groups = Number(args[2] ?? 5);
const rng = createRandom(7);
const codes = Int32Array.from({ length: rows }, () => rng.nextInt(groups));
const two = codes.map((c) => c % 2);
const w = Float64Array.from({ length: rows }, () => 1 + rng.nextInt(3));
const cols = Array.from({ length: k }, () => Float64Array.from(codes, (c) => Math.min(7, Math.max(1, Math.round(4 + 0.1 * c + (rng.nextFloat() * 2 - 1) * 2.5)))));

const times = {};
const time = (name, fn) => { const t0 = performance.now(); fn(); times[name] = (times[name] ?? 0) + performance.now() - t0; };
const summary = (g) => ({ n: g.n, mean: g.mean, variance: g.variance ?? 0 });
for (const x of cols) {
  let gs, g2;
  time('moments', () => { gs = groupMoments(x, codes, groups, w).map(summary); g2 = groupMoments(x, two, 2, w).map(summary); });
  time('levene (4 centres)', () => leveneTests(x, codes, groups, w));
  time('t test + effect sizes', () => { independentTTest(g2[0], g2[1]); independentEffectSizes(g2[0], g2[1]); });
  time('anova + welch + b-f + effect sizes', () => { const a = oneWayAnova(gs); welchAnova(gs); brownForsytheAnova(gs); anovaEffectSizes(a); });
  time('mann-whitney', () => mannWhitney(rankSums(x, two, 2, w)));
  time('kruskal-wallis', () => kruskalWallis(rankSums(x, codes, groups, w)));
}
const total = Object.values(times).reduce((a, b) => a + b, 0);
// The anova command's analysis and output on a Dataset as the data layer would hand it over.
const names = cols.map((_, j) => `v${j + 1}`);
const ds = {
  input: { file: 'memory', rows, encoding: 'utf-8', delimiter: ',' },
  allNames: [...names, 'g', 'w'],
  variables: [...cols.map((values, j) => ({ name: names[j], values, labels: new Map(), kind: 'numeric' })), { name: 'g', values: Float64Array.from(codes, (c) => c + 1), labels: new Map(), kind: 'numeric' }],
  weights: w,
  weightName: 'w',
  recodes: [],
  warnings: [],
};
const t0 = performance.now();
const { result } = runAnova(ds, { vars: names, by: 'g', posthoc: ['tukey'] });
anovaBlocks(result, 'en');
JSON.stringify(result);
const anovaMs = performance.now() - t0;
console.log(`${rows} rows x ${k} variables x ${groups} groups, weighted`);
for (const [name, ms] of Object.entries(times)) console.log(`  ${name.padEnd(36)} ${(ms / 1000).toFixed(2)} s`);
console.log(`  ${'total'.padEnd(36)} ${(total / 1000).toFixed(2)} s`);
console.log(`  ${'anova --posthoc tukey (after reading)'.padEnd(36)} ${(anovaMs / 1000).toFixed(2)} s`);
if (cli) {
  const dir = mkdtempSync(path.join(tmpdir(), 'csat-groups-'));
  const file = path.join(dir, 'groups.csv');
  const lines = [['g', 'w', ...names].join(',')];
  for (let i = 0; i < rows; i++) lines.push([codes[i] + 1, w[i], ...cols.map((x) => x[i])].join(','));
  writeFileSync(file, lines.join('\n') + '\n');
  const t1 = performance.now();
  const r = spawnSync(process.execPath, ['bin/csat.js', 'anova', file, '--vars', 'v1..v' + k, '--by', 'g', '--weight', 'w', '--posthoc', 'tukey', '-f', 'json'], { maxBuffer: 1 << 28 });
  const cliMs = performance.now() - t1;
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`csat anova failed: ${r.stderr}`);
  console.log(`  ${'csat anova --posthoc tukey (CLI, CSV)'.padEnd(36)} ${(cliMs / 1000).toFixed(2)} s`);
}

// Fresh df each call: the memo in studentized-range.ts would otherwise answer repeats at once.
const dfs = Array.from({ length: 10 }, (_, j) => 20.5 + 13.7 * j);
// Wall time and CPU time (user + system, steadier on a shared machine).
const clock = () => ({ wall: performance.now(), cpu: process.cpuUsage() });
const since = (c, per = 1) => {
  const u = process.cpuUsage(c.cpu);
  return `${((performance.now() - c.wall) / per / 1000).toFixed(3)} s wall, ${((u.user + u.system) / per / 1e6).toFixed(3)} s CPU`;
};
const c2 = clock();
for (const df of dfs) qtukey(0.95, 5, df);
console.log(`  ${'qtukey(.95, 5, df), per call'.padEnd(36)} ${since(c2, dfs.length)}`);
const gh = Array.from({ length: 5 }, (_, g) => ({ label: `g${g + 1}`, n: 30 + 7 * g, mean: 3 + 0.1 * g, variance: 0.8 + 0.15 * g }));
const c3 = clock();
gamesHowell(gh, 0.95);
console.log(`  ${'games-howell, 5 groups (10 pairs)'.padEnd(36)} ${since(c3)}`);
