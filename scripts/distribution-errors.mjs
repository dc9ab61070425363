// Prints the maximum relative error of csat's distribution tails and quantiles against the
// 50-digit mpmath reference of fixtures/expected/distributions.json (fixtures/oracle/distributions.py),
// by distribution, df range and p range: the accuracy table the README and the issue-10 note quote.
//
//   node scripts/distribution-errors.mjs
//
// src/stats/distributions.ts is bundled in memory with esbuild, so no build is needed.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = await build({
  entryPoints: [join(root, 'src/stats/distributions.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
  // @stdlib is CommonJS: inside an ES module bundle its require() needs a real one.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
const dir = mkdtempSync(join(tmpdir(), 'csat-dist-'));
writeFileSync(join(dir, 'distributions.mjs'), out.outputFiles[0].text);
const D = await import(pathToFileURL(join(dir, 'distributions.mjs')).href);
rmSync(dir, { recursive: true, force: true });
const g = JSON.parse(readFileSync(join(root, 'fixtures/expected/distributions.json'), 'utf8'));

const dfBands = [
  [0, 10, 'df <= 10'],
  [10, 1000, '10 < df <= 1e3'],
  [1000, 1e5, '1e3 < df <= 1e5'],
  [1e5, Infinity, 'df > 1e5'],
];
const pBands = [
  [1e-10, 1, 'p >= 1e-10'],
  [1e-100, 1e-10, '1e-100 <= p < 1e-10'],
  [1e-300, 1e-100, '1e-300 <= p < 1e-100'],
  [0, 1e-300, 'p < 1e-300'],
];
const rel = (got, ref) => (ref === 0 ? (got === 0 ? 0 : Infinity) : Math.abs(got - ref) / Math.abs(ref));

/** rows: [df, p, got, ref]; prints one line per df band with the max error in each p band. */
function table(name, rows, pOf = (r) => r[1]) {
  const cells = dfBands.map(([lo, hi]) =>
    pBands.map(([plo, phi]) => {
      const sel = rows.filter((r) => r[0] > lo && r[0] <= hi && pOf(r) >= plo && pOf(r) < phi);
      if (sel.length === 0) return '—';
      // Subnormal results carry at most 52 significant bits: half their step is allowed.
      const m = Math.max(...sel.map((r) => (Math.abs(r[2] - r[3]) <= 2.5e-324 ? 0 : rel(r[2], r[3]))));
      return `${m.toExponential(1)} (${sel.length})`;
    }),
  );
  console.log(`\n${name}: max relative error vs mpmath (points)`);
  console.log(['', ...pBands.map((b) => b[2])].map((s) => s.padEnd(22)).join(''));
  dfBands.forEach((b, i) => console.log([b[2], ...cells[i]].map((s) => s.padEnd(22)).join('')));
  const all = Math.max(...rows.map((r) => (Math.abs(r[2] - r[3]) <= 2.5e-324 ? 0 : rel(r[2], r[3]))));
  console.log(`all ${rows.length} points: ${all.toExponential(2)}`);
  return rows.length;
}

let n = 0;
const c = g.chisq;
n += table('pchisq upper', c.x.map((x, i) => [c.df[i], c.mp[i], D.chiSquareUpperP(x, c.df[i]), c.mp[i]]));
n += table('pchisq lower', c.x.map((x, i) => [c.df[i], c.mpLower[i], D.chiSquareLowerP(x, c.df[i]), c.mpLower[i]]));
const t = g.t;
n += table('pt two-tailed', t.t.map((x, i) => [t.df[i], t.mp[i], D.tTwoTailedP(x, t.df[i]), t.mp[i]]));
n += table('pt lower, P(T <= -t)', t.t.map((x, i) => [t.df[i], t.mp[i] / 2, D.tLowerP(-x, t.df[i]), t.mp[i] / 2]));
const f = g.f;
n += table('pf upper (df = min(d1, d2))', f.f.map((x, i) => [Math.min(f.d1[i], f.d2[i]), f.mp[i], D.fUpperP(x, f.d1[i], f.d2[i]), f.mp[i]]));
n += table('pf lower (df = min(d1, d2))', f.f.map((x, i) => [Math.min(f.d1[i], f.d2[i]), f.mpLower[i], D.fLowerP(x, f.d1[i], f.d2[i]), f.mpLower[i]]));
const z = g.normal;
n += table('pnorm two-tailed', z.z.map((x, i) => [1, z.mp[i], D.normalTwoTailedP(x), z.mp[i]]));
n += table('pnorm lower, Phi(-z)', z.z.map((x, i) => [1, z.mp[i] / 2, D.normalLowerP(-x), z.mp[i] / 2]));

const qrows = (q, fn, dfOf) => q.p.map((p, i) => [dfOf(i), Math.min(p, 1 - p), fn(p, i), q.mp[i]]);
n += table('qt', qrows(g.qt, (p, i) => D.tQuantile(p, g.qt.df[i]), (i) => g.qt.df[i]));
n += table('qf (df = min(d1, d2))', qrows(g.qf, (p, i) => D.fQuantile(p, g.qf.d1[i], g.qf.d2[i]), (i) => Math.min(g.qf.d1[i], g.qf.d2[i])));
n += table('qchisq', qrows(g.qchisq, (p, i) => D.chiSquareQuantile(p, g.qchisq.df[i]), (i) => g.qchisq.df[i]));
n += table('qnorm', qrows(g.qnorm, (p) => D.normalQuantile(p), () => 1));
for (const [name, q, fn] of [
  ['qt upper', g.qtUpper, (p, i) => D.tQuantile(p, g.qtUpper.df[i], { upper: true })],
  ['qchisq upper', g.qchisqUpper, (p, i) => D.chiSquareQuantile(p, g.qchisqUpper.df[i], { upper: true })],
  ['qf upper', g.qfUpper, (p, i) => D.fQuantile(p, g.qfUpper.d1[i], g.qfUpper.d2[i], { upper: true })],
  ['qnorm upper', g.qnormUpper, (p) => D.normalQuantile(p, { upper: true })],
]) {
  if (q) n += table(name, q.p.map((p, i) => [q.df ? q.df[i] : q.d1 ? Math.min(q.d1[i], q.d2[i]) : 1, p, fn(p, i), q.mp[i]]));
}
console.log(`\n${n} comparisons in all`);
