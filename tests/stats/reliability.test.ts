import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { covariance, correlationFromCovariance, listwise } from '../../src/stats/covariance.js';
import {
  cronbachAlpha,
  feldtInterval,
  interItemCorrelations,
  itemTotalStatistics,
  meanInterItemCorrelation,
  standardizedAlpha,
  summarize,
} from '../../src/stats/reliability.js';
import { expectClose } from '../helpers/close.js';
import { expected, fixtureColumns, type Summary } from '../helpers/reliability-fixture.js';

function expectSummary(actual: ReturnType<typeof summarize>, exp: Summary, what: string): void {
  for (const key of ['mean', 'min', 'max', 'range', 'maxOverMin', 'variance'] as const) {
    if (exp[key] === null) expect(actual[key], `${what}.${key}`).toBeNull();
    else expectClose(actual[key], exp[key] as number, 1e-9, 1e-12, `${what}.${key}`);
  }
}

describe('reliability statistics from the covariance matrix vs R (fixtures/reliability-small.csv)', () => {
  const listwiseScenarios = expected.scenarios.filter((s) => s.missingMode === 'listwise');
  for (const s of listwiseScenarios) {
    it(`${s.name}: alpha, standardized alpha, item-total, summary and scale statistics`, () => {
      const { columns, weights } = fixtureColumns(s);
      const lw = listwise(columns, weights);
      const c = covariance(lw.columns, lw.weights);
      const k = s.items.length;
      expect(c.n).toBe(s.n);
      const R = correlationFromCovariance(c.cov, k);
      expectClose(cronbachAlpha(c.cov, k), s.alpha, 1e-9, 1e-12, 'alpha');
      expectClose(cronbachAlpha(c.cov, k), s.crosscheck.psych_raw_alpha, 1e-9, 1e-12, 'alpha vs psych');
      expectClose(standardizedAlpha(R, k), s.standardizedAlpha, 1e-9, 1e-12, 'standardized alpha');
      expectClose(standardizedAlpha(R, k), s.crosscheck.psych_std_alpha, 1e-9, 1e-12, 'standardized alpha vs psych');
      expectClose(meanInterItemCorrelation(R, k), s.summaryItemStatistics.interItemCorrelations.mean, 1e-9, 1e-12, 'rbar');
      const rows = itemTotalStatistics(c.cov, c.means, k);
      rows.forEach((r, j) => {
        const e = s.itemTotal[j];
        expectClose(r.scaleMeanIfDeleted, e.scaleMeanIfDeleted, 1e-9, 1e-12, `${e.item} scale mean if deleted`);
        expectClose(r.scaleVarianceIfDeleted, e.scaleVarianceIfDeleted, 1e-9, 1e-12, `${e.item} scale variance if deleted`);
        expectClose(r.correctedItemTotalCorrelation, e.correctedItemTotalCorrelation, 1e-9, 1e-12, `${e.item} r`);
        expectClose(r.correctedItemTotalCorrelation, s.crosscheck.psych_r_drop[j], 1e-9, 1e-12, `${e.item} r vs psych`);
        if (e.alphaIfDeleted === null) expect(r.alphaIfDeleted).toBeNull();
        else {
          expectClose(r.alphaIfDeleted, e.alphaIfDeleted, 1e-9, 1e-12, `${e.item} alpha if deleted`);
          expectClose(r.alphaIfDeleted, s.crosscheck.psych_alpha_drop![j], 1e-9, 1e-12, `${e.item} alpha if deleted vs psych`);
        }
      });
      expectSummary(summarize(c.means), s.summaryItemStatistics.means, 'item means');
      expectSummary(
        summarize(Float64Array.from({ length: k }, (_, j) => c.cov[j * k + j])),
        s.summaryItemStatistics.variances,
        'item variances',
      );
      expectSummary(summarize(interItemCorrelations(R, k)), s.summaryItemStatistics.interItemCorrelations, 'inter-item r');
    });
  }

  for (const s of expected.scenarios) {
    it(`${s.name}: Feldt interval at ${s.level} vs qf() and psych::alpha.ci`, () => {
      const ci = feldtInterval(s.alpha, s.ciN, s.items.length, s.level);
      expectClose(ci.lower, s.alphaCI.lower, 1e-9, 1e-12, 'lower');
      expectClose(ci.upper, s.alphaCI.upper, 1e-9, 1e-12, 'upper');
      expectClose(ci.lower, s.crosscheck.psych_alpha_ci[0], 1e-9, 1e-12, 'lower vs psych');
      expectClose(ci.upper, s.crosscheck.psych_alpha_ci[1], 1e-9, 1e-12, 'upper vs psych');
      expect(ci.lower!).toBeLessThan(s.alpha);
      expect(ci.upper!).toBeGreaterThan(s.alpha);
    });
  }
});

