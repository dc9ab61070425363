import { describe, expect, it } from 'vitest';
import { commonMethodBias, constructValidity } from '../../src/analyses/validity.js';
import { expectClose } from '../helpers/close.js';
import { correlation, expected, groupsOf, inputOf } from '../helpers/validity-fixture.js';

describe('construct validity of a CFA (semTools / lavaan / R numbers)', () => {
  it('eight factors: alpha, CR, AVE, HTMT as the oracle; verdicts follow the thresholds', () => {
    const m = expected.models.eight;
    const r = constructValidity(inputOf(m));
    r.constructs.forEach((c, f) => {
      expect(c.factor).toBe(m.factors[f]);
      expectClose(c.alpha, m.alpha[f], 1e-9, 1e-12, `alpha ${c.factor}`);
      expectClose(c.cr, m.cr[f], 1e-9);
      expectClose(c.ave, m.ave[f] as number, 1e-9);
      expect(c.crPass).toBe(m.cr[f] >= 0.7);
      expect(c.avePass).toBe((m.ave[f] as number) >= 0.5);
      expect(c.convergent).toBe(c.loadingsPass && c.crPass && c.avePass);
    });
    // f8 loads weakly (.45-.6 in the generator): CR and AVE under their thresholds.
    expect(r.constructs[7]).toMatchObject({ crPass: false, avePass: false, convergent: false });
    r.htmt.arithmetic.forEach((row, i) => row.forEach((v, j) => expectClose(v, m.htmt[i][j], 1e-9)));
    r.htmt.geometric.forEach((row, i) => row.forEach((v, j) => expectClose(v, m.htmt2[i][j], 1e-9)));
    expect(r.htmt.mean).toBe('arithmetic');
    expect(r.htmt.aboveStrict).toEqual([]);
  });

  it('the thresholds are configurable: loadings >= .7 fail where an item loads .6', () => {
    const r = constructValidity(inputOf(expected.models.three, { loading: 0.7, htmt: 0.5 }));
    expect(r.thresholds.loading).toBe(0.7);
    expect(r.constructs.map((c) => c.loadingsPass)).toEqual(r.constructs.map((c) => c.loadingMin >= 0.7));
    expect(r.constructs.some((c) => !c.loadingsPass)).toBe(true);
    // f2-f3 HTMT .513 is above a strict limit of .5.
    expect(r.htmt.aboveStrict).toEqual([{ a: 'f2', b: 'f3', value: r.htmt.arithmetic[2][1] }]);
  });

  it('a cross-loading leaves AVE (and so Fornell-Larcker) empty for its factors; its item counts in both', () => {
    const m = expected.models.crossError;
    const r = constructValidity(inputOf(m));
    expect(r.constructs.map((c) => c.crossLoading)).toEqual([false, true, true]);
    expect(r.constructs[1].ave).toBeNull();
    expect(r.fornellLarcker.passes[1]).toBeNull();
    expect(r.constructs[2].items).toContain('f2_4');
    expectClose(r.constructs[2].alpha, m.alpha[2], 1e-9);
    expect(groupsOf(m)[2]).toHaveLength(5);
  });
});

describe('common method bias', () => {
  it("Harman's share of all items; the one-factor model compared by chi-square difference", () => {
    const r = commonMethodBias(expected.items, correlation, {
      oneFactor: { chiSquare: 5000, df: 324, cfi: 0.4, tli: 0.35, rmsea: 0.15, srmr: 0.12 },
      model: { chiSquare: 350, df: 296, cfi: 0.99, tli: 0.99, rmsea: 0.017, srmr: 0.03 },
    });
    expectClose(r.harman.share, expected.harman.share, 1e-9);
    expectClose(r.harman.eigenvalue, expected.harman.eigenvalues[0], 1e-9);
    expect(r.harman.exceeds).toBe(false);
    expect(r.difference).toMatchObject({ chiSquare: 4650, df: 28 });
    expect(r.difference!.p).toBeLessThan(1e-12);
    expect(commonMethodBias(expected.items, correlation).difference).toBeNull();
  });
});
