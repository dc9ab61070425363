/**
 * Correlations and regression against ../shared/reference (R lm / car::vif / lmtest / cor.test
 * oracle, cross-checked with statsmodels) and Field's published SPSS output for the album sales
 * data; skipped when that folder is absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCorrelations } from '../../src/analyses/corr.js';
import { runRegression } from '../../src/analyses/regress.js';
import { formatNumber } from '../../src/report/format.js';
import { expectClose } from '../helpers/close.js';
import { haveRef, refDir, referenceDataset } from '../helpers/reference-csv.js';


interface Mat {
  rows: string[];
  cols: string[];
  values: (number | null)[][];
}
interface RefCoef {
  term: string;
  B: number;
  std_error: number;
  beta: number | null;
  t: number;
  p_value: number;
  ci95_lower: number;
  ci95_upper: number;
  tolerance: number | null;
  vif: number | null;
}
interface RefRegression {
  name: string;
  dependent: string;
  predictors: string[];
  n_used_listwise: number;
  model_summary: { R: number; R_squared: number; adj_R_squared: number; std_error_of_estimate: number; durbin_watson: number };
  anova: {
    regression: { sum_of_squares: number; df: number; mean_square: number; F: number; p_value: number };
    residual: { sum_of_squares: number; df: number; mean_square: number };
    total: { sum_of_squares: number; df: number };
  };
  coefficients: RefCoef[];
  pearson_correlations_listwise: { r: Mat; p_two_tailed: Mat; n: number };
}
interface RefCorrelations {
  name: string;
  variables: string[];
  listwise: { n: number; r: Mat; p_two_tailed: Mat };
  pairwise: { r: Mat; p_two_tailed: Mat; n: Mat };
}

const files = haveRef ? readdirSync(path.join(refDir, 'expected')).filter((f) => f.endsWith('.json')) : [];
const load = (f: string) => JSON.parse(readFileSync(path.join(refDir, 'expected', f), 'utf8'));
const csv = (ref: { file: string }) => path.join(refDir, 'datasets', path.basename(ref.file));

/** Largest relative error seen, reported at the end so the margin is visible. */
let worst = 0;
let worstWhat = '';
function close(a: number | null | undefined, e: number, what: string): void {
  expectClose(a, e, 1e-9, 1e-300, what);
  const rel = e !== 0 ? Math.abs((a as number) - e) / Math.abs(e) : 0;
  if (rel > worst) {
    worst = rel;
    worstWhat = what;
  }
}

function checkMatrix(got: (number | null)[][], ref: Mat, what: string, diagonalNull: boolean): void {
  ref.rows.forEach((a, i) =>
    ref.cols.forEach((b, j) => {
      const e = ref.values[i][j];
      if (a === b && diagonalNull) {
        expect(got[i][j], `${what} ${a}-${b}`).toBeNull();
        return;
      }
      if (e === null) expect(got[i][j]).toBeNull();
      else if (e === 0) expect(got[i][j] as number, `${what} ${a}-${b}`).toBeLessThan(1e-300);
      else close(got[i][j], e, `${what} ${a}-${b}`);
    }),
  );
}

describe.skipIf(!haveRef)('conformance: correlations (../shared/reference)', () => {
  for (const f of files) {
    const ref = load(f);
    for (const block of (ref.correlations ?? []) as RefCorrelations[]) {
      it(`${ref.dataset}: ${block.name}, listwise and pairwise r, p, n`, () => {
        const ds = referenceDataset(csv(ref), block.variables);
        const lw = runCorrelations(ds, { variables: block.variables, missing: 'listwise' }).results;
        checkMatrix(lw.r, block.listwise.r, 'listwise r', false);
        checkMatrix(lw.p, block.listwise.p_two_tailed, 'listwise p', true);
        lw.n.flat().forEach((n) => expect(n).toBe(block.listwise.n));
        const pw = runCorrelations(ds, { variables: block.variables, missing: 'pairwise' }).results;
        checkMatrix(pw.r, block.pairwise.r, 'pairwise r', false);
        checkMatrix(pw.p, block.pairwise.p_two_tailed, 'pairwise p', true);
        expect(pw.n).toEqual(block.pairwise.n.values);
      });
    }
  }
});

