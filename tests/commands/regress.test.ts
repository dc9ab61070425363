import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';
import { expected } from '../helpers/regression-fixture.js';

const ev = 'x1,x2,x3,x4,x6';

describe('csat regress (built CLI)', () => {
  it('prints the SPSS tables and the fitted equation', () => {
    const r = csat(['regress', 'fixtures/regression.csv', '--dv', 'y', '--iv', ev]);
    expect(r.code).toBe(0);
    for (const title of ['Variables Entered/Removed', 'Model Summary', 'ANOVA', 'Coefficients', 'Residuals Statistics', 'Casewise Diagnostics']) {
      expect(r.stdout).toContain(title);
    }
    expect(r.stdout).toMatch(/Fitted equation: y = [\d.]+ \+ 0\.\d{3} x1 \+ /);
    expect(r.stdout).toContain('a. Dependent Variable: y');
    expect(r.stdout).toContain('b. Predictors: (Constant), x6, x4, x3, x2, x1');
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
    const r = csat(['regress', 'fixtures/regression.csv', '--dv', 'y', '--block', 'x1,x2', '--block', 'x3..x4,x6', '--lang', 'zh']);
    expect(r.code).toBe(0);
    for (const s of ['模型摘要', 'R 方变化量', '德宾-沃森', '系数', '未标准化系数', '容差', '残差统计', '已排除的变量', '回归方程']) expect(r.stdout).toContain(s);
    const j = JSON.parse(csat(['regress', 'fixtures/regression.csv', '--dv', 'y', '--block', 'x1,x2', '--block', 'x3,x4,x6', '-f', 'json']).stdout).results;
    expect(j.blocks).toHaveLength(2);
    expectClose(j.blocks[1].fChange, expected.blocks.change[1].fChange, 1e-12, 0, 'F change');
  });
  it('stepwise with --pin/--pout reports every step; categorical with --reference', () => {
    const r = csat(['regress', 'fixtures/regression.csv', '--dv', 'y', '--iv', 'x1..x6', '--method', 'stepwise', '--pin', '.2', '--pout', '.25', '-f', 'json']);
    expect(r.code).toBe(0);
    const steps = JSON.parse(r.stdout).results.steps;
    expect(steps.map((s: { action: string; variable: string }) => `${s.action} ${s.variable}`)).toEqual(
      expected.selection.stepwiseLoose.map((s: { action: string; variable: string }) => `${s.action} ${s.variable}`),
    );
    const c = csat(['regress', 'fixtures/regression.csv', '--dv', 'y', '--iv', 'x1', '--categorical', 'region', '--reference', 'North', '-f', 'json']);
    expect(c.code).toBe(0);
    const res = JSON.parse(c.stdout).results;
    expect(res.predictors).toEqual(['x1', 'region_East', 'region_South', 'region_West']);
    res.coefficients.forEach((x: Record<string, number>, i: number) => expectClose(x.b, expected.categorical.coefficients[i].b, 1e-12, 0, x.term as unknown as string));
  });
  it('--save-residuals and --save-predicted write SPSS /SAVE columns per input row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-regress-'));
    const file = join(dir, 'res.csv');
    const pre = join(dir, 'pre.csv');
    const r = csat(['regress', 'fixtures/regression.csv', '--dv', 'y', '--iv', ev, '--save-residuals', file, '--save-predicted']);
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
    expect(csat(['regress', 'fixtures/regression.csv', '--dv', 'y', '--iv', ev, '--save-predicted', pre]).code).toBe(0);
    expect(readFileSync(pre, 'utf8').split('\n')[0]).toBe('row,PRE_1');
  });
  it('warns about a collinear predictor; errors exit 1 or 2 with one sentence', () => {
    const col = csat(['regress', 'fixtures/regression.csv', '--dv', 'y', '--iv', 'x1,x2,x7']);
    expect(col.code).toBe(0);
    expect(col.stderr).toMatch(/warning: 'x7' was left out of the model/);
    const zero = csat(['regress', 'fixtures/regression.csv', '--dv', 'c', '--iv', 'x1']);
    expect(zero.code).toBe(1);
    expect(zero.stderr).toMatch(/'c' has zero variance/);
    expect(csat(['regress', 'fixtures/regression.csv', '--iv', 'x1']).code).toBe(2);
    expect(csat(['regress', 'fixtures/regression.csv', 'y = x1']).stderr).toMatch(/formula must look like/);
    expect(csat(['regress', 'fixtures/regression.csv', '--dv', 'y', '--iv', 'x1', '--method', 'lasso']).code).toBe(2);
    expect(csat(['regress', 'fixtures/regression.csv', '--dv', 'y', '--iv', 'x1', '--pin', '2']).code).toBe(2);
    const unknown = csat(['regress', 'fixtures/regression.csv', '--dv', 'y', '--iv', 'x99']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('hostile inputs: one line on stderr, exit 1, nothing on stdout', () => {
    const cases: [string, string[], RegExp][] = [
      ['y,x\n1,2\n', ['--dv', 'y', '--iv', 'x'], /has 1 case; a constant, one predictor and the error variance need at least 3/],
      ['y,x\n1,\n2,\n3,\n', ['--dv', 'y', '--iv', 'x'], /no case has 'y' and every predictor present/],
      ['y,x\n5,1\n5,2\n5,3\n5,4\n', ['--dv', 'y', '--iv', 'x'], /'y' has zero variance/],
      ['y,x,z\n3,1,0\n5,2,1\n7,3,0\n9,4,1\n11,5,0\n', ['--dv', 'y', '--iv', 'x,z'], /'y' is an exact linear function of 'x'/],
      ['y,x\n1,a\n2,b\n3,a\n4,b\n', ['--dv', 'y', '--iv', 'x'], /the predictor 'x' holds text \(2 categories\); dummy-code it with --categorical x/],
      ['y,x\n1,2\n2,3\n3,3\n', ['--dv', 'y', '--iv', 'x', '--weight', 'x', '--missing', '2,3'], /no case has a positive weight|no case has 'y'/],
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
    const r = csat(['regress', 'fixtures/regression.csv', '--dv', 'y', '--iv', ev, '--missing-mode', 'meansub']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${expected.meansub.substituted} missing values replaced by the mean of their variable`);
    const j = JSON.parse(csat(['regress', 'fixtures/regression.csv', '--dv', 'y', '--iv', ev, '--missing-mode', 'meansub', '-f', 'json']).stdout).results;
    expectClose(j.modelSummary.rSquare, expected.meansub.rSquare, 1e-12, 0, 'R2');
    const bad = csat(['regress', 'fixtures/regression.csv', '--dv', 'y', '--iv', ev, '--missing-mode', 'pairwise']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--missing-mode must be listwise .* or meansub/);
  });
  it('--weight acts as SPSS WEIGHT BY (N = sum of weights), as replicated rows in R', () => {
    const r = csat(['regress', 'fixtures/regression.csv', '--dv', 'y', '--iv', ev, '--weight', 'w', '-f', 'json']);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout).results;
    expect(res.n).toBe(expected.enterWeighted.n);
    expectClose(res.modelSummary.stdErrorOfEstimate, expected.enterWeighted.stdErrorOfEstimate, 1e-12, 0, 'SE');
    expectClose(res.coefficients[2].t, expected.enterWeighted.coefficients[2].t, 1e-12, 0, 't');
  });
  it('--help shows an example', () => {
    const r = csat(['regress', '--help']);
    expect(r.stdout).toContain('Example:');
    expect(r.stdout).toContain('csat regress survey.csv --dv overall --iv attitude,quality');
  });
});
