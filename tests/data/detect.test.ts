import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { describeDetection, detectLikertItems, outcomeByName, type DetectedColumn } from '../../src/data/detect.js';
import { sourceFromBuffer } from '../../src/data/read.js';
import type { ConvertOptions } from '../../src/data/convert.js';
import { say } from '../../src/i18n/index.js';
import { csat } from '../helpers/cli.js';

function detect(file: string, opts: ConvertOptions = {}, exclude: string[] = []): DetectedColumn[] {
  return detectLikertItems(sourceFromBuffer(readFileSync(file), file), opts, exclude);
}

function detectCsv(csv: string, opts: ConvertOptions = {}): DetectedColumn[] {
  return detectLikertItems(sourceFromBuffer(Buffer.from(csv), 't.csv'), opts, []);
}

const items = (found: DetectedColumn[]) => found.filter((f) => f.item).map((f) => f.name);
const reason = (found: DetectedColumn[], name: string, lang: 'en' | 'zh' = 'en') => say(found.find((f) => f.name === name)!.reason, lang);

/** A CSV of `rows` rows, each column given as a function of the row number. */
function csv(columns: Record<string, (i: number) => string | number>, rows = 40): string {
  const names = Object.keys(columns);
  const lines = [names.join(',')];
  for (let i = 0; i < rows; i++) lines.push(names.map((n) => String(columns[n](i))).join(','));
  return lines.join('\n') + '\n';
}

