import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { correlationsWithOutcome, normaliseWeights } from '../../src/stats/csi-weights.js';
import { completeColumns, readIndexFixture } from '../helpers/index-fixture.js';
import { expectClose } from '../helpers/close.js';

const ref = JSON.parse(readFileSync('fixtures/expected/index.json', 'utf8'));

describe('index weights', () => {
  it('normalise: by hand, 0.6 / 0.3 / -0.1 -> 2/3, 1/3, 0 with the negative one named', () => {
    const n = normaliseWeights([0.6, 0.3, -0.1])!;
    expectClose(n.weights[0], 2 / 3, 1e-15);
    expectClose(n.weights[1], 1 / 3, 1e-15);
    expect(n.weights[2]).toBe(0);
    expect(n.zeroed).toEqual([2]);
    expect(normaliseWeights([-1, 0])).toBeNull();
  });
  it('correlations of the dimension scores with overall match R cor()', () => {
    const ds = readIndexFixture();
    const cols = completeColumns(ds, ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'overall']);
    const dims = [0, 2, 4].map((j) => cols[j].map((x, i) => (x + cols[j + 1][i]) / 2));
    const r = correlationsWithOutcome(dims, cols[6], null);
    r.forEach((x, k) => expectClose(x, ref.correlation.raw[k], 1e-12));
  });
});
