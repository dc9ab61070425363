import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gamesHowell } from '../../../src/stats/posthoc/games-howell.js';
import { expectClose } from '../../helpers/close.js';
import { checkPostHocInvariants } from '../../helpers/posthoc-properties.js';

// Expected values: fixtures/oracle/posthoc.R on fixtures/posthoc-groups.csv: Games-Howell from its
// definition with R's ptukey (every Welch df >= 17, where ptukey with 5 means is good to 1e-9), and
// rstatix::games_howell_test (p rounded to 3 decimals, interval from R's qtukey).
const X = JSON.parse(readFileSync('fixtures/expected/posthoc-groups.json', 'utf8'));

describe('gamesHowell', () => {
  const r = gamesHowell(X.groups);

  it('equals the definition with R ptukey at 1e-9, every ordered pair in SPSS order', () => {
    expect(r.mse).toBeNull();
    expect(r.comparisons.map((c) => [c.i, c.j])).toEqual(X.gamesHowell.map((e: any) => [e.i, e.j]));
    r.comparisons.forEach((c, t) => {
      const e = X.gamesHowell[t];
      const what = `${e.i}-${e.j}`;
      expectClose(c.meanDifference, e.diff, 1e-12, 1e-14, `${what} diff`);
      expectClose(c.stdError, e.se, 1e-12, 0, `${what} SE`);
      expectClose(c.df, e.df, 1e-12, 0, `${what} df`);
      expectClose(c.p, e.p, 1e-9, 0, `${what} p`);
      expectClose(c.lower, e.lower, 1e-9, 1e-12, `${what} lower`);
      expectClose(c.upper, e.upper, 1e-9, 1e-12, `${what} upper`);
    });
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

  // Few runs of three groups: each pair's interval needs its own qtukey root.
  it('permutes with the groups and is scale-free in p', () => {
    checkPostHocInvariants((g) => gamesHowell(g), 3, 3);
  }, 300_000);

  it('rejects what has no test and gives null where both groups are constant', () => {
    expect(() => gamesHowell([X.groups[0]])).toThrow(/at least two groups/);
    expect(() => gamesHowell([X.groups[0], { label: 'one', n: 1, mean: 2, variance: 0 }])).toThrow(/group one has 1/);
    const flat = gamesHowell([{ label: 'a', n: 3, mean: 1, variance: 0 }, { label: 'b', n: 4, mean: 2, variance: 0 }]);
    expect(flat.comparisons[0]).toMatchObject({ p: null, lower: null, upper: null, df: null });
  });
});
