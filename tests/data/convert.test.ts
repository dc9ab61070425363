import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { readSource, sourceFromBuffer } from '../../src/data/read.js';
import { toDataset, MISSING_TOKENS } from '../../src/data/convert.js';
import { selectColumns } from '../../src/data/select.js';
import type { Source } from '../../src/data/source.js';
import { AnalysisError, CsatError, EXIT, InputError, UsageError } from '../../src/errors.js';

const root = path.resolve(__dirname, '../..');
const fx = (f: string): string => path.join(root, 'fixtures', f);

/** Values computed by plain R code from R's read.csv cells (fixtures/oracle/data.R); null = NA. */
const oracle = JSON.parse(readFileSync(fx('expected/data-convert.json'), 'utf8'));

const asJson = (x: Float64Array): (number | null)[] => Array.from(x, (v) => (Number.isNaN(v) ? null : v));
const src = (text: string, file = 't.csv'): Source => sourceFromBuffer(Buffer.from(text), file);

function error(fn: () => unknown): CsatError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CsatError);
    return e as CsatError;
  }
  throw new Error('expected an error');
}

describe('fixtures against R', () => {
  it('bank survey: text answers, skip code -3, 93 complete of 98, reverse-keyed Q7, weights, categories', async () => {
    const s = await readSource(fx('bank-survey.csv'));
    const items = selectColumns(s.names, 'Q1..Q12,overall', '--items');
    const ds = toDataset(s, [...items, 'gender', 'age_group'], { missing: [-3], weight: 'annual_value' });
    // A 问卷星 download: its metadata columns are named in the input.
    expect(ds.input).toEqual({
      file: fx('bank-survey.csv'),
      rows: 98,
      encoding: 'gb18030',
      delimiter: ',',
      platform: 'wjx',
      metadata: ['序号', '提交答卷时间', '所用时间', '来源'],
    });
    for (const name of items) {
      const v = ds.variables.find((x) => x.name === name)!;
      expect([name, v.kind, v.labelSet, asJson(v.values)]).toEqual([name, 'labelled', 'zh-satisfaction-5', oracle.bank.values[name]]);
      expect([...v.labels]).toEqual([[1, '非常不满意'], [2, '不满意'], [3, '一般'], [4, '满意'], [5, '非常满意']]);
    }
    const complete = Array.from({ length: 98 }, (_, i) => items.every((n) => !Number.isNaN(ds.variables.find((x) => x.name === n)!.values[i])));
    expect(complete.filter(Boolean).length).toBe(oracle.bank.complete);
    expect(oracle.bank.complete).toBe(93);
    expect(asJson(ds.weights!)).toEqual(oracle.bank.weights);
    expect(ds.weightName).toBe('annual_value');
    for (const c of ['gender', 'age_group'] as const) {
      const v = ds.variables.find((x) => x.name === c)!;
      expect(v.kind).toBe('string');
      expect(asJson(v.values)).toEqual(oracle.bank[c].values);
      expect([...v.labels.values()]).toEqual(oracle.bank[c].labels);
    }
    expect(ds.warnings).toEqual([]);

    const scale = toDataset(s, ['Q7'], { missing: [-3], reverse: ['Q7'], scaleRange: [1, 5] });
    expect(asJson(scale.variables[0].values)).toEqual(oracle.bank.Q7reversed);
    expect(scale.recodes).toEqual([{ kind: 'reverse', variable: 'Q7', min: 1, max: 5, rangeSource: 'scale-range' }]);
    // The labels move with their answers: code 5 now means 非常不满意.
    expect([...scale.variables[0].labels]).toEqual([[1, '非常满意'], [2, '满意'], [3, '一般'], [4, '不满意'], [5, '非常不满意']]);
    const observed = toDataset(s, ['Q7'], { missing: [-3], reverse: ['Q7'] });
    expect(asJson(observed.variables[0].values)).toEqual(oracle.bank.Q7reversedObserved);
    // Text answers read with a preset lie on the preset's scale (1-5): the output says so.
    expect(observed.recodes[0].rangeSource).toBe('labels');
    expect(observed.warnings).toContain(
      "column 'Q7' is reverse-keyed as 1 + 5 - x from the range of its answer labels, 1 (非常不满意) to 5 (非常满意); give --scale-range if the scale differs.",
    );
    expect(scale.warnings.filter((w) => w.includes('reverse-keyed'))).toEqual([]);
  });

  it('without --missing a bare negative code among text answers is missing (a skip code), with a warning counting the cells', async () => {
    // Read as no platform: 问卷星's own codes (-2, -3) are not what makes it missing here.
    const s = await readSource(fx('bank-survey.csv'), { platform: 'none' });
    const ds = toDataset(s, ['Q4'], {});
    const v = ds.variables[0];
    expect(v.kind).toBe('labelled');
    expect(v.values[11]).toBeNaN();
    expect(v.userMissing).toEqual({ codes: [-3], index: expect.any(Uint8Array) });
    expect(ds.warnings).toEqual([
      `${fx('bank-survey.csv')}, column 'Q4': 1 cell held the negative code -3 among text answers, read as missing (a skip code, not an answer).`,
    ]);
    // Read as the 问卷星 download it is, -3 is one of the platform's missing codes: no warning.
    const wjx = toDataset(await readSource(fx('bank-survey.csv')), ['Q4'], {});
    expect(wjx.variables[0].values[11]).toBeNaN();
    expect(wjx.warnings).toEqual([]);
  });

  it('a positive stray code among text answers stays a number, with a warning', () => {
    const src = { file: 'x.csv', encoding: 'utf-8', delimiter: ',', names: ['Q'], cells: [['满意', '一般', '99', '满意']], rows: 4 };
    const ds = toDataset(src, ['Q'], {});
    expect(ds.variables[0].values[2]).toBe(99);
    expect(ds.warnings).toEqual(["x.csv, column 'Q': 1 cell holds 99, which is not an answer code (1-5); if it marks a skipped question, add it to --missing."]);
  });

  it('telephone survey: numeric items and text demographics', async () => {
    const s = await readSource(fx('telephone-survey.csv'));
    const items = selectColumns(s.names, 'att1..qual5,overall', '--items');
    const demo = ['gender', 'age_group', 'education', 'occupation', 'income'];
    const ds = toDataset(s, [...items, ...demo], {});
    for (const n of items) {
      const v = ds.variables.find((x) => x.name === n)!;
      expect([n, v.kind, asJson(v.values)]).toEqual([n, 'numeric', oracle.telephone.values[n]]);
    }
    for (const n of demo) {
      const v = ds.variables.find((x) => x.name === n)!;
      expect([n, v.kind, asJson(v.values), [...v.labels.values()]]).toEqual([n, 'string', oracle.telephone.categories[n].values, oracle.telephone.categories[n].labels]);
    }
  });

  it('English export: agreement labels, NA and empty cells, weights', async () => {
    const s = await readSource(fx('survey-en.csv'));
    const ds = toDataset(s, selectColumns(s.names, 'sat_*,recommend', '--items'), { weight: 'weight' });
    for (const n of ['sat_staff', 'sat_speed', 'sat_price', 'sat_clean']) {
      const v = ds.variables.find((x) => x.name === n)!;
      expect([n, v.kind, v.labelSet, asJson(v.values)]).toEqual([n, 'labelled', 'en-agreement-5', oracle.en.values[n]]);
    }
    expect(asJson(ds.variables[4].values)).toEqual(oracle.en.recommend);
    expect(asJson(ds.weights!)).toEqual(oracle.en.weight);
  });

  it('missing tokens and user-missing codes', async () => {
    const s = await readSource(fx('edge/missing-codes.csv'));
    const ds = toDataset(s, ['Q1', 'Q2'], { missing: [-3, 99] });
    expect(asJson(ds.variables[0].values)).toEqual(oracle.missingCodes.Q1);
    expect(asJson(ds.variables[1].values)).toEqual(oracle.missingCodes.Q2);
    expect(ds.variables.map((v) => v.kind)).toEqual(['numeric', 'numeric']);
  });

  it('decimal commas in a semicolon file', async () => {
    const s = await readSource(fx('edge/decimal-comma.csv'));
    expect(asJson(toDataset(s, ['price'], {}).variables[0].values)).toEqual(oracle.decimalComma);
    // Not in a comma-delimited file, where "3,5" could only come from a quoted field.
    const c = src('a,b\n1,"3,5"\n2,4\n');
    expect(error(() => toDataset(c, ['b'], {})).message).toMatch(/'3,5' is neither a number/);
  });
});

