import { describe, expect, it } from 'vitest';
import { runReliability, type ScaleReliability } from '../../src/analyses/reliability.js';
import { AnalysisError, UsageError } from '../../src/errors.js';
import type { Dataset } from '../../src/data/dataset.js';
import { expectClose } from '../helpers/close.js';
import { simpleDataset } from '../helpers/simple-dataset.js';
import { expected, fixtureCsv, type Scenario } from '../helpers/reliability-fixture.js';

const ALL_ITEMS = ['a1', 'a2', 'a3', 'a4', 'a5', 'b1', 'b2', 'b3', 'c1', 'c2', 'z'];

function datasetFor(s: Pick<Scenario, 'reversed' | 'weighted'>): Dataset {
  return simpleDataset(fixtureCsv, ALL_ITEMS, {
    reverse: Object.fromEntries(s.reversed.map((it) => [it, [1, 5] as [number, number]])),
    weight: s.weighted ? 'w' : undefined,
  });
}

/** Every number in a result is finite; a missing statistic is null, never NaN or undefined. */
function expectNoNaN(x: unknown, where = 'result'): void {
  if (x === null || typeof x === 'string' || typeof x === 'boolean') return;
  if (typeof x === 'number') {
    expect(Number.isFinite(x), where).toBe(true);
    return;
  }
  expect(x, where).not.toBeUndefined();
  if (Array.isArray(x)) x.forEach((v, i) => expectNoNaN(v, `${where}[${i}]`));
  else for (const [k, v] of Object.entries(x as object)) expectNoNaN(v, `${where}.${k}`);
}

function compare(r: ScaleReliability, s: Scenario): void {
  const c = (a: number | null, b: number | null, what: string) => {
    if (b === null) expect(a, what).toBeNull();
    else expectClose(a, b, 1e-9, 1e-12, `${s.name} ${what}`);
  };
  expect(r.items).toEqual(s.items);
  expect(r.reversed).toEqual(s.reversed);
  c(r.n, s.n, 'n');
  c(r.nExcluded, s.nExcluded, 'nExcluded');
  c(r.alpha, s.alpha, 'alpha');
  c(r.standardizedAlpha, s.standardizedAlpha, 'standardizedAlpha');
  expect(r.alphaCI.level).toBe(s.level);
  c(r.alphaCI.lower, s.alphaCI.lower, 'CI lower');
  c(r.alphaCI.upper, s.alphaCI.upper, 'CI upper');
  c(r.omega, s.omega, 'omega');
  r.itemStatistics.forEach((it, j) => {
    const e = s.itemStatistics[j];
    expect(it.item).toBe(e.item);
    c(it.mean, e.mean, `${e.item} mean`);
    c(it.sd, e.sd, `${e.item} sd`);
    c(it.n, e.n, `${e.item} n`);
  });
  for (const part of ['means', 'variances', 'interItemCorrelations'] as const) {
    for (const key of ['mean', 'min', 'max', 'range', 'maxOverMin', 'variance'] as const) {
      c(r.summaryItemStatistics[part][key], s.summaryItemStatistics[part][key], `${part}.${key}`);
    }
  }
  r.itemTotal.forEach((it, j) => {
    const e = s.itemTotal[j];
    expect(it.item).toBe(e.item);
    c(it.scaleMeanIfDeleted, e.scaleMeanIfDeleted, `${e.item} scaleMeanIfDeleted`);
    c(it.scaleVarianceIfDeleted, e.scaleVarianceIfDeleted, `${e.item} scaleVarianceIfDeleted`);
    c(it.correctedItemTotalCorrelation, e.correctedItemTotalCorrelation, `${e.item} corrected r`);
    c(it.squaredMultipleCorrelation, e.squaredMultipleCorrelation, `${e.item} smc`);
    c(it.alphaIfDeleted, e.alphaIfDeleted, `${e.item} alphaIfDeleted`);
  });
  c(r.scale.mean, s.scale.mean, 'scale mean');
  c(r.scale.variance, s.scale.variance, 'scale variance');
  c(r.scale.sd, s.scale.sd, 'scale sd');
  expect(r.scale.nItems).toBe(s.scale.nItems);
}

describe('runReliability vs R on fixtures/reliability-small.csv', () => {
  for (const s of expected.scenarios) {
    it(`${s.name} (${s.missingMode}${s.weighted ? ', weighted by replication' : ''}, CI ${s.level})`, () => {
      const res = runReliability(datasetFor(s), [{ name: s.name, items: s.items }], {
        missingMode: s.missingMode,
        ciLevel: s.level,
      });
      expect(res.scales).toHaveLength(1);
      expect(res.scales[0].name).toBe(s.name);
      compare(res.scales[0], s);
      expectNoNaN(JSON.parse(JSON.stringify(res)));
      expectNoNaN(res);
    });
  }

  it('several scales in one run keep their order and their own listwise samples', () => {
    const A = expected.scenarios.find((s) => s.name === 'A')!;
    const B = expected.scenarios.find((s) => s.name === 'B')!;
    const res = runReliability(datasetFor(A), [
      { name: 'B', items: B.items },
      { name: 'A', items: A.items },
    ], { missingMode: 'listwise', ciLevel: 0.95 });
    expect(res.scales.map((s) => s.name)).toEqual(['B', 'A']);
    compare(res.scales[0], B);
    compare(res.scales[1], A);
  });
});

