import { describe, expect, it } from 'vitest';
import { sampleLogDet } from '../../../src/stats/sem/estimate.js';
import { modificationIndices } from '../../../src/stats/sem/modification.js';
import { expectClose } from '../../helpers/close.js';
import { lavaanFree, oracle, prepare, rowKey } from '../../helpers/sem-fixture.js';

describe('modification indices vs lavaan modindices()', () => {
  for (const scenario of oracle.scenarios) {
    it(`${scenario.name}: MI and EPC of every cross-loading and indicator residual covariance, at lavaan's estimates, to 1e-9`, () => {
      const prep = prepare(scenario);
      // lavaan multiplies by N under the Wishart likelihood too.
      const mine = modificationIndices(prep.model, prep.S, sampleLogDet(prep.S, prep.model.observed), lavaanFree(prep), prep.n);
      const theirs = new Map(scenario.modindices.map((r) => [rowKey(r.lhs, r.op, r.rhs), r]));
      expect(mine.length).toBeGreaterThan(0);
      for (const m of mine) {
        const r = theirs.get(rowKey(m.lhs, m.op, m.rhs));
        expect(r, rowKey(m.lhs, m.op, m.rhs)).toBeDefined();
        expectClose(m.mi, r!.mi, 1e-9, 1e-9, `MI ${m.lhs} ${m.op} ${m.rhs}`);
        expectClose(m.epc, r!.epc, 1e-9, 1e-9, `EPC ${m.lhs} ${m.op} ${m.rhs}`);
      }
      if (!scenario.parameters.some((p) => p.op === '~')) expect(mine.length).toBe(scenario.modindices.length);
    });
  }

  it('Holzinger-Swineford: visual =~ x9 first (MI 36.411, EPC .577), as the lavaan tutorial prints', () => {
    const prep = prepare(oracle.scenarios.find((s) => s.name === 'holzinger-swineford')!);
    const mine = modificationIndices(prep.model, prep.S, sampleLogDet(prep.S, prep.model.observed), lavaanFree(prep), prep.n);
    expect(`${mine[0].lhs} ${mine[0].op} ${mine[0].rhs}`).toBe('visual =~ x9');
    expect(mine[0].mi.toFixed(3)).toBe('36.411');
    expect(mine[0].epc.toFixed(3)).toBe('0.577');
  });
});
