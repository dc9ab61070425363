import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { csat } from './helpers/cli.js';

const COMMANDS = ['analyze', 'describe', 'reliability', 'kmo', 'factor', 'corr', 'regress', 'index', 'ipa'];
const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

/** The `$ csat ...` lines of a help text, with backslash continuations joined. */
function examples(help: string): string[] {
  return help
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('$ csat '))
    .map((l) => l.slice('$ csat '.length));
}

/** Split a shell line into words, honouring double quotes. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

/** Options whose value is a file csat writes: redirected into a temporary folder. */
const WRITES = new Set(['-o', '--output', '--plot', '--save-scores', '--save-residuals', '--save-composite']);

describe('csat (built CLI)', () => {
  it('--help lists every command and --version prints the package version', () => {
    const r = csat(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(c);
    expect(csat(['--version']).stdout.trim()).toBe(VERSION);
    expect(csat(['-V']).stdout.trim()).toBe(VERSION);
  });

  it.each(COMMANDS)('csat %s --help shows at least one example', (command) => {
    const r = csat([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples?:/);
    expect(examples(r.stdout).length).toBeGreaterThan(0);
    for (const line of examples(r.stdout)) expect(line.split(' ')[0]).toMatch(new RegExp(`^(${command}|\\w+)$`));
  });

  // Every help example that names a bundled fixture must run as printed.
  const runnable = COMMANDS.flatMap((c) => examples(csat([c, '--help']).stdout)).filter((l) => l.includes('fixtures/'));
  it('has help examples on the bundled fixtures', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(5);
  });
  it.each(runnable)('help example runs: csat %s', (line) => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-help-'));
    const args = words(line);
    for (let i = 1; i < args.length; i++) if (WRITES.has(args[i - 1])) args[i] = join(dir, basename(args[i]));
    const r = csat(args);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    // A missed target or threshold exits 4 after printing everything, as documented.
    const allowed = /--target|--fail-under/.test(line) ? [0, 4] : [0];
    expect(allowed, r.stderr).toContain(r.code);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it('the language defaults to LC_ALL, then LC_MESSAGES, then LANG, else English', () => {
    const run = (env: Record<string, string>) => csat(['describe', 'fixtures/edge/simple.csv', '--no-frequencies'], { env }).stdout;
    expect(run({ LANG: 'zh_CN.UTF-8' })).toContain('描述统计');
    expect(run({ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' })).toContain('描述统计');
    expect(run({ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' })).toContain('Descriptive Statistics');
    expect(run({ LANG: 'C' })).toContain('Descriptive Statistics');
    // --lang wins over the locale.
    const en = csat(['describe', 'fixtures/edge/simple.csv', '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(en.stdout).toContain('Descriptive Statistics');
  });

  it('errors are one line without a stack trace; --debug adds the trace', () => {
    const plain = csat(['describe', 'fixtures/nope.csv']);
    expect(plain.code).toBe(3);
    expect(plain.stderr.trim().split('\n')).toHaveLength(1);
    const debug = csat(['describe', 'fixtures/nope.csv', '--debug']);
    expect(debug.code).toBe(3);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('colour never reaches a pipe: no escape codes without a terminal, whatever NO_COLOR says', () => {
    for (const env of [{ NO_COLOR: '' }, { NO_COLOR: '1' }, { FORCE_COLOR: '1', NO_COLOR: '' }]) {
      const r = csat(['alpha', 'fixtures/reliability-small.csv', '--items', 'a1,a2,a4'], { env });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain('\u001b[');
    }
  });
});

describe('-o never writes over an input, into a missing folder, or a partial file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csat-o-'));
  const input = join(dir, 'survey.csv');
  const original = readFileSync('fixtures/telephone-survey.csv');
  writeFileSync(input, original);
  const runs: [string, string[]][] = [
    ['describe', ['describe', input, '--vars', 'att1']],
    ['reliability', ['reliability', input, '--items', 'att1..att4']],
    ['kmo', ['kmo', input, '--items', 'att1..qual5']],
    ['factor', ['factor', input, '--items', 'att1..qual5']],
    ['corr', ['corr', input, '--vars', 'att1,att2']],
    ['regress', ['regress', input, '--dv', 'overall', '--iv', 'att1,att2']],
    ['index', ['index', input, '--items', 'att1..att4', '--scale-range', '1-5']],
    ['ipa', ['ipa', input, '--items', 'att1..qual5', '--derived', 'correlation', '--overall', 'overall']],
    ['analyze', ['analyze', input, '--items', 'att1..qual5', '--outcome', 'overall']],
  ];

  it.each(runs)('%s -o INPUT is refused (exit 2) and the input is untouched', (_name, args) => {
    const r = csat([...args, '-o', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to write .*input file/);
    expect(readFileSync(input).equals(original)).toBe(true);
    // A symbolic link to the input is the input too.
    const link = join(dir, `link-${_name}.csv`);
    symlinkSync(input, link);
    expect(csat([...args, '-o', link]).code).toBe(2);
    expect(readFileSync(input).equals(original)).toBe(true);
  });

  it('-o into a missing folder is a usage error and writes nothing', () => {
    const r = csat(['describe', input, '--vars', 'att1', '-o', join(dir, 'no', 'such', 'out.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/folder .* does not exist/);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it('a failing run leaves an existing -o file as it was and no temporary file behind', () => {
    const out = join(dir, 'keep.txt');
    writeFileSync(out, 'old\n');
    const r = csat(['reliability', input, '--items', 'att1', '-o', out]);
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
