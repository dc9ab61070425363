#!/usr/bin/env node
/**
 * Runs the benchmarks one after another (never in parallel: they measure time) and prints their
 * figures as they come.
 *
 *   npm run bench                         every bench/*.mjs (build first; npm run bench does)
 *   npm run bench -- reliability cli      the named ones, in that order
 *   node bench/run.js cli -- --rows 100000 --repeat 1    arguments after -- go to each named one
 *   node bench/run.js vs-r                bench/vs-r.sh: csat against R (only when named; slow)
 *   node bench/run.js --list
 *
 * bench/generate.mjs makes data files and is not a benchmark. Exit status: 1 if any benchmark
 * failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const NOT_BENCHMARKS = new Set(['generate']);

const benches = new Map(
  readdirSync(here)
    .filter((f) => f.endsWith('.mjs') && !NOT_BENCHMARKS.has(f.slice(0, -4)))
    .sort()
    .map((f) => [f.slice(0, -4), { cmd: process.execPath, file: path.join(here, f) }]),
);
const extra = new Map([['vs-r', { cmd: 'bash', file: path.join(here, 'vs-r.sh') }]]);

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const names = dash < 0 ? argv : argv.slice(0, dash);
const passed = dash < 0 ? [] : argv.slice(dash + 1);

if (names.includes('--list')) {
  console.log([...benches.keys(), ...[...extra.keys()].map((k) => `${k} (only when named)`)].join('\n'));
  process.exit(0);
}
const unknown = names.filter((n) => !benches.has(n) && !extra.has(n));
if (unknown.length) {
  console.error(`bench/run.js: no benchmark named ${unknown.join(', ')}; there are: ${[...benches.keys(), ...extra.keys()].join(', ')}`);
  process.exit(2);
}
if (!existsSync(path.join(root, 'dist', 'cli.js'))) {
  console.error('bench/run.js: dist/ is missing; build first (npx tsc -p .), or use npm run bench');
  process.exit(2);
}
const chosen = names.length ? names : [...benches.keys()];

const failed = [];
const t0 = performance.now();
for (const name of chosen) {
  const b = benches.get(name) ?? extra.get(name);
  console.log(`\n=== ${name} (${path.relative(root, b.file)}${passed.length ? ' ' + passed.join(' ') : ''})`);
  const start = performance.now();
  const r = spawnSync(b.cmd, [b.file, ...passed], { cwd: root, stdio: 'inherit' });
  const s = ((performance.now() - start) / 1000).toFixed(1);
  if (r.status !== 0) {
    failed.push(name);
    console.log(`=== ${name}: FAILED (exit ${r.status ?? r.signal}) after ${s} s`);
  } else {
    console.log(`=== ${name}: done in ${s} s`);
  }
}
console.log(`\n${chosen.length - failed.length} of ${chosen.length} benchmarks ran in ${((performance.now() - t0) / 1000).toFixed(0)} s${failed.length ? `; failed: ${failed.join(', ')}` : ''}`);
process.exitCode = failed.length ? 1 : 0;
