import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csat } from '../helpers/cli.js';
import { parseValueBase, readWeightsFile, waveLabels } from '../../src/commands/index-command.js';
import { expectClose } from '../helpers/close.js';
import { expectMessageInBothLanguages } from '../helpers/messages.js';

// Expected values: fixtures/oracle/index.R on fixtures/index-survey.csv.
const ref = JSON.parse(readFileSync('fixtures/expected/index.json', 'utf8'));
const FILE = 'fixtures/index-survey.csv';
const DIMS = ['--dimension', 'Image=q1,q2', '--dimension', 'Service=q3,q4', '--dimension', 'Environment=q5,q6', '--scale-range', '1-5'];
const tmp = () => mkdtempSync(join(tmpdir(), 'csat-index-'));

describe('csat index (built CLI)', () => {
  it("reads the study's data: file when no file is given, as analyze does", () => {
    const viaStudy = csat(['index', '--study', 'fixtures/bank-survey.yml', '--bootstrap', '0', '-f', 'json']);
    const direct = csat(['index', 'fixtures/bank-survey.csv', '--study', 'fixtures/bank-survey.yml', '--bootstrap', '0', '-f', 'json']);
    expect(viaStudy.code).toBe(0);
    expect(JSON.parse(viaStudy.stdout).results).toEqual(JSON.parse(direct.stdout).results);
    const none = csat(['index', '--items', 'q1', '--bootstrap', '0']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no survey file: give one on the command line or as data: in the study file');
  });
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
    // With --by every wave shares the first wave's K0, and so does the pooled value-weighted index.
    expectClose(res.valueWeighted.overall.index, ref.valuePooledWaveK0.overall, 1e-12);
    expectClose(res.valueWeighted.k0, ref.waves.k0, 1e-15);
    expect(res.waves.valueBase).toEqual({ k0: res.valueWeighted.k0, from: 'first-wave' });
    expect(res.waves.satisfactionTrap.case).toBe(3);
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
    // The missed target is in the JSON too, as standard error says it.
    expect(out.failures).toEqual([{ what: 'target', name: 'Image', value: res.dimensions[0].index, threshold: 90, message: expect.stringMatching(/^Target missed: Image /) }]);
    expect(r.stderr).toContain(out.failures[0].message);
    expect(out.warnings.join(' ')).toContain('Satisfaction trap (case 3 of 6)');
  });
  it('the satisfaction trap in words, in English and Chinese', () => {
    const en = csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--value-weight', 'value', '--by', 'wave']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/Satisfaction trap \(case 3 of 6\): from 1 to 2 the index rose \(\+2\.8\) while satisfaction fell among high-value customers \(-17\.5, p = \.003\)/);
    expect(en.stdout).toContain('Satisfaction Trap: Change by Customer Value');
    const zh = csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--value-weight', 'value', '--by', 'wave', '--lang', 'zh']);
    expect(zh.stdout).toContain('顾客满意度指数');
    expect(zh.stdout).toContain('满意度陷阱（情形 3，共 6 种）');
    expect(zh.stdout).toContain('而高价值顾客的满意度下降（-17.5，p = .003），低价值顾客的满意度上升（+11.7，p < .001）');
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
    const reg = JSON.parse(csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--weights', 'regression', '--outcome', 'overall', '-f', 'json']).stdout).results;
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
    expect(noOverall.stderr).toContain('--outcome');
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
      [['--bootstrap', '1e9'], '--bootstrap must be a whole number from 0 to 100000'],
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
  it('--level: a proportion in (0, 1) or a percentage in [50, 100), the same interval either way; anything else names both forms', () => {
    const json = (level: string) => JSON.parse(run(['--bootstrap', '200', '--level', level, '-f', 'json']).stdout).results;
    const p = json('0.95');
    const pct = json('95');
    expect(p.bootstrap.level).toBe(0.95);
    expect(p.overall).toEqual(pct.overall);
    expect(p.overall.ciUpper - p.overall.ciLower).toBeGreaterThan(1);
    expect(run(['--bootstrap', '200', '--level', '0.9']).stdout).toContain('90% Bootstrap CI');
    expect(run(['--bootstrap', '200', '--level', '0.999']).stderr).toContain('for a 99.9% percentile interval');
    for (const bad of ['1', '5', '49', '100', '0', '-0.5', 'abc']) {
      const r = run(['--level', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toBe(`csat: --level must be a proportion between 0 and 1 (0.95) or a percentage from 50 to under 100 (95), not '${bad}'\n`);
    }
    expectMessageInBothLanguages(
      ['index', FILE, '--items', 'q1..q6', '--level', '1'],
      undefined,
      2,
      "--level must be a proportion between 0 and 1 (0.95) or a percentage from 50 to under 100 (95), not '1'",
      "--level 必须是 0 到 1 之间的比例（0.95）或 50 到 100（不含）之间的百分数（95），不能是 '1'",
    );
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
    expect(waveLabels(['w1.csv', '-'])).toEqual(['w1', 'stdin']);
    expect([parseValueBase('Mean'), parseValueBase(' min'), parseValueBase('500')]).toEqual(['mean', 'min', 500]);
    for (const bad of ['0', '-5', 'median', '1e400']) expect(() => parseValueBase(bad), bad).toThrow(/--value-base must be mean, min or a positive number/);
    const blank = csat(['index', FILE, '--dimension', ' =q1', '--scale-range', '1-5']);
    expect(blank.code).toBe(2);
    expect(blank.stderr).toContain('--dimension must look like "Name=q1,q2"');
    const r = csat(['index', 'fixtures/index-wave1.csv', 'fixtures/index-wave1.csv', '--items', 'q1..q6', '--scale-range', '1-5', '--bootstrap', '0', '-f', 'json']);
    expect(r.code).toBe(0);
    const w = JSON.parse(r.stdout).results.waves;
    expect(w.items.map((x: { label: string }) => x.label)).toEqual(['fixtures/index-wave1 #1', 'fixtures/index-wave1 #2']);
    expect(w.change.index).toBe(0);
  });
});

describe('csat index: the issue #7 checklist end to end', () => {
  it('JSON contract: exactly the keys the issue gives (results, dimensions, overall, valueWeighted, waves, change, targets)', () => {
    const r = csat(['index', FILE, ...DIMS, '--bootstrap', '40', '--value-weight', 'value', '--by', 'wave', '--target', '60', '-f', 'json']);
    const res = JSON.parse(r.stdout).results;
    const part = ['ciLower', 'ciUpper', 'index', 'satisfactionRate'];
    expect(Object.keys(res)).toEqual(expect.arrayContaining(['scaleRange', 'weightsMethod', 'dimensions', 'overall', 'valueWeighted', 'waves', 'targets']));
    for (const d of res.dimensions) expect(Object.keys(d).sort()).toEqual(['ciLower', 'ciUpper', 'index', 'items', 'name', 'satisfactionRate', 'weight']);
    expect(Object.keys(res.overall).sort()).toEqual(part);
    expect(Object.keys(res.valueWeighted.overall).sort()).toEqual(part);
    for (const d of res.valueWeighted.dimensions) expect(Object.keys(d)).toEqual(expect.arrayContaining(['name', 'items', 'weight', ...part]));
    for (const w of res.waves.items) {
      expect(Object.keys(w)).toEqual(expect.arrayContaining(['label', 'n', 'overall', 'valueWeighted']));
      expect(Object.keys(w.overall).sort()).toEqual(part);
      expect(Object.keys(w.valueWeighted).sort()).toEqual(part);
    }
    expect(Object.keys(res.waves.change)).toEqual(expect.arrayContaining(['index', 'valueWeightedIndex', 'p']));
    expect(typeof res.waves.trap).toBe('boolean');
    expect(Object.keys(res.targets[0]).sort()).toEqual(['index', 'met', 'name', 'target']);
    for (const x of [res.overall.satisfactionRate, ...res.dimensions.map((d: { satisfactionRate: number }) => d.satisfactionRate)]) expect(x >= 0 && x <= 1).toBe(true);
    // Without values, waves or targets those keys are null, not absent.
    const plain = JSON.parse(csat(['index', FILE, ...DIMS, '--bootstrap', '0', '-f', 'json']).stdout).results;
    expect([plain.valueWeighted, plain.waves, plain.targets]).toEqual([null, null, null]);
    expect([plain.overall.ciLower, plain.overall.ciUpper]).toEqual([null, null]);
  });
  it('targets: everything is printed first, the misses go to stderr, exit 4 (--target and per dimension in the study file)', () => {
    const r = csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--target', 'overall=60,Image=90']);
    expect(r.code).toBe(4);
    expect(r.stdout).toContain('Customer Satisfaction Index');
    expect(r.stdout).toMatch(/│ Image\s+│\s+90\.0 │\s+68\.9 │ No\s+│/);
    expect(r.stdout).not.toContain('Target missed');
    expect(r.stderr).toContain('csat: Target missed: Image 68.9 < 90.0.');
    expect(r.stderr).not.toContain('Overall');
    const dir = tmp();
    const study = join(dir, 'study.yml');
    writeFileSync(study, 'items: [q1..q6]\nscaleRange: [1, 5]\nscales:\n  Image: [q1, q2]\n  Service: [q3, q4]\n  Environment: [q5, q6]\ntarget: 50\ntargets:\n  Service: 70\n');
    const s = csat(['index', FILE, '--study', study, '--bootstrap', '0', '-f', 'json']);
    expect(s.code).toBe(4);
    const t = JSON.parse(s.stdout).results.targets;
    expect(t.map((x: { name: string; met: boolean }) => [x.name, x.met])).toEqual([['overall', true], ['Service', false]]);
    expectClose(t[1].index, ref.equalDims.dimensions[1], 1e-12);
    expect(s.stderr).toContain('Target missed: Service 58.0 < 70.0.');
    // The command line wins over the study file.
    expect(csat(['index', FILE, '--study', study, '--bootstrap', '0', '--target', '40']).code).toBe(0);
  });
  it('--items with a study file: the study\'s scales keep only those items; a scale left empty is dropped with a warning', () => {
    const BANK = ['index', 'fixtures/bank-survey.csv', '--study', 'fixtures/bank-survey.yml', '--bootstrap', '0'];
    const r = csat([...BANK, '--items', 'Q1..Q4', '-f', 'json']);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout).results;
    expect(res.dimensions.map((d: { name: string; items: string[] }) => [d.name, d.items])).toEqual([
      ['银行形象', ['Q1', 'Q2']],
      ['银行产品', ['Q3', 'Q4']],
    ]);
    expect(res.items.map((x: { name: string }) => x.name)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(csat([...BANK, '--items', 'Q1..Q4']).stderr).toContain(
      'csat: warning: --items keeps no item of the scale(s) 客户关系, 服务质量, 网点环境 (scales: in fixtures/bank-survey.yml), so they are left out of the index.\n',
    );
    const zh = csat([...BANK, '--items', 'Q1..Q4', '--lang', 'zh']);
    expect(zh.stderr).toContain('--items 不含量表 客户关系、服务质量、网点环境（fixtures/bank-survey.yml 中的 scales）的任何题项，这些量表未计入指数。');
    // An item of no scale is named as before; no scale left: the index of the given items.
    const loose = csat([...BANK, '--items', 'Q1,overall']);
    expect(loose.stderr).toContain('overall belong to no dimension');
    const none = JSON.parse(csat([...BANK, '--items', 'overall', '-f', 'json']).stdout).results;
    expect([none.dimensions, none.items.map((x: { name: string }) => x.name)]).toEqual([[], ['overall']]);
    // The first name of `items`, kept until 0.3.
    expect(none.itemIndices).toEqual(none.items);
    // Without --items the study's scales are whole; --dimension on the command line wins over both.
    expect(JSON.parse(csat([...BANK, '-f', 'json']).stdout).results.dimensions.length).toBe(5);
    const cli = JSON.parse(csat([...BANK, '--items', 'Q1..Q4', '--dimension', 'A=Q5,Q6', '-f', 'json']).stdout).results;
    expect(cli.dimensions.map((d: { name: string }) => d.name)).toEqual(['A']);
    // A study target of a dropped scale goes with it.
    const dir = tmp();
    const study = join(dir, 'study.yml');
    writeFileSync(study, 'items: [q1..q6]\nscaleRange: [1, 5]\nscales:\n  Image: [q1, q2]\n  Service: [q3, q4]\ntargets:\n  Image: 10\n  Service: 10\n');
    const tg = csat(['index', FILE, '--study', study, '--items', 'q1,q2', '--bootstrap', '0', '-f', 'json']);
    expect(tg.code).toBe(0);
    expect(JSON.parse(tg.stdout).results.targets.map((x: { name: string }) => x.name)).toEqual(['Image']);
  });
  it('a bad target in the study file names the file, its line and the key, in both languages', () => {
    const dir = tmp();
    const unknown = join(dir, 'unknown.yml');
    writeFileSync(unknown, 'items: [q1..q6]\nscaleRange: [1, 5]\nscales:\n  Image: [q1, q2]\n  Service: [q3, q4]\ntarget: 50\ntargets:\n  Foo: 70\n');
    expectMessageInBothLanguages(
      ['index', FILE, '--study', unknown, '--bootstrap', '0'],
      undefined,
      2,
      `${unknown}, line 8: targets.Foo: a target names 'Foo', but targets can be set for: overall, Image, Service`,
      `${unknown}，第 8 行：targets.Foo：目标值指定了 'Foo'，但只能为以下各项设定目标值：overall、Image、Service`,
    );
    const range = join(dir, 'range.yml');
    writeFileSync(range, 'items: [q1..q6]\nscaleRange: [1, 5]\ntargets: {overall: 170}\n');
    expectMessageInBothLanguages(
      ['index', FILE, '--study', range],
      undefined,
      2,
      `${range}, line 3: targets.overall: the target 170 for 'overall' is outside the 0-100 scale of the index`,
      `${range}，第 3 行：targets.overall：'overall' 的目标值 170 超出指数的 0-100 范围`,
    );
    const single = join(dir, 'single.yml');
    writeFileSync(single, 'items: [q1..q6]\nscaleRange: [1, 5]\n\ntarget: -5\n');
    expect(csat(['index', FILE, '--study', single]).stderr).toBe(`csat: ${single}, line 4: target: the target -5 for 'overall' is outside the 0-100 scale of the index\n`);
    // The same target on the command line has no file to name.
    expect(csat(['index', FILE, '--items', 'q1..q6', '--target', 'Foo=70', '--bootstrap', '0']).stderr).toBe(
      "csat: a target names 'Foo', but targets can be set for: overall, q1, q2, q3, q4, q5, q6\n",
    );
  });
  it('--weights factor --save-composite writes each respondent\'s composite F as R computes it', () => {
    const dir = tmp();
    const out = join(dir, 'F.csv');
    const r = csat(['index', 'fixtures/factor-survey.csv', '--items', 'q1..q12', '--scale-range', '1-5', '--bootstrap', '0', '--weights', 'factor', '--save-composite', out]);
    expect(r.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('file,row,composite');
    const F = lines.slice(1).map((l) => Number(l.split(',')[2]));
    expect(F.length).toBe(ref.factor.composite.length);
    F.forEach((x, i) => expectClose(x, ref.factor.composite[i], 1e-9, 1e-12, `F ${i}`));
    // Rows are the data rows of the file (1-based), skipping incomplete ones.
    const rows = lines.slice(1).map((l) => Number(l.split(',')[1]));
    expect(rows[0]).toBe(1);
    expect(rows).not.toContain(4);
    expect(csat(['index', FILE, ...DIMS, '--save-composite', join(dir, 'x.csv')]).code).toBe(2);
  });
  it('named tiers from a text column: the index per tier as R computes it per region', () => {
    const res = JSON.parse(csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--tiers', 'region', '-f', 'json']).stdout).results;
    expect(res.tiers.method).toBe('named');
    res.tiers.items.forEach((x: { label: string; n: number; overall: { index: number } }, k: number) => {
      expect(x.label).toBe(ref.regions[k].label);
      expect(x.n).toBe(ref.regions[k].n);
      expectClose(x.overall.index, ref.regions[k].index, 1e-12);
    });
    const text = csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--tiers', 'region']).stdout;
    expect(text).toContain('Satisfaction Index by Value Tier');
    expect(text).toMatch(/│ East\s+│/);
    // Without a value column a named tier has no value range and no share of value: no empty columns (JSON keeps null).
    expect(text).toMatch(/│ Tier\s+│ N\s+│ Index │/);
    expect(text).not.toContain('Value Range');
    expect(text).not.toContain('Share of');
    expect(res.tiers.items[0].valueShare).toBeNull();
    const csv = csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--tiers', 'region', '-f', 'csv']).stdout;
    expect(csv).toMatch(/^Tier,N,Index,Satisfaction Rate \(%\)\r?$/m);
    const md = csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--tiers', 'region', '-f', 'markdown']).stdout;
    expect(md).not.toContain('Value Range');
    const html = csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--tiers', 'region', '-f', 'html']).stdout;
    expect(html).not.toContain('Share of Value');
    // With the value column it is the other way round.
    const withValue = csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--tiers', 'region', '--value-weight', 'value']).stdout;
    expect(withValue).toContain('Value Range');
  });
  it('--tiers value without --value-weight: the tier column is the value, so its share of value is shown', () => {
    const text = csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--tiers', 'value']).stdout;
    expect(text).toMatch(/│ Top 20%\s+│ 31 │ 819\.08 - 6177\.72 │\s+52\.4 │/);
    const res = JSON.parse(csat(['index', FILE, ...DIMS, '--bootstrap', '0', '--tiers', 'value', '-f', 'json']).stdout).results;
    res.tiers.items.forEach((x: { valueShare: number }, k: number) => expectClose(x.valueShare, ref.tiers[k].valueShare, 1e-12));
  });
  it('markdown and csv carry the same tables', () => {
    const md = csat(['index', FILE, ...DIMS, '--bootstrap', '40', '--value-weight', 'value', '--by', 'wave', '-f', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('Customer Satisfaction Index');
    expect(md.stdout).toMatch(/\| Overall \|/);
    expect(md.stdout).toContain('Satisfaction trap (case 3 of 6)');
    const csv = csat(['index', FILE, ...DIMS, '--bootstrap', '0', '-f', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('Customer Satisfaction Index');
    expect(csv.stdout).toMatch(new RegExp(`Overall,,1,${String(ref.equalDims.overall).slice(0, 8)}`));
    for (const out of [md.stdout, csv.stdout]) expect(out).not.toMatch(/NaN|undefined|Infinity/);
  });
  it('an item of the study (or --items) that belongs to no dimension is named in a warning, not dropped silently', () => {
    const dir = tmp();
    const study = join(dir, 'study.yml');
    writeFileSync(study, 'items: [q1..q6]\nscaleRange: [1, 5]\nscales:\n  Image: [q1, q2]\n  Service: [q3, q4]\n');
    const r = csat(['index', FILE, '--study', study, '--bootstrap', '0']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('q5, q6 belong to no dimension and are left out of the index');
    const all = csat(['index', FILE, ...DIMS, '--items', 'q1..q6', '--bootstrap', '0']);
    expect(all.stderr).not.toContain('belong to no dimension');
  });
});


describe('csat index: errors and warnings in English and Chinese (--lang zh), the same exit code', () => {
  const dir = tmp();
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const negative = file('negative.csv', 'q1,q2,q3,o,v\n1,3,2,4,10\n2,3,3,5,-1\n3,3,4,2,5\n4,3,1,3,7\n');
  const unknown = file('unknown.csv', 'Image,1\nFoo,2\nBar,1\n');
  const flat = file('flat.csv', 'q1,q2,q3,o\n1,3,2,4\n2,3,2,5\n3,3,2,2\n4,3,2,3\n');
  const two = file('two.csv', 'q1,q2,o\n1,2,4\n2,3,5\n');
  const collinear = file('collinear.csv', 'q1,q2,o\n1,2,4\n2,4,5\n3,6,2\n4,8,3\n5,10,1\n');
  const missing = join(dir, 'missing.csv');
  const B0 = ['--bootstrap', '0'];
  // [what, arguments, exit code, English line, Chinese line]
  const cases: [string, string[], number, string, string][] = [
    // src/analyses/csi.ts
    ['target outside 0-100', [FILE, ...DIMS, ...B0, '--target', '150'], 2,
      "the target 150 for 'overall' is outside the 0-100 scale of the index",
      "'overall' 的目标值 150 超出指数的 0-100 范围"],
    ['item in two dimensions', [FILE, '--dimension', 'A=q1,q2', '--dimension', 'B=q2,q3', '--scale-range', '1-5', ...B0], 2,
      "item 'q2' is in two dimensions ('A' and 'B'); an index needs each item in one",
      "题项 'q2' 属于两个维度（'A' 和 'B'）；指数要求每个题项只属于一个维度"],
    ['negative value (the row, nested)', [negative, '--items', 'q1..q3', '--scale-range', '1-5', '--value-weight', 'v', ...B0], 1,
      "the value column 'v' has the negative value -1 (row 2); customer-value weights must be zero or positive",
      "价值列 'v' 有负值 -1（第 2 行）；顾客价值权重必须为零或正数"],
    ['unknown names in a weights file (lists)', [negative, '--items', 'q1..q3', '--scale-range', '1-5', '--weights', unknown, ...B0], 2,
      `the weights file ${unknown} names 'Image', 'Foo', 'Bar', which are not among the items: q1, q2, q3`,
      `权重文件 ${unknown} 中的 'Image'、'Foo'、'Bar' 不在题项中：q1、q2、q3`],
    // src/analyses/derived-importance.ts
    ['constant items (nested list)', [flat, '--items', 'q1..q3', '--scale-range', '1-5', '--weights', 'correlation', '--outcome', 'o', ...B0], 1,
      'cannot derive correlation weights: q2 (always 3), q3 (always 2) have the same answer from every respondent used',
      '无法推导相关权重：在所用的个案中，q2（始终为 3）、q3（始终为 2） 的回答都相同'],
    ['collinear items', [collinear, '--items', 'q1..q2', '--scale-range', '1-10', '--weights', 'regression', '--outcome', 'o', ...B0], 1,
      'cannot derive regression weights: q2 is constant or (almost) a linear combination of the others (tolerance below .0001)',
      '无法推导回归权重：q2 为常量或（几乎）是其他变量的线性组合（容差低于 .0001）'],
    ["the regression's own error, passed on", [two, '--items', 'q1..q2', '--scale-range', '1-5', '--weights', 'regression', '--outcome', 'o', ...B0], 1,
      "cannot derive standardized Betas on 'o': the regression of 'o' has 2 cases; a constant, one predictor and the error variance need at least 3",
      "无法推导对 'o' 的标准化系数：'o' 的回归只有 2 个个案；常量、一个预测变量和误差方差至少需要 3 个个案"],
    // src/commands/index-command.ts
    ['--seed', [FILE, ...DIMS, '--seed', 'x'], 2,
      "--seed must be a whole number from 0 to 4294967295, not 'x'",
      "--seed 必须是0 到 4294967295 之间的整数，而不是 'x'"],
    ['--bootstrap too few', [FILE, ...DIMS, '--bootstrap', '10'], 2,
      '--bootstrap 10 is too few for a 95% percentile interval (each tail needs a resample): give 0 (no intervals) or at least 40; 2000 is usual',
      '--bootstrap 10 对 95% 百分位区间太少（每个尾部至少需要一次重抽样）：请给出 0（不计算区间）或至少 40；通常为 2000'],
    ['no weights file (nested data message)', [FILE, ...DIMS, ...B0, '--weights', missing], 3,
      `cannot read the weights file ${missing}: no such file`,
      `无法读取权重文件 ${missing}：找不到文件`],
    ['one column only', [FILE, ...DIMS, ...B0, '--value-weight', 'q1,q2'], 2,
      '--value-weight takes one column, not 2 (q1, q2)',
      '--value-weight 只能指定一列，不能是 2 列（q1、q2）'],
  ];
  it.each(cases)('%s', (_what, args, code, en, zh) => {
    const e = csat(['index', ...args, '--lang', 'en']);
    expect([e.code, e.stderr]).toEqual([code, `csat: ${en}\n`]);
    const z = csat(['index', ...args, '--lang', 'zh']);
    expect([z.code, z.stderr]).toEqual([code, `csat: ${zh}\n`]);
  });
  it('a warning', () => {
    const args = ['index', FILE, ...DIMS, ...B0];
    const e = csat([...args, '--lang', 'en']);
    expect([e.code, e.stderr]).toEqual([0, 'csat: warning: 7 row(s) with a missing answer were left out (listwise).\n']);
    const z = csat([...args, '--lang', 'zh']);
    expect([z.code, z.stderr]).toEqual([0, 'csat: 警告: 7 行有缺失回答，已按列表删除。\n']);
  });
});
