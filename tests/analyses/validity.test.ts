import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { commonMethodBias, constructValidity, fitSummary, fittedModel, validityInputOf, validityOfFit } from '../../src/analyses/validity.js';
import { centredCrossProducts } from '../../src/stats/cross-products.js';
import { buildModel } from '../../src/stats/sem/model.js';
import { covarianceFor, solve } from '../../src/stats/sem/solution.js';
import { parseModel } from '../../src/stats/sem/syntax.js';
import { expectClose } from '../helpers/close.js';
import { simpleDataset } from '../helpers/simple-dataset.js';
import { correlation, expected, groupsOf, inputOf } from '../helpers/validity-fixture.js';

describe('construct validity of a CFA (semTools / lavaan / R numbers)', () => {
  it('eight factors: alpha, CR, AVE, HTMT as the oracle; verdicts follow the thresholds', () => {
    const m = expected.models.eight;
    const r = constructValidity(inputOf(m));
    r.constructs.forEach((c, f) => {
      expect(c.factor).toBe(m.factors[f]);
      expectClose(c.alpha, m.alpha[f], 1e-9, 1e-12, `alpha ${c.factor}`);
      expectClose(c.cr, m.cr[f], 1e-9);
      expectClose(c.ave, m.ave[f] as number, 1e-9);
      expect(c.crPass).toBe(m.cr[f] >= 0.7);
      expect(c.avePass).toBe((m.ave[f] as number) >= 0.5);
      expect(c.convergent).toBe(c.loadingsPass && c.crPass && c.avePass);
    });
    // f8 loads weakly (.45-.6 in the generator): CR and AVE under their thresholds.
    expect(r.constructs[7]).toMatchObject({ crPass: false, avePass: false, convergent: false });
    r.htmt.arithmetic.forEach((row, i) => row.forEach((v, j) => expectClose(v, m.htmt[i][j], 1e-9)));
    r.htmt.geometric.forEach((row, i) => row.forEach((v, j) => expectClose(v, m.htmt2[i][j], 1e-9)));
    expect(r.htmt.mean).toBe('arithmetic');
    expect(r.htmt.aboveStrict).toEqual([]);
  });

  it('the thresholds are configurable: loadings >= .7 fail where an item loads .6', () => {
    const r = constructValidity(inputOf(expected.models.three, { loading: 0.7, htmt: 0.5 }));
    expect(r.thresholds.loading).toBe(0.7);
    expect(r.constructs.map((c) => c.loadingsPass)).toEqual(r.constructs.map((c) => c.loadingMin >= 0.7));
    expect(r.constructs.some((c) => !c.loadingsPass)).toBe(true);
    // f2-f3 HTMT .513 is above a strict limit of .5.
    expect(r.htmt.aboveStrict).toEqual([{ a: 'f2', b: 'f3', value: r.htmt.arithmetic[2][1] }]);
  });

  it('a cross-loading leaves AVE (and so Fornell-Larcker) empty for its factors; its item counts in both', () => {
    const m = expected.models.crossError;
    const r = constructValidity(inputOf(m));
    expect(r.constructs.map((c) => c.crossLoading)).toEqual([false, true, true]);
    expect(r.constructs[1].ave).toBeNull();
    expect(r.fornellLarcker.passes[1]).toBeNull();
    expect(r.constructs[2].items).toContain('f2_4');
    expectClose(r.constructs[2].alpha, m.alpha[2], 1e-9);
    expect(groupsOf(m)[2]).toHaveLength(5);
  });
});

describe('common method bias', () => {
  it("Harman's share of all items; the one-factor model compared by chi-square difference", () => {
    const r = commonMethodBias(expected.items, correlation, {
      oneFactor: { chiSquare: 5000, df: 324, cfi: 0.4, tli: 0.35, rmsea: 0.15, srmr: 0.12 },
      model: { chiSquare: 350, df: 296, cfi: 0.99, tli: 0.99, rmsea: 0.017, srmr: 0.03 },
    });
    expectClose(r.harman.share, expected.harman.share, 1e-9);
    expectClose(r.harman.eigenvalue, expected.harman.eigenvalues[0], 1e-9);
    expect(r.harman.exceeds).toBe(false);
    expect(r.difference).toMatchObject({ chiSquare: 4650, df: 28 });
    expect(r.difference!.p).toBeLessThan(1e-12);
    expect(commonMethodBias(expected.items, correlation).difference).toBeNull();
  });
});

