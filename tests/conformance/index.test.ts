/**
 * Conformance of `csat index` and `csat ipa` on HBAT (../shared/reference): the numbers they are
 * built from, as R computed them for the reference (item means, Pearson r with x19, standardized
 * Betas of x19 on x6..x18, SPSS varimax sums of squares), put through the index and IPA formulas
 * by hand here and compared with what csat computes from the raw data. Skipped when the folder
 * is absent.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCsi, type CsiOptions } from '../../src/analyses/index-run.js';
import { runIpa } from '../../src/analyses/ipa.js';
import { quadrantOf } from '../../src/stats/ipa.js';
import { refDir, referenceDataset } from '../helpers/reference-csv.js';
import { expectClose } from '../helpers/close.js';

const present = existsSync(path.join(refDir, 'expected/hbat.json'));

describe.skipIf(!present)('index and IPA on HBAT (shared reference)', () => {
  const ref = present ? JSON.parse(readFileSync(path.join(refDir, 'expected/hbat.json'), 'utf8')) : null;
  const reg = present ? ref.regression.find((r: { name: string }) => r.name === 'x19_on_x6_to_x18') : null;
  const perceptions: string[] = present ? reg.predictors : [];
  const ds = present ? referenceDataset(path.join(refDir, 'datasets/hbat.csv'), [...perceptions, 'x19', 'x3']) : null;
  const meanOf = (v: string): number => reg.descriptives.find((d: { variable: string }) => d.variable === v).mean;
  const base: CsiOptions = { items: perceptions, dimensions: null, scaleRange: [0, 10], weightsMethod: 'equal', bootstrap: 0, seed: 1, level: 0.95 };

  it('item indices on the 0-10 scale are mean x 10; equal weights average them', () => {
    const r = runCsi([{ label: 'hbat', ds: ds! }], base).result;
    r.items.forEach((it) => expectClose(it.index, meanOf(it.name) * 10, 1e-12, 0, it.name));
    expectClose(r.overall.index, (perceptions.reduce((a, v) => a + meanOf(v), 0) / perceptions.length) * 10, 1e-12);
  });

  it('correlation weights are Pearson r with x19 normalised (x6, x7, x9, x12, x11)', () => {
    const block = ref.correlations.find((c: { name: string }) => c.name === 'scribd_regression_variables').listwise.r;
    const items = ['x6', 'x7', 'x9', 'x12', 'x11'];
    const r = items.map((v) => block.values[0][block.cols.indexOf(v)] as number);
    const sum = r.reduce((a, b) => a + b, 0);
    const res = runCsi([{ label: 'hbat', ds: ds! }], { ...base, items, weightsMethod: 'correlation', overall: 'x19' }).result;
    res.items.forEach((it, k) => expectClose(it.weight, r[k] / sum, 1e-9, 0, it.name));
    expectClose(res.overall.index, items.reduce((a, v, k) => a + (r[k] / sum) * meanOf(v) * 10, 0), 1e-9);
  });

  it('regression weights: negative Betas set to 0, the rest normalised; IPA importance = Beta', () => {
    const beta = perceptions.map((v) => reg.coefficients.find((c: { term: string }) => c.term === v).beta as number);
    const clipped = beta.map((b) => Math.max(b, 0));
    const sum = clipped.reduce((a, b) => a + b, 0);
    const res = runCsi([{ label: 'hbat', ds: ds! }], { ...base, weightsMethod: 'regression', overall: 'x19' });
    res.result.items.forEach((it, k) => expectClose(it.weight, clipped[k] / sum, 1e-9, 1e-12, it.name));
    expect(res.result.zeroedWeights).toEqual(perceptions.filter((_, k) => beta[k] < 0));
    const ipa = runIpa(ds!, { items: perceptions, importance: { method: 'regression', overall: 'x19' } }).result;
    const i0 = beta.reduce((a, b) => a + b, 0) / beta.length;
    const p0 = perceptions.reduce((a, v) => a + meanOf(v), 0) / perceptions.length;
    expectClose(ipa.crosshair.importance, i0, 1e-9);
    expectClose(ipa.crosshair.performance, p0, 1e-12);
    ipa.items.forEach((it, k) => {
      expectClose(it.importance, beta[k], 1e-9, 1e-12, it.item);
      expectClose(it.performance, meanOf(it.item), 1e-12, 0, it.item);
      expect(it.quadrant).toBe(quadrantOf(beta[k], meanOf(it.item), i0, p0));
    });
  });

  it("factor weights are each SPSS-varimax component's share of the rotated sums of squares", () => {
    const fa = ref.factor_analysis.find((f: { name: string }) => f.name === 'perceptions_x6_x18_kaiser');
    const L: number[][] = fa.rotation_varimax.spss_emulation.loadings.values;
    const k = L[0].length;
    const ss = Array.from({ length: k }, (_, j) => L.reduce((a, row) => a + row[j] * row[j], 0));
    const total = ss.reduce((a, b) => a + b, 0);
    const res = runCsi([{ label: 'hbat', ds: ds! }], { ...base, items: fa.items, weightsMethod: 'factor' }).result;
    const comps = res.components!;
    expect(comps.length).toBe(k);
    // Components are ordered by sums of squares in both; compare as sorted lists.
    const want = ss.map((s) => s / total).sort((a, b) => b - a);
    comps.map((c) => c.share).sort((a, b) => b - a).forEach((s, j) => expectClose(s, want[j], 1e-9, 0, `share ${j}`));
    // Each item sits in the component where its absolute loading is largest.
    for (const c of comps) {
      const j = ss.findIndex((s) => Math.abs(s - c.sumOfSquares) <= 1e-9 * s);
      for (const item of c.items) {
        const row = L[fa.items.indexOf(item)].map(Math.abs);
        expect(row.indexOf(Math.max(...row)), item).toBe(j);
      }
    }
  });
});
