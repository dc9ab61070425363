import { describe, expect, it } from 'vitest';
import { covariance, correlationFromCovariance, listwise } from '../../src/stats/covariance.js';
import { omegaTotal, oneFactorMinres } from '../../src/stats/omega.js';
import { expectClose } from '../helpers/close.js';
import { expected, fixtureColumns } from '../helpers/reliability-fixture.js';

function fixtureR(name: string): { R: Float64Array; k: number } {
  const s = expected.scenarios.find((x) => x.name === name)!;
  const { columns, weights } = fixtureColumns(s);
  const lw = listwise(columns, weights);
  const k = s.items.length;
  return { R: correlationFromCovariance(covariance(lw.columns, lw.weights).cov, k), k };
}

describe('omega total (one-factor minres) vs R', () => {
  for (const s of expected.scenarios.filter((x) => x.missingMode === 'listwise' && x.omega !== null)) {
    it(`${s.name}: equals R's converged minres value to 1e-9 and psych::omega's to 1e-6`, () => {
      const { R, k } = fixtureR(s.name);
      const o = omegaTotal(R, k);
      expect(o.reason).toBeNull();
      expectClose(o.omega, s.omega!, 1e-9, 1e-12, 'omega');
      // psych::fa's optimiser stops earlier, so only the first six digits are shared.
      expectClose(o.omega, s.crosscheck.psych_omega_tot!, 1e-6, 1e-9, 'omega vs psych');
    });
  }

  it('the minres solution is a stationary point: sum_{k!=j} r_jk l_k = l_j sum_{k!=j} l_k^2', () => {
    const { R, k } = fixtureR('ALL');
    const { loadings: l, converged } = oneFactorMinres(R, k);
    expect(converged).toBe(true);
    for (let j = 0; j < k; j++) {
      let lhs = 0;
      let ss = 0;
      for (let m = 0; m < k; m++) {
        if (m === j) continue;
        lhs += R[j * k + m] * l[m];
        ss += l[m] * l[m];
      }
      expectClose(lhs, l[j] * ss, 1e-10, 1e-12, `item ${j}`);
    }
  });

  it('is null for two items, for a Heywood case, and when the iteration does not settle', () => {
    expect(omegaTotal(Float64Array.from([1, 0.5, 0.5, 1]), 2)).toMatchObject({ omega: null, reason: 'too-few-items' });
    // Three items fit one factor exactly: l1^2 = r12 r13 / r23 = .64 / .3 > 1.
    const heywood = Float64Array.from([1, 0.8, 0.8, 0.8, 1, 0.3, 0.8, 0.3, 1]);
    expect(omegaTotal(heywood, 3)).toMatchObject({ omega: null, reason: 'heywood' });
    // Scale B of the fixture: b3 is unrelated, so the solution drifts along a flat ridge (R agrees: NA).
    const { R, k } = fixtureR('B');
    expect(omegaTotal(R, k).omega).toBeNull();
  });

  it('a one-factor correlation matrix gives back its loadings and omega = (sum l)^2 / 1\'R1', () => {
    const l = [0.8, 0.7, 0.6, 0.5];
    const k = 4;
    const R = new Float64Array(k * k);
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) R[a * k + b] = a === b ? 1 : l[a] * l[b];
    const o = omegaTotal(R, k);
    o.solution!.loadings.forEach((x, j) => expectClose(x, l[j], 1e-10, 1e-12, `loading ${j}`));
    const sumL = l.reduce((s, x) => s + x, 0);
    const total = R.reduce((s, x) => s + x, 0);
    expectClose(o.omega, (sumL * sumL) / total, 1e-10, 1e-12, 'omega');
  });
});
