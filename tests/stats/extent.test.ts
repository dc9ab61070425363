import { describe, expect, it } from 'vitest';
import { maxOf, minOf } from '../../src/stats/extent.js';

describe('maxOf / minOf: Math.max/min without the spread', () => {
  it('agree with Math.max/min, NaN and the empty list included', () => {
    expect(maxOf([3, -1, 7, 2])).toBe(7);
    expect(minOf([3, -1, 7, 2])).toBe(-1);
    expect(maxOf([], 0)).toBe(0);
    expect(maxOf([])).toBe(-Infinity);
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([1, -5], 2)).toBe(2);
    expect(minOf([1, -5], -9)).toBe(-9);
    expect(maxOf([1, Number.NaN, 3])).toBeNaN();
    expect(minOf(new Float64Array([4, 2, 9]))).toBe(2);
  });
  it('take a list far longer than the stack takes arguments', () => {
    const xs = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);
    expect(() => Math.max(...xs)).toThrow(RangeError);
    expect(maxOf(xs)).toBe(xs.reduce((a, b) => (b > a ? b : a)));
    expect(minOf(xs)).toBe(xs.reduce((a, b) => (b < a ? b : a)));
  });
});
