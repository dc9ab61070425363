import { describe, expect, it } from 'vitest';
import { diagnoseCorrelation } from '../../src/stats/singularity.js';
import { correlationFromCovariance, covariance } from '../../src/stats/covariance.js';

function corr(cols: number[][]): Float64Array {
  const c = covariance(cols.map((x) => Float64Array.from(x)));
  return correlationFromCovariance(c.cov, cols.length);
}

describe('diagnoseCorrelation', () => {
  const a = [1, 2, 3, 4, 5, 2, 3];
  const b = [2, 1, 3, 5, 4, 4, 1];
  const c = [5, 3, 4, 2, 1, 2, 2];
  it('positive definite: null', () => {
    expect(diagnoseCorrelation(corr([a, b, c]), 3)).toBeNull();
  });
  it('a constant item', () => {
    expect(diagnoseCorrelation(corr([a, [3, 3, 3, 3, 3, 3, 3], b]), 3)).toEqual({ kind: 'constant', indices: [1] });
  });
  it('a linear combination names exactly the items involved', () => {
    const d = diagnoseCorrelation(corr([a, b, c, a.map((x, i) => 2 * x - b[i])]), 4);
    expect(d?.kind).toBe('collinear');
    expect(d?.indices).toEqual([0, 1, 3]);
  });
});
