import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readSource, sourceFromBuffer } from '../../src/data/read.js';
import { toDataset } from '../../src/data/convert.js';
import { rangeWarnings, runDescribe, type VariableSummary } from '../../src/analyses/describe.js';
import { expectClose } from '../helpers/close.js';
import fc from 'fast-check';
import { topTwoBox } from '../../src/stats/descriptives.js';
import { sayWarning } from '../../src/i18n/index.js';

// Expected values: fixtures/oracle/describe.R (psych::describe type 2, SPSS SE formulas, table()).
const ref = JSON.parse(readFileSync('fixtures/expected/describe.json', 'utf8'));

function check(v: VariableSummary, e: Record<string, unknown>) {
  for (const key of ['n', 'missing', 'mean', 'sd', 'min', 'max', 'median', 'skewness', 'seSkewness', 'kurtosis', 'seKurtosis'] as const) {
    expectClose(v[key] as number, e[key] as number, 1e-9, 1e-14, `${v.name}.${key}`);
  }
  const freq = e.frequencies as Record<string, number>[];
  expect(v.frequencies.length).toBe(freq.length);
  v.frequencies.forEach((f, i) => {
    for (const key of ['value', 'count', 'percent', 'validPercent', 'cumulativePercent'] as const) {
      expectClose(f[key], freq[i][key], 1e-9, 1e-12, `${v.name}.frequencies[${i}].${key}`);
    }
  });
}

describe('describe against R', () => {
  it('the telephone survey (plain numeric items)', async () => {
    const src = await readSource('fixtures/telephone-survey.csv');
    const names = Object.keys(ref.telephone);
    const r = runDescribe(toDataset(src, names, {}));
    r.variables.forEach((v) => check(v, ref.telephone[v.name]));
  });
  it('an English export with text answers, NA and frequency weights', async () => {
    const src = await readSource('fixtures/survey-en.csv');
    const names = Object.keys(ref.surveyEnWeighted);
    const r = runDescribe(toDataset(src, names, { weight: 'weight' }));
    expect(r.weight).toBe('weight');
    r.variables.forEach((v) => check(v, ref.surveyEnWeighted[v.name]));
    // Text answers keep their labels in the frequency table.
    expect(r.variables[0].frequencies.map((f) => f.label)).toContain('Agree');
  });
  it('top-2-box share uses the declared scale maximum', async () => {
    const src = await readSource('fixtures/telephone-survey.csv');
    const r = runDescribe(toDataset(src, ['att1'], {}), { scaleRange: [1, 5] });
    const f = r.variables[0].frequencies;
    const top = f.filter((x) => x.value >= 4).reduce((s, x) => s + x.count, 0) / r.variables[0].n;
    expectClose(r.variables[0].top2Box, top, 1e-12);
  });
  it('no top-2-box on fewer than three points (every answer would be "top two"); none for text or all-missing columns', () => {
    const src = sourceFromBuffer(Buffer.from('a,b,c,g\n4,1,,x\n5,2,,y\n4,3,,x\n'), 'mem.csv');
    const r = runDescribe(toDataset(src, ['a', 'b', 'c', 'g'], {}));
    expect(r.variables.map((v) => v.top2Box)).toEqual([null, 2 / 3, null, null]);
    // A declared 1-5 scale makes a the Likert item it is.
    expect(runDescribe(toDataset(src, ['a'], {}), { scaleRange: [1, 5] }).variables[0].top2Box).toBe(1);
    const [, , c, g] = r.variables;
    expect([c.n, c.missing, c.mean, c.median, c.frequencies.length]).toEqual([0, 3, null, null, 0]);
    expect(g.kind).toBe('string');
    expect([g.mean, g.sd, g.median]).toEqual([null, null, null]);
    expect(g.frequencies.map((f) => [f.label, f.count])).toEqual([['x', 2], ['y', 1]]);
    expect(r.validListwise).toBe(0);
  });
  it('missingFrequencies: weighted counts per user-missing code, then System; labels of coded answers', () => {
    const src = sourceFromBuffer(Buffer.from('q,w\n好,1\n跳过,2\n,3\n-3,1.5\n差,0\n99,1\n'), 'mem.csv');
    const labels = new Map([['跳过', -3], ['差', 1], ['好', 2]]);
    const r = runDescribe(toDataset(src, ['q'], { missing: [-3, 99], labels, weight: 'w' }));
    const v = r.variables[0];
    expect(v.missing).toBe(7.5);
    expect(v.missingFrequencies).toEqual([
      { value: -3, label: '跳过', count: 3.5, percent: (100 * 3.5) / 8.5 },
      { value: 99, label: null, count: 1, percent: 100 / 8.5 },
      { value: null, label: null, count: 3, percent: (100 * 3) / 8.5 },
    ]);
    expect(runDescribe(toDataset(sourceFromBuffer(Buffer.from('q\n1\n2\n'), 'm.csv'), ['q'])).variables[0].missingFrequencies).toEqual([]);
  });
  it('answers outside a declared scale range are named in a warning (an undeclared skip code)', () => {
    const src = sourceFromBuffer(Buffer.from('a,b,g\n1,1,x\n99,2,y\n5,99,x\n99,-3,y\n'), 'mem.csv');
    const r = runDescribe(toDataset(src, ['a', 'b', 'g'], {}), { scaleRange: [1, 5] });
    expect(rangeWarnings(r)).toEqual([
      "column 'a': 2 answers outside the scale range 1-5 (99); if it marks a skipped question, add it to --missing.",
      "column 'b': 2 answers outside the scale range 1-5 (-3, 99); if they mark a skipped question, add them to --missing.",
    ]);
    expect(rangeWarnings(runDescribe(toDataset(src, ['a'], {})))).toEqual([]);
    // The same warnings in Chinese, through the catalog.
    expect(rangeWarnings(r).map((w) => sayWarning(w, 'zh'))).toEqual([
      "列 'a'：2 个答案超出量表范围 1-5（99）；如果这是跳答代码，请将其加入 --missing。",
      "列 'b'：2 个答案超出量表范围 1-5（-3、99）；如果这些是跳答代码，请将其加入 --missing。",
    ]);
  });
  it("top-2-box of text answers counts the top two points of the labels' scale, whichever answers were given", () => {
    // Nobody chose 非常满意 (5): the top two are 满意 (4) and 非常满意 (5), so 3 of 5, not the
    // 4 of 5 that the observed range 2-4 would give (一般 counted as a top answer).
    const src = sourceFromBuffer(Buffer.from('Q1,n\n满意,1\n一般,2\n满意,3\n不满意,4\n满意,5\n'), 'mem.csv');
    const r = runDescribe(toDataset(src, ['Q1', 'n'], {}));
    expect(r.variables[0].top2Box).toBe(3 / 5);
    // A plain numeric column keeps its observed range: 4 and 5 of 1..5.
    expect(r.variables[1].top2Box).toBe(2 / 5);
    // --scale-range still decides when given.
    expect(runDescribe(toDataset(src, ['Q1'], {}), { scaleRange: [1, 7] }).variables[0].top2Box).toBe(0);
  });
});


