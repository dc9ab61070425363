import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cellStatistics,
  continuityCorrection,
  expectedSummary,
  fisherExact,
  likelihoodRatio,
  linearByLinear,
  pearsonChiSquare,
  symmetricMeasures,
} from '../../src/stats/crosstab.js';
import { expectClose } from '../helpers/close.js';
import { expected } from '../helpers/crosstab-explore-fixture.js';

// Expected values: R chisq.test, fisher.test and the formulas (fixtures/oracle/crosstab-explore.R).
const X = expected.crosstab;
const tol = 1e-9;

function checkTable(name: string, e: any, exact = true) {
  const f: number[][] = e.counts;
  const cells = cellStatistics(f);
  for (const key of ['expected', 'residual', 'standardized', 'adjusted'] as const) {
    cells[key].forEach((row, i) => row.forEach((v, j) => expectClose(v, e[key][i][j], tol, 1e-12, `${name} ${key}[${i}][${j}]`)));
  }
  const x2 = pearsonChiSquare(f);
  expectClose(x2.value, e.pearson.value, tol, 0, `${name} pearson`);
  expect(x2.df).toBe(e.pearson.df);
  expectClose(x2.p, e.pearson.p, tol, 0, `${name} pearson p`);
  const g2 = likelihoodRatio(f);
  expectClose(g2.value, e.likelihood.value, tol, 0, `${name} LR`);
  expectClose(g2.p, e.likelihood.p, tol, 0, `${name} LR p`);
  const lin = linearByLinear(f, e.rows, e.cols);
  expectClose(lin.value, e.linear.value, tol, 0, `${name} linear`);
  expectClose(lin.p, e.linear.p, tol, 0, `${name} linear p`);
  const m = symmetricMeasures(f);
  expectClose(m.phi, e.phi, tol, 0, `${name} phi`);
  expectClose(m.cramersV, e.cramersV, tol, 0, `${name} V`);
  expectClose(m.contingency, e.contingency, tol, 0, `${name} C`);
  expectClose(m.p, e.pearson.p, tol, 0, `${name} measures p`);
  const s = expectedSummary(f);
  expectClose(s.minimum, e.minExpected, tol, 0, `${name} min expected`);
  expect(s.below5).toBe(e.below5);
  const fisher = fisherExact(f);
  if (exact) {
    expect(fisher).not.toBeNull();
    expectClose(fisher!.p2, e.fisher.p2, 1e-9, 0, `${name} fisher`);
  }
  if (e.continuity) {
    const yates = continuityCorrection(f);
    expectClose(yates.value, e.continuity.value, tol, 1e-12, `${name} Yates`);
    expectClose(yates.p, e.continuity.p, tol, 0, `${name} Yates p`);
    expectClose(fisher!.p1, e.fisher.p1, tol, 0, `${name} fisher 1-sided`);
  }
}

describe('crosstab statistics against R', () => {
  it('2x2 unweighted (gender x churn)', () => checkTable('genderChurn', X.genderChurn));
  it('2x5 (gender x q1)', () => checkTable('genderQ1', X.genderQ1));
  it('3x2 weighted by replicated rows (plan x churn)', () => checkTable('planChurnWeighted', X.planChurnWeighted));
  it('3x2 unweighted (plan x churn)', () => checkTable('planChurn', X.planChurn));
  it('each layer (gender x churn by region)', () => X.genderChurnByRegion.forEach((e: any, k: number) => checkTable(`region ${k + 1}`, e)));
  it('3x5 with empty cells (plan x q1, North)', () => checkTable('planQ1North', X.planQ1North, false));
  it("Fisher's exact test of a sparse 3x3 table", () => {
    expectClose(fisherExact(X.smallFisher.counts)!.p2, X.smallFisher.p2, tol, 0, 'small fisher');
  });
  it('the Freeman-Halton value is -2 ln(gamma P) (SPSS Exact Tests)', () => {
    const f = X.smallFisher.counts as number[][];
    const lf = (n: number) => { let s = 0; for (let k = 2; k <= n; k++) s += Math.log(k); return s; };
    const rows = f.map((r) => r.reduce((a, b) => a + b, 0));
    const cols = f[0].map((_, j) => f.reduce((a, r) => a + r[j], 0));
    const N = rows.reduce((a, b) => a + b, 0);
    const logP = rows.reduce((a, r) => a + lf(r), 0) + cols.reduce((a, c) => a + lf(c), 0) - lf(N) - f.flat().reduce((a, x) => a + lf(x), 0);
    const logGamma = 2 * Math.log(2 * Math.PI) - 4 * Math.log(N) + rows.reduce((a, r) => a + Math.log(r), 0) + cols.reduce((a, c) => a + Math.log(c), 0);
    expectClose(fisherExact(f)!.value, -2 * (logGamma + logP), 1e-12);
  });
  it('gives up beyond the enumeration limit', () => {
    expect(fisherExact(X.planQ1North.counts, 10)).toBeNull();
    expect(fisherExact(X.planQ1North.counts)).toBeNull();
  });
});

const tableArb = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 4 }))
  .chain(([r, c]) => fc.array(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));

describe('crosstab properties', () => {
  it("transposing leaves chi-square, the likelihood ratio and Cramér's V unchanged", () => {
    fc.assert(
      fc.property(tableArb, (f) => {
        const t = f[0].map((_, j) => f.map((row) => row[j]));
        expectClose(pearsonChiSquare(t).value, pearsonChiSquare(f).value, 1e-12, 1e-14);
        expectClose(likelihoodRatio(t).value, likelihoodRatio(f).value, 1e-12, 1e-14);
        expectClose(symmetricMeasures(t).cramersV, symmetricMeasures(f).cramersV, 1e-12, 1e-14);
      }),
    );
  });
  it('the exact p of a transposed table is the same', () => {
    fc.assert(
      fc.property(tableArb.filter((f) => f.flat().reduce((a, b) => a + b, 0) <= 40), (f) => {
        const t = f[0].map((_, j) => f.map((row) => row[j]));
        expectClose(fisherExact(t)!.p2, fisherExact(f)!.p2, 1e-10, 1e-14);
      }),
      { numRuns: 30 },
    );
  });
});
