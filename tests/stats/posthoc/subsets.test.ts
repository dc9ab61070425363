import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { homogeneousSubsets, type RangeTest } from '../../../src/stats/posthoc/subsets.js';
import { arbitraryGroups, expectSubsets } from '../../helpers/posthoc.js';

// Expected values: the subsets written out from their definition in fixtures/oracle/posthoc.R
// (R's ptukey; 2 to 5 means on 34 and 71 df, where it is good to 1e-9), on
// fixtures/posthoc-groups.csv and fixtures/tukey-groups.csv.
const X = JSON.parse(readFileSync('fixtures/expected/posthoc-groups.json', 'utf8'));
const T = JSON.parse(readFileSync('fixtures/expected/tukey.json', 'utf8'));
const tests: RangeTest[] = ['tukey', 'snk', 'duncan'];

describe('homogeneousSubsets', () => {
  for (const test of tests) {
    it(`${test}: equals the definition in R on both fixtures (subsets, harmonic n, Sig. at 1e-9)`, () => {
      expectSubsets(homogeneousSubsets(X.groups, test), X.subsets, test);
      expectSubsets(homogeneousSubsets(T.groups, test), X.subsetsTukeyGroups, test);
    }, 60_000);
  }

  it("gives the groupings SAS GLM prints for Keppel & Wickens' Table 6.1 (fixtures/expected/posthoc-keppel.json)", () => {
    const K = JSON.parse(readFileSync('fixtures/expected/posthoc-keppel.json', 'utf8'));
    const groups = K.data.map((xs: number[], i: number) => {
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      return { label: `a${i + 1}`, n: xs.length, mean, variance: xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1) };
    });
    for (const test of ['snk', 'tukey'] as const) {
      expect(homogeneousSubsets(groups, test).subsets.map((s) => s.members)).toEqual(K[test]);
    }
  }, 60_000);

  it('covers every group with maximal runs of consecutive means, whatever the group order', () => {
    fc.assert(
      fc.property(arbitraryGroups(3, 5), fc.constantFrom(...tests), fc.nat(), (groups, test, seed) => {
        const r = homogeneousSubsets(groups, test);
        const k = groups.length;
        expect([...r.order].sort((a, b) => a - b)).toEqual(groups.map((_, i) => i));
        for (let t = 1; t < k; t++) expect(groups[r.order[t]].mean).toBeGreaterThanOrEqual(groups[r.order[t - 1]].mean);
        const pos = (g: number) => r.order.indexOf(g);
        const covered = new Set<number>();
        let prev: [number, number] | null = null;
        for (const s of r.subsets) {
          const first = pos(s.members[0]);
          expect(s.members).toEqual(r.order.slice(first, first + s.members.length));
          const span: [number, number] = [first, first + s.members.length - 1];
          // Maximal and left to right: each starts and ends after the previous one.
          if (prev) expect(span[0] > prev[0] && span[1] > prev[1]).toBe(true);
          prev = span;
          s.members.forEach((m) => covered.add(m));
          expect(s.p!).toBeGreaterThan(0.05);
        }
        expect(covered.size).toBe(k);
        // Relabelled groups give the same subsets of the same groups.
        const rot = (seed % (k - 1)) + 1;
        const perm = groups.map((_, i) => (i + rot) % k);
        const other = homogeneousSubsets(perm.map((t) => groups[t]), test);
        expect(other.subsets.map((s) => s.members.map((m) => perm[m]))).toEqual(r.subsets.map((s) => s.members));
        other.subsets.forEach((s, t) => expect(Math.abs(s.p! - r.subsets[t].p!)).toBeLessThan(1e-12));
      }),
      { numRuns: 12, seed: 20261204 },
    );
  }, 300_000);

  it('needs an error df; without spread only equal means share a subset', () => {
    expect(() => homogeneousSubsets([X.groups[0]], 'snk')).toThrow(/S-N-K needs at least two groups/);
    expect(() => homogeneousSubsets([{ label: 'a', n: 1, mean: 1, variance: 0 }, { label: 'b', n: 1, mean: 2, variance: 0 }], 'duncan')).toThrow(
      /no error degrees of freedom/,
    );
    const flat = homogeneousSubsets(
      [{ label: 'a', n: 3, mean: 1, variance: 0 }, { label: 'b', n: 3, mean: 2, variance: 0 }, { label: 'c', n: 3, mean: 1, variance: 0 }],
      'tukey',
    );
    expect(flat.subsets).toEqual([{ members: [0, 2], p: 1 }, { members: [1], p: 1 }]);
  });
});
