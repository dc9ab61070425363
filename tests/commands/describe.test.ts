import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import iconv from 'iconv-lite';
import { csat } from '../helpers/cli.js';
import { expectMessageInBothLanguages } from '../helpers/messages.js';

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

  it('--format json with warnings: they are in the envelope, stdout is one valid JSON object, stderr stays quiet', () => {
    const r = csat(['describe', 'fixtures/edge/unknown-label.csv', '--lenient', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.warnings).toEqual([
      "fixtures/edge/unknown-label.csv, column 'Q1': 1 cell matched no number, missing code or answer label and is treated as missing (first: '很好' in row 3).",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/NaN|Infinity|undefined/);
    // The text format prints the same warning on stderr.
    expect(csat(['describe', 'fixtures/edge/unknown-label.csv', '--lenient']).stderr).toMatch(/^csat: warning: .*'很好' in row 3/);
  });

  it('--scale-range: an answer outside it is an error naming it (an undeclared skip code), or missing with --lenient', () => {
    const r = csat(['describe', '-', '--vars', 'q', '--scale-range', '1-5', '--no-frequencies'], { input: 'q\n1\n99\n5\n4\n' });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe("csat: standard input, row 2, column 'q': 99 lies outside the scale range 1-5; if it marks a skipped question, add it to --missing (or give --lenient to read such answers as missing).\n");
    const lenient = csat(['describe', '-', '--vars', 'q', '--scale-range', '1-5', '--no-frequencies', '--lenient'], { input: 'q\n1\n99\n5\n4\n' });
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toBe("csat: warning: standard input: 1 cell outside the scale range 1-5 is read as missing (--lenient); the first: row 2, column 'q', 99.\n");
    // Every column (no --vars): ids and ages are no ratings; the range only words the warning.
    expect(csat(['describe', '-', '--scale-range', '1-5', '--no-frequencies'], { input: 'q\n1\n99\n5\n4\n' }).stderr).toBe(
      "csat: warning: column 'q': 1 answer outside the scale range 1-5 (99); if it marks a skipped question, add it to --missing.\n",
    );
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
    [['describe', '-'], 3, /^csat: standard input is empty: there is no header row and no data\.\n$/],
    [['alpha', '-', '--items', 'a,b'], 3, /standard input is empty/],
    [['analyze', '-'], 3, /standard input is empty/],
    [['describe', 'fixtures/edge/header-only.csv'], 3, /header row but no data rows/],
    [['alpha', 'fixtures/edge/header-only.csv', '--items', '#1..#2'], 3, /header row but no data rows/],
    [['describe', 'fixtures'], 3, /Cannot read fixtures: it is a directory/],
    [['describe', 'fixtures/telephone-survey.csv', '-o', 'no/such/dir/out.txt'], 2, /folder .* does not exist/],
    [['frobnicate'], 2, /unknown command/],
  ])('bad input %j exits %i with one clear line', (args, code, message) => {
    const r = csat(args as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  describe('--vars and --items (its old spelling in describe)', () => {
    const F = 'fixtures/telephone-survey.csv';
    it.each([
      [['--vars', ''], '--vars: no columns given.', '--vars：没有给出任何列。'],
      [['--items', ''], '--vars: no columns given.', '--vars：没有给出任何列。'],
      [['--vars', 'att1', '--items', 'att2'], '--items is the old spelling of --vars: give only --vars', '--items 是 --vars 的旧写法：请只给出 --vars'],
      [['--vars', '', '--items', 'att2'], '--items is the old spelling of --vars: give only --vars', '--items 是 --vars 的旧写法：请只给出 --vars'],
    ])('%j names the option', (args, en, zh) => {
      expectMessageInBothLanguages(['describe', F, ...(args as string[])], undefined, 2, en, zh);
    });
  });

  it('--help shows an example and --version the package version', () => {
    expect(csat(['describe', '--help']).stdout).toContain('Example:');
    expect(csat(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(existsSync('bin/csat.js')).toBe(true);
  });
});

describe('Chinese names and answers survive every output format', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csat-zh-'));
  const text =
    '编号,服务 态度,服务质量,总体满意度\n' +
    '1,非常满意,满意,满意\n2,满意,一般,非常满意\n3,一般,不满意,一般\n4,不满意,非常不满意,不满意\n5,满意,满意,满意\n';
  const utf8 = join(dir, 'utf8.csv');
  const gbk = join(dir, 'gbk.csv');
  writeFileSync(utf8, text);
  writeFileSync(gbk, iconv.encode(text, 'gbk'));
  const formats = ['text', 'json', 'markdown', 'csv', 'html'] as const;

  it.each(formats.flatMap((f) => [[utf8, f], [gbk, f]]))('describe %s -f %s', (file, format) => {
    const out = join(dir, `describe-${basename(file)}.${format}`);
    const r = csat(['describe', file, '--vars', '服务 态度,总体满意度', '-f', format, '--lang', 'zh']);
    expect(r.code, r.stderr).toBe(0);
    expect(csat(['describe', file, '--vars', '服务 态度,总体满意度', '-f', format, '--lang', 'zh', '-o', out]).code).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written.replace(/^\uFEFF/, '')).toBe(r.stdout.replace(/^\uFEFF/, ''));
    for (const s of [r.stdout, written]) {
      expect(s).toContain('服务 态度');
      expect(s).toContain('总体满意度');
      expect(s).toContain('非常满意');
      expect(s).not.toContain('\uFFFD');
    }
    if (format === 'json') {
      const vars = JSON.parse(r.stdout).results.variables;
      expect(vars.map((v: { name: string }) => v.name)).toEqual(['服务 态度', '总体满意度']);
      expect(vars[0].frequencies.map((f: { label: string }) => f.label)).toEqual(['不满意', '一般', '满意', '非常满意']);
    }
    if (format === 'csv') expect(r.stdout.startsWith('\uFEFF')).toBe(true);
  });

  it.each(formats)('reliability -f %s keeps the Chinese item and scale names', (format) => {
    const r = csat(['alpha', gbk, '--scale', '服务=服务 态度,服务质量,总体满意度', '-f', format, '--lang', 'zh']);
    expect(r.code, r.stderr).toBe(0);
    for (const s of ['服务 态度', '服务质量', '总体满意度', '服务']) expect(r.stdout).toContain(s);
    expect(r.stdout).not.toContain('\uFFFD');
    if (format === 'json') expect(JSON.parse(r.stdout).results.scales[0].items).toEqual(['服务 态度', '服务质量', '总体满意度']);
  });
});

describe('a reverse-keyed item says so wherever it is shown', () => {
  const args = ['describe', 'fixtures/telephone-survey.csv', '--vars', 'att1..att2', '--reverse', 'att2', '--scale-range', '1-5'];
  it('names it as reversed in each table, with footnotes on what its numbers mean (en, zh)', () => {
    const r = csat(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ att2 \(reversed\) +│/);
    expect(r.stdout).toMatch(/│ att1 +│/);
    expect(r.stdout).toContain('att2 (reversed): reverse-keyed (a negatively worded item), recoded as 6 − x');
    expect(r.stdout).toContain('\natt2 (reversed)\n');
    expect(r.stdout).toContain('Reverse-keyed: each answer is counted at its recoded value (6 − x)');
    expect(csat([...args, '--lang', 'zh']).stdout).toContain('att2（反向计分）：反向计分题（反向表述），按 6 − x 重新编码');
  });
  it('JSON: reversed holds the range of the recode, null for the others', () => {
    const v = JSON.parse(csat([...args, '-f', 'json']).stdout).results.variables;
    expect(v[0].reversed).toBeNull();
    expect(v[1].reversed).toEqual({ min: 1, max: 5 });
    expect(csat(args.slice(0, 4)).stdout).not.toContain('reversed');
  });
});
