import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';

describe('input limits', () => {
  it('an endless device is read only up to --max-input-bytes, with a clear error', () => {
    const r = csat(['describe', '/dev/zero', '--max-input-bytes', '1000000']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('csat: /dev/zero is not a regular file and gave more than 1000000 bytes; csat stopped reading it\n');
  });
  it('standard input too', () => {
    const r = csat(['describe', '-', '--max-input-bytes', '10'], { input: 'a,b\n1,2\n3,4\n' });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('standard input is not a regular file and gave more than 10 bytes');
    expect(csat(['describe', '-', '--max-input-bytes', '0'], { input: 'a\n1\n' }).code).toBe(2);
  });
});

describe('cell, header and column limits (--max-cell-bytes, --max-columns)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csat-limits-'));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  it('a cell over 1 MiB is an input error that names the cell and does not echo it', () => {
    const file = write('cell.csv', `a,b\n1,${'x'.repeat(1_100_000)}\n2,3\n`);
    const r = csat(['describe', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`csat: ${file}, row 1, column 'b': the cell is 1100000 bytes long, more than the limit of 1048576; --max-cell-bytes raises it\n`);
    expect(csat(['describe', file, '--max-cell-bytes', '2000000', '--vars', 'a']).code).toBe(0);
  });
  it('a header line over the limit fails at once, before any analysis', () => {
    const file = write('head.csv', `${'h'.repeat(2_000_000)},b\n1,2\n3,4\n`);
    const r = csat(['analyze', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`csat: ${file}: the header line is 2000002 bytes long, more than the limit of 1048576; --max-cell-bytes raises it\n`);
  });
  it('more than 5,000 columns is an input error (reliability on 10,000 columns would need gigabytes)', () => {
    const n = 10_000;
    const row = () => Array.from({ length: n }, (_, j) => String(1 + (j % 5))).join(',');
    const file = write('wide.csv', [Array.from({ length: n }, (_, j) => `c${j}`).join(','), row(), row(), row()].join('\n'));
    const r = csat(['reliability', file, '--items', '*']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`csat: ${file} has 10000 columns, more than the limit of 5000; --max-columns raises it\n`);
    expect(csat(['describe', 'fixtures/survey-en.csv', '--max-columns', '8']).stderr).toContain('has 9 columns, more than the limit of 8');
    expect(csat(['describe', 'fixtures/survey-en.csv', '--max-columns', '0']).code).toBe(2);
  });
});

describe('the files read beside the data are bounded too (src/data/side-file.ts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csat-side-'));
  // Each read /dev/zero without end before: `analyze --study /dev/zero` grew to 22 GB.
  it.each([
    [['analyze', '--study', '/dev/zero'], 16777216],
    [['index', '--study', '/dev/urandom'], 16777216],
    [['cfa', 'fixtures/factor-survey.csv', '--model', '@/dev/zero'], 16777216],
    [['reliability', 'fixtures/factor-survey.csv', '--scales', '/dev/zero'], 16777216],
    [['index', 'fixtures/index-survey.csv', '--items', 'q1..q6', '--weights', '/dev/zero'], 16777216],
    [['describe', '--from-moments', '/dev/zero'], 268435456],
  ])('%j stops at the limit with one line (exit 3)', (args, max) => {
    const r = csat(args as string[], { timeoutMs: 60_000 });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`^csat: /dev/(zero|urandom) is not a regular file and gave more than ${max} bytes; csat stopped reading it\\n$`));
  });
  it('a regular study file over 16 MiB is refused before it is read', () => {
    const file = join(dir, 'big.yaml');
    writeFileSync(file, `data: x.csv\n#${'x'.repeat(17 * 1024 ** 2)}\n`);
    const r = csat(['analyze', '--study', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`csat: ${file} is 17825806 bytes long, more than the 16777216 a study, model, scales or weights file may be; csat did not read it\n`);
  });
});

describe('a column of 130,000 distinct values (a spread Math.max overflowed the stack)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csat-distinct-'));
  const file = join(dir, 'distinct.csv');
  writeFileSync(file, `a,b\n${Array.from({ length: 130_000 }, (_, i) => `${i * 1.5},${i % 5}`).join('\n')}\n`);
  it('describe prints its frequency table', () => {
    const r = csat(['describe', file, '--vars', 'a']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ 194998\.5 +│ +1 │/);
  });
  it("analyze's item detection finishes with its own message", () => {
    const r = csat(['analyze', file]);
    expect(r.stderr).toBe(`csat: found 1 Likert item(s) in ${file}; name them with --items or a study file\n`);
    expect(r.code).toBe(2);
  });
});
