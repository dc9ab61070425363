import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSource, sourceFromBuffer } from '../../src/data/read.js';
import { toDataset } from '../../src/data/convert.js';
import { runCrosstab, type CrosstabTable } from '../../src/analyses/crosstab.js';
import { UsageError, AnalysisError } from '../../src/errors.js';
import { expectClose } from '../helpers/close.js';
import { expected } from '../helpers/crosstab-explore-fixture.js';

// Expected values: fixtures/oracle/crosstab-explore.R (table(), chisq.test, fisher.test; weights
// by replicating rows).
const X = expected.crosstab;

async function run(rows: string, cols: string, layer: string | null = null, weight: string | null = null, exact = false) {
  const src = await readSource('fixtures/crosstab-explore.csv');
  const ds = toDataset(src, [rows, cols, ...(layer ? [layer] : [])], { weight, missing: [-3] });
  return runCrosstab(ds, { rows, cols, layer }, { exact });
}

function check(tab: CrosstabTable, e: any, what: string) {
  expect(tab.rows.map((c) => c.value)).toEqual(e.rows);
  expect(tab.cols.map((c) => c.value)).toEqual(e.cols);
  expect(tab.counts).toEqual(e.counts);
  expect(tab.total).toBe(e.N);
  const s = tab.tests!;
  expectClose(s.pearson.value, e.pearson.value, 1e-9, 0, `${what} pearson`);
  expectClose(s.pearson.p, e.pearson.p, 1e-9, 0, `${what} p`);
  expectClose(s.likelihood.value, e.likelihood.value, 1e-9, 0, `${what} LR`);
  expectClose(s.linear.value, e.linear.value, 1e-9, 0, `${what} linear`);
  expectClose(tab.measures!.cramersV, e.cramersV, 1e-9, 0, `${what} V`);
  expectClose(tab.measures!.phi, e.phi, 1e-9, 0, `${what} phi`);
  if (e.continuity) expectClose(s.continuity!.value, e.continuity.value, 1e-9, 1e-12, `${what} Yates`);
  else expect(s.continuity).toBeNull();
  if (s.fisher) expectClose(s.fisher.p2, e.fisher.p2, 1e-9, 0, `${what} fisher`);
  expectClose(s.expected.minimum, e.minExpected, 1e-9, 0, `${what} min E`);
}

describe('crosstab against R', () => {
  it('gender x churn: text categories, an empty gender is missing', async () => {
    const { result } = await run('gender', 'churn');
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].rows.map((c) => c.label)).toEqual(['Female', 'Male']);
    expect(result.cases).toEqual({ valid: X.genderChurn.N, missing: 240 - X.genderChurn.N, total: 240 });
    check(result.tables[0], X.genderChurn, 'genderChurn');
  });
  it('gender x q1: the label preset gives the codes 1-5 and their labels', async () => {
    const { result } = await run('gender', 'q1');
    expect(result.tables[0].cols[0].label).toBe('Strongly disagree');
    check(result.tables[0], X.genderQ1, 'genderQ1');
    expect(result.tables[0].tests!.fisher).toBeNull();
  });
  it('weights equal replicated rows (plan x churn)', async () => {
    const { result } = await run('plan', 'churn', null, 'w');
    check(result.tables[0], X.planChurnWeighted, 'planChurnWeighted');
  });
  it('--exact: Fisher-Freeman-Halton for a 3x2 table', async () => {
    const { result } = await run('plan', 'churn', null, null, true);
    check(result.tables[0], X.planChurn, 'planChurn');
    expect(result.tables[0].tests!.fisher).not.toBeNull();
  });
  it('layers: one table per region, then the Total', async () => {
    const { result } = await run('gender', 'churn', 'region');
    expect(result.tables.map((t) => t.layer?.label ?? null)).toEqual(['East', 'North', 'South', null]);
    X.genderChurnByRegion.forEach((e: any, k: number) => check(result.tables[k], e, `region ${k}`));
    check(result.tables[3], X.genderChurn, 'total layer');
  });
});

describe('crosstab bad input', () => {
  it('a continuous column is a usage error that suggests binning', async () => {
    await expect(run('score', 'churn')).rejects.toThrow(UsageError);
    await expect(run('gender', 'score')).rejects.toThrow(/more than 50 distinct values.*bin it/);
  });
  it('a category with no case valid on the other variable is dropped, with a warning', async () => {
    const src = sourceFromBuffer(Buffer.from('a,b\n1,1\n2,2\n1,2\n2,1\n3,\n'), 'mem.csv');
    const ds = toDataset(src, ['a', 'b']);
    const { result, warnings } = runCrosstab(ds, { rows: 'a', cols: 'b' });
    expect(result.tables[0].rows.map((c) => c.value)).toEqual([1, 2]);
    expect(result.dropped).toEqual([{ variable: 'a', category: { value: 3, label: null } }]);
    expect(warnings[0]).toMatch(/category 3 has no case with valid b; it is left out of the table, as SPSS does/);
  });
  it('one category: the table, but no statistics', async () => {
    const src = sourceFromBuffer(Buffer.from('a,b\n1,1\n1,2\n1,2\n'), 'mem.csv');
    const { result } = runCrosstab(toDataset(src, ['a', 'b']), { rows: 'a', cols: 'b' });
    expect(result.tables[0].tests).toBeNull();
    expect(result.tables[0].constant).toBe('a');
    expect(result.tables[0].counts).toEqual([[1, 2]]);
  });
  it('no complete case is an analysis error', async () => {
    const src = sourceFromBuffer(Buffer.from('a,b\n1,\n,2\n'), 'mem.csv');
    expect(() => runCrosstab(toDataset(src, ['a', 'b']), { rows: 'a', cols: 'b' })).toThrow(AnalysisError);
  });
});

describe('crosstab properties', () => {
  const data = fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })), { minLength: 8, maxLength: 60 });
  const dataset = (rows: [number, number, number][], replicate: boolean) => {
    const lines = rows.flatMap(([a, b, w]) => (replicate ? Array(w).fill(`${a},${b},1`) : [`${a},${b},${w}`]));
    return toDataset(sourceFromBuffer(Buffer.from(`a,b,w\n${lines.join('\n')}\n`), 'mem.csv'), ['a', 'b'], { weight: 'w' });
  };
  it('integer weights equal replicated rows; rows and columns swapped give the same chi-square and V', () => {
    fc.assert(
      fc.property(data, (rows) => {
        const w = runCrosstab(dataset(rows, false), { rows: 'a', cols: 'b' }).result.tables[0];
        const r = runCrosstab(dataset(rows, true), { rows: 'a', cols: 'b' }).result.tables[0];
        const t = runCrosstab(dataset(rows, false), { rows: 'b', cols: 'a' }).result.tables[0];
        expect(w.counts).toEqual(r.counts);
        if (!w.tests) return expect(r.tests).toBeNull();
        expectClose(w.tests.pearson.value, r.tests!.pearson.value, 1e-12, 1e-14);
        expectClose(w.tests.linear.value, r.tests!.linear.value, 1e-12, 1e-14);
        expectClose(t.tests!.pearson.value, w.tests.pearson.value, 1e-12, 1e-14);
        expectClose(t.measures!.cramersV, w.measures!.cramersV, 1e-12, 1e-14);
      }),
    );
  });
});
