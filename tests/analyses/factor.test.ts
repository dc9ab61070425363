/** runFactor on fixtures/factor-survey.csv against fixtures/expected/factor*.json (R: fixtures/oracle/factor.R). */
import { describe, expect, it } from 'vitest';
import { runFactor, factorScores, factorFromMatrix } from '../../src/analyses/factor.js';
import type { Dataset } from '../../src/data/dataset.js';
import { AnalysisError, UsageError } from '../../src/errors.js';
import { expectClose } from '../helpers/close.js';
import { factorExpected, factorSurvey } from '../helpers/factor-fixture.js';

type Rows = { item: string; loadings: number[] }[];

function expectMatrix(actual: Rows | number[][], expected: number[][], what: string, rel = 1e-9, abs = 1e-12): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => {
    const values = Array.isArray(row) ? row : row.loadings;
    expect(values.length).toBe(expected[i].length);
    values.forEach((v, j) => expectClose(v, expected[i][j], rel, abs, `${what}[${i},${j}]`));
  });
}

for (const weighted of [false, true]) {
  describe(`factor-survey${weighted ? ' weighted by w' : ''} vs R`, () => {
    const ex = factorExpected(weighted);
    const ds = factorSurvey(weighted);

    it('PCA + varimax (SPSS defaults)', () => {
      const r = runFactor(ds);
      expect(r.n).toBe(ex.n);
      expect(r.factors).toBe(ex.k);
      expectClose(r.kmo, ex.kmo, 1e-9, 1e-12, 'KMO');
      expectClose(r.determinant, ex.determinant, 1e-9, 1e-300, 'det');
      expectClose(r.bartlett.chiSquare, ex.bartlett.chiSquare, 1e-9, 1e-12, 'chi2');
      expect(r.bartlett.df).toBe(ex.bartlett.df);
      expectClose(r.bartlett.p, ex.bartlett.p, 1e-9, 1e-300, 'p');
      r.eigenvalues.forEach((v, j) => expectClose(v, ex.eigenvalues[j], 1e-9, 1e-12, `eigen ${j}`));
      expectClose(r.eigenvalues.reduce((a, b) => a + b, 0), 12, 1e-12, 1e-12, 'sum of eigenvalues');
      expectMatrix(r.componentMatrix, ex.loadings, 'unrotated');
      expectMatrix(r.rotatedComponentMatrix!, ex.varimax.loadings, 'varimax');
      expectMatrix(r.transformationMatrix!, ex.varimax.rotmat, 'transformation');
      expect(r.rotationIterations).toBe(ex.varimax.iterations);
      expect(r.rotationConverged).toBe(ex.varimax.converged);
      r.varianceExplained.rotation!.forEach((row, j) => expectClose(row.total, ex.varimax.ss[j], 1e-9, 1e-12, `rotation SS ${j}`));
      r.scoreCoefficients.forEach((row, i) =>
        row.coefficients.forEach((v, j) => expectClose(v, ex.varimax.scoreCoefficients[i][j], 1e-9, 1e-12, `B[${i},${j}]`)),
      );
      expect(r.communalities.every((c) => c.initial === 1)).toBe(true);
      // Assignment follows the design: q1-q4, q5-q8, q9-q12 on three different components.
      const comp = r.assignment.map((a) => a.component);
      expect(new Set(comp.slice(0, 4)).size).toBe(1);
      expect(new Set(comp.slice(4, 8)).size).toBe(1);
      expect(new Set([comp[0], comp[4], comp[8]]).size).toBe(3);
    });

    it('quartimax', () => {
      const r = runFactor(ds, { rotation: 'quartimax' });
      expectMatrix(r.rotatedComponentMatrix!, ex.quartimax.loadings, 'quartimax');
      expectMatrix(r.transformationMatrix!, ex.quartimax.rotmat, 'quartimax T');
      expect(r.rotationIterations).toBe(ex.quartimax.iterations);
    });

    it('varimax and quartimax run to full convergence agree with R and with GPArotation', () => {
      for (const [rotation, key] of [['varimax', 'varimaxConverged'], ['quartimax', 'quartimaxConverged']] as const) {
        const r = runFactor(ds, { rotation, rconverge: 0, iterate: 2000 });
        // At the optimum the criterion is flat, so the last sweeps move loadings by rounding only: 1e-9 absolute.
        expectMatrix(r.rotatedComponentMatrix!, ex[key].loadings, `${rotation} converged`, 0, 1e-9);
        // GPArotation's gradient projection stops at its own tolerance (about 1e-8 here).
        expectMatrix(r.rotatedComponentMatrix!, ex[key].gpa, `${rotation} vs GPArotation`, 0, 1e-6);
      }
    });

    it('promax (kappa 4): pattern, structure, component correlations, score coefficients', () => {
      const r = runFactor(ds, { rotation: 'promax' });
      expectMatrix(r.rotatedComponentMatrix!, ex.promax.pattern, 'pattern');
      expectMatrix(r.structureMatrix!, ex.promax.structure, 'structure');
      expectMatrix(r.componentCorrelationMatrix!, ex.promax.phi, 'phi');
      expectMatrix(r.transformationMatrix!, ex.promax.rotmat, 'promax T');
      // SPSS's row-normalised target, not R's stats::promax target: the patterns differ visibly.
      const diff = Math.max(...r.rotatedComponentMatrix!.flatMap((row, i) => row.loadings.map((v, j) => Math.abs(v - ex.promax.unnormalizedTargetPattern[i][j]))));
      expect(diff).toBeGreaterThan(1e-3);
      r.varianceExplained.rotation!.forEach((row, j) => {
        expectClose(row.total, ex.promax.structureSS[j], 1e-9, 1e-12, `structure SS ${j}`);
        expect(row.percent).toBeNull();
      });
      r.scoreCoefficients.forEach((row, i) =>
        row.coefficients.forEach((v, j) => expectClose(v, ex.promax.scoreCoefficients[i][j], 1e-9, 1e-12, `B[${i},${j}]`)),
      );
    });

    it('principal axis factoring as SPSS (SMC start, .001, 25 iterations)', () => {
      const r = runFactor(ds, { extraction: 'paf', rotation: 'none' });
      r.communalities.forEach((c, i) => {
        expectClose(c.initial, ex.paf.smc[i], 1e-9, 1e-12, `SMC ${c.item}`);
        expectClose(c.extraction, ex.paf.communalities[i], 1e-9, 1e-12, `h2 ${c.item}`);
      });
      expectMatrix(r.componentMatrix, ex.paf.loadings, 'PAF loadings');
      expect(r.extractionIterations).toBe(ex.paf.iterations);
      expect(r.extractionConverged).toBe(true);
      r.scoreCoefficients.forEach((row, i) =>
        row.coefficients.forEach((v, j) => expectClose(v, ex.paf.scoreCoefficients[i][j], 1e-9, 1e-12, `B[${i},${j}]`)),
      );
      // Run to convergence it is the PAF fixed point psych::fa(fm = "pa") finds.
      const c = runFactor(ds, { extraction: 'paf', rotation: 'none', econverge: 1e-14, iterate: 10000 });
      expectMatrix(c.componentMatrix, ex.pafConverged.loadings, 'PAF converged');
      expectMatrix(c.componentMatrix, ex.pafConverged.psychFa, 'PAF vs psych::fa', 1e-9, 1e-10);
    });
  });
}

