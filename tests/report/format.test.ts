import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCell, formatNumber, fullPrecision } from '../../src/report/format.js';

describe('formatNumber (SPSS style)', () => {
  it.each([
    [0.482, 3, 'plain', '.482'],
    [-0.482, 3, 'plain', '-.482'],
    [0.4825, 3, 'plain', '.483'],
    [-0.4825, 3, 'plain', '-.483'],
    [1.2345, 3, 'plain', '1.235'],
    [2.675, 2, 'plain', '2.68'], // toFixed gives 2.67 (the double is 2.67499...)
    [1.0045, 3, 'plain', '1.005'],
    [0.9996, 3, 'plain', '1.000'],
    [12345.6789, 3, 'plain', '12345.679'],
    [1234567.5, 0, 'plain', '1234568'],
    [1e21, 1, 'plain', '1.0E+21'],
    [-2.5e300, 3, 'plain', '-2.500E+300'],
    [999999999999999.9, 1, 'plain', '999999999999999.9'],
    [1e15, 3, 'int', '1E+15'],
    [1e-20, 3, 'plain', '.000'],
    [0, 3, 'plain', '.000'],
    [-0, 3, 'plain', '.000'],
    [-0.0001, 3, 'plain', '.000'],
    [-0.0004999, 3, 'plain', '.000'],
    [-0.0005, 3, 'plain', '-.001'],
    [0.4, 0, 'plain', '0'],
    [0.5, 0, 'plain', '1'],
    [-0.5, 0, 'plain', '-1'],
    [3, 2, 'plain', '3.00'],
    [0.0004999, 3, 'sig', '.000'],
    [0.00049999999999, 3, 'sig', '.000'],
    [0.0005, 3, 'sig', '.001'],
    [0.00051, 3, 'sig', '.001'],
    [0.0495, 3, 'sig', '.050'],
    [1, 3, 'sig', '1.000'],
    [0, 3, 'sig', '.000'],
    [120.5, 3, 'int', '121'],
    [7, 3, 'int', '7'],
    [67.567, 1, 'percent', '67.6'],
    [0.55, 1, 'percent', '.6'],
    [100, 1, 'percent', '100.0'],
    [99.95, 1, 'percent', '100.0'],
  ] as const)('%s with %s decimals (%s) -> %s', (x, d, style, expected) => {
    expect(formatNumber(x, d, style)).toBe(expected);
  });

  it("'coefficient': plain, but a non-zero value that would show as zero in E notation (SPSS's B column)", () => {
    expect(formatNumber(4.1475e-5, 3, 'coefficient')).toBe('4.147E-5');
    expect(formatNumber(-2e-7, 3, 'coefficient')).toBe('-2.000E-7');
    expect(formatNumber(0, 3, 'coefficient')).toBe('.000');
    expect(formatNumber(0.0005, 3, 'coefficient')).toBe('.001');
    expect(formatNumber(-0.656, 3, 'coefficient')).toBe('-.656');
    expect(formatNumber(4.1475e-5, 3)).toBe('.000');
  });
  it('defaults to the plain style', () => {
    expect(formatNumber(-1.5, 1)).toBe('-1.5');
  });

  it('throws for programming mistakes: NaN, infinities, bad decimals, p outside [0, 1]', () => {
    expect(() => formatNumber(NaN, 3)).toThrow(/null/);
    expect(() => formatNumber(Infinity, 3)).toThrow();
    expect(() => formatNumber(-Infinity, 3)).toThrow();
    expect(() => formatNumber(1, -1)).toThrow();
    expect(() => formatNumber(1, 1.5)).toThrow();
    expect(() => formatNumber(1.2, 3, 'sig')).toThrow(/p-value/);
    expect(() => formatNumber(-0.1, 3, 'sig')).toThrow(/p-value/);
  });

  it('rounds an exact decimal half away from zero (property)', () => {
    // x = <int>.<frac>5 written with few digits, so its shortest form is exactly that text.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 5 }), fc.boolean(), (m, d, negative) => {
        const digits = String(m).padStart(d + 1, '0');
        const text = `${digits.slice(0, digits.length - d)}.${digits.slice(digits.length - d)}5`;
        const x = Number(text) * (negative ? -1 : 1);
        const up = (BigInt(m) + 1n).toString().padStart(d + 1, '0');
        let expected = d > 0 ? `${up.slice(0, up.length - d)}.${up.slice(up.length - d)}` : up;
        if (expected.startsWith('0.')) expected = expected.slice(1);
        expect(formatNumber(x, d)).toBe((negative ? '-' : '') + expected);
      }),
    );
  });

  it('agrees with Intl.NumberFormat halfExpand wherever the value is not a decimal tie (property)', () => {
    const reference = (x: number, d: number) => {
      const s = new Intl.NumberFormat('en-US', { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: false, roundingMode: 'halfExpand' } as Intl.NumberFormatOptions).format(x);
      const bare = s.replace(/^(-?)0\./, '$1.');
      return /[1-9]/.test(bare) ? bare : bare.replace('-', '');
    };
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 8 }), (x, d) => {
        const scaled = Math.abs(x) * 10 ** d;
        fc.pre(Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-3);
        expect(formatNumber(x, d)).toBe(reference(x, d));
      }),
      { numRuns: 2000 },
    );
  });

  it('is within half a unit of the last decimal, with exactly d decimals and no leading zero (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        const s = formatNumber(x, d);
        expect(s).toMatch(d === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d*\\.\\d{${d}}$`));
        expect(s).not.toMatch(/^-?0\./);
        expect(s).not.toMatch(/,/);
        const back = Number(s.replace(/^(-?)\./, '$10.'));
        expect(Math.abs(back - x)).toBeLessThanOrEqual(0.5 * 10 ** -d * (1 + 1e-9) + Math.abs(x) * 1e-15);
      }),
    );
  });
});

describe('fullPrecision', () => {
  it('gives the shortest text that reads back as the same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(fullPrecision(x))).toBe(x === 0 ? 0 : x);
      }),
    );
    expect(fullPrecision(-0)).toBe('0');
    expect(() => fullPrecision(NaN)).toThrow();
  });
});

describe('formatCell', () => {
  const num = { header: 'Mean' };
  it('prints null as blank and strings as they are', () => {
    expect(formatCell(null, num)).toBe('');
    expect(formatCell('Total', num)).toBe('Total');
    expect(formatCell({ value: null, suffix: 'a' }, num)).toBe('a');
  });
  it('uses the cell, then the column, then the style default for decimals', () => {
    expect(formatCell(0.48213, num)).toBe('.482');
    expect(formatCell(0.48213, { header: 'x', decimals: 2 })).toBe('.48');
    expect(formatCell({ value: 0.48213, decimals: 1 }, { header: 'x', decimals: 2 })).toBe('.5');
    expect(formatCell(67.567, { header: '%', style: 'percent' })).toBe('67.6');
    expect(formatCell(120, { header: 'N', style: 'int' })).toBe('120');
    expect(formatCell({ value: 0.0001, style: 'sig' }, num)).toBe('.000');
  });
  it('appends the suffix', () => {
    expect(formatCell({ value: 0.482, suffix: '**' }, num)).toBe('.482**');
  });
  it('shows a value code in a label column as written', () => {
    expect(formatCell(2, { header: 'Value', kind: 'label' })).toBe('2');
    expect(formatCell(2.5, { header: 'Value', kind: 'label' })).toBe('2.5');
    expect(formatCell(2, { header: 'Value', kind: 'label', decimals: 2 })).toBe('2.00');
  });
  it('throws on NaN', () => {
    expect(() => formatCell(NaN, num)).toThrow();
    expect(() => formatCell({ value: NaN }, { header: 'v', kind: 'label' })).toThrow();
  });
});
