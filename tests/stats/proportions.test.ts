import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { twoProportionZ } from '../../src/stats/proportions.js';
import { expectClose } from '../helpers/close.js';

// R: prop.test(c(45, 30), c(60, 55), correct = FALSE), fixtures/oracle/index.R.
const ref = JSON.parse(readFileSync('fixtures/expected/index.json', 'utf8')).units.prop;

describe('two-proportion z against R', () => {
  it('z^2 is prop.test X-squared and p agrees', () => {
    const r = twoProportionZ(ref.x1 / ref.n1, ref.n1, ref.x2 / ref.n2, ref.n2)!;
    expectClose(r.z * r.z, ref.chisq, 1e-12, 0, 'z^2');
    expectClose(r.p, ref.p, 1e-10, 0, 'p');
    expect(r.z).toBeLessThan(0); // 30/55 < 45/60: second minus first is negative
  });
  it('by hand: 0.5 of 100 vs 0.6 of 100', () => {
    // pooled 0.55, se = sqrt(0.55 * 0.45 * 0.02) = 0.0703562, z = 0.1 / se = 1.421338
    const r = twoProportionZ(0.5, 100, 0.6, 100)!;
    expectClose(r.pooled, 0.55, 1e-15);
    expectClose(r.z, 0.1 / Math.sqrt(0.55 * 0.45 * 0.02), 1e-14);
  });
  it('is undefined when a group is empty or every answer is the same', () => {
    expect(twoProportionZ(0.5, 0, 0.5, 10)).toBeNull();
    expect(twoProportionZ(1, 10, 1, 10)).toBeNull();
  });
});
