import { describe, expect, it } from 'vitest';
import { harmanSingleFactor } from '../../../src/stats/validity/harman.js';
import { expectClose } from '../../helpers/close.js';
import { correlation, expected, groupsOf } from '../../helpers/validity-fixture.js';

describe("Harman's single-factor test vs R eigen / psych::principal", () => {
  it('all 27 items: eigenvalues and the first component share at 1e-9', () => {
    const h = harmanSingleFactor(correlation, expected.items.length);
    h.eigenvalues.forEach((v, i) => expectClose(v, expected.harman.eigenvalues[i], 1e-9, 1e-12, `eigenvalue ${i + 1}`));
    expectClose(h.share, expected.harman.share, 1e-9);
    expectClose(h.share, expected.harman.psych, 1e-9);
    expect(h.exceeds).toBe(false);
    expect(h.threshold).toBe(0.5);
  });

  for (const [name, m] of Object.entries(expected.models)) {
    it(`${name}: the share over the model's items`, () => {
      const idx = [...new Set(groupsOf(m).flat())].sort((a, b) => a - b);
      const k = idx.length;
      const c = new Float64Array(k * k);
      for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) c[a * k + b] = correlation[idx[a] * 27 + idx[b]];
      expectClose(harmanSingleFactor(c, k).share, m.harman, 1e-9);
    });
  }

  it('a covariance matrix gives the share of its correlation matrix; one dominant factor exceeds 50%', () => {
    const r = new Float64Array([1, 0.8, 0.7, 0.8, 1, 0.75, 0.7, 0.75, 1]);
    const s = [2, 0.5, 10];
    const c = r.map((v, i) => v * s[Math.floor(i / 3)] * s[i % 3]);
    const h = harmanSingleFactor(c, 3);
    expectClose(h.share, harmanSingleFactor(r, 3).share, 1e-12);
    expect(h.exceeds).toBe(true);
  });
});
