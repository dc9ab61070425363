import { describe, expect, it } from 'vitest';
import { pairwiseCovariance } from '../../src/stats/pairwise-covariance.js';
import { covariance } from '../../src/stats/covariance.js';
import { expectClose } from '../helpers/close.js';
import { expected, fixtureColumns } from '../helpers/reliability-fixture.js';

describe('pairwise covariances vs R cov(use = "pairwise.complete.obs") (weights by replication)', () => {
  for (const s of expected.scenarios.filter((x) => x.missingMode === 'pairwise')) {
    it(s.name, () => {
      const { columns, weights } = fixtureColumns(s);
      const pc = pairwiseCovariance(columns, weights);
      const k = s.items.length;
      for (let a = 0; a < k; a++) {
        expectClose(pc.means[a], s.itemStatistics[a].mean, 1e-9, 1e-12, `mean ${a}`);
        for (let b = 0; b < k; b++) {
          expectClose(pc.cov[a * k + b], s.covariance[a][b], 1e-9, 1e-12, `cov ${a},${b}`);
          expect(pc.n[a * k + b]).toBe(s.pairN![a][b]);
        }
      }
    });
  }

  it('equals the listwise covariance when nothing is missing', () => {
    const cols = [Float64Array.from([1, 2, 4, 3, 5]), Float64Array.from([2, 2, 5, 4, 4]), Float64Array.from([5, 3, 1, 2, 2])];
    const w = Float64Array.from([1, 2, 1, 3, 1]);
    const pc = pairwiseCovariance(cols, w);
    const c = covariance(cols, w);
    for (let i = 0; i < 9; i++) expectClose(pc.cov[i], c.cov[i], 1e-12, 1e-15, `cov ${i}`);
  });

  it('gives NaN for a pair answered together by fewer than two cases, and drops cases with a bad weight', () => {
    const pc = pairwiseCovariance(
      [Float64Array.from([1, 2, NaN, NaN]), Float64Array.from([NaN, 3, 4, 6])],
      Float64Array.from([1, 1, 1, 0]),
    );
    expect(pc.cov[1]).toBeNaN();
    expect(pc.n[1]).toBe(1);
    expect(pc.n[3]).toBe(2);
    expect(pc.means[1]).toBe(3.5);
  });
});
