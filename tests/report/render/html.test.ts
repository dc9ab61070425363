import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/report/render/html.js';
import { heading, list, table, type Report } from '../../../src/report/table.js';
import { demoReport, outlineReport } from '../demo.js';
import { FONT } from '../../../src/report/svg/shared.js';

describe('renderHtml', () => {
  const html = renderHtml(demoReport('zh'), { lang: 'zh' });

  it('is one self-contained page titled after the command', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>csat demo</title>');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<link|<script|\bsrc=|url\(|@import/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('draws tables with a title above, group header cells and footnotes', () => {
    expect(html).toContain('<div class="caption">总方差解释</div>\n<table class="spss" id="total-variance" aria-label="总方差解释">');
    expect(html).toContain('<th rowspan="2">成分</th><th colspan="3">初始特征值</th><th rowspan="2">N</th>');
    expect(html).toContain('<tr><th>总计</th><th>方差百分比</th><th>累积 %</th></tr>');
    expect(html).toContain('<td class="label">1</td><td class="num">2.500</td>');
    expect(html).toContain('<td class="num">.482**</td>');
    expect(html).toContain('<p class="footnote">a. Only 3 components.</p>');
  });

  it('breaks a Chinese header where text breaks it, and nowhere else (no-wrap headers)', () => {
    const r: Report = {
      command: 'reliability',
      warnings: [],
      blocks: [table({ id: 'item-total', title: '项总计统计', columns: [{ header: '', kind: 'label' }, { header: '删除项后的克隆巴赫 Alpha', decimals: 3 }], rows: [['q1', 0.852]] })],
    };
    const page = renderHtml(r, { lang: 'zh' });
    expect(page).toContain('<tr><th></th><th>删除项后的<br>克隆巴赫 Alpha</th></tr>');
    expect(page).toMatch(/table\.spss thead th \{[^}]*white-space: nowrap;/);
  });

  it('escapes text, keeps line breaks in cells, puts laid-out text in <pre>, sentences in <p> and embeds SVG as is', () => {
    expect(html).toContain('<td class="label">满意度，&#34;总体&#34;</td>');
    expect(html).toContain('<pre>chart line 1\n  chart | line 2</pre>');
    expect(html).toContain('<p class="note">结论：可靠性良好。</p>');
    expect(html).toContain('<div class="chart"><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle cx="5" cy="5" r="4"/></svg></div>');
    expect(html).toContain('<div class="warnings" role="note">\n<p class="warning">警告：2 cells were read as missing</p>\n</div>');
  });

  it('never lets data become markup', () => {
    const evil = '<script>alert(1)</script>&';
    const r: Report = {
      command: '<b>x</b>',
      warnings: [evil],
      results: null,
      blocks: [
        table({ id: 'a"b', title: evil, columns: [{ header: evil, kind: 'label' }], rows: [[evil]], footnotes: [evil] }),
        { kind: 'text', text: evil },
      ],
    };
    const out = renderHtml(r, { lang: 'en' });
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&#60;script&#62;alert(1)&#60;/script&#62;&#38;');
    expect(out).toContain('id="a&#34;b"');
  });
});

