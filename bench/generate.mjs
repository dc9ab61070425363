#!/usr/bin/env node
/**
 * Large seeded survey files for the end-to-end benchmarks (bench/cli.mjs, bench/vs-r.sh). They go
 * to a temp folder, never into the repository, and are reused while their parameters match.
 *
 *   node bench/generate.mjs [--rows 1000000] [--items 50] [--predictors 20] [--dir DIR] [--force]
 *
 * Prints the two paths as JSON ({"survey": ..., "regress": ...}) on the last line.
 *
 * survey-<rows>x<items>.csv: Q1..Qp on a 1-5 Likert scale with a five-factor structure. Each
 * respondent has a general satisfaction g and five domain factors f1..f5 (standard normal); item j
 * belongs to domain j mod 5 and is round(3 + 0.35 g + l_j f_d + 0.8 e) clamped to 1..5, with
 * loadings l_j between 0.55 and 0.95. So alpha is high, the correlation matrix is positive definite
 * and five eigenvalues exceed 1 (what `csat factor` retains by default). ~100 MB for 1M x 50.
 *
 * regress-<rows>x<k>.csv: y, x1..xk. Predictors are 1-7 ratings sharing one factor (VIF about 1.5);
 * y = 2 + sum b_j x_j + N(0, 1.5) with b_j = 0.02 .. 0.3, written with 4 decimals. ~50 MB for
 * 1M x 20.
 *
 * The generator is mulberry32 (seed 20261125) with Box-Muller normals, so every machine writes the
 * same bytes.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../fixtures/generate/mulberry32.mjs';

const VERSION = 1;

export function defaultDir() {
  return process.env.CSAT_BENCH_DIR ?? path.join(tmpdir(), 'csat-bench');
}

export function normals(seed) {
  const u = mulberry32(seed);
  let spare = NaN;
  return () => {
    if (!Number.isNaN(spare)) {
      const s = spare;
      spare = NaN;
      return s;
    }
    const r = Math.sqrt(-2 * Math.log(1 - u()));
    const a = 2 * Math.PI * u();
    spare = r * Math.sin(a);
    return r * Math.cos(a);
  };
}

/** Writes header + rows produced by `row()` (a string without newline) to `file` atomically. */
export function writeRows(file, header, rows, row) {
  const tmp = `${file}.${process.pid}.part`;
  const fd = openSync(tmp, 'w');
  writeSync(fd, header + '\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    chunk += row() + '\n';
    if ((i & 8191) === 8191) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  renameSync(tmp, file);
}

/** Reuse `file` when its sidecar records the same parameters; otherwise (re)write it. */
export function cached(file, params, force, make) {
  const meta = `${file}.json`;
  const want = JSON.stringify({ version: VERSION, ...params });
  if (!force && existsSync(file) && existsSync(meta) && readFileSync(meta, 'utf8') === want) return false;
  make();
  writeFileSync(meta, want);
  return true;
}

export function surveyFile(dir, rows, items, force = false) {
  const file = path.join(dir, `survey-${rows}x${items}.csv`);
  cached(file, { kind: 'survey', rows, items }, force, () => {
    const z = normals(20261125);
    const u = mulberry32(7);
    const loading = Array.from({ length: items }, () => 0.55 + 0.4 * u());
    const f = new Float64Array(5);
    const header = Array.from({ length: items }, (_, j) => `Q${j + 1}`).join(',');
    writeRows(file, header, rows, () => {
      const g = z();
      for (let d = 0; d < 5; d++) f[d] = z();
      let line = '';
      for (let j = 0; j < items; j++) {
        const x = Math.round(3 + 0.35 * g + loading[j] * f[j % 5] + 0.8 * z());
        line += (j ? ',' : '') + (x < 1 ? 1 : x > 5 ? 5 : x);
      }
      return line;
    });
  });
  return file;
}

export function regressFile(dir, rows, k, force = false) {
  const file = path.join(dir, `regress-${rows}x${k}.csv`);
  cached(file, { kind: 'regress', rows, k }, force, () => {
    const z = normals(20261126);
    const b = Array.from({ length: k }, (_, j) => 0.02 + (0.28 * j) / Math.max(1, k - 1));
    const header = ['y', ...Array.from({ length: k }, (_, j) => `x${j + 1}`)].join(',');
    const x = new Float64Array(k);
    writeRows(file, header, rows, () => {
      const g = z();
      let y = 2;
      for (let j = 0; j < k; j++) {
        const v = Math.round(4 + 0.8 * g + 1.1 * z());
        x[j] = v < 1 ? 1 : v > 7 ? 7 : v;
        y += b[j] * x[j];
      }
      y += 1.5 * z();
      return (Math.round(y * 1e4) / 1e4).toString() + ',' + x.join(',');
    });
  });
  return file;
}

function args(argv) {
  const o = { rows: 1_000_000, items: 50, predictors: 20, dir: defaultDir(), force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--force') o.force = true;
    else if (a === '--dir') o.dir = argv[++i];
    else if (a === '--rows' || a === '--items' || a === '--predictors') o[a.slice(2)] = Number(argv[++i]);
    else throw new Error(`generate.mjs: unknown argument ${a}`);
  }
  return o;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const o = args(process.argv.slice(2));
  mkdirSync(o.dir, { recursive: true });
  const t0 = performance.now();
  const survey = surveyFile(o.dir, o.rows, o.items, o.force);
  const regress = regressFile(o.dir, o.rows, o.predictors, o.force);
  const mb = (f) => (statSync(f).size / 2 ** 20).toFixed(1);
  console.log(`survey  ${survey} (${mb(survey)} MiB)`);
  console.log(`regress ${regress} (${mb(regress)} MiB)`);
  console.log(`ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log(JSON.stringify({ survey, regress }));
}
