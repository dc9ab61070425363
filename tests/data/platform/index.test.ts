// The survey-platform layouts (src/data/platform): each export of fixtures/platforms (made by
// fixtures/generate/platforms.mjs from one set of answers) is detected, its metadata columns are
// marked, its question texts become labels, its skip codes are missing, and its items read as the
// same numbers as the plain CSV of those answers; alpha equals psych::alpha on the plain CSV.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readSource } from '../../../src/data/read.js';
import { toDataset } from '../../../src/data/convert.js';
import { detectLikertItems } from '../../../src/data/detect.js';
import { applyShape, detectPlatform, parsePlatform } from '../../../src/data/platform/index.js';
import { csat } from '../../helpers/cli.js';

const fx = (f: string) => `fixtures/platforms/${f}`;
const oracle = JSON.parse(readFileSync('fixtures/expected/platforms.json', 'utf8')) as { alpha: number; n: number };
const asJson = (x: Float64Array) => Array.from(x, (v) => (Number.isNaN(v) ? null : v));

const EXPORTS = [
  { file: 'wjx-text.csv', platform: 'wjx', items: ['Q3', 'Q4', 'Q5', 'Q6', 'Q7'], metadata: 6, label: '贵行的服务态度很好', encoding: 'utf-8' },
  { file: 'wjx-codes-gbk.csv', platform: 'wjx', items: ['Q3', 'Q4', 'Q5', 'Q6', 'Q7'], metadata: 6, label: '贵行的服务态度很好', encoding: 'gb18030' },
  { file: 'qualtrics.csv', platform: 'qualtrics', items: ['Q3_1', 'Q3_2', 'Q3_3', 'Q3_4', 'Q3_5'], metadata: 17, label: 'How much do you agree with each statement? - The staff were friendly', encoding: 'utf-8' },
  { file: 'surveymonkey.csv', platform: 'surveymonkey', items: ['Q3_1', 'Q3_2', 'Q3_3', 'Q3_4', 'Q3_5'], metadata: 9, label: 'How much do you agree with each statement? - The staff were friendly', encoding: 'utf-8' },
  { file: 'google.csv', platform: 'google', items: ['Q3_1', 'Q3_2', 'Q3_3', 'Q3_4', 'Q3_5'], metadata: 1, label: 'How much do you agree with each statement? [The staff were friendly]', encoding: 'utf-8' },
] as const;

describe('survey-platform exports', async () => {
  const plain = toDataset(await readSource(fx('plain.csv')), ['s1', 's2', 's3', 's4', 's5'], {});
  for (const e of EXPORTS) {
    it(`${e.file}: detected as ${e.platform}, metadata marked, labels read, items equal to the plain CSV`, async () => {
      const src = await readSource(fx(e.file));
      expect(src.platform?.id).toBe(e.platform);
      expect(src.encoding).toBe(e.encoding);
      expect(src.rows).toBe(120);
      expect(src.platform!.metadata).toHaveLength(e.metadata);
      const ds = toDataset(src, [...e.items], {});
      expect(ds.input.platform).toBe(e.platform);
      expect(ds.variables[0].label).toBe(e.label);
      ds.variables.forEach((v, k) => expect([v.name, asJson(v.values)]).toEqual([v.name, asJson(plain.variables[k].values)]));
      // No skip code is an answer, and no warning was needed for the platform's own codes.
      expect(ds.warnings).toEqual([]);
      // The metadata columns are never items; the five items are.
      const detected = detectLikertItems(src, {}, []);
      const items = detected.filter((c) => c.item).map((c) => c.name);
      expect(items).toEqual(expect.arrayContaining([...e.items]));
      for (const m of src.platform!.metadata) expect(detected.find((c) => c.name === m)?.item).toBe(false);
    });
  }

  it('问卷星 sub-columns "8(选项)" are grouped as one question Q8_1.. with the option as label', async () => {
    const src = await readSource(fx('wjx-codes-gbk.csv'));
    expect(src.platform!.groups).toEqual([{ name: 'Q8', columns: ['Q8_1', 'Q8_2', 'Q8_3'] }]);
    expect(src.labels![src.names.indexOf('Q8_2')]).toBe('手机银行');
  });

  it('SurveyMonkey: a multi-select spread over columns is one group of named columns', async () => {
    const src = await readSource(fx('surveymonkey.csv'));
    expect(src.platform!.groups.map((g) => [g.name, g.columns])).toEqual([
      ['Q3', ['Q3_1', 'Q3_2', 'Q3_3', 'Q3_4', 'Q3_5']],
      ['Q4', ['Q4_1', 'Q4_2', 'Q4_3']],
    ]);
    expect(src.labels![src.names.indexOf('Q4_2')]).toBe('Which channels do you use? - Mobile app');
  });

  it('--platform none reads the file as it is; a plain CSV is no platform', async () => {
    const src = await readSource(fx('qualtrics.csv'), { platform: 'none' });
    expect(src.platform).toBeUndefined();
    expect(src.rows).toBe(122);
    expect(detectPlatform(await readSource(fx('plain.csv')))).toBeNull();
    expect(() => parsePlatform('spss')).toThrow(/--platform must be one of wjx, qualtrics, surveymonkey, google, none/);
  });

  it('--header-rows N takes rows 2..N as labels; --skip-rows N skips lines before the header', async () => {
    const src = await readSource(fx('qualtrics.csv'), { headerRows: 3 });
    expect(src.platform).toBeUndefined();
    expect(src.rows).toBe(120);
    expect(src.labels![src.names.indexOf('Q1')]).toBe('What is your gender? - {"ImportId":"QID1"}');
    const skipped = await readSource(fx('qualtrics.csv'), { skipRows: 2, platform: 'none' });
    expect(skipped.names[0]).toBe('{"ImportId":"startDate"}');
    expect(skipped.rows).toBe(120);
    // Shapes apply to a Source from any reader, e.g. a worksheet.
    const shaped = applyShape({ file: 'x', encoding: 'utf-8', delimiter: ',', names: ['a', 'b'], cells: [['A', '1', '2'], ['B', '3', '4']], rows: 3 }, { headerRows: 2 });
    expect([shaped.labels, shaped.rows]).toEqual([['A', 'B'], 2]);
  });

  it('reliability of every export equals psych::alpha on the plain CSV', () => {
    for (const e of EXPORTS) {
      const r = csat(['reliability', fx(e.file), '--items', e.items.join(','), '-f', 'json']);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.input.platform).toBe(e.platform);
      const scale = out.results.scales[0];
      expect(scale.n).toBe(oracle.n);
      expect(Math.abs(scale.alpha - oracle.alpha) / oracle.alpha).toBeLessThan(1e-9);
    }
  });

  it('the text output says which platform the file was read as', () => {
    const r = csat(['describe', fx('wjx-text.csv'), '--vars', 'Q3']);
    expect(r.stdout.split('\n')[0]).toBe('Read as a 问卷星 (wjx) export: 6 metadata columns (序号, 提交答卷时间, 所用时间, 来源, 来源详情, 来自IP) left out of the items.');
  });
});