describe("from a fit by csat's ML engine (two optimizers)", () => {
  const lines = readFileSync('fixtures/validity-survey.csv', 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  const rows = lines.slice(1).map((l) => l.split(',').map(Number));
  const fitOf = (syntax: string) => {
    const model = buildModel(parseModel(syntax));
    const columns = model.observed.map((name) => Float64Array.from(rows, (r) => r[header.indexOf(name)]));
    const n = rows.length;
    const means = columns.map((c) => c.reduce((a, b) => a + b, 0) / n);
    const S = covarianceFor(centredCrossProducts(columns, means), n, 'normal');
    return { model, sol: solve(model, S, n), S };
  };

  for (const name of ['three', 'crossError', 'eight'] as const) {
    it(`${name}: the std.all solution, CR, AVE and HTMT agree with lavaan + semTools to 5e-5 (lavaan's default optimizer stops near 1e-5)`, () => {
      const m = expected.models[name];
      const { model, sol, S } = fitOf(m.syntax);
      const input = validityInputOf(fittedModel(model, sol), S);
      expect(input.factors).toEqual(m.factors);
      expect(input.items).toEqual(m.items);
      input.solution.loadings.forEach((row, i) => row.forEach((v, f) => expectClose(v, m.lambda[i][f], 5e-5, 1e-9, `lambda ${i} ${f}`)));
      input.solution.theta.forEach((row, i) => row.forEach((v, j) => expectClose(v, m.theta[i][j], 5e-5, 1e-9, `theta ${i} ${j}`)));
      input.solution.phi.forEach((row, i) => row.forEach((v, j) => expectClose(v, m.psi[i][j], 5e-5, 1e-9, `phi ${i} ${j}`)));
      const r = constructValidity(input);
      r.constructs.forEach((c, f) => {
        expectClose(c.cr, m.cr[f], 5e-5);
        if (m.ave[f] === null) expect(c.ave).toBeNull();
        else expectClose(c.ave, m.ave[f] as number, 5e-5);
        expectClose(c.alpha, m.alpha[f], 1e-9);
      });
      r.htmt.arithmetic.forEach((row, i) => row.forEach((v, j) => expectClose(v, m.htmt[i][j], 1e-9)));
    });
  }

  it('the one-factor comparison reads the fit indices of both fits', () => {
    const study = fitOf(expected.models.three.syntax);
    const items = expected.models.three.items;
    const one = fitOf(`g =~ ${items.join(' + ')}`);
    const r = commonMethodBias(items, validityInputOf(fittedModel(study.model, study.sol), study.S).covariance, { oneFactor: fitSummary(one.sol.fit), model: fitSummary(study.sol.fit) });
    expect(r.difference!.df).toBe(3);
    expect(r.difference!.chiSquare).toBe(one.sol.fit.chisq - study.sol.fit.chisq);
    expect(r.difference!.p).toBeLessThan(1e-10);
    expectClose(r.harman.share, expected.models.three.harman, 1e-9);
  });
});

describe('validity of a fit to a dataset', () => {
  it('reads the items of the dataset listwise: alpha and HTMT as R', () => {
    const m = expected.models.three;
    const ds = simpleDataset('fixtures/validity-survey.csv', m.items);
    const fit = { factors: m.factors, observed: m.items, factorCorrelations: m.psi, parameters: m.items.flatMap((item, i) => m.factors.flatMap((f, k) => (m.lambda[i][k] !== 0 ? [{ lhs: f, op: '=~' as const, rhs: item, user: true, free: true, est: 0, se: null, z: null, p: null, stdLv: 0, stdAll: m.lambda[i][k] }] : []))) };
    const r = validityOfFit(ds, fit, { thresholds: { loading: 0.7 } });
    r.constructs.forEach((c, f) => expectClose(c.alpha, m.alpha[f], 1e-9));
    r.htmt.geometric.forEach((row, i) => row.forEach((v, j) => expectClose(v, m.htmt2[i][j], 1e-9)));
    expect(r.thresholds.loading).toBe(0.7);
  });
});
