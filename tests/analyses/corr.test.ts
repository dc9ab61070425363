import { describe, expect, it } from 'vitest';
import { runCorrelations } from '../../src/analyses/corr.js';
import { AnalysisError } from '../../src/errors.js';
import { expectClose } from '../helpers/close.js';
import { expected, fixtureDataset } from '../helpers/regression-fixture.js';

const E = expected.correlations;

describe('runCorrelations (fixtures/regression.csv against R cor.test)', () => {
  it('square Pearson matrix: the JSON contract {method, variables, with, r, p, n}', () => {
    const ref = E.pearson_listwise;
    const { results } = runCorrelations(fixtureDataset(ref.rows), { variables: ref.rows });
    expect(Object.keys(results)).toEqual(['method', 'variables', 'with', 'r', 'p', 'n']);
    expect(results.method).toBe('pearson');
    expect(results.with).toBeNull();
    results.r.forEach((row, i) =>
      row.forEach((v, j) => {
        expectClose(v, ref.r[i][j], 1e-9, 1e-12, `r ${i},${j}`);
        if (i === j) expect(results.p[i][j]).toBeNull();
        else expectClose(results.p[i][j], ref.p[i][j], 1e-9, 0, `p ${i},${j}`);
        expect(results.n[i][j]).toBe(ref.n[i][j]);
      }),
    );
  });
  it('rectangular Spearman pairwise with weights', () => {
    const ref = E.spearman_pairwise_weighted;
    const ds = fixtureDataset(ref.rows, 'w');
    const { results } = runCorrelations(ds, { variables: ref.rows.slice(0, 2), with: ref.cols.slice(2), method: 'spearman', missing: 'pairwise' });
    expect(results.with).toEqual(ref.cols.slice(2));
    results.r.forEach((row, i) => row.forEach((v, j) => expectClose(v, ref.r[i][j + 2], 1e-9, 1e-12, `r ${i},${j}`)));
    results.n.forEach((row, i) => row.forEach((v, j) => expect(v).toBe(ref.n[i][j + 2])));
  });
  it('a constant variable gives null and a warning; a text variable is an error', () => {
    const ds = fixtureDataset(['x1', 'c', 'region']);
    const { results, warnings } = runCorrelations(ds, { variables: ['x1', 'c'] });
    expect(results.r[0][1]).toBeNull();
    expect(warnings).toEqual(["'c' is constant over the cases used, so its correlations cannot be computed (shown blank, null in JSON)"]);
    expect(() => runCorrelations(ds, { variables: ['x1', 'region'] })).toThrow(AnalysisError);
    expect(() => runCorrelations(ds, { variables: ['x1'] })).toThrow(/at least two/);
  });
  it('no pair with 2 cases is an error naming the variables, not a blank table', () => {
    const nan = Float64Array.from({ length: 6 }, () => NaN);
    const vals = (xs: number[]) => Float64Array.from(xs);
    const ds = {
      input: { file: 'x.csv', rows: 6, encoding: 'utf-8', delimiter: ',' },
      allNames: ['a', 'b', 'c', 'd'],
      variables: [
        { name: 'a', values: vals([1, 2, 3, 4, 5, 6]), labels: new Map<number, string>(), kind: 'numeric' as const },
        { name: 'b', values: nan, labels: new Map<number, string>(), kind: 'numeric' as const },
        { name: 'c', values: vals([1, 3, NaN, NaN, NaN, NaN]), labels: new Map<number, string>(), kind: 'numeric' as const },
        { name: 'd', values: vals([NaN, NaN, NaN, NaN, NaN, 2]), labels: new Map<number, string>(), kind: 'numeric' as const },
      ],
      weights: null,
      weightName: null,
      recodes: [],
      warnings: [],
    };
    // b has no answer at all: it is named, rather than "only 0 respondents ... on a, b, c".
    expect(() => runCorrelations(ds, { variables: ['a', 'b', 'c'] })).toThrow(/^'b' has no answers at all/);
    expect(() => runCorrelations(ds, { variables: ['b', 'c'], missing: 'pairwise' })).toThrow(/^'b' has no answers at all/);
    expect(() => runCorrelations(ds, { variables: ['c', 'd'], missing: 'pairwise' })).toThrow(/no two of c, d are answered together/);
    expect(() => runCorrelations(ds, { variables: ['a', 'c', 'd'] })).toThrow(/only 0 respondents have complete answers on a, c, d; correlations need at least 2/);
    expect(() => runCorrelations(ds, { variables: ['a'], with: ['d'] })).toThrow(/only 1 respondent has complete answers on a, d/);
    // One usable pair is enough: the others are blank with a warning.
    const { results } = runCorrelations(ds, { variables: ['a', 'b', 'c'], missing: 'pairwise' });
    expect(results.r[0][1]).toBeNull();
    expect(results.r[0][2]).toBe(1);
    expect(results.n[0][0]).toBe(6);
  });
  it('values near 1e200 or 1e-200 correlate as their ordinary-sized copies (no overflow to an empty table)', () => {
    const ds = fixtureDataset(['y', 'x1', 'x2']);
    const big = { ...ds, variables: ds.variables.map((v, j) => ({ ...v, values: v.values.map((x) => x * [1e200, 1e-200, 1e150][j]) })) };
    for (const method of ['pearson', 'spearman'] as const) {
      const ref = runCorrelations(ds, { variables: ['y', 'x1', 'x2'], method }).results;
      const got = runCorrelations(big, { variables: ['y', 'x1', 'x2'], method });
      expect(got.warnings).toEqual([]);
      got.results.r.forEach((row, i) => row.forEach((v, j) => expectClose(v, ref.r[i][j] as number, 1e-12, 1e-15, `${method} r ${i},${j}`)));
    }
  });
});
