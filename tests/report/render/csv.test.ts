import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../../src/report/render/csv.js';
import { startsFormula } from '../../../src/report/csv-writer.js';
import { renderText } from '../../../src/report/render/text.js';
import { table, text, type Report } from '../../../src/report/table.js';
import { demoReport, outlineReport } from '../demo.js';

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',', newline: '\r\n', skipEmptyLines: false }).data;

describe('renderCsv', () => {
  const csv = renderCsv(demoReport('zh'), { lang: 'zh' });

  it('starts with a UTF-8 byte order mark and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.replace(/"[^"]*"/g, '').split('\n').every((l, i, all) => i === all.length - 1 || l.endsWith('\r'))).toBe(true);
  });

  it('writes warnings, then each table as title, header, rows and footnotes, blank line between', () => {
    const records = parse(csv);
    expect(records[0]).toEqual(['警告：2 cells were read as missing']);
    expect(records[1]).toEqual(['']);
    expect(records[2]).toEqual(['总方差解释']);
    expect(records[3]).toEqual(['成分', '初始特征值: 总计', '初始特征值: 方差百分比', '初始特征值: 累积 %', 'N', '校正后的项与总计相关性']);
    expect(records[4]).toEqual(['1', '2.5', '62.5', '62.5', '120', '0.4821']);
    expect(records[5]).toEqual(['满意度，"总体"', '1.25', '31.25', '93.75', '118', '-0.05']);
    expect(records[6]).toEqual(['3', '0.25', '6.25', '100', '97.5', '']);
    expect(records[7]).toEqual(['p', '0.0004', '0.0005', '—', '7', '12345.6789']);
    expect(records[8]).toEqual(['提取方法：主成分分析法。']);
    expect(records[9]).toEqual(['a. Only 3 components.']);
    expect(records[10]).toEqual(['']);
    expect(records[11]).toEqual(['Reliability Statistics']);
    expect(records[13]).toEqual(['0.8123456789', '6']);
  });

  it('leaves text blocks out', () => {
    expect(csv).not.toContain('结论');
    expect(csv).not.toContain('chart line');
    expect(csv).not.toContain('<svg');
  });

  it('quotes only where RFC 4180 needs it', () => {
    expect(csv).toContain('"满意度，""总体"""');
    expect(csv).toContain('\r\n1,2.5,62.5,');
  });

  it('round-trips every cell: Chinese, quotes, commas, newlines, and numbers exactly (property)', () => {
    const unit = fc.constantFrom('a', '中', '满', '"', ',', '\n', '\r\n', ' ', ';', '\t');
    const text = fc.string({ unit, maxLength: 10 });
    const cell = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 4 }), text, text, (rows, title, header) => {
        const r: Report = {
          command: 'x',
          warnings: [],
          results: null,
          blocks: [table({ id: 't', title, columns: [{ header, kind: 'label' }, { header: 'v' }], rows })],
        };
        const records = parse(renderCsv(r, { lang: 'en' }));
        // A leading tab or CR would make a spreadsheet run what follows: it gets an apostrophe.
        const kept = (c: string) => (startsFormula(c) ? `'${c}` : c);
        expect(records[0]).toEqual([kept(title)]);
        expect(records[1]).toEqual([kept(header), 'v']);
        rows.forEach((row, i) => {
          const got = records[2 + i];
          row.forEach((c, k) => {
            if (typeof c === 'number') expect(Number(got[k])).toBe(c === 0 ? 0 : c);
            else expect(got[k]).toBe(kept(c));
          });
        });
      }),
    );
  });
  it('text that would run as a spreadsheet formula gets an apostrophe; numbers and -3 stay numbers', () => {
    const r: Report = {
      command: 'describe',
      warnings: [],
      results: {},
      blocks: [
        table({
          id: 't',
          title: '=cmd|calc',
          columns: [{ header: '', kind: 'label' }, { header: 'n' }],
          rows: [
            ['=HYPERLINK("http://x")', -0.05],
            ['@SUM(A1)', 1e-7],
            ['+1+2', -3],
            ['-3', 2],
            ['-', 1],
            ['ok', null],
          ],
        }),
      ],
    };
    const records = parse(renderCsv(r, { lang: 'en' }));
    expect(records[0]).toEqual(["'=cmd|calc"]);
    expect(records.slice(2, 8)).toEqual([
      ["'=HYPERLINK(\"http://x\")", '-0.05'],
      ["'@SUM(A1)", '1e-7'],
      ["'+1+2", '-3'],
      ['-3', '2'],
      ["'-", '1'],
      ['ok', ''],
    ]);
  });
});

describe('renderCsv headings and lists', () => {
  it('leaves them out, as it leaves out text blocks: only the tables are sections', () => {
    const records = parse(renderCsv(outlineReport(), { lang: 'en' }));
    expect(records).toEqual([['Sample'], ['', 'N'], ['Rows', '98'], ['']]);
  });
});

describe('renderCsv text blocks that carry a table', () => {
  it('writes the table as a section in the text block\'s place; other formats show the text', () => {
    const r: Report = {
      command: 'reliability',
      warnings: [],
      results: null,
      blocks: [
        text('Scale: A'),
        text('omega = .778', {
          id: 'extra',
          title: 'Extra',
          columns: [{ header: '', kind: 'label' }, { header: 'Value', decimals: 3 }],
          rows: [['omega', 0.77812345678]],
          footnotes: ['a note'],
        }),
      ],
    };
    expect(parse(renderCsv(r, { lang: 'en' }))).toEqual([['Extra'], ['', 'Value'], ['omega', '0.77812345678'], ['a note'], ['']]);
    const shown = renderText(r, { lang: 'en', color: false });
    expect(shown).toContain('omega = .778');
    expect(shown).not.toContain('Extra');
  });
});
