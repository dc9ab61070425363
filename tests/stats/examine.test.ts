import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  boxStatistics,
  dallalWilkinsonP,
  extremes,
  lilliefors,
  orderStatistic,
  percentile,
  shapiroWilk,
  sortCases,
  trimmedMean,
  tukeyHinges,
} from '../../src/stats/examine.js';
import { expectClose } from '../helpers/close.js';
import { expected, fixtureColumns, numericColumn } from '../helpers/crosstab-explore-fixture.js';

// Expected values: R quantile(type = 6), fivenum, shapiro.test, nortest::lillie.test and the
// trimmed-mean definition (fixtures/oracle/crosstab-explore.R).
const E = expected.explore;
const P = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];
const ids = numericColumn('id');

function check(name: string, x: Float64Array, w: Float64Array | null, e: any) {
  const s = sortCases(x, w);
  expect(s.W).toBe(e.n);
  P.forEach((p, k) => expectClose(percentile(s, p), e.percentiles[k], 1e-9, 1e-12, `${name} P${p * 100}`));
  const h = tukeyHinges(s);
  expectClose(h.lower, e.hinges[0], 1e-9, 1e-12, `${name} lower hinge`);
  expectClose(h.median, e.hinges[1], 1e-9, 1e-12, `${name} median hinge`);
  expectClose(h.upper, e.hinges[2], 1e-9, 1e-12, `${name} upper hinge`);
  expectClose(trimmedMean(s), e.trimmedMean, 1e-9, 1e-12, `${name} trimmed`);
  expectClose(percentile(s, 0.75) - percentile(s, 0.25), e.iqr, 1e-9, 1e-12, `${name} IQR`);
  if (!w) {
    const sw = shapiroWilk(s.values)!;
    expectClose(sw.statistic, e.shapiro.statistic, 1e-9, 0, `${name} W`);
    expectClose(sw.p, e.shapiro.p, 1e-9, 0, `${name} SW p`);
    const ex = extremes(s);
    expect(ex.highest.map((c) => ids[c.row])).toEqual(e.highest.id);
    expect(ex.lowest.map((c) => ids[c.row])).toEqual(e.lowest.id);
  }
  if (e.n > 4) {
    const l = lilliefors(s)!;
    expectClose(l.statistic, e.lillie.statistic, 1e-9, 0, `${name} D`);
    // nortest's p is Dallal-Wilkinson's only below 0.1; SPSS's is never above 0.2.
    if (e.lillie.nortestP < 0.1) expectClose(l.p, e.lillie.nortestP, 1e-9, 0, `${name} Lilliefors p`);
    else expect(l.p).toBeGreaterThan(0.05);
  }
}

describe('explore statistics against R', () => {
  const score = numericColumn('score');
  it('score', () => check('score', score, null, E.score));
  it('wait (skewed)', () => check('wait', numericColumn('wait'), null, E.wait));
  it('age (whole numbers, ties)', () => check('age', numericColumn('age'), null, E.age));
  it('q2 (5 points, many ties; the skip code missing)', () => check('q2', numericColumn('q2'), null, E.q2));
  it('score weighted (replicated rows)', () => check('scoreWeighted', score, numericColumn('w'), E.scoreWeighted));
  it('score by gender (each group on its own; no gender, no group)', () => {
    const g = fixtureColumns().gender;
    const only = (label: string) => score.map((v, i) => (g[i] === label ? v : NaN));
    check('scoreFemale', only('Female'), null, E.scoreFemale);
    check('scoreMale', only('Male'), null, E.scoreMale);
  });
  it('three and seven cases', () => {
    check('small', Float64Array.from([4.1, 2.2, 3.9]), null, E.small);
    check('small7', Float64Array.from([1, 2.5, 2.5, 3, 7, 4.5, 3.25]), null, E.small7);
  });
});

describe('boxplot markers', () => {
  it('outliers beyond 1.5 and extremes beyond 3 hinge spreads (hinges from R fivenum)', () => {
    const score = numericColumn('score');
    const b = boxStatistics(sortCases(score, null));
    const [lo, , hi] = E.score.hinges;
    const step = hi - lo;
    const valid = [...score].map((v, i) => ({ v, id: ids[i] })).filter((c) => !Number.isNaN(c.v));
    const beyond = (c: { v: number }) => Math.max(lo - c.v, c.v - hi);
    expect(b.extremes.map((c) => ids[c.row]).sort()).toEqual(valid.filter((c) => beyond(c) > 3 * step).map((c) => c.id).sort());
    expect(b.outliers.map((c) => ids[c.row]).sort()).toEqual(valid.filter((c) => beyond(c) > 1.5 * step && beyond(c) <= 3 * step).map((c) => c.id).sort());
    expect(b.extremes.map((c) => ids[c.row])).toContain(151);
    expect(b.outliers.map((c) => ids[c.row])).toEqual(expect.arrayContaining([18, 102]));
    const inside = valid.filter((c) => beyond(c) <= 1.5 * step).map((c) => c.v);
    expect(b.whiskerLow).toBe(Math.min(...inside));
    expect(b.whiskerHigh).toBe(Math.max(...inside));
  });
});

