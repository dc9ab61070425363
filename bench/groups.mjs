// Group comparison statistics on a large survey: 1,000,000 respondents x 20 variables x 5 groups,
// with case weights: group moments (one pass), Levene (all four centres), t test, ANOVA with Welch
// and Brown-Forsythe and effect sizes, Mann-Whitney and Kruskal-Wallis.
//   npx tsc -p . && node bench/groups.mjs [rows] [vars] [groups]
// Prints wall time per step and in all. The data are made in memory with csat's seeded generator.
import { performance } from 'node:perf_hooks';
import { createRandom } from '../dist/stats/random.js';
import { groupMoments } from '../dist/stats/groups.js';
import { leveneTests } from '../dist/stats/levene.js';
import { independentTTest } from '../dist/stats/ttest.js';
import { brownForsytheAnova, oneWayAnova, welchAnova } from '../dist/stats/anova.js';
import { anovaEffectSizes, independentEffectSizes } from '../dist/stats/effect-size.js';
import { kruskalWallis, mannWhitney, rankSums } from '../dist/stats/rank-tests.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const k = Number(process.argv[3] ?? 20);
const groups = Number(process.argv[4] ?? 5);
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
console.log(`${rows} rows x ${k} variables x ${groups} groups, weighted`);
for (const [name, ms] of Object.entries(times)) console.log(`  ${name.padEnd(36)} ${(ms / 1000).toFixed(2)} s`);
console.log(`  ${'total'.padEnd(36)} ${(total / 1000).toFixed(2)} s`);
