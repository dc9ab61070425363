import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSource, sourceFromBuffer } from '../../src/data/read.js';
import { toDataset } from '../../src/data/convert.js';
import { runExplore, type ExploreCell } from '../../src/analyses/explore.js';
import { AnalysisError, UsageError } from '../../src/errors.js';
import { expectClose } from '../helpers/close.js';
import { expected } from '../helpers/crosstab-explore-fixture.js';

// Expected values: fixtures/oracle/crosstab-explore.R (psych::describe type 2 with SPSS's SEs,
// t.test, quantile type 6, fivenum, shapiro.test, nortest::lillie.test; weights by replicating rows).
const E = expected.explore;

async function run(vars: string[], by: string | null = null, weight: string | null = null) {
  const src = await readSource('fixtures/crosstab-explore.csv');
  const ds = toDataset(src, [...vars, ...(by ? [by] : []), 'id'], { weight, missing: [-3] });
  return runExplore(ds, { vars, by, id: 'id' });
}

const KEYS = ['mean', 'seMean', 'ciLower', 'ciUpper', 'trimmedMean', 'median', 'variance', 'sd', 'min', 'max', 'range', 'iqr', 'skewness', 'seSkewness', 'kurtosis', 'seKurtosis'] as const;

function check(c: ExploreCell, e: any, what: string, weighted = false) {
  expect(c.cases.valid).toBe(e.n);
  for (const k of KEYS) expectClose(c.descriptives[k], e[k], 1e-9, 1e-12, `${what} ${k}`);
  c.percentiles.forEach((p, k) => expectClose(p.weightedAverage, e.percentiles[k], 1e-9, 1e-12, `${what} P${p.p}`));
  c.percentiles.filter((p) => p.tukey !== null).forEach((p, k) => expectClose(p.tukey, e.hinges[k], 1e-9, 1e-12, `${what} hinge ${p.p}`));
  expectClose(c.normality.kolmogorovSmirnov!.statistic, e.lillie.statistic, 1e-9, 0, `${what} D`);
  expect(c.normality.kolmogorovSmirnov!.df).toBe(e.n);
  expectClose(c.normality.shapiroWilk!.statistic, e.shapiro.statistic, 1e-9, 0, `${what} W`);
  expectClose(c.normality.shapiroWilk!.p, e.shapiro.p, 1e-9, 0, `${what} SW p`);
  if (!weighted) {
    expect(c.extremes.highest.map((x) => x.id)).toEqual(e.highest.id);
    expect(c.extremes.lowest.map((x) => x.id)).toEqual(e.lowest.id);
    expect(c.extremes.highest.map((x) => x.case)).toEqual(e.highest.id);
  }
}

describe('explore against R', () => {
  for (const v of ['score', 'wait', 'age', 'q2']) it(v, async () => check((await run([v])).cells[0], E[v], v));
  it('score by gender: one cell per category, in code order', async () => {
    const r = await run(['score'], 'gender');
    expect(r.cells.map((c) => c.group?.label)).toEqual(['Female', 'Male']);
    check(r.cells[0], E.scoreFemale, 'Female');
    check(r.cells[1], E.scoreMale, 'Male');
  });
  it('weights equal replicated rows (Shapiro-Wilk of the repeated cases)', async () => {
    check((await run(['score'], null, 'w')).cells[0], E.scoreWeighted, 'weighted', true);
  });
  it('listwise over the variables, as EXAMINE by default', async () => {
    const r = await run(['score', 'wait']);
    expect(r.cells[0].cases.valid).toBe(r.cells[1].cases.valid);
    expect(r.cells[0].cases.valid).toBeLessThan(E.score.n);
    expect(r.cells[0].cases.total).toBe(240);
  });
  it('boxplot markers: outliers and the extreme case, by case number', async () => {
    const b = (await run(['score'])).cells[0].boxplot!;
    expect(b.extremes.map((c) => c.case)).toEqual([151]);
    expect(b.outliers.map((c) => c.case)).toEqual(expect.arrayContaining([18, 102]));
    expect([b.lowerHinge, b.median, b.upperHinge]).toEqual(E.score.hinges);
  });
});

describe('explore bad input', () => {
  it('a text variable is an analysis error; a continuous --by a usage error', async () => {
    await expect(run(['gender'])).rejects.toThrow(AnalysisError);
    await expect(run(['score'], 'wait')).rejects.toThrow(UsageError);
  });
  it('one case: the statistics that exist, null for the others', () => {
    const ds = toDataset(sourceFromBuffer(Buffer.from('x\n4\n\n'), 'mem.csv'), ['x']);
    const c = runExplore(ds, { vars: ['x'] }).cells[0];
    expect(c.descriptives.mean).toBe(4);
    expect(c.descriptives.sd).toBeNull();
    expect(c.descriptives.ciLower).toBeNull();
    expect(c.normality.kolmogorovSmirnov).toBeNull();
    expect(c.normality.shapiroWilk).toBeNull();
  });
});

describe('explore properties', () => {
  it('adding a constant moves only the location statistics', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 8, maxLength: 40 }).filter((a) => new Set(a).size > 2), fc.integer({ min: -100, max: 100 }), (a, k) => {
        const cell = (values: number[]) => runExplore(toDataset(sourceFromBuffer(Buffer.from(`x\n${values.join('\n')}\n`), 'mem.csv'), ['x']), { vars: ['x'] }).cells[0];
        const c = cell(a);
        const s = cell(a.map((v) => v + k));
        for (const key of ['mean', 'ciLower', 'ciUpper', 'trimmedMean', 'median', 'min', 'max'] as const) expectClose(s.descriptives[key], (c.descriptives[key] as number) + k, 1e-12, 1e-9, key);
        for (const key of ['seMean', 'variance', 'sd', 'range', 'iqr', 'skewness', 'kurtosis'] as const) expectClose(s.descriptives[key], c.descriptives[key] as number, 1e-9, 1e-9, key);
        c.percentiles.forEach((p, j) => expectClose(s.percentiles[j].weightedAverage, (p.weightedAverage as number) + k, 1e-12, 1e-9));
        expectClose(s.normality.kolmogorovSmirnov!.statistic, c.normality.kolmogorovSmirnov!.statistic, 1e-9, 1e-12);
        expectClose(s.normality.shapiroWilk!.statistic, c.normality.shapiroWilk!.statistic, 1e-9, 1e-12);
        expect(s.extremes.highest.map((x) => x.case)).toEqual(c.extremes.highest.map((x) => x.case));
      }),
      { numRuns: 60 },
    );
  });
});
