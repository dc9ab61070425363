import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/report/render/html.js';
import { table, type Report } from '../../../src/report/table.js';
import { demoReport } from '../demo.js';

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

  it('draws tables with a caption, group header cells and footnotes', () => {
    expect(html).toContain('<caption>总方差解释</caption>');
    expect(html).toContain('<th rowspan="2">成分</th><th colspan="3">初始特征值</th><th rowspan="2">N</th>');
    expect(html).toContain('<tr><th>总计</th><th>方差百分比</th><th>累积 %</th></tr>');
    expect(html).toContain('<td class="label">1</td><td class="num">2.500</td>');
    expect(html).toContain('<td class="num">.482**</td>');
    expect(html).toContain('<p class="footnote">a. Only 3 components.</p>');
  });

  it('escapes text, keeps line breaks in cells, puts text blocks in <pre> and embeds SVG as is', () => {
    expect(html).toContain('<td class="label">满意度，&#34;总体&#34;</td>');
    expect(html).toContain('<pre>chart line 1\n  chart | line 2</pre>');
    expect(html).toContain('<div class="chart"><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle cx="5" cy="5" r="4"/></svg></div>');
    expect(html).toContain('<p class="warning">警告：2 cells were read as missing</p>');
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
