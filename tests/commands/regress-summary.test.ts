import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';

// regress from a MATRIX DATA file (fixtures/summary/teach4.csv, R: fixtures/oracle/summary.R) and
// from a moments file (csat moments -o), equal to the run on the rows.
const EX = JSON.parse(readFileSync('fixtures/expected/summary.json', 'utf8')).teach4.regression;
const TEACH = 'fixtures/summary/teach4.csv';
const dir = mkdtempSync(join(tmpdir(), 'csat-regress-summary-'));
const results = (args: string[]) => {
  const r = csat([...args, '-f', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout).results;
};

/** Every number of b in a at `rel` (absolute 1e-13 near zero), the rest equal. */
function expectSame(a: unknown, b: unknown, rel: number, path = ''): void {
  if (typeof b === 'number') expectClose(a as number, b, rel, 1e-13, path);
  else if (Array.isArray(b)) {
    expect((a as unknown[]).length, path).toBe(b.length);
    b.forEach((x, i) => expectSame((a as unknown[])[i], x, rel, `${path}[${i}]`));
  } else if (b !== null && typeof b === 'object') {
    for (const [k, v] of Object.entries(b)) expectSame((a as Record<string, unknown>)[k], v, rel, `${path}.${k}`);
  } else expect(a, path).toEqual(b);
}

describe('csat regress --matrix (SPSS REGRESSION /MATRIX=IN)', () => {
  it('coefficients, SEs, t, p, Beta, R2, ANOVA and VIF as R solves them from the covariances, at 1e-12', () => {
    for (const args of [['--matrix', TEACH, '--outcome', 'd', '--iv', 'a,b,c'], [TEACH, 'd ~ a + b + c'], ['--matrix', TEACH, 'd ~ a + b + c']]) {
      const r = results(['regress', ...args]);
      expect(r.n).toBe(100);
      expect(r.predictors).toEqual(EX.predictors);
      r.coefficients.forEach((c: Record<string, number>, i: number) => {
        expectClose(c.b, EX.b[i], 1e-12, 1e-14, `b ${c.term}`);
        expectClose(c.stdError, EX.se[i], 1e-12, 1e-14, `se ${c.term}`);
        expectClose(c.t, EX.t[i], 1e-12, 1e-14, `t ${c.term}`);
        expectClose(c.p, EX.p[i], 1e-10, 1e-14, `p ${c.term}`);
        if (i > 0) {
          expectClose(c.beta, EX.beta[i - 1], 1e-12, 1e-14, `beta ${c.term}`);
          expectClose(c.vif, EX.vif[i - 1], 1e-12, 0, `vif ${c.term}`);
        }
      });
      expectClose(r.modelSummary.rSquare, EX.rSquare, 1e-12, 0, 'R2');
      expectClose(r.modelSummary.adjustedRSquare, EX.adjustedRSquare, 1e-12, 0, 'adj R2');
      expectClose(r.anova.regression.sumOfSquares, EX.ssRegression, 1e-12, 0, 'SSR');
      expectClose(r.anova.residual.sumOfSquares, EX.ssResidual, 1e-12, 0, 'SSE');
      expectClose(r.anova.f, EX.f, 1e-12, 0, 'F');
      expectClose(r.anova.p, EX.fP, 1e-10, 0, 'Sig.');
      expect(r.modelSummary.durbinWatson).toBeNull();
      expect(r.residualsStatistics).toBeNull();
      expect(r.casewiseDiagnostics).toEqual([]);
    }
  });

  it('prints the tables, and says that what needs the rows is not there', () => {
    const r = csat(['regress', '--matrix', TEACH, '--outcome', 'd', '--iv', 'a,b,c']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    for (const title of ['Variables Entered/Removed', 'Model Summary', 'ANOVA', 'Coefficients']) expect(r.stdout).toContain(title);
    expect(r.stdout).not.toContain('Residuals Statisticsᵃ');
    expect(r.stdout).toMatch(/│ 1 +│ \.523ᵃ │ +\.273 │ +\.250 │ +\.8658 │\n/);
    expect(r.stdout).not.toContain('Durbin-Watson │');
    expect(r.stdout).toContain('From summary statistics (a matrix or moments file): no Durbin-Watson, Residuals Statistics or Casewise Diagnostics, which need the rows.');
    expect(csat(['regress', '--matrix', TEACH, '--outcome', 'd', '--iv', 'a,b,c', '--lang', 'zh']).stdout).toContain('来自汇总统计量（矩阵或矩文件）');
  });

  it('per-respondent outputs and dummy coding need the rows: one sentence each, exit 2', () => {
    for (const [extra, option] of [
      [['--save-residuals', join(dir, 'res.csv')], '--save-residuals'],
      [['--categorical', 'a'], '--categorical'],
      [['--missing-mode', 'meansub'], '--missing-mode meansub'],
      [['--explain'], '--explain'],
      [['--weight', 'a'], '--weight'],
    ] as [string[], string][]) {
      const r = csat(['regress', '--matrix', TEACH, '--outcome', 'd', '--iv', 'b,c', ...extra]);
      expect(r.code, extra.join(' ')).toBe(2);
      expect(r.stderr).toBe(`csat: ${option} needs the rows of the data, and ${TEACH} holds only summary statistics\n`);
      expect(r.stdout).toBe('');
    }
  });

  it('a correlation matrix without STDDEV, or a variable not in it: one sentence', () => {
    const noSd = csat(['regress', '--matrix', 'fixtures/summary/harman8.csv', '--outcome', 'height', '--iv', 'weight']);
    expect(noSd.code).toBe(2);
    expect(noSd.stderr).toBe('csat: fixtures/summary/harman8.csv gives correlations without standard deviations (no STDDEV row); REGRESSION needs them\n');
    const absent = csat(['regress', '--matrix', TEACH, '--outcome', 'd', '--iv', 'a,z']);
    expect(absent.code).toBe(3);
    expect(absent.stderr.split('\n')).toHaveLength(2);
  });
});

describe.each([
  ['unweighted', [] as string[]],
  ['weighted', ['--weight', 'w']],
])('csat regress --from-moments equals regress on the rows at 1e-12 (%s)', (what, weight) => {
  const items = 'y,x1,x2,x3,x4,x6';
  it.each([
    ['enter', ['--outcome', 'y', '--iv', 'x1,x2,x3,x4,x6']],
    ['blocks', ['--outcome', 'y', '--block', 'x1,x2', '--block', 'x3,x4,x6']],
    ['stepwise', ['--outcome', 'y', '--iv', 'x1,x2,x3,x4,x6', '--method', 'stepwise', '--pin', '.2', '--pout', '.25']],
    ['backward', ['--outcome', 'y', '--iv', 'x1,x2,x3,x4,x6', '--method', 'backward']],
  ])('%s', (name, args) => {
    const stats = join(dir, `${what}-${name}.json`);
    const m = csat(['moments', 'fixtures/regression.csv', '--items', items, ...weight, '-o', stats]);
    expect(m.code, m.stderr).toBe(0);
    const rows = results(['regress', 'fixtures/regression.csv', ...args, ...weight]);
    const summary = results(['regress', '--from-moments', stats, ...args]);
    // What needs the rows is absent from the summary run; everything else is the same.
    for (const r of [rows, summary]) {
      delete r.residualsStatistics;
      delete r.casewiseDiagnostics;
      delete r.modelSummary.durbinWatson;
      for (const model of r.models) delete model.durbinWatson;
    }
    expect(summary.models.length).toBeGreaterThan(0);
    expectSame(summary, rows, 1e-12, name);
  });
});
