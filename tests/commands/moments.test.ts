import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';
import { expectSameNumbers as expectSame } from '../helpers/close.js';

const FILE = 'fixtures/factor-survey.csv';
const ITEMS = 'q1..q12';
const dir = mkdtempSync(join(tmpdir(), 'csat-moments-'));

const run = (args: string[]) => {
  const r = csat(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
};
const results = (args: string[]) => JSON.parse(run([...args, '-f', 'json'])).results;

describe.each([
  ['unweighted', [] as string[]],
  ['weighted', ['--weight', 'w']],
])('--from-moments gives what the rows give, at 1e-12 (%s, with missing answers)', (what, weight) => {
  // The moments are of the listwise cases of the items they were written for: each analysis reads
  // moments of its own items (a subset's cases from a larger selection's moments would be fewer).
  it.each([
    ['kmo', ITEMS, ['kmo', '--items', ITEMS, '--anti-image']],
    ['factor', ITEMS, ['factor', '--items', ITEMS, '--rotation', 'promax']],
    ['factor (PAF)', 'q1..q6', ['factor', '--items', 'q1..q6', '--extraction', 'paf']],
    ['reliability', ITEMS, ['reliability', '--items', ITEMS]],
    ['corr', 'q1..q5', ['corr', '--vars', 'q1..q5', '--missing-mode', 'listwise']],
  ])('%s', (name, items, args) => {
    const stats = join(dir, `${what}-${name}.json`);
    run(['moments', FILE, '--items', items, ...weight, '-o', stats]);
    const [cmd, ...rest] = args;
    const fromRows = results([cmd, FILE, ...rest, ...weight]);
    const fromMoments = results([cmd, '--from-moments', stats, ...rest]);
    // Which input was read is not a result; everything else is.
    delete fromRows.savedScores;
    delete fromMoments.savedScores;
    expectSame(fromMoments, fromRows, 1e-12, cmd);
  });
});

describe('csat moments', () => {
  it('writes the contract envelope: format, version, n, means, cross-products, per-item counts', () => {
    const out = JSON.parse(run(['moments', FILE, '--items', 'q1,q2', '--weight', 'w']));
    expect(out.command).toBe('moments');
    const m = out.results;
    expect(m).toMatchObject({ format: 'csat-moments', version: 1, items: ['q1', 'q2'], weight: 'w', missing: 'listwise' });
    expect(m.crossProducts[0][1]).toBe(m.crossProducts[1][0]);
    expect(m.columns[0].counts.map((c: { value: number }) => c.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it('a malformed moments file, or one without the items: one sentence, exit 3', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "csat-moments", "version": 1}');
    const r = csat(['kmo', '--from-moments', bad, '--items', 'q1,q2']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`csat: ${bad} is not a csat moments file: "items" is not a list of names\n`);
    const stats = join(dir, 'two.json');
    run(['moments', FILE, '--items', 'q1,q2', '-o', stats]);
    const m = csat(['kmo', '--from-moments', stats, '--items', 'q1,q3']);
    expect(m.code).toBe(3);
    expect(m.stderr).toBe(`csat: --items: no column 'q3' in ${stats}; closest: q1, q2.\n`);
    writeFileSync(bad, 'not json');
    expect(csat(['kmo', '--from-moments', bad, '--items', 'q1,q2']).code).toBe(3);
  });

  it('a data file and --from-moments together: a usage error', () => {
    const r = csat(['kmo', FILE, '--from-moments', 'x.json', '--items', 'q1,q2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`csat: --from-moments x.json replaces the data file; leave out ${FILE}\n`);
  });
});

// The SQL's formulas, evaluated in plain JavaScript over the rows as an engine would evaluate them.
function evaluateQuery(rows: number[][], items: number[], weight: number | null): Record<string, number> {
  const usable = rows.filter((r) => (weight === null || r[weight] > 0) && items.every((j) => !Number.isNaN(r[j])));
  const seen = rows.filter((r) => weight === null || r[weight] > 0);
  const w = (r: number[]) => (weight === null ? 1 : r[weight]);
  const c = items.map((j) => usable.reduce((s, r) => s + r[j], 0) / usable.length);
  const out: Record<string, number> = {
    n_rows: usable.length,
    n_weight: usable.reduce((s, r) => s + w(r), 0),
    seen_rows: seen.length,
    seen_weight: seen.reduce((s, r) => s + w(r), 0),
  };
  items.forEach((j, a) => (out[`c_${a + 1}`] = c[a]));
  items.forEach((j, a) => (out[`s_${a + 1}`] = usable.reduce((s, r) => s + w(r) * (r[j] - c[a]), 0)));
  items.forEach((j, a) =>
    items.forEach((k, b) => {
      if (b >= a) out[`s_${a + 1}_${b + 1}`] = usable.reduce((s, r) => s + w(r) * (r[j] - c[a]) * (r[k] - c[b]), 0);
    }),
  );
  return out;
}

const resultCsv = (values: Record<string, number>) => `${Object.keys(values).join(',')}\n${Object.values(values).map(String).join(',')}\n`;

describe('csat sql', () => {
  it.each(['duckdb', 'spark', 'bigquery', 'clickhouse'])('%s: the query text', (dialect) => {
    const sql = run(['sql', '--dialect', dialect, '--items', 'q1,q2,q3', '--table', 'survey', '--weight', 'w', '--missing', '-3']);
    expect(sql).toMatchSnapshot();
  });

  it.each([
    ['unweighted', null],
    ['weighted', 1],
  ])('its formulas, evaluated on the rows, give the moments csat computes at 1e-12 (%s)', (what, weight) => {
    const lines = readFileSync(FILE, 'utf8').trim().split('\n').slice(1);
    const rows = lines.map((l) => l.split(',').map((x) => (x === '' ? NaN : Number(x))));
    const items = [2, 3, 4, 5, 6];
    const csv = join(dir, `result-${what}.csv`);
    writeFileSync(csv, resultCsv(evaluateQuery(rows, items, weight)));
    const w = weight === null ? [] : ['--weight', 'w'];
    const fromSql = JSON.parse(run(['moments', '--from-sql-result', csv, '--items', 'q1,q2,q3,q4,q5', ...w])).results;
    const fromRows = JSON.parse(run(['moments', FILE, '--items', 'q1..q5', ...w])).results;
    for (const key of ['rows', 'n', 'excluded', 'excludedWeight', 'means', 'crossProducts']) expectSame(fromSql[key], fromRows[key], 1e-12, key);
  });

  it('large means with tiny spreads keep their digits (mean 1e9, sd 1e-3)', () => {
    const n = 500;
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 1e-2;
    const rows = Array.from({ length: n }, () => {
      const a = next();
      return [1e9 + a, 1e9 + 0.5 * a + next()];
    });
    const data = join(dir, 'big.csv');
    writeFileSync(data, `x,y\n${rows.map((r) => r.join(',')).join('\n')}\n`);
    const csv = join(dir, 'result-big.csv');
    writeFileSync(csv, resultCsv(evaluateQuery(rows, [0, 1], null)));
    const fromSql = JSON.parse(run(['moments', '--from-sql-result', csv, '--items', 'x,y'])).results;
    const fromRows = JSON.parse(run(['moments', data, '--items', 'x,y'])).results;
    expectSame(fromSql.crossProducts, fromRows.crossProducts, 1e-9, 'cross-products');
    expectSame(fromSql.means, fromRows.means, 1e-15, 'means');
  });

  it('a result that is not the query for these items: one sentence, exit 3', () => {
    const csv = join(dir, 'short.csv');
    writeFileSync(csv, 'n_rows,n_weight\n10,10\n');
    const r = csat(['moments', '--from-sql-result', csv, '--items', 'a,b']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`csat: ${csv} has no column 'seen_rows': it is not the result of the query csat sql prints for these 2 items\n`);
  });
});
