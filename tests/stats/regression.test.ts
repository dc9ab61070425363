import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changeStatistics, fitModel, linearCombinationOf, ols, prepareRegression, residualStatistics, type OlsFit } from '../../src/stats/regression.js';
import { AnalysisError } from '../../src/errors.js';
import { expectClose } from '../helpers/close.js';
import { checkModel, completeRows, expected, loadRegressionFixture, take } from '../helpers/regression-fixture.js';

const { cols, region } = loadRegressionFixture();

function fitOf(names: string[], dep = 'y', weighted = false, extra: Record<string, Float64Array> = {}): OlsFit {
  const all = { ...cols, ...extra };
  const rows = completeRows(all, [dep, ...names]);
  return ols(
    take(all[dep], rows),
    names.map((k) => take(all[k], rows)),
    names,
    weighted ? take(cols.w, rows) : null,
    { dependent: dep },
  );
}

describe('OLS against R lm / car::vif / lmtest::dwtest (fixtures/oracle/regression.R)', () => {
  const ev = ['x1', 'x2', 'x3', 'x4', 'x6'];
  it('all predictors entered: every coefficient, SE, t, p, CI, Beta, tolerance, VIF, R, R2, F, DW', () => {
    checkModel(fitOf(ev), expected.enter, 'enter');
  });
  it('frequency weights equal replicated rows (N = sum of weights)', () => {
    checkModel(fitOf(ev, 'y', true), expected.enterWeighted, 'weighted');
  });
  it('residual statistics and casewise outliers', () => {
    const fit = fitOf(ev);
    const rs = residualStatistics(fit, null);
    for (const row of ['predicted', 'residual', 'stdPredicted', 'stdResidual'] as const) {
      for (const k of ['min', 'max', 'mean', 'sd', 'n'] as const) {
        expectClose(rs[row][k], expected.enter.residualStatistics[row][k], 1e-9, 1e-12, `${row} ${k}`);
      }
    }
    const rsw = residualStatistics(fitOf(ev, 'y', true), take(cols.w, completeRows(cols, ['y', ...ev])));
    for (const k of ['min', 'max', 'mean', 'sd', 'n'] as const) {
      expectClose(rsw.stdResidual[k], expected.enterWeighted.residualStatistics.stdResidual[k], 1e-9, 1e-12, `weighted stdResidual ${k}`);
    }
  });
  it('hierarchical blocks: each model and its R-square change (anova(m1, m2))', () => {
    const rows = completeRows(cols, ['y', ...ev]);
    const data = prepareRegression(take(cols.y, rows), ev.map((k) => take(cols[k], rows)), ev, null, 'y');
    const m1 = fitModel(data, [0, 1]);
    const m2 = fitModel(data, [0, 1, 2, 3, 4]);
    checkModel(m1, expected.blocks.models[0], 'block 1');
    checkModel(m2, expected.blocks.models[1], 'block 2');
    [changeStatistics(null, m1), changeStatistics(m1, m2)].forEach((c, i) => {
      const e = expected.blocks.change[i];
      for (const k of ['rSquareChange', 'fChange', 'df1', 'df2', 'pChange'] as const) expectClose(c[k], e[k], 1e-9, 1e-300, `change ${i} ${k}`);
    });
  });
  it('a perfectly collinear predictor (x7 = x1 + x2) is left out, the later one, as lm aliases it', () => {
    expect(expected.collinear.aliased).toEqual(['x7']);
    const fit = fitOf(['x1', 'x2', 'x7', 'x3']);
    expect(fit.collinear.map((c) => c.name)).toEqual(['x7']);
    expect(fit.collinear[0].tolerance).toBeLessThan(1e-10);
    checkModel(fit, expected.collinear.model, 'collinear');
  });
  it('stress: a predictor with mean 1e6 and near-collinear predictors (VIF ~ 6600) keep 1e-9 agreement', () => {
    const s1 = cols.x4.map((v, i) => 1e6 + v + 0.001 * cols.x6[i]);
    const s2 = cols.x1.map((v, i) => v + cols.x2[i] + 0.02 * cols.x3[i]);
    const rows = completeRows(cols, ['y', 'x1', 'x2', 'x3', 'x4', 'x6']);
    const X = [cols.x1, cols.x2, s1, s2].map((c) => take(c, rows));
    checkModel(ols(take(cols.y, rows), X, ['x1', 'x2', 's1', 's2'], null, { dependent: 'y' }), expected.stress, 'stress');
  });
  it('dummy-coded region (reference North) matches lm with relevel', () => {
    const dummies: Record<string, Float64Array> = {};
    for (const level of ['East', 'South', 'West']) dummies[`region_${level}`] = Float64Array.from(region, (r) => (r === level ? 1 : 0));
    checkModel(fitOf(['x1', 'region_East', 'region_South', 'region_West'], 'y', false, dummies), expected.categorical, 'categorical');
  });
});

