import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { momentsSurvey as survey } from '../helpers/moments-survey.js';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';

// describe from a moments file (csat moments) must give what describe gives from the rows, to
// 1e-12: the rows path is the one proven against R and SPSS (tests/commands/describe.test.ts).
const dir = mkdtempSync(join(tmpdir(), 'csat-describe-moments-'));

function json(args: string[]) {
  const r = csat([...args, '-f', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).results;
}

const NUMBERS = ['n', 'missing', 'mean', 'sd', 'min', 'max', 'median', 'skewness', 'seSkewness', 'kurtosis', 'seKurtosis', 'top2Box'] as const;

function expectSame(fromMoments: Record<string, unknown>, fromRows: Record<string, unknown>, what: string, skip: string[] = []): void {
  for (const k of NUMBERS.filter((x) => !skip.includes(x))) {
    const a = fromMoments[k] as number | null;
    const b = fromRows[k] as number | null;
    if (b === null) expect(a, `${what} ${k}`).toBeNull();
    else expectClose(a as number, b, 1e-12, 1e-13, `${what} ${k}`);
  }
}

describe.each([
  ['unweighted', []],
  ['weighted', ['--weight', 'w']],
])('describe --from-moments equals describe on the rows (%s)', (_, weight) => {
  const file = join(dir, `survey-${weight.length}.csv`);
  writeFileSync(file, survey(20261203));
  const stats = join(dir, `stats-${weight.length}.json`);
  const items = ['q1', 'q2', 'q3', 'income', 'const'];
  const made = csat(['moments', file, '--items', items.join(','), '--missing', '-9', ...weight, '-o', stats]);

  it('descriptives, medians, top-2-box and frequency tables at 1e-12; missing as one count', () => {
    expect(made.code).toBe(0);
    const rows = json(['describe', file, '--vars', items.join(','), '--missing', '-9', ...weight]);
    const moments = json(['describe', '--from-moments', stats]);
    expect(moments.variables.map((v: { name: string }) => v.name)).toEqual(items);
    expect(moments.weight).toBe(rows.weight);
    expectClose(moments.validListwise, rows.validListwise, 1e-12, 0, 'valid listwise');
    moments.variables.forEach((v: Record<string, unknown> & { name: string; frequencies: Record<string, number>[] }, j: number) => {
      const r = rows.variables[j];
      expectSame(v, r, v.name, v.name === 'income' ? ['median'] : []);
      expect(v.missingFrequencies).toEqual([]);
      if (v.name === 'income') {
        // Not small integers: the moments file kept no counts, so no table and no median.
        expect(v.frequencies).toEqual([]);
        expect(v.median).toBeNull();
        return;
      }
      expect(v.frequencies.map((f) => f.value)).toEqual(r.frequencies.map((f: { value: number }) => f.value));
      v.frequencies.forEach((f, k) => {
        for (const key of ['count', 'percent', 'validPercent', 'cumulativePercent']) expectClose(f[key], r.frequencies[k][key], 1e-12, 0, `${v.name} ${f.value} ${key}`);
      });
    });
    // The skip code made missing cases, in both.
    expect(rows.variables[0].missing).toBeGreaterThan(0);
  });

  it('a subset of the items: the same numbers; Valid N (listwise) unknown (null, and no row in the table)', () => {
    const sub = json(['describe', stats, '--vars', 'q2,q1']);
    const rows = json(['describe', file, '--vars', 'q2,q1', '--missing', '-9', ...weight]);
    expect(sub.validListwise).toBeNull();
    sub.variables.forEach((v: Record<string, unknown> & { name: string }, j: number) => expectSame(v, rows.variables[j], v.name));
    const text = csat(['describe', stats, '--vars', 'q2,q1']);
    expect(text.stdout).not.toContain('Valid N (listwise)');
    expect(text.stdout).toMatch(/Missing\s*│\s*Total/);
  });
});

describe('describe from summary statistics: what it cannot do', () => {
  it('a correlation matrix has no per-variable statistics: one sentence, exit 3', () => {
    const r = csat(['describe', '--matrix', 'fixtures/summary/harman8.csv']);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/has no per-variable statistics/);
    const direct = csat(['describe', 'fixtures/summary/harman8.csv']);
    expect(direct.code).toBe(3);
    expect(direct.stderr).toMatch(/has no per-variable statistics/);
  });
  it('--multi needs the rows; a damaged columns entry is named', () => {
    const stats = join(dir, 'tel.json');
    expect(csat(['moments', 'fixtures/telephone-survey.csv', '--items', 'att1,att2', '-o', stats]).code).toBe(0);
    const multi = csat(['describe', stats, '--multi', 'att1']);
    expect(multi.code).toBe(2);
    expect(multi.stderr).toMatch(/--multi/);
    const file = JSON.parse(readFileSync(stats, 'utf8'));
    const body = file.results ?? file;
    body.columns[1].m2 = -1;
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(file));
    const r = csat(['describe', bad]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/"columns" entry 2 \(att2\): "m2"/);
  });
});
