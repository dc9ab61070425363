import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSav } from '../../src/data/sav-read.js';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';

// Expected values: fixtures/oracle/scale-scores.R (rowMeans/rowSums with na.rm = FALSE, cor.test, lm).
const FILE = 'fixtures/bank-survey.csv';
const STUDY = 'fixtures/bank-survey.yml';
const X = JSON.parse(readFileSync('fixtures/expected/scale-scores.json', 'utf8'));
const SCALES = ['银行形象', '银行产品', '客户关系', '服务质量', '网点环境'];
const dir = mkdtempSync(join(tmpdir(), 'csat-score-'));

/** The saved CSV as columns of cells (no cell is quoted: ids and numbers only). */
function readCsv(path: string): Record<string, string[]> {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n').map((l) => l.split(','));
  return Object.fromEntries(header.map((h, j) => [h, rows.map((r) => r[j])]));
}

function expectScores(cells: string[], expected: (number | null)[], what: string): void {
  expect(cells).toHaveLength(expected.length);
  cells.forEach((c, i) => {
    if (expected[i] === null) expect(c, `${what} row ${i + 1}`).toBe('');
    else expectClose(Number(c), expected[i] as number, 1e-12, 1e-12, `${what} row ${i + 1}`);
  });
}

describe('csat score: each respondent\'s scale scores saved with an id', () => {
  for (const method of ['mean', 'sum'] as const) {
    it(`--score ${method}: the file and the summary agree with R`, () => {
      const out = join(dir, `${method}.csv`);
      const r = csat(['score', FILE, '--study', STUDY, '--score', method, '--id', '序号', '-o', out, '-f', 'json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const cols = readCsv(out);
      expect(Object.keys(cols)).toEqual(['序号', ...SCALES]);
      expect(cols['序号']).toEqual(X.id);
      for (const s of SCALES) expectScores(cols[s], X[method].scores[s], s);
      const res = JSON.parse(r.stdout).results;
      expect(res).toMatchObject({ method, id: '序号', rows: X.rows, components: null, savedScores: { file: out, columns: SCALES } });
      for (const s of res.scales) {
        const x = X[method].summary[s.name];
        expect([s.n, s.missing]).toEqual([x.n, x.missing]);
        for (const k of ['mean', 'sd', 'min', 'max']) expectClose(s[k], x[k], 1e-9, 1e-12, `${s.name} ${k}`);
      }
    });
  }

  it('default key: the row number; --scales keeps some; text and Chinese', () => {
    const out = join(dir, 'some.csv');
    const r = csat(['score', '--study', STUDY, '--scales', '服务质量,客户关系', '-o', out, '--lang', 'zh']);
    expect(r.code).toBe(0);
    const cols = readCsv(out);
    expect(Object.keys(cols)).toEqual(['row', '客户关系', '服务质量']);
    expect(cols.row.slice(0, 3)).toEqual(['1', '2', '3']);
    for (const s of ['维度得分', '题项数', '有效个案数', '标准偏差', '每个得分为该维度题项的均值', '以 行号 为键']) expect(r.stdout).toContain(s);
  });

  it('-o scores.sav: an SPSS system file with the same values, the id as a number, and labels saying how each score was made', () => {
    const out = join(dir, 'scores.sav');
    const r = csat(['score', FILE, '--study', STUDY, '--score', 'sum', '--id', '序号', '--factors', '-o', out]);
    expect(r.code).toBe(0);
    const sav = readSav(readFileSync(out), 'scores.sav');
    const byName = new Map(sav.variables.map((v) => [v.name, v]));
    expect(sav.variables.map((v) => v.name)).toEqual(['序号', ...SCALES, 'FAC1_1', 'FAC2_1', 'FAC3_1', 'FAC4_1', 'FAC5_1']);
    expect(Array.from(byName.get('序号')!.values as Float64Array, String)).toEqual(X.id);
    for (const s of SCALES) {
      const values = Array.from(byName.get(s)!.values as Float64Array, (v) => (Number.isNaN(v) ? null : v));
      values.forEach((v, i) => expect(v, `${s} row ${i + 1}`).toBe(X.sum.scores[s][i]));
    }
    expect(byName.get('银行形象')!.label).toBe('Sum of Q1, Q2');
    expect(byName.get('FAC2_1')!.label).toBe('REGR factor score 2 for analysis 1');
  });

  it('--factors: FAC1_1 ... as csat factor --save-scores saves them on the same items', () => {
    const out = join(dir, 'fac.csv');
    const r = csat(['score', FILE, '--study', STUDY, '--factors', '--id', '序号', '-o', out]);
    expect(r.code).toBe(0);
    const fac = join(dir, 'factor.csv');
    const f = csat(['factor', FILE, '--items', 'Q1..Q12', '--missing', '-3', '--reverse', 'Q7', '--scale-range', '1-5', '--save-scores', fac, '--id', '序号']);
    expect(f.code).toBe(0);
    const a = readCsv(out);
    const b = readCsv(fac);
    const names = Object.keys(b).filter((n) => n.startsWith('FAC'));
    expect(names.length).toBe(5);
    for (const n of names) expect(a[n]).toEqual(b[n]);
  });

  it('bad input: one sentence, exit 2, nothing written', () => {
    const cases: [string[], RegExp][] = [
      [['score', FILE, '-o', join(dir, 'x.csv')], /needs --study FILE/],
      [['score', FILE, '--study', STUDY], /needs -o FILE/],
      [['score', FILE, '--study', STUDY, '-o', join(dir, 'x.csv'), '--scales', '不存在'], /no scale '不存在'; its scales: 银行形象/],
      [['score', FILE, '--study', STUDY, '-o', join(dir, 'x.csv'), '--score', 'median'], /--score/],
    ];
    for (const [args, re] of cases) {
      const r = csat(args);
      expect(r.stderr, args.join(' ')).toMatch(re);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(() => readFileSync(join(dir, 'x.csv'))).toThrow();
  });
});

describe('corr and regress --study: scale names mean their scores', () => {
  for (const method of ['mean', 'sum'] as const) {
    it(`corr --vars 服务质量,客户关系,overall --score ${method}`, () => {
      const r = csat(['corr', FILE, '--study', STUDY, '--vars', '服务质量,客户关系,overall', '--score', method, '-f', 'json']);
      expect(r.code).toBe(0);
      const res = JSON.parse(r.stdout).results;
      const x = X[method].corr;
      for (const [i, j, key] of [[0, 1, 'qualityRelation'], [0, 2, 'qualityOverall'], [1, 2, 'relationOverall']] as const) {
        expectClose(res.r[i][j], x[key].r, 1e-9, 1e-12, `r ${key}`);
        expectClose(res.p[i][j], x[key].p, 1e-9, 1e-15, `p ${key}`);
        expect(res.n[i][j]).toBe(x[key].n);
      }
    });

    it(`regress --outcome overall --iv 服务质量,客户关系 --score ${method}`, () => {
      const r = csat(['regress', FILE, '--study', STUDY, '--outcome', 'overall', '--iv', '服务质量,客户关系', '--score', method, '-f', 'json']);
      expect(r.code).toBe(0);
      const m = JSON.parse(r.stdout).results.models[0];
      const x = X[method].regress;
      m.coefficients.forEach((c: { b: number; stdError: number }, k: number) => {
        expectClose(c.b, x.B[k], 1e-9, 1e-12, `B ${k}`);
        expectClose(c.stdError, x.SE[k], 1e-9, 1e-12, `SE ${k}`);
      });
      expectClose(m.rSquare, x.r2, 1e-9);
      expectClose(m.adjustedRSquare, x.adjR2, 1e-9);
      expect(m.anova.regression.df + m.anova.residual.df + 1).toBe(x.n);
    });
  }

  it('a scale name beside a plain column and a formula term; plain columns as before', () => {
    const r = csat(['regress', FILE, 'overall ~ 服务质量 + Q1', '--study', STUDY, '-f', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results.models[0].predictors).toEqual(['服务质量', 'Q1']);
    const plain = csat(['corr', FILE, '--vars', '服务质量', '--missing', '-3']);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/no column '服务质量'/);
  });
});

describe('analyze --score sum', () => {
  it('the same correlations and Betas as the means; each B divided by the scale\'s item count; a note says so', () => {
    const run = (extra: string[]) => {
      const r = csat(['analyze', FILE, '--study', STUDY, '--no-frequencies', ...extra, '-f', 'json']);
      expect([0, 4]).toContain(r.code);
      return JSON.parse(r.stdout).results;
    };
    const mean = run([]);
    const sum = run(['--score', 'sum']);
    expect(mean.scores).toBe('mean');
    expect(sum.scores).toBe('sum');
    sum.correlations.r.forEach((row: number[], i: number) => row.forEach((v, j) => expectClose(v, mean.correlations.r[i][j], 1e-9, 1e-12)));
    const k: Record<string, number> = { 银行形象: 2, 银行产品: 3, 客户关系: 2, 服务质量: 3, 网点环境: 2 };
    sum.regression.coefficients.slice(1).forEach((c: { term: string; b: number; beta: number }, j: number) => {
      const m = mean.regression.coefficients[j + 1];
      expectClose(c.beta, m.beta, 1e-9, 1e-12, `Beta ${c.term}`);
      expectClose(c.b, m.b / k[c.term], 1e-9, 1e-12, `B ${c.term}`);
    });
    const text = csat(['analyze', FILE, '--study', STUDY, '--no-frequencies', '--score', 'sum']);
    expect(text.stdout).toContain("Scale scores are the sums of each scale's items (--score sum), not their means.");
  });
});
