import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { averageRanks, correlationMatrix, correlationP, pearson, type CorrelationMethod, type MissingMode } from '../../src/stats/correlation.js';
import { expectClose } from '../helpers/close.js';
import { expected, loadRegressionFixture } from '../helpers/regression-fixture.js';

const { cols } = loadRegressionFixture();
const E = expected.correlations;

interface RefMatrix {
  rows: string[];
  cols: string[];
  r: (number | null)[][];
  p: (number | null)[][];
  n: number[][];
}

function check(ref: RefMatrix, method: CorrelationMethod, missing: MissingMode, weighted: boolean, what: string): number {
  const rows = ref.rows.map((k) => cols[k]);
  const cs = ref.cols.map((k) => cols[k]);
  const square = ref.rows.join() === ref.cols.join();
  const got = correlationMatrix(rows, square ? null : cs, { method, missing, weights: weighted ? cols.w : null });
  let worst = 0;
  ref.rows.forEach((a, i) =>
    ref.cols.forEach((b, j) => {
      const where = `${what} ${a}-${b}`;
      expect(got.n[i][j], where).toBe(ref.n[i][j]);
      expectClose(got.r[i][j], ref.r[i][j] as number, 1e-9, 1e-12, `${where} r`);
      if (a === b) expect(got.p[i][j], where).toBeNull();
      else {
        expectClose(got.p[i][j], ref.p[i][j] as number, 1e-9, 1e-300, `${where} p`);
        worst = Math.max(worst, Math.abs((got.r[i][j] as number) - (ref.r[i][j] as number)) / Math.abs(ref.r[i][j] as number));
        worst = Math.max(worst, Math.abs((got.p[i][j] as number) - (ref.p[i][j] as number)) / (ref.p[i][j] as number));
      }
    }),
  );
  return worst;
}

describe('correlation matrices against R cor.test (fixtures/oracle/regression.R)', () => {
  it('Pearson, listwise and pairwise', () => {
    check(E.pearson_listwise, 'pearson', 'listwise', false, 'pearson listwise');
    check(E.pearson_pairwise, 'pearson', 'pairwise', false, 'pearson pairwise');
  });
  it('Spearman (average ranks for ties, t approximation), listwise and pairwise', () => {
    check(E.spearman_listwise, 'spearman', 'listwise', false, 'spearman listwise');
    check(E.spearman_pairwise, 'spearman', 'pairwise', false, 'spearman pairwise');
  });
  it('frequency weights equal replicated rows', () => {
    check(E.pearson_listwise_weighted, 'pearson', 'listwise', true, 'pearson weighted');
    check(E.spearman_pairwise_weighted, 'spearman', 'pairwise', true, 'spearman weighted pairwise');
  });
  it('rectangular (WITH), listwise over both lists and pairwise with a shared variable', () => {
    check(E.with_listwise, 'pearson', 'listwise', false, 'with listwise');
    check(E.with_pairwise, 'pearson', 'pairwise', false, 'with pairwise');
  });
});

describe('correlation edge cases', () => {
  it('a constant variable has no r and no p', () => {
    const m = correlationMatrix([cols.x1, cols.c]);
    expect(m.r[0][1]).toBeNull();
    expect(m.p[0][1]).toBeNull();
    expect(m.r[1][1]).toBeNull();
    expect(m.r[0][0]).toBe(1);
  });
  it('perfect correlation gives p = 0; two cases give no p', () => {
    expect(correlationP(1, 10)).toBe(0);
    expect(correlationP(-1, 10)).toBe(0);
    expect(correlationP(0.5, 2)).toBeNull();
    expect(pearson(Float64Array.of(1, 2, 3), Float64Array.of(2, 4, 7))).toBeCloseTo(0.9933992677987828, 15);
  });
  it('average ranks: ties share the mean rank; weights act as replicated rows', () => {
    expect(Array.from(averageRanks(Float64Array.of(10, 20, 20, 5)))).toEqual([2, 3.5, 3.5, 1]);
    // 5 (w 2) -> ranks 1,2 -> 1.5; 10 (w 1) -> 3; 20 (w 3 in total) -> 4..6 -> 5
    expect(Array.from(averageRanks(Float64Array.of(10, 20, 20, 5), Float64Array.of(1, 1, 2, 2)))).toEqual([3, 5, 5, 1.5]);
  });
});

describe('correlation properties', () => {
  const column = (n: number) => fc.array(fc.integer({ min: -50, max: 50 }), { minLength: n, maxLength: n }).map((a) => Float64Array.from(a));
  const pairs = fc.integer({ min: 4, max: 40 }).chain((n) => fc.tuple(column(n), column(n)));
  it('r is symmetric, in [-1, 1], and invariant to positive affine maps; Spearman to monotone maps', () => {
    fc.assert(
      fc.property(pairs, fc.double({ min: 0.1, max: 100, noNaN: true }), fc.double({ min: -1e3, max: 1e3, noNaN: true }), ([x, y], a, b) => {
        const r = pearson(x, y);
        if (r === null) return;
        expect(Math.abs(r)).toBeLessThanOrEqual(1);
        expect(pearson(y, x)).toBe(r);
        expect(pearson(x.map((v) => a * v + b), y) as number).toBeCloseTo(r, 9);
        const m = correlationMatrix([x, y], null, { method: 'spearman' });
        const m2 = correlationMatrix([x.map((v) => v * v * v + 7), y], null, { method: 'spearman' });
        expect(m2.r[0][1] as number).toBeCloseTo(m.r[0][1] as number, 12);
      }),
    );
  });
  it('listwise equals pairwise when nothing is missing', () => {
    fc.assert(
      fc.property(pairs, ([x, y]) => {
        const a = correlationMatrix([x, y], null, { missing: 'listwise' });
        const b = correlationMatrix([x, y], null, { missing: 'pairwise' });
        expect(a.r).toEqual(b.r);
        expect(a.n).toEqual(b.n);
      }),
    );
  });
});
