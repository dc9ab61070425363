import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  PRESETS,
  PRESET_LOOKUPS,
  chooseLookup,
  bestPartialLookup,
  normalizeLabel,
  parseLabelMap,
  labelMapFromObject,
  userLookup,
} from '../../src/data/labels.js';
import { CsatError, EXIT, UsageError } from '../../src/errors.js';

function usage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    expect((e as CsatError).exitCode).toBe(EXIT.usage);
    return (e as Error).message;
  }
  throw new Error('expected a UsageError');
}

const codes = (texts: string[], user: Map<string, number> | null = null): number[] | null => {
  const l = chooseLookup(texts, user ? userLookup(user) : null);
  return l ? texts.map((t) => l.codes.get(normalizeLabel(t))!) : null;
};

describe('presets', () => {
  it('every preset is well formed: codes 1..k, variants inside the range, no label on two codes', () => {
    for (const p of PRESETS) {
      expect([5, 7]).toContain(p.labels.length);
      for (const c of Object.values(p.variants)) expect(c >= 1 && c <= p.labels.length).toBe(true);
      const keys = p.labels.map(normalizeLabel);
      expect(new Set(keys).size).toBe(keys.length);
      for (const v of Object.keys(p.variants)) expect(keys).not.toContain(normalizeLabel(v));
    }
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
  });

  it('the four scales the issue names, 5-point', () => {
    expect(codes(['非常不满意', '不满意', '一般', '满意', '非常满意'])).toEqual([1, 2, 3, 4, 5]);
    expect(codes(['非常不同意', '不同意', '一般', '同意', '非常同意'])).toEqual([1, 2, 3, 4, 5]);
    expect(codes(['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'])).toEqual([1, 2, 3, 4, 5]);
    expect(codes(['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'])).toEqual([1, 2, 3, 4, 5]);
  });

  it('common Chinese variants on the 5-point scale', () => {
    expect(codes(['非常不满意', '比较不满意', '一般', '比较满意', '非常满意'])).toEqual([1, 2, 3, 4, 5]);
    expect(codes(['很不满意', '不太满意', '说不清', '满意', '很满意'])).toEqual([1, 2, 3, 4, 5]);
    expect(chooseLookup(['很不满意', '不太满意'], null)!.id).toBe('zh-satisfaction-5');
    expect(codes(['很不同意', '比较同意', '完全同意'])).toEqual([1, 4, 5]);
    expect(codes(['非常不重要', '不太重要', '一般', '比较重要', '非常重要'])).toEqual([1, 2, 3, 4, 5]);
  });

  it('7-point when the texts need it (满意 and 比较满意 both present)', () => {
    const seven = ['非常不满意', '不满意', '比较不满意', '一般', '比较满意', '满意', '非常满意'];
    expect(codes(seven)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(chooseLookup(['满意', '比较满意'], null)!.id).toBe('zh-satisfaction-7');
    expect(codes(['Strongly disagree', 'Somewhat disagree', 'Disagree', 'Neutral', 'Agree', 'Somewhat agree', 'Strongly agree'])).toEqual([1, 3, 2, 4, 6, 5, 7]);
    expect(codes(['Extremely dissatisfied', 'Moderately satisfied', 'Slightly dissatisfied'])).toEqual([1, 6, 3]);
  });

  it('English matching ignores case and whitespace', () => {
    expect(codes(['  strongly AGREE ', 'Strongly   disagree', 'agree'])).toEqual([5, 1, 4]);
    expect(normalizeLabel('  Very \t satisfied ')).toBe('very satisfied');
    expect(normalizeLabel('\u3000满意\u3000')).toBe('满意');
  });

  it('no preset for unknown text; the partial lookup explains most of it', () => {
    expect(chooseLookup(['男', '女'], null)).toBeNull();
    expect(bestPartialLookup(['男', '女'], null)).toBeNull();
    expect(chooseLookup(['满意', '很好'], null)).toBeNull();
    expect(bestPartialLookup(['满意', '很好', '一般'], null)!.id).toBe('zh-satisfaction-5');
  });

  it('a user map comes first, and may give two texts one code', () => {
    expect(codes(['差', '一般', '好'], new Map([['差', 1], ['一般', 2], ['好', 3]]))).toEqual([1, 2, 3]);
    expect(codes(['好', '很好'], new Map([['好', 4], ['很好', 4]]))).toEqual([4, 4]);
    // Texts the user map does not cover fall back to a preset that covers them all.
    expect(codes(['满意', '一般'], new Map([['差', 1]]))).toEqual([4, 3]);
  });

  it('preset lookups include every variant', () => {
    const zh5 = PRESET_LOOKUPS.find((l) => l.id === 'zh-satisfaction-5')!;
    expect(zh5.codes.get('比较满意')).toBe(4);
    expect(zh5.display.get(4)).toBe('满意');
  });
});

describe('parseLabelMap', () => {
  it('pairs with = or ＝, commas or full-width commas', () => {
    expect([...parseLabelMap('差=1,一般=2,好=3')]).toEqual([['差', 1], ['一般', 2], ['好', 3]]);
    expect([...parseLabelMap(' 差 = 1 ，好＝3 ,')]).toEqual([['差', 1], ['好', 3]]);
    expect([...parseLabelMap('a=b=2')]).toEqual([['a=b', 2]]);
    expect([...parseLabelMap('Not sure=-1,Yes=1.5')]).toEqual([['Not sure', -1], ['Yes', 1.5]]);
  });

  it('bad pairs are usage errors', () => {
    expect(usage(() => parseLabelMap(''))).toBe('--labels: expected pairs such as "差=1,一般=2,好=3" or a JSON file.');
    expect(usage(() => parseLabelMap('差=1,好'))).toBe("--labels: '好' is not a label=code pair.");
    expect(usage(() => parseLabelMap('=1'))).toBe("--labels: '=1' is not a label=code pair.");
    expect(usage(() => parseLabelMap('好=x'))).toBe("--labels: in '好=x', 'x' is not a number.");
    expect(usage(() => parseLabelMap('好=1,好=2'))).toBe("--labels: the label '好' is given two codes (1 and 2).");
    expect(usage(() => parseLabelMap('Good=1,good=2'))).toMatch(/given two codes/);
    expect(usage(() => parseLabelMap('nothing-here'))).toBe("--labels: 'nothing-here' is neither label=code pairs (such as \"差=1,一般=2\") nor an existing JSON file.");
  });

  it('a JSON file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'csat-labels-'));
    const good = path.join(dir, 'labels.json');
    writeFileSync(good, '\uFEFF{"差": 1, "一般": 2, "好": 3}');
    expect([...parseLabelMap(good)]).toEqual([['差', 1], ['一般', 2], ['好', 3]]);
    const noExt = path.join(dir, 'labels');
    writeFileSync(noExt, '{"a": 1}');
    expect([...parseLabelMap(noExt)]).toEqual([['a', 1]]);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"差": 1,');
    expect(usage(() => parseLabelMap(bad))).toMatch(/^--labels: .*bad\.json is not valid JSON/);
    const wrong = path.join(dir, 'wrong.json');
    writeFileSync(wrong, '{"差": "1"}');
    expect(usage(() => parseLabelMap(wrong))).toMatch(/the code of '差' must be a number, not "1"/);
    writeFileSync(wrong, '[1, 2]');
    expect(usage(() => parseLabelMap(wrong))).toMatch(/expected an object of label: code pairs/);
    expect(usage(() => parseLabelMap(path.join(dir, 'missing.json')))).toMatch(/^--labels: cannot read the label file .*missing\.json\.$/);
  });

  it('labelMapFromObject (the study file)', () => {
    expect([...labelMapFromObject({ 非常不满意: 1, 非常满意: 5 }, 'study.yml labels')]).toEqual([['非常不满意', 1], ['非常满意', 5]]);
    expect(usage(() => labelMapFromObject({}, 'study.yml labels'))).toBe('study.yml labels: the label map is empty.');
    expect(usage(() => labelMapFromObject({ a: Number.NaN }, 'x'))).toMatch(/must be a number/);
  });
});