describe('column kinds', () => {
  it('numbers mixed with known labels are labelled', () => {
    const v = toDataset(src('q\n5\n非常满意\n3\n不满意\n'), ['q']).variables[0];
    expect(v.kind).toBe('labelled');
    expect(asJson(v.values)).toEqual([5, 5, 3, 2]);
  });

  it('labels show the spelling found in the data', () => {
    const v = toDataset(src('q\n比较满意\n  很不满意 \n一般\n'), ['q']).variables[0];
    expect(v.labelSet).toBe('zh-satisfaction-5');
    expect([...v.labels]).toEqual([[1, '很不满意'], [2, '不满意'], [3, '一般'], [4, '比较满意'], [5, '非常满意']]);
    const en = toDataset(src('q\nSTRONGLY AGREE\nagree\n'), ['q']).variables[0];
    expect(asJson(en.values)).toEqual([5, 4]);
    expect(en.labels.get(5)).toBe('STRONGLY AGREE');
    expect(en.labels.get(1)).toBe('Strongly disagree');
  });

  it('free text is coded 1..k in Chinese collation order (pinyin, numbers by value)', () => {
    const v = toDataset(src('g\n女\n男\n\n女\n'), ['g']).variables[0];
    expect(v.kind).toBe('string');
    expect([...v.labels]).toEqual([[1, '男'], [2, '女']]);
    expect(asJson(v.values)).toEqual([2, 1, null, 2]);
    const n = toDataset(src('a\nitem 10\nitem 9\nItem 1\n'), ['a']).variables[0];
    expect([...n.labels.values()]).toEqual(['Item 1', 'item 9', 'item 10']);
  });

  it('categorical forces category codes, numbers included', () => {
    const v = toDataset(src('inc\n3000\n3000-5000\n5000以上\n3000\n'), ['inc'], { categorical: ['inc'] }).variables[0];
    expect(v.kind).toBe('string');
    expect([...v.labels.values()]).toEqual(['3000', '3000-5000', '5000以上']);
    expect(asJson(v.values)).toEqual([1, 2, 3, 1]);
  });

  it('numbers that are no answer code are flagged as likely skip codes', () => {
    const ds = toDataset(src('q\n满意\n-3\n99\n-3\n4\n'), ['q']);
    expect(asJson(ds.variables[0].values)).toEqual([4, -3, 99, -3, 4]);
    expect(ds.warnings).toEqual([
      "t.csv, column 'q': 3 cells hold -3, 99, which are not answer codes (1-5); if they mark skipped questions, add them to --missing.",
    ]);
    expect(toDataset(src('q\n满意\n-3\n99\n'), ['q'], { missing: [-3, 99] }).warnings).toEqual([]);
  });

  it('a user map reads its own labels; codes in --missing become missing', () => {
    const s = src('q\n差\n一般\n好\n不适用\n');
    const labels = new Map([['差', 1], ['一般', 2], ['好', 3], ['不适用', 9]]);
    const v = toDataset(s, ['q'], { labels, missing: [9] }).variables[0];
    expect(v.labelSet).toBe('user');
    expect(asJson(v.values)).toEqual([1, 2, 3, null]);
    expect(() => toDataset(s, ['q'], {})).toThrow(InputError);
  });

  it('numeric codes take the value labels of a user map (SPSS VALUE LABELS) when they lie on its scale', () => {
    const labels = new Map([['差', 1], ['一般', 2], ['好', 3]]);
    const ds = toDataset(src('q,age\n1,23\n2,2\n3,41\n2,35\n'), ['q', 'age'], { labels });
    const [q, age] = ds.variables;
    expect([q.kind, q.labelSet, [...q.labels]]).toEqual(['numeric', 'user', [[1, '差'], [2, '一般'], [3, '好']]]);
    expect(asJson(q.values)).toEqual([1, 2, 3, 2]);
    // An age column is not on the 1-3 scale: its 2 is no "一般".
    expect([age.labelSet, age.labels.size]).toEqual([undefined, 0]);
    expect(toDataset(src('q\n1\n2\n'), ['q']).variables[0].labels.size).toBe(0);
  });

  it('strict numbers: hex, Infinity and thousands separators are text', () => {
    for (const bad of ['0x10', 'Infinity', '1,000']) {
      const e = error(() => toDataset(src(`q\n1\n"${bad}"\n`), ['q']));
      expect(e.exitCode).toBe(EXIT.input);
    }
  });

  it('every missing token is missing, in any case', () => {
    const tokens = [...MISSING_TOKENS].filter((t) => t !== '');
    const text = 'q\n' + tokens.map((t) => `"${t.toUpperCase()}"`).join('\n') + '\n1\n';
    expect(asJson(toDataset(src(text), ['q']).variables[0].values)).toEqual([...tokens.map(() => null), 1]);
  });
});

