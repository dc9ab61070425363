import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseNumber, parseNumberList, parseScaleRange } from '../../src/data/options.js';
import { UsageError } from '../../src/errors.js';

describe('parseNumber', () => {
  it('plain decimals only', () => {
    for (const [s, v] of [['3', 3], [' -3 ', -3], ['+2.5', 2.5], ['.5', 0.5], ['5.', 5], ['1e3', 1000], ['-1.5E-2', -0.015]] as const) {
      expect(parseNumber(s)).toBe(v);
    }
    for (const s of ['', ' ', '0x10', 'Infinity', '-Infinity', 'NaN', '1,5', '1 000', '3a', '--3', '1e', '.', '1_000', '١٢']) {
      expect(parseNumber(s)).toBeNull();
    }
  });

  it('round-trips every finite double JavaScript prints', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      expect(parseNumber(String(x))).toBe(x === 0 ? 0 : x);
    }));
  });
});

describe('parseNumberList', () => {
  it('lists of codes', () => {
    expect(parseNumberList('-3,99')).toEqual([-3, 99]);
    expect(parseNumberList('-3 -2, 99，99')).toEqual([-3, -2, 99]);
    expect(parseNumberList('8')).toEqual([8]);
  });

  it('bad lists name the option and the part', () => {
    expect(() => parseNumberList('-3,x9')).toThrow(new UsageError("--missing: 'x9' is not a number (expected a list such as -3,99)"));
    expect(() => parseNumberList(' , ', '--missing')).toThrow(UsageError);
    expect(() => parseNumberList('1,2', '--codes')).not.toThrow();
    expect(() => parseNumberList('a', '--codes')).toThrow(/^--codes: 'a' is not a number/);
  });
});

describe('parseScaleRange', () => {
  it('accepted forms', () => {
    expect(parseScaleRange('1-5')).toEqual([1, 5]);
    expect(parseScaleRange(' 1 .. 7 ')).toEqual([1, 7]);
    expect(parseScaleRange('0,10')).toEqual([0, 10]);
    expect(parseScaleRange('1:5')).toEqual([1, 5]);
    expect(parseScaleRange('1 to 5')).toEqual([1, 5]);
    expect(parseScaleRange('-2-2')).toEqual([-2, 2]);
    expect(parseScaleRange('-3..-1')).toEqual([-3, -1]);
  });

  it('bad ranges', () => {
    expect(() => parseScaleRange('5')).toThrow(new UsageError("--scale-range: expected a range such as 1-5, got '5'"));
    expect(() => parseScaleRange('a-b')).toThrow(UsageError);
    expect(() => parseScaleRange('5-1')).toThrow(new UsageError("--scale-range: the minimum must be below the maximum, got '5-1'"));
    expect(() => parseScaleRange('3-3')).toThrow(/minimum must be below/);
    // 400 digits read as Infinity: a range such as [1, Infinity] reached the index (every score 0).
    expect(() => parseScaleRange(`1-${'9'.repeat(400)}`)).toThrow(/expected a range such as 1-5/);
    expect(() => parseScaleRange(`-${'9'.repeat(400)}-5`)).toThrow(/expected a range such as 1-5/);
  });
});
