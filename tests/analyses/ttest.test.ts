import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { readSource, sourceFromBuffer } from '../../src/data/read.js';
import { toDataset } from '../../src/data/convert.js';
import type { Dataset } from '../../src/data/dataset.js';
import { runTTest, type IndependentResult, type TTestSpec } from '../../src/analyses/ttest.js';
import { oneWayAnova } from '../../src/stats/anova.js';
import { AnalysisError, UsageError } from '../../src/errors.js';
import { expectClose } from '../helpers/close.js';

// Expected values: fixtures/oracle/ttest.R (t.test, car::leveneTest center = mean, effectsize's
// noncentral-t intervals solved to 1e-15, SPSS's Hedges J, wilcox.test(exact = FALSE, correct =
// FALSE), pwilcox; weights by replicating rows) on fixtures/groups-survey.csv.
const E = JSON.parse(readFileSync('fixtures/expected/ttest.json', 'utf8'));
const FILE = 'fixtures/groups-survey.csv';
const COLS = ['sat', 'q1', 'pre', 'post', 'gender', 'age'];

async function dataset(weight: string | null = null): Promise<Dataset> {
  return toDataset(await readSource(FILE), COLS, { weight });
}

const close = (a: number | null | undefined, e: number, what: string) => expectClose(a, e, 1e-9, 1e-12, what);

function checkIndependent(r: IndependentResult, e: any, what: string) {
  r.groups.forEach((g, k) => {
    for (const key of ['n', 'mean', 'sd', 'seMean'] as const) close(g[key], e.groups[k][key], `${what} group ${k} ${key}`);
  });
  for (const key of ['f', 'df1', 'df2', 'p'] as const) close(r.levene![key], e.levene[key], `${what} Levene ${key}`);
  for (const row of ['equalVariances', 'unequalVariances'] as const) {
    for (const key of ['t', 'df', 'p', 'difference', 'se', 'ciLower', 'ciUpper'] as const) close(r[row]![key], e[row][key], `${what} ${row} ${key}`);
  }
  const es = r.effectSizes!;
  for (const [got, want] of [[es.cohensD, e.cohensD], [es.hedgesG, e.hedgesG], [es.glassDelta!, e.glassDelta]] as const) {
    for (const key of ['standardizer', 'estimate', 'ciLower', 'ciUpper'] as const) close(got[key], want[key], `${what} effect ${key}`);
  }
  // The method is effectsize's: its own (less tightly solved) limits agree to 1e-5.
  expectClose(es.glassDelta!.ciLower, e.glassDelta.ciPackage[0], 1e-5, 1e-7, `${what} delta vs effectsize`);
  expectClose(es.cohensD.ciUpper, e.cohensD.ciPackage[1], 1e-5, 1e-7, `${what} d vs effectsize`);
}

