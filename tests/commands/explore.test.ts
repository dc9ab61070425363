import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';
import { expected } from '../helpers/crosstab-explore-fixture.js';
import { selfContained, tagsBalanced } from '../helpers/svg.js';

const FILE = 'fixtures/crosstab-explore.csv';
const E = expected.explore;

describe('csat explore (built CLI)', () => {
  it("prints EXAMINE's tables, SPSS's footnotes and a boxplot sketch", () => {
    const r = csat(['explore', FILE, '--vars', 'score', '--by', 'gender']);
    expect(r.code).toBe(0);
    for (const s of ['Case Processing Summary', 'Descriptives', '95% Confidence Interval for Mean', '5% Trimmed Mean', 'Interquartile Range', 'Weighted Average(Definition 1)', "Tukey's Hinges", 'Extreme Values', 'Tests of Normality', 'Kolmogorov-Smirnova', 'Shapiro-Wilk', 'Boxplot of score']) {
      expect(r.stdout).toContain(s);
    }
    expect(r.stdout).toContain('*. This is a lower bound of the true significance.');
    expect(r.stdout).toContain('a. Lilliefors Significance Correction');
    expect(r.stdout).toMatch(/Male\s+│\s+\.066 │ 102 │ \.200\* │/);
    expect(r.stdout).toContain('a. Only a partial list of cases with the value 83.5 are shown in the table of upper extremes.');
    expect(r.stdout).toContain('Female: o 13, 86, 5; * 151');
    expect(r.stderr).toBe('');
  });

  it('JSON: every statistic at full precision, per variable and group', () => {
    const r = csat(['explore', FILE, '--vars', 'score', '--id', 'id', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout).results;
    expect(out.variables).toEqual(['score']);
    const c = out.cells[0];
    expectClose(c.descriptives.trimmedMean, E.score.trimmedMean, 1e-12, 0, 'trimmed');
    expectClose(c.normality.shapiroWilk.p, E.score.shapiro.p, 1e-9, 0, 'SW p');
    expect(c.extremes.highest.map((x: { id: number }) => x.id)).toEqual(E.score.highest.id);
    expect(c.boxplot.extremes[0].case).toBe(151);
  });

  it('Chinese: the terms of the Chinese SPSS', () => {
    const r = csat(['explore', FILE, '--vars', 'score', '--lang', 'zh']);
    for (const s of ['个案处理摘要', '描述', '平均值的 95% 置信区间', '5% 剪除后平均值', '百分位数', '图基枢纽', '极值', '正态性检验', '夏皮洛-威尔克', '里利氏显著性修正']) expect(r.stdout).toContain(s);
  });

  it('--plot writes one SVG with a chart per variable; -f html carries the charts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-explore-'));
    const file = join(dir, 'box.svg');
    const r = csat(['explore', FILE, '--vars', 'score,wait', '--by', 'gender', '--plot', file, '--no-chart']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Boxplot of');
    const svg = readFileSync(file, 'utf8');
    expect(tagsBalanced(svg)).toBe(true);
    expect(selfContained(svg)).toBe(true);
    expect(svg.match(/aria-label="Boxplot of /g)).toHaveLength(2);
    const html = csat(['explore', FILE, '--vars', 'score', '--by', 'gender', '-f', 'html']);
    expect(html.stdout).toContain('<svg');
    expect(html.stdout).toContain('class="extreme"');
    for (const f of ['markdown', 'csv']) expect(csat(['explore', FILE, '--vars', 'score', '--weight', 'w', '-f', f]).stdout).toContain('Cases weighted by w.');
  });

  it('bad input: a text variable, a continuous --by, a plot file that is not .svg', () => {
    const t = csat(['explore', FILE, '--vars', 'gender']);
    expect(t.code).toBe(1);
    expect(t.stderr).toMatch(/^csat: column 'gender' holds text categories/);
    const b = csat(['explore', FILE, '--vars', 'score', '--by', 'wait']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('bin it into groups first');
    const p = csat(['explore', FILE, '--vars', 'score', '--plot', 'box.png']);
    expect(p.code).toBe(2);
    expect(p.stdout).toBe('');
  });
});
