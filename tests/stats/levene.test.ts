import { describe, it } from 'vitest';
import { codeGroups } from '../../src/stats/groups.js';
import { leveneTest, type LeveneCenter } from '../../src/stats/levene.js';
import { expectClose } from '../helpers/close.js';
import { groupsFixture } from '../helpers/groups-fixture.js';

// R: car::leveneTest(center = mean, median); adjusted df and EXAMINE's 5% trimmed mean from their
// definitions (fixtures/oracle/groups.R); weights by replication.
const { cols, age, expected } = groupsFixture();

function check(got: ReturnType<typeof leveneTest>, want: { f: number; df1: number; df2: number; p: number }, what: string) {
  expectClose(got!.f, want.f, 1e-9, 0, `${what} F`);
  expectClose(got!.df1, want.df1, 1e-12, 0, `${what} df1`);
  expectClose(got!.df2, want.df2, 1e-9, 0, `${what} df2`);
  expectClose(got!.p, want.p, 1e-9, 0, `${what} p`);
}

describe('Levene against R', () => {
  for (const weighted of [false, true]) {
    const ref = expected[weighted ? 'weighted' : 'unweighted'];
    const w = weighted ? cols.w : null;
    it(`two groups (gender)${weighted ? ', weighted' : ''}`, () => {
      const { codes } = codeGroups(cols.gender, [1, 2]);
      for (const v of ['sat', 'q1']) {
        check(leveneTest(cols[v], codes, 2, w, 'mean'), ref[v].leveneMean, `${v} mean`);
        check(leveneTest(cols[v], codes, 2, w, 'median'), ref[v].leveneMedian, `${v} median`);
      }
    });
    it(`three groups (age), all four centres${weighted ? ', weighted' : ''}`, () => {
      const { codes } = codeGroups(age);
      const names: [LeveneCenter, string][] = [['mean', 'leveneMean'], ['median', 'leveneMedian'], ['median-adjusted', 'leveneMedianAdjusted'], ['trimmed', 'leveneTrimmed']];
      for (const v of ['satAge', 'q1Age']) {
        for (const [c, key] of names) check(leveneTest(cols[v.slice(0, -3)], codes, 3, w, c), ref[v][key], `${v} ${c}`);
      }
    });
  }
});

describe('the four rows together', () => {
  it('equal each test run on its own', async () => {
    const { leveneTests } = await import('../../src/stats/levene.js');
    const { codes } = codeGroups(age);
    const all = leveneTests(cols.sat, codes, 3, cols.w);
    for (const c of ['mean', 'median', 'median-adjusted', 'trimmed'] as const) expectClose(all[c]!.f, leveneTest(cols.sat, codes, 3, cols.w, c)!.f, 1e-15, 0, c);
  });
});