describe('describe shortcuts equal the case-by-case passes', () => {
  it('top-2-box from the frequency table, Valid N (listwise) column by column', () => {
    const cell = fc.oneof(fc.integer({ min: 1, max: 5 }).map(String), fc.constantFrom('', '2.5', '0'));
    // The weight cell is never blank: an all-blank line would not be a row.
    const rowsArb = fc.array(fc.tuple(cell, cell, fc.constantFrom('1', '2', '0', '0.5')), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(rowsArb, fc.boolean(), (rows, weighted) => {
        fc.pre(!weighted || rows.some((r) => Number(r[2]) > 0));
        const csv = 'a,b,w\n' + rows.map((r) => r.join(',')).join('\n') + '\n';
        const ds = toDataset(sourceFromBuffer(Buffer.from(csv), 'mem.csv'), ['a', 'b'], weighted ? { weight: 'w' } : {});
        const r = runDescribe(ds, { scaleRange: [1, 5] });
        const w = ds.weights;
        r.variables.forEach((v, j) => {
          const x = ds.variables[j].values;
          const whole = x.every((y) => Number.isNaN(y) || Number.isInteger(y));
          const expected = whole && v.min !== null ? topTwoBox(x, 5, w) : NaN;
          expect(v.top2Box).toBe(Number.isFinite(expected) ? expected : null);
        });
        let listwise = 0;
        for (let i = 0; i < rows.length; i++) {
          const wi = w ? w[i] : 1;
          if (wi > 0 && ds.variables.every((v) => !Number.isNaN(v.values[i]))) listwise += wi;
        }
        expect(r.validListwise).toBe(listwise);
      }),
    );
  });
});
