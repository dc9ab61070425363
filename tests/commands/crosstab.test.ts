import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';
import { expected } from '../helpers/crosstab-explore-fixture.js';

const FILE = 'fixtures/crosstab-explore.csv';
const X = expected.crosstab;

describe('csat crosstab (built CLI)', () => {
  it('prints the SPSS tables of a 2x2 table with its footnotes', () => {
    const r = csat(['crosstab', FILE, '--rows', 'gender', '--cols', 'churn', '--cells', 'count,expected,row']);
    expect(r.code).toBe(0);
    for (const s of ['Case Processing Summary', 'gender * churn Crosstabulation', 'Chi-Square Tests', 'Symmetric Measures', 'Expected Count', '% within gender', "Cramer's V"]) {
      expect(r.stdout).toContain(s);
    }
    expect(r.stdout).toMatch(/Pearson Chi-Square\s+│\s+\.235a │\s+1 │\s+\.628/);
    expect(r.stdout).toMatch(/Continuity Correction\s+│\s+\.116b/);
    expect(r.stdout).toMatch(/Fisher's Exact Test\s+│\s+│\s+│\s+│\s+\.667 │\s+\.366/);
    expect(r.stdout).toContain('a. 0 cells (0.0%) have expected count less than 5. The minimum expected count is 30.31.');
    expect(r.stdout).toContain('b. Computed only for a 2x2 table');
    expect(r.stderr).toBe('');
  });

  it('JSON: the tables at full precision, null where a statistic does not exist', () => {
    const r = csat(['crosstab', FILE, '--rows', 'gender', '--cols', 'q1', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout).results;
    expect(out.rowVariable).toBe('gender');
    expect(out.layerVariable).toBeNull();
    const tab = out.tables[0];
    expect(tab.counts).toEqual(X.genderQ1.counts);
    expectClose(tab.tests.pearson.value, X.genderQ1.pearson.value, 1e-12, 0, 'pearson');
    expect(tab.tests.continuity).toBeNull();
    expect(tab.tests.fisher).toBeNull();
  });

  it('Chinese: the terms of the Chinese SPSS', () => {
    const r = csat(['crosstab', FILE, '--rows', 'gender', '--cols', 'churn', '--lang', 'zh', '--cells', 'count,total,adjusted']);
    expect(r.code).toBe(0);
    for (const s of ['个案处理摘要', 'gender * churn 交叉表', '卡方检验', '皮尔逊卡方', '连续性修正', '似然比', '费希尔精确检验', '线性关联', '有效个案数', '对称测量', '克莱姆 V', '占总计的百分比', '调整后残差']) {
      expect(r.stdout).toContain(s);
    }
  });

  it('layers, weights and --exact; markdown, csv and html through the one table model', () => {
    for (const f of ['markdown', 'csv', 'html']) {
      const r = csat(['crosstab', FILE, '--rows', 'plan', '--cols', 'churn', '--layer', 'region', '--weight', 'w', '--exact', '-f', f]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Chi-Square Tests');
      expect(r.stdout).toContain('Cases weighted by w.');
    }
  });

  it('one category: no statistics, as SPSS says', () => {
    const r = csat(['crosstab', '-', '--rows', 'a', '--cols', 'b'], { input: 'a,b\n1,1\n1,2\n1,2\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No statistics are computed because a is a constant.');
    expect(r.stdout).not.toContain('Chi-Square Tests');
  });

  it('bad input: a continuous column, an unknown cell statistic, the same column twice', () => {
    const c = csat(['crosstab', FILE, '--rows', 'score', '--cols', 'churn']);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/^csat: --rows score has more than 50 distinct values.*bin it into groups first/);
    expect(c.stderr).not.toMatch(/\n\s+at /);
    const k = csat(['crosstab', FILE, '--rows', 'gender', '--cols', 'churn', '--cells', 'count,percent']);
    expect(k.code).toBe(2);
    expect(k.stderr).toContain("unknown cell statistic 'percent'");
    const s = csat(['crosstab', FILE, '--rows', 'gender', '--cols', 'gender']);
    expect(s.code).toBe(2);
    const d = csat(['crosstab', '-', '--rows', 'a', '--cols', 'b'], { input: 'a,b\n1,1\n2,2\n1,2\n2,1\n3,\n' });
    expect(d.code).toBe(0);
    expect(d.stderr).toContain("column 'a': category 3 has no case with valid b; it is left out of the table, as SPSS does.");
  });
});
