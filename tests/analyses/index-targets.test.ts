import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { expectClose } from '../helpers/close.js';
import { ref, run } from '../helpers/index-run.js';

describe('csat index: targets (index-targets)', () => {
  it('targets: met and missed; an unknown name is a usage error', () => {
    const t = run({ targets: [{ name: 'overall', target: 60 }, { name: 'Image', target: 90 }] }).result.targets!;
    expect(t.map((x) => x.met)).toEqual([true, false]);
    expectClose(t[0].index, ref.equalDims.overall, 1e-12);
    expect(() => run({ targets: [{ name: 'Speed', target: 80 }] })).toThrow(/a target names 'Speed', but targets can be set for: overall, Image, Service, Environment/);
    expect(() => run({ targets: [{ name: 'overall', target: 150 }] })).toThrow(/the target 150 for 'overall' is outside the 0-100 scale/);
    expect(() => run({ targets: [{ name: 'overall', target: -1 }] })).toThrow(UsageError);
    expect(() => run({ targets: [{ name: 'Image', target: 80 }, { name: 'Image', target: 90 }] })).toThrow(/'Image' is given two targets/);
  });
});
