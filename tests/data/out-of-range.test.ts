import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sourceFromBuffer } from '../../src/data/read.js';
import { toDataset } from '../../src/data/convert.js';
import { CsatError, EXIT } from '../../src/errors.js';
import { say } from '../../src/i18n/index.js';
import { csat } from '../helpers/cli.js';

/** R on the same cells (fixtures/oracle/out-of-range.R, which wrote the survey). */
const oracle = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/expected/out-of-range.json'), 'utf8'));
const FILE = 'fixtures/out-of-range.csv';
const src = (text: string) => sourceFromBuffer(Buffer.from(text), 't.csv');

describe('answers outside the scale range are never answers (issue 13)', () => {
  it('an error naming the first cell by row, its column and value (exit 3), in both languages', () => {
    let err: CsatError | null = null;
    try {
      toDataset(src('q1,q2,age\n1,5,35\n2,99,40\n-3,4,50\n'), ['q1', 'q2', 'age'], { scaleRange: [1, 5], rated: ['q1', 'q2'] });
    } catch (e) {
      err = e as CsatError;
    }
    expect(err).toBeInstanceOf(CsatError);
    expect(err!.exitCode).toBe(EXIT.input);
    expect(say(err!.label!, 'en')).toBe("t.csv, row 2, column 'q2': 99 lies outside the scale range 1-5; if it marks a skipped question, add it to --missing (or give --lenient to read such answers as missing).");
    expect(say(err!.label!, 'zh')).toMatch(/^t\.csv，第 2 行，列 'q2'：99 超出量表范围 1-5/);
  });

  it('--lenient: missing, with one warning counting the cells; columns that are no ratings and declared codes are left alone', () => {
    const ds = toDataset(src('q1,q2,age\n1,5,35\n2,99,40\n-3,4,50\n7,-9,60\n'), ['q1', 'q2', 'age'], { scaleRange: [1, 5], rated: ['q1', 'q2'], lenient: true, missing: [-9] });
    expect(ds.variables.map((v) => Array.from(v.values, (x) => (Number.isNaN(x) ? null : x)))).toEqual([[1, 2, null, null], [5, null, 4, null], [35, 40, 50, 60]]);
    expect(ds.warnings).toEqual(["t.csv: 3 cells outside the scale range 1-5 are read as missing (--lenient); the first: row 2, column 'q2', 99."]);
  });

  it('csat reliability --scale-range: exit 3 on the skip codes; with --lenient the alpha R gives with them missing, not the one counting them', () => {
    const bad = csat(['reliability', FILE, '--items', 'q1..q4', '--scale-range', '1-5']);
    expect(bad.code).toBe(EXIT.input);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(`csat: ${FILE}, row ${oracle.firstRow}, column 'q2': -3 lies outside the scale range 1-5; if it marks a skipped question, add it to --missing (or give --lenient to read such answers as missing).\n`);
    const r = csat(['reliability', FILE, '--items', 'q1..q4', '--scale-range', '1-5', '--lenient', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.warnings).toEqual([`${FILE}: ${oracle.cells} cells outside the scale range 1-5 are read as missing (--lenient); the first: row ${oracle.firstRow}, column 'q2', -3.`]);
    expect(out.results.scales[0].n).toBe(oracle.n);
    expect(out.results.scales[0].alpha).toBeCloseTo(oracle.alpha, 12);
    expect(Math.abs(out.results.scales[0].alpha - oracle.alphaCounted)).toBeGreaterThan(0.5);
  });

  it("the study's scaleRange applies as --scale-range does (csat analyze), and describe --vars too", () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-range-'));
    const study = join(dir, 'study.yml');
    writeFileSync(study, `data: ${resolve(FILE)}\nitems: [q1..q4]\nscaleRange: [1, 5]\n`);
    const r = csat(['analyze', '--study', study]);
    expect(r.code).toBe(EXIT.input);
    expect(r.stderr).toMatch(/row 4, column 'q2': -3 lies outside the scale range 1-5/);
    expect(csat(['analyze', '--study', study, '--missing', '-3,99', '-f', 'json']).code).toBe(0);
    const d = csat(['describe', FILE, '--vars', 'q3', '--scale-range', '1-5']);
    expect(d.code).toBe(EXIT.input);
    expect(d.stderr).toMatch(/row 9, column 'q3': 99 lies outside/);
  });
});
