import { describe, expect, it } from 'vitest';
import { codeGroups, groupMoments } from '../../src/stats/groups.js';
import { independentEffectSizes, oneSampleEffectSizes } from '../../src/stats/effect-size.js';
import { pairedMoments, pairedTTest } from '../../src/stats/ttest.js';
import { expectClose } from '../helpers/close.js';
import { groupsFixture } from '../helpers/groups-fixture.js';

// R: effectsize::cohens_d and glass_delta (y's SD), Hedges' g with SPSS's J = 1 - 3 / (4 (n1 + n2) - 9)
// (effectsize::hedges_g uses the exact gamma-function J, stored beside it and ~1e-6 apart);
// fixtures/oracle/groups.R.
const { cols, expected } = groupsFixture();
const summary = (g: { n: number; mean: number; variance: number | null }) => ({ n: g.n, mean: g.mean, variance: g.variance ?? 0 });

describe('effect sizes against R', () => {
  it('Cohen d, Hedges g, Glass delta of two groups', () => {
    const { codes } = codeGroups(cols.gender, [1, 2]);
    for (const v of ['sat', 'q1']) {
      const e = expected.unweighted[v];
      const [a, b] = groupMoments(cols[v], codes, 2).map(summary);
      const r = independentEffectSizes(a, b)!;
      expectClose(r.cohensD.estimate, e.cohensD, 1e-9, 0, 'd');
      expectClose(r.hedgesG.estimate, e.hedgesG, 1e-9, 0, 'g');
      expectClose(r.hedgesG.estimate, e.hedgesGPackage, 1e-5, 0, 'g vs effectsize');
      expectClose(r.glassDelta!.estimate, e.glassDelta, 1e-9, 0, 'delta');
      expectClose(r.cohensD.ciLower, e.cohensDCi[0], 1e-9, 0, 'd lower');
      expectClose(r.cohensD.ciUpper, e.cohensDCi[1], 1e-9, 0, 'd upper');
      expectClose(r.cohensD.ciLower, e.cohensDCiPackage[0], 1e-5, 0, 'd lower vs effectsize');
      expectClose(r.hedgesG.ciLower, e.hedgesGCi[0], 1e-9, 0, 'g lower');
      expectClose(r.hedgesG.ciUpper, e.hedgesGCi[1], 1e-9, 0, 'g upper');
    }
  });
  it('one sample and paired d', () => {
    const [s] = groupMoments(cols.sat, cols.sat.map(() => 0), 1).map(summary);
    const o = oneSampleEffectSizes(s, 3)!.cohensD;
    expectClose(o.estimate, expected.unweighted.oneSample.cohensD, 1e-9);
    expectClose(o.ciLower, expected.unweighted.oneSample.cohensDCi[0], 1e-9, 0, 'lower');
    expectClose(o.ciUpper, expected.unweighted.oneSample.cohensDCi[1], 1e-9, 0, 'upper');
    const p = pairedTTest(pairedMoments(cols.pre, cols.post));
    expectClose(oneSampleEffectSizes(p.differences)!.cohensD.estimate, expected.unweighted.paired.cohensD, 1e-9);
  });
  it('has no d without spread', () => {
    expect(independentEffectSizes({ n: 3, mean: 1, variance: 0 }, { n: 3, mean: 2, variance: 0 })).toBeNull();
  });
});
