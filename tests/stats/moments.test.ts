import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { accumulate, correlationOf, covarianceOf, emptyMoments, everyRowComplete, merge, subset, type Moments } from '../../src/stats/moments.js';
import { correlationFromCovariance, covariance, listwise } from '../../src/stats/covariance.js';
import { expectClose } from '../helpers/close.js';

const NAMES = ['a', 'b', 'c'];

/** Rows of 3 columns: Likert codes, a continuous column, a large-mean column; NaN now and then (no subnormal magnitudes, whose products underflow). */
const cell = (kind: number) =>
  fc.oneof(
    { weight: 9, arbitrary: kind === 0 ? fc.integer({ min: 1, max: 5 }) : kind === 1 ? fc.double({ min: -50, max: 50, noNaN: true }).filter((x) => x === 0 || Math.abs(x) > 1e-6).map((x) => x + 0) /* -0 and +0 tie for min/max in either order */ : fc.integer({ min: 0, max: 2 ** 30 }).map((k) => 1e6 + k / 2 ** 30) },
    { weight: 1, arbitrary: fc.constant(NaN) },
  );
const rowArb = fc.tuple(cell(0), cell(1), cell(2));
const rowsArb = fc.array(rowArb, { minLength: 0, maxLength: 60 });

const columnsOf = (rows: number[][]): Float64Array[] => NAMES.map((_, j) => Float64Array.from(rows, (r) => r[j]));

/** Agreement of two Moments: counts exact, sums at `tol` relative to their scale. */
function expectSame(a: Moments, b: Moments, tol = 1e-12): void {
  expect(a.rows).toBe(b.rows);
  expect(a.rowsRead).toBe(b.rowsRead);
  expectClose(a.n, b.n, tol, 0, 'n');
  const p = a.names.length;
  for (let j = 0; j < p; j++) {
    expectClose(a.means[j], b.means[j], tol, tol, `mean ${j}`);
    for (let k = 0; k < p; k++) {
      const scale = Math.sqrt(b.sscp[j * p + j] * b.sscp[k * p + k]);
      expect(Math.abs(a.sscp[j * p + k] - b.sscp[j * p + k])).toBeLessThanOrEqual(tol * Math.max(scale, 1e-300) + 1e-280);
    }
    const x = a.columns[j];
    const y = b.columns[j];
    expect(x.rows).toBe(y.rows);
    expectClose(x.n, y.n, tol, 0, `column ${j} n`);
    if (y.rows === 0) continue;
    expectClose(x.mean, y.mean, tol, tol, `column ${j} mean`);
    expect(x.min).toBe(y.min);
    expect(x.max).toBe(y.max);
    const s2 = y.m2;
    expect(Math.abs(x.m2 - y.m2)).toBeLessThanOrEqual(tol * s2 + 1e-280);
    expect(Math.abs(x.m3 - y.m3)).toBeLessThanOrEqual(tol * s2 ** 1.5 * Math.sqrt(y.rows) + 1e-280);
    expect(Math.abs(x.m4 - y.m4)).toBeLessThanOrEqual(tol * s2 * s2 + 1e-280);
    expect(x.counts === null).toBe(y.counts === null);
    if (x.counts && y.counts) {
      expect([...x.counts.keys()].sort()).toEqual([...y.counts.keys()].sort());
      for (const [v, c] of y.counts) expectClose(x.counts.get(v), c, tol, 0, `count of ${v}`);
    }
  }
}

