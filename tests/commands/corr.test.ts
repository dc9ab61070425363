import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';
import { expected } from '../helpers/regression-fixture.js';

describe('csat corr (built CLI)', () => {
  it('prints the SPSS Correlations table with flags and the listwise N', () => {
    const r = csat(['corr', 'fixtures/regression.csv', '--vars', 'y,x1..x3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Correlations');
    expect(r.stdout).toContain('Pearson Correlation');
    expect(r.stdout).toContain('Sig. (2-tailed)');
    expect(r.stdout).toMatch(/\.580\*\*/);
    expect(r.stdout).toContain('**. Correlation is significant at the 0.01 level (2-tailed).');
    expect(r.stdout).toMatch(/Listwise N = \d+/);
  });
  it('JSON carries {method, variables, with, r, p, n} at full precision (Spearman, pairwise, WITH)', () => {
    const ref = expected.correlations.spearman_pairwise;
    const r = csat(['corr', 'fixtures/regression.csv', '--vars', 'x1,x2', '--with', 'y,x6', '--method', 'spearman', '--missing-mode', 'pairwise', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.command).toBe('corr');
    expect(Object.keys(out.results)).toEqual(['method', 'variables', 'with', 'r', 'p', 'n']);
    expect(out.results.with).toEqual(['y', 'x6']);
    const i = ref.rows.indexOf('x1');
    expectClose(out.results.r[0][0], ref.r[i][ref.cols.indexOf('y')], 1e-12, 0, 'rho x1-y');
    expectClose(out.results.p[0][1], ref.p[i][ref.cols.indexOf('x6')], 1e-12, 0, 'p x1-x6');
    expect(out.results.n[0][0]).toBe(ref.n[i][ref.cols.indexOf('y')]);
  });
  it('Chinese labels with --lang zh', () => {
    const r = csat(['corr', 'fixtures/regression.csv', '--vars', 'y,x1', '--lang', 'zh']);
    expect(r.stdout).toContain('相关性');
    expect(r.stdout).toContain('皮尔逊相关性');
    expect(r.stdout).toContain('显著性（双尾）');
  });
  it('usage errors exit 2, text variables exit 1, with one clear sentence', () => {
    const bad = csat(['corr', 'fixtures/regression.csv', '--vars', 'y,x1', '--method', 'kendall']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--method must be one of pearson, spearman, not 'kendall'/);
    expect(csat(['corr', 'fixtures/regression.csv']).code).toBe(2);
    const text = csat(['corr', 'fixtures/regression.csv', '--vars', 'y,region']);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/'region' holds text/);
    expect(text.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('all cases missing: one sentence, exit 1, instead of an empty table', () => {
    const input = 'a,b,c\n1,,3\n2,,5\n3,,4\n';
    const r = csat(['corr', '-', '--vars', 'a..c'], { input });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe("csat: only 0 respondents have complete answers on a, b, c; correlations need at least 2 (try --missing-mode pairwise)");
    const p = csat(['corr', '-', '--vars', 'a..c', '--missing-mode', 'pairwise', '-f', 'json'], { input });
    expect(p.code).toBe(0);
    expect(JSON.parse(p.stdout).results.r[0][1]).toBeNull();
    expect(csat(['corr', '-', '--vars', 'a,b'], { input }).code).toBe(1);
  });
});
