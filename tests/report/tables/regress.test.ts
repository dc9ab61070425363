import { describe, expect, it } from 'vitest';
import { runRegression } from '../../../src/analyses/regress.js';
import { fittedEquation, regressBlocks, standardizedEquation } from '../../../src/report/tables/regress.js';
import type { Block } from '../../../src/report/table.js';
import type { Coefficient } from '../../../src/stats/regression.js';
import { fixtureDataset } from '../../helpers/regression-fixture.js';

type TableBlock = Extract<Block, { kind: 'table' }>;
const tables = (b: Block[]) => b.filter((x): x is TableBlock => x.kind === 'table');
const coef = (term: string, b: number): Coefficient => ({ term, b, stdError: 1, beta: null, t: 1, p: 1, ciLower: 0, ciUpper: 0, tolerance: null, vif: null });

describe('regressBlocks', () => {
  it('the fitted equation as papers write it', () => {
    expect(fittedEquation('Y', [coef('(Constant)', 0.6556), coef('X1', 0.0384), coef('X2', 0.1234)])).toBe('Y = 0.656 + 0.038 X1 + 0.123 X2');
    expect(fittedEquation('sales', [coef('(Constant)', -26.6129), coef('adverts', 0.0849), coef('x', -3.3674)])).toBe('sales = -26.613 + 0.085 adverts - 3.367 x');
    expect(fittedEquation('y', [coef('(Constant)', 2), coef('income', 0.0000123)])).toBe('y = 2.000 + 0.0000123 income');
    const betas = [coef('(Constant)', 1), { ...coef('q1', 0.2), beta: -0.1624 }, { ...coef('q2', 0.3), beta: 0.5 }];
    expect(standardizedEquation('overall', betas)).toBe('overall = -0.162 q1 + 0.500 q2');
  });
  it('SPSS tables in order, change statistics only with several models, Durbin-Watson on the last', () => {
    const ds = fixtureDataset(['y', 'x1', 'x2', 'x3', 'x4', 'x6']);
    const one = tables(regressBlocks(runRegression(ds, { dependent: 'y', blocks: [['x1', 'x2']] }).results, 'en'));
    expect(one.map((t) => t.id)).toEqual(['variables-entered-removed', 'model-summary', 'anova', 'coefficients', 'casewise-diagnostics', 'residuals-statistics']);
    const summary = one[1];
    expect(summary.columns.map((c) => c.header)).toEqual(['Model', 'R', 'R Square', 'Adjusted R Square', 'Std. Error of the Estimate', 'Durbin-Watson']);
    expect(summary.footnotes).toEqual(['a. Predictors: (Constant), x2, x1', 'b. Dependent Variable: y']);
    const two = regressBlocks(runRegression(ds, { dependent: 'y', blocks: [['x1', 'x2'], ['x3', 'x4', 'x6']] }).results, 'en');
    const ms = tables(two).find((t) => t.id === 'model-summary') as TableBlock;
    expect(ms.groups?.map((g) => g.label)).toEqual(['', 'Change Statistics', '']);
    expect(ms.rows[0][ms.columns.length - 1]).toBeNull();
    expect(ms.rows[1][ms.columns.length - 1]).toBeTypeOf('number');
    const ex = tables(two).find((t) => t.id === 'excluded-variables') as TableBlock;
    expect(ex.rows.map((r) => r[1])).toEqual(['x3', 'x4', 'x6']);
    expect(ex.footnotes).toEqual(['a. Dependent Variable: y', 'b. Predictors in the Model: (Constant), x2, x1']);
    expect(two.some((b) => b.kind === 'text' && b.text.startsWith('Fitted equation: y = '))).toBe(true);
  });
  it("SPSS's superscript markers link titles and cells to the footnotes", () => {
    const ds = fixtureDataset(['y', 'x1', 'x2', 'x3', 'x4', 'x6']);
    const one = tables(regressBlocks(runRegression(ds, { dependent: 'y', blocks: [['x1', 'x2']] }).results, 'en'));
    const byId = (ts: TableBlock[], id: string) => ts.find((t) => t.id === id) as TableBlock;
    // Variables Entered/Removedᵃ: a. Dependent Variable; the entered cell of an Enter model b.
    expect(byId(one, 'variables-entered-removed').title).toBe('Variables Entered/Removedᵃ');
    expect(byId(one, 'variables-entered-removed').rows[0][1]).toBe('x2, x1ᵇ');
    // Model Summaryᵇ: R .xxxᵃ (a. Predictors), b. Dependent Variable.
    const ms = byId(one, 'model-summary');
    expect(ms.title).toBe('Model Summaryᵇ');
    expect(ms.rows[0][1]).toMatchObject({ suffix: 'ᵃ' });
    // ANOVAᵃ (a. Dependent Variable), Sig. .000ᵇ (b. Predictors).
    const anova = byId(one, 'anova');
    expect(anova.title).toBe('ANOVAᵃ');
    expect(anova.rows[0][6]).toMatchObject({ suffix: 'ᵇ' });
    expect(anova.footnotes?.[1]).toMatch(/^b\. Predictors/);
    for (const id of ['coefficients', 'residuals-statistics']) expect(byId(one, id).title).toMatch(/ᵃ$/);
    // Two models: R ᵃ and ᵇ, the summary's title ᶜ; ANOVA's Sig. ᵇ and ᶜ.
    const two = tables(regressBlocks(runRegression(ds, { dependent: 'y', blocks: [['x1', 'x2'], ['x3', 'x4', 'x6']] }).results, 'en'));
    const ms2 = byId(two, 'model-summary');
    expect(ms2.title).toBe('Model Summaryᶜ');
    expect(ms2.rows.map((r) => (r[1] as { suffix: string }).suffix)).toEqual(['ᵃ', 'ᵇ']);
    expect(ms2.footnotes?.[2]).toBe('c. Dependent Variable: y');
    const a2 = byId(two, 'anova');
    expect([a2.rows[0][6], a2.rows[3][6]].map((c) => (c as { suffix: string }).suffix)).toEqual(['ᵇ', 'ᶜ']);
    expect(a2.footnotes?.slice(1).map((f) => f[0])).toEqual(['b', 'c']);
    expect(byId(two, 'excluded-variables').title).toBe('Excluded Variablesᵃ');
  });
  it('Chinese titles and columns of SPSS Statistics Chinese edition', () => {
    const ds = fixtureDataset(['y', 'x1', 'x2', 'region']);
    const r = runRegression(ds, { dependent: 'y', blocks: [['x1', 'x2']], method: 'stepwise', categorical: [{ variable: 'region' }] }).results;
    const b = regressBlocks(r, 'zh');
    const ts = tables(b);
    // Stepwise: one model per step; the summary's marker follows one predictors note per model.
    const k = r.models.length;
    const sup = (i: number) => [...'ᵃᵇᶜᵈᵉᶠ'][i];
    expect(ts.map((t) => t.title)).toEqual(
      ['输入/除去的变量ᵃ', `模型摘要${sup(k)}`, 'ANOVA（方差分析）ᵃ', '系数ᵃ', '已排除的变量ᵃ', '个案诊断ᵃ', '残差统计ᵃ'].filter((x) => ts.some((t) => t.title === x)),
    );
    expect(ts.length).toBeGreaterThanOrEqual(5);
    const coefTable = ts.find((t) => t.id === 'coefficients') as TableBlock;
    expect(coefTable.groups?.map((g) => g.label)).toEqual(['', '未标准化系数', '标准化系数', '', 'B 的 95.0% 置信区间', '共线性统计']);
    expect(coefTable.columns.map((c) => c.header)).toContain('容差');
    expect(coefTable.rows[0][1]).toBe('（常量）');
    expect(ts[0].rows[0][3]).toBe('步进（条件：要输入的 F 的概率 <= .050，要除去的 F 的概率 >= .100）。');
    expect(b.some((x) => x.kind === 'text' && x.text.includes('参考类别为“East”'))).toBe(true);
  });
});
