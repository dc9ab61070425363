import { describe, expect, it } from 'vitest';
import { codeGroups } from '../../src/stats/groups.js';
import { kruskalWallis, mannWhitney, rankSums, wilcoxonSignedRank } from '../../src/stats/rank-tests.js';
import { expectClose } from '../helpers/close.js';
import { groupsFixture } from '../helpers/groups-fixture.js';

// R: wilcox.test(exact = FALSE, correct = FALSE) (SPSS's asymptotic Z with the ties correction),
// wilcox.test(exact = TRUE) without ties, kruskal.test (fixtures/oracle/groups.R); weights by replication.
const { cols, age, expected } = groupsFixture();

describe('rank tests against R', () => {
  for (const weighted of [false, true]) {
    const ref = expected[weighted ? 'weighted' : 'unweighted'];
    const w = weighted ? cols.w : null;
    it(`Mann-Whitney U by gender${weighted ? ', weighted' : ''}`, () => {
      const { codes } = codeGroups(cols.gender, [1, 2]);
      for (const v of ['sat', 'q1']) {
        const e = ref[v].mannWhitney;
        const r = rankSums(cols[v], codes, 2, w);
        for (let g = 0; g < 2; g++) {
          expectClose(r.meanRank[g], e.meanRank[g], 1e-12, 0, 'mean rank');
          expectClose(r.rankSum[g], e.rankSum[g], 1e-12, 0, 'rank sum');
        }
        const m = mannWhitney(r)!;
        expectClose(m.u, e.u, 1e-12, 0, 'U');
        expectClose(m.p, e.p, 1e-9, 0, 'p');
        expectClose(-Math.abs(m.z), e.z, 1e-9, 0, 'Z');
        expect(m.wilcoxonW - m.u).toBe(r.n[r.rankSum.indexOf(m.wilcoxonW)] * (r.n[r.rankSum.indexOf(m.wilcoxonW)] + 1) / 2);
      }
    });
    it(`Wilcoxon signed-rank of post - pre${weighted ? ', weighted' : ''}`, () => {
      const e = ref.paired.signedRank;
      const r = wilcoxonSignedRank(cols.pre, cols.post, w);
      expect(r.ties).toBe(e.ties);
      for (const side of ['negative', 'positive'] as const) {
        expect(r[side].n).toBe(e[side].n);
        expectClose(r[side].rankSum, e[side].rankSum, 1e-12, 0, `${side} rank sum`);
      }
      expectClose(r.z, e.z, 1e-9, 0, 'Z');
      expectClose(r.p, e.p, 1e-9, 0, 'p');
    });
    it(`Kruskal-Wallis H by age${weighted ? ', weighted' : ''}`, () => {
      const { codes } = codeGroups(age);
      for (const v of ['sat', 'q1']) {
        const e = ref[`${v}Age`].kruskal;
        const r = rankSums(cols[v], codes, 3, w);
        for (let g = 0; g < 3; g++) expectClose(r.meanRank[g], e.meanRank[g], 1e-12, 0, 'mean rank');
        const k = kruskalWallis(r)!;
        expectClose(k.h, e.h, 1e-9, 0, 'H');
        expect(k.df).toBe(e.df);
        expectClose(k.p, e.p, 1e-9, 0, 'p');
      }
    });
  }
  it('exact p of a small sample without ties', () => {
    const { a, b, u, p } = expected.exact;
    const r = rankSums([...a, ...b], [...a.map(() => 0), ...b.map(() => 1)], 2);
    const m = mannWhitney(r)!;
    expect(m.u).toBe(u);
    expectClose(m.exactP, p, 1e-12);
  });
  it('gives no exact p with ties, and nothing when every value is tied', () => {
    expect(mannWhitney(rankSums([1, 2, 2, 3], [0, 0, 1, 1], 2))!.exactP).toBeNull();
    expect(kruskalWallis(rankSums([2, 2, 2, 2], [0, 0, 1, 1], 2))).toBeNull();
  });
});