describe('OLS errors and properties', () => {
  it('a constant dependent variable or too few cases is an AnalysisError naming the variable', () => {
    expect(() => ols(Float64Array.of(2, 2, 2, 2), [Float64Array.of(1, 2, 3, 4)], ['x'], null, { dependent: 'overall' })).toThrow(AnalysisError);
    expect(() => ols(Float64Array.of(2, 2, 2, 2), [Float64Array.of(1, 2, 3, 4)], ['x'], null, { dependent: 'overall' })).toThrow(/'overall' has zero variance/);
    expect(() => ols(Float64Array.of(1, 2, 4), [Float64Array.of(1, 2, 3), Float64Array.of(3, 1, 2)], ['a', 'b'])).toThrow(/3 cases for 3 parameters/);
    expect(() => ols(Float64Array.of(1, 2, 4, 3), [Float64Array.of(5, 5, 5, 5)], ['a'])).toThrow(/no predictor/);
    // Values whose sums of squares overflow or underflow are named, not called collinear.
    const x = Float64Array.of(1, 2, 3, 4, 5);
    expect(() => ols(Float64Array.of(1, 3, 2, 5, 4).map((v) => v * 1e200), [x], ['x'], null, { dependent: 'y' })).toThrow(/the values of 'y' \(largest \|value\| 5\.00e\+200\) are too large/);
    expect(() => ols(Float64Array.of(1, 3, 2, 5, 4), [x.map((v) => v * 1e-200)], ['x'])).toThrow(/the values of 'x' .* are too small/);
    // A one-row file: too few cases, not 'zero variance'.
    expect(() => ols(Float64Array.of(1), [Float64Array.of(2)], ['a'], null, { dependent: 'y' })).toThrow(/^the regression of 'y' has 1 case; a constant, one predictor and the error variance need at least 3$/);
    expect(() => ols(Float64Array.of(1, 2), [Float64Array.of(2, 1)], ['a'])).toThrow(/has 2 cases;/);
    expect(() => ols(Float64Array.of(1, 2, 4), [Float64Array.of(1, 2, 3), Float64Array.of(3, 1, 2)], ['a', 'b'])).toThrow(/\(constant \+ 2 predictors\)/);
  });
  it('an exact fit is an AnalysisError; predictions without spread have no standardized values', () => {
    const x = Float64Array.of(1, 2, 3, 4, 5);
    expect(() => ols(x.map((v) => 3 + 2 * v), [x], ['x'], null, { dependent: 'score' })).toThrow(/'score' is an exact linear function of 'x'/);
    const fit = ols(Float64Array.of(1, 0, 0, 0, 1), [x], ['x']);
    expect(fit.coefficients[1].b).toBe(0);
    const rs = residualStatistics(fit, null);
    expect(rs.stdPredicted).toEqual({ min: null, max: null, mean: null, sd: null, n: 5 });
    expect(rs.stdResidual.sd).toBeCloseTo(Math.sqrt(3 / 4), 12); // sqrt((N - q - 1) / (N - 1))
  });
  it('a constant predictor is left out with tolerance 0', () => {
    const fit = ols(Float64Array.of(1, 3, 2, 5, 4), [Float64Array.of(1, 2, 3, 4, 5), Float64Array.of(7, 7, 7, 7, 7)], ['a', 'k']);
    expect(fit.predictors).toEqual(['a']);
    expect(fit.collinear).toEqual([{ name: 'k', index: 1, tolerance: 0 }]);
  });
  const data = fc.integer({ min: 8, max: 40 }).chain((n) =>
    fc.array(fc.array(fc.integer({ min: -100, max: 100 }), { minLength: n, maxLength: n }), { minLength: 3, maxLength: 3 }),
  );
  it('residuals are orthogonal to the predictors and sum to zero; SSR + SSE = SST', () => {
    fc.assert(
      fc.property(data, (cs) => {
        const [y, a, b] = cs.map((c) => Float64Array.from(c));
        let fit: OlsFit;
        try {
          fit = ols(y, [a, b], ['a', 'b']);
        } catch (e) {
          if (e instanceof AnalysisError) return;
          throw e;
        }
        const sst = fit.anova.total.sumOfSquares;
        expect(Math.abs(fit.anova.regression.sumOfSquares + fit.anova.residual.sumOfSquares - sst)).toBeLessThanOrEqual(1e-8 * Math.max(1, sst));
        const dot = (u: Float64Array, v: Float64Array) => u.reduce((s, x, i) => s + x * v[i], 0);
        const scale = Math.sqrt(sst) * 1e3;
        expect(Math.abs(fit.residuals.reduce((s, x) => s + x, 0))).toBeLessThanOrEqual(1e-9 * scale);
        for (const j of fit.indices) expect(Math.abs(dot(fit.residuals, [a, b][j]))).toBeLessThanOrEqual(1e-9 * scale * 100);
      }),
    );
  });
  it('rescaling a predictor rescales B but leaves Beta, t and R2 unchanged', () => {
    fc.assert(
      fc.property(data, fc.double({ min: 0.001, max: 1000, noNaN: true }), (cs, s) => {
        const [y, a, b] = cs.map((c) => Float64Array.from(c));
        let f1: OlsFit;
        try {
          f1 = ols(y, [a, b], ['a', 'b']);
        } catch (e) {
          if (e instanceof AnalysisError) return;
          throw e;
        }
        if (f1.predictors.length < 2 || f1.anova.residual.sumOfSquares < 1e-6) return;
        const f2 = ols(y, [a.map((v) => v * s), b], ['a', 'b']);
        expect(f2.coefficients[1].b * s).toBeCloseTo(f1.coefficients[1].b, 6);
        expect(f2.coefficients[1].beta as number).toBeCloseTo(f1.coefficients[1].beta as number, 8);
        expect(f2.rSquare).toBeCloseTo(f1.rSquare, 10);
      }),
    );
  });
});

describe('linearCombinationOf', () => {
  it('names the predictors a collinear one is made of, and only those', () => {
    const a = Float64Array.from([2, 1, 3, 4, 6, 2, 5]);
    const b = Float64Array.from([5, 4, 1, 2, 3, 7, 5]);
    const c = Float64Array.from([1, 4, 2, 6, 2, 3, 5]);
    const d = a.map((v, i) => v + 2 * b[i]);
    const y = Float64Array.from([1, 3, 2, 5, 4, 6, 7]);
    const data = prepareRegression(y, [a, b, c, d], ['a', 'b', 'c', 'd']);
    expect(linearCombinationOf(data, [0, 1, 2], 3)).toEqual([0, 1]);
    expect(linearCombinationOf(data, [2, 0, 1], 3)).toEqual([0, 1]);
  });
});
