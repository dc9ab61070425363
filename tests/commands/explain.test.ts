/** --explain through the built CLI: each formula after its table, in English and Chinese, and in the JSON. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';

const X = JSON.parse(readFileSync('fixtures/expected/explain.json', 'utf8'));
const FACTOR = 'fixtures/factor-survey.csv';
const REG = 'fixtures/regression.csv';

/** Index of the line starting with `text` in the output (or -1). */
const lineOf = (out: string, text: string) => out.split('\n').findIndex((l) => l.startsWith(text));

describe('csat ... --explain', () => {
  it('reliability: the alpha formula right after Reliability Statistics', () => {
    const r = csat(['reliability', FACTOR, '--items', 'q1..q12', '--explain']);
    expect(r.code).toBe(0);
    const at = lineOf(r.stdout, "How it is computed: Cronbach's Alpha (ALL VARIABLES)");
    expect(at).toBeGreaterThan(lineOf(r.stdout, 'Reliability Statistics'));
    expect(at).toBeLessThan(lineOf(r.stdout, 'Item Statistics'));
    expect(r.stdout).toContain('= 12/11 × (1 − 14.458 / 50.866)');
  });

  it('factor: KMO and Bartlett, the first eigenvalue and varimax, each after its table (zh)', () => {
    const r = csat(['factor', FACTOR, '--items', 'q1..q12', '--explain', '--lang', 'zh']);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(lineOf(out, '计算过程：KMO 取样适切性量数')).toBeGreaterThan(lineOf(out, 'KMO 和巴特利特检验'));
    expect(lineOf(out, '计算过程：第一个特征值')).toBeGreaterThan(lineOf(out, '总方差解释'));
    expect(lineOf(out, '计算过程：Varimax 旋转')).toBeGreaterThan(lineOf(out, '旋转后的成分矩阵'));
    expect(out).toContain('变化小于 .0001：λ₁ = 3.574（总方差解释）');
  });

  it('kmo, corr and regress print theirs; without --explain nothing is added', () => {
    expect(csat(['kmo', FACTOR, '--items', 'q1..q12', '--explain']).stdout).toContain("How it is computed: Bartlett's test of sphericity");
    const c = csat(['corr', REG, '--vars', 'x1,x2,x3', '--missing-mode', 'listwise', '--explain']);
    expect(c.stdout).toContain('How it is computed: Correlation of x1 and x2');
    expect(c.stdout).toContain('= 53.195 / √(148.917 × 168.992)');
    const g = csat(['regress', REG, '--outcome', 'y', '--iv', 'x1,x2,x3', '--explain']);
    expect(lineOf(g.stdout, 'How it is computed: Ordinary least squares')).toBeGreaterThan(lineOf(g.stdout, 'Coefficients'));
    for (const args of [['kmo', FACTOR, '--items', 'q1..q12'], ['regress', REG, '--outcome', 'y', '--iv', 'x1,x2,x3']]) {
      const plain = csat(args);
      expect(plain.stdout).not.toContain('How it is computed');
      expect(JSON.parse(csat([...args, '-f', 'json']).stdout).results.explain).toBeUndefined();
    }
  });

  it('JSON carries the worked numbers at full precision', () => {
    const k = JSON.parse(csat(['kmo', FACTOR, '--items', 'q1..q12', '--explain', '-f', 'json']).stdout).results.explain;
    expectClose(k.kmo.sumR2, X.kmo.sumR2, 1e-9, 1e-12, 'sumR2');
    expectClose(k.kmo.chiSquare, X.kmo.chiSquare, 1e-9, 1e-12, 'chi2');
    expect(k.alpha).toEqual([]);
    const g = JSON.parse(csat(['regress', REG, '--outcome', 'y', '--iv', 'x1,x2,x3', '--explain', '-f', 'json']).stdout).results.explain;
    g.ols.b.forEach((b: number, i: number) => expectClose(b, X.ols.b[i], 1e-9, 1e-12, `B${i}`));
  });

  it('analyze: every step explained, one alpha per scale', () => {
    const r = csat(['analyze', 'fixtures/bank-survey.csv', '--study', 'fixtures/bank-survey.yml', '--explain', '-f', 'json']);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout).results.explain;
    expect(e.alpha).toHaveLength(6);
    for (const key of ['kmo', 'factor', 'corr', 'ols']) expect(e[key]).not.toBeNull();
    const text = csat(['analyze', 'fixtures/bank-survey.csv', '--study', 'fixtures/bank-survey.yml', '--explain']).stdout;
    expect(text.split('\n').filter((l) => l.startsWith('How it is computed:'))).toHaveLength(12);
  });
});