describe('scores (SPSS /SAVE REG)', () => {
  const ex = factorExpected(false);
  it('match R for the first complete rows; NaN for rows listwise deletion dropped; mean 0, variance 1', () => {
    const ds = factorSurvey(false);
    const r = runFactor(ds);
    const s = factorScores(ds, r);
    expect(s.length).toBe(3);
    const rows: number[] = ex.rowsUsed.map((x: number) => x - 1);
    rows.forEach((row, t) => s.forEach((col, j) => expectClose(col[row], ex.scores.first[t][j], 1e-9, 1e-12, `score ${row},${j}`)));
    for (const col of s) {
      const v = Array.from(col).filter((x) => !Number.isNaN(x));
      expect(v.length).toBe(ex.n);
      const m = v.reduce((a, b) => a + b, 0) / v.length;
      const variance = v.reduce((a, b) => a + (b - m) ** 2, 0) / (v.length - 1);
      expect(Math.abs(m)).toBeLessThan(1e-12);
      expectClose(variance, 1, 1e-10, 1e-12, 'score variance');
    }
    expect(Array.from(s[0]).filter((x) => Number.isNaN(x)).length).toBe(400 - ex.n);
  });
  it('with frequency weights each row scores as its replicated copies do (SPSS WEIGHT BY), for varimax and promax', () => {
    const ds = factorSurvey(true);
    const w = ds.weights!;
    const rep: number[] = [];
    const firstCopy: number[] = [];
    for (let i = 0; i < w.length; i++) {
      firstCopy.push(w[i] > 0 ? rep.length : -1);
      for (let c = 0; c < w[i]; c++) rep.push(i);
    }
    const replicated: Dataset = {
      ...ds,
      weights: null,
      weightName: null,
      input: { ...ds.input, rows: rep.length },
      variables: ds.variables.map((v) => ({ ...v, values: Float64Array.from(rep, (i) => v.values[i]) })),
    };
    for (const rotation of ['varimax', 'promax'] as const) {
      const sw = factorScores(ds, runFactor(ds, { rotation }));
      const sr = factorScores(replicated, runFactor(replicated, { rotation }));
      let compared = 0;
      sw.forEach((col, j) =>
        col.forEach((v, i) => {
          if (firstCopy[i] < 0) return;
          const ref = sr[j][firstCopy[i]];
          if (Number.isNaN(ref)) expect(v).toBeNaN();
          else {
            expectClose(v, ref, 1e-9, 1e-12, `${rotation} score ${i},${j}`);
            compared++;
          }
        }),
      );
      expect(compared).toBeGreaterThan(600);
    }
  });
});