describe('renderHtml pages in sections', () => {
  const html = renderHtml(outlineReport(), { lang: 'en', input: { file: 'data/waves/bank-survey.csv', rows: 98, encoding: 'utf-8', delimiter: ',' } });
  const at = (s: string) => {
    const i = html.indexOf(s);
    expect(i, s).toBeGreaterThanOrEqual(0);
    return i;
  };

  it('is titled after the command and the data file (without its folders)', () => {
    expect(html).toContain('<title>csat analyze \u2014 bank-survey.csv</title>');
    expect(html).toContain('<h1>csat analyze</h1>\n<p>Data: bank-survey.csv</p>');
    expect(html).not.toContain('data/waves');
  });

  it('turns headings into anchored <h2>/<h3> and lists into <ul>, everything escaped', () => {
    expect(html).toContain('<h2 id="step-1">Step 1. Sample</h2>');
    expect(html).toContain('<h3 id="step-&#34;2&#34;">Details &#60;b&#62;&#38; more&#60;/b&#62;</h3>');
    expect(html).toContain('<ul class="list">\n<li>plain list</li>\n</ul>');
    expect(html).toContain('<li>- a dash, &#60;i&#62;markup&#60;/i&#62; &#38; a\nbroken line</li>');
    expect(html).not.toMatch(/<(b|i)>/);
  });

  it('opens with the findings of a lead list, then contents linking to every heading, then the sections', () => {
    const findings = at('<section class="findings">\n<h2>Summary of findings</h2>\n<ul class="list">\n<li>Reliable: *all* items.</li>');
    const toc = at('<nav class="toc">\n<h2>Contents</h2>\n<ol>\n<li><a href="#step-1">Step 1. Sample</a></li>\n<li class="sub"><a href="#step-&#34;2&#34;">Details &#60;b&#62;&#38; more&#60;/b&#62;</a></li>\n<li><a href="#step-7">Step 7. Summary</a></li>\n</ol>\n</nav>');
    expect(findings).toBeLessThan(toc);
    expect(toc).toBeLessThan(at('<h2 id="step-1">'));
    // The findings stay in their own step too, where the contents link to.
    expect(html.match(/<li>Reliable: \*all\* items\.<\/li>/g)).toHaveLength(2);
    expect(html.match(/<li>plain list<\/li>/g)).toHaveLength(1);
  });

  it('writes each sentence of a text block as a paragraph', () => {
    expect(html).toContain('<p class="note">KMO = .748: middling.</p>\n<p class="note">Bartlett: p &#60; .001.</p>');
  });

  it('has no contents without headings, and names standard input in the page language', () => {
    const r: Report = { command: 'reliability', warnings: [], results: null, blocks: [list(['a']), table({ id: 't', title: 'T', columns: [{ header: 'x' }], rows: [[1]] })] };
    const page = renderHtml(r, { lang: 'zh', input: { file: '-', rows: 1, encoding: 'utf-8', delimiter: ',' } });
    expect(page).not.toContain('<nav');
    expect(page).not.toContain('class="findings"');
    expect(page).toContain('<title>csat reliability \u2014 标准输入</title>');
    expect(renderHtml(r, { lang: 'en' })).toContain('<title>csat reliability</title>');
    expect(renderHtml({ ...r, blocks: [heading('目录外', 'h')] }, { lang: 'zh' })).toContain('<nav class="toc">\n<h2>目录</h2>');
  });

  it('styles for print: no table, chart or findings box split across pages, headings kept with what follows', () => {
    const print = html.slice(at('@media print'));
    expect(print).toMatch(/\.table, \.chart, pre, \.findings[^{]*\{ break-inside: avoid; \}/);
    expect(print).toContain('h2, h3 { break-after: avoid; }');
    expect(html).not.toMatch(/<link|<script|\bsrc=|url\(|@import|@font-face/);
  });

  it('draws three-line tables by default (rules above, below and under the header only) and grid tables on request', () => {
    const css = html.slice(at('<style>'), at('</style>'));
    expect(html).toContain('<div class="page three-line">');
    expect(css).toContain('.three-line table.spss th, .three-line table.spss td { border: 0; background: transparent; }');
    expect(css).toContain('.three-line table.spss { border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }');
    expect(css).toContain('.three-line table.spss thead { border-bottom: 0.75pt solid #000; }');
    // No other rule is drawn in three-line style: the grid's cell borders apply only outside it.
    expect(css.match(/\.three-line[^{]*\{[^}]*\}/g)).toHaveLength(3);
    const grid = renderHtml(demoReport('zh'), { lang: 'zh', tableStyle: 'grid' });
    expect(grid).toContain('<div class="page grid">');
    expect(grid).not.toContain('class="page three-line"');
    expect(grid).toContain('table.spss th, table.spss td { padding: 3px 8px; border: 1px solid var(--line); }');
  });

  it('names CJK fonts of Windows, macOS and Linux for the page and the charts, and takes the report title when there is one', () => {
    const css = html.slice(at('<style>'), at('</style>'));
    expect(css).toContain(`body { font-family: ${FONT};`);
    for (const font of ['Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'SimSun']) expect(FONT).toContain(font);
    const titled = renderHtml({ ...demoReport('zh'), title: '银行客户满意度调查' }, { lang: 'zh' });
    expect(titled).toContain('<title>银行客户满意度调查</title>');
    expect(titled).toContain('<h1>银行客户满意度调查</h1>');
  });
});
