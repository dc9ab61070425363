import { expect } from 'vitest';
import type { OlsFit } from '../../src/stats/regression.js';
import { expectClose } from './close.js';
import { readFileSync } from 'node:fs';

/** fixtures/regression.csv as numeric columns (NaN = empty) plus the text column region. */
export function loadRegressionFixture(): { cols: Record<string, Float64Array>; region: string[]; rows: number } {
  const lines = readFileSync('fixtures/regression.csv', 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  const body = lines.slice(1).map((l) => l.split(','));
  const cols: Record<string, Float64Array> = {};
  header.forEach((h, j) => {
    if (h !== 'region') cols[h] = Float64Array.from(body.map((r) => (r[j] === '' ? NaN : Number(r[j]))));
  });
  const region = body.map((r) => r[header.indexOf('region')]);
  return { cols, region, rows: body.length };
}

/** Rows complete on `names` (and with a positive weight), as index list. */
export function completeRows(cols: Record<string, Float64Array>, names: string[]): number[] {
  const out: number[] = [];
  const n = cols[names[0]].length;
  for (let i = 0; i < n; i++) if (names.every((k) => !Number.isNaN(cols[k][i]))) out.push(i);
  return out;
}

export const take = (x: Float64Array, rows: number[]): Float64Array => Float64Array.from(rows, (i) => x[i]);

export const expected = JSON.parse(readFileSync('fixtures/expected/regression.json', 'utf8'));

export interface RefModel {
  predictors: string[];
  n: number;
  r: number;
  rSquare: number;
  adjustedRSquare: number;
  stdErrorOfEstimate: number;
  durbinWatson: number;
  anova: Record<string, number>;
  coefficients: Record<string, number | string | null>[];
  residualStatistics: Record<string, Record<string, number>>;
}

/** Compare a fit with an R model to 1e-9 relative (1e-12 absolute near zero). */
export function checkModel(fit: OlsFit, ref: RefModel, what: string): void {
  expect(fit.predictors, what).toEqual(ref.predictors);
  expect(fit.n, what).toBe(ref.n);
  for (const k of ['r', 'rSquare', 'adjustedRSquare', 'stdErrorOfEstimate', 'durbinWatson'] as const) expectClose(fit[k], ref[k], 1e-9, 1e-12, `${what} ${k}`);
  const a = fit.anova;
  const pairs: [number, number][] = [
    [a.regression.sumOfSquares, ref.anova.ssr],
    [a.regression.df, ref.anova.dfr],
    [a.regression.meanSquare, ref.anova.msr],
    [a.residual.sumOfSquares, ref.anova.sse],
    [a.residual.df, ref.anova.dfe],
    [a.residual.meanSquare, ref.anova.mse],
    [a.total.sumOfSquares, ref.anova.sst],
    [a.total.df, ref.anova.dft],
    [a.f, ref.anova.f],
    [a.p, ref.anova.p],
  ];
  pairs.forEach(([g, e], i) => expectClose(g, e, 1e-9, 1e-300, `${what} anova ${i}`));
  expect(fit.coefficients.map((c) => c.term)).toEqual(ref.coefficients.map((c) => c.term));
  fit.coefficients.forEach((c, i) => {
    const e = ref.coefficients[i];
    for (const k of ['b', 'stdError', 't', 'p', 'ciLower', 'ciUpper', 'beta', 'tolerance', 'vif'] as const) {
      if (e[k] === null || e[k] === undefined) expect(c[k], `${what} ${c.term} ${k}`).toBeNull();
      else expectClose(c[k], e[k] as number, 1e-9, 1e-12, `${what} ${c.term} ${k}`);
    }
  });
}


/** fixtures/regression.csv as a Dataset (region as a text variable coded 1..4 in sorted order). */
export function fixtureDataset(names: string[], weight: string | null = null): import('../../src/data/dataset.js').Dataset {
  const { cols, region, rows } = loadRegressionFixture();
  const levels = [...new Set(region)].sort();
  const variables = names.map((name) =>
    name === 'region'
      ? {
          name,
          values: Float64Array.from(region, (r) => levels.indexOf(r) + 1),
          labels: new Map(levels.map((l, i) => [i + 1, l] as [number, string])),
          kind: 'string' as const,
        }
      : { name, values: cols[name], labels: new Map<number, string>(), kind: 'numeric' as const },
  );
  return {
    input: { file: 'fixtures/regression.csv', rows, encoding: 'utf-8', delimiter: ',' },
    allNames: Object.keys(cols).concat('region'),
    variables,
    weights: weight ? cols[weight] : null,
    weightName: weight,
    recodes: [],
    warnings: [],
  };
}
