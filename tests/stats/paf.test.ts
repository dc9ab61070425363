import { describe, expect, it } from 'vitest';
import { moreIterations, principalAxisFactoring } from '../../src/stats/paf.js';
import { trySquaredMultipleCorrelations } from '../../src/stats/smc.js';

describe('principal axis factoring', () => {
  // A one-factor population matrix: r_ij = l_i l_j; PAF recovers the loadings at convergence.
  const l = [0.8, 0.7, 0.6, 0.5];
  const p = 4;
  const R = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) R[i * p + j] = i === j ? 1 : l[i] * l[j];
  const smc = trySquaredMultipleCorrelations(R, p)!;
  it('converges to the true loadings with a tight ECONVERGE', () => {
    const r = principalAxisFactoring(R, p, 1, smc, { econverge: 1e-13, iterate: 10000 });
    expect(r.converged).toBe(true);
    r.loadings.forEach((v, i) => expect(Math.abs(v - l[i])).toBeLessThan(1e-6));
    expect(r.heywood).toEqual([]);
  });
  it('stops at ITERATE and says it did not converge', () => {
    const r = principalAxisFactoring(R, p, 1, smc, { econverge: 1e-15, iterate: 2 });
    expect(r.iterations).toBe(2);
    expect(r.converged).toBe(false);
  });
  it('flags a Heywood case', () => {
    // Three items where one would need a communality above 1 under one factor: r12 r13 / r23 > 1.
    const H = Float64Array.from([1, 0.9, 0.8, 0.9, 1, 0.6, 0.8, 0.6, 1]);
    const r = principalAxisFactoring(H, 3, 1, trySquaredMultipleCorrelations(H, 3)!, { iterate: 200, econverge: 1e-10 });
    expect(r.heywood).toEqual([0]);
  });
  it('suggests at least 100 iterations, four times the last ITERATE, at most --iterate\'s bound', () => {
    expect([1, 25, 100, 5000].map(moreIterations)).toEqual([100, 100, 400, 10000]);
  });
});
