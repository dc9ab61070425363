import { describe, expect, it } from 'vitest';
import { covariance, correlationFromCovariance, listwise } from '../../src/stats/covariance.js';
import { singularItem, squaredMultipleCorrelations, trySquaredMultipleCorrelations } from '../../src/stats/smc.js';
import { AnalysisError } from '../../src/errors.js';
import { expectClose } from '../helpers/close.js';
import { expected, fixtureColumns } from '../helpers/reliability-fixture.js';

describe('squared multiple correlations vs R 1 - 1/diag(solve(R))', () => {
  for (const s of expected.scenarios.filter((x) => x.missingMode === 'listwise')) {
    it(s.name, () => {
      const { columns, weights } = fixtureColumns(s);
      const lw = listwise(columns, weights);
      const k = s.items.length;
      const R = correlationFromCovariance(covariance(lw.columns, lw.weights).cov, k);
      const smc = squaredMultipleCorrelations(R, k);
      s.itemTotal.forEach((e, j) => expectClose(smc[j], e.squaredMultipleCorrelation, 1e-9, 1e-12, e.item));
    });
  }

  it('two items: each SMC is r^2', () => {
    const smc = squaredMultipleCorrelations(Float64Array.from([1, 0.6, 0.6, 1]), 2);
    expectClose(smc[0], 0.36, 1e-14, 1e-15, 'smc1');
    expectClose(smc[1], 0.36, 1e-14, 1e-15, 'smc2');
  });

  it('a singular matrix has no SMCs: null, or an AnalysisError naming the item', () => {
    // c = a + b exactly (correlations of two independent unit-variance items and their sum).
    const r = Math.SQRT1_2;
    const R = Float64Array.from([1, 0, r, 0, 1, r, r, r, 1]);
    expect(trySquaredMultipleCorrelations(R, 3)).toBeNull();
    expect(singularItem(R, 3)).toBe(2);
    expect(() => squaredMultipleCorrelations(R, 3, ['a', 'b', 'c'])).toThrow(AnalysisError);
    expect(() => squaredMultipleCorrelations(R, 3, ['a', 'b', 'c'])).toThrow(/c is a linear combination of a, b/);
  });
});
