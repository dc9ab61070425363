/**
 * The fuzz harness: seeded cases (a fixture, mutated; a command line), run in batches by
 * driver.mjs, and the invariants every run must keep whatever its input.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { createRandom, type Random } from '../../src/stats/random.js';

const DRIVER = resolve(__dirname, 'driver.mjs');
const ROOT = resolve(__dirname, '../..');

export interface Case {
  /** What was done to the input, e.g. 'byteFlip', for the tally and the failure message. */
  category: string;
  args: string[];
  /** Input files written into the case's folder before it runs. */
  files: Record<string, Buffer>;
  /** Set by runCases: the case's own folder. */
  dir?: string;
}

export interface Outcome {
  code: number | string;
  stdout: string;
  stderr: string;
  files: string[];
  rss: number;
  ms: number;
}

/** A small seeded helper over the project's generator. */
export class Dice {
  readonly rng: Random;
  constructor(seed: number) {
    this.rng = createRandom(seed);
  }
  int(n: number): number {
    return this.rng.nextInt(n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.rng.nextFloat() < p;
  }
}

/** Cells and names a hostile respondent or export could hold. */
export const HOSTILE_CELLS: readonly string[] = [
  '=HYPERLINK("http://x","y")',
  '+1+2',
  '-1+2',
  '@SUM(1+1)',
  '\t=1',
  '\r=1',
  '\x1b[2J\x1b]0;PWNED\x07',
  'bell\x07bell',
  'nul\x00nul',
  '\u009b31m8-bit CSI',
  '<xss-probe onerror=alert(1)>',
  '"quoted, with ""quotes"""',
  'line\nbreak',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '9'.repeat(400),
  'x'.repeat(300_000),
];

/** Bytes that are not UTF-8 (a lone continuation byte, a truncated sequence, an overlong form). */
export const INVALID_UTF8: readonly Buffer[] = [Buffer.from([0xff, 0xfe]), Buffer.from([0xe6, 0xbb]), Buffer.from([0xc0, 0xaf]), Buffer.from([0x80])];

/** One CSV field holding `s` (quoted when it has to be). */
function field(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The fixture with cell (row, col) replaced; row 0 is the header. */
export function withCell(text: string, row: number, col: number, value: string): string {
  const records = Papa.parse<string[]>(text, { delimiter: ',', newline: '\n' }).data.filter((r) => r.length > 1);
  const r = records[Math.min(row, records.length - 1)];
  r[Math.min(col, r.length - 1)] = value;
  return records.map((rec) => rec.map(field).join(',')).join('\n') + '\n';
}

export type Mutation = (bytes: Buffer, d: Dice) => Buffer;

export const MUTATIONS: Record<string, Mutation> = {
  byteFlip(bytes, d) {
    const b = Buffer.from(bytes);
    const n = 1 + d.int(6);
    for (let k = 0; k < n; k++) b[d.int(b.length)] = d.int(256);
    return b;
  },
  truncate(bytes, d) {
    return bytes.subarray(0, d.int(bytes.length));
  },
  delimiterSwap(bytes, d) {
    const to = d.pick([';', '\t', '|', ' ', '"']);
    const text = bytes.toString('latin1');
    // All of them, or only in some lines (a ragged file).
    if (d.chance(0.5)) return Buffer.from(text.replaceAll(',', to), 'latin1');
    return Buffer.from(
      text
        .split('\n')
        .map((line) => (d.chance(0.2) ? line.replaceAll(',', to) : line))
        .join('\n'),
      'latin1',
    );
  },
  hostileCell(bytes, d) {
    const text = bytes.toString('utf8');
    const lines = text.split('\n').length;
    return Buffer.from(withCell(text, d.chance(0.3) ? 0 : 1 + d.int(Math.max(1, lines - 2)), d.int(12), d.pick(HOSTILE_CELLS)), 'utf8');
  },
  invalidUtf8(bytes, d) {
    const at = d.int(bytes.length);
    return Buffer.concat([bytes.subarray(0, at), d.pick(INVALID_UTF8), bytes.subarray(at)]);
  },
  hugeCell(bytes, d) {
    const text = bytes.toString('utf8');
    return Buffer.from(withCell(text, d.int(3), d.int(6), d.pick(['y', '7', ',']).repeat(1_100_000 + d.int(100_000))), 'utf8');
  },
  lineShuffle(bytes, d) {
    const lines = bytes.toString('utf8').split('\n');
    const k = d.int(lines.length);
    lines.splice(k, 1, ...(d.chance(0.5) ? [] : [lines[k], lines[k]]));
    return Buffer.from(lines.join('\n'), 'utf8');
  },
};

/** Fixtures and commands that suit them; selections are by position, so a mangled header still resolves. */
const FIXTURES: { file: string; commands: string[][] }[] = [
  {
    file: 'fixtures/factor-survey.csv',
    commands: [
      ['describe', '--vars', '#3..#8'],
      ['reliability', '--items', '#3..#14'],
      ['factor', '--items', '#3..#14'],
      ['factor', '--items', '#3..#14', '--extraction', 'paf', '--rotation', 'promax', '--save-scores', 'scores.csv'],
      ['kmo', '--items', '#3..#14'],
      ['corr', '--vars', '#3..#7', '--method', 'spearman'],
      ['analyze'],
    ],
  },
  {
    file: 'fixtures/regression.csv',
    commands: [
      ['regress', '--outcome', '#2', '--iv', '#3..#6', '--save-residuals', 'res.csv', '--id', '#1'],
      ['regress', '--outcome', '#2', '--iv', '#3..#8', '--method', 'stepwise'],
      ['explore', '--vars', '#2', '--by', '#11'],
      ['crosstab', '--rows', '#10', '--cols', '#11'],
    ],
  },
  {
    file: 'fixtures/index-survey.csv',
    commands: [
      ['index', '--items', '#6..#11', '--scale-range', '1-5', '--bootstrap', '0', '--weights', 'factor', '--save-composite', 'comp.csv'],
      ['index', '--items', '#6..#11', '--scale-range', '1-5', '--bootstrap', '50', '--by', '#2'],
      ['ipa', '--items', '#6..#11', '--derived', 'correlation', '--outcome', '#12', '--plot', 'ipa.svg'],
    ],
  },
  {
    file: 'fixtures/survey-en.csv',
    commands: [
      ['describe'],
      ['reliability', '--items', '#2..#5'],
      ['analyze', '--outcome', '#6', '--fail-under', 'alpha=0.99'],
    ],
  },
];

const FORMATS = ['text', 'json', 'markdown', 'csv', 'html'] as const;

/** `count` seeded cases: a fixture, one mutation of it, a command, a format, sometimes -o. */
export function fuzzCases(seed: number, count: number): Case[] {
  const d = new Dice(seed);
  const names = Object.keys(MUTATIONS);
  const cache = new Map<string, Buffer>();
  return Array.from({ length: count }, () => {
    const fx = d.pick(FIXTURES);
    const bytes = cache.get(fx.file) ?? readFileSync(join(ROOT, fx.file));
    cache.set(fx.file, bytes);
    const category = d.pick(names);
    const input = MUTATIONS[category](bytes, d);
    const format = d.pick(FORMATS);
    const command = d.pick(fx.commands);
    const args = [command[0], 'data.csv', ...command.slice(1), '-f', format, ...(d.chance(0.4) ? ['-o', `out.${format}`] : []), ...(d.chance(0.3) ? ['--lenient'] : [])];
    return { category, args, files: { 'data.csv': input } };
  });
}

/** A message for a failed invariant, or null: what every run keeps whatever its input. */
export function violation(c: Case, o: Outcome): string | null {
  if (!(typeof o.code === 'number' && [0, 1, 2, 3, 4].includes(o.code))) return `exit code ${o.code}`;
  if (/internal error/.test(o.stderr)) return 'internal error';
  if (/\n\s+at .+:\d+:\d+/.test(o.stderr)) return 'stack trace';
  const lines = o.stderr.split('\n').filter((l) => l !== '');
  if (lines.length > 6) return `${lines.length} stderr lines`;
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(o.stderr)) return 'control character on stderr';
  if (lines.some((l) => l.length > 4100)) return 'a stderr line over 4100 characters';
  const format = c.args[c.args.indexOf('-f') + 1];
  const ok = o.code === 0 || o.code === 4;
  const outFile = c.args.includes('-o') ? c.args[c.args.indexOf('-o') + 1] : null;
  const report = outFile && ok ? readFileSync(join(c.dir!, outFile), 'utf8') : o.stdout;
  if (ok) {
    const bad = outputProblem(format, report);
    if (bad) return bad;
    for (const side of ['scores.csv', 'res.csv', 'comp.csv']) {
      if (o.files.includes(side)) {
        const problem = outputProblem('csv', readFileSync(join(c.dir!, side), 'utf8'), true);
        if (problem) return `${side}: ${problem}`;
      }
    }
  } else {
    const left = o.files.filter((f) => !(f in c.files));
    if (left.length) return `left on disk after a failure: ${left.join(', ')}`;
  }
  if (o.files.some((f) => /\.tmp|csat-/.test(f))) return 'temporary file left';
  return null;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * What is wrong with a rendered output in `format`, or null (see the writer properties). A side
 * file (`sideFile`: saved scores, residuals, composites) is data keyed by the input's ids, which
 * it keeps as they are, so only its formulas are checked.
 */
export function outputProblem(format: string, content: string, sideFile = false): string | null {
  if (format === 'json') {
    if (/\bNaN\b|-?\bInfinity\b/.test(content.replace(/"(?:[^"\\]|\\.)*"/g, '""'))) return 'NaN or Infinity in JSON';
    try {
      JSON.parse(content);
    } catch {
      return 'JSON does not parse';
    }
    return null;
  }
  if (format === 'csv') {
    const rows = Papa.parse<string[]>(content.replace(/^\uFEFF/, ''), { delimiter: ',', newline: content.includes('\r\n') ? '\r\n' : '\n' }).data;
    const cell = rows.flat().find((s) => /^[=+\-@\t\r]/.test(s) && !NUMBER.test(s));
    if (cell !== undefined) return `CSV cell starts a formula: ${JSON.stringify(cell.slice(0, 40))}`;
    if (sideFile) return null;
  }
  if (format === 'html' && /<xss-probe/i.test(content)) return 'unescaped markup in HTML';
  if (format === 'csv' || format === 'html') {
    // Line ends (CRLF in CSV) and tabs only: a report on stdout reaches a terminal.
    // eslint-disable-next-line no-control-regex
    const control = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/.exec(content);
    return control ? `raw control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')} in ${format}` : null;
  }
  // text, markdown: line breaks only.
  // eslint-disable-next-line no-control-regex
  const control = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/.exec(content);
  return control ? `raw control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')} in ${format}` : null;
}

/**
 * Run the cases in one driver process (with a memory cap), each in its own temporary folder.
 * A batch that dies or hangs names the case it was on.
 */
export function runCases(cases: Case[], opts: { timeoutMs: number; maxOldSpaceMb?: number }): { failures: string[][]; outcomes: (Outcome | null)[]; peakRss: number } {
  const root = mkdtempSync(join(tmpdir(), 'csat-fuzz-'));
  try {
    cases.forEach((c, i) => {
      c.dir = join(root, String(i));
      mkdirSync(c.dir);
      for (const [name, bytes] of Object.entries(c.files)) writeFileSync(join(c.dir, name), bytes);
    });
    const list = join(root, 'cases.json');
    writeFileSync(list, JSON.stringify(cases.map((c) => ({ dir: c.dir, args: c.args }))));
    const log = join(root, 'results.jsonl');
    writeFileSync(log, '');
    const r = spawnSync(process.execPath, [`--max-old-space-size=${opts.maxOldSpaceMb ?? 1024}`, DRIVER, list, log], {
      encoding: 'utf8',
      timeout: opts.timeoutMs,
      env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '' },
    });
    const results: (Outcome | { dead: string })[] = cases.map(() => ({ dead: 'not run' }));
    let current = -1;
    const text = readFileSync(log, 'utf8');
    for (const line of text.split('\n')) {
      if (line.startsWith('start ')) current = Number(line.slice(6));
      else if (line.startsWith('{"i"')) {
        const o = JSON.parse(line) as Outcome & { i: number };
        results[o.i] = o;
      }
    }
    const finished = text.includes('"done":true');
    if (!finished && current >= 0 && 'dead' in results[current]) {
      results[current] = { dead: r.error ? `killed after ${opts.timeoutMs} ms (hang?)` : `driver died (signal ${r.signal}, status ${r.status}): ${r.stderr.slice(-300)}` };
    }
    // Checked here, while the cases' folders still exist.
    const failures = results.map((o, i) => {
      if ('dead' in o) return [o.dead];
      const v = violation(cases[i], o);
      return v ? [v, o.stderr.slice(0, 300)] : [];
    });
    const outcomes = results.map((o) => ('dead' in o ? null : o));
    return { failures, outcomes, peakRss: Math.max(0, ...results.map((o) => ('rss' in o ? o.rss : 0))) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A case as a line a person can rerun. */
export function describeCase(seed: number, index: number, c: Case): string {
  return `seed ${seed}, case ${index} (${c.category}): csat ${c.args.map((a) => JSON.stringify(a)).join(' ')}`;
}
