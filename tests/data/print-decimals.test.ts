import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printDecimals } from '../../src/data/print-decimals.js';
import { readSav } from '../../src/data/sav-read.js';
import { scaleScore } from '../../src/analyses/scale-scores.js';

const col = (...values: number[]) => ({ values: Float64Array.from(values) });

describe('printDecimals: the d of the print format SPSS would give a variable', () => {
  it('text data: the most decimals any valid value has (whole numbers: 0)', () => {
    expect(printDecimals(col(1, 2, 5, NaN))).toBe(0);
    expect(printDecimals(col(3.27, 4.1, 5))).toBe(2);
    expect(printDecimals(col(0.125, -2.5))).toBe(3);
    expect(printDecimals(col(1e-7))).toBe(7);
    expect(printDecimals(col(1 / 3))).toBe(16);
    expect(printDecimals(col())).toBe(0);
  });
  it("a .sav file's print format wins over its values", () => {
    expect(printDecimals({ values: Float64Array.of(1, 2), decimals: 2 })).toBe(2);
    // fixtures/oracle/sav-pspp-data.sps: id (F3.0) satisfaction_overall (F2.0) income (F8.2) w (F4.2).
    for (const name of ['pspp-utf8-byte', 'pspp-utf8-zsav', 'pspp-gbk-byte']) {
      const sav = readSav(readFileSync(`fixtures/sav/${name}.sav`), `${name}.sav`);
      expect(sav.variables.slice(0, 4).map((v) => v.decimals), name).toEqual([0, 0, 2, 2]);
    }
  });
  it("a computed scale score has COMPUTE's F8.2", () => {
    const items = [col(1, 2, 4), col(2, 2, 5)].map((c, j) => ({ name: `q${j}`, labels: new Map(), kind: 'numeric' as const, ...c }));
    expect(printDecimals(scaleScore('s', items))).toBe(2);
  });
});
