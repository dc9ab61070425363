import { describe, expect, it } from 'vitest';
import { sourceFromBuffer } from '../../src/data/read.js';
import { toDataset } from '../../src/data/convert.js';
import { groupingOf, selectLevels } from '../../src/analyses/grouping.js';
import { levelName } from '../../src/i18n/names.js';
import { UsageError } from '../../src/errors.js';

const ds = (csv: string, names: string[], weight: string | null = null) => toDataset(sourceFromBuffer(Buffer.from(csv), 'g.csv'), names, { weight });

describe('groupingOf', () => {
  it('text groups in order of first appearance, not collation order', () => {
    const g = groupingOf(ds('age,x\n青年,1\n老年,2\n中年,3\n青年,4\n,5\n', ['age', 'x']), 'age');
    expect(g.levels.map(levelName)).toEqual(['青年', '老年', '中年']);
    expect([...g.codes]).toEqual([0, 1, 2, 0, -1]);
  });
  it('numeric groups by ascending code, with their value labels', () => {
    const g = groupingOf(ds('g,x\n3,1\n1,2\n2,3\n', ['g', 'x']), 'g');
    expect(g.levels.map((c) => c.value)).toEqual([1, 2, 3]);
    expect([...g.codes]).toEqual([2, 0, 1]);
  });
  it('rows with a zero weight are in no group and define none', () => {
    const g = groupingOf(ds('g,x,w\n1,1,1\n2,2,0\n3,3,2\n', ['g', 'x'], 'w'), 'g');
    expect(g.levels.map((c) => c.value)).toEqual([1, 3]);
    expect([...g.codes]).toEqual([0, -1, 1]);
  });
  it('more levels than the limit is a usage error that suggests binning', () => {
    const csv = 'g,x\n' + Array.from({ length: 60 }, (_, i) => `${i},1`).join('\n') + '\n';
    expect(() => groupingOf(ds(csv, ['g', 'x']), 'g')).toThrow(UsageError);
    expect(() => groupingOf(ds(csv, ['g', 'x']), 'g')).toThrow(/looks continuous.*bin it/);
  });
});

describe('selectLevels', () => {
  const g = groupingOf(ds('age,x\n青年,1\n老年,2\n中年,3\n', ['age', 'x']), 'age');
  it('picks by label or code, in the order given, renumbering the codes', () => {
    const s = selectLevels(g, '中年,青年', '--groups');
    expect(s.levels.map(levelName)).toEqual(['中年', '青年']);
    expect([...s.codes]).toEqual([1, -1, 0]);
    const coded = groupingOf(ds('g,x\n1,1\n2,2\n3,3\n', ['g', 'x'], null), 'g');
    expect(selectLevels(coded, '3,1', '--groups').levels.map((c) => c.value)).toEqual([3, 1]);
    // A text column's internal codes name nothing.
    expect(() => selectLevels(g, '1,2', '--groups')).toThrow(UsageError);
  });
  it('an absent group or a repeated one is a usage error naming the groups', () => {
    expect(() => selectLevels(g, '青年,少年', '--groups')).toThrow(/'少年'.*groups found: 青年, 老年, 中年/);
    expect(() => selectLevels(g, '青年,青年', '--groups')).toThrow(/twice/);
  });
});
