import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { readSource, sourceFromBuffer } from '../../src/data/read.js';
import { toDataset } from '../../src/data/convert.js';
import { runAnova, type AnovaVariable } from '../../src/analyses/anova.js';
import { AnalysisError, UsageError } from '../../src/errors.js';
import { expectClose } from '../helpers/close.js';

// Expected values: fixtures/oracle/anova.R (aov, oneway.test, car::leveneTest, effectsize,
// kruskal.test, TukeyHSD, pairwise.t.test; weights by replicating rows).
const E = JSON.parse(readFileSync('fixtures/expected/anova.json', 'utf8'));

async function run(opts: { weight?: boolean; missing?: 'analysis' | 'listwise'; nonparametric?: boolean; posthoc?: ('tukey' | 'lsd')[] } = {}) {
  const src = await readSource('fixtures/groups-survey.csv');
  const ds = toDataset(src, ['sat', 'q1', 'age'], { weight: opts.weight ? 'w' : null });
  return runAnova(ds, { vars: ['sat', 'q1'], by: 'age', missing: opts.missing, nonparametric: opts.nonparametric, posthoc: opts.posthoc });
}

const DESC = ['n', 'mean', 'sd', 'stdError', 'ciLower', 'ciUpper', 'min', 'max'] as const;
const TEST = ['statistic', 'df1', 'df2', 'p'] as const;

function check(v: AnovaVariable, e: any) {
  expect(v.groups.map((g) => g.label)).toEqual(['青年', '中年', '老年']);
  v.descriptives.forEach((row, k) => DESC.forEach((key) => expectClose(row[key], e.descriptives[k][key], 1e-9, 1e-12, `${v.variable} ${k} ${key}`)));
  expect(v.descriptives[3].group).toBeNull();
  for (const [key, want] of Object.entries(e.homogeneity)) {
    const got = v.homogeneity![key as 'mean'];
    TEST.forEach((k) => expectClose(got![k], (want as any)[k], 1e-9, 0, `levene ${key} ${k}`));
  }
  const a = v.anova!;
  expectClose(a.betweenGroups.sumOfSquares, e.anova.ssBetween, 1e-9, 0, 'SSB');
  expectClose(a.withinGroups.sumOfSquares, e.anova.ssWithin, 1e-9, 0, 'SSW');
  expectClose(a.total.sumOfSquares, e.anova.ssBetween + e.anova.ssWithin, 1e-9, 0, 'SST');
  expectClose(a.betweenGroups.meanSquare, e.anova.msBetween, 1e-9, 0, 'MSB');
  expectClose(a.withinGroups.meanSquare, e.anova.msWithin, 1e-9, 0, 'MSW');
  expect([a.betweenGroups.df, a.withinGroups.df]).toEqual([e.anova.dfBetween, e.anova.dfWithin]);
  expectClose(a.f, e.anova.f, 1e-9, 0, 'F');
  expectClose(a.p, e.anova.p, 1e-9, 0, 'p');
  TEST.forEach((k) => expectClose(v.robust!.welch![k], e.welch[k], 1e-9, 0, `welch ${k}`));
  TEST.forEach((k) => expectClose(v.robust!.brownForsythe![k], e.brownForsythe[k], 1e-9, 0, `b-f ${k}`));
  for (const key of ['etaSquared', 'epsilonSquared', 'omegaSquared'] as const) {
    expectClose(v.effectSizes![key].estimate, e[key].estimate, 1e-9, 0, key);
    // The limits are roots found by R's uniroot (tol 1e-15 on lambda): 1e-8 relative, 1e-10 absolute near 0.
    expectClose(v.effectSizes![key].ciLower, e[key].ci[0], 1e-8, 1e-10, `${key} lower`);
    expectClose(v.effectSizes![key].ciUpper, e[key].ci[1], 1e-8, 1e-10, `${key} upper`);
  }
}