describe('moments: merging and accumulating agree (fast-check)', () => {
  it('merge(accumulate(a), accumulate(b)) equals accumulate(a ++ b) at 1e-12', () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, (ra, rb) => {
        const whole = accumulate(NAMES, columnsOf([...ra, ...rb]));
        expectSame(merge(accumulate(NAMES, columnsOf(ra)), accumulate(NAMES, columnsOf(rb))), whole);
      }),
      { numRuns: 200 },
    );
  });

  it('is invariant under a permutation of the rows, and of the order of merging chunks', () => {
    fc.assert(
      fc.property(rowsArb.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), fc.integer({ min: 1, max: 7 }))), ([rows, shuffled, size]) => {
        const ref = accumulate(NAMES, columnsOf(rows));
        expectSame(accumulate(NAMES, columnsOf(shuffled)), ref);
        let m = emptyMoments(NAMES);
        for (let i = 0; i < shuffled.length; i += size) m = merge(accumulate(NAMES, columnsOf(shuffled.slice(i, i + size))), m);
        expectSame(m, ref);
      }),
      { numRuns: 150 },
    );
  });

  it('integer frequency weights equal replicated rows (and unusable weights drop the row)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(rowArb, fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(0), fc.constant(-1), fc.constant(NaN))), { maxLength: 40 }), (pairs) => {
        const weighted = accumulate(NAMES, columnsOf(pairs.map((p) => p[0])), Float64Array.from(pairs, (p) => p[1]));
        const replicated = pairs.flatMap(([r, w]) => (w > 0 ? Array.from({ length: w }, () => r) : []));
        const ref = accumulate(NAMES, columnsOf(replicated));
        expect(weighted.rows).toBe(pairs.filter(([r, w]) => w > 0 && r.every((x) => !Number.isNaN(x))).length);
        expectClose(weighted.n, ref.rows, 1e-12, 0, 'n');
        const p = NAMES.length;
        for (let j = 0; j < p; j++) {
          if (ref.rows > 0) expectClose(weighted.means[j], ref.means[j], 1e-12, 1e-12, 'mean');
          for (let k = 0; k < p; k++) {
            const scale = Math.sqrt(ref.sscp[j * p + j] * ref.sscp[k * p + k]);
            expect(Math.abs(weighted.sscp[j * p + k] - ref.sscp[j * p + k])).toBeLessThanOrEqual(1e-12 * scale + 1e-280);
          }
          const c = weighted.columns[j];
          const r = ref.columns[j];
          expectClose(c.n, r.rows, 1e-12, 0, 'column n');
          if (r.rows === 0) continue;
          expectClose(c.mean, r.mean, 1e-12, 1e-12, 'column mean');
          expect(Math.abs(c.m2 - r.m2)).toBeLessThanOrEqual(1e-12 * r.m2 + 1e-280);
          expect(Math.abs(c.m4 - r.m4)).toBeLessThanOrEqual(1e-12 * r.m2 * r.m2 + 1e-280);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('equals the two-pass covariance code (covariance.ts) on listwise cases', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const cols = columnsOf(rows);
        const m = accumulate(NAMES, cols);
        const lw = listwise(cols);
        if (lw.kept < 2) return;
        const c = covariance(lw.columns);
        const cov = covarianceOf(m);
        // covariance.ts centres on the double nearest each mean, which costs up to n (ulp/2)^2 in a
        // sum of squares (see the mpmath test below): the agreement asked is that, plus 1e-12.
        const half = (x: number) => Math.abs(x) * 2 ** -53;
        const slack = (j: number, k: number) => (lw.kept * half(c.means[j]) * half(c.means[k]) * 4) / (c.n - 1);
        const sd = (j: number) => Math.sqrt(c.cov[j * 4]);
        for (let j = 0; j < 3; j++) {
          for (let k = 0; k < 3; k++) expect(Math.abs(cov[j * 3 + k] - c.cov[j * 3 + k])).toBeLessThanOrEqual(1e-12 * sd(j) * sd(k) + slack(j, k) + 1e-280);
        }
        const r = correlationOf(m);
        const rr = correlationFromCovariance(c.cov, 3);
        const wellConditioned = (j: number) => c.cov[j * 4] > 1e8 * slack(j, j);
        for (let j = 0; j < 3; j++) for (let k = 0; k < 3; k++) if (wellConditioned(j) && wellConditioned(k)) expect(Math.abs(r[j * 3 + k] - rr[j * 3 + k])).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 150 },
    );
  });
});

