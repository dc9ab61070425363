#!/usr/bin/env node
/**
 * End-to-end speed of the built CLI on large generated files (bench/generate.mjs):
 *
 *   npx tsc -p . && node bench/cli.mjs [--rows 1000000] [--items 50] [--predictors 20]
 *       [--repeat 3] [--only reliability,factor,...] [--no-profile] [--top 3]
 *
 * Each scenario runs `node bin/csat.js <command> FILE ... -f json > /dev/null` --repeat times and
 * prints the median wall time (min-max) and the median peak resident memory, measured by
 * /usr/bin/time -v when it exists (apt-get install -y time; otherwise wall time only). Then one
 * more run under `node --cpu-prof` splits the main thread's time into stages by the source file
 * each sample falls in (native frames count for the csat file that called them):
 *   startup  node, commander, module loading;  read  decode + CSV parse (data/read, papaparse,
 *   iconv);  convert  text cells -> Float64Array (other data/ files);  compute  stats/ and
 *   analyses/;  render  report/ (tables + JSON);  gc  the garbage collector;  idle  waiting for
 *   I/O (the file is read off the main thread).
 * and names the --top hottest functions. Profiled runs are not in the timings.
 *
 * A scenario whose command this build lacks but whose analysis is in dist/analyses (kmo, factor
 * while their commands are being written) runs in process instead, in a child node under the same
 * timer: read + convert + analysis + JSON.stringify, marked "(analysis, no CLI)".
 *
 * Also, in process: `csat factor` from a ready 200 x 200 correlation matrix (issue 4 asks for well
 * under a second).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDir, regressFile, surveyFile } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'csat.js');

function options(argv) {
  const o = { rows: 1_000_000, items: 50, predictors: 20, repeat: 3, top: 3, only: null, profile: true, dir: defaultDir() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-profile') o.profile = false;
    else if (a === '--only') o.only = argv[++i].split(',');
    else if (a === '--dir') o.dir = argv[++i];
    else if (['--rows', '--items', '--predictors', '--repeat', '--top'].includes(a)) o[a.slice(2)] = Number(argv[++i]);
    else throw new Error(`cli.mjs: unknown argument ${a}`);
  }
  return o;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const HAVE_TIME = existsSync('/usr/bin/time');

/**
 * One run with stdout to /dev/null: wall seconds, peak RSS in MiB (null without /usr/bin/time),
 * exit code, stderr. `script` is the CLI unless a scenario runs in process.
 */
function runOnce(args, nodeFlags = [], script = cli) {
  const out = openSync('/dev/null', 'w');
  const cmd = HAVE_TIME ? '/usr/bin/time' : process.execPath;
  const argv = HAVE_TIME ? ['-v', process.execPath, ...nodeFlags, script, ...args] : [...nodeFlags, script, ...args];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { stdio: ['ignore', out, 'pipe'], cwd: root, maxBuffer: 64 << 20, timeout: 180_000 });
  const wall = (performance.now() - t0) / 1000;
  closeSync(out);
  const err = r.stderr.toString();
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
  const clock = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(err);
  const exit = HAVE_TIME ? Number(/Exit status: (\d+)/.exec(err)?.[1] ?? r.status) : r.status;
  return {
    // /usr/bin/time's own clock leaves out spawning it; fall back to ours.
    wall: clock ? Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]) : wall,
    rss: rss ? Number(rss[1]) / 1024 : null,
    exit,
    stderr: err.split('\n').filter((l) => !/^\t/.test(l) && !/^\s*Command (being timed|exited)/.test(l)).join('\n').trim(),
  };
}

