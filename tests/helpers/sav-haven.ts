import { expect } from 'vitest';
import type { SavVariable } from '../../src/data/sav-read.js';

/** What fixtures/oracle/sav-expected.R writes for one file: haven's reading (user_na = TRUE). */
export interface HavenFile {
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

const inf = (x: number | string) => (x === 'Inf' ? Infinity : x === '-Inf' ? -Infinity : x);

/** Every name, label, value (exactly), value label and user-missing value as haven read them. */
export function expectLikeHaven(vars: SavVariable[], want: HavenFile): void {
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
