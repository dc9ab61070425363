import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/report/render/text.js';
import { heading, list, table, text, type Report } from '../../../src/report/table.js';
import { demoReport, outlineReport } from '../demo.js';

const frameLine = /^[┌│├└+|]/;
/** Terminal width measured independently of src/report/width.ts: CJK and fullwidth forms are 2. */
const displayWidth = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1), 0);
const tableLines = (s: string) => s.split('\n').filter((l) => frameLine.test(l));
/** The cells of a frame line (text between vertical bars, without the one-space padding). */
const cellsOf = (line: string) => line.split(/[│|]/).slice(1, -1).map((c) => c.slice(1, -1));

describe('renderText', () => {
  const en = renderText(demoReport('en'), { lang: 'en', color: false });
  const parts = en.split('\n\n');

  it('prints each block separated by a blank line, and no warnings (they go to stderr)', () => {
    expect(parts[0].split('\n')[0]).toBe('Total Variance Explained');
    expect(parts[1]).toBe('Verdict: reliable.');
    expect(parts[2]).toBe('chart line 1\n  chart | line 2');
    expect(parts[3].split('\n')[0]).toBe('Reliability Statistics');
    expect(parts).toHaveLength(4);
    expect(en).not.toContain('missing');
    expect(en.endsWith('\n')).toBe(true);
  });

  it('leaves SVG blocks to the HTML page', () => {
    expect(en).not.toContain('<svg');
  });

  it('draws a closed box: every line of a table has the same display width', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const ascii of [false, true]) {
        const out = renderText(demoReport(lang), { lang, color: false, ascii });
        for (const part of out.split('\n\n')) {
          const lines = tableLines(part);
          if (lines.length === 0) continue;
          const widths = new Set(lines.map(displayWidth));
          expect(widths.size, `${lang} ascii=${ascii}\n${part}`).toBe(1);
        }
      }
    }
  });

  it('puts the title above the box and footnotes below it', () => {
    const lines = parts[0].split('\n');
    expect(lines[1].startsWith('┌')).toBe(true);
    const bottom = lines.findIndex((l) => l.startsWith('└'));
    expect(lines.slice(bottom + 1)).toEqual(['Extraction Method: Principal Component Analysis.', 'a. Only 3 components.']);
  });

  it('spans the group label over its columns and rules only under labelled groups', () => {
    const lines = parts[0].split('\n');
    expect(cellsOf(lines[2]).map((c) => c.trim())).toEqual(['', 'Initial Eigenvalues', '', '']);
    expect(lines[3]).toMatch(/^│ +├─+┬─+┬─+┤ +│ +│$/);
  });

  it('wraps a long header onto several lines and keeps short ones whole', () => {
    const header = tableLines(parts[0]).slice(3, 6).map(cellsOf);
    expect(header.map((h) => h[5].trim())).toEqual(['Corrected', 'Item-Total', 'Correlation']);
    expect(header.map((h) => h[2].trim())).toEqual(['', '', '% of Variance']);
  });

  it('left-aligns labels, right-aligns numbers and lines up decimal points', () => {
    const body = tableLines(parts[0]).slice(7, 11).map(cellsOf);
    expect(body.map((r) => r[0].trimEnd())).toEqual(['1', 'Q2, "overall" satisfaction', '3', 'p']);
    const points = (k: number) => body.filter((r) => r[k].includes('.')).map((r) => r[k].indexOf('.'));
    for (const k of [1, 2, 3, 5]) expect(new Set(points(k)).size, `column ${k}`).toBe(1);
    expect(body.map((r) => r[2].trim())).toEqual(['62.500', '31.250', '6.250', '.001']);
    expect(body[3][1].trim()).toBe('.000');
    expect(body[0][5].trim()).toBe('.482**');
    expect(body[2][4].trim()).toBe('98'); // 97.5 in 'int' style
    expect(body[3][3].trim()).toBe('—'); // text in a number column is right-aligned
    expect(body[3][3].endsWith('—')).toBe(true);
  });

  it('keeps line breaks an author wrote into a header', () => {
    const r: Report = { command: 'x', warnings: [], results: {}, blocks: [table({ id: 'h', title: 'H', columns: [{ header: 'Sig.\n(2-tailed)' }], rows: [[0.5]] })] };
    expect(renderText(r, { lang: 'en', color: false })).toBe('H\n┌────────────┐\n│    Sig.    │\n│ (2-tailed) │\n├────────────┤\n│       .500 │\n└────────────┘\n');
  });

  it('never passes control characters from the data to the terminal', () => {
    const evil = 'a\x1b[2Jb\tc\rd\x07';
    const r: Report = { command: 'x', warnings: [], results: {}, blocks: [table({ id: 'e', title: evil, columns: [{ header: evil, kind: 'label' }], groups: [{ label: evil, span: 1 }], rows: [[evil]], footnotes: [evil] }), { kind: 'text', text: evil }] };
    const out = renderText(r, { lang: 'en', color: false });
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    expect(out).toContain('a\ufffd[2Jb c d\ufffd');
    expect(new Set(tableLines(out).map(displayWidth)).size).toBe(1);
  });

  it('renders Chinese with the same frame', () => {
    const zh = renderText(demoReport('zh'), { lang: 'zh', color: false });
    expect(zh.split('\n')[0]).toBe('总方差解释');
    expect(zh).toContain('初始特征值');
    expect(zh).toContain('校正后的项与');
    expect(zh).toContain('总计相关性');
  });

  it('uses ASCII borders on request', () => {
    const ascii = renderText(demoReport('en'), { lang: 'en', color: false, ascii: true });
    expect(ascii).not.toMatch(/[─│┌┐└┘├┤┬┴┼]/);
    expect(ascii).toContain('+-------');
  });

  it('colours only when asked: bold title, dim footnotes', () => {
    expect(en).not.toContain('\x1b[');
    const coloured = renderText(demoReport('en'), { lang: 'en', color: true });
    expect(coloured).toContain('\x1b[1mTotal Variance Explained\x1b[22m');
    expect(coloured).toContain('\x1b[2ma. Only 3 components.\x1b[22m');
  });

  it('prints a table without rows as a header box', () => {
    const r: Report = { command: 'x', warnings: [], results: {}, blocks: [table({ id: 'e', title: 'Empty', columns: [{ header: 'A' }], rows: [] })] };
    expect(renderText(r, { lang: 'en', color: false })).toBe('Empty\n┌───┐\n│ A │\n└───┘\n');
  });

  it('refuses a row that does not match the columns', () => {
    const r: Report = { command: 'x', warnings: [], results: {}, blocks: [table({ id: 'bad', title: 'Bad', columns: [{ header: 'A' }], rows: [[1, 2]] })] };
    expect(() => renderText(r, { lang: 'en', color: false })).toThrow(/bad/);
    const g: Report = { command: 'x', warnings: [], results: {}, blocks: [table({ id: 'g', title: 'G', columns: [{ header: 'A' }], groups: [{ label: 'x', span: 2 }], rows: [] })] };
    expect(() => renderText(g, { lang: 'en', color: false })).toThrow(/span/);
  });

  it('keeps every line of any table the same width, with CJK labels and headers (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'Z', '中', '满', '意', ' ', '，', '-'), minLength: 0, maxLength: 24 });
    const value = fc.oneof(word, fc.constant(null), fc.double({ min: -1e5, max: 1e5, noNaN: true }));
    const arb = fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.record({
        headers: fc.array(word, { minLength: n, maxLength: n }),
        rows: fc.array(fc.tuple(word, fc.array(value, { minLength: n, maxLength: n })), { maxLength: 5 }),
        group: fc.option(word, { nil: undefined }),
        ascii: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(arb, ({ headers, rows, group, ascii }) => {
        const n = headers.length;
        const report: Report = {
          command: 'p',
          warnings: [],
          results: null,
          blocks: [
            table({
              id: 'p',
              title: 'P',
              columns: [{ header: '', kind: 'label' }, ...headers.map((h) => ({ header: h }))],
              groups: group === undefined ? undefined : [{ label: '', span: 1 }, { label: group, span: n }],
              rows: rows.map(([label, cells]) => [label, ...cells]),
            }),
          ],
        };
        const lines = tableLines(renderText(report, { lang: 'en', color: false, ascii }));
        expect(new Set(lines.map(displayWidth)).size).toBe(1);
      }),
    );
  });
});

