import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';
import { momentsSurvey as survey } from '../helpers/moments-survey.js';
import { csat } from '../helpers/cli.js';
import { expectSameNumbers } from '../helpers/close.js';

// --engine duckdb (and Parquet input) must give what csat gives from the rows in process, to
// 1e-12: the in-process path is the one proven against R, PSPP and SPSS. These tests need the
// optional package; CI installs it (npm ci installs optional dependencies), a machine without it
// skips them here and still runs the not-installed test at the end.
const installed = await import('@duckdb/node-api').then(
  () => true,
  () => false,
);
const SKIP = 'skipped: @duckdb/node-api (an optional dependency) is not installed; npm install @duckdb/node-api';

const dir = mkdtempSync(join(tmpdir(), 'csat-engine-'));
// Each case runs the CLI a few times, and DuckDB's import takes ~0.3 s of it.
vi.setConfig({ testTimeout: 240_000 });
const FILE = 'fixtures/factor-survey.csv';
const PARQUET = 'fixtures/parquet/factor-survey.parquet';

function json(args: string[], env?: Record<string, string>) {
  const r = csat([...args, '-f', 'json'], { env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).results;
}

describe.skipIf(!installed)(`--engine duckdb equals the in-process path at 1e-12 (${installed ? 'DuckDB installed' : SKIP})`, () => {
  describe.each([
    ['unweighted', [] as string[]],
    ['weighted', ['--weight', 'w']],
  ])('%s, with missing answers', (_, weight) => {
    it.each([
      ['kmo', ['kmo', '--items', 'q1..q12', '--anti-image']],
      ['factor', ['factor', '--items', 'q1..q12', '--rotation', 'promax']],
      ['factor (PAF)', ['factor', '--items', 'q1..q6', '--extraction', 'paf']],
      ['reliability', ['reliability', '--items', 'q1..q12']],
      ['corr', ['corr', '--vars', 'q1..q5', '--missing-mode', 'listwise']],
      ['moments', ['moments', '--items', 'q1..q12']],
    ])('%s: the CSV through DuckDB, and its Parquet copy', (name, args) => {
      const [cmd, ...rest] = args;
      const fromRows = json([cmd, FILE, ...rest, ...weight]);
      const viaCsv = json([cmd, FILE, ...rest, ...weight, '--engine', 'duckdb']);
      const viaParquet = json([cmd, PARQUET, ...rest, ...weight]);
      for (const r of [fromRows, viaCsv, viaParquet]) {
        delete r.savedScores;
        // Which file was read is not a statistic.
        delete r.source;
      }
      expectSameNumbers(viaCsv, fromRows, 1e-12, name);
      expectSameNumbers(viaParquet, fromRows, 1e-12, name);
    });
  });

  it.each([
    ['unweighted', [] as string[]],
    ['weighted', ['--weight', 'w']],
  ])('describe (%s): each item over its own cases, counts and a skip code, a continuous and a constant column', (what, weight) => {
    const file = join(dir, `survey-${what}.csv`);
    writeFileSync(file, survey(20261208));
    const vars = ['--vars', 'q1,q2,q3,income,const', '--missing', '-9'];
    const fromRows = json(['describe', file, ...vars, ...weight]);
    const viaDuckdb = json(['describe', file, ...vars, ...weight, '--engine', 'duckdb']);
    // The moments path keeps no counts of a continuous column (no median, no frequency table);
    // describe-moments.test.ts pins that; every other number is the rows' own.
    const income = fromRows.variables[3];
    income.median = null;
    income.frequencies = [];
    income.percentiles = viaDuckdb.variables[3].percentiles;
    // User-missing codes are one missing count in a moments file, not a table of their own.
    for (const v of fromRows.variables) v.missingFrequencies = [];
    expectSameNumbers(viaDuckdb, fromRows, 1e-12, 'describe');
    const moments = json(['moments', file, '--items', 'q1,q2,q3,income,const', '--missing', '-9', ...weight]);
    const momentsDuckdb = json(['moments', file, '--items', 'q1,q2,q3,income,const', '--missing', '-9', ...weight, '--engine', 'duckdb']);
    expect(momentsDuckdb.columns[3].counts).toBeNull();
    expect(momentsDuckdb.columns[0].counts.map((c: { value: number }) => c.value)).toEqual([1, 2, 3, 4, 5]);
    expectSameNumbers(momentsDuckdb, moments, 1e-12, 'moments');
  });

  it('large means with tiny spreads keep their digits through DuckDB (fixtures/moments-ill.csv)', () => {
    const fromRows = json(['moments', 'fixtures/moments-ill.csv', '--items', 'a,b,c', '--weight', 'w']);
    const viaDuckdb = json(['moments', 'fixtures/moments-ill.csv', '--items', 'a,b,c', '--weight', 'w', '--engine', 'duckdb']);
    expectSameNumbers(viaDuckdb.means, fromRows.means, 1e-15, 'means');
    expectSameNumbers(viaDuckdb.crossProducts, fromRows.crossProducts, 1e-9, 'cross-products');
    viaDuckdb.columns.forEach((c: { m2: number }, j: number) => expectSameNumbers(c.m2, fromRows.columns[j].m2, 1e-9, `m2 ${j}`));
  });

  it('GBK input is transcoded to UTF-8 for DuckDB, and the temporary file is gone after success and failure', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'csat-engine-tmp-'));
    const env = { TMPDIR: tmp };
    const args = ['corr', 'fixtures/edge/gbk.csv', '--vars', 'Q1,Q2', '--missing', '-3', '--missing-mode', 'listwise'];
    expectSameNumbers(json([...args, '--engine', 'duckdb'], env), json(args), 1e-12, 'corr');
    const d = json(['describe', 'fixtures/edge/gbk.csv', '--vars', 'Q1,Q2', '--missing', '-3', '--engine', 'duckdb'], env);
    expect(d.variables.map((v: { name: string }) => v.name)).toEqual(['Q1', 'Q2']);
    const bad = csat(['corr', 'fixtures/edge/gbk.csv', '--vars', 'Q1,满意度', '--engine', 'duckdb'], { env });
    expect(bad.code).toBe(3);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^csat: DuckDB could not read fixtures\/edge\/gbk\.csv: /);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it.each(['semicolon.csv', 'utf16le-bom.csv', 'utf16be-bom.csv', 'bom-utf8.csv'])('fixtures/edge/%s: delimiter, byte-order mark and UTF-16 as csat reads them', (name) => {
    const args = ['moments', `fixtures/edge/${name}`, '--items', 'Q1,Q2'];
    const viaDuckdb = json([...args, '--engine', 'duckdb']);
    const fromRows = json(args);
    delete viaDuckdb.source;
    delete fromRows.source;
    expectSameNumbers(viaDuckdb, fromRows, 1e-12, name);
  });

  it('SIGTERM while DuckDB reads a transcoded GBK file: the temporary copy is removed, exit 143', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'csat-engine-sig-'));
    const big = join(dir, 'big-gbk.csv');
    const lines = ['编号,性别,Q1,Q2'];
    for (let i = 0; i < 1_000_000; i++) lines.push(`${i},${i % 2 ? '男' : '女'},${1 + (i % 5)},${1 + ((i * 7) % 5)}`);
    writeFileSync(big, iconv.encode(`${lines.join('\n')}\n`, 'gbk'));
    const child = spawn(process.execPath, [resolve(__dirname, '../../bin/csat.js'), 'moments', big, '--items', 'Q1,Q2', '--engine', 'duckdb'], {
      env: { ...process.env, TMPDIR: tmp },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    let seen = false;
    for (let k = 0; k < 3000 && !seen; k++) {
      seen = readdirSync(tmp).some((f) => f.startsWith('csat-duckdb-'));
      if (!seen) await new Promise((r) => setTimeout(r, 10));
    }
    expect(seen, 'the transcoded copy appeared').toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('what the engine does not do: one sentence each', () => {
    const labels = csat(['kmo', FILE, '--items', 'q1..q4', '--engine', 'duckdb', '--reverse', 'q1']);
    expect(labels.code).toBe(2);
    expect(labels.stderr).toBe("csat: --reverse acts on the rows in csat's own reader, which --engine duckdb does not use; leave out one of them\n");
    const engine = csat(['kmo', FILE, '--items', 'q1..q4', '--engine', 'spark']);
    expect(engine.code).toBe(2);
    expect(engine.stderr).toMatch(/--engine/);
    const rows = csat(['regress', PARQUET, '--outcome', 'q1', '--iv', 'q2,q3']);
    expect(rows.code).toBe(3);
    expect(rows.stderr).toMatch(/is a Parquet file; csat reads Parquet through DuckDB for the commands that need only moments/);
    const csatEngine = csat(['kmo', PARQUET, '--items', 'q1..q4', '--engine', 'csat']);
    expect(csatEngine.code).toBe(2);
    // Two scales with missing answers: their own listwise cases differ from the shared pass.
    const scales = csat(['reliability', FILE, '--scale', 'A=q1,q2,q3', '--scale', 'B=q4,q5,q6', '--engine', 'duckdb']);
    expect(scales.code).toBe(3);
    expect(scales.stderr).toMatch(/run one scale per command/);
    // corr's default is pairwise; DuckDB's moments are listwise, which differ once an answer is missing.
    const pairwise = csat(['corr', FILE, '--vars', 'q1..q3', '--engine', 'duckdb']);
    expect(pairwise.code).toBe(3);
    expect(pairwise.stderr).toMatch(/respondents missed an item, and --engine duckdb computes listwise moments, not pairwise ones; give --missing-mode listwise/);
    const notParquet = join(dir, 'fake.parquet');
    writeFileSync(notParquet, 'a,b\n1,2\n');
    const fake = csat(['kmo', notParquet, '--items', 'a,b']);
    expect(fake.code).toBe(3);
    expect(fake.stderr).toMatch(/is not a Parquet file/);
  });
});