describe('number of components', () => {
  const ds = factorSurvey(false);
  it('--factors N, and its bounds', () => {
    expect(runFactor(ds, { factors: 2 }).factors).toBe(2);
    expect(() => runFactor(ds, { factors: 13 })).toThrow(UsageError);
    expect(() => runFactor(ds, { factors: 0 })).toThrow(UsageError);
  });
  it('parallel analysis keeps the three designed dimensions, reproducibly for a seed', () => {
    const a = runFactor(ds, { parallel: true, seed: 7, replicates: 200 });
    const b = runFactor(ds, { parallel: true, seed: 7, replicates: 200 });
    expect(a.factors).toBe(3);
    expect(a.retention.rule).toBe('parallel');
    expect(a.parallel!.mean).toEqual(b.parallel!.mean);
    expect(a.parallel!.quantile.every((q, j) => q >= a.parallel!.mean[j])).toBe(true);
  });
  it('one component: no rotation, SPSS message', () => {
    const r = runFactor(ds, { factors: 1 });
    expect(r.rotation).toBe('none');
    expect(r.rotatedComponentMatrix).toBeNull();
    expect(r.warnings).toContain('Only one component was extracted. The solution cannot be rotated.');
  });
  it('non-convergence is reported, loadings still given', () => {
    const r = runFactor(ds, { iterate: 1, rconverge: 1e-12 });
    expect(r.rotationConverged).toBe(false);
    expect(r.rotationIterations).toBe(1);
    expect(r.rotatedComponentMatrix).not.toBeNull();
    expect(r.warnings).toContain('Rotation failed to converge in 1 iterations');
  });
  it('PAF that stops at ITERATE says so with the last change (SPSS "Convergence="), as the footnote does', () => {
    const r = runFactor(ds, { extraction: 'paf', rotation: 'none', iterate: 2 });
    expect(r.extractionConverged).toBe(false);
    expect(r.extractionIterations).toBe(2);
    expect(r.extractionChange).toBeGreaterThan(0.001);
    expect(r.warnings.join('\n')).toMatch(/Attempted to extract 3 factors\. More than 2 iterations required \(the largest communality change in the last one was 0\.\d+, above ECONVERGE 0\.001\)\. Extraction was terminated/);
    const c = runFactor(ds, { extraction: 'paf', rotation: 'none' });
    expect(c.extractionConverged).toBe(true);
    expect(c.extractionChange).toBeLessThanOrEqual(0.001);
  });
  it('a Heywood case under PAF: SPSS\'s caution, naming the item, numbers still finite', () => {
    // One factor for three items with r12 r13 / r23 > 1: item a would need a communality above 1.
    const H = Float64Array.from([1, 0.9, 0.8, 0.9, 1, 0.6, 0.8, 0.6, 1]);
    const r = factorFromMatrix(H, ['a', 'b', 'c'], 200, { extraction: 'paf', factors: 1, iterate: 200, econverge: 1e-10 });
    expect(r.heywoodItems).toEqual(['a']);
    expect(r.warnings).toContain('One or more communality estimates greater than 1 were encountered during iterations (a): a Heywood case; interpret the solution with caution');
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
    expect(r.communalities.every((c) => Number.isFinite(c.extraction))).toBe(true);
  });
  it('ITERATE below 1 is a usage error, not an Infinity in the output', () => {
    expect(() => runFactor(ds, { iterate: 0 })).toThrow(UsageError);
    expect(() => runFactor(ds, { extraction: 'paf', iterate: 1.5 })).toThrow(UsageError);
  });
});

