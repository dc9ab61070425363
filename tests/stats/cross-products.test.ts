import { describe, it } from 'vitest';
import fc from 'fast-check';
import { centredCrossProducts } from '../../src/stats/cross-products.js';
import { covariance, listwise, mean, totalWeight } from '../../src/stats/covariance.js';
import { expectClose } from '../helpers/close.js';
import { expected, fixtureColumns } from '../helpers/reliability-fixture.js';

describe('blocked centred cross-products', () => {
  for (const s of expected.scenarios.filter((x) => x.missingMode === 'listwise')) {
    it(`${s.name}: S / (n - 1) equals R's cov() (weights by replication)`, () => {
      const { columns, weights } = fixtureColumns(s);
      const lw = listwise(columns, weights);
      const k = s.items.length;
      const means = lw.columns.map((c) => mean(c, lw.weights));
      const S = centredCrossProducts(lw.columns, means, lw.weights);
      const n = totalWeight(lw.kept, lw.weights);
      for (let a = 0; a < k; a++) {
        for (let b = 0; b < k; b++) expectClose(S[a * k + b] / (n - 1), s.covariance[a][b], 1e-9, 1e-12, `cov ${a},${b}`);
      }
    });
  }

  it('agrees with the plain two-pass sums for any length (block edges) and any number of columns (unroll remainder)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(1, 2, 255, 256, 257, 600),
        fc.integer({ min: 1, max: 1e6 }),
        fc.boolean(),
        (p, len, seed, weighted) => {
          let state = seed;
          const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
          const cols = Array.from({ length: p }, () => Float64Array.from({ length: len }, () => 100 + 10 * next()));
          const w = weighted ? Float64Array.from({ length: len }, () => 1 + Math.floor(3 * next())) : null;
          const ref = covariance(cols, w);
          const S = centredCrossProducts(cols, ref.means, w);
          for (let i = 0; i < p * p; i++) expectClose(S[i], ref.sscp[i], 1e-10, 1e-9, `S[${i}]`);
        },
      ),
      { numRuns: 60 },
    );
  });
});