describe.skipIf(!haveRef)('conformance: regression (../shared/reference)', () => {
  for (const f of files) {
    const ref = load(f);
    for (const m of (ref.regression ?? []) as RefRegression[]) {
      it(`${ref.dataset}: ${m.name}, every coefficient, SE, t, p, Beta, CI, tolerance, VIF, R, R2, F, DW`, () => {
        const ds = referenceDataset(csv(ref), [m.dependent, ...m.predictors]);
        const r = runRegression(ds, { dependent: m.dependent, blocks: [m.predictors] }).results;
        expect(r.n).toBe(m.n_used_listwise);
        expect(r.predictors).toEqual(m.predictors);
        const s = m.model_summary;
        close(r.modelSummary.r, s.R, 'R');
        close(r.modelSummary.rSquare, s.R_squared, 'R2');
        close(r.modelSummary.adjustedRSquare, s.adj_R_squared, 'adj R2');
        close(r.modelSummary.stdErrorOfEstimate, s.std_error_of_estimate, 'SE');
        close(r.modelSummary.durbinWatson, s.durbin_watson, 'DW');
        const a = m.anova;
        close(r.anova.regression.sumOfSquares, a.regression.sum_of_squares, 'SSR');
        expect(r.anova.regression.df).toBe(a.regression.df);
        close(r.anova.regression.meanSquare, a.regression.mean_square, 'MSR');
        close(r.anova.residual.sumOfSquares, a.residual.sum_of_squares, 'SSE');
        expect(r.anova.residual.df).toBe(a.residual.df);
        close(r.anova.residual.meanSquare, a.residual.mean_square, 'MSE');
        close(r.anova.total.sumOfSquares, a.total.sum_of_squares, 'SST');
        expect(r.anova.total.df).toBe(a.total.df);
        close(r.anova.f, a.regression.F, 'F');
        close(r.anova.p, a.regression.p_value, 'p(F)');
        expect(r.coefficients.map((c) => c.term)).toEqual(m.coefficients.map((c) => c.term));
        r.coefficients.forEach((c, i) => {
          const e = m.coefficients[i];
          close(c.b, e.B, `${c.term} B`);
          close(c.stdError, e.std_error, `${c.term} SE`);
          close(c.t, e.t, `${c.term} t`);
          close(c.p, e.p_value, `${c.term} p`);
          close(c.ciLower, e.ci95_lower, `${c.term} CI lower`);
          close(c.ciUpper, e.ci95_upper, `${c.term} CI upper`);
          for (const [k, ek] of [['beta', 'beta'], ['tolerance', 'tolerance'], ['vif', 'vif']] as const) {
            if (e[ek] === null) expect(c[k]).toBeNull();
            else close(c[k], e[ek] as number, `${c.term} ${k}`);
          }
        });
        const pc = m.pearson_correlations_listwise;
        const vars = pc.r.rows;
        const cr = runCorrelations(referenceDataset(csv(ref), vars), { variables: vars }).results;
        checkMatrix(cr.r, pc.r, 'regression correlations r', false);
        checkMatrix(cr.p, pc.p_two_tailed, 'regression correlations p', true);
        expect(cr.n[0][0]).toBe(pc.n);
      });
    }
  }
  it.skipIf(!files.includes('album_sales.json'))("album sales: Field's published SPSS Model Summary (hierarchical blocks), rounded as SPSS rounds", () => {
    const ref = load('album_sales.json');
    const ds = referenceDataset(csv(ref), ['sales', 'adverts', 'airplay', 'attract']);
    const r = runRegression(ds, { dependent: 'sales', blocks: [['adverts'], ['airplay', 'attract']] }).results;
    close(r.blocks[1].fChange as number, ref.extra.F_change_model1_to_model2, 'F change');
    const [m1, m2] = r.blocks;
    expect(formatNumber(m1.r, 3)).toBe('.578');
    expect(formatNumber(m1.rSquare, 3)).toBe('.335');
    expect(formatNumber(m1.adjustedRSquare, 3)).toBe('.331');
    expect(formatNumber(m1.stdErrorOfEstimate, 4)).toBe('65.9914');
    expect(formatNumber(m1.fChange as number, 3)).toBe('99.587');
    expect([m1.df1, m1.df2]).toEqual([1, 198]);
    expect(formatNumber(m2.r, 3)).toBe('.815');
    expect(formatNumber(m2.rSquare, 3)).toBe('.665');
    expect(formatNumber(m2.adjustedRSquare, 3)).toBe('.660');
    expect(formatNumber(m2.stdErrorOfEstimate, 4)).toBe('47.0873');
    expect(formatNumber(m2.rSquareChange, 3)).toBe('.330');
    expect(formatNumber(m2.fChange as number, 3)).toBe('96.447');
    expect([m2.df1, m2.df2]).toEqual([2, 196]);
    expect(formatNumber(r.modelSummary.durbinWatson, 3)).toBe('1.950');
  });
  for (const f of files) {
    const ref = load(f);
    const published = ((ref.published_comparison ?? []) as { quantity: string; published: number; decimals: number }[])
      .map((p) => ({ ...p, m: /^r\((\w+), *(\w+) *\)$/.exec(p.quantity) }))
      .filter((p) => p.m);
    it.skipIf(published.length === 0)(`${ref.dataset}: published SPSS correlations, rounded as SPSS rounds`, () => {
      for (const p of published) {
        const [, a, b] = p.m as RegExpExecArray;
        const r = runCorrelations(referenceDataset(csv(ref), [a, b]), { variables: [a, b] }).results.r[0][1] as number;
        expect(formatNumber(r, p.decimals), p.quantity).toBe(formatNumber(p.published, p.decimals));
      }
    });
  }
  it('reports the largest relative error', () => {
    expect(worst).toBeLessThan(1e-9);
    console.log(`regression/correlation conformance: max relative error ${worst.toExponential(2)} (${worstWhat})`);
  });
});
