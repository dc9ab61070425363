/**
 * The worked quantities of --explain against R computing each formula from its definition
 * (fixtures/oracle/explain.R -> fixtures/expected/explain.json), and the slide text built from them.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCorrelations } from '../../src/analyses/corr.js';
import { alphaWorked, corrWorked, factorWorked, kmoWorked, regressionWorked } from '../../src/analyses/explain.js';
import { itemCorrelations } from '../../src/analyses/factor-input.js';
import { runFactor } from '../../src/analyses/factor.js';
import { runRegression } from '../../src/analyses/regress.js';
import { runReliability } from '../../src/analyses/reliability.js';
import { explainAlpha, explainFactor, explainKmo, explainOls } from '../../src/report/explain.js';
import { powerIteration } from '../../src/stats/power-iteration.js';
import { symmetricEigen } from '../../src/stats/eigen.js';
import { expectClose } from '../helpers/close.js';
import { factorItems, factorSurvey } from '../helpers/factor-fixture.js';
import { fixtureDataset } from '../helpers/regression-fixture.js';

const X = JSON.parse(readFileSync('fixtures/expected/explain.json', 'utf8'));
const closeAll = (a: ArrayLike<number>, e: number[], what: string) => {
  expect(a.length).toBe(e.length);
  Array.from(a).forEach((v, i) => expectClose(v, e[i], 1e-9, 1e-12, `${what}[${i}]`));
};
const textOf = (b: { kind: string }) => (b as { text: string }).text;

describe('--explain on factor-survey (q1..q12)', () => {
  const ds = factorSurvey();
  const c = itemCorrelations(ds, factorItems);

  it("alpha's two variances", () => {
    const rel = runReliability(ds, [{ name: 'ALL VARIABLES', items: factorItems }], { missingMode: 'listwise', ciLevel: 0.95 });
    const w = alphaWorked(rel.scales[0])!;
    expect(w.k).toBe(X.alpha.k);
    expectClose(w.sumItemVariances, X.alpha.sumItemVariances, 1e-9, 1e-12, 'sum s2');
    expectClose(w.totalVariance, X.alpha.totalVariance, 1e-9, 1e-12, 'st2');
    expectClose(w.alpha, X.alpha.alpha, 1e-9, 1e-12, 'alpha');
    // The formula with the numbers put in gives the alpha printed.
    expectClose((w.k / (w.k - 1)) * (1 - w.sumItemVariances / w.totalVariance), X.alpha.psych, 1e-12, 1e-12, 'formula');
    const slide = textOf(explainAlpha(w, 'en'));
    expect(slide).toContain('= 12/11 × (1 − 14.458 / 50.866)');
    expect(slide).toContain('= .781');
  });

  it("KMO's sums and Bartlett's parts", () => {
    const w = kmoWorked(c);
    for (const key of ['sumR2', 'sumA2', 'kmo', 'logDeterminant', 'bartlettFactor', 'chiSquare']) {
      expectClose(w[key as keyof typeof w] as number, X.kmo[key], 1e-9, 1e-12, key);
    }
    expectClose(w.kmo, X.kmo.psychKmo, 1e-9, 1e-12, 'psych KMO');
    expectClose(w.chiSquare, X.kmo.psychChiSquare, 1e-9, 1e-12, 'psych chi2');
    expectClose(w.sig, X.kmo.sig, 1e-9, 1e-300, 'Sig.');
    expect(w.df).toBe(X.kmo.df);
    const [kmo, bartlett] = explainKmo(w, 'zh').map(textOf);
    expect(kmo).toContain('= 9.470 / (9.470 + 2.191)');
    expect(bartlett).toContain('= −294.167 × (−3.109)');
    expect(bartlett).toContain('Sig. < .001');
  });

  it('the power-iteration steps, the first eigenvalue and the varimax criterion per sweep', () => {
    const f = runFactor(ds, { items: factorItems });
    const w = factorWorked(c, f);
    closeAll(w.powerSteps, X.factor.powerSteps, 'power steps');
    expectClose(w.firstEigenvalue, X.factor.firstEigenvalue, 1e-9, 1e-12, 'lambda1');
    expectClose(w.percentOfVariance, X.factor.percentOfVariance, 1e-9, 1e-12, '% of variance');
    closeAll(w.rotation!.criteria, X.factor.criteria, 'varimax V');
    const [eigen, rotation] = explainFactor(w, 'en').map(textOf);
    expect(eigen.split('\n').filter((l) => /step \d+: λ = /.test(l))).toHaveLength(X.factor.powerSteps.length);
    expect(eigen).toContain('λ₁ = 3.574');
    expect(rotation).toContain('sweep 3: V = 82.2981 (change .00007)');
    expect(rotation).toContain('converged in 3 sweeps');
  });
});

describe('--explain on regression.csv', () => {
  const ds = fixtureDataset(['y', 'x1', 'x2', 'x3']);

  for (const method of ['pearson', 'spearman'] as const) {
    it(`${method}: the centred sums of x1 and x2 and the t of its Sig.`, () => {
      const { results } = runCorrelations(ds, { variables: ['x1', 'x2', 'x3'], method, missing: 'listwise' });
      const w = corrWorked(ds, results, 'listwise')!;
      const e = X.corr[method];
      expect(w.n).toBe(e.n);
      for (const key of ['sxy', 'sxx', 'syy', 'r', 't', 'p']) expectClose(w[key as keyof typeof w] as number, e[key], 1e-9, 1e-15, key);
      expectClose(w.sxy / Math.sqrt(w.sxx * w.syy), e.cor, 1e-12, 1e-15, 'r from the sums');
    });
  }

  it("OLS: X'X, X'y, B and the ANOVA sums", () => {
    const out = runRegression(ds, { dependent: 'y', blocks: [['x1', 'x2', 'x3']], method: 'enter' });
    const w = regressionWorked(out)!;
    expect(w.terms).toEqual(['(Constant)', 'x1', 'x2', 'x3']);
    w.xtx.forEach((row, i) => closeAll(row, X.ols.xtx[i], `X'X row ${i}`));
    closeAll(w.xty, X.ols.xty, "X'y");
    closeAll(w.b, X.ols.b, 'B');
    for (const key of ['ssRegression', 'ssResidual', 'ssTotal', 'rSquare', 'f']) expectClose(w[key as keyof typeof w] as number, X.ols[key], 1e-9, 1e-12, key);
    expect(w.dfResidual).toBe(X.ols.dfResidual);
    const slide = textOf(explainOls(w, 'en'));
    expect(slide).toContain('⎡ 128   392   401   399 ⎤');
    expect(slide).toContain('R² = SS regression / SS total');
  });
});

describe('power iteration', () => {
  it('converges to the largest eigenvalue of a positive correlation matrix (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.double({ min: 0.05, max: 0.9, noNaN: true }), (p, rho) => {
        // Equicorrelation: lambda1 = 1 + (p - 1) rho, reached in one step from (1..1)/sqrt(p).
        const a = Float64Array.from({ length: p * p }, (_, k) => (Math.floor(k / p) === k % p ? 1 : rho));
        const r = powerIteration(a, p);
        expect(r.converged).toBe(true);
        expectClose(r.value, 1 + (p - 1) * rho, 1e-12, 1e-12, 'lambda1');
        expectClose(r.value, symmetricEigen(a, p).values[0], 1e-12, 1e-12, 'vs eigen');
      }),
    );
  });
});
