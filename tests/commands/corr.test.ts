import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';
import { expectMessageInBothLanguages, type MessageCase } from '../helpers/messages.js';
import { expectClose } from '../helpers/close.js';
import { expected } from '../helpers/regression-fixture.js';

describe('csat corr (built CLI)', () => {
  it('deletes pairwise by default, as SPSS CORRELATIONS does: an N in every cell, no listwise N', () => {
    const r = csat(['corr', 'fixtures/regression.csv', '--vars', 'y,x1..x3', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout).results;
    const pairwise = JSON.parse(csat(['corr', 'fixtures/regression.csv', '--vars', 'y,x1..x3', '--missing-mode', 'pairwise', '-f', 'json']).stdout).results;
    expect(out).toEqual(pairwise);
    expect(out.missing ?? 'pairwise').toBe('pairwise');
    const text = csat(['corr', 'fixtures/regression.csv', '--vars', 'y,x1..x3']).stdout;
    expect(text).not.toMatch(/Listwise N/);
    expect(text).toMatch(/│ N\s+│/);
  });
  it('prints the SPSS Correlations table with flags and the listwise N', () => {
    const r = csat(['corr', 'fixtures/regression.csv', '--vars', 'y,x1..x3', '--missing-mode', 'listwise']);
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
    const r = csat(['corr', '-', '--vars', 'a..c', '--missing-mode', 'listwise'], { input });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // The column at fault is named, not "only 0 respondents have complete answers on a, b, c".
    expect(r.stderr.trim()).toBe("csat: 'b' has no answers at all (every value is missing), so it cannot be correlated; remove it from the variables");
    const p = csat(['corr', '-', '--vars', 'a..c', '-f', 'json'], { input });
    expect(p.code).toBe(0);
    expect(JSON.parse(p.stdout).results.r[0][1]).toBeNull();
    expect(JSON.parse(p.stdout).warnings[0]).toBe("'b' has no answers at all (every value is missing), so its correlations are blank (null in JSON)");
    expect(csat(['corr', '-', '--vars', 'a,b'], { input }).code).toBe(1);
    expect(csat(['corr', '-', '--vars', 'b', '--with', 'a', '--missing-mode', 'pairwise'], { input }).code).toBe(1);
    // Rows that never overlap, no column empty: the count of complete cases is still the message.
    const apart = csat(['corr', '-', '--vars', 'a,b', '--missing-mode', 'listwise'], { input: 'a,b\n1,\n2,\n,3\n,4\n' });
    expect(apart.stderr.trim()).toBe('csat: only 0 respondents have complete answers on a, b; correlations need at least 2 (try --missing-mode pairwise)');
  });
  it('a variable paired with itself under --with: r = 1, Sig. blank, p null, no flag', () => {
    for (const mode of ['listwise', 'pairwise']) {
      const args = ['corr', 'fixtures/regression.csv', '--vars', 'y,x1', '--with', 'y,x2', '--missing-mode', mode];
      const j = JSON.parse(csat([...args, '-f', 'json']).stdout).results;
      expect(j.r[0][0]).toBe(1);
      expect(j.p[0][0]).toBeNull();
      expect(j.p[1][0]).toBeGreaterThan(0);
      const text = csat(args).stdout.split('\n');
      const row = text.findIndex((l) => l.startsWith('│ y '));
      expect(text[row]).toMatch(/│ +1 +│/);
      expect(text[row + 1]).toMatch(/Sig\. \(2-tailed\) +│ +│ +\.000/);
    }
  });
  it('--vars and --items (its old spelling) together are a usage error', () => {
    const r = csat(['corr', 'fixtures/regression.csv', '--vars', 'y,x1', '--items', 'x2,x3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('csat: --items is the old spelling of --vars: give only --vars\n');
  });
});

describe('csat corr messages in English and Chinese (built CLI)', () => {
  const F = 'fixtures/regression.csv';
  const cases: MessageCase[] = [
    [
      'an unknown --method (command, a list)',
      ['corr', F, '--vars', 'y,x1', '--method', 'kendall'],
      undefined,
      2,
      "--method must be one of pearson, spearman, not 'kendall'",
      "--method 必须是 pearson、spearman 之一，而不是 'kendall'",
    ],
    ['no --vars (command)', ['corr', F], undefined, 2, 'corr needs --vars (the variables to correlate)', 'corr 需要 --vars（要计算相关性的变量）'],
    [
      'a text variable (analysis)',
      ['corr', F, '--vars', 'y,region'],
      undefined,
      1,
      "'region' holds text (4 distinct answers such as 'East'), not numbers, so it cannot be correlated",
      "'region' 包含文本（4 种不同的回答，例如 'East'），而不是数字，因此无法计算相关性",
    ],
    [
      'one variable (analysis)',
      ['corr', F, '--vars', 'y'],
      undefined,
      1,
      "one variable ('y') cannot be correlated: give at least two, or --with",
      "只有一个变量（'y'）无法计算相关性：请至少给出两个变量，或使用 --with",
    ],
    [
      'one complete case, listwise (analysis)',
      ['corr', '-', '--vars', 'a,b', '--missing-mode', 'listwise'],
      'a,b\n1,2\n,3\n',
      1,
      'only 1 respondent has complete answers on a, b; correlations need at least 2 (try --missing-mode pairwise)',
      '只有 1 名受访者在 a、b 上的回答完整；相关性至少需要 2 名（可尝试 --missing-mode pairwise）',
    ],
    [
      'no pair answered together, pairwise (analysis)',
      ['corr', '-', '--vars', 'a..c', '--missing-mode', 'pairwise'],
      'a,b,c\n1,,\n,2,\n,,3\n',
      1,
      'no two of a, b, c are answered together by at least 2 respondents, so no correlation can be computed',
      'a、b、c 中没有任何两个变量被至少 2 名受访者同时回答，因此无法计算相关性',
    ],
    [
      'a variable without any answer (analysis)',
      ['corr', '-', '--vars', 'a..c'],
      'a,b,c\n1,,\n2,,\n3,,\n',
      1,
      "'b', 'c' have no answers at all (every value is missing), so they cannot be correlated; remove them from the variables",
      "'b'、'c' 没有任何回答（所有值均缺失），因此无法计算相关性；请将其从变量中移除",
    ],
    [
      '--vars with --items (command)',
      ['corr', F, '--vars', 'y', '--items', 'x1'],
      undefined,
      2,
      '--items is the old spelling of --vars: give only --vars',
      '--items 是 --vars 的旧写法：请只给出 --vars',
    ],
  ];

  it.each(cases)('%s', (_, args, input, code, en, zh) => expectMessageInBothLanguages(args, input, code, en, zh));

  it('warnings in either language, on stderr and in the JSON alike', () => {
    const en = "'c' is constant over the cases used, so its correlations cannot be computed (shown blank, null in JSON)";
    const e = csat(['corr', F, '--vars', 'y,c', '--lang', 'en']);
    expect(e.code).toBe(0);
    expect(e.stderr).toBe(`csat: warning: ${en}\n`);
    const z = csat(['corr', F, '--vars', 'y,c', '--lang', 'zh']);
    expect(z.code).toBe(0);
    const zh = "'c' 在所用个案中为常量，因此无法计算其相关性（显示为空白，JSON 中为 null）";
    expect(z.stderr).toBe(`csat: 警告: ${zh}\n`);
    expect(JSON.parse(csat(['corr', F, '--vars', 'y,c', '--lang', 'zh', '-f', 'json']).stdout).warnings).toEqual([zh]);
    expect(JSON.parse(csat(['corr', F, '--vars', 'y,c', '--lang', 'en', '-f', 'json']).stdout).warnings).toEqual([en]);
    const few = csat(['corr', '-', '--vars', 'a..c', '--missing-mode', 'pairwise', '--lang', 'zh'], { input: 'a,b,c\n1,2,1\n2,1,\n3,3,\n4,5,\n' });
    expect(few.code).toBe(0);
    expect(few.stderr).toBe('csat: 警告: 部分相关性所依据的个案少于 3 个，因此无法计算其显著性\n');
  });
});
