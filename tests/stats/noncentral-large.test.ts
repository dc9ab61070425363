import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { noncentralFCdf, noncentralFCdfLarge, noncentralFLimits, noncentralTCdf, noncentralTCdfLarge, noncentralTLimits } from '../../src/stats/noncentral.js';
import { expectClose } from '../helpers/close.js';

// The large-statistic path (|t| > 50, f d1 > 1e4): one integral over the denominator's chi-square
// instead of a Poisson mixture whose cost grows with the noncentrality (ttest --test-value 1e308
// and an ANOVA with F ~ 1e13 used to run for minutes or never end). Oracle:
// fixtures/oracle/noncentral-large.py (mpmath CDFs at 30 digits; limits from scipy/Boost, the t
// limits polished on the mpmath CDF).
const expected = JSON.parse(readFileSync('fixtures/expected/noncentral-large.json', 'utf8'));

describe('noncentral t and F for large statistics', () => {
  it('the integral form of the t CDF equals the 30-digit definition', () => {
    for (const { t, df, ncp, p } of expected.noncentralTCdf) expectClose(noncentralTCdfLarge(t, df, ncp), p, 1e-12, 1e-14, `t=${t} df=${df} ncp=${ncp}`);
  });

  it('t limits equal the oracle at 1e-12', () => {
    for (const { t, df, lower, upper } of expected.noncentralTLimits) {
      const [lo, hi] = noncentralTLimits(t, df);
      expectClose(lo, lower, 1e-12, 0, `t=${t} df=${df} lower`);
      expectClose(hi, upper, 1e-12, 0, `t=${t} df=${df} upper`);
    }
  });

  it('F limits equal scipy at 1e-10', () => {
    for (const { f, d1, d2, lower, upper } of expected.noncentralFLimits) {
      const [lo, hi] = noncentralFLimits(f, d1, d2);
      expectClose(lo, lower, 1e-10, 0, `f=${f} d1=${d1} d2=${d2} lower`);
      expectClose(hi, upper, 1e-10, 0, `f=${f} d1=${d1} d2=${d2} upper`);
    }
  });

  it('the integral forms agree with the mixtures where both are cheap and accurate', () => {
    for (const [t, nu] of [[30, 10], [-20, 4], [3, 200], [45, 1e5]]) {
      for (const k of [-2, 0, 2]) {
        const d = t + k * Math.sqrt(1 + (t * t) / (2 * nu));
        expectClose(noncentralTCdfLarge(t, nu, d), noncentralTCdf(t, nu, d), 0, 1e-12, `t=${t} nu=${nu} d=${d}`);
      }
    }
    for (const [f, d1, d2] of [[200, 2, 10], [2000, 3, 20], [900, 1, 40]]) {
      for (const k of [0.6, 1, 1.5]) expectClose(noncentralFCdfLarge(f, d1, d2, k * f * d1), noncentralFCdf(f, d1, d2, k * f * d1), 0, 1e-12, `f=${f} d1=${d1} d2=${d2}`);
    }
  });

  it('the largest doubles give finite, ordered limits around the statistic', () => {
    for (const [t, nu] of [[1e308, 1e6], [1e308, 5], [-1e308, 30], [1e150, 2]]) {
      const [lo, hi] = noncentralTLimits(t, nu);
      expect(Number.isFinite(lo) && Number.isFinite(hi), `t=${t}`).toBe(true);
      expect(lo < hi && lo < t && t < hi, `t=${t} [${lo}, ${hi}]`).toBe(true);
    }
    for (const [f, d1, d2] of [[1e300, 3, 10], [1e13, 2, 57]]) {
      const [lo, hi] = noncentralFLimits(f, d1, d2);
      expect(Number.isFinite(lo) && Number.isFinite(hi) && 0 < lo && lo < hi, `f=${f} [${lo}, ${hi}]`).toBe(true);
    }
  });
});
