import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmt } from '../../../src/stats/validity/htmt.js';
import { expectClose } from '../../helpers/close.js';
import { correlation, expected, groupsOf } from '../../helpers/validity-fixture.js';

const P = expected.items.length;

function expectMatrix(actual: (number | null)[][], want: number[][], what: string): void {
  expect(actual).toHaveLength(want.length);
  actual.forEach((row, i) => row.forEach((v, j) => expectClose(v, want[i][j], 1e-9, 1e-12, `${what}[${i}][${j}]`)));
}

describe('HTMT vs semTools::htmt', () => {
  for (const [name, m] of Object.entries(expected.models)) {
    it(`${name}: arithmetic (htmt2 = FALSE) and geometric (htmt2 = TRUE) at 1e-9`, () => {
      expectMatrix(htmt(correlation, P, groupsOf(m), 'arithmetic'), m.htmt, `${name} htmt`);
      expectMatrix(htmt(correlation, P, groupsOf(m), 'geometric'), m.htmt2, `${name} htmt2`);
    });
  }

  it('a one-item factor has a null row and column', () => {
    const h = htmt(correlation, P, [[0, 1, 2], [3]]);
    expect(h[1]).toEqual([null, null]);
    expect(h[0][1]).toBeNull();
    expect(h[0][0]).toBe(1);
  });
});

describe('HTMT properties', () => {
  const groups = groupsOf(expected.models.five);
  const used = groups.flat();
  const sub = (idx: number[], scale: number[]) => {
    const k = idx.length;
    const c = new Float64Array(k * k);
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) c[a * k + b] = correlation[idx[a] * P + idx[b]] * scale[a] * scale[b];
    return c;
  };
  const base = htmt(sub(used, used.map(() => 1)), used.length, groups.map((g) => g.map((i) => used.indexOf(i))));

  it('is symmetric', () => {
    base.forEach((row, i) => row.forEach((v, j) => expect(v).toBe(base[j][i])));
  });

  it('does not change when items are rescaled (a covariance matrix, reverse-keyed items included) or reordered', () => {
    const scaleArb = fc.array(fc.double({ min: 0.1, max: 50, noNaN: true }), { minLength: used.length, maxLength: used.length });
    const signArb = fc.array(fc.boolean(), { minLength: used.length, maxLength: used.length });
    const orderArb = fc.shuffledSubarray(used, { minLength: used.length, maxLength: used.length });
    fc.assert(
      fc.property(scaleArb, signArb, orderArb, (scale, flip, order) => {
        const s = order.map((_, k) => scale[k] * (flip[k] ? -1 : 1));
        const h = htmt(sub(order, s), order.length, groups.map((g) => g.map((i) => order.indexOf(i))));
        h.forEach((row, i) => row.forEach((v, j) => expectClose(v, base[i][j] as number, 1e-12, 1e-14)));
      }),
      { numRuns: 60 },
    );
  });
});
