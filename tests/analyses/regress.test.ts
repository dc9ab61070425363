import { describe, expect, it } from 'vitest';
import { runRegression } from '../../src/analyses/regress.js';
import { AnalysisError, UsageError } from '../../src/errors.js';
import type { Coefficient } from '../../src/stats/regression.js';
import { expectClose } from '../helpers/close.js';
import { readFileSync } from 'node:fs';
import { expected, fixtureDataset } from '../helpers/regression-fixture.js';

const constantOnly = JSON.parse(readFileSync('fixtures/expected/regression-constant.json', 'utf8'));

const ev = ['x1', 'x2', 'x3', 'x4', 'x6'];

function checkCoefficients(got: Coefficient[], ref: Record<string, number | string | null>[], what: string): void {
  expect(got.map((c) => c.term)).toEqual(ref.map((c) => c.term));
  got.forEach((c, i) => {
    for (const k of ['b', 'stdError', 't', 'p', 'ciLower', 'ciUpper', 'beta', 'tolerance', 'vif'] as const) {
      if (ref[i][k] === null) expect(c[k]).toBeNull();
      else expectClose(c[k], ref[i][k] as number, 1e-9, 1e-12, `${what} ${c.term} ${k}`);
    }
  });
}

describe('runRegression (fixtures/regression.csv against R)', () => {
  it('ENTER: the final model, listwise cases, casewise diagnostics and /SAVE values', () => {
    const ds = fixtureDataset(['y', ...ev]);
    const out = runRegression(ds, { dependent: 'y', blocks: [ev] });
    const r = out.results;
    expect(r.n).toBe(expected.enter.n);
    expect(r.cases.used + r.cases.excluded).toBe(150);
    expect(r.predictors).toEqual(ev);
    expectClose(r.modelSummary.rSquare, expected.enter.rSquare, 1e-9, 0, 'R2');
    expectClose(r.modelSummary.durbinWatson, expected.enter.durbinWatson, 1e-9, 0, 'DW');
    checkCoefficients(r.coefficients, expected.enter.coefficients, 'enter');
    expect(r.blocks).toHaveLength(1);
    expect(r.steps).toEqual([]);
    expect(r.excluded).toEqual([]);
    expect(r.casewiseDiagnostics.map((c) => c.case)).toEqual(expected.enter.casewise.map((c: { id: number }) => c.id));
    r.casewiseDiagnostics.forEach((c, i) => {
      const e = expected.enter.casewise[i];
      for (const k of ['stdResidual', 'observed', 'predicted', 'residual'] as const) expectClose(c[k], e[k], 1e-9, 1e-12, `casewise ${k}`);
    });
    const y = ds.variables[0].values;
    let used = 0;
    out.saved.predicted.forEach((p, i) => {
      if (Number.isNaN(p)) return;
      used++;
      if (Number.isNaN(y[i])) return;
      expect(out.saved.residuals[i]).toBeCloseTo(y[i] - p, 12);
      expect(out.saved.stdResiduals[i]).toBeCloseTo(out.saved.residuals[i] / r.modelSummary.stdErrorOfEstimate, 12);
    });
    expect(used).toBe(r.cases.used + expected.savedNew.enter.length);
  });

  it('/SAVE PRED also predicts the cases whose dependent variable is missing (no residual), as SPSS does', () => {
    const out = runRegression(fixtureDataset(['y', ...ev]), { dependent: 'y', blocks: [ev] });
    for (const c of expected.savedNew.enter as { id: number; predicted: number }[]) {
      expectClose(out.saved.predicted[c.id - 1], c.predicted, 1e-9, 0, `PRE_1 of case ${c.id}`);
      expect(out.saved.residuals[c.id - 1]).toBeNaN();
      expect(out.saved.stdResiduals[c.id - 1]).toBeNaN();
    }
    const cat = runRegression(fixtureDataset(['y', 'x1', 'region']), { dependent: 'y', blocks: [['x1']], categorical: [{ variable: 'region', reference: 'north' }] });
    for (const c of expected.savedNew.categorical as { id: number; predicted: number }[]) {
      expectClose(cat.saved.predicted[c.id - 1], c.predicted, 1e-9, 0, `categorical PRE_1 of case ${c.id}`);
    }
    // A case missing a predictor stays blank.
    const ds = fixtureDataset(['y', ...ev]);
    const x1 = ds.variables[1].values;
    const blank = [...x1.keys()].find((i) => Number.isNaN(x1[i]))!;
    expect(out.saved.predicted[blank]).toBeNaN();
  });

  it('frequency weights: N is the sum of weights and every number matches replicated rows', () => {
    const r = runRegression(fixtureDataset(['y', ...ev], 'w'), { dependent: 'y', blocks: [ev] }).results;
    expect(r.n).toBe(expected.enterWeighted.n);
    expectClose(r.modelSummary.stdErrorOfEstimate, expected.enterWeighted.stdErrorOfEstimate, 1e-9, 0, 'SE');
    checkCoefficients(r.coefficients, expected.enterWeighted.coefficients, 'weighted');
  });

  it('mean substitution (SPSS /MISSING MEANSUBSTITUTION): every case, missing values replaced by means', () => {
    const r = runRegression(fixtureDataset(['y', ...ev]), { dependent: 'y', blocks: [ev], missing: 'meansub' }).results;
    const e = expected.meansub;
    expect(r.missing).toBe('meansub');
    expect(r.cases).toEqual({ used: 150, excluded: 0, substituted: e.substituted });
    expect(r.n).toBe(e.n);
    for (const k of ['r', 'rSquare', 'adjustedRSquare', 'stdErrorOfEstimate', 'durbinWatson'] as const) expectClose(r.modelSummary[k], e[k], 1e-9, 0, k);
    checkCoefficients(r.coefficients, e.coefficients, 'meansub');
    expect(r.casewiseDiagnostics.map((c) => c.case)).toEqual(e.casewise.map((c: { id: number }) => c.id));
  });

  it('hierarchical blocks: one model per block with its R-square change', () => {
    const r = runRegression(fixtureDataset(['y', ...ev]), { dependent: 'y', blocks: [['x1', 'x2'], ['x3', 'x4', 'x6']] }).results;
    expect(r.models.map((m) => m.entered)).toEqual([['x1', 'x2'], ['x3', 'x4', 'x6']]);
    expect(r.blocks.map((b) => b.predictors)).toEqual([['x1', 'x2'], ev]);
    r.blocks.forEach((b, i) => {
      const e = expected.blocks.change[i];
      for (const k of ['rSquareChange', 'fChange', 'df1', 'df2', 'pChange'] as const) expectClose(b[k], e[k], 1e-9, 1e-300, `block ${i} ${k}`);
    });
    checkCoefficients(r.models[0].coefficients, expected.blocks.models[0].coefficients, 'model 1');
    expect(r.models[0].excluded.map((e) => e.variable)).toEqual(['x3', 'x4', 'x6']);
    checkCoefficients(r.coefficients, expected.blocks.models[1].coefficients, 'final');
  });

  it('dummy-codes a text predictor with the chosen reference category (matched case-insensitively)', () => {
    const r = runRegression(fixtureDataset(['y', 'x1', 'region']), {
      dependent: 'y',
      blocks: [['x1']],
      categorical: [{ variable: 'region', reference: 'north' }],
    }).results;
    expect(r.categorical).toEqual([
      {
        variable: 'region',
        reference: 'North',
        dummies: [
          { name: 'region_East', level: 'East', code: 1 },
          { name: 'region_South', level: 'South', code: 3 },
          { name: 'region_West', level: 'West', code: 4 },
        ],
      },
    ]);
    checkCoefficients(r.coefficients, expected.categorical.coefficients, 'categorical');
    expect(() =>
      runRegression(fixtureDataset(['y', 'x1', 'region']), { dependent: 'y', blocks: [['x1', 'region']], categorical: [{ variable: 'region', reference: 'Mars' }] }),
    ).toThrow(/'Mars' is not a category of 'region'; its categories are 'East', 'North', 'South', 'West'/);
  });

  it('stepwise records every entry and removal, with change statistics that match the F-to-remove', () => {
    const names: string[] = expected.selection.variables;
    const r = runRegression(fixtureDataset(['y', ...names]), { dependent: 'y', blocks: [names], method: 'stepwise', pin: 0.2, pout: 0.25 }).results;
    const ref = expected.selection.stepwiseLoose;
    expect(r.steps.map((s) => `${s.action} ${s.variable}`)).toEqual(ref.map((s: { action: string; variable: string }) => `${s.action} ${s.variable}`));
    r.steps.forEach((s, i) => {
      checkCoefficients(s.coefficients, ref[i].model.coefficients, `step ${i + 1}`);
      expect(s.excluded.map((e) => e.variable)).toEqual(ref[i].excluded.map((e: { variable: string }) => e.variable));
    });
    const removal = r.steps.find((s) => s.action === 'removed');
    expect(removal).toBeDefined();
    expectClose(removal!.pChange, removal!.probability, 1e-9, 0, 'removal p');
    expect(removal!.rSquareChange).toBeLessThan(0);
    expect(removal!.df1).toBe(1);
    expect(r.models.map((m) => m.method)).toEqual(r.steps.map(() => 'stepwise'));
    expect(r.criteria).toEqual({ pin: 0.2, pout: 0.25, tolerance: 1e-4 });
  });

  it('backward starts from all variables (Enter) and removes', () => {
    const names: string[] = expected.selection.variables;
    const r = runRegression(fixtureDataset(['y', ...names]), { dependent: 'y', blocks: [names], method: 'backward' }).results;
    expect(r.models[0].method).toBe('enter');
    expect(r.models.slice(1).map((m) => m.removed[0])).toEqual(expected.selection.backward.slice(1).map((s: { variable: string }) => s.variable));
  });

  it('leaves out a perfectly collinear predictor with a warning naming it', () => {
    const out = runRegression(fixtureDataset(['y', 'x1', 'x2', 'x7', 'x3']), { dependent: 'y', blocks: [['x1', 'x2', 'x7', 'x3']] });
    expect(out.results.predictors).toEqual(['x1', 'x2', 'x3']);
    expect(out.results.collinear.map((c) => c.variable)).toEqual(['x7']);
    expect(out.warnings.join('\n')).toMatch(/'x7' was left out of the model: it is \(almost\) a linear combination/);
    checkCoefficients(out.results.coefficients, expected.collinear.model.coefficients, 'collinear');
  });

  it('a forward selection that enters nothing gives a result without a model, not an error', () => {
    const ds = fixtureDataset(['y', 'x3', 'x6']);
    const fwd = runRegression(ds, { dependent: 'y', blocks: [['x3', 'x6']], method: 'forward', pin: 0.001 });
    expect(fwd.results.modelSummary).toBeNull();
    expect(fwd.results.models).toEqual([]);
    expect(fwd.results.excluded.map((e) => e.variable)).toEqual(['x3', 'x6']);
    expect(fwd.results.excluded.every((e) => e.tolerance === 1)).toBe(true);
    expect(fwd.warnings).toHaveLength(1);
  });

  it('backward elimination of every predictor ends with the constant-only model, as R lm(y ~ 1)', () => {
    const ref = constantOnly;
    const out = runRegression(fixtureDataset(['y', 'x3', 'x6']), { dependent: 'y', blocks: [['x3', 'x6']], method: 'backward' });
    const r = out.results;
    if (r.modelSummary === null) throw new Error('expected a model');
    expect(r.n).toBe(ref.n);
    expect(r.models.map((m) => m.predictors)).toEqual(ref.models.map((m: { predictors: string[] }) => m.predictors));
    expect(r.models.slice(1).map((m) => m.removed[0])).toEqual(ref.removed);
    r.models.forEach((m, i) => {
      const e = ref.models[i];
      for (const k of ['r', 'rSquare', 'adjustedRSquare', 'stdErrorOfEstimate'] as const) expectClose(m[k], e[k], 1e-12, 1e-12, `model ${i + 1} ${k}`);
      expectClose(m.anova.regression.sumOfSquares, e.anova.ssr, 1e-12, 1e-12, `model ${i + 1} SSR`);
      expectClose(m.anova.residual.sumOfSquares, e.anova.sse, 1e-12, 1e-12, `model ${i + 1} SSE`);
      expect(m.anova.residual.df).toBe(e.anova.dfe);
      expect(m.coefficients.map((c) => c.term)).toEqual(e.coefficients.map((c: { term: string }) => c.term));
      m.coefficients.forEach((c, j) => {
        for (const k of ['b', 'stdError', 't', 'p', 'ciLower', 'ciUpper'] as const) expectClose(c[k], e.coefficients[j][k], 1e-10, 1e-12, `model ${i + 1} ${c.term} ${k}`);
      });
    });
    // The final model is the constant alone: no regression mean square, F or Sig.
    const last = ref.models[2];
    expect(r.predictors).toEqual([]);
    expect(r.anova.regression).toEqual({ sumOfSquares: 0, df: 0, meanSquare: null });
    expect([r.anova.f, r.anova.p]).toEqual([null, null]);
    expectClose(r.modelSummary.stdErrorOfEstimate, last.stdErrorOfEstimate, 1e-12, 0, 'sigma');
    expectClose(r.modelSummary.durbinWatson, last.durbinWatson, 1e-12, 0, 'DW');
    const change = r.models[2];
    for (const k of ['rSquareChange', 'fChange', 'pChange'] as const) expectClose(change[k], ref.lastChange[k], 1e-10, 1e-12, `change ${k}`);
    expect([change.df1, change.df2]).toEqual([ref.lastChange.df1, ref.lastChange.df2]);
    expect(r.excluded.map((e) => e.variable)).toEqual(['x3', 'x6']);
    r.excluded.forEach((e, i) => {
      for (const k of ['betaIn', 't', 'p', 'partialCorrelation', 'tolerance', 'minimumTolerance'] as const) expectClose(e[k], ref.excluded[i][k], 1e-10, 1e-12, `excluded ${e.variable} ${k}`);
    });
    for (const k of ['min', 'max', 'mean', 'sd'] as const) {
      expectClose(r.residualsStatistics.residual[k], last.residualStatistics.residual[k], 1e-10, 1e-12, `residual ${k}`);
      expectClose(r.residualsStatistics.stdResidual[k], last.residualStatistics.stdResidual[k], 1e-10, 1e-12, `std residual ${k}`);
    }
    expect(r.residualsStatistics.stdPredicted.sd).toBeNull();
    expect(out.warnings.join('\n')).toMatch(/only the constant is left/);
  });

  it('explains impossible requests', () => {
    const ds = fixtureDataset(['y', 'x1', 'x3', 'x6', 'c', 'region']);
    expect(() => runRegression(ds, { dependent: 'y', blocks: [['y', 'x1']] })).toThrow(UsageError);
    expect(() => runRegression(ds, { dependent: 'y', blocks: [['x1'], ['x1']] })).toThrow(/named twice/);
    expect(() => runRegression(ds, { dependent: 'y', blocks: [['region']] })).toThrow(/--categorical region/);
    expect(() => runRegression(ds, { dependent: 'c', blocks: [['x1']] })).toThrow(/'c' has zero variance/);
    expect(() => runRegression(ds, { dependent: 'y', blocks: [['x1']], method: 'stepwise', pin: 0.2, pout: 0.1 })).toThrow(/--pin/);
  });
});
