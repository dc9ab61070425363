import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSav, type SavVariable } from '../../src/data/sav-read.js';

// What haven read from each file (fixtures/oracle/sav-expected.R); the files are written by
// fixtures/oracle/sav-haven.R and fixtures/oracle/sav-pspp.sps.
interface Want {
  rows: number;
  variables: {
    name: string;
    label: string | null;
    type: 'numeric' | 'string';
    values: (number | string | null)[];
    valueLabels: [number | string, string][];
    missingValues: (number | string)[];
    missingRange: [number | string, number | string] | null;
  }[];
}
const expected: Record<string, Want> = JSON.parse(readFileSync('fixtures/expected/sav-formats.json', 'utf8'));
const inf = (x: number | string) => (x === 'Inf' ? Infinity : x === '-Inf' ? -Infinity : x);

export function expectLikeHaven(vars: SavVariable[], want: Want): void {
  expect(vars.map((v) => v.name)).toEqual(want.variables.map((v) => v.name));
  vars.forEach((v, j) => {
    const w = want.variables[j];
    expect(v.label).toBe(w.label);
    expect(v.width === 0 ? 'numeric' : 'string').toBe(w.type);
    const got = v.width === 0 ? Array.from(v.values as Float64Array, (x) => (Number.isNaN(x) ? null : x)) : v.values;
    expect(got).toEqual(w.values);
    expect([...v.valueLabels]).toEqual(w.valueLabels);
    expect(v.missing.values).toEqual(w.missingValues);
    expect(v.missing.range ?? null).toEqual(w.missingRange === null ? null : w.missingRange.map(inf));
  });
}

describe.each(Object.keys(expected))('readSav(%s) equals haven', (name) => {
  const sav = readSav(readFileSync(`fixtures/sav/${name}.sav`), `${name}.sav`);
  it('every name, label, value, value label and user-missing value', () => {
    expect(sav.rows).toBe(expected[name].rows);
    expectLikeHaven(sav.variables, expected[name]);
  });
  it('compression and encoding', () => {
    expect(sav.compression).toBe(name.endsWith('zsav') ? 'zlib' : name.endsWith('byte') ? 'bytecode' : 'none');
    expect(sav.encoding.toLowerCase().replace('-', '')).toBe(name.includes('gbk') ? 'gbk' : 'utf8');
  });
  if (name.startsWith('pspp')) {
    // The syntax that wrote them (fixtures/oracle/sav-pspp-data.sps): WEIGHT BY w, VARIABLE LEVEL.
    it('weight variable and measurement levels', () => {
      expect(sav.weight).toBe('w');
      expect(sav.variables.map((v) => v.measure)).toEqual(['nominal', 'ordinal', 'scale', 'scale', 'nominal']);
    });
  }
});