function stageOf(url) {
  if (!url) return null;
  if (/\/dist\/data\/read\.js$|papaparse|iconv-lite/.test(url)) return 'read';
  if (/\/dist\/data\//.test(url)) return 'convert';
  if (/\/dist\/(stats|analyses)\/|ml-matrix|simple-statistics|@stdlib/.test(url)) return 'compute';
  if (/\/dist\/report\//.test(url)) return 'render';
  return 'startup';
}

/** Split a .cpuprofile's self time into stages and find the hottest csat functions. */
function analyseProfile(file, top) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map();
  // Stage and owning csat function of a node: its own file, else its nearest caller's.
  const owner = (id) => {
    if (memo.has(id)) return memo.get(id);
    const n = byId.get(id);
    const name = n.callFrame.functionName;
    let res;
    if (name === '(garbage collector)') res = { stage: 'gc', fn: '(garbage collector)' };
    else if (name === '(idle)') res = { stage: 'idle', fn: name };
    else if (name === '(program)' || name === '(root)') res = { stage: 'startup', fn: name };
    else {
      const stage = stageOf(n.callFrame.url);
      const p = parent.get(id);
      if (stage === null && p !== undefined) {
        const up = owner(p);
        // Native work (sort, slice, Map) counts for the JavaScript function that called it.
        res = { stage: up.stage, fn: up.fn.startsWith('(') ? `${name || '(anonymous)'} [native]` : up.fn };
      } else {
        const rel = n.callFrame.url.replace(/^file:\/\//, '').replace(root + '/', '');
        res = { stage: stage ?? 'startup', fn: `${name || '(anonymous)'} (${rel}:${n.callFrame.lineNumber + 1})` };
      }
    }
    memo.set(id, res);
    return res;
  };
  const stages = { startup: 0, read: 0, convert: 0, compute: 0, render: 0, gc: 0, idle: 0 };
  const fns = new Map();
  for (let i = 0; i < prof.samples.length; i++) {
    const dt = (prof.timeDeltas[i + 1] ?? 0) / 1e6;
    const o = owner(prof.samples[i]);
    stages[o.stage] += dt;
    fns.set(o.fn, (fns.get(o.fn) ?? 0) + dt);
  }
  const total = Object.values(stages).reduce((a, b) => a + b, 0);
  const hot = [...fns].filter(([f]) => !/^\((garbage collector|program|idle|root)\)$/.test(f)).sort((a, b) => b[1] - a[1]).slice(0, top);
  return { stages, total, hot };
}

function profileRun(args, script) {
  const dir = mkdtempSync(path.join(tmpdir(), 'csat-prof-'));
  try {
    const r = runOnce(args, ['--cpu-prof', `--cpu-prof-dir=${dir}`], script);
    const f = readdirSync(dir).find((x) => x.endsWith('.cpuprofile'));
    return r.exit === 0 && f ? analyseProfile(path.join(dir, f), o.top) : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function hasCommand(name) {
  const r = spawnSync(process.execPath, [cli, name, '--help'], { cwd: root });
  return r.status === 0 && r.stdout.toString().includes(`Usage: csat ${name}`);
}

async function factorFromMatrix200() {
  let mod;
  try {
    mod = await import('../dist/analyses/factor.js');
  } catch {
    return null;
  }
  if (typeof mod.factorFromMatrix !== 'function') return null;
  // A 200-item correlation matrix with ten blocks of 20 items: r = .5 within a block, .1 between.
  const p = 200;
  const r = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) r[i * p + j] = i === j ? 1 : Math.floor(i / 20) === Math.floor(j / 20) ? 0.5 : 0.1;
  const items = Array.from({ length: p }, (_, j) => `Q${j + 1}`);
  const times = [];
  let res;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    res = mod.factorFromMatrix(r, items, 100_000, {});
    times.push((performance.now() - t0) / 1000);
  }
  return { seconds: median(times), factors: res.factors, iterations: res.rotationIterations };
}

/** Child mode: `cli.mjs --inprocess NAME FILE FIRST..LAST`, what the missing command would compute. */
async function inProcess([name, file, spec]) {
  const { readSource } = await import('../dist/data/read.js');
  const { toDataset } = await import('../dist/data/convert.js');
  const { selectColumns } = await import('../dist/data/select.js');
  const mod = await import(`../dist/analyses/${name}.js`);
  const run = mod[`run${name[0].toUpperCase()}${name.slice(1)}`];
  const src = await readSource(file);
  const items = selectColumns(src.names, spec, '--items', file);
  const ds = toDataset(src, items, {});
  const res = run(ds, { items });
  process.stdout.write(JSON.stringify(res));
}

/** The analysis module a scenario can fall back on, or null. */
async function analysisOnly(name) {
  try {
    const mod = await import(`../dist/analyses/${name}.js`);
    return typeof mod[`run${name[0].toUpperCase()}${name.slice(1)}`] === 'function';
  } catch {
    return false;
  }
}

if (process.argv[2] === '--inprocess') {
  await inProcess(process.argv.slice(3));
  process.exit(0);
}
const o = options(process.argv.slice(2));
if (!existsSync(path.join(root, 'dist', 'cli.js'))) {
  console.error('cli.mjs: dist/ is missing; build first (npx tsc -p . or npm run bench)');
  process.exit(2);
}
const survey = surveyFile(o.dir, o.rows, o.items);
const regress = regressFile(o.dir, o.rows, o.predictors);
const q = `Q1..Q${o.items}`;
const x = `x1..x${o.predictors}`;
const scenarios = [
  { name: 'describe', args: ['describe', survey, '--vars', q] },
  { name: 'reliability', args: ['reliability', survey, '--items', q] },
  { name: 'corr', args: ['corr', survey, '--vars', q] },
  { name: 'kmo', args: ['kmo', survey, '--items', q] },
  { name: 'factor', args: ['factor', survey, '--items', q] },
  { name: 'regress', args: ['regress', regress, '--dv', 'y', '--iv', x] },
].filter((s) => !o.only || o.only.includes(s.name));

console.log(`csat end to end: ${o.rows.toLocaleString('en')} rows; survey ${o.items} items, regression ${o.predictors} predictors; node ${process.version}`);
console.log(`median of ${o.repeat} runs; stdout to /dev/null; ${HAVE_TIME ? 'peak RSS from /usr/bin/time -v' : 'no /usr/bin/time: wall time only'}`);
const startup = [];
for (let k = 0; k < 3; k++) startup.push(runOnce(['--version']).wall);
console.log(`node + csat startup (csat --version): ${median(startup).toFixed(3)} s`);
console.log('');
console.log(`${'scenario'.padEnd(26)} ${'wall s'.padStart(7)}  ${'(min-max)'.padEnd(13)} ${'rows/s'.padStart(11)} ${'peak MiB'.padStart(9)}   profile s: startup/read/convert/compute/render/gc/idle`);
const summary = [];
for (const s of scenarios) {
  let args = [...s.args, '-f', 'json'];
  let script = cli;
  let label = s.name;
  if (!hasCommand(s.name)) {
    if (!(await analysisOnly(s.name))) {
      console.log(`${s.name.padEnd(26)} skipped: this build has no 'csat ${s.name}' command`);
      continue;
    }
    args = ['--inprocess', s.name, s.args[1], s.args[3]];
    script = fileURLToPath(import.meta.url);
    label = `${s.name} (analysis, no CLI)`;
  }
  const runs = [];
  for (let k = 0; k < o.repeat; k++) {
    const r = runOnce(args, [], script);
    if (r.exit !== 0) {
      console.log(`${s.name.padEnd(26)} failed (exit ${r.exit}): ${r.stderr.split('\n')[0]}`);
      break;
    }
    runs.push(r);
  }
  if (runs.length < o.repeat) continue;
  const walls = runs.map((r) => r.wall);
  const wall = median(walls);
  const rss = HAVE_TIME ? median(runs.map((r) => r.rss)) : null;
  const prof = o.profile ? profileRun(args, script) : null;
  const st = prof ? Object.values(prof.stages).map((v) => v.toFixed(2)).join('/') : '';
  console.log(
    `${label.padEnd(26)} ${wall.toFixed(2).padStart(7)}  ${`(${Math.min(...walls).toFixed(2)}-${Math.max(...walls).toFixed(2)})`.padEnd(13)} ` +
      `${Math.round(o.rows / wall).toLocaleString('en').padStart(11)} ${(rss === null ? 'n/a' : rss.toFixed(0)).padStart(9)}   ${st}`,
  );
  if (prof) {
    for (const [fn, t] of prof.hot) console.log(`${''.padEnd(28)}hot: ${((100 * t) / prof.total).toFixed(0).padStart(2)}%  ${fn}`);
  }
  summary.push({ scenario: s.name, cli: script === cli, wallSeconds: wall, walls, peakRssMiB: rss, stages: prof?.stages ?? null });
}
if (!o.only || o.only.includes('factor')) {
  const m = await factorFromMatrix200();
  console.log('');
  if (m) console.log(`factor from a 200 x 200 correlation matrix (in process, median of 3): ${m.seconds.toFixed(3)} s, ${m.factors} components, rotation ${m.iterations} iterations`);
  else console.log('factor from a 200 x 200 correlation matrix: skipped (dist/analyses/factor.js has no factorFromMatrix)');
}
console.log('');
console.log(JSON.stringify({ rows: o.rows, items: o.items, predictors: o.predictors, startupSeconds: median(startup), scenarios: summary }));