describe('extreme values', () => {
  it('a tie at the last place is flagged (the footnote SPSS prints)', () => {
    const s = sortCases(Float64Array.from([5, 1, 5, 2, 5, 3, 5, 4, 5, 5, 0]), null);
    const e = extremes(s);
    expect(e.highest.map((c) => c.row)).toEqual([9, 8, 6, 4, 2]);
    expect(e.highestPartial).toBe(true);
    expect(e.lowest.map((c) => c.value)).toEqual([0, 1, 2, 3, 4]);
    expect(e.lowestPartial).toBe(false);
  });
  it('fewer than five cases lists them all', () => {
    const e = extremes(sortCases(Float64Array.from([2, 1]), null));
    expect(e.highest.map((c) => c.value)).toEqual([2, 1]);
    expect(e.lowest.map((c) => c.value)).toEqual([1, 2]);
  });
});

describe('Lilliefors p as SPSS prints it', () => {
  it('Dallal-Wilkinson below .2; .2 as a lower bound from there on', () => {
    expect(lilliefors(sortCases(numericColumn('score'), null))!.lowerBound).toBe(false);
    const flat = Float64Array.from({ length: 50 }, (_, i) => i);
    const l = lilliefors(sortCases(flat, null))!;
    expect(l.dallalWilkinson).toBeGreaterThan(0.2);
    expect(l.p).toBe(0.2);
    expect(l.lowerBound).toBe(true);
  });
  it('n > 100 scales D by (n/100)^0.49 on n = 100', () => {
    expectClose(dallalWilkinsonP(0.05, 400), dallalWilkinsonP(0.05 * 4 ** 0.49, 100), 1e-15);
  });
});

const sample = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 6, maxLength: 40 }).filter((a) => new Set(a).size > 2);

describe('explore properties', () => {
  it('a shift moves the location statistics and leaves the shape ones alone', () => {
    fc.assert(
      fc.property(sample, fc.integer({ min: -1000, max: 1000 }), (a, c) => {
        const s = sortCases(Float64Array.from(a), null);
        const t = sortCases(Float64Array.from(a, (v) => v + c), null);
        for (const p of P) expectClose(percentile(t, p), percentile(s, p) + c, 1e-12, 1e-9);
        expectClose(trimmedMean(t), trimmedMean(s) + c, 1e-12, 1e-9);
        expectClose(tukeyHinges(t).upper - tukeyHinges(t).lower, tukeyHinges(s).upper - tukeyHinges(s).lower, 1e-12, 1e-9);
        expectClose(shapiroWilk(t.values)!.statistic, shapiroWilk(s.values)!.statistic, 1e-9, 1e-12);
        expectClose(lilliefors(t)!.statistic, lilliefors(s)!.statistic, 1e-9, 1e-12);
      }),
    );
  });
  it('whole weights equal replicated rows', () => {
    fc.assert(
      fc.property(sample.chain((a) => fc.tuple(fc.constant(a), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: a.length, maxLength: a.length }))), ([a, w]) => {
        const s = sortCases(Float64Array.from(a), Float64Array.from(w));
        const r = sortCases(Float64Array.from(a.flatMap((v, i) => Array(w[i]).fill(v))), null);
        for (const p of P) expectClose(percentile(s, p), percentile(r, p), 1e-12, 1e-12);
        for (const t of [1, 2.5, s.W / 2, s.W]) expectClose(orderStatistic(s, t), orderStatistic(r, t), 1e-12, 1e-12);
        expectClose(trimmedMean(s), trimmedMean(r), 1e-12, 1e-12);
        expectClose(tukeyHinges(s).lower, tukeyHinges(r).lower, 1e-12, 1e-12);
        expectClose(lilliefors(s)!.statistic, lilliefors(r)!.statistic, 1e-12, 1e-12);
      }),
    );
  });
});
