import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const cells = (file: string) => Papa.parse<string[]>(readFileSync(file, 'utf8'), { delimiter: ',', newline: '\n', skipEmptyLines: true }).data.flat();
/** A spreadsheet runs no cell of the file: none starts with = + - @ tab or CR (plain numbers aside). */
function expectNoFormula(file: string): void {
  const bad = cells(file).filter((c) => /^[=+\-@\t\r]/.test(c) && !NUMBER.test(c));
  expect(bad).toEqual([]);
}

/** A copy of `fixture` whose first column's header and first cells are formulas. */
function hostileCopy(dir: string, fixture: string, name = 'data.csv'): string {
  const lines = readFileSync(fixture, 'utf8').split('\n');
  const header = lines[0].split(',');
  header[0] = '"=HYPERLINK(""http://x"",""y"")"';
  lines[0] = header.join(',');
  const ids = ['"\t=1+2"', '"\r=1"', '+1+2', '@SUM(1+1)', '-3'];
  for (let i = 0; i < ids.length; i++) lines[i + 1] = [ids[i], ...lines[i + 1].split(',').slice(1)].join(',');
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n'));
  return file;
}

describe('side files go through the one CSV writer (no formula, RFC 4180 quoting)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csat-side-'));

  it('factor --save-scores: headers and cells copied from the input are neutralised', () => {
    const input = hostileCopy(dir, 'fixtures/factor-survey.csv');
    const out = join(dir, 'scores.csv');
    expect(csat(['factor', input, '--items', 'q1..q12', '--save-scores', out]).code).toBe(0);
    expectNoFormula(out);
    const all = cells(out);
    expect(all).toContain(`'=HYPERLINK("http://x","y")`);
    expect(all).toContain("'\t=1+2");
    expect(all).toContain('-3');
  });

  it('regress --save-residuals --id: a leading tab or CR is neutralised too', () => {
    const input = hostileCopy(dir, 'fixtures/regression.csv', 'reg.csv');
    const out = join(dir, 'res.csv');
    expect(csat(['regress', input, '--outcome', 'y', '--iv', 'x2,x3', '--save-residuals', out, '--id', '#1']).code).toBe(0);
    expectNoFormula(out);
    expect(cells(out)).toContain("'\r=1");
  });

  it('index --save-composite: file names are CSV fields, not JSON strings', () => {
    for (const name of ['=HYPERLINK("x").csv', 'a"b,c.csv']) {
      // Named as given, relative to the working folder: the row starts with the name itself.
      writeFileSync(join(dir, name), readFileSync('fixtures/factor-survey.csv'));
      const out = join(dir, 'F.csv');
      const r = csat(['index', name, '--items', 'q1..q12', '--scale-range', '1-5', '--bootstrap', '0', '--weights', 'factor', '--save-composite', out], { cwd: dir });
      expect(r.code).toBe(0);
      expectNoFormula(out);
      const records = Papa.parse<string[]>(readFileSync(out, 'utf8'), { delimiter: ',', newline: '\n', skipEmptyLines: true }).data;
      expect(records[0]).toEqual(['file', 'row', 'composite']);
      expect(records.slice(1).every((rec) => rec.length === 3)).toBe(true);
      expect(records[1][0]).toBe(name.startsWith('=') ? `'${name}` : name);
    }
  });
});