describe('unknown answers', () => {
  it('an unknown label names the file, row, column and value (exit 3)', async () => {
    const s = await readSource(fx('edge/unknown-label.csv'));
    const e = error(() => toDataset(s, ['Q1', 'Q2']));
    expect(e).toBeInstanceOf(InputError);
    expect(e.exitCode).toBe(EXIT.input);
    expect(e.message).toBe(
      `${fx('edge/unknown-label.csv')}, row 3, column 'Q1': '很好' is neither a number, a missing code nor a known answer label (use --labels or --lenient).`,
    );
  });

  it('a stray text in a numeric column is the same error, first row reported', () => {
    const e = error(() => toDataset(src('id,q\n1,4\n2,abc\n3,5\n4,x\n', 'survey.csv'), ['q']));
    expect(e.message).toBe("survey.csv, row 2, column 'q': 'abc' is neither a number, a missing code nor a known answer label (use --labels or --lenient).");
  });

  it('a label of another preset in the column is said to mix two label sets, not to be unknown', () => {
    const e = error(() => toDataset(src('q\n非常满意\n满意\nSatisfied\n不满意\n', 'mix.csv'), ['q']));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe(
      "mix.csv, row 3, column 'q': 'Satisfied' is an answer label of another set than the column's other answers: the column mixes two label sets (give every label's code with --labels).",
    );
  });

  it('--lenient makes them missing and counts them', async () => {
    const s = await readSource(fx('edge/unknown-label.csv'));
    const ds = toDataset(s, ['Q1', 'Q2'], { lenient: true });
    expect(asJson(ds.variables[0].values)).toEqual([5, 4, null, 3]);
    expect(ds.variables[0].kind).toBe('labelled');
    expect(ds.warnings).toEqual([
      `${fx('edge/unknown-label.csv')}, column 'Q1': 1 cell matched no number, missing code or answer label and is treated as missing (first: '很好' in row 3).`,
    ]);
    const num = toDataset(src('q\n1\nabc\nabc\nx\n'), ['q'], { lenient: true });
    expect(num.variables[0].kind).toBe('numeric');
    expect(asJson(num.variables[0].values)).toEqual([1, null, null, null]);
    expect(num.warnings[0]).toMatch(/column 'q': 3 cells matched no number.*are treated as missing \(first: 'abc' in row 2\)/);
  });

  it('--labels resolves what the presets do not know', async () => {
    const s = await readSource(fx('edge/unknown-label.csv'));
    const labels = new Map([['非常不满意', 1], ['不满意', 2], ['一般', 3], ['满意', 4], ['很好', 4], ['非常满意', 5]]);
    expect(asJson(toDataset(s, ['Q1'], { labels }).variables[0].values)).toEqual([5, 4, 4, 3]);
  });
});

