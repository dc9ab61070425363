import { describe, expect, it } from 'vitest';
import { effects } from '../../../src/stats/sem/effects.js';
import { implied, matricesAt } from '../../../src/stats/sem/model.js';
import { expectClose } from '../../helpers/close.js';
import { lavaanFree, oracle, prepare } from '../../helpers/sem-fixture.js';

describe('direct, indirect and total effects vs lavaan (:= a*b, c + a*b)', () => {
  const scenario = oracle.scenarios.find((s) => s.name === 'sem-mediation')!;
  const prep = prepare(scenario);
  const mats = matricesAt(prep.model, lavaanFree(prep));
  const eff = effects(prep.model, mats, implied(mats));
  const row = (lhs: string) => scenario.parameters.find((r) => r.op === ':=' && r.lhs === lhs)!;

  it('X -> y: indirect = a b and total = c + a b, unstandardized and std.all, to 1e-9', () => {
    const xy = eff.find((e) => e.from === 'X' && e.to === 'y')!;
    expectClose(xy.indirect, row('ind').est, 1e-9, 1e-12, 'indirect');
    expectClose(xy.total, row('total').est, 1e-9, 1e-12, 'total');
    expectClose(xy.indirectStd, row('ind').std_all!, 1e-9, 1e-12, 'indirect std.all');
    expectClose(xy.totalStd, row('total').std_all!, 1e-9, 1e-12, 'total std.all');
    expectClose(xy.direct + xy.indirect, xy.total, 1e-12, 1e-14, 'direct + indirect');
  });

  it('paths without a mediator have no indirect part', () => {
    expect(eff.map((e) => `${e.from}->${e.to}:${e.indirect === 0}`)).toEqual(['X->M:true', 'X->y:false', 'M->y:true']);
  });
});