describe('csat anova analysis against R', () => {
  for (const [name, opts] of [['unweighted', {}], ['weighted', { weight: true }], ['listwise', { missing: 'listwise' }]] as const) {
    it(`Descriptives, Levene, ANOVA, robust tests, effect sizes (${name})`, async () => {
      const { result } = await run(opts);
      for (const v of result.tests) check(v, E[name][v.variable]);
    });
  }
  it('Kruskal-Wallis with --nonparametric (and no parametric tables)', async () => {
    for (const weight of [false, true]) {
      const { result } = await run({ nonparametric: true, weight });
      for (const v of result.tests) {
        const e = E[weight ? 'weighted' : 'unweighted'][v.variable].kruskal;
        expect(v.anova).toBeNull();
        const kw = v.kruskalWallis!;
        expectClose(kw.h, e.h, 1e-9, 0, 'H');
        expect(kw.df).toBe(e.df);
        expectClose(kw.p, e.p, 1e-9, 0, 'p');
        kw.ranks.forEach((r, k) => expectClose(r.meanRank, e.meanRank[k], 1e-9, 0, 'mean rank'));
        expect(kw.total).toBe(v.descriptives[3].n);
      }
    }
  });
  it('post hoc tests from the same groups: Tukey HSD equals TukeyHSD', async () => {
    const { result } = await run({ posthoc: ['tukey', 'lsd'] });
    const sat = result.tests[0];
    expect(sat.posthoc.map((p) => p.test)).toEqual(['tukey', 'lsd']);
    const tukey = sat.posthoc[0];
    tukey.comparisons.forEach((c, k) => {
      const e = E.posthoc.sat.pairs[k];
      expect([c.i, c.j]).toEqual([e.i, e.j]);
      expectClose(c.p, e.tukey.p, 1e-8, 1e-12, 'tukey p');
      expectClose(sat.posthoc[1].comparisons[k].p, e.lsd.p, 1e-9, 0, 'lsd p');
    });
  });
});

async function fromCsv(csv: string, vars = ['y'], opts: Parameters<typeof runAnova>[1] extends infer O ? Partial<O> : never = {}) {
  const src = sourceFromBuffer(Buffer.from(csv), 'mem.csv');
  const names = [...vars, 'g', ...(csv.startsWith('g,y,w') ? ['w'] : [])];
  const ds = toDataset(src, names, { weight: csv.startsWith('g,y,w') ? 'w' : null });
  return runAnova(ds, { vars, by: 'g', ...opts });
}

describe('bad input', () => {
  it('a factor with one level, a variable constant in every group, a continuous factor', async () => {
    await expect(fromCsv('g,y\n1,2\n1,3\n1,4\n')).rejects.toThrow(AnalysisError);
    await expect(fromCsv('g,y\n1,2\n1,2\n2,3\n2,3\n')).rejects.toThrow(/constant within every group/);
    const many = ['g,y', ...Array.from({ length: 60 }, (_, i) => `${i},${i % 7}`)].join('\n');
    await expect(fromCsv(many)).rejects.toThrow(UsageError);
  });
  it('text levels in order of first appearance; a post hoc test for two groups or with a group of one case is a warning', async () => {
    const r = await fromCsv('g,y\n乙,2\n甲,3\n乙,4\n甲,6\n', ['y'], { posthoc: ['tukey'] });
    expect(r.result.tests[0].groups.map((g) => g.label)).toEqual(['乙', '甲']);
    expect(r.result.tests[0].posthoc).toEqual([]);
    expect(r.warnings[0]).toBe('Post hoc tests are not performed for y because there are fewer than three groups.');
    const one = await fromCsv('g,y\n1,2\n1,3\n2,4\n2,6\n3,5\n', ['y'], { posthoc: ['lsd'] });
    expect(one.warnings).toContain('Post hoc tests are not performed for y because at least one group has fewer than two cases.');
    expect(one.result.tests[0].descriptives[2].sd).toBeNull();
    const fractional = await fromCsv('g,y,w\n1,2,1.5\n1,3,1\n2,4,1\n2,6,2\n3,5,1\n3,1,1\n', ['y'], { posthoc: ['tukey'] });
    expect(fractional.warnings).toEqual(['Post hoc tests are not performed for y because the weights of a group do not sum to a whole number of cases.']);
  });
  it('dunnett with a control that is not a level', async () => {
    await expect(fromCsv('g,y\n1,2\n1,3\n2,4\n2,6\n3,5\n3,1\n', ['y'], { posthoc: ['dunnett'], control: '9' })).rejects.toThrow(/--control names the group '9', which g does not have/);
  });
});