describe('runReliability warnings and errors', () => {
  const plain = () => datasetFor({ reversed: [], weighted: false });
  const opts = { missingMode: 'listwise' as const, ciLevel: 0.95 };

  it('an unrecoded reverse-keyed item: negative corrected item-total correlation, "reverse-keyed?"', () => {
    const res = runReliability(plain(), [{ name: 'A', items: ['a1', 'a2', 'a3', 'a4', 'a5'] }], opts);
    const w = res.warnings.filter((x) => x.includes('reverse-keyed?'));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/scale 'A': a3 has a negative corrected item-total correlation \(-\.\d{3}\)/);
    expect(res.scales[0].reversed).toEqual([]);
  });

  it("a negative alpha carries SPSS's footnote as a warning", () => {
    const res = runReliability(plain(), [{ name: 'neg', items: ['a1', 'a3'] }], opts);
    expect(res.scales[0].alpha).toBeLessThan(0);
    expect(res.warnings.some((x) => x.includes('negative due to a negative average covariance among items'))).toBe(true);
  });

  it('zero-variance items are removed with a warning; too few left is an AnalysisError', () => {
    const res = runReliability(plain(), [{ name: 'Z', items: ['b1', 'z', 'b2'] }], opts);
    expect(res.scales[0].items).toEqual(['b1', 'b2']);
    expect(res.scales[0].removed).toEqual(['z']);
    expect(runReliability(plain(), [{ name: 'B', items: ['b1', 'b2'] }], opts).scales[0].removed).toEqual([]);
    expect(res.warnings.some((x) => /scale 'Z': removed from the scale for zero variance \(every case gave the same answer\): z/.test(x))).toBe(true);
    expect(() => runReliability(plain(), [{ name: 'Z', items: ['b1', 'z'] }], opts)).toThrow(AnalysisError);
  });

  it('answers too large for a variance (overflow) are an AnalysisError naming the item, in both modes', () => {
    const ds = plain();
    const huge: Dataset = {
      ...ds,
      variables: ds.variables.map((v) => (v.name === 'b2' ? { ...v, values: v.values.map((x) => x * 1e300) } : v)),
    };
    for (const missingMode of ['listwise', 'pairwise'] as const) {
      expect(() => runReliability(huge, [{ name: 'H', items: ['b1', 'b2', 'b3'] }], { ...opts, missingMode })).toThrow(
        /scale 'H': the values of b2 are too large/,
      );
    }
  });

  it('fewer than 2 items is an AnalysisError naming the scale', () => {
    expect(() => runReliability(plain(), [{ name: 'One', items: ['a1'] }], opts)).toThrow(AnalysisError);
    expect(() => runReliability(plain(), [{ name: 'One', items: ['a1'] }], opts)).toThrow(/scale 'One' has 1 item/);
  });

  it('usage problems: unknown or repeated items, repeated scale names, a bad CI level, no scales', () => {
    expect(() => runReliability(plain(), [{ name: 'S', items: ['a1', 'nope'] }], opts)).toThrow(UsageError);
    expect(() => runReliability(plain(), [{ name: 'S', items: ['a1', 'a1'] }], opts)).toThrow(/lists a1 twice/);
    expect(() =>
      runReliability(plain(), [{ name: 'S', items: ['a1', 'a2'] }, { name: 'S', items: ['b1', 'b2'] }], opts),
    ).toThrow(/two scales are named 'S'/);
    expect(() => runReliability(plain(), [{ name: 'S', items: ['a1', 'a2'] }], { ...opts, ciLevel: 95 })).toThrow(UsageError);
    expect(() => runReliability(plain(), [], opts)).toThrow(UsageError);
  });

  it('too few complete cases is an AnalysisError', () => {
    const ds = plain();
    for (const v of ds.variables) v.values = v.values.slice(0, 1);
    expect(() => runReliability(ds, [{ name: 'S', items: ['a1', 'a2'] }], opts)).toThrow(/only 1 case/);
  });

  it('pairwise: an item answered by fewer than 2 cases is an AnalysisError worded for pairwise deletion', () => {
    const ds = plain();
    const a1 = ds.variables.find((v) => v.name === 'a1')!;
    a1.values = a1.values.map((x, i) => (i === 0 ? x : NaN));
    const run = (lang: 'en' | 'zh') => () => runReliability(ds, [{ name: 'P', items: ['a1', 'a2'] }], { ...opts, missingMode: 'pairwise', lang });
    expect(run('en')).toThrow(AnalysisError);
    expect(run('en')).toThrow("scale 'P': only 1 case(s) answered a1; pairwise deletion needs at least 2 answers to each item");
    expect(run('zh')).toThrow('标度“P”：只有 1 个个案回答了 a1；成对删除要求每项至少有 2 个个案回答');
  });

  it('keepGoing: a scale that cannot be computed is left out with a warning, the others are computed', () => {
    const scales = [
      { name: 'A', items: ['a1', 'a2', 'a4'] },
      { name: 'Z', items: ['b1', 'z'] },
      { name: 'One', items: ['c1'] },
      { name: 'B', items: ['b1', 'b2', 'b3'] },
    ];
    const res = runReliability(plain(), scales, { ...opts, keepGoing: true });
    expect(res.scales.map((s) => s.name)).toEqual(['A', 'B']);
    expect(res.notComputed?.map((n) => [n.name, n.position])).toEqual([
      ['Z', 1],
      ['One', 2],
    ]);
    expect(res.notComputed?.[0].reason).toMatch(/^scale 'Z' has 1 item\(s\) with any variance left after removing the constant ones \(z\)/);
    expect(res.warnings.filter((w) => w.endsWith('the scale is left out and the other scales are reported'))).toHaveLength(2);
    // The failed scale's own zero-variance warning is folded into its reason.
    expect(res.warnings.some((w) => w.includes('removed from the scale for zero variance'))).toBe(false);
    // Without keepGoing (csat analyze's component step), the first failure still throws.
    expect(() => runReliability(plain(), scales, opts)).toThrow(AnalysisError);
    // A usage problem is never skipped.
    expect(() => runReliability(plain(), [scales[0], { name: 'U', items: ['a1', 'nope'] }], { ...opts, keepGoing: true })).toThrow(UsageError);
  });

  it('keepGoing: no scale computable is an AnalysisError (the one reason, or every reason)', () => {
    const k = { ...opts, keepGoing: true };
    expect(() => runReliability(plain(), [{ name: 'One', items: ['c1'] }], k)).toThrow(/^scale 'One' has 1 item\(s\) \(c1\); reliability needs at least 2$/);
    expect(() =>
      runReliability(plain(), [{ name: 'One', items: ['c1'] }, { name: 'Z', items: ['b1', 'z'] }], k),
    ).toThrow(/^no scale could be computed: scale 'One' has 1 item\(s\) \(c1\); reliability needs at least 2; scale 'Z' has 1 item/);
  });

  it('pairwise: two items never answered together is an AnalysisError naming them', () => {
    const ds = plain();
    const a1 = ds.variables.find((v) => v.name === 'a1')!;
    const a2 = ds.variables.find((v) => v.name === 'a2')!;
    a1.values = a1.values.map((x, i) => (i < 120 ? x : NaN));
    a2.values = a2.values.map((x, i) => (i >= 120 ? x : NaN));
    expect(() => runReliability(ds, [{ name: 'P', items: ['a1', 'a2', 'a4'] }], { ...opts, missingMode: 'pairwise' })).toThrow(
      /fewer than 2 cases answered both a1 and a2/,
    );
  });

  it('a singular correlation matrix leaves alpha but no SMCs (null), with a warning naming the item', () => {
    const ds = plain();
    const a1 = ds.variables.find((v) => v.name === 'a1')!;
    const a2 = ds.variables.find((v) => v.name === 'a2')!;
    ds.variables.push({ name: 'sum12', values: a1.values.map((x, i) => x + a2.values[i]), labels: new Map(), kind: 'numeric' });
    const res = runReliability(ds, [{ name: 'S', items: ['a1', 'a2', 'a4', 'sum12'] }], opts);
    const s = res.scales[0];
    expect(s.alpha).not.toBeNull();
    expect(s.itemTotal.every((r) => r.squaredMultipleCorrelation === null)).toBe(true);
    expect(res.warnings.some((x) => /sum12 is a linear combination/.test(x))).toBe(true);
    expectNoNaN(s);
  });

  it('omega that does not exist is null: two items, or a one-factor solution that does not settle', () => {
    const res = runReliability(plain(), [
      { name: 'C', items: ['c1', 'c2'] },
      { name: 'B', items: ['b1', 'b2', 'b3'] },
    ], opts);
    expect(res.scales.map((s) => s.omega)).toEqual([null, null]);
    expect(res.warnings.some((x) => x.startsWith("scale 'B': omega is not reported"))).toBe(true);
  });

  it('warnings in Chinese with lang zh', () => {
    const res = runReliability(plain(), [{ name: 'A', items: ['a1', 'a2', 'a3', 'a4', 'a5'] }], { ...opts, lang: 'zh' });
    expect(res.warnings.some((x) => x.includes('修正后的项与总计相关性为负'))).toBe(true);
  });
});
