import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSav } from '../../src/data/sav-read.js';
import { expectLikeHaven, type HavenFile } from '../helpers/sav-haven.js';

// What haven read from each file (fixtures/oracle/sav-expected.R); the files are written by
// fixtures/oracle/sav-haven.R and fixtures/oracle/sav-pspp.sps.
const expected: Record<string, HavenFile> = JSON.parse(readFileSync('fixtures/expected/sav-formats.json', 'utf8'));

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
