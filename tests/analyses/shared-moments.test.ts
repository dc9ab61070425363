/**
 * analyze's shared moments (src/stats/moments.ts) against each step computing its own from the
 * rows: reliability and the item correlations (KMO, factor) give the same numbers at 1e-12 both
 * ways, weighted and not; an incomplete row makes the shared moments unusable, so each step keeps
 * its own listwise cases.
 */
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/data/read.js';
import { toDataset } from '../../src/data/convert.js';
import type { Dataset } from '../../src/data/dataset.js';
import { runReliability } from '../../src/analyses/reliability.js';
import { itemCorrelations } from '../../src/analyses/factor-input.js';
import { accumulate, everyRowComplete } from '../../src/stats/moments.js';

const ITEMS = ['att1', 'att2', 'att3', 'att4', 'qual1', 'qual2', 'qual3', 'qual4', 'qual5'];

/** Every number in two plain JSON values agrees at 1e-12 relative (1e-14 absolute); everything else is equal. */
function expectSameNumbers(a: unknown, b: unknown, path = ''): void {
  if (typeof b === 'number') {
    expect(typeof a, path).toBe('number');
    expect(Math.abs((a as number) - b), path).toBeLessThanOrEqual(Math.max(1e-14, 1e-12 * Math.abs(b)));
  } else if (b && typeof b === 'object') {
    const ka = Object.keys(a as object);
    expect(ka, path).toEqual(Object.keys(b));
    for (const k of ka) expectSameNumbers((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
  } else expect(a, path).toEqual(b);
}

const plain = (x: unknown) => JSON.parse(JSON.stringify(x, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)));

async function telephone(weighted: boolean): Promise<Dataset> {
  const src = await readSource('fixtures/telephone-survey.csv');
  const ds = toDataset(src, [...ITEMS, 'overall'], {});
  // Weights 1-3 cycling over the rows: frequency weights as SPSS WEIGHT BY.
  return weighted ? { ...ds, weights: Float64Array.from({ length: src.rows }, (_, i) => 1 + (i % 3)), weightName: 'w' } : ds;
}

describe('shared moments give the numbers each step computes from the rows', () => {
  for (const weighted of [false, true]) {
    it(`telephone survey${weighted ? ', weighted' : ''}: reliability of the instrument and two scales, item correlations`, async () => {
      const ds = await telephone(weighted);
      const moments = accumulate(ITEMS, ITEMS.map((n) => ds.variables.find((v) => v.name === n)!.values), ds.weights);
      expect(everyRowComplete(moments)).toBe(true);
      const scales = [
        { name: 'all', items: ITEMS },
        { name: 'att', items: ITEMS.slice(0, 4) },
        { name: 'qual', items: ['qual5', 'qual1', 'qual3'] },
      ];
      const opts = { missingMode: 'listwise' as const, ciLevel: 0.95 };
      expectSameNumbers(plain(runReliability(ds, scales, { ...opts, moments })), plain(runReliability(ds, scales, opts)));
      expectSameNumbers(plain(itemCorrelations(ds, ITEMS, 2, moments)), plain(itemCorrelations(ds, ITEMS)));
      expectSameNumbers(plain(itemCorrelations(ds, ['qual2', 'att1', 'att3'], 2, moments)), plain(itemCorrelations(ds, ['qual2', 'att1', 'att3'])));
    });
  }

  it('one incomplete row: the shared moments are not used, and each scale keeps its own complete cases', async () => {
    const ds = await telephone(false);
    const values = ds.variables[0].values.slice();
    values[7] = NaN;
    const holed: Dataset = { ...ds, variables: ds.variables.map((v, j) => (j === 0 ? { ...v, values } : v)) };
    const moments = accumulate(ITEMS, ITEMS.map((n) => holed.variables.find((v) => v.name === n)!.values), null);
    expect(everyRowComplete(moments)).toBe(false);
    const scales = [{ name: 'qual', items: ITEMS.slice(4) }];
    const r = runReliability(holed, scales, { missingMode: 'listwise', ciLevel: 0.95, moments });
    expect(r.scales[0].n).toBe(430);
    expect(itemCorrelations(holed, ITEMS, 2, moments).rows).toBe(429);
  });
});
