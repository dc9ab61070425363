import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { InputError } from '../../src/errors.js';
import { sourceFromBuffer, sourceFromXlsx } from '../../src/data/read.js';
import { oleError } from '../../src/data/xlsx.js';

/** A minimal workbook written by hand from ECMA-376's part layout. */
function workbook(sheetXml: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, string> = {
    'xl/workbook.xml': '<workbook><sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Blank" sheetId="2" r:id="rId2"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': sheetXml,
    'xl/worksheets/sheet2.xml': '<worksheet><sheetData/></worksheet>',
    'xl/sharedStrings.xml': '<sst><si><t>Q1</t></si><si><r><t>满</t></r><r><t>意</t></r><rPh><t>まん</t></rPh></si><si><t>a &amp; b</t></si></sst>',
    'xl/styles.xml': '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="22"/></cellXfs></styleSheet>',
    ...extra,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

const SHEET =
  '<worksheet><sheetData>' +
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Q2</t></is></c><c r="C1" t="s"><v>2</v></c><c r="E1" t="str"><v>When</v></c></row>' +
  '<row r="2"><c r="A2"><v>3</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="b"><v>1</v></c><c r="D2"><v>0.1</v></c><c r="E2" s="1"><v>45356</v></c></row>' +
  '<row r="4"><c r="A4"><v>-2.5</v></c><c r="C4" t="e"><v>#N/A</v></c><c r="E4" s="2"><v>45356.5</v></c></row>' +
  '</sheetData><mergeCells><mergeCell ref="C1:D1"/></mergeCells></worksheet>';

describe('sourceFromXlsx', () => {
  it('reads numbers, shared, rich and inline strings, booleans, errors and dates as typed', () => {
    const src = sourceFromXlsx(Buffer.from(workbook(SHEET)), 'w.xlsx');
    expect(src.names).toEqual(['Q1', 'Q2', 'a & b', 'a & b.1', 'When']);
    expect(src.rows).toBe(3);
    expect(src.cells).toEqual([
      ['3', '', '-2.5'],
      ['满意', '', ''],
      ['1', '', '#N/A'],
      ['0.1', '', ''],
      ['2024-03-05', '', '2024-03-05 12:00:00'],
    ]);
    expect(src.sheet).toBe('Data');
  });
  it('chooses a sheet by name or position, and refuses a missing or empty one in one sentence', () => {
    const wb = workbook(SHEET);
    expect(sourceFromXlsx(Buffer.from(wb), 'w.xlsx', '1').names[0]).toBe('Q1');
    expect(() => sourceFromXlsx(Buffer.from(wb), 'w.xlsx', 'Nope')).toThrow('w.xlsx has no sheet "Nope"; its sheets are: Data, Blank.');
    expect(() => sourceFromXlsx(Buffer.from(wb), 'w.xlsx', 'Blank')).toThrow('Sheet "Blank" of w.xlsx is empty.');
  });
  it('refuses damaged, encrypted and legacy files with exit 3', () => {
    const broken = Buffer.from(workbook(SHEET).slice(0, 200));
    expect(() => sourceFromXlsx(broken, 'w.xlsx')).toThrow(InputError);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(60)]);
    expect(oleError(ole, 'old.xls').message).toMatch(/legacy Excel 97-2003 \.xls workbook.*save it as \.xlsx or CSV, or convert it with: soffice --headless --convert-to xlsx old\.xls$/);
    const enc = Buffer.concat([ole, Buffer.from('EncryptionInfo', 'utf16le')]);
    expect(oleError(enc, 'p.xlsx').message).toMatch(/password-protected/);
    expect(oleError(enc, 'p.xlsx').exitCode).toBe(3);
  });
  it('gives the same cells as the CSV of the same data', () => {
    const csv = sourceFromBuffer(Buffer.from('Q1,Q2,a & b,a & b.1,When\n3,满意,1,0.1,2024-03-05\n,,,,\n-2.5,,#N/A,,2024-03-05 12:00:00\n'), 'w.csv');
    const x = sourceFromXlsx(Buffer.from(workbook(SHEET)), 'w.xlsx');
    expect(x.names).toEqual(csv.names);
    expect(x.cells.map((c) => c.filter((v) => v !== ''))).toEqual(csv.cells.map((c) => c.filter((v) => v !== '')));
  });
});