describe('moments on ill-conditioned data (mean 1e9, sd 1e-3) vs mpmath (fixtures/oracle/moments.py)', () => {
  const exp = JSON.parse(readFileSync('fixtures/expected/moments-ill.json', 'utf8'));
  const lines = readFileSync('fixtures/moments-ill.csv', 'utf8').trim().split('\n').slice(1);
  const cols = [0, 1, 2, 3].map((j) => Float64Array.from(lines, (l) => Number(l.split(',')[j])));
  const check = (m: Moments, e: { n: number; means: number[]; sscp: number[][]; m2: number[]; m3: number[]; m4: number[] }) => {
    expectClose(m.n, e.n, 1e-15, 0, 'n');
    for (let j = 0; j < 3; j++) {
      expectClose(m.means[j], e.means[j], 1e-15, 0, `mean ${j}`);
      expectClose(m.columns[j].mean, e.means[j], 1e-15, 0, `column mean ${j}`);
      for (let k = 0; k < 3; k++) {
        const scale = Math.sqrt(e.sscp[j][j] * e.sscp[k][k]);
        expect(Math.abs(m.sscp[j * 3 + k] - e.sscp[j][k]) / scale, `sscp ${j},${k}`).toBeLessThanOrEqual(1e-12);
      }
      expectClose(m.columns[j].m2, e.m2[j], 1e-12, 0, `M2 ${j}`);
      expect(Math.abs(m.columns[j].m3 - e.m3[j]) / e.m2[j] ** 1.5, `M3 ${j}`).toBeLessThanOrEqual(1e-12);
      expectClose(m.columns[j].m4, e.m4[j], 1e-12, 0, `M4 ${j}`);
    }
  };
  for (const weighted of [false, true]) {
    const w = weighted ? cols[3] : null;
    const e = weighted ? exp.weighted : exp.unweighted;
    it(`${weighted ? 'weighted' : 'unweighted'}: one pass, and merged from chunks of 1, 7, 256 and 1000 rows, at 1e-12`, () => {
      check(accumulate(NAMES, cols.slice(0, 3), w), e);
      for (const size of [1, 7, 256, 1000]) {
        let m = emptyMoments(NAMES);
        for (let i = 0; i < lines.length; i += size) m = merge(m, accumulate(NAMES, cols.slice(0, 3).map((c) => c.subarray(i, i + size)), w && w.subarray(i, i + size)));
        check(m, e);
      }
    });
  }
  it('the two-pass covariance code agrees to what the double nearest the mean allows (3e-9 here)', () => {
    // covariance.ts centres on the rounded mean; its sums differ by n e^2, e up to half an ulp of 1e9.
    const c = covariance(cols.slice(0, 3));
    const m = accumulate(NAMES, cols.slice(0, 3));
    for (let i = 0; i < 9; i++) expect(Math.abs(c.sscp[i] - m.sscp[i]) / Math.sqrt(m.sscp[(i % 3) * 4] * m.sscp[Math.floor(i / 3) * 4])).toBeLessThanOrEqual(1e-8);
  });
});

describe('moments: counts, subsets, conversions', () => {
  it('keeps per-value counts of small-integer columns only', () => {
    const m = accumulate(['x', 'y'], [Float64Array.of(1, 2, 2, NaN, 5), Float64Array.of(1.5, 2, 3, 4, 5)], Float64Array.of(1, 2, 1, 1, 3));
    expect([...(m.columns[0].counts ?? [])].sort((a, b) => a[0] - b[0])).toEqual([[1, 1], [2, 3], [5, 3]]);
    expect(m.columns[1].counts).toBeNull();
    expect(m.columns[0].rows).toBe(4);
    expect(m.rows).toBe(4);
    expect(m.rowsRead).toBe(5);
    expect(everyRowComplete(m)).toBe(false);
    expect(subset(m, ['y'])).toBeNull();
  });
  it('a column of more than 64 distinct integers keeps no counts', () => {
    const m = accumulate(['x'], [Float64Array.from({ length: 100 }, (_, i) => i)]);
    expect(m.columns[0].counts).toBeNull();
  });
  it('a subset of complete data is the sub-block, in the order asked', () => {
    const cols = [Float64Array.of(1, 2, 4, 3), Float64Array.of(2, 1, 3, 5), Float64Array.of(5, 5, 1, 2)];
    const m = accumulate(NAMES, cols);
    const s = subset(m, ['c', 'a'])!;
    const direct = accumulate(['c', 'a'], [cols[2], cols[0]]);
    expectSame(s, direct, 1e-15);
    expect(subset(m, ['a', 'zz'])).toBeNull();
  });
});
