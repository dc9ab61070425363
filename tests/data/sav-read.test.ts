import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSav } from '../../src/data/sav-read.js';
import { InputError } from '../../src/errors.js';

// Every value haven read from the same files (fixtures/oracle/sav.R).
const expected = JSON.parse(readFileSync('fixtures/expected/sav.json', 'utf8'));

describe.each(['byte', 'none'])('readSav on haven compress = %s', (cmp) => {
  const sav = readSav(readFileSync(`fixtures/sav/haven-${cmp}.sav`), 'x.sav');
  it('names, labels and values equal haven', () => {
    expect(sav.variables.map((v) => v.name)).toEqual(expected.names);
    for (const v of sav.variables) {
      expect(v.label).toBe(expected.labels[v.name]);
      const want = expected.values[v.name];
      if (v.width === 0) expect(Array.from(v.values as Float64Array).map((x) => (Number.isNaN(x) ? null : x))).toEqual(want);
      else expect(v.values).toEqual(want);
    }
    expect(sav.rows).toBe(5);
    expect(sav.encoding.toLowerCase().replace('-', '')).toBe('utf8');
  });
  it('value labels and user-missing values equal haven', () => {
    const byName = new Map(sav.variables.map((v) => [v.name, v]));
    expect(Object.fromEntries([...byName.get('sat')!.valueLabels].map(([k, l]) => [l, k]))).toEqual(expected.valueLabels.sat);
    expect(byName.get('sat')!.missing.values).toEqual([expected.missing.sat]);
    expect(byName.get('inc')!.missing.range).toEqual([expected.missing.inc[0], Infinity]);
    expect(byName.get('city')!.missing.values).toEqual([expected.missing.city]);
  });
});

describe('readSav on bad input', () => {
  const good = readFileSync('fixtures/sav/haven-byte.sav');
  it.each([
    ['empty', Buffer.alloc(0)],
    ['truncated header', good.subarray(0, 100)],
    ['truncated dictionary', good.subarray(0, 300)],
    ['truncated data', good.subarray(0, good.length - 20)],
    ['not a system file', Buffer.from('id,a\n1,2\n'.repeat(30))],
  ])('%s is one InputError (exit 3)', (_, b) => {
    expect(() => readSav(b, 'x.sav')).toThrow(InputError);
  });
});

describe('readSav on a GBK file written by PSPP (fixtures/oracle/sav-gbk.sps)', () => {
  const sav = readSav(readFileSync('fixtures/sav/pspp-gbk.sav'), 'g.sav');
  it('decodes GBK labels, the weight variable and measurement levels', () => {
    expect(sav.encoding).toBe('GBK');
    expect(sav.weight).toBe('w');
    const [q1, w] = sav.variables;
    expect(q1.label).toBe('满意度');
    expect([...q1.valueLabels]).toEqual([[1, '不满意'], [3, '满意']]);
    expect([q1.measure, w.measure]).toEqual(['ordinal', 'scale']);
    expect(Array.from(q1.values as Float64Array)).toEqual([1, 2, 3]);
    expect(Array.from(w.values as Float64Array)).toEqual([1.5, 0.5, 2]);
  });
});