describe('properties', () => {
  const data = fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 3 })), { minLength: 12, maxLength: 40 })
    .filter((rows) => [1, 2, 3].every((g) => rows.filter((r) => r[0] === g).length >= 2) && new Set(rows.map((r) => r[1])).size > 1);
  const csv = (rows: [number, number, number][], weighted = false) => (weighted ? 'g,y,w\n' : 'g,y\n') + rows.map((r) => (weighted ? r.join(',') : `${r[0]},${r[1]}`)).join('\n');
  const tryRun = async (s: string, opts = {}) => { try { return (await fromCsv(s, ['y'], opts)).result.tests[0]; } catch (e) { if (e instanceof AnalysisError) return null; throw e; } };
  it('the order of the groups does not change F or p', async () => {
    await fc.assert(fc.asyncProperty(data, async (rows) => {
      const a = await tryRun(csv(rows as [number, number, number][]));
      // Relabel 1 -> 3, 3 -> 1: the groups come in the other order.
      const b = await tryRun(csv(rows.map(([g, y, w]) => [4 - g, y, w]) as [number, number, number][]));
      if (!a || !b) return a === b;
      expectClose(b.anova!.f, a.anova!.f!, 1e-10, 1e-12, 'F');
      expectClose(b.anova!.p, a.anova!.p!, 1e-10, 1e-12, 'p');
      expectClose(b.homogeneity!.mean!.statistic, a.homogeneity!.mean!.statistic, 1e-10, 1e-12, 'levene');
      return true;
    }), { numRuns: 40 });
  });
  it('integer weights equal replicated rows', async () => {
    await fc.assert(fc.asyncProperty(data, async (rows) => {
      const a = await tryRun(csv(rows as [number, number, number][], true), { posthoc: ['lsd'] });
      const b = await tryRun(csv(rows.flatMap(([g, y, w]) => Array.from({ length: w }, () => [g, y, 1])) as [number, number, number][]), { posthoc: ['lsd'] });
      if (!a || !b) return a === b;
      expectClose(a.anova!.f, b.anova!.f!, 1e-10, 1e-12, 'F');
      expect(a.robust!.welch === null).toBe(b.robust!.welch === null);
      if (a.robust!.welch) expectClose(a.robust!.welch.statistic, b.robust!.welch!.statistic, 1e-10, 1e-12, 'welch');
      expectClose(a.homogeneity!.median!.statistic, b.homogeneity!.median!.statistic, 1e-10, 1e-12, 'levene median');
      a.posthoc[0].comparisons.forEach((c, k) => expectClose(c.p, b.posthoc[0].comparisons[k].p!, 1e-10, 1e-12, 'lsd p'));
      return true;
    }), { numRuns: 40 });
  });
  it('adding a constant changes only the means', async () => {
    await fc.assert(fc.asyncProperty(data, fc.integer({ min: -50, max: 50 }), async (rows, c) => {
      const a = await tryRun(csv(rows as [number, number, number][]));
      const b = await tryRun(csv(rows.map(([g, y, w]) => [g, y + c, w]) as [number, number, number][]));
      if (!a || !b) return a === b;
      expectClose(b.anova!.f, a.anova!.f!, 1e-9, 1e-12, 'F');
      expectClose(b.descriptives[0].sd, a.descriptives[0].sd!, 1e-9, 1e-12, 'sd');
      expectClose(b.descriptives[3].mean, a.descriptives[3].mean + c, 1e-12, 1e-12, 'mean');
      expectClose(b.homogeneity!.trimmed!.statistic, a.homogeneity!.trimmed!.statistic, 1e-9, 1e-12, 'levene trimmed');
      return true;
    }), { numRuns: 40 });
  });
});
