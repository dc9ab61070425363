import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { centredCrossProducts } from '../../src/stats/crossproducts.js';
import { covariance } from '../../src/stats/covariance.js';

// covariance() (proven against R in covariance.test.ts) is the straightforward pairwise version;
// the blocked 2 x 2 kernel must agree with it for odd and even column counts, row counts that
// are not multiples of the block size, and weights.
describe('centredCrossProducts', () => {
  const data = fc
    .record({ rows: fc.integer({ min: 2, max: 700 }), cols: fc.integer({ min: 1, max: 6 }), weighted: fc.boolean(), seed: fc.integer() })
    .map(({ rows, cols, weighted, seed }) => {
      let s = seed >>> 0;
      const next = () => {
        s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
        return s / 4294967296;
      };
      const columns = Array.from({ length: cols }, (_, j) => Float64Array.from({ length: rows }, () => Math.round(next() * 50) / 10 + j * 1000));
      const w = weighted ? Float64Array.from({ length: rows }, () => 1 + Math.floor(next() * 3)) : null;
      return { columns, w };
    });
  it('equals the pairwise centred cross-products of covariance()', () => {
    fc.assert(
      fc.property(data, ({ columns, w }) => {
        const a = centredCrossProducts(columns, w);
        const b = covariance(columns, w);
        expect(a.n).toBe(b.n);
        a.means.forEach((m, j) => expect(Math.abs(m - b.means[j])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(m))));
        const scale = Math.max(1, ...Array.from(b.sscp).map(Math.abs));
        a.sscp.forEach((v, i) => expect(Math.abs(v - b.sscp[i])).toBeLessThanOrEqual(1e-12 * scale));
        const m = columns.length;
        for (let j = 0; j < m; j++) for (let k = 0; k < m; k++) expect(a.sscp[j * m + k]).toBe(a.sscp[k * m + j]);
      }),
      { numRuns: 60 },
    );
  });
});