describe('runTTest against R', () => {
  for (const [set, weight, level] of [['unweighted', null, 0.95], ['weighted', 'w', 0.95], ['level90', null, 0.9]] as const) {
    it(`independent samples, ${set}`, async () => {
      const ds = await dataset(weight);
      const r = runTTest(ds, { vars: ['sat', 'q1'], by: 'gender', level });
      expect(r.groups!.map((g) => g.value)).toEqual([1, 2]);
      checkIndependent(r.independent[0], E[set].sat, `${set} sat`);
      checkIndependent(r.independent[1], E[set].q1, `${set} q1`);
      checkIndependent(runTTest(ds, { vars: ['sat'], by: 'gender', groups: '2,1', level }).independent[0], E[set].satSwapped, `${set} swapped`);
      const age = runTTest(ds, { vars: ['sat'], by: 'age', groups: '老年,青年', level });
      expect(age.groups!.map((g) => g.label)).toEqual(['老年', '青年']);
      checkIndependent(age.independent[0], E[set].satAge, `${set} age`);
      const lw = runTTest(ds, { vars: ['sat', 'q1'], by: 'gender', level, missing: 'listwise' });
      checkIndependent(lw.independent[0], E[set].satListwise, `${set} listwise sat`);
      checkIndependent(lw.independent[1], E[set].q1Listwise, `${set} listwise q1`);
    });

    it(`one sample and paired, ${set}`, async () => {
      const ds = await dataset(weight);
      const o = runTTest(ds, { vars: ['sat', 'q1'], testValue: 3, level });
      o.oneSample.forEach((x, k) => {
        const e = E[set][k === 0 ? 'oneSat' : 'oneQ1'];
        for (const key of ['n', 'mean', 'sd', 'seMean'] as const) close(x.statistics[key], e.statistics[key], `${set} one ${key}`);
        for (const key of ['t', 'df', 'p', 'difference', 'se', 'ciLower', 'ciUpper'] as const) close(x.test![key], e.test[key], `${set} one ${key}`);
        for (const m of ['cohensD', 'hedgesG'] as const) for (const key of ['standardizer', 'estimate', 'ciLower', 'ciUpper'] as const) close(x.effectSizes![m][key], e[m][key], `${set} one ${m} ${key}`);
      });
      const p = runTTest(ds, { vars: [], pairs: [['pre', 'post']], level }).paired[0];
      const e = E[set].paired;
      close(p.n, e.n, 'n');
      p.statistics.forEach((s, k) => {
        for (const key of ['n', 'mean', 'sd', 'seMean'] as const) close(s[key], e.statistics[k][key], `${set} paired stats ${key}`);
      });
      close(p.correlation, e.correlation, 'r');
      close(p.correlationP, e.correlationP, 'r p');
      for (const key of ['mean', 'sd', 'seMean'] as const) close(p.differences[key], e.differences[key], `${set} differences ${key}`);
      for (const key of ['t', 'df', 'p', 'difference', 'se', 'ciLower', 'ciUpper'] as const) close(p.test![key], e.test[key], `${set} paired ${key}`);
      for (const m of ['cohensD', 'hedgesG'] as const) for (const key of ['standardizer', 'estimate', 'ciLower', 'ciUpper'] as const) close(p.effectSizes![m][key], e[m][key], `${set} paired ${m} ${key}`);
    });

    it(`rank tests, ${set}`, async () => {
      const ds = await dataset(weight);
      const r = runTTest(ds, { vars: ['sat', 'q1'], by: 'gender', nonparametric: true });
      expect(r.independent).toEqual([]);
      r.mannWhitney.forEach((m, k) => {
        const e = E[set][k === 0 ? 'mwSat' : 'mwQ1'];
        m.ranks.forEach((s, g) => {
          close(s.n, e.n[g], 'n');
          close(s.rankSum, e.rankSum[g], 'rank sum');
          close(s.meanRank, e.meanRank[g], 'mean rank');
        });
        for (const key of ['u', 'wilcoxonW', 'z', 'p'] as const) close(m[key], e[key], `${set} M-W ${key}`);
        expect(m.exactP).toBeNull();
      });
      const w = runTTest(ds, { vars: [], pairs: [['pre', 'post']], nonparametric: true }).wilcoxon[0];
      const e = E[set].paired.wilcoxon;
      close(w.negative.n, e.negative.n, 'neg n');
      close(w.negative.rankSum, e.negative.rankSum, 'neg sum');
      close(w.positive.n, e.positive.n, 'pos n');
      close(w.positive.rankSum, e.positive.rankSum, 'pos sum');
      close(w.ties, e.ties, 'ties');
      close(w.z, e.z, 'z');
      close(w.p, e.p, 'p');
      expect(w.basedOn).toBe(w.negative.rankSum <= w.positive.rankSum ? 'negative' : 'positive');
    });
  }

  it('the exact significance of a small sample (not corrected for ties), as NPAR TESTS prints it', () => {
    const lines = readFileSync(FILE, 'utf8').split('\n').slice(0, 31).join('\n');
    const ds = toDataset(sourceFromBuffer(Buffer.from(lines), 'small.csv'), COLS);
    const r = runTTest(ds, { vars: ['sat', 'q1'], by: 'gender', nonparametric: true });
    r.mannWhitney.forEach((m, k) => {
      const e = E.small[k === 0 ? 'mwSat' : 'mwQ1'];
      for (const key of ['u', 'wilcoxonW', 'z', 'p', 'exactP'] as const) close(m[key], e[key], `small ${key}`);
    });
  });
});