describe('DuckDB not installed', () => {
  it('--engine duckdb or a Parquet file: one sentence naming npm install @duckdb/node-api, exit 2', () => {
    // The built bundle copied where no node_modules is above it: its import of @duckdb/node-api
    // fails as it does on a machine where the optional dependency was not installed.
    const root = mkdtempSync(join(tmpdir(), 'csat-no-duckdb-'));
    mkdirSync(join(root, 'dist'));
    cpSync(resolve(__dirname, '../../dist/bundle'), join(root, 'dist/bundle'), { recursive: true });
    cpSync(resolve(__dirname, '../../bin'), join(root, 'bin'), { recursive: true });
    cpSync(resolve(__dirname, '../../package.json'), join(root, 'package.json'));
    const bundle = join(root, 'bin/csat.js');
    const run = (args: string[]) => spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const want = 'csat: --engine duckdb (and Parquet input) needs DuckDB, which is not installed: run npm install @duckdb/node-api\n';
    for (const args of [
      ['kmo', resolve(FILE), '--items', 'q1..q4', '--engine', 'duckdb'],
      ['describe', resolve(PARQUET)],
      ['moments', resolve(PARQUET), '--items', 'q1,q2'],
    ]) {
      const r = run(args);
      expect(r.stderr).toBe(want);
      expect(r.status).toBe(2);
    }
    // Without the engine the same copy works: the package is loaded only when asked for.
    const plain = run(['kmo', resolve(FILE), '--items', 'q1..q4', '-f', 'json']);
    expect(plain.status).toBe(0);
  });
});
