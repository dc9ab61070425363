import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';

// Numbers against fixtures/expected/ttest.json (fixtures/oracle/ttest.R); layout against SPSS T-TEST.
const FILE = 'fixtures/groups-survey.csv';
const E = JSON.parse(readFileSync('fixtures/expected/ttest.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'csat-ttest-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('csat ttest (built CLI)', () => {
  it("prints T-TEST's three tables with SPSS's rows, columns and footnote", () => {
    const r = csat(['ttest', FILE, '--vars', 'sat,q1', '--by', 'gender']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const s of ['Group Statistics', 'Std. Error Mean', 'Independent Samples Test', "Levene's Test for Equality of Variances", 't-test for Equality of Means', 'Sig. (2-tailed)', '95% Confidence Interval of the Difference', 'Independent Samples Effect Sizes', 'Standardizera', 'Point Estimate', "Glass's delta"]) {
      expect(r.stdout).toContain(s);
    }
    expect(r.stdout).toMatch(/│ sat │ 1 +│ 87 │ 3\.42800 │ +\.939491 │ +\.100724 │/);
    expect(r.stdout).toMatch(/│ sat │ Equal variances assumed +│ +\.069 │ +\.793 │ -2\.465 │ +171 │ +\.015 │ +-\.357686 │/);
    expect(r.stdout).toMatch(/│ +│ Equal variances not assumed +│ +│ +│ -2\.464 │ 170\.691 │ +\.015 │/);
    expect(r.stdout).toMatch(/│ q1 +│ 1 +│ 80 │ 3\.01 +│ +1\.164 +│ +\.130 +│/);
    expect(r.stdout).toContain("a. The denominator used in estimating the effect sizes. Cohen's d uses the pooled standard deviation.");
  });

  it('JSON: full precision under stable keys', () => {
    const r = csat(['ttest', FILE, '--vars', 'sat', '--by', 'gender', '--weight', 'w', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout).results;
    expect(Object.keys(out)).toEqual(['kind', 'nonparametric', 'by', 'groups', 'testValue', 'level', 'missing', 'weight', 'decimals', 'independent', 'oneSample', 'paired', 'mannWhitney', 'wilcoxon']);
    const x = out.independent[0];
    expect(Object.keys(x)).toEqual(['variable', 'groups', 'levene', 'equalVariances', 'unequalVariances', 'effectSizes', 'constant']);
    const e = E.weighted.sat;
    expectClose(x.equalVariances.t, e.equalVariances.t, 1e-9);
    expectClose(x.unequalVariances.df, e.unequalVariances.df, 1e-9);
    expectClose(x.levene.p, e.levene.p, 1e-9);
    expectClose(x.effectSizes.glassDelta.ciUpper, e.glassDelta.ciUpper, 1e-9);
    expect(out.weight).toBe('w');
  });

  it('one sample, paired and the rank tests', () => {
    const one = csat(['ttest', FILE, '--vars', 'sat', '--test-value', '3']);
    expect(one.code).toBe(0);
    for (const s of ['One-Sample Statistics', 'One-Sample Test', 'Test Value = 3', 'One-Sample Effect Sizes']) expect(one.stdout).toContain(s);
    const paired = csat(['ttest', FILE, '--pairs', 'pre=post', '-f', 'json']);
    expectClose(JSON.parse(paired.stdout).results.paired[0].test.t, E.unweighted.paired.test.t, 1e-9);
    const text = csat(['ttest', FILE, '--pairs', 'pre=post']).stdout;
    for (const s of ['Paired Samples Statistics', 'Paired Samples Correlations', 'Paired Samples Test', 'Paired Differences', 'Pair 1', 'pre - post', 'pre & post', 'Paired Samples Effect Sizes']) expect(text).toContain(s);
    const mw = csat(['ttest', FILE, '--vars', 'sat,q1', '--by', 'gender', '--nonparametric']).stdout;
    for (const s of ['Ranks', 'Mean Rank', 'Sum of Ranks', 'Test Statisticsa', 'Mann-Whitney U', 'Wilcoxon W', 'Asymp. Sig. (2-tailed)', 'a. Grouping Variable: gender']) expect(mw).toContain(s);
    expect(mw).not.toContain('Exact Sig.');
    const small = file('small.csv', readFileSync(FILE, 'utf8').split('\n').slice(0, 31).join('\n'));
    const ex = csat(['ttest', small, '--vars', 'sat', '--by', 'gender', '--nonparametric']).stdout;
    expect(ex).toMatch(/Exact Sig\. \[2\*\(1-tailed Sig\.\)\] │ +\.516b │/);
    expect(ex).toContain('b. Not corrected for ties.');
    const w = csat(['ttest', FILE, '--pairs', 'pre=post', '--nonparametric']).stdout;
    for (const s of ['post - pre', 'Negative Ranks', 'Positive Ranks', 'Ties', 'a. post < pre', 'a. Wilcoxon Signed Ranks Test', 'b. Based on negative ranks.']) expect(w).toContain(s);
  });

  it('Chinese: the terms of the Chinese SPSS', () => {
    const r = csat(['ttest', FILE, '--vars', 'sat', '--by', 'gender', '--lang', 'zh']);
    for (const s of ['组统计', '独立样本检验', '莱文方差等同性检验', '假定等方差', '不假定等方差', '独立样本效应大小', '个案数', '标准偏差']) expect(r.stdout).toContain(s);
    const one = csat(['ttest', FILE, '--vars', 'sat', '--test-value', '3', '--lang', 'zh']).stdout;
    for (const s of ['单样本统计', '单样本检验']) expect(one).toContain(s);
    const p = csat(['ttest', FILE, '--pairs', 'pre=post', '--lang', 'zh']).stdout;
    for (const s of ['配对样本统计', '配对样本相关性', '配对样本检验']) expect(p).toContain(s);
    const np = csat(['ttest', FILE, '--vars', 'sat', '--by', 'gender', '--nonparametric', '--lang', 'zh']).stdout;
    for (const s of ['秩', '检验统计']) expect(np).toContain(s);
  });

  it('markdown, csv and html render the same tables', () => {
    for (const f of ['markdown', 'csv', 'html']) {
      const r = csat(['ttest', FILE, '--vars', 'sat', '--by', 'gender', '-f', f]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Independent Samples Test');
    }
  });

  it('a group with one case prints what exists, blank the rest, with a footnote', () => {
    const r = csat(['ttest', file('single.csv', 'g,x\n1,2\n2,3\n2,4\n2,6\n'), '--vars', 'x', '--by', 'g']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ x │ 1 │ 1 │ 2\.00 │ +│ +│/);
    expect(r.stdout).toContain('A group with one case has no standard deviation');
    expect(r.stdout).not.toMatch(/NaN|Infinity/);
  });

  it('bad input: one sentence, the documented exit code', () => {
    const cases: [string[], number, RegExp][] = [
      [['--vars', 'sat', '--by', 'age'], 2, /^csat: --by age has 3 groups \(青年, 中年, 老年\): a t test compares two; pick two with --groups, or compare them all with csat anova\.\n$/],
      [['--vars', 'sat', '--by', 'gender', '--groups', '1,3'], 2, /^csat: --groups names the group '3', which gender does not have among the analysed cases \(groups found: 1, 2\)\.\n$/],
      [['--vars', 'q1', '--by', 'sat'], 2, /^csat: --by sat has more than 50 distinct values: it looks continuous; .*bin it/],
      [['--vars', 'sat', '--by', 'gender', '--test-value', '3'], 2, /give only one of them/],
      [['--vars', 'sat'], 2, /give one of --by/],
      [['--pairs', 'pre'], 2, /first=second/],
      [['--vars', 'age', '--by', 'gender'], 1, /holds text categories/],
    ];
    for (const [args, code, message] of cases) {
      const r = csat(['ttest', FILE, ...args]);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.split('\n').length).toBe(2);
      expect(r.stdout).toBe('');
    }
    const one = csat(['ttest', file('one.csv', 'g,x\n1,2\n1,3\n'), '--vars', 'x', '--by', 'g']);
    expect(one.code).toBe(1);
    expect(one.stderr).toBe('csat: --by g has only one group among the analysed cases (1): a t test needs two.\n');
    const constant = csat(['ttest', file('const.csv', 'g,x,y\n1,2,1\n1,2,2\n2,3,3\n2,3,5\n'), '--vars', 'x', '--by', 'g']);
    expect(constant.code).toBe(1);
    expect(constant.stderr).toBe('csat: t cannot be computed because the standard deviations of both groups are 0: x is constant within each group.\n');
    const some = csat(['ttest', join(dir, 'const.csv'), '--vars', 'x,y', '--by', 'g']);
    expect(some.code).toBe(0);
    expect(some.stdout).toContain('t cannot be computed because the standard deviations of both groups are 0 (x).');
  });
});
