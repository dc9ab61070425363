import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSav } from '../../src/data/sav-read.js';
import { writeSav, type SavColumn } from '../../src/data/sav-write.js';
import { columns, DATE } from '../../fixtures/generate/sav-csat.mjs';
import { expectLikeHaven, type HavenFile } from '../helpers/sav-haven.js';

// haven's reading of the files csat's writer wrote, and of the same files after PSPP read and
// saved them again (fixtures/oracle/sav-csat.sps, sav-expected.R).
const expected: Record<string, HavenFile> = JSON.parse(readFileSync('fixtures/expected/sav-csat.json', 'utf8'));

describe.each([
  ['csat-written', true],
  ['csat-written-none', false],
])('%s.sav, written by csat', (name, compress) => {
  const file = readFileSync(`fixtures/sav/${name}.sav`);
  it('is what the writer writes today (fixtures/generate/sav-csat.mjs)', () => {
    expect(writeSav(columns() as SavColumn[], { date: DATE, compress }).equals(file)).toBe(true);
  });
  it('reads back as haven reads it, and as PSPP read it', () => {
    const sav = readSav(file, `${name}.sav`);
    expectLikeHaven(sav.variables, expected[name]);
    expectLikeHaven(sav.variables, expected[`${name}-pspp`]);
    expect(sav.variables.map((v) => v.measure)).toEqual(['nominal', 'ordinal', 'scale', 'scale', 'nominal', 'nominal']);
  });
});

describe('writeSav then readSav', () => {
  const number = fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -150, max: 300 }), fc.constant(NaN), fc.constant(-0));
  const text = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 140 }));
  const column = (n: number) =>
    fc.oneof(
      fc.array(number, { minLength: n, maxLength: n }).map((v) => Float64Array.from(v)),
      fc.array(text, { minLength: n, maxLength: n }),
    );
  it('gives back every value exactly (numbers, texts without trailing blanks, very long strings)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(fc.array(column(n), { minLength: 1, maxLength: 5 }), fc.boolean())), ([cols, compress]) => {
        const given = cols.map((values, j) => ({ name: `x${j}`, values }));
        const back = readSav(writeSav(given, { compress }), 'p.sav');
        back.variables.forEach((v, j) => {
          const want = given[j].values;
          if (want instanceof Float64Array) {
            expect(Array.from(v.values as Float64Array, (x) => (Object.is(x, -0) ? '-0' : x))).toEqual(
              Array.from(want, (x) => (x === -Number.MAX_VALUE ? NaN : Object.is(x, -0) ? '-0' : x)),
            );
          } else expect(v.values).toEqual(want.map((s) => s.replace(/[ \0]+$/, '')));
        });
      }),
      { numRuns: 200 },
    );
  });
});
