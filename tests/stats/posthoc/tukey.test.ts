import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tukeyHsd } from '../../../src/stats/posthoc/tukey.js';
import { expectClose } from '../../helpers/close.js';
import { expectSubsets } from '../../helpers/posthoc.js';

// Expected values: R's TukeyHSD(aov(score ~ group)) on fixtures/tukey-groups.csv (fixtures/oracle/tukey.R).
const X = JSON.parse(readFileSync('fixtures/expected/tukey.json', 'utf8'));

describe('tukeyHsd', () => {
  const r = tukeyHsd(X.groups);
  const labels = X.groups.map((g: any) => g.label);

  it("equals R's TukeyHSD (diff, p adj at 1e-9; the interval at 1e-9 from ptukey's root, at 1e-4 from R's qtukey)", () => {
    expectClose(r.mse, X.mse, 1e-12, 0, 'MSE');
    expect(r.dfError).toBe(X.dfError);
    expectClose(r.critical, X.q95, 1e-9, 0, 'q crit');
    expect(r.comparisons).toHaveLength(labels.length * (labels.length - 1));
    for (const e of X.pairs) {
      // R's row "j-i" is mean_j - mean_i: csat's row I = j, J = i, and its mirror.
      const i = labels.indexOf(e.j);
      const j = labels.indexOf(e.i);
      const row = r.comparisons.find((c) => c.i === i && c.j === j)!;
      const mirror = r.comparisons.find((c) => c.i === j && c.j === i)!;
      expectClose(row.meanDifference, e.diff, 1e-9, 1e-12, `${e.j}-${e.i} diff`);
      expectClose(row.p, e.p, 1e-9, 0, `${e.j}-${e.i} p`);
      expectClose(row.lower, e.lwrRoot, 1e-9, 1e-12, `${e.j}-${e.i} lower`);
      expectClose(row.upper, e.uprRoot, 1e-9, 1e-12, `${e.j}-${e.i} upper`);
      expectClose(row.lower, e.lwr, 0, 1e-4, `${e.j}-${e.i} lwr (R qtukey)`);
      expectClose(row.upper, e.upr, 0, 1e-4, `${e.j}-${e.i} upr (R qtukey)`);
      expectClose(mirror.meanDifference, -e.diff, 1e-9, 1e-12, 'mirror diff');
      expect(mirror.p).toBe(row.p);
      expectClose(mirror.lower, -e.uprRoot, 1e-9, 1e-12, 'mirror lower');
      // SPSS's Std. Error: sqrt(MSE (1/n_i + 1/n_j)).
      expectClose(row.stdError, Math.sqrt(X.mse * (1 / X.groups[i].n + 1 / X.groups[j].n)), 1e-12, 0, 'SE');
    }
  }, 60_000);

  it("carries SPSS's Homogeneous Subsets (fixtures/oracle/posthoc.R on the same fixture)", () => {
    const P = JSON.parse(readFileSync('fixtures/expected/posthoc-groups.json', 'utf8'));
    expectSubsets(r.subsets, P.subsetsTukeyGroups, 'tukey');
  });

  it('rejects what has no test and gives null where MSE is 0', () => {
    expect(() => tukeyHsd([X.groups[0]])).toThrow(RangeError);
    expect(() => tukeyHsd([{ label: 'a', n: 1, mean: 1, variance: 0 }, { label: 'b', n: 1, mean: 2, variance: 0 }])).toThrow(RangeError);
    const flat = tukeyHsd([{ label: 'a', n: 3, mean: 1, variance: 0 }, { label: 'b', n: 3, mean: 2, variance: 0 }]);
    expect(flat.comparisons[0].p).toBeNull();
    expect(flat.comparisons[0].lower).toBeNull();
  });
});
