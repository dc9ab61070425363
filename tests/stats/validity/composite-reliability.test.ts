import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compositeReliability, impliedCorrelations } from '../../../src/stats/validity/composite-reliability.js';
import { expectClose } from '../../helpers/close.js';
import { expected } from '../../helpers/validity-fixture.js';

describe('CR and AVE from lavaan std.all vs semTools compRelSEM / AVE (obs.var = FALSE)', () => {
  for (const [name, m] of Object.entries(expected.models)) {
    it(`${name}: ${m.factors.length} factors at 1e-9`, () => {
      const r = compositeReliability({ loadings: m.lambda, theta: m.theta, phi: m.psi });
      expect(r).toHaveLength(m.factors.length);
      r.forEach((f, k) => {
        expectClose(f.cr, m.cr[k], 1e-9, 1e-12, `${name} CR ${m.factors[k]}`);
        if (m.ave[k] === null) {
          expect(f.ave).toBeNull();
          expect(f.crossLoading).toBe(true);
        } else {
          expectClose(f.ave, m.ave[k] as number, 1e-9, 1e-12, `${name} AVE ${m.factors[k]}`);
          expectClose(f.sqrtAve, Math.sqrt(m.ave[k] as number), 1e-9, 1e-12, 'sqrt AVE');
        }
      });
    });
  }

  it('without cross-loadings or error covariances, CR is the textbook (sum l)^2 / ((sum l)^2 + sum theta)', () => {
    const m = expected.models.eight;
    compositeReliability({ loadings: m.lambda, theta: m.theta, phi: m.psi }).forEach((f, k) => expectClose(f.cr, m.crClassic[k], 1e-9));
  });

  it('the implied correlations of a standardized solution have a unit diagonal', () => {
    const m = expected.models.crossError;
    impliedCorrelations({ loadings: m.lambda, theta: m.theta, phi: m.psi }).forEach((row, i) => expectClose(row[i], 1, 1e-12));
  });

  it('a single-item factor has no CR or AVE; the loading range is its items', () => {
    const r = compositeReliability({ loadings: [[0.8, 0], [0.6, 0], [0, 0.9]], theta: [[0.36, 0, 0], [0, 0.64, 0], [0, 0, 0.19]], phi: [[1, 0.3], [0.3, 1]] });
    expect(r[1].cr).toBeNull();
    expect(r[1].ave).toBeNull();
    expect(r[0]).toMatchObject({ items: [0, 1], loadingMin: 0.6, loadingMax: 0.8 });
    expectClose(r[0].cr, 1.4 ** 2 / (1.4 ** 2 + 1), 1e-12);
    expectClose(r[0].ave, (0.64 + 0.36) / 2, 1e-12);
  });

  it('CR and AVE lie in [0, 1] for standardized loadings in (0, 1)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { minLength: 2, maxLength: 12 }), (l) => {
        const p = l.length;
        const theta = l.map((a, i) => l.map((_, j) => (i === j ? 1 - a * a : 0)));
        const [f] = compositeReliability({ loadings: l.map((a) => [a]), theta, phi: [[1]] });
        expect(f.cr as number).toBeGreaterThanOrEqual(0);
        expect(f.cr as number).toBeLessThanOrEqual(1);
        expect(f.ave as number).toBeGreaterThan(0);
        expect(f.ave as number).toBeLessThan(1);
        // CR is never below AVE for a congeneric factor (Fornell & Larcker's two measures).
        expect(f.cr as number).toBeGreaterThanOrEqual((f.ave as number) - 1e-12);
        expect(p).toBe(f.items.length);
      }),
    );
  });
});
