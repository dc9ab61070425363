import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyIpa, quadrantOf } from '../../src/stats/ipa.js';
import { expectClose } from '../helpers/close.js';

describe('IPA quadrants', () => {
  it('worked example (README): importance 6, 5, 3, 2 and performance 4.2, 3.0, 2.8, 4.0', () => {
    // Cross-hairs at the means: I0 = 4, P0 = 3.5.
    const c = classifyIpa([6, 5, 3, 2], [4.2, 3.0, 2.8, 4.0]);
    expect(c.crosshair).toEqual({ importance: 4, performance: 3.5 });
    expect(c.points.map((p) => p.quadrant)).toEqual(['keep-up', 'concentrate', 'low-priority', 'overkill']);
    // sI = sd(6, 5, 3, 2) = sqrt(10 / 3); sP = sd(4.2, 3, 2.8, 4) = sqrt(1.48 / 3).
    const sI = Math.sqrt(10 / 3);
    const sP = Math.sqrt(1.48 / 3);
    expectClose(c.points[0].dImportance, 2, 1e-15);
    expectClose(c.points[0].dPerformance, 0.7, 1e-12);
    expectClose(c.points[0].distance, Math.hypot(2 / sI, 0.7 / sP), 1e-12);
  });
  it('given cross-hairs; a point on a cross-hair counts as high', () => {
    const c = classifyIpa([1, 2], [3, 4], { importance: 2, performance: 3 });
    expect(c.points.map((p) => p.quadrant)).toEqual(['overkill', 'keep-up']);
    expect(quadrantOf(2, 3, 2, 3)).toBe('keep-up');
  });
  it('moving a point away from the cross-hair never changes its quadrant', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 1, max: 10, noNaN: true }), (i, p, k) => {
        return quadrantOf(i, p, 0, 0) === quadrantOf(i * k, p * k, 0, 0);
      }),
    );
  });
});
