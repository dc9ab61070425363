import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parseStudy, readStudy } from '../../src/data/study.js';
import { CsatError } from '../../src/errors.js';
import { say } from '../../src/i18n/index.js';

/** The error a study text raises, in English (its message) and in Chinese (its label). */
function problem(source: string): { en: string; zh: string; code: number } {
  try {
    parseStudy(source, 's.yml');
  } catch (e) {
    if (!(e instanceof CsatError) || !e.label) throw e;
    return { en: e.message, zh: say(e.label, 'zh'), code: e.exitCode };
  }
  throw new Error(`no error for ${JSON.stringify(source)}`);
}

describe('study file problems read in English and Chinese', () => {
  it.each([
    // Wrong type: what was expected and what the file holds.
    ['distributed: many\n', "distributed: expected a number, got 'many'", "distributed：类型不对：应为数字，实际为 'many'"],
    ['distributed: 2.5\n', 'distributed: expected a whole number, got 2.5', 'distributed：类型不对：应为整数，实际为 2.5'],
    ['missing: 5\n', 'missing: expected a list, got 5', 'missing：类型不对：应为列表，实际为 5'],
    ['labels: [1]\n', 'labels: expected a mapping (name: value), got a list', 'labels：类型不对：应为映射（键: 值），实际为列表'],
    ['title: true\n', 'title: expected text, got true', 'title：类型不对：应为文本，实际为 true'],
    ['scaleRange: [a, 2]\n', "scaleRange.0: expected a number, got 'a'", "scaleRange.0：类型不对：应为数字，实际为 'a'"],
    // Out of range, too short or too long.
    ['distributed: 0\n', 'distributed: must be greater than 0', 'distributed：必须大于 0'],
    ['thresholds: {alpha: 7}\n', 'thresholds.alpha: must be at most 1', 'thresholds.alpha：必须小于或等于 1'],
    ['thresholds: {cfi: 1.5}\n', 'thresholds.cfi: must be at most 1', 'thresholds.cfi：必须小于或等于 1'],
    ['thresholds: {rmsea: 0}\n', 'thresholds.rmsea: must be greater than 0', 'thresholds.rmsea：必须大于 0'],
    ['items: []\n', 'items: must list at least 1 item(s)', 'items：列表至少需要 1 项'],
    ["items: ''\n", 'items: must have at least 1 character(s)', 'items：至少需要 1 个字符'],
    ['scaleRange: [1, 2, 3]\n', 'scaleRange: must list at most 2 item(s)', 'scaleRange：列表最多只能有 2 项'],
    // Not a column selection; the scale range upside down; the whole file not a mapping.
    ['scales:\n  A: 3\n', 'scales.A: expected a column name or a list of column names', 'scales.A：值无效：应为一个列名或列名的列表'],
    ['scaleRange: [5, 1]\n', 'scaleRange: the minimum must be below the maximum', 'scaleRange：最小值必须小于最大值'],
    ['- 1\n', '(top level): expected a mapping (key: value), got a list', '（顶层）：类型不对：应为映射（键: 值），实际为列表'],
  ])('%j', (source, en, zh) => {
    const line = source.includes('\n  ') ? 2 : 1;
    expect(problem(source)).toEqual({ en: `s.yml, line ${line}: ${en}`, zh: `s.yml，第 ${line} 行：${zh}`, code: 2 });
  });

  it('an unknown key lists the known ones', () => {
    const p = problem('title: x\nitemz: [Q1]\n');
    expect(p.en).toMatch(/^s\.yml, line 2: unknown key 'itemz' \(known: title, data, encoding, .*, targets, model, paths, fit, posthoc, groups, variables\)$/);
    expect(p.zh).toMatch(/^s\.yml，第 2 行：未知的键 'itemz'（可用的键：title、data、encoding、.*、targets、model、paths、fit、posthoc、groups、variables）$/);
  });

  it('an unknown key inside a mapping lists the keys allowed there, with its own line', () => {
    const p = problem('title: x\nthresholds:\n  alpha: 0.7\n  beta: 1\n');
    const known = ['alpha', 'kmo', 'pvalue', 'cmindf', 'gfi', 'agfi', 'nfi', 'ifi', 'tli', 'cfi', 'rmsea', 'pclose', 'srmr', 'rmr'];
    expect(p.en).toBe(`s.yml, line 4: unknown key 'thresholds.beta' (known: ${known.join(', ')})`);
    expect(p.zh).toBe(`s.yml，第 4 行：未知的键 'thresholds.beta'（可用的键：${known.join('、')}）`);
  });

  it('scales written as a list of {name, items} instead of a mapping says what was expected', () => {
    expect(problem('scales:\n  - name: A\n    items: [q1]\n').en).toBe('s.yml, line 2: scales: expected a mapping (name: value), got a list');
  });

  it.each([
    ['a: 1\na: 2\n', 'line 2: not valid YAML/JSON (column 1: a key appears twice in one mapping)', '第 2 行：不是有效的 YAML/JSON（第 1 列：同一映射中有重复的键）'],
    [
      'title: [unclosed\nitems: a\n',
      'line 2: not valid YAML/JSON (column 1: the indentation is wrong, or a [ list ] or { mapping } is not closed)',
      '第 2 行：不是有效的 YAML/JSON（第 1 列：缩进不正确，或 [ 列表 ] / { 映射 } 没有闭合）',
    ],
    ['a:\n\tb: 1\n', 'line 2: not valid YAML/JSON (column 1: a tab is used for indentation; use spaces)', '第 2 行：不是有效的 YAML/JSON（第 1 列：用制表符缩进了，请改用空格）'],
    ['a: "abc\n', 'line 2: not valid YAML/JSON (column 1: a closing quote or bracket is missing)', '第 2 行：不是有效的 YAML/JSON（第 1 列：缺少右引号或右括号）'],
  ])('YAML syntax errors are one sentence in the user\'s language: %j', (source, en, zh) => {
    const p = problem(source);
    expect(p).toEqual({ en: `s.yml, ${en}`, zh: `s.yml，${zh}`, code: 2 });
  });

  it('an alias bomb and an unresolved alias are usage errors, not internal ones', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 7; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const bomb = problem(levels.join('\n') + '\n');
    expect(bomb.code).toBe(2);
    expect(bomb.en).toBe('s.yml: not valid YAML/JSON (it expands more than 100 aliases (*name), as a file built to exhaust memory does)');
    expect(bomb.zh).toBe('s.yml：不是有效的 YAML/JSON（其中展开的别名（*名称）超过 100 个，像是为耗尽内存而构造的文件）');
    expect(problem('a: *nope\n')).toEqual({
      en: 's.yml: not valid YAML/JSON (the alias *nope has no anchor &nope before it)',
      zh: 's.yml：不是有效的 YAML/JSON（别名 *nope 之前没有对应的锚点 &nope）',
      code: 2,
    });
  });

  it('a valid study parses', () => {
    expect(parseStudy('items: [Q1..Q5]\nscaleRange: [1, 5]\n', 's.yml').scaleRange).toEqual([1, 5]);
  });
});

describe('study files are decoded as data files are', () => {
  // Notepad on a Chinese Windows saves GBK; read as UTF-8 the Chinese keys all became U+FFFD and
  // the file was "not valid YAML (Map keys must be unique)".
  const text = readFileSync('fixtures/bank-survey.yml', 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'csat-study-'));
  it.each([
    ['GBK', iconv.encode(text, 'gbk')],
    ['GB18030', iconv.encode(text, 'gb18030')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with BOM', iconv.encode(text, 'utf16le', { addBOM: true })],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')])],
  ])('%s', async (name, bytes) => {
    const file = join(dir, `${name}.yml`);
    writeFileSync(file, bytes);
    const study = await readStudy(file);
    expect(study.title).toBe('银行客户满意度调查');
    expect(Object.keys(study.scales ?? {})).toEqual(['银行形象', '银行产品', '客户关系', '服务质量', '网点环境']);
    expect(study.labels).toEqual({ 非常不满意: 1, 不满意: 2, 一般: 3, 满意: 4, 非常满意: 5 });
  });
});
