import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';
import { factorExpected } from '../helpers/factor-fixture.js';

const FILE = 'fixtures/factor-survey.csv';

describe('csat factor (built CLI)', () => {
  it('prints the SPSS FACTOR tables with their footnotes', () => {
    const r = csat(['factor', FILE, '--items', 'q1..q12']);
    expect(r.code).toBe(0);
    for (const s of [
      "KMO and Bartlett's Test",
      'Communalities',
      'Total Variance Explained',
      'Initial Eigenvalues',
      'Extraction Sums of Squared Loadings',
      'Rotation Sums of Squared Loadings',
      'Component Matrix',
      'Rotated Component Matrix',
      'Component Transformation Matrix',
      'Component Score Coefficient Matrix',
      'Extraction Method: Principal Component Analysis.',
      'Rotation Method: Varimax with Kaiser Normalization.',
      'a. Rotation converged in 3 iterations.',
      'a. 3 components extracted.',
      'Scree Plot',
      'Component 1: q3 (.795), q2 (.787), q1 (.758), q4 (.745)',
    ]) {
      expect(r.stdout).toContain(s);
    }
  });

  it('JSON keys are the contract of issue #4, numbers at full precision', () => {
    const ex = factorExpected(false);
    const r = csat(['efa', FILE, '--items', 'q1..q12', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout).results;
    for (const key of [
      'n', 'items', 'extraction', 'rotation', 'kmo', 'bartlett', 'determinant', 'eigenvalues', 'varianceExplained', 'communalities',
      'componentMatrix', 'rotatedComponentMatrix', 'transformationMatrix', 'rotationIterations', 'scoreCoefficients', 'assignment',
    ]) {
      expect(out).toHaveProperty(key);
    }
    expect(out.extraction).toBe('pc');
    expect(out.rotation).toBe('varimax');
    expect(out.eigenvalues.length).toBe(12);
    expect(Object.keys(out.varianceExplained)).toEqual(['initial', 'extraction', 'rotation']);
    expect(Object.keys(out.varianceExplained.initial[0])).toEqual(['total', 'percent', 'cumulative']);
    expect(Object.keys(out.communalities[0])).toEqual(['item', 'initial', 'extraction']);
    expect(out.rotatedComponentMatrix[0].item).toBe('q1');
    expectClose(out.rotatedComponentMatrix[7].loadings[2], ex.varimax.loadings[7][2], 1e-9, 1e-12, 'q8 RC3');
    expectClose(out.scoreCoefficients[0].coefficients[0], ex.varimax.scoreCoefficients[0][0], 1e-9, 1e-12, 'B');
    expect(out.transformationMatrix.length).toBe(3);
    expect(out.rotationIterations).toBe(ex.varimax.iterations);
    expect(out.assignment[0]).toMatchObject({ item: 'q1', component: 1 });
    expect(JSON.parse(r.stdout).warnings).toEqual([]);
  });

  it('--sort and --blank change the text only; JSON keeps every loading', () => {
    const text = csat(['factor', FILE, '--items', 'q1..q12', '--sort', '--blank', '0.4', '--no-scree']).stdout;
    expect(text).toContain('Loadings with an absolute value below .40 are not shown.');
    expect(text).not.toContain('Scree Plot');
    const rotated = text.slice(text.indexOf('Rotated Component Matrix'));
    expect(rotated.indexOf('│ q3 ')).toBeLessThan(rotated.indexOf('│ q1 '));
    const json = JSON.parse(csat(['factor', FILE, '--items', 'q1..q12', '--sort', '--blank', '0.4', '-f', 'json']).stdout).results;
    expect(json.rotatedComponentMatrix.every((r: { loadings: number[] }) => r.loadings.length === 3)).toBe(true);
  });

  it('promax: pattern, structure and component correlation matrices; PAF renames the tables', () => {
    const r = csat(['factor', FILE, '--items', 'q1..q12', '--rotation', 'promax', '--extraction', 'paf']);
    expect(r.code).toBe(0);
    for (const s of ['Pattern Matrix', 'Structure Matrix', 'Factor Correlation Matrix', 'Factor Matrix', 'Extraction Method: Principal Axis Factoring.', 'Rotation Method: Promax with Kaiser Normalization.', 'a. 3 factors extracted. 8 iterations required.', 'When factors are correlated']) {
      expect(r.stdout).toContain(s);
    }
    expect(r.stdout).not.toContain('Rotated Factor Matrix');
  });

  it('Chinese output uses SPSS Chinese-edition terms', () => {
    const r = csat(['factor', FILE, '--items', 'q1..q12', '--lang', 'zh']);
    for (const s of ['公因子方差', '初始', '提取', '总方差解释', '成分', '总计', '方差百分比', '累积 %', '初始特征值', '提取载荷平方和', '旋转载荷平方和', '成分矩阵', '旋转后的成分矩阵', '成分转换矩阵', '成分得分系数矩阵', '提取方法：主成分分析法。', '旋转方法：凯撒正态化最大方差法。']) {
      expect(r.stdout).toContain(s);
    }
  });

  it('--parallel reports the random eigenvalues and keeps 3 components', () => {
    const r = csat(['factor', FILE, '--items', 'q1..q12', '--parallel', '--seed', '3', '--replicates', '200', '-f', 'json']);
    const out = JSON.parse(r.stdout).results;
    expect(out.factors).toBe(3);
    expect(out.parallel.replicates).toBe(200);
    expect(out.parallel.quantile.length).toBe(12);
    expect(csat(['factor', FILE, '--items', 'q1..q12', '--parallel', '--replicates', '50']).stdout).toContain('Parallel Analysis');
  });

  it('--save-scores writes the rows with FAC1_1.. appended (blank for excluded rows), or only --id', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'csat-factor-'));
    const all = path.join(dir, 'all.csv');
    const r = csat(['factor', FILE, '--items', 'q1..q12', '--save-scores', all]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`written to ${all} (FAC1_1, FAC2_1, FAC3_1)`);
    const lines = readFileSync(all, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('id,w,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,FAC1_1,FAC2_1,FAC3_1');
    expect(lines.length).toBe(401);
    const ex = factorExpected(false);
    const first = lines[ex.rowsUsed[0]].split(',');
    expectClose(Number(first[14]), ex.scores.first[0][0], 1e-12, 1e-12, 'FAC1_1');
    expect(lines.filter((l) => l.endsWith(',,,')).length).toBe(400 - ex.n);
    const ids = path.join(dir, 'ids.csv');
    csat(['factor', FILE, '--items', 'q1..q12', '--save-scores', ids, '--id', 'id']);
    expect(readFileSync(ids, 'utf8').split('\n')[0]).toBe('id,FAC1_1,FAC2_1,FAC3_1');
    const refused = csat(['factor', FILE, '--items', 'q1..q12', '--save-scores', FILE]);
    expect(refused.code).toBe(2);
    expect(existsSync(FILE)).toBe(true);
  });

  it('non-convergence is said as SPSS says it, loadings still printed', () => {
    const r = csat(['factor', FILE, '--items', 'q1..q12', '--iterate', '1', '--rconverge', '1e-12']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('a. Rotation failed to converge in 1 iterations.');
    expect(r.stderr).toContain('Rotation failed to converge in 1 iterations');
  });

  it('errors: usage (2) and singular matrices (1) in one sentence naming the items', () => {
    expect(csat(['factor', FILE, '--items', 'q1..q12', '--rotation', 'oblimin']).code).toBe(2);
    expect(csat(['factor', FILE, '--items', 'q1..q12', '--factors', '13']).code).toBe(2);
    expect(csat(['factor', FILE, '--items', 'q1..q12', '--factors', 'two']).stderr).toMatch(/--factors must be a whole number/);
    for (const blank of ['1', '1.5', '-0.1', 'x']) {
      const b = csat(['factor', FILE, '--items', 'q1..q12', '--blank', blank]);
      expect(b.code).toBe(2);
      expect(b.stderr.trim()).toBe(`csat: --blank must be a number of at least 0 and below 1 (loadings are at most 1), not '${blank}'`);
    }
    for (const bad of [['--iterate', '0'], ['--kappa', '0'], ['--rotation', 'nonsense'], ['--extraction', 'ml'], ['--econverge', '0']]) {
      const b = csat(['factor', FILE, '--items', 'q1..q12', ...bad]);
      expect(b.code).toBe(2);
      expect(b.stderr.trim().split('\n')).toHaveLength(1);
      expect(b.stderr).toContain(bad[0]);
    }
    const collinear = csat(['factor', '-', '--items', 'a..d'], { input: 'a,b,c,d\n1,2,5,3\n2,2,3,4\n3,3,4,6\n4,5,2,9\n5,4,1,9\n2,1,2,3\n' });
    expect(collinear.code).toBe(1);
    expect(collinear.stderr).toMatch(/d is a linear combination of a, b/);
    const few = csat(['factor', '-', '--items', 'a..d'], { input: 'a,b,c,d\n1,2,5,3\n2,2,3,4\n3,3,4,7\n' });
    expect(few.code).toBe(1);
    expect(few.stderr).toMatch(/only 3 respondents have complete answers, and 4 items need at least 5/);
  });
});
