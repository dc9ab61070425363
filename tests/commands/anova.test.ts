import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';

const FILE = 'fixtures/groups-survey.csv';
// fixtures/oracle/anova.R
const E = JSON.parse(readFileSync('fixtures/expected/anova.json', 'utf8'));

describe('csat anova (built CLI)', () => {
  it("prints ONEWAY's tables in SPSS's order, with its footnotes", () => {
    const r = csat(['anova', FILE, '--vars', 'sat,q1', '--by', 'age', '--posthoc', 'tukey,lsd']);
    expect(r.code).toBe(0);
    const titles = ['Descriptives', 'Tests of Homogeneity of Variances', 'ANOVA', 'Robust Tests of Equality of Means', 'ANOVA Effect Sizesa,b', 'Multiple Comparisons'];
    let at = 0;
    for (const s of titles) {
      const k = `\n${r.stdout}`.indexOf(`\n${s}\n`, at);
      expect(k, s).toBeGreaterThanOrEqual(at);
      at = k;
    }
    for (const s of ['95% Confidence Interval for Mean', 'Based on Median and with adjusted df', 'Based on trimmed mean', 'Between Groups', 'Within Groups', 'Statistica', 'Brown-Forsythe', 'Omega-squared Fixed-effect', 'Mean Difference', '(I) age', '(J) age']) {
      expect(r.stdout).toContain(s);
    }
    expect(r.stdout).toContain('a. Asymptotically F distributed.');
    expect(r.stdout).toContain('*. The mean difference is significant at the 0.05 level.');
    expect(r.stdout).toMatch(/│ sat │ 青年  │  61 │ 3\.54010 │ +\.661520 │/);
    expect(r.stdout).toMatch(/│ sat +│ Tukey HSD +│ 青年 +│ 中年 +│ +-\.396324\* │ +\.161869 │ +\.040 │/);
    expect(r.stdout).toMatch(/│ +│ LSD +│ 青年 +│ 中年 +│ +-\.396324\* │ +\.161869 │ +\.015 │/);
    expect(r.stderr).toBe('');
  });

  it('JSON: every statistic at full precision', () => {
    const r = csat(['anova', FILE, '--vars', 'sat', '--by', 'age', '--posthoc', 'scheffe', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout).results;
    expect(out.variables).toEqual(['sat']);
    expect(out.by).toBe('age');
    const v = out.tests[0];
    expect(v.groups.map((g: { label: string }) => g.label)).toEqual(['青年', '中年', '老年']);
    expectClose(v.anova.f, E.unweighted.sat.anova.f, 1e-12, 0, 'F');
    expectClose(v.robust.welch.p, E.unweighted.sat.welch.p, 1e-9, 0, 'Welch p');
    expectClose(v.homogeneity.medianAdjusted.df2, E.unweighted.sat.homogeneity.medianAdjusted.df2, 1e-9, 0, 'df2');
    expectClose(v.posthoc[0].comparisons[3].p, E.posthoc.sat.pairs[3].scheffe.p, 1e-9, 0, 'Scheffe p');
    expect(v.kruskalWallis).toBeNull();
  });

  it('--nonparametric: Ranks and Test Statistics as NPAR TESTS prints them', () => {
    const r = csat(['anova', FILE, '--vars', 'sat,q1', '--by', 'age', '--nonparametric']);
    expect(r.code).toBe(0);
    for (const s of ['Ranks', 'Mean Rank', 'Test Statisticsa,b', 'Kruskal-Wallis H', 'Asymp. Sig.', 'a. Kruskal Wallis Test', 'b. Grouping Variable: age']) expect(r.stdout).toContain(s);
    expect(r.stdout).not.toContain('Between Groups');
    const j = JSON.parse(csat(['anova', FILE, '--vars', 'q1', '--by', 'age', '--nonparametric', '-f', 'json']).stdout).results;
    expectClose(j.tests[0].kruskalWallis.h, E.unweighted.q1.kruskal.h, 1e-9, 0, 'H');
  });

  it('Chinese: the terms of the Chinese SPSS', () => {
    const r = csat(['anova', FILE, '--vars', 'sat', '--by', 'age', '--posthoc', 'bonferroni', '--lang', 'zh']);
    for (const s of ['描述', '方差齐性检验', '基于平均值', '基于中位数', '基于中位数并具有调整后自由度', '基于剪除后平均值', '组间', '组内', '总计', '平均值相等性稳健检验', '多重比较', '平均值差值 (I-J)', '邦弗伦尼', '平均值的 95% 置信区间']) {
      expect(r.stdout).toContain(s);
    }
  });

  it('markdown, csv and html carry the tables; --weight says so', () => {
    for (const f of ['markdown', 'csv', 'html']) {
      const r = csat(['anova', FILE, '--vars', 'sat', '--by', 'age', '--weight', 'w', '-f', f]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Robust Tests of Equality of Means');
      expect(r.stdout).toContain('Cases weighted by w.');
    }
  });

  it('the unequal-variance tests print their own Std. Error (Welch) in the same table', () => {
    const r = csat(['anova', FILE, '--vars', 'sat', '--by', 'age', '--posthoc', 'games-howell,tamhane,lsd']);
    expect(r.code).toBe(0);
    // SPSS's order: LSD, then Tamhane, then Games-Howell, whatever order they were asked in.
    expect(r.stdout.indexOf('│ LSD ')).toBeLessThan(r.stdout.indexOf('│ Tamhane '));
    expect(r.stdout.indexOf('│ Tamhane ')).toBeLessThan(r.stdout.indexOf('│ Games-Howell '));
    expect(r.stdout).toMatch(/│ +│ Games-Howell │ 青年 +│ 中年 +│ +-\.396324\* │ +\.136901 │ \.012 │/);
    expect(csat(['anova', FILE, '--vars', 'sat', '--by', 'age', '--posthoc', 'games-howell', '--lang', 'zh']).stdout).toContain('盖姆斯-豪厄尔');
  });

  it('Homogeneous Subsets for Tukey, S-N-K and Duncan, with the harmonic-mean footnotes; S-N-K and Duncan have no Multiple Comparisons', () => {
    const r = csat(['anova', FILE, '--vars', 'sat', '--by', 'age', '--posthoc', 'duncan,snk']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Multiple Comparisons');
    expect(r.stdout).toContain('== Homogeneous Subsets ==');
    expect(r.stdout).toContain('Subset for alpha = 0.05');
    expect(r.stdout.indexOf('Student-Newman-Keulsa,b')).toBeLessThan(r.stdout.indexOf('Duncana,b'));
    // Ascending means: 老年, 青年, 中年.
    expect(r.stdout).toMatch(/│ Student-Newman-Keulsa,b │ 老年 │ 45 │ 3\.19642 │/);
    expect(r.stdout).toContain('Means for groups in homogeneous subsets are displayed.');
    expect(r.stdout).toContain('a. Uses Harmonic Mean Sample Size = 56.926.');
    expect(r.stdout).toContain('b. The group sizes are unequal. The harmonic mean of the group sizes is used. Type I error levels are not guaranteed.');
    const j = JSON.parse(csat(['anova', FILE, '--vars', 'sat', '--by', 'age', '--posthoc', 'tukey', '-f', 'json']).stdout).results;
    const tukey = j.tests[0].posthoc[0];
    expect(tukey.subsets.order).toEqual([2, 0, 1]);
    expect(tukey.subsets.subsets.map((x: { members: number[] }) => x.members)).toEqual([[2, 0], [0, 1]]);
    expectClose(tukey.subsets.harmonicN, 3 / (1 / 61 + 1 / 71 + 1 / 45), 1e-12, 0, 'harmonic n');
    expect(csat(['anova', FILE, '--vars', 'sat', '--by', 'age', '--posthoc', 'tukey', '--lang', 'zh']).stdout).toContain('齐性子集');
  });

  it('dunnett compares each group with the --control group (default the last)', () => {
    const r = csat(['anova', FILE, '--vars', 'sat', '--by', 'age', '--posthoc', 'dunnett', '--control', '青年']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ sat +│ Dunnett t \(2-sided\)a │ 中年 +│ 青年 +│ +\.396324\* │ +\.161869 │/);
    expect(r.stdout).toContain('a. Dunnett t-tests treat one group as a control, and compare all other groups against it.');
    const last = JSON.parse(csat(['anova', FILE, '--vars', 'sat', '--by', 'age', '--posthoc', 'dunnett', '-f', 'json']).stdout).results;
    expect(last.control.label).toBe('老年');
    expect(last.tests[0].posthoc[0].comparisons.map((c: { i: number; j: number }) => [c.i, c.j])).toEqual([[0, 2], [1, 2]]);
    const bad = csat(['anova', FILE, '--vars', 'sat', '--by', 'age', '--posthoc', 'dunnett', '--control', '少年']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--control names the group '少年'");
  });

  it('a post hoc test for two groups is a warning, not an error', () => {
    const r = csat(['anova', FILE, '--vars', 'sat', '--by', 'gender', '--posthoc', 'lsd']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('csat: warning: Post hoc tests are not performed for sat because there are fewer than three groups.\n');
    expect(r.stdout).not.toContain('Multiple Comparisons');
  });

  it('bad input: one clear sentence and the documented exit code', () => {
    const unknown = csat(['anova', FILE, '--vars', 'sat', '--by', 'age', '--posthoc', 'tukey,foo']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^csat: unknown post hoc test 'foo': the tests are tukey, .*lsd.*\.\n$/);
    const continuous = csat(['anova', FILE, '--vars', 'sat', '--by', 'id']);
    expect(continuous.code).toBe(2);
    expect(continuous.stderr).toContain('bin it into groups first');
    const text = csat(['anova', FILE, '--vars', 'age', '--by', 'gender']);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/^csat: column 'age' holds text categories/);
    const mode = csat(['anova', FILE, '--vars', 'sat', '--by', 'age', '--missing-mode', 'pairwise']);
    expect(mode.code).toBe(2);
    const np = csat(['anova', FILE, '--vars', 'sat', '--by', 'age', '--posthoc', 'lsd', '--nonparametric']);
    expect(np.code).toBe(2);
    for (const r of [unknown, continuous, text, mode, np]) {
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')).toHaveLength(2);
    }
  });
});