function dataset(columns: Record<string, number[]>): Dataset {
  const names = Object.keys(columns);
  return {
    input: { file: 't.csv', rows: columns[names[0]].length, encoding: 'utf8', delimiter: ',' },
    allNames: names,
    variables: names.map((name) => ({ name, values: Float64Array.from(columns[name]), labels: new Map(), kind: 'numeric' as const })),
    weights: null,
    weightName: null,
    recodes: [],
    warnings: [],
  };
}

describe('unusable correlation matrices: one AnalysisError naming the cause and the items', () => {
  const a = [1, 2, 3, 4, 5, 2, 3, 4, 1, 5];
  const b = [2, 2, 3, 5, 4, 1, 3, 5, 2, 4];
  const c = [5, 3, 4, 2, 1, 3, 5, 1, 2, 4];
  it('a constant item', () => {
    expect(() => runFactor(dataset({ a, b, k: a.map(() => 3) }))).toThrow(/k \(always 3\) has the same answer from every respondent/);
    expect(() => runFactor(dataset({ a, b, k: a.map(() => 3) }))).toThrow(AnalysisError);
  });
  it('perfectly collinear items', () => {
    const s = a.map((x, i) => x + b[i]);
    expect(() => runFactor(dataset({ a, b, c, s }))).toThrow(/s is a linear combination of a, b/);
    const a2 = a.map((x) => 2 * x + 1);
    expect(() => runFactor(dataset({ a, b, a2 }))).toThrow(/a2 and a are perfectly correlated/);
  });
  it('more items than respondents', () => {
    const cols: Record<string, number[]> = {};
    for (let j = 0; j < 6; j++) cols[`i${j}`] = [1, 2, 3, 4, 5].map((x) => ((x * (j + 2)) % 5) + (x * x) % (j + 3));
    expect(() => runFactor(dataset(cols))).toThrow(/only 5 respondents have complete answers, and 6 items need at least 7/);
  });
  it('fewer than two items is a usage error', () => {
    expect(() => runFactor(dataset({ a }))).toThrow(UsageError);
  });
});

describe('from a correlation matrix (200 items)', () => {
  it('runs and keeps its invariants', () => {
    const p = 200;
    const r = new Float64Array(p * p);
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) r[i * p + j] = i === j ? 1 : (i % 4) === (j % 4) ? 0.4 : 0.1;
    const items = Array.from({ length: p }, (_, i) => `v${i + 1}`);
    const res = factorFromMatrix(r, items, 1000);
    expect(res.factors).toBe(4);
    expectClose(res.eigenvalues.reduce((x, y) => x + y, 0), p, 1e-12, 1e-12, 'trace');
  });
});