describe('reliability edge cases', () => {
  it('a two-item scale has no alpha if item deleted', () => {
    const C = Float64Array.from([1, 0.5, 0.5, 2]);
    const rows = itemTotalStatistics(C, [1, 2], 2);
    expect(rows.map((r) => r.alphaIfDeleted)).toEqual([null, null]);
    // alpha of two items = 4 c12 / (v1 + v2 + 2 c12)
    expectClose(cronbachAlpha(C, 2), (4 * 0.5) / 4, 1e-15, 1e-15, 'alpha');
  });
  it('Feldt bounds do not exist without degrees of freedom', () => {
    expect(feldtInterval(0.8, 1, 5, 0.95)).toEqual({ lower: null, upper: null });
  });
  it('summaries of a single value have no variance; a zero minimum has no ratio', () => {
    expect(summarize([0.3]).variance).toBeNull();
    expect(summarize([0, 2]).maxOverMin).toBeNull();
  });
  it('a negative average covariance gives a negative alpha', () => {
    const C = Float64Array.from([1, -0.4, 0.1, -0.4, 1, -0.3, 0.1, -0.3, 1]);
    expect(cronbachAlpha(C, 3)).toBeLessThan(0);
  });
});

/**
 * Random data sets that have an alpha worth comparing: every item varies, 1'C1 is not tiny, and
 * neither is the scale's variance without any one item (a near-constant remainder has too few
 * correct digits for 1e-9 comparisons; a unit test among the properties covers it).
 */
const dataArb = fc
  .record({
    n: fc.integer({ min: 4, max: 30 }),
    k: fc.integer({ min: 2, max: 6 }),
    seed: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 180, maxLength: 180 }),
    load: fc.array(fc.double({ min: -1, max: 2, noNaN: true }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ n, k, seed, load }) => {
    // A common factor plus item noise, so the scales range from incoherent to consistent.
    const cols: Float64Array[] = [];
    for (let j = 0; j < k; j++) {
      const c = new Float64Array(n);
      for (let i = 0; i < n; i++) c[i] = load[j] * seed[i] + seed[(i * 7 + j * 13 + 5) % 180];
      cols.push(c);
    }
    return cols;
  })
  .filter((cols) => {
    const c = covariance(cols);
    const k = cols.length;
    let tr = 0;
    let sum = 0;
    for (let j = 0; j < k; j++) {
      if (!(c.cov[j * k + j] > 1e-6)) return false;
      tr += c.cov[j * k + j];
    }
    for (const v of c.cov) sum += v;
    if (!(Math.abs(sum) > 0.05 * tr)) return false;
    // Without item j: the total minus row j and column j (counted once on the diagonal).
    for (let j = 0; j < k; j++) {
      let line = 0;
      for (let i = 0; i < k; i++) line += c.cov[j * k + i];
      if (!(sum - 2 * line + c.cov[j * k + j] > 1e-6 * tr)) return false;
    }
    return true;
  });

