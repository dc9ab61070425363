#!/usr/bin/env node
/**
 * Start-up and small-survey wall time: what a researcher waits for on a typical export of a few
 * hundred rows, where loading the program outweighs the arithmetic. Each command runs `--repeat`
 * times (default 7), median and min printed, as the bundled CLI (bin/csat.js -> dist/bundle/csat.js)
 * and as the unbundled tsc output (dist/cli.js), with R's start-up with psych loaded beside them
 * when Rscript is installed.
 *
 *   node bench/startup.mjs [--repeat 7]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const k = process.argv.indexOf('--repeat');
const repeat = k > 0 ? Number(process.argv[k + 1]) : 7;

function time(cmd, args) {
  const ms = [];
  for (let i = 0; i < repeat; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)], min: ms[0] };
}

const unbundled = ['--input-type=module', '-e', "const { main } = await import('./dist/cli.js'); process.exitCode = await main(process.argv);"];
const jobs = [
  ['--version', ['--version']],
  ['describe survey-en.csv (40 rows)', ['describe', 'fixtures/survey-en.csv']],
  ['analyze telephone-survey.csv (430 rows)', ['analyze', 'fixtures/telephone-survey.csv', '--study', 'fixtures/telephone-survey.yml']],
];
const f = (x) => `${x.median.toFixed(0).padStart(5)} ms (min ${x.min.toFixed(0)})`;
console.log(`start-up, ${repeat} runs each: median (min)`);
console.log(`${'job'.padEnd(42)} ${'bundled'.padEnd(20)} ${'unbundled'.padEnd(20)} ratio`);
for (const [name, args] of jobs) {
  const b = time(process.execPath, ['bin/csat.js', ...args]);
  const u = time(process.execPath, [...unbundled, 'csat', ...args]);
  console.log(`${name.padEnd(42)} ${f(b).padEnd(20)} ${f(u).padEnd(20)} ${(u.median / b.median).toFixed(2)}x`);
}
const rscript = spawnSync('Rscript', ['--version']);
if (rscript.status === 0) {
  console.log(`${'R: Rscript -e library(psych)'.padEnd(42)} ${f(time('Rscript', ['-e', 'suppressMessages(library(psych))']))}`);
}
