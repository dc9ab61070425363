import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csat } from '../helpers/cli.js';
import { expectMessageInBothLanguages, type MessageCase } from '../helpers/messages.js';
import { expectClose } from '../helpers/close.js';
import { expected } from '../helpers/regression-fixture.js';

const ev = 'x1,x2,x3,x4,x6';

describe('csat regress (built CLI)', () => {
  it('prints the SPSS tables and the fitted equation', () => {
    const r = csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', ev]);
    expect(r.code).toBe(0);
    for (const title of ['Variables Entered/Removed', 'Model Summary', 'ANOVA', 'Coefficients', 'Residuals Statistics', 'Casewise Diagnostics']) {
      expect(r.stdout).toContain(title);
    }
    expect(r.stdout).toMatch(/Fitted equation: y = [\d.]+ \+ 0\.\d{3} x1 \+ /);
    expect(r.stdout).toContain('a. Dependent Variable: y');
    expect(r.stdout).toContain('b. Predictors: (Constant), x6, x4, x3, x2, x1');
  });
  it('--save-predicted and --save-residuals naming one file write one file with all three columns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-regress-same-'));
    const file = join(dir, 'o.csv');
    const r = csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x1,x2', '--save-residuals', file, '--save-predicted', join(dir, '.', 'o.csv')]);
    expect(r.code).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('row,PRE_1,RES_1,ZRE_1');
    expect(lines[2]).toMatch(/^2,[-\d.e]+,[-\d.e]+,[-\d.e]+$/);
  });
  it('--id keys the saved rows by a column; a line (and results.savedValues in JSON) says what went where', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-regress-id-'));
    const res = join(dir, 'res.csv');
    const pre = join(dir, 'pre.csv');
    const args = ['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x1,x2', '--save-residuals', res, '--save-predicted', pre, '--id', 'id'];
    const r = csat(args);
    expect(r.code).toBe(0);
    expect(readFileSync(res, 'utf8').split('\n')[0]).toBe('id,RES_1,ZRE_1');
    expect(readFileSync(pre, 'utf8').split('\n')[2]).toMatch(/^2,[-\d.]+$/);
    expect(r.stdout).toContain(`RES_1, ZRE_1 written to ${res}, one line per data row, keyed by id.`);
    expect(r.stdout).toContain(`PRE_1 written to ${pre}, one line per data row, keyed by id.`);
    expect(csat([...args.slice(0, -2), '--lang', 'zh']).stdout).toContain(`RES_1, ZRE_1 已写入 ${res}，每个数据行一行，以行号标识。`);
    expect(JSON.parse(csat([...args, '-f', 'json']).stdout).results.savedValues).toEqual([
      { file: res, columns: ['RES_1', 'ZRE_1'] },
      { file: pre, columns: ['PRE_1'] },
    ]);
    expect(csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x1', '--id', 'id']).stderr).toBe(
      'csat: --id goes with --save-residuals or --save-predicted\n',
    );
  });
  it('a B, Std. Error or CI bound that would print as .000 is written in E notation, as SPSS does', () => {
    const rows = ['y,big,small'];
    for (let i = 0; i < 30; i++) {
      const big = 100000 + ((i * 7919) % 97) * 1000;
      const small = (i * 37) % 11;
      rows.push(`${(big * 4.1e-5 + 0.5 * small + ((i * 13) % 7) / 10).toFixed(4)},${big},${small}`);
    }
    const r = csat(['regress', '-', '--outcome', 'y', '--iv', 'big,small'], { input: rows.join('\n') + '\n' });
    expect(r.code).toBe(0);
    const line = r.stdout.split('\n').find((l) => /│ big /.test(l))!;
    const cells = line.split('│').map((c) => c.trim());
    expect(cells[3]).toMatch(/^4\.\d{3}E-5$/);
    expect(cells[4]).toMatch(/^\d\.\d{3}E-\d$/);
    expect(cells[8]).toMatch(/^\d\.\d{3}E-5$/);
    expect(cells[9]).toMatch(/^\d\.\d{3}E-5$/);
    expect(r.stdout.split('\n').find((l) => /│ small /.test(l))).not.toContain('E-');
  });
  it('a selection that enters nothing prints SPSS\'s note and the Excluded Variables, exit 0, a null model in JSON', () => {
    const args = ['regress', '-', '--outcome', 'y', '--iv', 'a', '--method', 'forward'];
    const input = 'y,a\n1,2\n2,1\n3,3\n4,1\n5,2\n6,3\n';
    const r = csat(args, { input });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      "csat: warning: no predictor of 'y' meets the entry criterion (probability of F-to-enter <= 0.05): no variables were entered into the equation\n",
    );
    expect(r.stdout).toContain('Variables Entered/Removed');
    expect(r.stdout).toContain('b. No variables were entered into the equation.');
    expect(r.stdout).toContain('Excluded Variables');
    expect(r.stdout).toMatch(/│ 1 +│ a +│/);
    expect(r.stdout).toContain('b. Predictors in the Model: (Constant)');
    expect(r.stdout).not.toContain('Coefficients');
    const z = csat([...args, '--lang', 'zh'], { input });
    expect(z.code).toBe(0);
    expect(z.stdout).toContain('b. 没有任何变量输入到方程中。');
    expect(z.stderr).toBe("csat: 警告: 'y' 的预测变量都不满足输入条件（要输入的 F 的概率 <= 0.05）：没有任何变量输入到方程中\n");
    const j = JSON.parse(csat([...args, '-f', 'json'], { input }).stdout).results;
    expect(j.modelSummary).toBeNull();
    expect(j.models).toEqual([]);
    expect(j.steps).toEqual([]);
    expect(j.excluded.map((e: { variable: string }) => e.variable)).toEqual(['a']);
    expect(csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x3,x6', '--method', 'stepwise']).code).toBe(0);
  });
  it('backward elimination that removes every predictor prints the constant-only model as SPSS does, exit 0', () => {
    const args = ['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x3,x6', '--method', 'backward'];
    const r = csat(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ 3 +│ \. +│ x6 +│ Backward/);
    expect(r.stdout).toMatch(/│ 3 +│ \.000ᶜ │ +\.000 │ +\.000 │/);
    expect(r.stdout).toContain('c. Predictor: (constant)');
    expect(r.stdout).toMatch(/│ 3 +│ Regression │ +\.000 │ +0 │ +\. │ +\. │ +\.ᵈ │/);
    expect(r.stdout).toMatch(/│ 3 +│ \(Constant\) │ +4\.067 │/);
    expect(r.stdout).toContain('c. Predictors in the Model: (Constant)');
    expect(r.stdout).toContain('Fitted equation: y = 4.067');
    expect(r.stdout).not.toContain('Standardized equation');
    expect(r.stderr).toContain('only the constant is left in the equation');
    const z = csat([...args, '--lang', 'zh']);
    expect(z.stdout).toContain('c. 预测变量：（常量）');
    expect(z.stderr).toContain('方程中只剩下常量');
    const j = JSON.parse(csat([...args, '-f', 'json']).stdout).results;
    expect(j.predictors).toEqual([]);
    expect(j.models).toHaveLength(3);
    expect(j.anova.f).toBeNull();
    expect(j.coefficients.map((c: { term: string }) => c.term)).toEqual(['(Constant)']);
    expect(j.excluded.map((e: { variable: string }) => e.variable)).toEqual(['x3', 'x6']);
  });
  it("Std. Error of the Estimate prints the dependent's decimals + 3, as SPSS (R's sigma, fixtures/expected/regression-constant.json)", () => {
    const seCell = (stdout: string) => stdout.split('\n').find((l) => /^│ 1 +│ \.\d{3}ᵃ/.test(l))!.split('│')[5].trim();
    // y has two decimals in the CSV (3.27): 5 decimals; sigma = 1.06445004770237.
    expect(seCell(csat(['regress', 'fixtures/regression.csv', 'y ~ x3 + x6']).stdout)).toBe('1.06445');
    // Whole-number answers (F?.0): 3 decimals.
    expect(seCell(csat(['regress', 'fixtures/telephone-survey.csv', 'overall ~ att1 + att2 + qual1']).stdout)).toBe('.729');
  });
  it('-f html adds the Betas of the model as a bar chart, largest first; text has none', () => {
    // --html-charts svg: the Chinese chart stays SVG to be read here (auto draws it as a picture).
    const html = csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', ev, '-f', 'html', '--lang', 'zh', '--html-charts', 'svg']).stdout;
    expect(csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', ev, '-f', 'html', '--lang', 'zh']).stdout).toMatch(/<div class="chart"><img src="data:image\/png;base64,[^"]+" width="\d+" height="\d+" alt="y 的影响因素：标准化系数 Beta">/);
    const svg = /<div class="chart">(<svg [\s\S]*?<\/svg>)<\/div>/.exec(html)![1];
    expect(svg).toContain('>y 的影响因素：标准化系数 Beta<');
    const values = [...svg.matchAll(/<title>(x\d): Beta (-?[\d.]+)/g)].map((m) => Math.abs(Number(m[2])));
    expect(values).toHaveLength(ev.split(',').length);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', ev]).stdout).not.toContain('<svg');
  });

  it('JSON: the issue contract, every number as R computes it', () => {
    const r = csat(['ols', 'fixtures/regression.csv', 'y ~ x1 + x2 + x3 + x4 + x6', '-f', 'json']);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout).results;
    for (const k of ['dependent', 'predictors', 'n', 'modelSummary', 'anova', 'coefficients', 'blocks', 'steps']) expect(res).toHaveProperty(k);
    expect(Object.keys(res.modelSummary)).toEqual(['r', 'rSquare', 'adjustedRSquare', 'stdErrorOfEstimate', 'durbinWatson']);
    expect(Object.keys(res.anova)).toEqual(['regression', 'residual', 'total', 'f', 'p']);
    expect(Object.keys(res.coefficients[0])).toEqual(['term', 'b', 'stdError', 'beta', 't', 'p', 'ciLower', 'ciUpper', 'tolerance', 'vif']);
    expect(Object.keys(res.blocks[0])).toEqual(['predictors', 'r', 'rSquare', 'adjustedRSquare', 'stdErrorOfEstimate', 'rSquareChange', 'fChange', 'df1', 'df2', 'pChange']);
    expect(res.coefficients[0]).toMatchObject({ term: '(Constant)', beta: null, tolerance: null, vif: null });
    expect(res.n).toBe(expected.enter.n);
    expectClose(res.modelSummary.durbinWatson, expected.enter.durbinWatson, 1e-12, 0, 'DW');
    res.coefficients.forEach((c: Record<string, number>, i: number) => expectClose(c.b, expected.enter.coefficients[i].b, 1e-12, 0, `B ${c.term}`));
  });
  it('hierarchical blocks with R-square change, and Chinese output', () => {
    const r = csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--block', 'x1,x2', '--block', 'x3..x4,x6', '--lang', 'zh']);
    expect(r.code).toBe(0);
    for (const s of ['模型摘要', 'R 方变化量', '德宾-沃森', '系数', '未标准化系数', '容差', '残差统计', '已排除的变量', '回归方程']) expect(r.stdout).toContain(s);
    const j = JSON.parse(csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--block', 'x1,x2', '--block', 'x3,x4,x6', '-f', 'json']).stdout).results;
    expect(j.blocks).toHaveLength(2);
    expectClose(j.blocks[1].fChange, expected.blocks.change[1].fChange, 1e-12, 0, 'F change');
  });
  it('stepwise with --pin/--pout reports every step; categorical with --reference', () => {
    const r = csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x1..x6', '--method', 'stepwise', '--pin', '.2', '--pout', '.25', '-f', 'json']);
    expect(r.code).toBe(0);
    const steps = JSON.parse(r.stdout).results.steps;
    expect(steps.map((s: { action: string; variable: string }) => `${s.action} ${s.variable}`)).toEqual(
      expected.selection.stepwiseLoose.map((s: { action: string; variable: string }) => `${s.action} ${s.variable}`),
    );
    const c = csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x1', '--categorical', 'region', '--reference', 'North', '-f', 'json']);
    expect(c.code).toBe(0);
    const res = JSON.parse(c.stdout).results;
    expect(res.predictors).toEqual(['x1', 'region_East', 'region_South', 'region_West']);
    res.coefficients.forEach((x: Record<string, number>, i: number) => expectClose(x.b, expected.categorical.coefficients[i].b, 1e-12, 0, x.term as unknown as string));
  });
  it('--save-residuals and --save-predicted write SPSS /SAVE columns per input row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-regress-'));
    const file = join(dir, 'res.csv');
    const pre = join(dir, 'pre.csv');
    const r = csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', ev, '--save-residuals', file, '--save-predicted']);
    expect(r.code).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('row,PRE_1,RES_1,ZRE_1');
    expect(lines).toHaveLength(151);
    // Cases left out for a missing y still get PRE_1 (SPSS /SAVE PRED); the rest are blank.
    expect(lines.filter((l) => l.endsWith(',,,')).length).toBe(150 - expected.enter.n - expected.savedNew.enter.length);
    const c = expected.savedNew.enter[0];
    const row = lines[c.id].split(',');
    expectClose(Number(row[1]), c.predicted, 1e-12, 0, 'PRE_1 of a case without y');
    expect(row.slice(2)).toEqual(['', '']);
    expect(csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', ev, '--save-predicted', pre]).code).toBe(0);
    expect(readFileSync(pre, 'utf8').split('\n')[0]).toBe('row,PRE_1');
  });
  it('warns about a collinear predictor; errors exit 1 or 2 with one sentence', () => {
    const col = csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x1,x2,x7']);
    expect(col.code).toBe(0);
    expect(col.stderr).toMatch(/warning: 'x7' was left out of the model/);
    const zero = csat(['regress', 'fixtures/regression.csv', '--outcome', 'c', '--iv', 'x1']);
    expect(zero.code).toBe(1);
    expect(zero.stderr).toMatch(/'c' has zero variance/);
    // FORWARD and STEPWISE enter nothing on a constant outcome: the same error, not NaN statistics
    // ('internal error: formatNumber got NaN' in text, exit 0 with a misleading warning in JSON).
    for (const method of ['forward', 'stepwise', 'backward']) {
      for (const format of ['text', 'json']) {
        const r = csat(['regress', 'fixtures/regression.csv', '--outcome', 'c', '--iv', 'x1,x2', '--method', method, '-f', format]);
        expect(r.stderr, `${method} ${format}`).toBe("csat: the dependent variable 'c' has zero variance (every one of the 139 cases has the value 3), so no regression can be fitted\n");
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
      }
    }
    expect(csat(['regress', 'fixtures/regression.csv', '--iv', 'x1']).code).toBe(2);
    expect(csat(['regress', 'fixtures/regression.csv', 'y = x1']).stderr).toMatch(/formula must look like/);
    expect(csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x1', '--method', 'lasso']).code).toBe(2);
    expect(csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x1', '--pin', '2']).code).toBe(2);
    const unknown = csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x99']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('hostile inputs: one line on stderr, exit 1, nothing on stdout', () => {
    const cases: [string, string[], RegExp][] = [
      ['y,x\n1,2\n', ['--outcome', 'y', '--iv', 'x'], /has 1 case; a constant, one predictor and the error variance need at least 3/],
      ['y,x\n1,\n2,\n3,\n', ['--outcome', 'y', '--iv', 'x'], /'x' has no values/],
      ['y,x\n1,\n,2\n3,\n', ['--outcome', 'y', '--iv', 'x'], /no case has 'y' and every predictor present/],
      ['y,x\n5,1\n5,2\n5,3\n5,4\n', ['--outcome', 'y', '--iv', 'x'], /'y' has zero variance/],
      ['y,x,z\n3,1,0\n5,2,1\n7,3,0\n9,4,1\n11,5,0\n', ['--outcome', 'y', '--iv', 'x,z'], /'y' is an exact linear function of 'x'/],
      ['y,x\n1,a\n2,b\n3,a\n4,b\n', ['--outcome', 'y', '--iv', 'x'], /the predictor 'x' holds text \(2 categories\); dummy-code it with --categorical x/],
      ['y,x\n1,2\n2,3\n3,3\n', ['--outcome', 'y', '--iv', 'x', '--weight', 'x', '--missing', '2,3'], /no case has a positive weight|no case has 'y'/],
    ];
    for (const [input, args, message] of cases) {
      const r = csat(['regress', '-', ...args], { input });
      expect(r.code, String(message)).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
  it('--missing-mode meansub uses every case and says how many values it replaced', () => {
    const r = csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', ev, '--missing-mode', 'meansub']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${expected.meansub.substituted} missing values replaced by the mean of their variable`);
    const j = JSON.parse(csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', ev, '--missing-mode', 'meansub', '-f', 'json']).stdout).results;
    expectClose(j.modelSummary.rSquare, expected.meansub.rSquare, 1e-12, 0, 'R2');
    const bad = csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', ev, '--missing-mode', 'pairwise']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--missing-mode must be listwise .* or meansub/);
  });
  it('--weight acts as SPSS WEIGHT BY (N = sum of weights), as replicated rows in R', () => {
    const r = csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', ev, '--weight', 'w', '-f', 'json']);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout).results;
    expect(res.n).toBe(expected.enterWeighted.n);
    expectClose(res.modelSummary.stdErrorOfEstimate, expected.enterWeighted.stdErrorOfEstimate, 1e-12, 0, 'SE');
    expectClose(res.coefficients[2].t, expected.enterWeighted.coefficients[2].t, 1e-12, 0, 't');
  });
  it('--help shows an example', () => {
    const r = csat(['regress', '--help']);
    expect(r.stdout).toContain('Example:');
    expect(r.stdout).toContain('csat regress survey.csv --outcome overall --iv attitude,quality');
  });
});

describe('csat regress messages in English and Chinese (built CLI)', () => {
  const F = 'fixtures/regression.csv';
  // At least one message per throwing module.
  const cases: MessageCase[] = [
    [
      'a probability option out of range (command)',
      ['regress', F, '--outcome', 'y', '--iv', 'x1', '--pin', '2'],
      undefined,
      2,
      "--pin must be a number above 0 and below 1, not '2'",
      "--pin 必须是大于 0 且小于 1 的数，而不是 '2'",
    ],
    [
      'a formula without ~ (command)',
      ['regress', F, 'y = x1'],
      undefined,
      2,
      'the formula must look like "y ~ a + b", not \'y = x1\'',
      '公式必须形如 "y ~ a + b"，而不是 \'y = x1\'',
    ],
    [
      'two dependent columns (command, a list)',
      ['regress', F, '--outcome', 'y,x1', '--iv', 'x2'],
      undefined,
      2,
      'the dependent variable must be one column, not 2 (y, x1)',
      '因变量必须是一列，而不是 2 列（y、x1）',
    ],
    [
      '--iv and --block together (command)',
      ['regress', F, '--outcome', 'y', '--iv', 'x1', '--block', 'x2'],
      undefined,
      2,
      'give the predictors either with --iv (one block) or with --block (repeated), not both',
      '请用 --iv（一个块）或 --block（可重复）给出预测变量，不能两者都用',
    ],
    [
      '--pin not below --pout (analysis)',
      ['regress', F, '--outcome', 'y', '--iv', 'x1', '--method', 'stepwise', '--pin', '.3', '--pout', '.2'],
      undefined,
      2,
      '--pin (0.3) must be smaller than --pout (0.2), or a variable could enter and leave forever',
      '--pin（0.3）必须小于 --pout（0.2），否则变量可能无休止地反复输入和除去',
    ],
    [
      'an unknown reference category (analysis, a list)',
      ['regress', F, '--outcome', 'y', '--iv', 'x1', '--categorical', 'region', '--reference', 'Mars'],
      undefined,
      2,
      "--reference: 'Mars' is not a category of 'region'; its categories are 'East', 'North', 'South', 'West'",
      "--reference：'Mars' 不是 'region' 的类别；其类别为 'East'、'North'、'South'、'West'",
    ],
    [
      'a text predictor (analysis)',
      ['regress', F, '--outcome', 'y', '--iv', 'region'],
      undefined,
      1,
      "the predictor 'region' holds text (4 categories); dummy-code it with --categorical region",
      "预测变量 'region' 包含文本（4 个类别）；请用 --categorical region 对其进行虚拟编码",
    ],
    [
      'a constant dependent variable (fit)',
      ['regress', F, '--outcome', 'c', '--iv', 'x1'],
      undefined,
      1,
      "the dependent variable 'c' has zero variance (every one of the 145 cases has the value 3), so no regression can be fitted",
      "因变量 'c' 的方差为零（全部 145 个个案的值都是 3），因此无法拟合回归",
    ],
    [
      'as many cases as parameters (fit)',
      ['regress', '-', '--outcome', 'y', '--iv', 'a,b'],
      'y,a,b\n1,2,1\n2,1,3\n3,5,1\n',
      1,
      "the regression of 'y' has 3 cases for 3 parameters (constant + 2 predictors); at least 4 cases are needed to estimate the error variance",
      "'y' 的回归有 3 个个案、3 个参数（常量 + 2 个预测变量）；至少需要 4 个个案才能估算误差方差",
    ],
    [
      'values too large for floating point (prepared data)',
      ['regress', '-', '--outcome', 'y', '--iv', 'a'],
      'y,a\n1,1e160\n2,3e160\n3,2e160\n4,5e160\n',
      1,
      "the values of 'a' (largest |value| 5.00e+160) are too large for its sum of squares to exist in floating point; rescale it (multiply or divide by a power of ten) first",
      "'a' 的值（最大绝对值 5.00e+160）太大，其平方和无法用浮点数表示；请先调整其尺度（乘以或除以 10 的幂）",
    ],
    [
      'values near 1e307: the sums of squares overflow to NaN, still "too large", not an exact fit',
      ['regress', '-', '--outcome', 'a', '--iv', 'b'],
      'a,b\n1e307,2e307\n-1e307,-3e307\n5e306,5e307\n-8e306,1e307\n',
      1,
      "the values of 'b' (largest |value| 5.00e+307) are too large for its sum of squares to exist in floating point; rescale it (multiply or divide by a power of ten) first",
      "'b' 的值（最大绝对值 5.00e+307）太大，其平方和无法用浮点数表示；请先调整其尺度（乘以或除以 10 的幂）",
    ],
    [
      'too few cases once collinear predictors are dropped: counts the predictors asked for and names the dropped',
      ['regress', '-', '--outcome', 'y', '--iv', 'a,b,c,d'],
      'y,a,b,c,d\n1,2,5,1,3\n3,1,4,4,2\n2,3,1,2,8\n5,4,2,6,1\n',
      1,
      "the regression of 'y' has 4 cases for 5 parameters (constant + 4 predictors); at least 6 cases are needed to estimate the error variance ('d' left out as constant or collinear, and the 3 left still use up every case)",
      "'y' 的回归有 4 个个案、5 个参数（常量 + 4 个预测变量）；至少需要 6 个个案才能估算误差方差（'d' 因为常量或共线已被排除，剩下的 3 个仍用尽了全部个案）",
    ],
    [
      'a predictor with no values at all is named',
      ['regress', '-', '--outcome', 'y', '--iv', 'a,b'],
      'y,a,b\n1,2,\n3,1,\n2,3,\n5,4,\n',
      1,
      "'b' has no values (every row is empty or missing), so no case can be used",
      "'b' 没有任何值（每一行都为空或缺失），因此没有可用的个案",
    ],
    [
      '--reference without --categorical',
      ['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x1', '--reference', 'North'],
      undefined,
      2,
      '--reference North goes with --categorical (or factor(x) in a formula): name the predictor to dummy-code',
      '--reference North 须与 --categorical（或公式中的 factor(x)）一起使用：请指定要虚拟编码的预测变量',
    ],
    [
      'a saved file may not be the report',
      ['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x1', '--save-residuals', 'never-written.csv', '-o', './never-written.csv'],
      undefined,
      2,
      '--save-residuals never-written.csv is the same file as the report (-o ./never-written.csv); give the saved values a file of their own',
      '--save-residuals never-written.csv 与报告（-o ./never-written.csv）是同一个文件；请为保存的值另外指定一个文件',
    ],
  ];

  it.each(cases)('%s', (_, args, input, code, en, zh) => expectMessageInBothLanguages(args, input, code, en, zh));

  it('the collinearity warning, in either language, on stderr and in the JSON alike', () => {
    const args = ['regress', F, '--outcome', 'y', '--iv', 'x1,x2,x7'];
    const en =
      "'x7' was left out of the model: it is (almost) a linear combination of 'x1', 'x2' (tolerance 0.0e+0, below 0.0001), as SPSS REGRESSION's tolerance criterion leaves it out";
    const e = csat([...args, '--lang', 'en']);
    expect(e.code).toBe(0);
    expect(e.stderr).toBe(`csat: warning: ${en}\n`);
    const z = csat([...args, '--lang', 'zh']);
    expect(z.code).toBe(0);
    const zh = "'x7' 已从模型中排除：它（几乎）是 'x1'、'x2' 的线性组合（容差 0.0e+0，低于 0.0001）；SPSS REGRESSION 的容差条件同样会排除它";
    expect(z.stderr).toBe(`csat: 警告: ${zh}\n`);
    const c = csat(['regress', '-', '--outcome', 'y', '--iv', 'a,b', '--lang', 'zh'], { input: 'y,a,b\n1,2,1\n2,3,1\n3,5,1\n4,1,1\n' });
    expect(c.stderr).toBe("csat: 警告: 'b' 已从模型中排除：它在所用个案中为常量；SPSS REGRESSION 的容差条件同样会排除它\n");
    expect(JSON.parse(csat([...args, '--lang', 'zh', '-f', 'json']).stdout).warnings).toContain(zh);
    expect(JSON.parse(csat([...args, '--lang', 'en', '-f', 'json']).stdout).warnings).toContain(en);
  });
});