// Equal infinities count as equal: two perfectly opposed items give a standardized alpha of
// -Infinity (k rbar / (1 + (k - 1) rbar) with rbar = -1), in any item order (fast-check found it).
const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function alphaOf(cols: Float64Array[]): number {
  return cronbachAlpha(covariance(cols).cov, cols.length);
}

describe('reliability properties', () => {
  it('alpha does not change when a constant is added to an item', () => {
    fc.assert(
      fc.property(dataArb, fc.double({ min: -100, max: 100, noNaN: true }), fc.nat(), (cols, shift, pick) => {
        const j = pick % cols.length;
        const shifted = cols.map((c, i) => (i === j ? c.map((x) => x + shift) : c));
        return close(alphaOf(shifted), alphaOf(cols));
      }),
    );
  });

  it('a scale whose other items add up to a constant has variance 0 without that item and no corrected item-total correlation (fast-check found it in CI)', () => {
    const cols = [[7, 7, 3, 6], [5, 2, 3, 7], [1, 3, 6, 3], [4, 1, 1, 2], [5, 2, 5, 3], [2, 6, 3, 1]].map((x) => Float64Array.from(x));
    const k = cols.length;
    const c = covariance(cols);
    // Without the fourth item the other five add up to 20 in every row.
    const row = itemTotalStatistics(c.cov, c.means, k)[3];
    expect(row.scaleVarianceIfDeleted).toBe(0);
    expect(row.correctedItemTotalCorrelation).toBeNull();
    expect(row.alphaIfDeleted).toBeNull();
    // In any item order.
    const perm = [5, 1, 2, 3, 4, 0].map((i) => cols[i]);
    const p = covariance(perm);
    expect(itemTotalStatistics(p.cov, p.means, k)[3].correctedItemTotalCorrelation).toBeNull();
    // Nearly constant (a remainder of 7e-14 against entries of order 1: no correct digit left).
    const near = [[1, 1, 1, 1, 3], [4.999999421315302, 4.999999421315302, 6.999999421315302, 1.9999994213153014, 1.9999988426306028], [3, 3, 1, 5, 4], [3, 3, 3, 4, 5]].map((x) => Float64Array.from(x));
    const nc = covariance(near);
    expect(itemTotalStatistics(nc.cov, nc.means, 4)[0].correctedItemTotalCorrelation).toBeNull();
  });

  it('alpha, standardized alpha and the item-total rows do not depend on the order of the items', () => {
    fc.assert(
      fc.property(dataArb, fc.nat(), (cols, seed) => {
        const k = cols.length;
        // A rotation plus a swap: every k >= 2 gets a real reordering.
        const order = Array.from({ length: k }, (_, i) => (i + seed) % k);
        [order[0], order[k - 1]] = [order[k - 1], order[0]];
        const perm = order.map((i) => cols[i]);
        const a = covariance(cols);
        const b = covariance(perm);
        const ra = correlationFromCovariance(a.cov, k);
        const rb = correlationFromCovariance(b.cov, k);
        const ia = itemTotalStatistics(a.cov, a.means, k);
        const ib = itemTotalStatistics(b.cov, b.means, k);
        return (
          close(cronbachAlpha(b.cov, k), cronbachAlpha(a.cov, k)) &&
          close(standardizedAlpha(rb, k), standardizedAlpha(ra, k)) &&
          order.every(
            (src, pos) =>
              close(ib[pos].scaleVarianceIfDeleted, ia[src].scaleVarianceIfDeleted) &&
              close(ib[pos].correctedItemTotalCorrelation!, ia[src].correctedItemTotalCorrelation!),
          )
        );
      }),
    );
  });

  it('standardized alpha equals alpha of the z-scored items', () => {
    fc.assert(
      fc.property(dataArb, (cols) => {
        const k = cols.length;
        const c = covariance(cols);
        const z = cols.map((col, j) => col.map((x) => (x - c.means[j]) / Math.sqrt(c.cov[j * k + j])));
        return close(standardizedAlpha(correlationFromCovariance(c.cov, k), k), alphaOf(z));
      }),
    );
  });
});
