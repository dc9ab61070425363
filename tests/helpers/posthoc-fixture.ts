import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { GroupSummary, PostHocName, PostHocResult } from '../../src/stats/posthoc/types.js';
import { expectClose } from './close.js';

/** The post hoc cases of fixtures/expected/anova.json (fixtures/oracle/anova.R): group summaries and R's pairs. */
export function posthocCases(): { name: string; level: number; groups: GroupSummary[]; mse: number; dfError: number; pairs: any[] }[] {
  const E = JSON.parse(readFileSync('fixtures/expected/anova.json', 'utf8')).posthoc;
  return [
    ['tukey-groups (4 groups, unequal n)', 'tukeyGroups', 0.95],
    ['tukey-groups at 90%', 'tukeyGroups90', 0.9],
    ['groups-survey sat by age (3 groups)', 'sat', 0.95],
  ].map(([name, key, level]) => ({ name: name as string, level: level as number, ...E[key as string] }));
}

/** A pooled-variance pairwise test against R's values for it (p, lower, upper of each ordered pair) at 1e-9. */
export function describeAgainstR(test: PostHocName, run: (groups: GroupSummary[], level?: number) => PostHocResult): void {
  describe(`${test} against R`, () => {
    for (const c of posthocCases()) {
      it(c.name, () => {
        const r = run(c.groups, c.level);
        expect(r.test).toBe(test);
        expectClose(r.mse, c.mse, 1e-12, 0, 'MSE');
        expect(r.dfError).toBe(c.dfError);
        expect(r.comparisons.map((p) => [p.i, p.j])).toEqual(c.pairs.map((p) => [p.i, p.j]));
        r.comparisons.forEach((p, k) => {
          const e = c.pairs[k];
          expectClose(p.meanDifference, e.meanDifference, 1e-12, 1e-14, 'difference');
          expectClose(p.stdError, e.stdError, 1e-12, 0, 'SE');
          expectClose(p.p, e[test].p, 1e-9, 1e-15, `p ${p.i}-${p.j}`);
          expectClose(p.lower, e[test].lower, 1e-9, 1e-12, 'lower');
          expectClose(p.upper, e[test].upper, 1e-9, 1e-12, 'upper');
        });
      });
    }
    it('gives no p or interval without spread within the groups', () => {
      const r = run([{ label: 'a', n: 2, mean: 1, variance: 0 }, { label: 'b', n: 2, mean: 2, variance: 0 }, { label: 'c', n: 2, mean: 3, variance: 0 }]);
      expect(r.comparisons.every((p) => p.p === null && p.lower === null && p.upper === null)).toBe(true);
    });
  });
}
