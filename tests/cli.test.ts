import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Command, Option } from 'commander';
import { csat } from './helpers/cli.js';
import { buildProgram } from '../src/cli.js';

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
  const dir = mkdtempSync(join(tmpdir(), 'csat-cli-'));
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

  it('a reader that stops early (| head) ends the run quietly: exit 0, no stack trace', () => {
    const bin = join(process.cwd(), 'bin', 'csat.js');
    for (const args of ['describe fixtures/telephone-survey.csv -f json', 'analyze fixtures/bank-survey.csv --study fixtures/bank-survey.yml', '--help']) {
      const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" ${args} 2>"$1" | head -c 10 >/dev/null; echo \${PIPESTATUS[0]}`, 'sh', join(dir, 'err.txt')], { encoding: 'utf8' });
      expect(r.stdout.trim(), args).toBe('0');
      expect(readFileSync(join(dir, 'err.txt'), 'utf8'), args).toBe('');
    }
  });

  it('an option that takes one column says so when its spec selects several (--weight, --id)', () => {
    for (const [args, option] of [
      [['describe', 'fixtures/telephone-survey.csv', '--weight', 'att1,att2'], '--weight'],
      [['factor', 'fixtures/telephone-survey.csv', '--items', 'att1..qual5', '--save-scores', join(dir, 's.csv'), '--id', 'att1,att2'], '--id'],
      [['regress', 'fixtures/telephone-survey.csv', '--outcome', 'overall', '--iv', 'att1', '--save-residuals', join(dir, 'r.csv'), '--id', 'id,gender'], '--id'],
    ] as const) {
      const r = csat([...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`csat: ${option} takes one column, not 2\n`);
    }
  });

  it('a file delimited by vertical bars is detected', () => {
    const file = join(dir, 'bars.txt');
    writeFileSync(file, 'a|b|c\n1|2|3\n4|5|6\n');
    const r = csat(['describe', file, '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.input.delimiter).toBe('|');
    expect(out.results.variables.map((v: { name: string }) => v.name)).toEqual(['a', 'b', 'c']);
  });

  it('data warnings in the page formats (markdown, html) follow --lang too', () => {
    const file = join(dir, 'w.csv');
    writeFileSync(file, 'Q1,w\n1,\n2,3\n');
    const md = csat(['describe', file, '--vars', 'Q1', '--weight', 'w', '--lang', 'zh', '-f', 'markdown']);
    expect(md.stdout).toContain("权重列 'w'：1 个缺失权重");
    expect(md.stdout).not.toContain("weight column 'w'");
    const html = csat(['describe', file, '--vars', 'Q1', '--weight', 'w', '--lang', 'zh', '-f', 'html']);
    expect(html.stdout).toContain('1 个缺失权重');
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
    ['regress', ['regress', input, '--outcome', 'overall', '--iv', 'att1,att2']],
    ['index', ['index', input, '--items', 'att1..att4', '--scale-range', '1-5']],
    ['ipa', ['ipa', input, '--items', 'att1..qual5', '--derived', 'correlation', '--outcome', 'overall']],
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

describe('error messages follow --lang (else the locale); English is unchanged', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csat-lang-'));
  const file = (name: string, text: string): string => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const ok = file('ok.csv', 'Q1,Q12,Q3,Q4\n1,2,3,4\n2,3,4,5\n');
  const ragged = file('ragged.csv', 'Q1,Q2\n1,2\n3,4,5\n');
  const label = file('label.csv', 'Q1,Q2\n1,2\n3,很好\n');
  const study = file('bad.yml', `data: ${ok}\nitems: [Q1]\nbogus: 1\n`);
  const missing = join(dir, 'missing.csv');
  // [case, args, exit code, English line, Chinese line]
  const cases: [string, string[], number, string, string][] = [
    ['a missing file', ['describe', missing], 3, `Cannot read ${missing}: no such file.`, `无法读取 ${missing}：找不到文件。`],
    [
      'an unknown column (with the closest names)',
      ['describe', ok, '--vars', 'Q13'],
      2,
      `--vars: no column 'Q13' in ${ok}; closest: Q1, Q12, Q3.`,
      `--vars：在 ${ok} 中没有名为 'Q13' 的列；最接近的：Q1、Q12、Q3。`,
    ],
    [
      'an unknown answer label (row, column, value)',
      ['describe', label, '--vars', 'Q1,Q2'],
      3,
      `${label}, row 2, column 'Q2': '很好' is neither a number, a missing code nor a known answer label (use --labels or --lenient).`,
      `${label}，第 2 行，列 'Q2'：'很好' 既不是数字、缺失值代码，也不是已知的答案标签（请使用 --labels 或 --lenient）。`,
    ],
    [
      'a ragged row',
      ['describe', ragged],
      3,
      `${ragged}, row 2 (line 3): 3 fields where the header has 2; check for an unquoted delimiter or a missing field.`,
      `${ragged}，第 2 行（文件第 3 行）：有 3 个字段，而标题行有 2 个；请检查是否有未加引号的分隔符或缺少的字段。`,
    ],
    [
      'an invalid study key',
      ['analyze', '--study', study],
      2,
      `${study}, line 3: unknown key 'bogus' (known: title, data, encoding, delimiter, items, scaleRange, missing, labels, reverse, scales, outcome, demographics, weight, value, distributed, thresholds, target, targets, model, paths, fit, posthoc, groups, variables)`,
      `${study}，第 3 行：未知的键 'bogus'（可用的键：title、data、encoding、delimiter、items、scaleRange、missing、labels、reverse、scales、outcome、demographics、weight、value、distributed、thresholds、target、targets、model、paths、fit、posthoc、groups、variables）`,
    ],
    // Mistakes commander catches, in csat's one-line form rather than commander's two lines.
    ['an unknown option (with the nearest)', ['describe', ok, '--vras', 'Q1'], 2, "unknown option '--vras' (did you mean --vars?)", "未知选项 '--vras'（是否想用 --vars？）"],
    ['an unknown command (with the nearest)', ['descrbe', ok], 2, "unknown command 'descrbe' (did you mean describe?)", "未知命令 'descrbe'（是否想用 describe？）"],
    ['an unknown command', ['frobnicate', ok], 2, "unknown command 'frobnicate' (csat --help lists the commands)", "未知命令 'frobnicate'（csat --help 列出全部命令）"],
    ['no data file', ['ttest'], 2, "missing required argument 'file' (csat ttest --help shows an example)", "缺少必需的参数 'file'（csat ttest --help 有示例）"],
    ['a required option not given', ['explore', 'fixtures/telephone-survey.csv'], 2, "required option '--vars <columns>' not given (csat explore --help shows an example)", "缺少必需的选项 '--vars <columns>'（csat explore --help 有示例）"],
    [
      'two data files',
      ['reliability', ok, ok, '--items', 'Q1,Q3'],
      2,
      "too many arguments for 'reliability': expected 1, got 2 (quote a value that contains spaces)",
      "'reliability' 的参数过多：应为 1 个，实际 2 个（含空格的值请加引号）",
    ],
  ];

  it.each(cases)('%s: one line in English by default and with --lang en, same exit code', (_, args, code, en) => {
    for (const extra of [[], ['--lang', 'en']]) {
      const r = csat([...args, ...extra]);
      expect(r.code).toBe(code);
      expect(r.stderr).toBe(`csat: ${en}\n`);
    }
  });

  it.each(cases)('%s: one line in Chinese with --lang zh and with LANG=zh_CN.UTF-8, same exit code', (_, args, code, __, zh) => {
    for (const [extra, env] of [
      [['--lang', 'zh'], {}],
      [['--lang=zh'], {}],
      [[], { LANG: 'zh_CN.UTF-8' }],
    ] as [string[], Record<string, string>][]) {
      const r = csat([...args, ...extra], { env });
      expect(r.code).toBe(code);
      expect(r.stderr).toBe(`csat: ${zh}\n`);
    }
  });

  it('an option without its value, last on the line (else it takes the next word as its value)', () => {
    for (const [env, line] of [
      [{ LANG: 'C' }, "option '--missing <codes>' needs a value"],
      [{ LANG: 'zh_CN.UTF-8' }, "选项 '--missing <codes>' 缺少取值"],
    ] as const) {
      const r = csat(['describe', ok, '--missing'], { env });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`csat: ${line}\n`);
    }
  });

  it('--lang en wins over a Chinese locale', () => {
    const r = csat(['describe', missing, '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.stderr).toBe(`csat: Cannot read ${missing}: no such file.\n`);
  });

  it('data warnings follow --lang too', () => {
    const w = file('w.csv', 'Q1,w\n1,\n2,3\n');
    const en = csat(['describe', w, '--vars', 'Q1', '--weight', 'w']);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe("csat: warning: weight column 'w': 1 missing weight; those cases are left out, as SPSS WEIGHT BY does.\n");
    const zh = csat(['describe', w, '--vars', 'Q1', '--weight', 'w', '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toBe("csat: 警告: 权重列 'w'：1 个缺失权重；这些个案已排除在外，与 SPSS WEIGHT BY 的做法相同。\n");
  });
});

describe('--help in Chinese under --lang zh or a Chinese locale', () => {
  const HAN = /\p{Script=Han}/u;
  it('csat --help and csat reliability --help: headings, commands and options described in Chinese', () => {
    const top = csat(['--help', '--lang', 'zh']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^用法：/);
    expect(top.stdout).toContain('选项：');
    expect(top.stdout).toContain('命令：');
    expect(top.stdout).toContain('显示版本号');
    expect(top.stdout).not.toMatch(/Usage:|Options:|Commands:|display help|output the version/);
    const rel = csat(['reliability', '--help', '--lang', 'zh']);
    expect(rel.stdout).toContain('克隆巴赫 Alpha 及项总计统计');
    expect(rel.stdout).toContain('参数：');
    expect(rel.stdout).toContain('（默认："0.95"）');
    expect(rel.stdout).toContain('示例：');
    expect(rel.stdout).not.toMatch(/\(default|Example:|confidence level/);
    // The locale decides when --lang is not given; --lang wins over it.
    expect(csat(['kmo', '--help'], { env: { LC_ALL: 'zh_CN.UTF-8' } }).stdout).toContain('巴特利特球形度检验');
    expect(csat(['kmo', '--help'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toContain('巴特利特球形度检验');
    expect(csat(['kmo', '--help', '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toContain("Bartlett's test of sphericity");
  });

  it('every command, argument and visible option has a Chinese description, and English stays English', () => {
    const zh = buildProgram('zh');
    const en = buildProgram('en');
    const walk = (cmd: Command, other: Command, path: string) => {
      const described: [string, string, string][] = [[path, cmd.description(), other.description()]];
      for (const [i, a] of cmd.registeredArguments.entries()) described.push([`${path} <${a.name()}>`, a.description, other.registeredArguments[i].description]);
      const visible = (o: Option) => !o.hidden;
      const otherOptions = other.options.filter(visible);
      for (const [i, o] of cmd.options.filter(visible).entries()) described.push([`${path} ${o.flags}`, o.description, otherOptions[i].description]);
      for (const [what, zhText, enText] of described) {
        expect(zhText, `${what} has no Chinese description`).toMatch(HAN);
        expect(enText, `${what} has no English description`).toMatch(/[a-z]/);
        expect(enText, `${what}: English help with Chinese words`).not.toBe(zhText);
      }
      cmd.commands.forEach((sub, i) => walk(sub, other.commands[i], `${path} ${sub.name()}`));
    };
    walk(zh, en, 'csat');
    // Built last in Chinese, the program's English help is back to English.
    expect(buildProgram().commands[0].description()).toMatch(/^the whole paper's analysis/);
  });
});