describe('renderText without column headers', () => {
  it('prints no empty header row when no column has a header (SPSS KMO table)', () => {
    const report: Report = {
      command: 'demo',
      warnings: [],
      results: {},
      blocks: [table({ id: 'k', title: 'T', columns: [{ header: '', kind: 'label' }, { header: '' }], rows: [['KMO', 0.888]] })],
    };
    const lines = renderText(report, { lang: 'en', color: false }).trimEnd().split('\n');
    expect(lines).toHaveLength(4); // title, top rule, one row, bottom rule
    expect(lines[2]).toContain('.888');
  });
});

describe('renderText column groups', () => {
  it('spreads a wide group label over its columns instead of widening the last one', () => {
    const report: Report = {
      command: 'demo',
      warnings: [],
      results: {},
      blocks: [
        table({
          id: 'g',
          title: 'T',
          groups: [{ label: 'A very long group label over two narrow columns', span: 2 }],
          columns: [{ header: 'Lo' }, { header: 'Hi' }],
          rows: [[1.5, 2.5]],
        }),
      ],
    };
    const lines = renderText(report, { lang: 'en', color: false }).split('\n');
    const header = lines.find((l) => l.includes('Lo') && l.includes('Hi'))!;
    const cells = header.split('│').slice(1, -1);
    expect(cells).toHaveLength(2);
    expect(Math.abs(cells[0].length - cells[1].length)).toBeLessThanOrEqual(1);
  });
});

describe('renderText headings and lists', () => {
  const out = renderText(outlineReport(), { lang: 'en', color: false });

  it('prints headings as "== ... ==" and lists as "* " lines, as the text blocks they replace did', () => {
    const parts = out.split('\n\n');
    expect(parts[0]).toBe('== Step 1. Sample ==');
    expect(parts[2]).toBe('== Details <b>& more</b> ==');
    expect(parts[4]).toBe('== Step 7. Summary ==');
    expect(parts[5]).toBe('* Reliable: *all* items.\n* - a dash, <i>markup</i> & a broken line');
    expect(parts[6]).toBe('* plain list\n');
  });

  it('gives the same bytes as the text blocks analyze printed before headings and lists existed', () => {
    const asBlocks = (blocks: Report['blocks']) => renderText({ command: 'x', warnings: [], results: null, blocks }, { lang: 'en', color: false });
    const sentences = ['Reliable (α ≥ .700): All items (α = .831).', '5 components explain 78.8% of the variance.'];
    expect(asBlocks([heading('Step 7. Summary', 'step-7'), list(sentences, 'Findings')])).toBe(
      asBlocks([text('== Step 7. Summary =='), text(sentences.map((s) => `* ${s}`).join('\n'))]),
    );
  });

  it('keeps control characters from the data out of headings and list items', () => {
    const r: Report = { command: 'x', warnings: [], results: null, blocks: [heading('a\x1b[31mb', 'h'), list(['c\x07d'])] };
    expect(renderText(r, { lang: 'en', color: false })).toBe('== a\ufffd[31mb ==\n\n* c\ufffdd\n');
  });
});
