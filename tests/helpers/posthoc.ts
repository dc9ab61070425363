import fc from 'fast-check';
import { expect } from 'vitest';
import type { WelchComparison } from '../../src/stats/posthoc/games-howell.js';
import type { GroupSummary, HomogeneousSubsets, PairwiseComparison, PostHocResult } from '../../src/stats/posthoc/types.js';
import { expectClose } from './close.js';

/** An oracle's row of Multiple Comparisons (fixtures/oracle/posthoc.R, dunnett.py). */
export interface ExpectedRow {
  i: number;
  j: number;
  diff: number;
  se: number;
  df?: number;
  p: number;
  lower: number;
  upper: number;
}

/** The rows in the oracle's order, differences and SEs at 1e-12, p and the interval at `tol`. */
export function expectRows(actual: readonly (PairwiseComparison | WelchComparison)[], expected: readonly ExpectedRow[], tol = 1e-9): void {
  expect(actual.map((c) => [c.i, c.j])).toEqual(expected.map((e) => [e.i, e.j]));
  actual.forEach((c, t) => {
    const e = expected[t];
    const what = `${e.i}-${e.j}`;
    expectClose(c.meanDifference, e.diff, 1e-12, 1e-14, `${what} diff`);
    expectClose(c.stdError, e.se, 1e-12, 0, `${what} SE`);
    if (e.df !== undefined) expectClose((c as WelchComparison).df, e.df, 1e-12, 0, `${what} df`);
    expectClose(c.p, e.p, tol, 0, `${what} p`);
    expectClose(c.lower, e.lower, tol, 1e-12, `${what} lower`);
    expectClose(c.upper, e.upper, tol, 1e-12, `${what} upper`);
  });
}

/** The unequal-variance tests: fewer than two groups and a one-case group throw; two constant groups give nulls. */
export function checkWelchEdges(run: (groups: GroupSummary[]) => { comparisons: WelchComparison[] }, some: GroupSummary): void {
  expect(() => run([some])).toThrow(/at least two groups/);
  expect(() => run([some, { label: 'one', n: 1, mean: 2, variance: 0 }])).toThrow(/group one has 1/);
  const flat = run([{ label: 'a', n: 3, mean: 1, variance: 0 }, { label: 'b', n: 4, mean: 2, variance: 0 }]);
  expect(flat.comparisons[0]).toMatchObject({ p: null, lower: null, upper: null, df: null });
}

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

/** An oracle's Homogeneous Subsets (fixtures/oracle/posthoc.R). */
export interface ExpectedSubsets {
  order: number[];
  harmonicN: number;
  tukey: { members: number[]; p: number }[];
  snk: { members: number[]; p: number }[];
  duncan: { members: number[]; p: number }[];
}

/**
 * Same order, n_h at 1e-12, the same subsets, each Sig. at 1e-9 relative or 2e-10 absolute (R's
 * ptukey controls the error of P(Q <= q), so a small upper tail carries it in absolute terms).
 */
export function expectSubsets(actual: HomogeneousSubsets, expected: ExpectedSubsets, test: 'tukey' | 'snk' | 'duncan'): void {
  expect(actual.order).toEqual(expected.order);
  expectClose(actual.harmonicN, expected.harmonicN, 1e-12, 0, 'harmonic n');
  expect(actual.subsets.map((s) => s.members)).toEqual(expected[test].map((s) => s.members));
  actual.subsets.forEach((s, t) => expectClose(s.p, expected[test][t].p, 1e-9, 2e-10, `${test} subset ${t + 1} Sig.`));
}

/** S-N-K and Duncan: no Multiple Comparisons, the pooled MSE, the oracle's subsets; fewer than two groups throw. */
export function checkRangeTest(
  run: (groups: GroupSummary[]) => PostHocResult & { mse: number; subsets: HomogeneousSubsets },
  X: { groups: GroupSummary[]; mse: number; dfError: number; subsets: ExpectedSubsets },
  test: 'snk' | 'duncan',
  name: string,
): void {
  const r = run(X.groups);
  expect(r.test).toBe(test);
  expect(r.comparisons).toEqual([]);
  expect(r.dfError).toBe(X.dfError);
  expectClose(r.mse, X.mse, 1e-12, 0, 'MSE');
  expectSubsets(r.subsets, X.subsets, test);
  expect(() => run([X.groups[0]])).toThrow(new RegExp(`${name} needs at least two groups`));
}
