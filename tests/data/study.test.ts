import { describe, expect, it } from 'vitest';
import { parseStudy } from '../../src/data/study.js';
import { CsatError } from '../../src/errors.js';
import { say } from '../../src/report/i18n.js';

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
    // Wrong type, with zod's English kept word for word.
    ['distributed: many\n', 'distributed: Invalid input: expected number, received string', 'distributed：类型不对：应为数字，实际为文本'],
    ['distributed: 2.5\n', 'distributed: Invalid input: expected int, received number', 'distributed：类型不对：应为整数，实际为数字'],
    ['missing: 5\n', 'missing: Invalid input: expected array, received number', 'missing：类型不对：应为列表，实际为数字'],
    ['labels: [1]\n', 'labels: Invalid input: expected record, received array', 'labels：类型不对：应为映射（键: 值），实际为列表'],
    ['title: true\n', 'title: Invalid input: expected string, received boolean', 'title：类型不对：应为文本，实际为布尔值'],
    ['scaleRange: [a, 2]\n', 'scaleRange.0: Invalid input: expected number, received string', 'scaleRange.0：类型不对：应为数字，实际为文本'],
    // Out of range, too short or too long.
    ['distributed: 0\n', 'distributed: Too small: expected number to be >0', 'distributed：数字太小：应大于 0'],
    ['thresholds: {alpha: 7}\n', 'thresholds.alpha: Too big: expected number to be <=1', 'thresholds.alpha：数字太大：应小于或等于 1'],
    ['items: []\n', 'items: Too small: expected array to have >=1 items', 'items：列表太短：应至少有 1 项'],
    ["items: ''\n", 'items: Too small: expected string to have >=1 characters', 'items：文本太短：应至少有 1 个字符'],
    ['scaleRange: [1, 2, 3]\n', 'scaleRange: Too big: expected array to have <=2 items', 'scaleRange：列表太长：应最多有 2 项'],
    // Not a column selection; the scale range upside down; the whole file not a mapping.
    ['scales:\n  A: 3\n', 'scales.A: Invalid input', 'scales.A：值无效：应为一个列名或列名的列表'],
    ['scaleRange: [5, 1]\n', 'scaleRange: the minimum must be below the maximum', 'scaleRange：最小值必须小于最大值'],
    ['- 1\n', '(top level): Invalid input: expected object, received array', '（顶层）：类型不对：应为映射（键: 值），实际为列表'],
  ])('%j', (source, en, zh) => {
    const line = source.includes('\n  ') ? 2 : 1;
    expect(problem(source)).toEqual({ en: `s.yml, line ${line}: ${en}`, zh: `s.yml，第 ${line} 行：${zh}`, code: 2 });
  });

  it('an unknown key lists the known ones', () => {
    const p = problem('title: x\nitemz: [Q1]\n');
    expect(p.en).toMatch(/^s\.yml, line 2: unknown key 'itemz' \(known: title, data, encoding, .*, targets\)$/);
    expect(p.zh).toMatch(/^s\.yml，第 2 行：未知的键 'itemz'（可用的键：title、data、encoding、.*、targets）$/);
  });

  it('text that is not YAML keeps the parser\'s own words inside a Chinese sentence', () => {
    const p = problem('a: 1\na: 2\n');
    expect(p.en).toMatch(/^s\.yml, line 2: not valid YAML\/JSON \(Map keys must be unique/);
    expect(p.zh).toMatch(/^s\.yml，第 2 行：不是有效的 YAML\/JSON（Map keys must be unique.*）$/);
  });

  it('a valid study parses', () => {
    expect(parseStudy('items: [Q1..Q5]\nscaleRange: [1, 5]\n', 's.yml').scaleRange).toEqual([1, 5]);
  });
});
