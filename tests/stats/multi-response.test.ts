import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiResponseCrosstab, multiResponseFrequencies } from '../../src/stats/multi-response.js';

const ind = (...xs: number[][]) => xs.map((x) => Uint8Array.from(x));

describe('multiResponseFrequencies (SPSS MULT RESPONSE, dichotomy group)', () => {
  it('counts responses, and only the cases that chose something as cases', () => {
    const f = multiResponseFrequencies(ind([1, 0, 0, 1], [1, 1, 0, 0]), null);
    expect(f.responses).toEqual([2, 2]);
    expect(f.totalResponses).toBe(4);
    expect([f.valid, f.missing, f.total]).toEqual([3, 1, 4]);
    expect(f.percentOfResponses).toEqual([50, 50]);
    expect(f.percentOfCases[0]).toBeCloseTo(200 / 3, 12);
    expect(f.totalPercentOfCases).toBeCloseTo(400 / 3, 12);
  });

  it('weights multiply cases; a non-positive or missing weight is no case', () => {
    const f = multiResponseFrequencies(ind([1, 1, 0, 1], [0, 1, 1, 0]), Float64Array.of(2, 0, 3, NaN));
    expect(f.responses).toEqual([2, 3]);
    expect([f.valid, f.missing, f.total]).toEqual([5, 0, 5]);
  });

  it('no case answered: percents null, never NaN', () => {
    const f = multiResponseFrequencies(ind([0, 0], [0, 0]), null);
    expect(f.percentOfCases).toEqual([null, null]);
    expect(f.percentOfResponses).toEqual([null, null]);
    expect(f.totalPercentOfCases).toBeNull();
  });

  it('property: responses sum to the total, percent of responses to 100, percent of cases at least 100', () => {
    const data = fc.integer({ min: 2, max: 5 }).chain((k) => fc.array(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: k, maxLength: k }), { minLength: 1, maxLength: 40 }));
    fc.assert(
      fc.property(data, (rows) => {
        const k = rows[0].length;
        const indicators = Array.from({ length: k }, (_, j) => Uint8Array.from(rows.map((r) => r[j])));
        const f = multiResponseFrequencies(indicators, null);
        expect(f.valid + f.missing).toBe(rows.length);
        expect(f.valid).toBe(rows.filter((r) => r.some((x) => x === 1)).length);
        if (f.totalResponses > 0) {
          expect(f.percentOfResponses.reduce((a, b) => a! + b!, 0)!).toBeCloseTo(100, 9);
          expect(f.totalPercentOfCases!).toBeGreaterThanOrEqual(100 - 1e-9);
        }
      }),
    );
  });
});

describe('multiResponseCrosstab', () => {
  it('per group: counts of the cases that chose each option, percent of the group\'s respondents', () => {
    const c = multiResponseCrosstab(ind([1, 0, 1, 1, 0], [0, 1, 1, 0, 0]), Int32Array.of(0, 0, 1, 1, -1), 2, null);
    expect(c.counts).toEqual([[1, 2], [1, 1]]);
    expect(c.cases).toEqual([2, 2]);
    expect(c.percents).toEqual([[50, 100], [50, 50]]);
    expect(c.optionTotals).toEqual([3, 2]);
    expect(c.optionTotalPercents).toEqual([75, 50]);
    expect([c.valid, c.missing, c.total]).toEqual([4, 1, 5]);
  });

  it('property: the group counts add up to the frequencies of the cases in a group', () => {
    const data = fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 1 }), fc.integer({ min: -1, max: 2 })), { minLength: 1, maxLength: 50 });
    fc.assert(
      fc.property(data, (rows) => {
        const indicators = [Uint8Array.from(rows.map((r) => r[0])), Uint8Array.from(rows.map((r) => r[1]))];
        const codes = Int32Array.from(rows.map((r) => r[2]));
        const c = multiResponseCrosstab(indicators, codes, 3, null);
        const inGroup = rows.map((r) => r[2] >= 0);
        const f = multiResponseFrequencies(indicators.map((x) => x.map((v, i) => (inGroup[i] ? v : 0))), null);
        expect(c.optionTotals).toEqual(f.responses);
        expect(c.totalCases).toBe(f.valid);
      }),
    );
  });
});