describe('runTTest: bad input', () => {
  it('more than two groups without --groups names them and suggests anova', async () => {
    const ds = await dataset();
    expect(() => runTTest(ds, { vars: ['sat'], by: 'age' })).toThrow(UsageError);
    expect(() => runTTest(ds, { vars: ['sat'], by: 'age' })).toThrow(/3 groups \(青年, 中年, 老年\).*csat anova/);
  });
  it('a group that is not there, and a count other than two', async () => {
    const ds = await dataset();
    expect(() => runTTest(ds, { vars: ['sat'], by: 'gender', groups: '1,3' })).toThrow(/names the group '3'.*groups found: 1, 2/);
    expect(() => runTTest(ds, { vars: ['sat'], by: 'age', groups: '青年,中年,老年' })).toThrow(/names 3 groups/);
  });
  it('one level, text test variables, a continuous --by', async () => {
    const ds = await dataset();
    expect(() => runTTest(ds, { vars: ['sat'], by: 'gender', groups: '1,1' })).toThrow(UsageError);
    const one = toDataset(sourceFromBuffer(Buffer.from('g,x\n1,2\n1,3\n1,4\n'), 'one.csv'), ['g', 'x']);
    expect(() => runTTest(one, { vars: ['x'], by: 'g' })).toThrow(AnalysisError);
    expect(() => runTTest(one, { vars: ['x'], by: 'g' })).toThrow(/only one group/);
    expect(() => runTTest(ds, { vars: ['age'], by: 'gender' })).toThrow(/text categories/);
    expect(() => runTTest(ds, { vars: ['q1'], by: 'sat' })).toThrow(/looks continuous.*bin/);
  });
  it('a group with one case: what exists is there, the rest null', () => {
    const ds = toDataset(sourceFromBuffer(Buffer.from('g,x\n1,2\n2,3\n2,4\n2,6\n'), 'single.csv'), ['g', 'x']);
    const r = runTTest(ds, { vars: ['x'], by: 'g' }).independent[0];
    expect(r.groups[0]).toEqual({ n: 1, mean: 2, sd: null, seMean: null });
    expect(r.equalVariances).not.toBeNull();
    expect(r.unequalVariances).toBeNull();
    expect(r.effectSizes!.glassDelta).not.toBeNull();
  });
  it('constant in both groups: flagged, no t', () => {
    const ds = toDataset(sourceFromBuffer(Buffer.from('g,x\n1,2\n1,2\n2,3\n2,3\n'), 'const.csv'), ['g', 'x']);
    const r = runTTest(ds, { vars: ['x'], by: 'g' }).independent[0];
    expect(r.constant).toBe(true);
    expect(r.equalVariances).toBeNull();
    expect(r.unequalVariances).toBeNull();
    expect(r.effectSizes).toBeNull();
  });
});

/** A dataset from plain columns (numeric, 'g' the group). */
function columns(g: number[], x: number[], w: number[] | null = null): Dataset {
  const rows = g.length;
  return {
    input: { file: 'p.csv', rows, encoding: 'utf8', delimiter: ',' },
    allNames: ['g', 'x'],
    variables: [
      { name: 'g', values: Float64Array.from(g), labels: new Map(), kind: 'numeric' },
      { name: 'x', values: Float64Array.from(x), labels: new Map(), kind: 'numeric' },
    ],
    weights: w ? Float64Array.from(w) : null,
    weightName: w ? 'w' : null,
    recodes: [],
    warnings: [],
  };
}

const sample = fc
  .array(fc.record({ g: fc.constantFrom(1, 2), x: fc.integer({ min: 1, max: 7 }), w: fc.integer({ min: 1, max: 3 }) }), { minLength: 8, maxLength: 40 })
  .filter((rs) => [1, 2].every((g) => new Set(rs.filter((r) => r.g === g).map((r) => r.x)).size > 1));

const spec: TTestSpec = { vars: ['x'], by: 'g', groups: '1,2' };
const rel = (a: number | null | undefined, b: number | null | undefined, tol = 1e-9) => {
  if (a == null || b == null) return expect(a ?? null).toBe(b ?? null);
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));
};