describe('reverse keying', () => {
  it('values outside --scale-range cannot be reversed', () => {
    const e = error(() => toDataset(src('q\n1\n7\n'), ['q'], { reverse: ['q'], scaleRange: [1, 5] }));
    expect(e.exitCode).toBe(EXIT.input);
    expect(e.message).toBe("t.csv, row 2, column 'q': 7 lies outside the scale range 1-5, so it cannot be reverse-keyed (fix --scale-range or add the code to --missing).");
  });

  it('text categories cannot be reversed; unselected names have no effect, with a warning; unknown names are errors', () => {
    const s = src('g,q\n男,1\n女,2\n');
    expect(error(() => toDataset(s, ['g'], { reverse: ['g'] }))).toBeInstanceOf(UsageError);
    const unselected = toDataset(s, ['g'], { reverse: ['q'] });
    expect(unselected.recodes).toEqual([]);
    expect(unselected.warnings).toEqual(["column 'q' is to be reverse-keyed but is not among the analysed columns, so reversing it has no effect."]);
    expect(error(() => toDataset(s, ['q'], { reverse: ['nope'] }))).toBeInstanceOf(UsageError);
  });

  it('text answers read with a preset are reversed on the preset scale, not the observed range', () => {
    // Nobody answered 非常不满意 (1): the observed range 2-5 would turn 非常满意 into 2.
    const s = src('Q1\n满意\n一般\n非常满意\n不满意\n满意\n');
    const ds = toDataset(s, ['Q1'], { reverse: ['Q1'] });
    expect(asJson(ds.variables[0].values)).toEqual([2, 3, 1, 4, 2]);
    expect(ds.recodes).toEqual([{ kind: 'reverse', variable: 'Q1', min: 1, max: 5, rangeSource: 'labels' }]);
    expect([...ds.variables[0].labels]).toEqual([[1, '非常满意'], [2, '满意'], [3, '一般'], [4, '不满意'], [5, '非常不满意']]);
    expect(ds.warnings).toEqual([
      "column 'Q1' is reverse-keyed as 1 + 5 - x from the range of its answer labels, 1 (非常不满意) to 5 (非常满意); give --scale-range if the scale differs.",
    ]);
    // --scale-range still wins, without a note.
    const given = toDataset(s, ['Q1'], { reverse: ['Q1'], scaleRange: [1, 7] });
    expect(asJson(given.variables[0].values)).toEqual([4, 5, 3, 6, 4]);
    expect(given.recodes[0].rangeSource).toBe('scale-range');
    expect(given.warnings).toEqual([]);
  });

  it('a user map gives the range (its user-missing codes aside), for text answers and for numeric codes', () => {
    const labels = new Map([['跳过', -3], ['差', 1], ['一般', 2], ['好', 3]]);
    const text = toDataset(src('q\n一般\n好\n跳过\n'), ['q'], { reverse: ['q'], labels, missing: [-3] });
    expect(asJson(text.variables[0].values)).toEqual([2, 1, null]);
    expect(text.recodes[0]).toMatchObject({ min: 1, max: 3, rangeSource: 'labels' });
    const codes = toDataset(src('q\n2\n3\n-3\n'), ['q'], { reverse: ['q'], labels, missing: [-3] });
    expect(asJson(codes.variables[0].values)).toEqual([2, 1, null]);
    expect(codes.recodes[0]).toMatchObject({ min: 1, max: 3, rangeSource: 'labels' });
    expect([...codes.variables[0].labels]).toEqual([[-3, '跳过'], [1, '好'], [2, '一般'], [3, '差']]);
    expect(codes.warnings).toEqual([
      "column 'q' is reverse-keyed as 1 + 3 - x from the range of its answer labels, 1 (差) to 3 (好); give --scale-range if the scale differs.",
    ]);
  });

  it('a stray code outside the label scale leaves the observed range (and says so)', () => {
    const ds = toDataset(src('q\n满意\n一般\n9\n'), ['q'], { reverse: ['q'] });
    expect(ds.recodes[0]).toMatchObject({ min: 3, max: 9, rangeSource: 'observed' });
    expect(ds.warnings.some((w) => w.includes('from its observed range 3 to 9'))).toBe(true);
  });

  it('an empty column is left alone with a warning', () => {
    const ds = toDataset(src('a,q\n1,\n2,NA\n'), ['q'], { reverse: ['q'] });
    expect(ds.recodes).toEqual([]);
    expect(ds.warnings).toEqual(["column 'q' has no values, so reverse keying leaves it as it is."]);
  });

  it('reversing twice is the identity (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 7 }), { nil: undefined }), { minLength: 1, maxLength: 30 }), (xs) => {
        const text = 'q\n' + xs.map((x) => (x === undefined ? 'NA' : String(x))).join('\n') + '\n';
        const once = toDataset(src(text), ['q'], { reverse: ['q'], scaleRange: [1, 7] }).variables[0].values;
        expect(asJson(once)).toEqual(xs.map((x) => (x === undefined ? null : 8 - x)));
        const again = 'q\n' + asJson(once).map((x) => (x === null ? 'NA' : String(x))).join('\n') + '\n';
        expect(asJson(toDataset(src(again), ['q'], { reverse: ['q'], scaleRange: [1, 7] }).variables[0].values)).toEqual(xs.map((x) => x ?? null));
      }),
    );
  });
});

