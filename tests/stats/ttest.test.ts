import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeGroups, groupMoments } from '../../src/stats/groups.js';
import { independentTTest, oneSampleTTest, pairedMoments, pairedTTest, type TTestRow } from '../../src/stats/ttest.js';
import { oneWayAnova } from '../../src/stats/anova.js';
import { expectClose } from '../helpers/close.js';
import { groupsFixture } from '../helpers/groups-fixture.js';

// R: t.test (var.equal TRUE/FALSE, mu = 3, paired = TRUE) and cor.test, fixtures/oracle/groups.R;
// weights by replication.
const { cols, expected } = groupsFixture();

function check(got: TTestRow | null, want: any, what: string) {
  for (const k of ['t', 'df', 'p', 'difference', 'se', 'ciLower', 'ciUpper'] as const) expectClose(got![k], want[k], 1e-9, 0, `${what} ${k}`);
}
const summary = (g: { n: number; mean: number; variance: number | null }) => ({ n: g.n, mean: g.mean, variance: g.variance ?? 0 });

describe('t tests against R', () => {
  for (const weighted of [false, true]) {
    const ref = expected[weighted ? 'weighted' : 'unweighted'];
    const w = weighted ? cols.w : null;
    it(`independent samples, both rows${weighted ? ', weighted' : ''}`, () => {
      const { codes } = codeGroups(cols.gender, [1, 2]);
      for (const v of ['sat', 'q1']) {
        const [a, b] = groupMoments(cols[v], codes, 2, w).map(summary);
        const r = independentTTest(a, b);
        check(r.pooled, ref[v].pooled, `${v} pooled`);
        check(r.welch, ref[v].welch, `${v} welch`);
      }
    });
    it(`one sample against 3${weighted ? ', weighted' : ''}`, () => {
      const [s] = groupMoments(cols.sat, cols.sat.map(() => 0), 1, w).map(summary);
      check(oneSampleTTest(s, 3), ref.oneSample.test, 'one-sample');
    });
    it(`paired pre - post with its correlation${weighted ? ', weighted' : ''}`, () => {
      const m = pairedMoments(cols.pre, cols.post, w);
      expect(m.n).toBe(ref.paired.n);
      const r = pairedTTest(m);
      expectClose(r.correlation, ref.paired.r, 1e-10, 0, 'r');
      expectClose(r.correlationP, ref.paired.rP, 1e-9, 0, 'r p');
      check(r.test, ref.paired.test, 'paired');
    });
  }
  it('has no pooled row without variance, no Welch row with a group of one', () => {
    expect(independentTTest({ n: 3, mean: 1, variance: 0 }, { n: 4, mean: 2, variance: 0 }).pooled).toBeNull();
    expect(independentTTest({ n: 1, mean: 1, variance: 0 }, { n: 4, mean: 2, variance: 1 }).welch).toBeNull();
  });
});

describe('t test properties', () => {
  const group = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 3, maxLength: 30 });
  it('two groups: t^2 = F and the same p', () => {
    fc.assert(fc.property(group, group, (x, y) => {
      const codes = [...x.map(() => 0), ...y.map(() => 1)];
      const gs = groupMoments([...x, ...y], codes, 2).map(summary);
      const t = independentTTest(gs[0], gs[1]).pooled;
      const a = oneWayAnova(gs);
      if (t === null || a?.f == null) return;
      expectClose(t.t * t.t, a.f, 1e-9, 1e-12);
      expectClose(t.p, a.p!, 1e-8, 1e-14);
    }));
  });
  it('integer weights equal replicated rows', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 1 }), fc.integer({ min: 1, max: 4 })), { minLength: 6, maxLength: 40 }), (rows) => {
      const rep = rows.flatMap(([v, g, w]) => Array.from({ length: w }, () => [v, g]));
      const a = groupMoments(rows.map((r) => r[0]), rows.map((r) => r[1]), 2, rows.map((r) => r[2])).map(summary);
      const b = groupMoments(rep.map((r) => r[0]), rep.map((r) => r[1]), 2).map(summary);
      const ta = independentTTest(a[0], a[1]).welch;
      const tb = independentTTest(b[0], b[1]).welch;
      expect(ta === null).toBe(tb === null);
      if (ta && tb) { expectClose(ta.t, tb.t, 1e-9, 1e-12); expectClose(ta.df, tb.df, 1e-9, 1e-12); }
    }));
  });
  it('adding a constant changes only the means', () => {
    fc.assert(fc.property(group, group, fc.integer({ min: -50, max: 50 }), (x, y, c) => {
      const codes = [...x.map(() => 0), ...y.map(() => 1)];
      const a = groupMoments([...x, ...y], codes, 2).map(summary);
      const b = groupMoments([...x, ...y].map((v) => v + c), codes, 2).map(summary);
      const ta = independentTTest(a[0], a[1]).pooled;
      const tb = independentTTest(b[0], b[1]).pooled;
      expectClose(b[0].mean, a[0].mean + c, 1e-12, 1e-12);
      if (ta && tb) { expectClose(tb.t, ta.t, 1e-8, 1e-10); expectClose(tb.difference, ta.difference, 1e-9, 1e-10); }
    }));
  });
});
