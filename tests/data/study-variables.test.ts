import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseStudy } from '../../src/data/study.js';
import { applyStudyVariables } from '../../src/data/study-variables.js';
import { sourceFromBuffer } from '../../src/data/read.js';
import { toDataset } from '../../src/data/convert.js';
import { detectLikertItems } from '../../src/data/detect.js';
import { groupingOf } from '../../src/analyses/grouping.js';
import { CsatError, EXIT } from '../../src/errors.js';
import { say } from '../../src/i18n/index.js';
import { csat } from '../helpers/cli.js';

const root = path.resolve(__dirname, '../..');
/** Frequencies and means by R (fixtures/oracle/study-variables.R, which also wrote the survey). */
const oracle = JSON.parse(readFileSync(path.join(root, 'fixtures/expected/study-variables.json'), 'utf8'));

const CSV = ['3、贵行的社会声誉良好：,Q4,性别,tenure,region', '5,很满意,1,1-3年,北区', '4,一般,2,5年以上,南区', '2,不满意,1,1年以下,东区', '1,很不满意,2,1-3年,北区'].join('\n');
const read = (study: string, csv = CSV) => applyStudyVariables(sourceFromBuffer(Buffer.from(csv), 's.csv'), parseStudy(study, 'study.yml'));

function problem(fn: () => unknown): { code: number; en: string; zh: string } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CsatError);
    const err = e as CsatError;
    return { code: err.exitCode, en: say(err.label!, 'en'), zh: say(err.label!, 'zh') };
  }
  throw new Error('expected an error');
}

describe("the study file's variables: key", () => {
  const STUDY = [
    'variables:',
    '  "3、贵行的社会声誉良好：": {name: Q3, label: 贵行的社会声誉良好}',
    '  Q3..Q4: {values: {1: 很不满意, 2: 不满意, 3: 一般, 4: 满意, 5: 很满意}, level: ordinal}',
    '  性别: {name: gender, values: {1: 男, 2: 女}, level: nominal}',
    '  region: {order: [东区, 南区, 北区]}',
    '',
  ].join('\n');

  it('renames, labels, value labels on codes and on text answers, order and level', () => {
    const src = read(STUDY);
    expect(src.names).toEqual(['Q3', 'Q4', 'gender', 'tenure', 'region']);
    const ds = toDataset(src, ['Q3', 'Q4', 'gender', 'tenure', 'region']);
    const [q3, q4, gender, tenure, region] = ds.variables;
    expect(q3.label).toBe('贵行的社会声誉良好');
    expect([...q3.labels]).toEqual([[1, '很不满意'], [2, '不满意'], [3, '一般'], [4, '满意'], [5, '很满意']]);
    expect(q3.answerScale).toEqual([1, 5]);
    expect(q3.measure).toBe('ordinal');
    // Text answers equal to the declared labels are read as their codes.
    expect(q4.kind).toBe('labelled');
    expect(Array.from(q4.values)).toEqual([5, 3, 2, 1]);
    expect([...gender.labels.values()]).toEqual(['男', '女']);
    expect(gender.measure).toBe('nominal');
    expect([...tenure.labels.values()]).toEqual(['1年以下', '1-3年', '5年以上']);
    expect([...region.labels.values()]).toEqual(['东区', '南区', '北区']);
    expect(Array.from(region.values)).toEqual([3, 2, 1, 3]);
    expect(groupingOf(ds, 'region').levels.map((l) => l.label)).toEqual(['东区', '南区', '北区']);
    // A nominal column is never taken for a rating.
    const found = detectLikertItems(src, {}, []);
    expect(found.find((f) => f.name === 'gender')?.item).toBe(false);
  });

  it('categories the order leaves out follow it, with a warning; the codes of listed ones stay put', () => {
    const ds = toDataset(read('variables:\n  region: {order: [南区, 西区]}\n'), ['region']);
    expect([...ds.variables[0].labels]).toEqual([[1, '南区'], [2, '西区'], [3, '北区'], [4, '东区']]);
    expect(ds.warnings.join('\n')).toMatch(/study\.yml, line 2: variables\.region\.order: column 'region' has 2 categories the order does not list \(北区, 东区\)/);
  });

  it('bad keys are one sentence naming the key and its line (exit 2), in both languages', () => {
    const cases: [string, RegExp][] = [
      ['variables:\n  Q9: {label: x}\n', /^study\.yml, line 2: variables\.Q9: no column 'Q9'/],
      ['variables:\n  性别:\n    lvl: nominal\n', /^study\.yml, line 3: unknown key 'variables\.性别\.lvl' \(known: name, label, values, order, level\)/],
      ['variables:\n  性别: {level: interval}\n', /^study\.yml, line 2: variables\.性别\.level: must be one of scale, ordinal, nominal/],
      ['variables:\n  性别:\n    values: {one: 男}\n', /^study\.yml, line 3: variables\.性别\.values: 'one' is not a number/],
      ['variables:\n  Q4..性别: {name: X}\n', /^study\.yml, line 2: variables\.Q4\.\.性别\.name: 'Q4\.\.性别' selects 2 columns/],
      ['variables:\n  性别: {name: Q4}\n', /^study\.yml, line 2: variables\.性别\.name: 'Q4' is already the name of column 'Q4'/],
      ['variables:\n  Q4: {order: [a, b]}\n', /^study\.yml, line 2: variables\.Q4\.order: column 'Q4' holds numbers or coded answers/],
    ];
    for (const [study, re] of cases) {
      const p = problem(() => toDataset(read(study + 'labels: {很不满意: 1, 不满意: 2, 一般: 3, 满意: 4, 很满意: 5}\n'), ['Q4']));
      expect(p.code).toBe(EXIT.usage);
      expect(p.en).toMatch(re);
      expect(p.en).not.toMatch(/\n/);
      expect(p.zh).not.toBe(p.en);
    }
  });

  it('csat analyze --study: the columns by their new names, value labels and declared order in the frequency tables, as R counts them', () => {
    const r = csat(['analyze', '--study', 'fixtures/study-variables/study.yml', '-f', 'json', '--lang', 'zh']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout).results;
    const byName = new Map(res.descriptives.variables.map((v: { name: string }) => [v.name, v]));
    for (const name of ['tenure', 'gender', 'region', 'Q3']) {
      const freq = (byName.get(name) as { frequencies: Record<string, unknown>[] }).frequencies;
      expect(freq.map(({ label, count, percent, validPercent, cumulativePercent }) => ({ label, count, percent, validPercent, cumulativePercent }))).toEqual(
        oracle[name].map((f: Record<string, number>) => ({ ...f, percent: expect.closeTo(f.percent, 10), validPercent: expect.closeTo(f.validPercent, 10), cumulativePercent: expect.closeTo(f.cumulativePercent, 10) })),
      );
    }
    for (const q of ['Q3', 'Q4', 'Q5', 'Q6']) expect((byName.get(q) as { mean: number }).mean).toBeCloseTo(oracle.means[q], 12);
    expect((byName.get('overall') as { mean: number }).mean).toBeCloseTo(oracle.overall, 12);
    expect(res.reliability.scales[0].items).toEqual(['Q3', 'Q4', 'Q5', 'Q6']);
    const text = csat(['analyze', '--study', 'fixtures/study-variables/study.yml', '--lang', 'zh']).stdout;
    expect(text).toMatch(/│ 有效\s*│ 男\s*│\s*32 │/);
  });
});
