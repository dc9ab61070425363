import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paretoTiers } from '../../src/stats/tiers.js';

describe('Pareto tiers', () => {
  it('10 distinct values split 2 / 3 / 5, highest first', () => {
    const t = paretoTiers(Float64Array.of(5, 1, 9, 3, 7, 10, 2, 8, 4, 6));
    // 10, 9 -> top; 8, 7, 6 -> next; the rest bottom.
    expect(Array.from(t)).toEqual([2, 2, 0, 2, 1, 0, 2, 1, 2, 1]);
  });
  it('ties share a tier', () => {
    const t = paretoTiers(Float64Array.of(9, 9, 9, 1, 1, 1, 1, 1, 1, 1));
    // The 1s start at share 0.3, so all seven go to the middle tier with their ties.
    expect(Array.from(t)).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
  });
  it('frequency weights count as replicated rows', () => {
    // Weight 2 on the top value: it alone holds 2/10 of the weight.
    const t = paretoTiers(Float64Array.of(10, 8, 6, 4, 2, 1, 0.5, 0.2, 0.1), Float64Array.of(2, 1, 1, 1, 1, 1, 1, 1, 1));
    expect(Array.from(t)).toEqual([0, 1, 1, 1, 2, 2, 2, 2, 2]);
  });
  it('a higher value never lands in a lower tier', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 60 }), (v) => {
        const x = Float64Array.from(v);
        const t = paretoTiers(x);
        for (let i = 0; i < x.length; i++) for (let j = 0; j < x.length; j++) if (x[i] > x[j] && t[i] > t[j]) return false;
        return true;
      }),
    );
  });
});
