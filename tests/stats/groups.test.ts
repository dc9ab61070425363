import { describe, expect, it } from 'vitest';
import { codeGroups, groupMoments, pooledMoments } from '../../src/stats/groups.js';
import { expectClose } from '../helpers/close.js';
import { groupsFixture } from '../helpers/groups-fixture.js';

// R: mean/var/min/max per group of fixtures/groups-survey.csv, fixtures/oracle/groups.R (weights by replication).
const { cols, age, expected } = groupsFixture();

describe('group moments against R', () => {
  for (const weighted of [false, true]) {
    const ref = expected[weighted ? 'weighted' : 'unweighted'];
    const w = weighted ? cols.w : null;
    it(`sat by gender and by age${weighted ? ' (weighted)' : ''}`, () => {
      const byGender = codeGroups(cols.gender, [1, 2]);
      const x = cols.sat.map((v, i) => (Number.isNaN(cols.gender[i]) ? NaN : v));
      const byAge = codeGroups(age);
      for (const [got, want] of [[groupMoments(x, byGender.codes, 2, w), ref.sat.groups], [groupMoments(cols.sat, byAge.codes, 3, w), ref.satAge.groups]]) {
        for (const [g, e] of (want as any[]).entries()) {
          expectClose(got[g].n, e.n, 1e-12, 0, 'n');
          expectClose(got[g].mean, e.mean, 1e-12, 0, 'mean');
          expectClose(got[g].variance, e.variance, 1e-10, 0, 'variance');
          expect(got[g].min).toBe(e.min);
          expect(got[g].max).toBe(e.max);
        }
      }
    });
  }
});

describe('group codes', () => {
  it('keep text labels in first-appearance order, not collation order', () => {
    const { codes, keys } = codeGroups(['老年', '青年', null, '中年', '青年', '']);
    expect(keys).toEqual(['老年', '青年', '中年']);
    expect([...codes]).toEqual([0, 1, -1, 2, 1, -1]);
  });
  it('put the given (value-label) order first', () => {
    expect(codeGroups([3, 1, 2, NaN], [1, 2, 3]).keys).toEqual([1, 2, 3]);
  });
  it('pool groups into the Total row', () => {
    const x = [1, 2, 3, 4, 5, 6, 10];
    const g = groupMoments(x, [0, 0, 1, 1, 1, 2, 2], 3);
    const all = groupMoments(x, x.map(() => 0), 1)[0];
    const t = pooledMoments(g);
    expectClose(t.mean, all.mean, 1e-14);
    expectClose(t.variance, all.variance!, 1e-14);
    expect([t.n, t.min, t.max]).toEqual([7, 1, 10]);
  });
  it('give no variance to a group of one case', () => {
    expect(groupMoments([1, 2, 3], [0, 1, 1], 2)[0].variance).toBeNull();
  });
});
