import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvData, csvField, csvRecord, startsFormula } from '../../src/report/csv-writer.js';
import { renderCsv } from '../../src/report/render/csv.js';
import { table, type Report } from '../../src/report/table.js';

const parse = (csv: string, newline: '\r\n' | '\n') =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',', newline, quoteChar: '"', skipEmptyLines: false }).data;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** No cell a spreadsheet would run: nothing starts with = + - @ tab or CR, except a plain number. */
const safe = (cell: string) => !/^[=+\-@\t\r]/.test(cell) || NUMBER.test(cell);
/** What the writer keeps of a cell: the text, with an apostrophe in front of a formula. */
const neutral = (cell: string) => (startsFormula(cell) ? `'${cell}` : cell);

// Text with the characters that matter most: formula starters, quotes, delimiters, line breaks.
const hostile = fc.oneof(
  fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', 'a', '1', '.', 'e', ' ', '满') }),
  fc.string(),
  fc.constantFrom('=HYPERLINK("http://x","y")', '+1+2', '@SUM(1+1)', '\t=1', '\r=1', '-3', '-0.05', '+5', '=1', ''),
);

describe('csvField', () => {
  it('neutralises = + - @ tab and CR at the start, but not a plain number', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1+2')).toBe("'+1+2");
    expect(csvField('@SUM(1+1)')).toBe("'@SUM(1+1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField('-3')).toBe('-3');
    expect(csvField('-0.05')).toBe('-0.05');
    expect(csvField('1e-7')).toBe('1e-7');
    expect(csvField('a"b,c.csv')).toBe('"a""b,c.csv"');
  });
});

describe('every CSV writer: no cell starts a formula, and the text round-trips through papaparse', () => {
  it('csvRecord / csvData (side files: saved scores, residuals, composites)', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 5 }), fc.array(fc.array(hostile, { minLength: 1, maxLength: 5 }), { maxLength: 4 }), (header, body) => {
        const rows = body.map((r) => header.map((_, k) => r[k % r.length]));
        const records = parse(csvData(header, rows), '\n').slice(0, -1);
        expect(records).toEqual([header, ...rows].map((r) => r.map(neutral)));
        for (const cell of records.flat()) expect(safe(cell)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('csvRecord with CRLF', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 6 }), (fields) => {
        const [record] = parse(csvRecord(fields), '\r\n');
        expect(record).toEqual(fields.map(neutral));
      }),
      { numRuns: 300 },
    );
  });

  it('renderCsv (-f csv): titles, headers, cells, footnotes and warnings', () => {
    fc.assert(
      fc.property(hostile, hostile, fc.array(fc.tuple(hostile, fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 4 }), hostile, (title, header, rows, note) => {
        const report: Report = {
          command: 'test',
          warnings: [note],
          results: {},
          blocks: [
            table({
              id: 't',
              title,
              columns: [{ header, kind: 'label' }, { header: 'x', kind: 'number', decimals: 3 }],
              rows: rows.map(([label, x]) => [label, x]),
              footnotes: [note],
            }),
          ],
        };
        const records = parse(renderCsv(report, { lang: 'en' }), '\r\n');
        for (const cell of records.flat()) expect(safe(cell)).toBe(true);
        const flat = records.flat();
        expect(flat).toContain(neutral(title));
        for (const [label] of rows) expect(flat).toContain(neutral(label));
      }),
      { numRuns: 200 },
    );
  });
});
