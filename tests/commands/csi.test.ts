import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csat } from '../helpers/cli.js';
import { readWeightsFile, waveLabels } from '../../src/commands/csi.js';
import { expectClose } from '../helpers/close.js';

// Expected values: fixtures/oracle/index.R on fixtures/index-survey.csv.
const ref = JSON.parse(readFileSync('fixtures/expected/index.json', 'utf8'));
const FILE = 'fixtures/index-survey.csv';
const DIMS = ['--dimension', 'Image=q1,q2', '--dimension', 'Service=q3,q4', '--dimension', 'Environment=q5,q6', '--scale-range', '1-5'];
const tmp = () => mkdtempSync(join(tmpdir(), 'csat-index-'));

describe('csat index (built CLI)', () => {
  it('text: the index table with the weights, CIs and satisfaction rates', () => {
    const r = csat(['index', FILE, ...DIMS, '--bootstrap', '200']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Customer Satisfaction Index');
    expect(r.stdout).toContain('95% Bootstrap CI');
    expect(r.stdout).toMatch(/│ Overall\s+│\s+│\s+1\.000 │\s+66\.9 │/);
    expect(r.stderr).toContain('7 row(s) with a missing answer were left out');
  });
  it('json: the stable contract, values as R computes them', () => {
    const r = csat(['index', FILE, ...DIMS, '--bootstrap', '200', '--value-weight', 'value', '--by', 'wave', '--target', 'overall=60,Image=90', '-f', 'json']);
    expect(r.code).toBe(4);
    const out = JSON.parse(r.stdout);
    expect(out.command).toBe('index');
    const res = out.results;
    expect(Object.keys(res)).toEqual(expect.arrayContaining(['scaleRange', 'weightsMethod', 'dimensions', 'overall', 'valueWeighted', 'waves', 'targets']));
    expect(res.scaleRange).toEqual([1, 5]);
    expect(res.weightsMethod).toBe('equal');
    expect(Object.keys(res.dimensions[0]).sort()).toEqual(['ciLower', 'ciUpper', 'index', 'items', 'name', 'satisfactionRate', 'weight']);
    expect(res.dimensions[0].items).toEqual(['q1', 'q2']);
    expectClose(res.overall.index, ref.equalDims.overall, 1e-12);
    expectClose(res.overall.satisfactionRate, ref.equalDims.overallRate, 1e-12);
    expectClose(res.valueWeighted.overall.index, ref.valueMean.overall, 1e-12);
    expect(res.waves.items.map((w: { label: string }) => w.label)).toEqual(['1', '2']);
    expect(Object.keys(res.waves.items[0])).toEqual(expect.arrayContaining(['label', 'n', 'overall', 'valueWeighted']));
    expectClose(res.waves.change.index, ref.waves.change.index, 1e-10);
    expectClose(res.waves.change.valueWeightedIndex, ref.waves.change.valueWeightedIndex, 1e-10);
    expectClose(res.waves.change.p, ref.waves.change.p, 1e-9);
    expect(res.waves.trap).toBe(true);
    expect(res.targets).toEqual([
      { name: 'overall', target: 60, index: res.overall.index, met: true },
      { name: 'Image', target: 90, index: res.dimensions[0].index, met: false },
    ]);
    expect(r.stderr).toContain('Target missed: Image');
    expect(out.warnings.join(' ')).toContain('satisfaction rose among low-value customers and fell among high-value ones');
  });
  it('the value-weighting trap in words, in English and Chinese', () => {
    const en = csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--value-weight', 'value', '--by', 'wave']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/Value-weighting trap: from 1 to 2 the index rose \(\+2\.8\) while the value-weighted index fell \(-10\.6\)/);
    const zh = csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--value-weight', 'value', '--by', 'wave', '--lang', 'zh']);
    expect(zh.stdout).toContain('顾客满意度指数');
    expect(zh.stdout).toContain('价值加权陷阱');
    expect(zh.stdout).toContain('低价值顾客的满意度上升，高价值顾客的满意度下降');
  });
  it('two wave files', () => {
    const r = csat(['index', 'fixtures/index-wave1.csv', 'fixtures/index-wave2.csv', ...DIMS, '--bootstrap', '0', '--value-weight', 'value', '-f', 'json']);
    expect(r.code).toBe(0);
    const w = JSON.parse(r.stdout).results.waves;
    expect(w.items.map((x: { label: string }) => x.label)).toEqual(['index-wave1', 'index-wave2']);
    expectClose(w.change.t, ref.waves.change.t, 1e-10);
    expectClose(w.change.z, ref.waves.change.z, 1e-10);
  });
  it('regression weights, a weights file, Pareto tiers, and the factor composite', () => {
    const reg = JSON.parse(csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--weights', 'regression', '--overall', 'overall', '-f', 'json']).stdout).results;
    expectClose(reg.overall.index, ref.regression.overall, 1e-12);
    const dir = tmp();
    writeFileSync(join(dir, 'w.csv'), 'name,weight\nImage,5\nService,3\nEnvironment,2\n');
    const file = JSON.parse(csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--weights', join(dir, 'w.csv'), '-f', 'json']).stdout).results;
    expect(file.weightsMethod).toBe('file');
    expectClose(file.overall.index, ref.fileWeights.overall, 1e-12);
    const tiers = csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--value-weight', 'value', '--tiers', 'value']);
    expect(tiers.stdout).toContain('Satisfaction Index by Value Tier');
    expect(tiers.stdout).toMatch(/Top 20%\s+│\s+31 │/);
    const out = join(dir, 'composite.csv');
    const f = csat(['index', FILE, '--items', 'q1..q6', '--scale-range', '1-5', '--bootstrap', '0', '--weights', 'factor', '--save-composite', out]);
    expect(f.code).toBe(0);
    expect(f.stdout).toContain('Factor Weights');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('file,row,composite');
    expect(lines.length).toBe(ref.n + 1);
  });
  it('a study file gives the dimensions, scale range and labels', () => {
    const r = csat(['index', 'fixtures/bank-survey.csv', '--study', 'fixtures/bank-survey.yml', '--bootstrap', '100', '--lang', 'zh']);
    expect(r.code).toBe(0);
    for (const d of ['银行形象', '银行产品', '客户关系', '服务质量', '网点环境', '总体']) expect(r.stdout).toContain(d);
  });
  it('errors: usage (2), unreadable input (3), impossible analysis (1)', () => {
    expect(csat(['index', FILE, '--scale-range', '1-5']).code).toBe(2);
    const noOverall = csat(['index', FILE, ...DIMS, '--weights', 'correlation']);
    expect(noOverall.code).toBe(2);
    expect(noOverall.stderr).toContain('--overall');
    expect(csat(['index', FILE, ...DIMS, '--value-base', 'median']).stderr).toContain('--value-base must be mean, min or a positive number');
    expect(csat(['index', FILE, ...DIMS, '--target', 'Speed=80']).stderr).toContain("a target names 'Speed'");
    expect(csat(['index', 'no-such.csv', '--items', 'q1']).code).toBe(3);
    const dir = tmp();
    writeFileSync(join(dir, 'one.csv'), 'q1,q2\n3,4\n,5\n');
    const one = csat(['index', join(dir, 'one.csv'), '--items', 'q1,q2', '--scale-range', '1-5']);
    expect(one.code).toBe(1);
    expect(one.stderr).toMatch(/only 1 complete row/);
  });
});

describe('csat index: hostile options and data (one clear line, the right exit code)', () => {
  const run = (args: string[]) => csat(['index', FILE, '--items', 'q1..q6', '--scale-range', '1-5', ...args]);
  const clean = (r: { stdout: string; stderr: string }) => {
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
    expect(r.stdout + r.stderr).not.toMatch(/NaN|undefined|Infinity/);
  };
  it('--bootstrap: 0 or enough resamples for the interval at --level, at most 100000; --seed is 32 bits', () => {
    for (const [args, msg] of [
      [['--bootstrap', '1'], 'at least 40'],
      [['--bootstrap', '39'], 'at least 40'],
      [['--bootstrap', '100', '--level', '99'], 'at least 200'],
      [['--bootstrap', '1e9'], 'more than the 100000'],
      [['--level', '99.9999'], 'needs 2000000 resamples'],
      [['--seed', 'abc'], '--seed must be'],
      [['--seed', '4294967296'], '--seed must be a whole number from 0 to 4294967295'],
    ] as const) {
      const r = run([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(msg);
      expect(r.stderr.trim().split('\n').length).toBe(1);
      clean(r);
    }
    const ok = run(['--bootstrap', '40', '-f', 'json']);
    expect(ok.code).toBe(0);
    const o = JSON.parse(ok.stdout).results.overall;
    expect(o.ciLower <= o.index && o.index <= o.ciUpper).toBe(true);
  });
  it('weights files: CSV with a header, semicolons with decimal commas, JSON; duplicates, extra cells and text are input errors', async () => {
    const dir = tmp();
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    expect([...(await readWeightsFile(file('a.csv', 'name,weight\nImage,5\nService,3\n')))]).toEqual([['Image', 5], ['Service', 3]]);
    expect([...(await readWeightsFile(file('b.csv', 'name;weight\r\nImage;0,5\r\nService;0,3\r\n')))]).toEqual([['Image', 0.5], ['Service', 0.3]]);
    expect([...(await readWeightsFile(file('c.json', '{"形象": 0.6, "服务": 0.4}')))]).toEqual([['形象', 0.6], ['服务', 0.4]]);
    await expect(readWeightsFile(file('d.csv', 'Image,5\nImage,3\n'))).rejects.toThrow(/line 2: 'Image' already has a weight/);
    await expect(readWeightsFile(file('e.csv', 'Image,5,3\nService,3\n'))).rejects.toThrow(/line 1: expected "name,weight"/);
    await expect(readWeightsFile(file('f.csv', 'Image,5\nService,lots\n'))).rejects.toThrow(/line 2/);
    const typo = csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--weights', file('g.csv', 'Image,5\nServce,3\nService,3\nEnvironment,2\n')]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("names 'Servce', which is not among the dimensions or items");
    clean(typo);
  });
  it('wave files with the same name get distinct labels (they were merged into one group: "only 1 group")', () => {
    expect(waveLabels(['w1.csv', 'w2.csv'])).toEqual(['w1', 'w2']);
    expect(waveLabels(['2023/survey.csv', '2024/survey.csv'])).toEqual(['2023/survey', '2024/survey']);
    expect(waveLabels(['a.csv', 'a.csv'])).toEqual(['a #1', 'a #2']);
    const r = csat(['index', 'fixtures/index-wave1.csv', 'fixtures/index-wave1.csv', '--items', 'q1..q6', '--scale-range', '1-5', '--bootstrap', '0', '-f', 'json']);
    expect(r.code).toBe(0);
    const w = JSON.parse(r.stdout).results.waves;
    expect(w.items.map((x: { label: string }) => x.label)).toEqual(['fixtures/index-wave1 #1', 'fixtures/index-wave1 #2']);
    expect(w.change.index).toBe(0);
  });
});

