import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';

// Expected values: fixtures/oracle/multi-response.R (R's colSums/table on 0/1 matrices built independently).
const FILE = 'fixtures/multi-response.csv';
const X = JSON.parse(readFileSync('fixtures/expected/multi-response.json', 'utf8'));

interface Freq {
  options: string[];
  responses: number[];
  percentOfResponses: number[];
  percentOfCases: number[];
  totalResponses: number;
  totalPercentOfCases: number;
  valid: number;
  missing: number;
  total: number;
}

function sets(args: string[]) {
  const r = csat(['describe', FILE, ...args, '-f', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).results.multipleResponse;
}

function expectFrequencies(s: any, x: Freq, by: 'label' | 'column' = 'label'): void {
  expect(s.options.map((o: any) => o[by])).toEqual(x.options);
  s.options.forEach((o: any, k: number) => {
    expectClose(o.responses, x.responses[k], 1e-12, 1e-12, `responses ${k}`);
    expectClose(o.percentOfResponses, x.percentOfResponses[k], 1e-9, 1e-12, `percent ${k}`);
    expectClose(o.percentOfCases, x.percentOfCases[k], 1e-9, 1e-12, `percent of cases ${k}`);
  });
  expect(s.totalResponses).toBe(x.totalResponses);
  expectClose(s.totalPercentOfCases, x.totalPercentOfCases, 1e-9);
  expect(s.cases).toEqual({ valid: x.valid, missing: x.missing, total: x.total });
}

describe('csat describe --multi (SPSS MULT RESPONSE) against R', () => {
  it('each platform shape: ┋ (问卷星), ", " (Google Forms), 7(A) sub-columns, Q10_k coded, SurveyMonkey text columns', () => {
    const [q7, q8, nine, q10, q11] = sets(['--multi', 'q7,q8,9,Q10,Q11']);
    expectFrequencies(q7, X.q7);
    expect(q7).toMatchObject({ name: '$q7', shape: 'joined', separator: '┋', countedValue: null, columns: ['q7'] });
    expectFrequencies(q8, X.q8);
    expect(q8.separator).toBe(', ');
    expectFrequencies(nine, X.nine, 'column');
    expect(nine.options.map((o: any) => o.label)).toEqual(['A', 'B', 'C', 'D']);
    expectFrequencies(q10, X.q10, 'column');
    expect(q10.countedValue).toBe(1);
    expectFrequencies(q11, X.q11, 'column');
    expect(q11.options.map((o: any) => o.label)).toEqual(['Laptop', 'Phone', 'Tablet']);
    expect(q11.countedValue).toBeNull();
  });

  it('--multi-value 2 counts the other code; a run Q10_1..Q10_4 names the same set', () => {
    const [q10] = sets(['--multi', 'Q10_1..Q10_4', '--multi-value', '2']);
    expectFrequencies(q10, X.q10Value2, 'column');
  });

  it('--weight: frequency weights', () => {
    const [q7] = sets(['--multi', 'q7', '--weight', 'w']);
    expectFrequencies(q7, X.q7Weighted);
  });

  for (const [label, set, key, weight] of [
    ['joined', 'q7', 'q7ByGender', []],
    ['weighted', 'q7', 'q7ByGenderWeighted', ['--weight', 'w']],
    ['sub-columns', '9', 'nineByGender', []],
  ] as const) {
    it(`--by gender: counts and percent of each group's respondents (${label})`, () => {
      const x = X[key];
      const [s] = sets(['--multi', set, '--by', 'gender', ...weight]);
      const c = s.crosstab;
      expect(c.levels.map((l: any) => l.label)).toEqual(x.levels);
      expect(c.counts).toEqual(x.counts);
      c.percents.forEach((row: number[], k: number) => row.forEach((p, j) => expectClose(p, x.percents[k][j], 1e-9, 1e-12, `percent ${k},${j}`)));
      expect(c.optionTotals).toEqual(x.optionTotals);
      c.optionTotalPercents.forEach((p: number, k: number) => expectClose(p, x.optionTotalPercents[k], 1e-9));
      expect(c.cases).toEqual(x.cases);
      expect(c.totalCases).toBe(x.totalCases);
      expect([c.valid, c.missing, c.total]).toEqual([x.valid, x.missing, x.total]);
    });
  }

  it('text: the Case Summary, "$q7 Frequencies" and the crosstab, and which columns formed each set', () => {
    const r = csat(['describe', FILE, '--multi', 'q7,Q10', '--by', 'gender']);
    expect(r.code).toBe(0);
    for (const s of ['Set $q7: the options joined with "┋" in column q7, split into 5 options.', 'Set $Q10: columns Q10_1, Q10_2, Q10_3, Q10_4.', 'Case Summary', '$q7 Frequencies', 'Percent of Cases', '$q7*gender Crosstabulation', '% within gender', 'a. Dichotomy group tabulated at value 1.', 'Percentages and totals are based on respondents.']) {
      expect(r.stdout).toContain(s);
    }
    expect(r.stdout).toMatch(/\$q7a\s+│\s+153 │\s+85\.0% │\s+27 │\s+15\.0% │\s+180 │\s+100\.0%/);
    expect(r.stdout).toMatch(/\$q7a\s+│ 网点柜台 │\s+71 │\s+23\.7% │\s+46\.4%/);
    expect(r.stdout).toMatch(/Total\s+│\s+│\s+300 │\s+100\.0% │\s+196\.1%/);
    // No DESCRIPTIVES tables unless --vars asks for them too.
    expect(r.stdout).not.toContain('Descriptive Statistics');
  });

  it('Chinese: the terms of SPSS MULT RESPONSE in the Chinese edition', () => {
    const r = csat(['describe', FILE, '--multi', 'Q10', '--by', 'gender', '--lang', 'zh']);
    expect(r.code).toBe(0);
    for (const s of ['个案摘要', '$Q10 频率', '响应', '个案数', '百分比', '个案百分比', '总计', '计数', '占 gender 的百分比', 'a. 使用了值 1 对二分组进行制表。']) expect(r.stdout).toContain(s);
  });

  it('--vars with --multi: both the describe tables and the sets', () => {
    const r = csat(['describe', FILE, '--vars', 'w', '--multi', 'q7']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Descriptive Statistics');
    expect(r.stdout).toContain('$q7 Frequencies');
  });

  it('bad input: one sentence, exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['--multi', 'Q99'], /no column 'Q99', and no columns named Q99_1/],
      [['--multi', 'Q10', '--multi-value', '3'], /no cell holds the counted value 3 \(--multi-value\); values found: 1, 2, 9/],
      [['--by', 'gender'], /--by needs --multi/],
      [['--multi', 'q7', '--multi-value', 'x'], /--multi-value: 'x' is not a number/],
    ];
    for (const [args, re] of cases) {
      const r = csat(['describe', FILE, ...args]);
      expect(r.stderr, args.join(' ')).toMatch(re);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    // A set of one option, and an empty one (nothing but skipped answers).
    for (const [input, re] of [
      ['x,y\nA,\n,(跳过)\nA,-3\n', /set \$x \(from x\) has 1 option\(s\) \(A\); a set needs two or more/],
      ['x,y\nA,\n,(跳过)\nA,-3\n', /set \$y \(from y\) has 0 option\(s\)/],
    ] as const) {
      const r = csat(['describe', '-', '--multi', re.source.includes('$y') ? 'y' : 'x'], { input });
      expect(r.stderr).toMatch(re);
      expect(r.code).toBe(2);
    }
  });
});
