import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dunnett, dunnettCdf } from '../../../src/stats/posthoc/dunnett.js';
import { tTwoTailedP } from '../../../src/stats/distributions.js';
import { expectClose } from '../../helpers/close.js';
import { expectRows } from '../../helpers/posthoc.js';

// Expected values: the same double integral by adaptive Gauss-Kronrod in SciPy at 1e-14
// (fixtures/oracle/dunnett.py), and R's multcomp::glht(mcp(group = "Dunnett")) from
// fixtures/oracle/posthoc.R, whose randomized quasi-Monte Carlo (mvtnorm, default abseps 1e-3)
// is good only to its stated error (about 4e-4 in p here) and a few 1e-3 in the critical value.
const X = JSON.parse(readFileSync('fixtures/expected/posthoc-groups.json', 'utf8'));
const D = JSON.parse(readFileSync('fixtures/expected/posthoc-dunnett.json', 'utf8'));

describe('dunnett', () => {
  const runs = D.dunnett.map((e: any) => ({ e, r: dunnett(X.groups, 0.95, e.control) }));

  it('equals the SciPy reference at 1e-9 (critical value, Sig., interval), the first and the last group as control', () => {
    for (const { e, r } of runs) {
      expect(r.control).toBe(e.control);
      expectClose(r.critical, e.critical, 1e-9, 0, `critical (control ${e.control})`);
      expectRows(r.comparisons, e.rows, 1e-9);
    }
  });

  it("agrees with multcomp's glht at its quasi-Monte Carlo tolerance", () => {
    for (const { e, r } of runs) {
      const m = X.dunnett.find((x: any) => x.control === e.control);
      expectClose(r.critical, m.critical, 0, 3e-3, 'multcomp critical');
      r.comparisons.forEach((c, t) => {
        const row = m.rows[t];
        expect([c.i, c.j]).toEqual([row.i, row.j]);
        expectClose(c.meanDifference, row.diff, 1e-12, 1e-14, 'multcomp diff');
        expectClose(c.stdError, row.se, 1e-12, 0, 'multcomp SE');
        expectClose(c.p, row.p, 0, 3 * m.pError, 'multcomp p');
      });
    }
  });

  it('defaults to the last group as control, as SPSS does', () => {
    expect(runs.find((x: any) => x.e.control === X.groups.length - 1).r.comparisons).toEqual(dunnett(X.groups).comparisons);
  }, 60_000);

  it('is the t distribution for one comparison', () => {
    for (const [c, df] of [[2.1, 30], [0.7, 5], [3.3, 200]]) expectClose(dunnettCdf(c, [0.6], df), 1 - tTwoTailedP(c, df), 1e-12, 0, `t ${c} ${df}`);
  });

  it('rejects a control that is not a group and what has no test', () => {
    expect(() => dunnett(X.groups, 0.95, 5)).toThrow(/control group must be one of the 5 groups/);
    expect(() => dunnett([X.groups[0]])).toThrow(/at least two groups/);
  });
});