describe('weights', () => {
  it('missing, zero and negative weights are left out with a warning (SPSS WEIGHT BY)', () => {
    const ds = toDataset(src('q,w\n1,2\n2,\n3,0\n4,-1\n5,1.5\n6,-3\n'), ['q'], { weight: 'w', missing: [-3] });
    expect(Array.from(ds.weights!)).toEqual([2, 0, 0, 0, 1.5, 0]);
    expect(ds.warnings).toEqual(["weight column 'w': 2 missing and 2 zero or negative weights; those cases are left out, as SPSS WEIGHT BY does."]);
  });

  it('text in a weight column is an input error; no positive weight is an analysis error', () => {
    const e = error(() => toDataset(src('q,w\n1,2\n2,heavy\n'), ['q'], { weight: 'w' }));
    expect(e.exitCode).toBe(EXIT.input);
    expect(e.message).toBe("t.csv, row 2, column 'w': 'heavy' is not a number; a weight column must hold numbers.");
    const z = error(() => toDataset(src('q,w\n1,0\n2,\n'), ['q'], { weight: 'w' }));
    expect(z).toBeInstanceOf(AnalysisError);
    expect(z.exitCode).toBe(EXIT.analysis);
    expect(z.message).toBe("weight column 'w': no case has a positive weight, so nothing can be analysed.");
  });

  it('weights that add up beyond the largest double are an analysis error, not Infinity in the tables', () => {
    const e = error(() => toDataset(src('q,w\n1,1e308\n2,1e308\n'), ['q'], { weight: 'w' }));
    expect(e.exitCode).toBe(EXIT.analysis);
    expect(e.message).toMatch(/weight column 'w': the weights add up to more than 1\.8e308/);
  });

  it('an unknown weight column is a usage error', () => {
    expect(error(() => toDataset(src('q\n1\n'), ['q'], { weight: 'w' })).exitCode).toBe(EXIT.usage);
  });
});

