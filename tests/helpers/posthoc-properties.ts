import fc from 'fast-check';
import { expect } from 'vitest';
import type { GroupSummary, PostHocResult } from '../../src/stats/posthoc/types.js';

/** Groups with unequal sizes, spreads and means. */
export const arbitraryGroups = (minGroups: number, maxGroups: number): fc.Arbitrary<GroupSummary[]> =>
  fc
    .array(
      fc.record({
        n: fc.integer({ min: 3, max: 40 }),
        mean: fc.double({ min: -5, max: 5, noNaN: true }),
        variance: fc.double({ min: 0.05, max: 4, noNaN: true }),
      }),
      { minLength: minGroups, maxLength: maxGroups },
    )
    .map((gs) => gs.map((g, i) => ({ label: `g${i}`, ...g })));

const near = (a: number | null, b: number | null, rel: number) => {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));
};

/**
 * Relabelling the groups by a permutation permutes the comparisons and leaves each pair's numbers
 * alone; scaling every value by c scales mean differences and SEs (by c and |c|) and keeps p.
 */
export function checkPostHocInvariants(run: (groups: GroupSummary[]) => PostHocResult, numRuns: number, maxGroups = 4): void {
  fc.assert(
    fc.property(arbitraryGroups(3, maxGroups), fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0.1, max: 50, noNaN: true }), fc.boolean(), (groups, seed, scale, flip) => {
      const base = run(groups);
      const perm = groups.map((_, i) => i);
      for (let i = perm.length - 1; i > 0; i--) {
        const j = (seed * (i + 7)) % (i + 1);
        [perm[i], perm[j]] = [perm[j], perm[i]];
      }
      // permuted[t] = groups[perm[t]]
      const permuted = run(perm.map((t) => groups[t]));
      expect(permuted.comparisons).toHaveLength(base.comparisons.length);
      for (const c of permuted.comparisons) {
        const o = base.comparisons.find((b) => b.i === perm[c.i] && b.j === perm[c.j])!;
        expect(o).toBeDefined();
        expect(near(c.meanDifference, o.meanDifference, 1e-12)).toBe(true);
        expect(near(c.stdError, o.stdError, 1e-12)).toBe(true);
        expect(near(c.p, o.p, 1e-9)).toBe(true);
        expect(near(c.lower, o.lower, 1e-9)).toBe(true);
      }
      const c = flip ? -scale : scale;
      const scaled = run(groups.map((g) => ({ ...g, mean: c * g.mean, variance: c * c * g.variance })));
      scaled.comparisons.forEach((s, t) => {
        const o = base.comparisons[t];
        expect([s.i, s.j]).toEqual([o.i, o.j]);
        expect(near(s.meanDifference, c * o.meanDifference, 1e-9)).toBe(true);
        expect(near(s.stdError, scale * o.stdError, 1e-9)).toBe(true);
        expect(near(s.p, o.p, 1e-9)).toBe(true);
        const [lo, hi] = flip ? [s.upper, s.lower] : [s.lower, s.upper];
        expect(near(lo === null ? null : lo / c, o.lower, 1e-9)).toBe(true);
        expect(near(hi === null ? null : hi / c, o.upper, 1e-9)).toBe(true);
      });
    }),
    { numRuns, seed: 20261204 },
  );
}
