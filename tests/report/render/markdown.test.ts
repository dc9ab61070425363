import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, renderMarkdown } from '../../../src/report/render/markdown.js';
import { table, type Report } from '../../../src/report/table.js';
import { demoReport, outlineReport } from '../demo.js';

/** Split a table row on unescaped pipes, then undo the cell escaping (as a GFM parser does). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  const body = line.slice(2, -2);
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') cell += body[++i];
    else if (body.startsWith(' | ', i)) {
      out.push(cell);
      cell = '';
      i += 2;
    } else if (body.startsWith('<br>', i)) {
      cell += '\n';
      i += 3;
    } else cell += body[i];
  }
  out.push(cell);
  return out;
}

describe('renderMarkdown', () => {
  const md = renderMarkdown(demoReport('en'), { lang: 'en' });
  const lines = md.split('\n');

  it('starts with the warnings as a quote and titles each table with ###', () => {
    expect(lines[0]).toBe('> Warning: 2 cells were read as missing');
    expect(md).toContain('\n### Total Variance Explained\n\n| ');
    expect(md).toContain("\n### Reliability Statistics\n\n| Cronbach's Alpha | N of Items |\n| ---: | ---: |\n| .812 | 6 |\n");
  });

  it('merges group labels into the column headers', () => {
    const header = lines.find((l) => l.startsWith('| Component'))!;
    expect(cells(header)).toEqual([
      'Component',
      'Initial Eigenvalues: Total',
      'Initial Eigenvalues: % of Variance',
      'Initial Eigenvalues: Cumulative %',
      'N',
      'Corrected Item-Total Correlation',
    ]);
    expect(lines[lines.indexOf(header) + 1]).toBe('| :--- | ---: | ---: | ---: | ---: | ---: |');
  });

  it('escapes pipes and emphasis marks and turns line breaks into <br>', () => {
    const row = lines.find((l) => l.startsWith('| Q2'))!;
    expect(row).toBe('| Q2, "overall"<br>satisfaction | 1.250 | 31.250 | 93.750 | 118 | -.050 |');
    expect(md).toContain('| 1 | 2.500 | 62.500 | 62.500 | 120 | .482\\*\\* |');
  });

  it('prints footnotes as separate lines, one-line text as a paragraph, charts fenced, no SVG', () => {
    expect(md).toContain('\n\nExtraction Method: Principal Component Analysis.\n\na. Only 3 components.\n');
    expect(md).toContain('\n\nVerdict: reliable.\n\n');
    expect(md).toContain('\n```text\nchart line 1\n  chart | line 2\n```\n');
    expect(md).not.toContain('<svg');
  });

  it('escapes line-start markers in paragraphs', () => {
    expect(escapeText('# not a heading')).toBe('\\# not a heading');
    expect(escapeText('1. not a list')).toBe('1\\. not a list');
    expect(escapeText('- not a bullet')).toBe('\\- not a bullet');
    expect(escapeText('**. Correlation is significant')).toBe('\\*\\*. Correlation is significant');
  });

  it('fences text that contains backticks with a longer fence', () => {
    const r: Report = { command: 'x', warnings: [], results: null, blocks: [{ kind: 'text', text: 'a ```\nb' }] };
    expect(renderMarkdown(r, { lang: 'en' })).toBe('````text\na ```\nb\n````\n');
  });

  it('gives back every cell, including Chinese, pipes, stars and newlines (property)', () => {
    const unit = fc.constantFrom('a', '中', '|', '*', '_', '\\', '`', '<', '>', '[', ']', '#', '-', '1', '.', '\n', '"', ',');
    const text = fc.string({ unit, minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.length > 0);
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const r: Report = {
          command: 'x',
          warnings: [],
          results: null,
          blocks: [table({ id: 't', title: 'T', columns: [{ header: 'a', kind: 'label' }, { header: 'b' }, { header: 'c' }], rows })],
        };
        const out = renderMarkdown(r, { lang: 'en' }).split('\n');
        expect(out.slice(4, 4 + rows.length).map(cells)).toEqual(rows);
      }),
    );
  });
});

describe('renderMarkdown headings and lists', () => {
  const md = renderMarkdown(outlineReport(), { lang: 'en' });

  it('writes headings with as many # as their level, above the ### table titles', () => {
    expect(md.startsWith('## Step 1. Sample\n\n### Sample\n')).toBe(true);
    expect(md).toContain('\n### Details \\<b\\>& more\\</b\\>\n');
    expect(md).toContain('\n## Step 7. Summary\n');
  });

  it('writes a list as "- " items, escaped, one line each', () => {
    expect(md).toContain('\n- Reliable: \\*all\\* items.\n- \\- a dash, \\<i\\>markup\\</i\\> & a broken line\n\n- plain list\n');
  });
});
