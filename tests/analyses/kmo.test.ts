/** runKmo on fixtures/factor-survey.csv against fixtures/expected/factor*.json (R: psych::KMO, cortest.bartlett). */
import { describe, expect, it } from 'vitest';
import { runKmo } from '../../src/analyses/kmo.js';
import { kmoAdequacy } from '../../src/stats/sphericity.js';
import { runFactor } from '../../src/analyses/factor.js';
import { AnalysisError } from '../../src/errors.js';
import { expectClose } from '../helpers/close.js';
import { fixtureDataset } from '../helpers/regression-fixture.js';
import { factorExpected, factorSurvey } from '../helpers/factor-fixture.js';

for (const weighted of [false, true]) {
  describe(`kmo on factor-survey${weighted ? ' weighted by w' : ''}`, () => {
    const ex = factorExpected(weighted);
    it('KMO, MSA, Bartlett, determinant, anti-image matrices', () => {
      const r = runKmo(factorSurvey(weighted), { antiImage: true });
      expect(r.n).toBe(ex.n);
      expect(r.items).toEqual(ex.items);
      expectClose(r.kmo, ex.kmo, 1e-9, 1e-12, 'KMO');
      r.msa.forEach((m, j) => expectClose(m.msa, ex.msa[j], 1e-9, 1e-12, `MSA ${m.item}`));
      expectClose(r.bartlett.chiSquare, ex.bartlett.chiSquare, 1e-9, 1e-12, 'chi2');
      expect(r.bartlett.df).toBe(66);
      expectClose(r.bartlett.p, ex.bartlett.p, 1e-9, 1e-300, 'p');
      expectClose(r.determinant, ex.determinant, 1e-9, 1e-300, 'det');
      r.antiImage!.covariance.forEach((row, i) =>
        row.forEach((v, j) => {
          expectClose(v, ex.antiImageCovariance[i][j], 1e-9, 1e-12, `AIC ${i},${j}`);
          expectClose(v, ex.psychImCov[i][j], 1e-9, 1e-12, `psych ImCov ${i},${j}`);
        }),
      );
      r.antiImage!.correlation.forEach((row, i) => row.forEach((v, j) => expectClose(v, ex.antiImageCorrelation[i][j], 1e-9, 1e-12, `AIR ${i},${j}`)));
    });
  });
}

describe('Kaiser labels', () => {
  it('follow Kaiser (1974)', () => {
    expect([0.95, 0.85, 0.75, 0.65, 0.55, 0.45].map(kmoAdequacy)).toEqual(['marvelous', 'meritorious', 'middling', 'mediocre', 'miserable', 'unacceptable']);
    expect(kmoAdequacy(0.9)).toBe('marvelous');
  });
  it('anti-image matrices only on request', () => {
    expect(runKmo(factorSurvey()).antiImage).toBeUndefined();
  });
  it('a free-text column is not an item: one sentence naming it (factor and kmo share the check)', () => {
    const ds = fixtureDataset(['x1', 'x2', 'x3', 'region']);
    expect(() => runKmo(ds, { items: ['x1', 'x2', 'region'] })).toThrow(AnalysisError);
    expect(() => runKmo(ds, { items: ['x1', 'x2', 'region'] })).toThrow(/the item 'region' holds text \(4 distinct answers such as 'East'\), not scale answers/);
    expect(() => runFactor(ds, { items: ['region', 'x1', 'x3'] })).toThrow(/'region' holds text/);
    expect(runKmo(ds, { items: ['x1', 'x2', 'x3'] }).items).toEqual(['x1', 'x2', 'x3']);
  });
  it('items near 1e200 or 1e-200 are not called constant: KMO as for ordinary-sized copies', () => {
    const ds = fixtureDataset(['x1', 'x2', 'x3']);
    const big = { ...ds, variables: ds.variables.map((v, j) => ({ ...v, values: v.values.map((x) => x * [1e200, 1e-200, 1][j]) })) };
    const ref = runKmo(ds);
    const got = runKmo(big);
    expectClose(got.kmo, ref.kmo, 1e-12, 0, 'KMO');
    expectClose(got.bartlett.chiSquare, ref.bartlett.chiSquare, 1e-12, 0, 'chi2');
    expect(runFactor(big).eigenvalues.every((e) => Number.isFinite(e))).toBe(true);
  });
});