describe('items share one answer scale', () => {
  it('a 0-10 score and a weight column are not taken in with 5-point text items (survey-en)', () => {
    const found = detect('fixtures/survey-en.csv');
    expect(items(found)).toEqual(['sat_staff', 'sat_speed', 'sat_price', 'sat_clean']);
    expect(reason(found, 'recommend')).toBe('a different answer scale (3 to 10) from the items (1 to 5)');
    expect(reason(found, 'recommend', 'zh')).toBe('答案量表为 3 到 10，与题项的 1 到 5 不同');
    expect(reason(found, 'weight')).toBe('named like a case weight; to weight the cases by it, give --weight weight');
    expect(reason(found, 'weight', 'zh')).toBe('名称表明是个案权重；如需按它对个案加权，请给出 --weight weight');
  });

  it('the largest group wins: 1-7 items next to more 1-5 items are left out, and the other way round', () => {
    const five = (i: number) => (i % 5) + 1;
    const seven = (i: number) => (i % 7) + 1;
    const a = detectCsv(csv({ a1: five, a2: five, a3: five, b1: seven, b2: seven }));
    expect(items(a)).toEqual(['a1', 'a2', 'a3']);
    expect(describeDetection(a.filter((f) => !f.item))).toBe('b1, b2 (a different answer scale (1 to 7) from the items (1 to 5))');
    const b = detectCsv(csv({ a1: five, b1: seven, b2: seven, b3: seven }));
    expect(items(b)).toEqual(['b1', 'b2', 'b3']);
  });

  it('a numeric item nobody answered at one end is still on the scale; a 1-3 column is not', () => {
    const found = detectCsv(csv({ q1: (i) => (i % 5) + 1, q2: (i) => (i % 4) + 2, q3: (i) => (i % 4) + 1, q4: (i) => (i % 5) + 1, edu: (i) => (i % 3) + 1 }));
    expect(items(found)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(reason(found, 'edu')).toBe('a different answer scale (1 to 3) from the items (1 to 5)');
  });

  it('--scale-range names the scale', () => {
    const found = detectCsv(csv({ a1: (i) => (i % 5) + 1, a2: (i) => (i % 5) + 1, a3: (i) => (i % 5) + 1, b1: (i) => (i % 7) + 1, b2: (i) => (i % 7) + 1 }), {
      scaleRange: [1, 7],
    });
    expect(items(found)).toEqual(['b1', 'b2']);
  });

  it('columns named like identifiers or weights are never items, whatever they hold', () => {
    const five = (i: number) => (i % 5) + 1;
    const found = detectCsv(csv({ ResponseId: five, user_id: five, 用户ID: five, w: five, final_weight: five, 权重: five, q1: five, q2: five, paid: five }));
    expect(items(found)).toEqual(['q1', 'q2', 'paid']);
    for (const name of ['ResponseId', 'user_id', '用户ID']) expect(reason(found, name)).toBe('an identifier column');
    for (const name of ['w', 'final_weight', '权重']) expect(reason(found, name)).toMatch(/^named like a case weight/);
  });

  it("the bundled fixtures' items stay as they were", () => {
    expect(items(detect('fixtures/telephone-survey.csv', {}, ['overall']))).toEqual(['att1', 'att2', 'att3', 'att4', 'qual1', 'qual2', 'qual3', 'qual4', 'qual5']);
    const bank = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9', 'Q10', 'Q11', 'Q12', 'overall'];
    expect(items(detect('fixtures/bank-survey.csv'))).toEqual(bank);
    expect(items(detect('fixtures/bank-survey.csv', { missing: [-3] }))).toEqual(bank);
    expect(items(detect('fixtures/factor-survey.csv'))).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10', 'q11', 'q12']);
  });
});

describe('the reasons are in the output language', () => {
  it('describeDetection in English and Chinese', () => {
    const found = detect('fixtures/telephone-survey.csv');
    expect(describeDetection(found.filter((f) => f.item))).toBe('att1, att2, att3, att4, qual1, qual2, qual3, qual4, qual5, overall (whole numbers from 1 to 5)');
    expect(describeDetection(found.filter((f) => f.item), 'zh')).toBe('att1、att2、att3、att4、qual1、qual2、qual3、qual4、qual5、overall（1 到 5 的整数）');
    expect(describeDetection(found.filter((f) => !f.item), 'zh')).toBe(
      'id（标识变量）；gender（文本，2 个类别，不符合任何答案量表）；age_group、education、income（文本，5 个类别，不符合任何答案量表）；occupation（文本，6 个类别，不符合任何答案量表）',
    );
  });

  it('csat analyze --lang zh prints them in Chinese (built CLI)', () => {
    const r = csat(['analyze', 'fixtures/survey-en.csv', '--lang', 'zh', '--no-frequencies']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('自动识别的题项（无研究文件）：sat_staff、sat_speed、sat_price、sat_clean（文本答案 Strongly disagree ... Strongly agree）');
    expect(r.stdout).toContain('未纳入：respondent（标识变量）；recommend（答案量表为 3 到 10，与题项的 1 到 5 不同）');
    expect(r.stdout).not.toMatch(/whole numbers|identifier column|categories that match/);
  });
});

describe('the overall-satisfaction question is found by its name', () => {
  it('takes the one column named like it, in English or Chinese', () => {
    for (const name of ['overall', 'Overall_Satisfaction', 'sat_overall', 'satisfaction', '总体满意度', '整体满意度', '满意度', '总体评价']) {
      expect(outcomeByName(['q1', 'q2', name]), name).toBe(name);
    }
  });
  it('takes none when no name fits, or when two do', () => {
    expect(outcomeByName(['q1', 'sat_staff', 'sat_speed', 'recommend'])).toBeNull();
    expect(outcomeByName(['overall', 'satisfaction', 'q1'])).toBeNull();
    expect(outcomeByName(['服务满意度高', 'overalls'])).toBeNull();
  });
  it('analyze without a study regresses on it instead of counting it as an item', () => {
    const out = JSON.parse(csat(['analyze', 'fixtures/telephone-survey.csv', '-f', 'json']).stdout).results;
    expect(out.regression.outcome).toBe('overall');
    expect(out.reliability.scales[0].items).not.toContain('overall');
    const asItem = JSON.parse(csat(['analyze', 'fixtures/telephone-survey.csv', '--items', 'att1..overall', '-f', 'json']).stdout).results;
    expect(asItem.reliability.scales[0].items).toContain('overall');
    expect(asItem.regression).toBeNull();
  });
});
