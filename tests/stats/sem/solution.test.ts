import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/stats/sem/solution.js';
import { expectClose } from '../../helpers/close.js';
import { lavaanFree, oracle, prepare, rowKey } from '../../helpers/sem-fixture.js';

const FIT: [string, string][] = [
  ['chisq', 'chisq'],
  ['df', 'df'],
  ['pvalue', 'pvalue'],
  ['baselineChisq', 'baseline.chisq'],
  ['baselineDf', 'baseline.df'],
  ['cfi', 'cfi'],
  ['tli', 'tli'],
  ['nfi', 'nfi'],
  ['ifi', 'ifi'],
  ['rmsea', 'rmsea'],
  ['pclose', 'rmsea.pvalue'],
  ['srmr', 'srmr'],
  ['rmr', 'rmr'],
  ['gfi', 'gfi'],
  ['agfi', 'agfi'],
  ['logl', 'logl'],
  ['unrestrictedLogl', 'unrestricted.logl'],
  ['aic', 'aic'],
  ['bic', 'bic'],
  ['npar', 'npar'],
  ['fmin', 'fmin'],
];

describe(`SEM by ML vs lavaan ${oracle.lavaan}`, () => {
  for (const scenario of oracle.scenarios) {
    describe(scenario.name, () => {
      const prep = prepare(scenario);
      it('has lavaan’s free parameters', () => {
        const mine = prep.model.free.map((k) => rowKey(prep.model.params[k].lhs, prep.model.params[k].op, prep.model.params[k].rhs)).sort();
        const theirs = scenario.parameters.filter((r) => r.free).map((r) => rowKey(r.lhs, r.op, r.rhs)).sort();
        expect(mine).toEqual(theirs);
      });

      it('at lavaan’s estimates: F, gradient, SEs, standardized values and fit to 1e-9', () => {
        const sol = solve(prep.model, prep.S, prep.n, { likelihood: scenario.likelihood, at: lavaanFree(prep) });
        if (scenario.likelihood === 'normal') {
          expectClose(sol.F / 2, scenario.fit.fmin!, 1e-9, 1e-14, 'fmin');
          const g = lavaanGradientOrder(prep, sol.gradient);
          g.forEach((v, a) => expectClose(v / 2, scenario.gradient[a], 1e-9, 1e-9, `gradient ${a}`));
        }
        compareRows(sol, scenario, 1e-9);
        for (const [mine, theirs] of FIT) {
          const want = scenario.fit[theirs];
          if (want === null || want === undefined) continue;
          expectClose((sol.fit as unknown as Record<string, number>)[mine], want, 1e-9, 1e-12, theirs);
        }
        // The RMSEA interval against R's pchisq roots found to 1e-15; lavaan's own (uniroot's default
        // tolerance) agrees to about 1e-7.
        expectClose(sol.fit.rmseaLower, scenario.rmseaCi[0], 1e-9, 1e-12, 'RMSEA lower');
        expectClose(sol.fit.rmseaUpper, scenario.rmseaCi[1], 1e-9, 1e-12, 'RMSEA upper');
        expectClose(sol.fit.rmseaLower, scenario.fit['rmsea.ci.lower']!, 1e-6, 1e-9, 'lavaan RMSEA lower');
        expectClose(sol.fit.rmseaUpper, scenario.fit['rmsea.ci.upper']!, 1e-6, 1e-9, 'lavaan RMSEA upper');
      });

      it('estimates: own optimum equals lavaan’s to 1e-6 (estimates, SEs), fit to 1e-6', () => {
        const sol = solve(prep.model, prep.S, prep.n, { likelihood: scenario.likelihood });
        expect(sol.converged).toBe(true);
        expect(Math.max(...sol.gradient.map(Math.abs))).toBeLessThan(1e-7);
        compareRows(sol, scenario, 1e-6);
        for (const [mine, theirs] of FIT) {
          const want = scenario.fit[theirs];
          if (want === null || want === undefined) continue;
          expectClose((sol.fit as unknown as Record<string, number>)[mine], want, 1e-6, 1e-9, theirs);
        }
      });
    });
  }
});

/** lavaan's gradient is in its partable order of free parameters: reorder ours to it. */
function lavaanGradientOrder(prep: ReturnType<typeof prepare>, g: Float64Array): number[] {
  const index = new Map(prep.model.free.map((k, a) => [rowKey(prep.model.params[k].lhs, prep.model.params[k].op, prep.model.params[k].rhs), a]));
  return prep.scenario.parameters.filter((r) => r.free).map((r) => g[index.get(rowKey(r.lhs, r.op, r.rhs))!]);
}

function compareRows(sol: ReturnType<typeof solve>, scenario: (typeof oracle.scenarios)[number], tol: number): void {
  const byKey = new Map(sol.estimates.map((e) => [rowKey(e.lhs, e.op, e.rhs), e]));
  for (const r of scenario.parameters) {
    if (r.op === 'r2') {
      const mine = sol.rSquare.find((x) => x.name === r.lhs);
      expectClose(mine?.r2, r.est, tol, 1e-12, `R2 ${r.lhs}`);
      continue;
    }
    if (r.op === ':=') continue;
    const e = byKey.get(rowKey(r.lhs, r.op, r.rhs));
    expect(e, rowKey(r.lhs, r.op, r.rhs)).toBeDefined();
    const what = `${r.lhs} ${r.op} ${r.rhs}`;
    expectClose(e!.est, r.est, tol, 1e-10, `${what} est`);
    if (r.free) expectClose(e!.se, r.se!, tol, 1e-10, `${what} se`);
    if (r.std_lv !== null) expectClose(e!.stdLv, r.std_lv, tol, 1e-10, `${what} std.lv`);
    if (r.std_all !== null) expectClose(e!.stdAll, r.std_all, tol, 1e-10, `${what} std.all`);
  }
}
