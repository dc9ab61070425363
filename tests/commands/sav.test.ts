import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readSav } from '../../src/data/sav-read.js';
import { writeSav } from '../../src/data/sav-write.js';
import { csat } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'csat-sav-'));
const records = (file: string) => Papa.parse<string[]>(readFileSync(file, 'utf8'), { delimiter: ',', newline: '\n', skipEmptyLines: true }).data;

/** The numeric CSV fixture as a .sav (csat's writer); empty cells are system-missing. */
function savOf(csv: string, name: string, compress = true): string {
  const [header, ...rows] = records(csv);
  const cols = header.map((h, j) => ({ name: h, values: Float64Array.from(rows, (r) => (r[j] === '' ? NaN : Number(r[j]))) }));
  const file = join(dir, name);
  writeFileSync(file, writeSav(cols, { compress }));
  return file;
}
const json = (args: string[]) => {
  const r = csat([...args, '-f', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('a .sav file reads as the same data in CSV does', () => {
  it.each([true, false])('reliability and describe give the same results (compressed: %s)', (compress) => {
    const sav = savOf('fixtures/factor-survey.csv', `survey-${compress}.sav`, compress);
    for (const args of [['reliability', '--items', 'q1..q12'], ['describe', '--vars', 'q1..q6']]) {
      const a = json([args[0], 'fixtures/factor-survey.csv', ...args.slice(1)]);
      const b = json([args[0], sav, ...args.slice(1)]);
      expect(b.results).toEqual(a.results);
    }
  });

  it('the file weight is used as --weight (said in a warning) unless --weight is given', () => {
    const r = csat(['describe', 'fixtures/sav/pspp-utf8-zsav.sav', '--vars', 'satisfaction_overall']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("weighted by 'w' (SPSS WEIGHT BY), used as --weight");
    expect(r.stdout).toContain('Cases weighted by w.');
    const own = csat(['describe', 'fixtures/sav/pspp-utf8-zsav.sav', '--vars', 'satisfaction_overall', '--weight', 'id']);
    expect(own.stdout).toContain('Cases weighted by id.');
    expect(own.stderr).not.toContain('SPSS WEIGHT BY), used');
  });

  it('user-missing codes are listed under Missing with their labels, as SPSS does', () => {
    const r = csat(['describe', 'fixtures/sav/pspp-gbk-zsav.sav', '--vars', 'satisfaction_overall', '--weight', 'id']);
    expect(r.code).toBe(0);
    const missing = r.stdout.split('\n').filter((l) => /不知道|拒答/.test(l));
    expect(missing.length).toBe(2);
    expect(r.stdout).toMatch(/Missing\s*│\s*不知道/);
  });
});

describe('saved per-respondent values as .sav', () => {
  it('factor --save-scores x.sav holds the same scores as the CSV, with SPSS labels', () => {
    const csv = join(dir, 'scores.csv');
    const sav = join(dir, 'scores.sav');
    for (const out of [csv, sav]) expect(csat(['factor', 'fixtures/factor-survey.csv', '--items', 'q1..q12', '--save-scores', out, '--id', 'id']).code).toBe(0);
    const [header, ...rows] = records(csv);
    const file = readSav(readFileSync(sav), 'scores.sav');
    expect(file.variables.map((v) => v.name)).toEqual(header);
    file.variables.forEach((v, j) => {
      expect(Array.from(v.values as Float64Array)).toEqual(rows.map((r) => (r[j] === '' ? NaN : Number(r[j]))));
    });
    expect(file.variables[1].label).toBe('REGR factor score 1 for analysis 1');
  });

  it('regress --save-residuals r.sav and index --save-composite F.sav', () => {
    const out = join(dir, 'res.sav');
    expect(csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x2,x3', '--save-residuals', out, '--save-predicted']).code).toBe(0);
    const res = readSav(readFileSync(out), 'res.sav');
    expect(res.variables.map((v) => [v.name, v.label])).toEqual([['row', null], ['PRE_1', 'Unstandardized Predicted Value'], ['RES_1', 'Unstandardized Residual'], ['ZRE_1', 'Standardized Residual']]);
    const csv = join(dir, 'res.csv');
    expect(csat(['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x2,x3', '--save-residuals', csv, '--save-predicted']).code).toBe(0);
    const [, ...rows] = records(csv);
    res.variables.forEach((v, j) => expect(Array.from(v.values as Float64Array)).toEqual(rows.map((r) => (r[j] === '' ? NaN : Number(r[j])))));
    const f = join(dir, 'F.sav');
    expect(csat(['index', 'fixtures/factor-survey.csv', '--items', 'q1..q12', '--scale-range', '1-5', '--bootstrap', '0', '--weights', 'factor', '--save-composite', f]).code).toBe(0);
    const comp = readSav(readFileSync(f), 'F.sav');
    expect(comp.variables.map((v) => v.name)).toEqual(['file', 'row', 'composite']);
    expect(comp.variables[0].values[0]).toBe('fixtures/factor-survey.csv');
  });
});

describe('bad .sav input: one sentence, exit 3, nothing written', () => {
  const good = readFileSync('fixtures/sav/pspp-utf8-byte.sav');
  const patched = (at: number, write: (b: Buffer) => void) => {
    const b = Buffer.from(good);
    write(b.subarray(at));
    return b;
  };
  const recordStart = 176;
  it.each([
    ['truncated', good.subarray(0, good.length - 30), 'the data end'],
    ['a corrupt header', patched(64, (b) => b.writeInt32LE(77, 0)), 'layout code is unknown'],
    ['a compression bias that is not 100', patched(84, (b) => b.writeDoubleLE(50, 0)), 'compression bias is 50, not 100'],
    ['an unknown record type', patched(recordStart, (b) => b.writeInt32LE(5, 0)), 'unknown type 5'],
    ['a corrupt zlib block', (() => { const z = Buffer.from(readFileSync('fixtures/sav/pspp-utf8-zsav.sav')); z.fill(0x41, z.length - 200, z.length - 120); return z; })(), 'zlib'],
  ])('%s', (_, bytes, words) => {
    const input = join(dir, 'bad.sav');
    writeFileSync(input, bytes);
    const out = join(dir, 'never.txt');
    const r = csat(['describe', input, '-o', out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('is not a readable SPSS system file');
    expect(r.stderr).toContain(words);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
  it("regress prints the Std. Error of the Estimate with the .sav format's decimals + 3, not the values'", () => {
    // csat's writer gives y (3.27, ...) F11.5: 8 decimals of sigma = 1.06445004770237 (R, fixtures/expected/regression-constant.json).
    const sav = savOf('fixtures/regression.csv', 'regression.sav');
    expect(readSav(readFileSync(sav), 'regression.sav').variables.find((v) => v.name === 'y')!.decimals).toBe(5);
    const r = csat(['regress', sav, 'y ~ x3 + x6']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n').find((l) => /^│ 1 +│ \.\d{3}ᵃ/.test(l))!.split('│')[5].trim()).toBe('1.06445005');
  });
});
