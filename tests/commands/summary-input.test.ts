import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';
import { expectMessageInBothLanguages } from '../helpers/messages.js';

// R oracle: fixtures/oracle/summary.R (eigen, psych::KMO / cortest.bartlett, SPSS varimax, alpha
// and item-total statistics from their definitions, OLS by solve() on the covariances).
const EX = JSON.parse(readFileSync('fixtures/expected/summary.json', 'utf8'));
const HARMAN = 'fixtures/summary/harman8.csv';
const TEACH = 'fixtures/summary/teach4.csv';
const json = (args: string[]) => {
  const r = csat([...args, '-f', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).results;
};
const closeAll = (a: number[], b: number[], what: string, rel = 1e-9) => {
  expect(a.length, what).toBe(b.length);
  a.forEach((x, i) => expectClose(x, b[i], rel, 1e-12, `${what}[${i}]`));
};

describe('summary input: a textbook correlation matrix (Harman 1976, eight physical variables)', () => {
  it('factor: eigenvalues as Harman prints them, and R at 1e-9', () => {
    const out = json(['factor', HARMAN, '--items', '*', '--factors', '2']);
    const h = EX.harman8;
    expect(out.n).toBe(305);
    h.published.eigenvalues.forEach((v: number, i: number) => expect(out.eigenvalues[i].toFixed(3)).toBe(v.toFixed(3)));
    closeAll(out.eigenvalues, h.eigenvalues, 'eigenvalues');
    expectClose(out.kmo, h.kmo, 1e-9, 0, 'kmo');
    expectClose(out.bartlett.chiSquare, h.bartlett.chiSquare, 1e-9, 0, 'chi-square');
    expect(out.bartlett.df).toBe(h.bartlett.df);
    expectClose(out.determinant, h.determinant, 1e-9, 0, 'determinant');
    out.componentMatrix.forEach((row: { loadings: number[] }, i: number) => closeAll(row.loadings, h.componentMatrix[i], `unrotated ${i}`));
    out.rotatedComponentMatrix.forEach((row: { loadings: number[] }, i: number) => closeAll(row.loadings, h.rotated[i], `varimax ${i}`));
    closeAll(out.communalities.map((c: { extraction: number }) => c.extraction), h.communalities, 'communalities');
  });

  it('PSPP (FACTOR /MATRIX=IN, fixtures/oracle/summary-pspp.sps) prints the same, to its 2 decimals', () => {
    const out = json(['factor', HARMAN, '--items', '*', '--factors', '2']);
    expect(out.kmo.toFixed(2)).toBe('0.85');
    expect(out.bartlett.chiSquare.toFixed(2)).toBe('2085.74');
    const pspp = [[0.9, 0.26], [0.93, 0.2], [0.92, 0.16], [0.9, 0.23], [0.25, 0.89], [0.18, 0.84], [0.11, 0.84], [0.25, 0.75]];
    out.rotatedComponentMatrix.forEach((row: { loadings: number[] }, i: number) => expect(row.loadings.map((x) => Number(x.toFixed(2)))).toEqual(pspp[i]));
  });

  it('kmo with --matrix: overall and per-item MSA', () => {
    const out = json(['kmo', '--matrix', HARMAN, '--items', 'height..chest_width']);
    expectClose(out.kmo, EX.harman8.kmo, 1e-9, 0, 'kmo');
    closeAll(out.msa.map((m: { msa: number }) => m.msa), EX.harman8.msa, 'msa');
  });

  it('factor --save-scores needs the rows: a usage error', () => {
    const r = csat(['factor', HARMAN, '--items', '*', '--save-scores', '/tmp/x.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`csat: --save-scores needs the rows of the data, and ${HARMAN} holds only summary statistics\n`);
  });
});

describe('summary input: N, MEAN, STDDEV and CORR (as SPSS MATRIX OUT writes them)', () => {
  it('reliability: alpha, standardized alpha and the item-total table', () => {
    const s = json(['reliability', TEACH, '--items', 'a..d']).scales[0];
    const t = EX.teach4;
    expect(s.n).toBe(100);
    expectClose(s.alpha, t.alpha, 1e-9, 0, 'alpha');
    expectClose(s.standardizedAlpha, t.standardizedAlpha, 1e-9, 0, 'standardized alpha');
    expectClose(s.scale.variance, t.scaleVariance, 1e-9, 0, 'scale variance');
    closeAll(s.itemTotal.map((r: { correctedItemTotalCorrelation: number }) => r.correctedItemTotalCorrelation), t.correctedItemTotal, 'item-total r');
    closeAll(s.itemTotal.map((r: { alphaIfDeleted: number }) => r.alphaIfDeleted), t.alphaIfDeleted, 'alpha if deleted');
    closeAll(s.itemTotal.map((r: { scaleVarianceIfDeleted: number }) => r.scaleVarianceIfDeleted), t.scaleVarianceIfDeleted, 'variance if deleted');
    closeAll(s.itemTotal.map((r: { scaleMeanIfDeleted: number }) => r.scaleMeanIfDeleted), t.scaleMeanIfDeleted, 'mean if deleted');
  });

  it('corr: r as given, p from r and N', () => {
    const out = json(['corr', TEACH, '--vars', 'a..d']);
    out.p.forEach((row: (number | null)[], i: number) =>
      row.forEach((p, j) => (i === j ? expect(p).toBeNull() : expectClose(p, EX.teach4.corrP[i][j], 1e-9, 0, `p ${i},${j}`))),
    );
    expect(out.n.flat().every((n: number) => n === 100)).toBe(true);
  });

  it('a matrix without STDDEV cannot give alpha in raw units: one sentence', () => {
    const r = csat(['alpha', HARMAN, '--items', 'height,arm_span']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`csat: ${HARMAN} gives correlations without standard deviations (no STDDEV row); RELIABILITY needs them\n`);
  });

  it("Spearman's rho, pairwise deletion and --weight need the rows", () => {
    expect(csat(['corr', TEACH, '--vars', 'a..d', '--method', 'spearman']).stderr).toBe(`csat: ${TEACH} holds Pearson statistics; Spearman's rho needs the rows\n`);
    expect(csat(['alpha', TEACH, '--items', 'a..d', '--missing-mode', 'pairwise']).stderr).toBe(
      `csat: ${TEACH} holds one matrix of 100 cases; --missing-mode pairwise needs the rows\n`,
    );
    expect(csat(['kmo', TEACH, '--items', 'a..d', '--weight', 'w']).code).toBe(2);
  });
});

describe('summary input: bad matrices', () => {
  it('a textbook matrix that is not positive definite is explained, in both languages', () => {
    // Harman's (1976, p. 164) eight emotional traits as printed to two decimals: its smallest eigenvalue is negative.
    const input = [
      'ROWTYPE_,VARNAME_,y1,y2,y3,y4,y5,y6,y7,y8',
      'N,,172,172,172,172,172,172,172,172',
      'CORR,y1,1.00,0.83,0.81,0.80,0.71,0.54,0.53,0.24',
      'CORR,y2,0.83,1.00,0.87,0.62,0.59,0.58,0.44,0.45',
      'CORR,y3,0.81,0.87,1.00,0.63,0.37,0.30,0.12,0.33',
      'CORR,y4,0.80,0.62,0.63,1.00,0.49,0.30,0.28,0.29',
      'CORR,y5,0.71,0.59,0.37,0.49,1.00,0.34,0.55,0.19',
      'CORR,y6,0.54,0.58,0.30,0.30,0.34,1.00,0.32,0.21',
      'CORR,y7,0.53,0.44,0.12,0.28,0.55,0.32,1.00,0.10',
      'CORR,y8,0.24,0.45,0.33,0.29,0.19,0.21,0.10,1.00',
    ].join('\n');
    expectMessageInBothLanguages(
      ['factor', '-', '--items', 'y1..y8'],
      input,
      1,
      'the correlation matrix of y1, y2, y3, y4, y5, y6, y7, y8 in - is not positive definite (its smallest eigenvalue is -0.02013): no data set has such correlations; a matrix typed from a rounded table or computed pairwise can, so check the values',
      '- 中 y1、y2、y3、y4、y5、y6、y7、y8 的相关性矩阵不是正定矩阵（最小特征值为 -0.02013）：任何数据都不会有这样的相关系数；由四舍五入的表格录入或按对计算的矩阵可能如此，请检查数值',
    );
  });

  it('N not above the number of items: the matrix is unusable for factoring', () => {
    const input = 'ROWTYPE_,VARNAME_,a,b,c\nN,,3,3,3\nCORR,a,1,,\nCORR,b,.5,1,\nCORR,c,.2,.3,1\n';
    const r = csat(['factor', '-', '--items', 'a..c'], { input });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('csat: - rests on N = 3 cases, and 3 items need at least 4; the matrix cannot come from such data\n');
  });

  it('items not in the matrix: one sentence, exit 3', () => {
    const r = csat(['kmo', TEACH, '--items', 'a,b,zz']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.split('\n').length).toBe(2);
  });

  it('no file and no --matrix: the missing-argument message', () => {
    const r = csat(['kmo', '--items', 'a,b']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing required argument 'file'");
  });
});
