import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeGroups, groupMoments } from '../../src/stats/groups.js';
import { brownForsytheAnova, oneWayAnova, welchAnova } from '../../src/stats/anova.js';
import { anovaEffectSizes } from '../../src/stats/effect-size.js';
import { expectClose } from '../helpers/close.js';
import { groupsFixture } from '../helpers/groups-fixture.js';

// R: aov, oneway.test(var.equal = FALSE), Brown-Forsythe from its definition, effectsize's
// eta_squared / epsilon_squared / omega_squared (fixtures/oracle/groups.R); weights by replication.
const { cols, age, expected } = groupsFixture();
const summary = (g: { n: number; mean: number; variance: number | null }) => ({ n: g.n, mean: g.mean, variance: g.variance ?? 0 });

describe('one-way ANOVA against R', () => {
  const { codes } = codeGroups(age);
  for (const weighted of [false, true]) {
    const ref = expected[weighted ? 'weighted' : 'unweighted'];
    it(`ANOVA, Welch, Brown-Forsythe, effect sizes${weighted ? ', weighted' : ''}`, () => {
      for (const v of ['sat', 'q1']) {
        const e = ref[`${v}Age`];
        const gs = groupMoments(cols[v], codes, 3, weighted ? cols.w : null).map(summary);
        const a = oneWayAnova(gs)!;
        for (const k of ['ssBetween', 'ssWithin', 'dfBetween', 'dfWithin', 'f', 'p'] as const) expectClose(a[k], e.anova[k], 1e-9, 0, `${v} ${k}`);
        for (const [got, want] of [[welchAnova(gs), e.welch], [brownForsytheAnova(gs), e.brownForsythe]] as const) {
          for (const k of ['f', 'df1', 'df2', 'p'] as const) expectClose(got![k], want[k], 1e-9, 0, `${v} ${k}`);
        }
        const es = anovaEffectSizes(a)!;
        expectClose(es.etaSquared, e.etaSquared, 1e-9, 0, 'eta2');
        expectClose(es.epsilonSquared, e.epsilonSquared, 1e-9, 0, 'epsilon2');
        expectClose(es.omegaSquared, e.omegaSquared, 1e-9, 0, 'omega2');
        expectClose(es.etaSquaredCi![0], e.etaSquaredCi[0], 1e-8, 0, 'eta2 lower');
        expectClose(es.etaSquaredCi![1], e.etaSquaredCi[1], 1e-8, 0, 'eta2 upper');
      }
    });
  }
  it('has no Welch test with a group of one case or no variance', () => {
    expect(welchAnova([{ n: 1, mean: 1, variance: 0 }, { n: 3, mean: 2, variance: 1 }])).toBeNull();
    expect(oneWayAnova([{ n: 3, mean: 1, variance: 0 }, { n: 3, mean: 2, variance: 0 }])!.f).toBeNull();
  });
  it('does not depend on the order of the groups', () => {
    const g = fc.record({ n: fc.integer({ min: 2, max: 50 }), mean: fc.double({ min: -5, max: 5, noNaN: true }), variance: fc.double({ min: 0.1, max: 4, noNaN: true }) });
    fc.assert(fc.property(fc.array(g, { minLength: 3, maxLength: 6 }), (gs) => {
      const rev = [...gs].reverse();
      for (const fn of [welchAnova, brownForsytheAnova]) expectClose(fn(rev)!.f, fn(gs)!.f, 1e-9, 1e-12);
      expectClose(oneWayAnova(rev)!.f, oneWayAnova(gs)!.f, 1e-9, 1e-12);
    }));
  });
});