describe('the Dataset', () => {
  it('keeps the selection order, all names, and the reader warnings', async () => {
    const s = await readSource(fx('edge/duplicate-headers.csv'));
    const ds = toDataset(s, ['Q2', 'Q1.1', 'id']);
    expect(ds.variables.map((v) => v.name)).toEqual(['Q2', 'Q1.1', 'id']);
    expect(ds.allNames).toEqual(['id', 'Q1', 'Q1.1', 'Q2', 'V5', 'Q1.2']);
    expect(ds.weights).toBeNull();
    expect(ds.weightName).toBeNull();
    expect(ds.warnings).toHaveLength(1);
    expect(ds.variables[1].values).toBeInstanceOf(Float64Array);
  });
});

describe('properties', () => {
  const missingCell = fc.constantFrom('', ' ', 'NA', 'n/a', '.', '#N/A', '-3', '99', ' -3 ');
  const numberCell = fc.oneof(
    fc.integer({ min: 0, max: 9 }).map((v) => ({ text: String(v), value: v })),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => ({ text: String(v), value: v === 0 ? 0 : v })),
    fc.integer({ min: 1, max: 5 }).map((v) => ({ text: ` ${v}.0`, value: v })),
  );

  it('every cell becomes its number or NaN, whichever way it is read', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(numberCell, missingCell.map((t) => ({ text: t, value: NaN }))), { minLength: 1, maxLength: 60 }), (cells) => {
        // A number equal to a user-missing code is missing too.
        const want = cells.map((c) => (c.value === -3 || c.value === 99 ? null : Number.isNaN(c.value) ? null : c.value));
        const text = 'id,q\n' + cells.map((c, i) => `${i + 1},"${c.text}"`).join('\n') + '\n';
        const ds = toDataset(src(text), ['q'], { missing: [-3, 99] });
        expect(ds.variables[0].kind).toBe('numeric');
        expect(asJson(ds.variables[0].values)).toEqual(want);
      }),
    );
  });

  it('text answers read with their codes in any mix of spellings and numbers', () => {
    const answers = ['非常不满意', '不满意', '一般', '满意', '非常满意'];
    fc.assert(
      fc.property(fc.array(fc.record({ code: fc.integer({ min: 1, max: 5 }), asText: fc.boolean(), pad: fc.boolean() }), { minLength: 1, maxLength: 40 }), (cells) => {
        const text = 'id,q\n' + cells.map((c, i) => `${i + 1},${c.pad ? ' ' : ''}${c.asText ? answers[c.code - 1] : c.code}`).join('\n') + '\n';
        const v = toDataset(src(text), ['q']).variables[0];
        expect(asJson(v.values)).toEqual(cells.map((c) => c.code));
        expect(v.kind).toBe(cells.some((c) => c.asText) ? 'labelled' : 'numeric');
      }),
    );
  });
});

