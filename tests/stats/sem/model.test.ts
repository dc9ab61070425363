import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AnalysisError, UsageError } from '../../../src/errors.js';
import { parseModel } from '../../../src/stats/sem/syntax.js';
import { buildModel, implied, matricesAt } from '../../../src/stats/sem/model.js';
import { evaluate, sampleLogDet } from '../../../src/stats/sem/estimate.js';
import { solve } from '../../../src/stats/sem/solution.js';
import { oracle, prepare } from '../../helpers/sem-fixture.js';

const build = (src: string, stdLv = false) => buildModel(parseModel(src), { stdLv });

describe('parameter table defaults (lavaan)', () => {
  it('fixes the first loading, or with std.lv the factor variances', () => {
    const m = build('F =~ a + b + c\nG =~ d + e + f');
    expect(m.params.filter((q) => !q.free).map((q) => `${q.lhs}${q.op}${q.rhs}=${q.value}`)).toEqual(['F=~a=1', 'G=~d=1']);
    const s = build('F =~ a + b + c\nG =~ d + e + f', true);
    expect(s.params.filter((q) => !q.free).map((q) => `${q.lhs}${q.op}${q.rhs}=${q.value}`)).toEqual(['F~~F=1', 'G~~G=1']);
    expect(m.free.length).toBe(13);
  });

  it('refuses a one-indicator factor with nothing fixed, and accepts it with a fixed error variance', () => {
    expect(() => build('F =~ a + b + c\nG =~ d')).toThrow(UsageError);
    expect(() => build('F =~ a + b + c\nG =~ d')).toThrow("the factor 'G' has one indicator (d)");
    expect(() => build('F =~ a + b + c\nG =~ d\nd ~~ 0*d')).not.toThrow();
  });

  it('refuses cyclic structural paths', () => {
    expect(() => build('F =~ a + b + c\nG =~ d + e + f\nH =~ g + h + i\nG ~ F\nH ~ G\nF ~ H')).toThrow(AnalysisError);
    expect(() => build('F =~ a + b + c\nG =~ d + e + f\nG ~ F\nF ~ G')).toThrow('non-recursive models are not supported');
  });

  it('refuses an indicator in a regression', () => {
    expect(() => build('F =~ a + b + c\na ~ F')).toThrow("'a' is an indicator of a factor and also in a regression");
  });
});

describe('ML discrepancy properties', () => {
  const prep = prepare(oracle.scenarios.find((s) => s.name === 'cfa4-cross')!);
  const q = prep.model.free.length;

  it('F >= 0 at any admissible point, and F = 0 where S is model-implied', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.2, max: 1.5, noNaN: true }), { minLength: q, maxLength: q }), (raw) => {
        const x = Float64Array.from(raw);
        // Covariances between factors small enough to keep Psi positive definite.
        prep.model.free.forEach((k, a) => {
          const par = prep.model.params[k];
          if (par.matrix === 'psi' && par.lhs !== par.rhs) x[a] = 0.1 * raw[a];
        });
        const sigma = implied(matricesAt(prep.model, x)).sigma;
        const p = prep.model.observed.length;
        const ev = evaluate(prep.model, prep.S, sampleLogDet(prep.S, prep.model.observed), x);
        if (!ev) return;
        expect(ev.F).toBeGreaterThanOrEqual(-1e-12);
        const self = evaluate(prep.model, sigma, sampleLogDet(sigma, prep.model.observed), x)!;
        expect(Math.abs(self.F)).toBeLessThan(1e-10 * p);
      }),
      { numRuns: 30 },
    );
  });

  it('rescaling an item rescales its loading and residual variance and leaves std.all and fit unchanged', () => {
    const base = solve(prep.model, prep.S, prep.n);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: prep.model.observed.length - 1 }), fc.double({ min: 0.2, max: 5, noNaN: true }), (item, c) => {
        const p = prep.model.observed.length;
        const S2 = Float64Array.from(prep.S);
        for (let j = 0; j < p; j++) {
          S2[item * p + j] *= c;
          S2[j * p + item] *= c;
        }
        const sol = solve(prep.model, S2, prep.n);
        const name = prep.model.observed[item];
        expect(sol.fit.chisq).toBeCloseTo(base.fit.chisq, 6);
        expect(sol.fit.cfi).toBeCloseTo(base.fit.cfi, 8);
        expect(sol.fit.rmsea).toBeCloseTo(base.fit.rmsea, 8);
        sol.estimates.forEach((e, k) => {
          const b = base.estimates[k];
          expect(e.stdAll).toBeCloseTo(b.stdAll, 6);
          if (e.op === '=~' && e.rhs === name && e.free) expect(e.est / b.est).toBeCloseTo(c, 6);
          if (e.op === '~~' && e.lhs === name && e.rhs === name) expect(e.est / b.est).toBeCloseTo(c * c, 6);
        });
      }),
      { numRuns: 12 },
    );
  });
});

describe('Heywood cases and failures', () => {
  it('a negative error variance and a standardized loading above 1 are reported, the estimates kept', () => {
    // lambda_1^2 = r12 r13 / r23 = 1.28 > 1 for one factor on three items: the exactly identified solution is improper.
    const S = Float64Array.from([1, 0.8, 0.8, 0.8, 1, 0.5, 0.8, 0.5, 1]);
    const model = build('F =~ a + b + c');
    const sol = solve(model, S, 200);
    expect(sol.heywood.map((h) => `${h.kind}:${h.lhs}${h.rhs}`).sort()).toEqual(['loadingAboveOne:Fa', 'negativeVariance:aa']);
    const theta = sol.estimates.find((e) => e.op === '~~' && e.lhs === 'a')!;
    expect(theta.est).toBeCloseTo(1 - 1.28, 8);
    expect(sol.fit.df).toBe(0);
    expect(sol.fit.chisq).toBeCloseTo(0, 8);
  });

  it('a sample covariance matrix that is not positive definite is named', () => {
    const S = Float64Array.from([1, 0.5, 1, 0.5, 1, 0.5, 1, 0.5, 1]);
    expect(() => solve(build('F =~ a + b + c'), S, 100)).toThrow("the sample covariance matrix is not positive definite: 'c'");
  });
});
