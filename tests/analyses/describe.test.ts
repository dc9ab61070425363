import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readSource } from '../../src/data/read.js';
import { toDataset } from '../../src/data/convert.js';
import { runDescribe, type VariableSummary } from '../../src/analyses/describe.js';
import { expectClose } from '../helpers/close.js';

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
});