describe('which user-missing code made a value missing', () => {
  const src = (text: string, delimiter?: string) => sourceFromBuffer(Buffer.from(text), 'um.csv', { delimiter });

  it('numbers: each missing cell knows its code; empty cells and NA stay system-missing', () => {
    const ds = toDataset(src('q\n1\n-3\n\n99\nNA\n-3\n4\n'), ['q'], { missing: [-3, 99] });
    const um = ds.variables[0].userMissing!;
    expect(Array.from(um.index, (k) => (k === 0 ? null : um.codes[k - 1]))).toEqual([null, -3, null, 99, null, -3, null]);
  });

  it('text labels mapped to a missing code, a decimal comma, and reverse keying that keeps the code label', () => {
    const labels = new Map([['跳过', -3], ['差', 1], ['一般', 2], ['好', 3]]);
    const ds = toDataset(src('q;r\n差;1,5\n跳过;-3\n好;2,0\n一般;-3,0\n'), ['q', 'r'], { missing: [-3], labels, reverse: ['q'], scaleRange: [1, 3] });
    const [q, r] = ds.variables;
    expect(Array.from(q.values)).toEqual([3, NaN, 1, 2]);
    expect(q.userMissing!.codes).toEqual([-3]);
    expect(Array.from(q.userMissing!.index)).toEqual([0, 1, 0, 0]);
    expect(q.labels.get(-3)).toBe('跳过');
    expect(q.labels.get(3)).toBe('差');
    expect(Array.from(r.userMissing!.index)).toEqual([0, 1, 0, 1]);
  });

  it('no record when no cell held a code, or no codes were given', () => {
    expect(toDataset(src('q\n1\n\n2\n'), ['q'], { missing: [-3] }).variables[0].userMissing).toBeUndefined();
    expect(toDataset(src('q\n1\n-3\n2\n'), ['q'], {}).variables[0].userMissing).toBeUndefined();
  });
});