describe('runTTest properties', () => {
  it('integer weights equal replicated rows', () => {
    fc.assert(
      fc.property(sample, (rs) => {
        const weighted = runTTest(columns(rs.map((r) => r.g), rs.map((r) => r.x), rs.map((r) => r.w)), spec).independent[0];
        const rep = rs.flatMap((r) => Array.from({ length: r.w }, () => r));
        const replicated = runTTest(columns(rep.map((r) => r.g), rep.map((r) => r.x)), spec).independent[0];
        for (const k of ['t', 'df', 'p', 'ciLower'] as const) rel(weighted.equalVariances![k], replicated.equalVariances![k]);
        for (const k of ['t', 'df', 'p'] as const) rel(weighted.unequalVariances![k], replicated.unequalVariances![k]);
        rel(weighted.levene?.f, replicated.levene?.f);
        rel(weighted.effectSizes!.cohensD.ciLower, replicated.effectSizes!.cohensD.ciLower, 1e-8);
        const mw = (ds: Dataset) => runTTest(ds, { ...spec, nonparametric: true }).mannWhitney[0];
        rel(mw(columns(rs.map((r) => r.g), rs.map((r) => r.x), rs.map((r) => r.w))).z, mw(columns(rep.map((r) => r.g), rep.map((r) => r.x))).z);
      }),
      { numRuns: 20 },
    );
  });
  it('swapping the groups flips the signs only', () => {
    fc.assert(
      fc.property(sample, (rs) => {
        const ds = columns(rs.map((r) => r.g), rs.map((r) => r.x));
        const a = runTTest(ds, spec).independent[0];
        const b = runTTest(ds, { ...spec, groups: '2,1' }).independent[0];
        for (const row of ['equalVariances', 'unequalVariances'] as const) {
          rel(a[row]!.t, -b[row]!.t);
          rel(a[row]!.p, b[row]!.p);
          rel(a[row]!.df, b[row]!.df);
          rel(a[row]!.ciLower, -b[row]!.ciUpper);
        }
        rel(a.levene?.f, b.levene?.f);
        rel(a.effectSizes!.cohensD.estimate, -b.effectSizes!.cohensD.estimate);
        rel(a.effectSizes!.cohensD.ciLower, -b.effectSizes!.cohensD.ciUpper, 1e-8);
        const mw = (groups: string) => runTTest(ds, { ...spec, groups, nonparametric: true }).mannWhitney[0];
        rel(mw('1,2').u, mw('2,1').u);
        rel(mw('1,2').p, mw('2,1').p);
      }),
      { numRuns: 20 },
    );
  });
  it('adding a constant changes only the means', () => {
    fc.assert(
      fc.property(sample, fc.integer({ min: -50, max: 50 }), (rs, c) => {
        const a = runTTest(columns(rs.map((r) => r.g), rs.map((r) => r.x)), spec).independent[0];
        const b = runTTest(columns(rs.map((r) => r.g), rs.map((r) => r.x + c)), spec).independent[0];
        rel(a.groups[0].mean! + c, b.groups[0].mean);
        rel(a.groups[1].sd, b.groups[1].sd);
        rel(a.levene?.f, b.levene?.f, 1e-7);
        for (const k of ['t', 'df', 'p', 'difference', 'se'] as const) rel(a.equalVariances![k], b.equalVariances![k], 1e-8);
        rel(a.effectSizes!.hedgesG.estimate, b.effectSizes!.hedgesG.estimate, 1e-8);
      }),
      { numRuns: 20 },
    );
  });
  it("t squared equals the one-way ANOVA F of the two groups", () => {
    fc.assert(
      fc.property(sample, (rs) => {
        const r = runTTest(columns(rs.map((r) => r.g), rs.map((r) => r.x)), spec).independent[0];
        const f = oneWayAnova(r.groups.map((g) => ({ n: g.n, mean: g.mean!, variance: g.sd! ** 2 })))!;
        rel(r.equalVariances!.t ** 2, f.f);
        rel(r.equalVariances!.p, f.p);
      }),
      { numRuns: 20 },
    );
  });
});
