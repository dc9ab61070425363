import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csat } from '../helpers/cli.js';

describe('csat describe (built CLI)', () => {
  it('prints SPSS tables in text', () => {
    const r = csat(['describe', 'fixtures/telephone-survey.csv', '--vars', 'att1..att2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Descriptive Statistics');
    expect(r.stdout).toContain('Valid N (listwise)');
    expect(r.stdout).toContain('Valid Percent');
    expect(r.stderr).toBe('');
  });

  it('prints the JSON envelope with full-precision numbers and null for what does not exist', () => {
    const r = csat(['describe', 'fixtures/survey-en.csv', '--vars', 'sat_staff,gender', '--weight', 'weight', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.command).toBe('describe');
    expect(out.csat).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(out.input).toMatchObject({ file: 'fixtures/survey-en.csv', rows: 40, encoding: 'utf-8', delimiter: ',' });
    const [staff, gender] = out.results.variables;
    expect(staff.name).toBe('sat_staff');
    expect(staff.mean).toBeCloseTo(3.36231884057971, 12);
    expect(gender.mean).toBeNull();
    expect(gender.frequencies.map((f: { label: string }) => f.label)).toEqual(['Female', 'Male']);
  });

  it('reads a GBK export with Chinese text answers and prints Chinese labels with --lang zh', () => {
    const r = csat(['describe', 'fixtures/bank-survey.csv', '--vars', 'Q1', '--missing', '-3', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('描述统计');
    expect(r.stdout).toContain('非常满意');
    expect(r.stdout).toContain('累积百分比');
  });

  it('writes -o files whole and never over the input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-'));
    const input = join(dir, 'in.csv');
    writeFileSync(input, 'a,b\n1,2\n3,4\n2,2\n');
    const out = join(dir, 'out.md');
    expect(csat(['describe', input, '-f', 'markdown', '-o', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('| ');
    const r = csat(['describe', input, '-o', input]);
    expect(r.code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe('a,b\n1,2\n3,4\n2,2\n');
  });

  it('reads standard input with -', () => {
    const r = csat(['describe', '-', '-f', 'json'], { input: 'x\n1\n2\n4\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results.variables[0].mean).toBeCloseTo(7 / 3, 12);
  });

  it.each([
    [['describe', 'fixtures/nope.csv'], 3, /nope\.csv/],
    [['describe', 'fixtures/telephone-survey.csv', '--vars', 'att9'], 2, /att9.*closest/],
    [['describe', 'fixtures/telephone-survey.csv', '-f', 'pdf'], 2, /--format/],
    [['describe', 'fixtures/telephone-survey.csv', '--lang', 'fr'], 2, /--lang/],
    [['describe', 'fixtures/edge/unknown-label.csv'], 3, /row \d+.*column/],
    [['describe', 'fixtures/edge/ragged.csv'], 3, /ragged\.csv/],
    [['describe', 'fixtures/edge/empty.csv'], 3, /empty\.csv/],
    [['describe'], 2, /missing required argument/],
    [['frobnicate'], 2, /unknown command/],
  ])('bad input %j exits %i with one clear line', (args, code, message) => {
    const r = csat(args as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('--help shows an example and --version the package version', () => {
    expect(csat(['describe', '--help']).stdout).toContain('Example:');
    expect(csat(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(existsSync('bin/csat.js')).toBe(true);
  });
});
