import { describe, expect, it } from 'vitest';
import { runCsi } from '../../src/analyses/index-run.js';
import { expectClose } from '../helpers/close.js';
import { ref, ds, items, dimensions, base, run } from '../helpers/index-run.js';
import { readIndexFixture } from '../helpers/index-fixture.js';

describe('csat index against R: dimension and item weights (index-weights, derived-importance)', () => {
  it('correlation and regression weights of the dimensions on overall; regression weights of the items', () => {
    const c = run({ weightsMethod: 'correlation', overall: 'overall' }).result;
    const r = ref.correlation.raw as number[];
    c.dimensions.forEach((d, k) => expectClose(d.weight, r[k] / r.reduce((a, b) => a + b, 0), 1e-12));
    expectClose(c.overall.index, ref.correlation.overall, 1e-12);
    expect(c.n).toBe(ref.nOverall);
    const g = run({ weightsMethod: 'regression', overall: 'overall' }).result;
    const b = ref.regression.raw as number[];
    g.dimensions.forEach((d, k) => expectClose(d.weight, b[k] / b.reduce((a, x) => a + x, 0), 1e-10));
    expectClose(g.overall.index, ref.regression.overall, 1e-12);
    const gi = run({ weightsMethod: 'regression', overall: 'overall', dimensions: null }).result;
    expect(gi.dimensions).toEqual([]);
    const bi = ref.regressionItems.raw as number[];
    gi.items.forEach((it, j) => expectClose(it.weight, bi[j] / bi.reduce((a, x) => a + x, 0), 1e-10));
    expectClose(gi.overall.index, ref.regressionItems.overall, 1e-12);
  });
  it('file weights', () => {
    const weights = new Map([['Image', 5], ['Service', 3], ['Environment', 2]]);
    const f = run({ weightsMethod: 'file', weightsFile: { path: 'w.csv', weights } }).result;
    expectClose(f.overall.index, ref.fileWeights.overall, 1e-12);
    expect(() => run({ weightsMethod: 'file', weightsFile: { path: 'w.csv', weights: new Map([['Image', 1]]) } })).toThrow(/no weight for 'Service'/);
    // A name that is neither a dimension nor an item (a typo) is an error, not silently ignored.
    const typo = new Map([...weights, ['Servce', 1]]);
    expect(() => run({ weightsMethod: 'file', weightsFile: { path: 'w.csv', weights: typo } })).toThrow(/names 'Servce', which is not among the dimensions or items/);
    expect(() => run({ weightsMethod: 'file', weightsFile: { path: 'w.csv', weights: new Map([['Image', 1], ['Service', -1], ['Environment', 1]]) } })).toThrow(/weights must be zero or positive/);
  });
  it('file weights of the items within a dimension (q1 2, q2 1: Image = 2/3 I(q1) + 1/3 I(q2))', () => {
    const weights = new Map([['Image', 5], ['Service', 3], ['Environment', 2], ['q1', 2], ['q2', 1]]);
    const f = run({ weightsMethod: 'file', weightsFile: { path: 'w.csv', weights } }).result;
    const [i1, i2] = ref.equalDims.items as number[];
    const image = (2 * i1 + i2) / 3;
    expectClose(f.dimensions[0].index, image, 1e-12);
    expect(f.items.slice(0, 2).map((x) => x.weight)).toEqual([2 / 3, 1 / 3]);
    expectClose(f.overall.index, 0.5 * image + 0.3 * ref.equalDims.dimensions[1] + 0.2 * ref.equalDims.dimensions[2], 1e-12);
    const bad = (q1: number, q2: number) => run({ weightsMethod: 'file', weightsFile: { path: 'w.csv', weights: new Map([...weights, ['q1', q1], ['q2', q2]]) } });
    expect(() => bad(-1, 2)).toThrow(/gives 'q1' the weight -1; weights must be zero or positive/);
    expect(() => bad(0, 0)).toThrow(/gives every item of 'Image' the weight 0/);
    expect(() => run({ weightsMethod: 'file', weightsFile: { path: 'w.csv', weights: new Map([['Image', 5], ['Service', 3], ['Environment', 2], ['q1', 2]]) } })).toThrow(/weights some items of 'Image' but not q2/);
  });
  it('factor weights against R (SPSS varimax, regression scores): shares, components, indices, composite F', () => {
    const fs = readIndexFixture('fixtures/factor-survey.csv');
    const q = Array.from({ length: 12 }, (_, j) => `q${j + 1}`);
    const r = runCsi([{ label: 'f', ds: fs }], { ...base, items: q, dimensions: null, weightsMethod: 'factor', bootstrap: 0 });
    const e = ref.factor;
    expect(r.result.n).toBe(e.n);
    const comps = r.result.components!;
    expect(comps.length).toBe(e.k);
    comps.forEach((c, j) => {
      expectClose(c.sumOfSquares, e.sumOfSquares[j], 1e-9, 0, `SS ${j}`);
      expectClose(c.share, e.share[j], 1e-9, 0, `share ${j}`);
      expect(c.items).toEqual(q.filter((_, i) => e.owner[i] === j + 1));
    });
    r.result.dimensions.forEach((d, j) => expectClose(d.index, e.dimensions[j], 1e-12, 0, `dimension ${j}`));
    expectClose(r.result.overall.index, e.overall, 1e-9);
    const F = r.composite!.scores;
    expect(F.length).toBe(e.composite.length);
    F.forEach((x, i) => expectClose(x, e.composite[i], 1e-9, 1e-12, `F ${i}`));
  });
  it('factor weights: shares of the rotated explained variance sum to 1; composite per respondent', () => {
    const r = run({ weightsMethod: 'factor', dimensions: null });
    const comps = r.result.components!;
    expectClose(comps.reduce((a, c) => a + c.share, 0), 1, 1e-12);
    expect(r.result.dimensions.length).toBe(comps.length);
    expect(r.composite!.scores.length).toBe(ref.n);
    // Regression-method scores have mean 0, so the composite does too.
    expectClose(r.composite!.scores.reduce((a, b) => a + b, 0) / ref.n, 0, 1e-9, 1e-12);
  });
});
