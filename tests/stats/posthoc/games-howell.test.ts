import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gamesHowell } from '../../../src/stats/posthoc/games-howell.js';
import { expectClose } from '../../helpers/close.js';
import { checkPostHocInvariants, checkWelchEdges, expectRows } from '../../helpers/posthoc.js';

// Expected values: fixtures/oracle/posthoc.R on fixtures/posthoc-groups.csv: Games-Howell from its
// definition with R's ptukey (every Welch df >= 17, where ptukey with 5 means is good to 1e-9), and
// rstatix::games_howell_test (p rounded to 3 decimals, interval from R's qtukey).
const X = JSON.parse(readFileSync('fixtures/expected/posthoc-groups.json', 'utf8'));

describe('gamesHowell', () => {
  const r = gamesHowell(X.groups);

  it('equals the definition with R ptukey at 1e-9, every ordered pair in SPSS order', () => {
    expect(r.mse).toBeNull();
    expectRows(r.comparisons, X.gamesHowell);
  }, 60_000);

  it('agrees with rstatix::games_howell_test (p to its 3 printed decimals, the interval to its qtukey)', () => {
    const labels = X.groups.map((g: any) => g.label);
    for (const e of X.gamesHowellRstatix) {
      // rstatix's estimate is mean(group2) - mean(group1); its se is SPSS's SE / √2.
      const c = r.comparisons.find((x) => x.i === labels.indexOf(e.group2) && x.j === labels.indexOf(e.group1))!;
      expectClose(c.meanDifference, e.estimate, 1e-12, 1e-14, 'estimate');
      expectClose(c.stdError / Math.SQRT2, e.se, 1e-12, 0, 'se');
      expectClose(c.df, e.df, 1e-12, 0, 'df');
      expect(Math.abs(c.p! - e['p.adj'])).toBeLessThanOrEqual(0.0005 + 1e-12);
      expectClose(c.lower, e['conf.low'], 0, 1e-4, 'conf.low');
      expectClose(c.upper, e['conf.high'], 0, 1e-4, 'conf.high');
    }
  }, 60_000);

  it("prints PSPP's Games-Howell Sig. and bounds (PSPP 1.6.2, fixtures/oracle/posthoc-pspp.sps) to their printed digits", () => {
    const P = JSON.parse(readFileSync('fixtures/expected/posthoc-pspp.json', 'utf8'));
    const labels = X.groups.map((g: any) => g.label);
    expect(P.gamesHowell).toHaveLength(20);
    for (const e of P.gamesHowell) {
      const c = r.comparisons.find((x) => x.i === labels.indexOf(e.i) && x.j === labels.indexOf(e.j))!;
      // Half a unit in the last printed digit, and a hair for a difference printed from ...5 exactly.
      expect(Math.abs(c.meanDifference - e.diff)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(c.p! - e.sig)).toBeLessThanOrEqual(0.0005 + 1e-12);
      expect(Math.abs(c.lower! - e.lower)).toBeLessThanOrEqual(0.005 + 1e-12);
      expect(Math.abs(c.upper! - e.upper)).toBeLessThanOrEqual(0.005 + 1e-12);
    }
  });

  // Few runs of three groups: each pair's interval needs its own qtukey root.
  it('permutes with the groups and is scale-free in p', () => {
    checkPostHocInvariants((g) => gamesHowell(g), 3, 3);
  }, 300_000);

  it('rejects what has no test and gives null where both groups are constant', () => {
    checkWelchEdges(gamesHowell, X.groups[0]);
  });
});
