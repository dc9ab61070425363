import { describe, expect, it } from 'vitest';
import { fornellLarcker } from '../../../src/stats/validity/fornell-larcker.js';
import { expectClose } from '../../helpers/close.js';
import { expected } from '../../helpers/validity-fixture.js';

describe('Fornell-Larcker criterion', () => {
  it('sqrt(semTools AVE) on the diagonal against lavaan factor correlations', () => {
    const m = expected.models.eight;
    const fl = fornellLarcker(m.ave, m.psi);
    m.factors.forEach((_, f) => {
      expectClose(fl.matrix[f][f], Math.sqrt(m.ave[f] as number), 1e-12);
      m.factors.forEach((__, g) => f !== g && expect(fl.matrix[f][g]).toBe(m.psi[f][g]));
      const max = Math.max(...m.psi[f].filter((_v, g) => g !== f).map(Math.abs));
      expect(fl.maxCorrelation[f]).toBe(max);
      expect(fl.passes[f]).toBe(Math.sqrt(m.ave[f] as number) > max);
    });
  });

  it('a factor correlation above sqrt(AVE) fails (in absolute value); a missing AVE gives no verdict', () => {
    const fl = fornellLarcker([0.49, 0.64, null], [[1, -0.75, 0.2], [-0.75, 1, 0.1], [0.2, 0.1, 1]]);
    expect(fl.passes).toEqual([false, true, null]);
    expect(fl.maxCorrelation).toEqual([0.75, 0.75, 0.2]);
    expect(fl.matrix[2][2]).toBeNull();
  });

  it('a lone factor has no verdict', () => {
    expect(fornellLarcker([0.6], [[1]]).passes).toEqual([null]);
  });
});
