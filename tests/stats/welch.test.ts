import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { welchTest } from '../../src/stats/welch.js';
import { expectClose } from '../helpers/close.js';

// R: t.test(b, a) (Welch), fixtures/oracle/index.R.
const ref = JSON.parse(readFileSync('fixtures/expected/index.json', 'utf8')).units.welch;

describe('Welch t against R', () => {
  it('matches t.test(second, first)', () => {
    const r = welchTest(ref.meanA, ref.varA, ref.a.length, ref.meanB, ref.varB, ref.b.length);
    expect(r).not.toBeNull();
    expectClose(r!.t, ref.t, 1e-12, 0, 't');
    expectClose(r!.df, ref.df, 1e-12, 0, 'df');
    expectClose(r!.p, ref.p, 1e-10, 0, 'p');
    expectClose(r!.difference, ref.meanB - ref.meanA, 1e-12);
  });
  it('by hand: means 10 and 12, variances 4 and 9, n 5 and 10', () => {
    // se^2 = 4/5 + 9/10 = 1.7, t = 2 / sqrt(1.7), df = 1.7^2 / (0.8^2/4 + 0.9^2/9) = 2.89 / 0.25 = 11.56
    const r = welchTest(10, 4, 5, 12, 9, 10)!;
    expectClose(r.t, 2 / Math.sqrt(1.7), 1e-14);
    expectClose(r.df, 11.56, 1e-13);
  });
  it('is undefined for n < 2 or no variance', () => {
    expect(welchTest(1, 1, 1, 2, 1, 5)).toBeNull();
    expect(welchTest(1, 0, 4, 2, 0, 5)).toBeNull();
  });
});
