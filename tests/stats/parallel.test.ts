import { describe, expect, it } from 'vitest';
import { gammaDraw, normalSampler, parallelAnalysis, quantileSorted, randomCorrelation } from '../../src/stats/parallel.js';
import { createRandom } from '../../src/stats/random.js';
import { symmetricEigen } from '../../src/stats/eigen.js';

describe('quantileSorted', () => {
  it("is R's quantile type 7", () => {
    // R: quantile(c(1, 2, 3, 4, 10), c(.95, .5, 0, 1, .3)) = 8.8 3 1 10 2.2
    const x = [1, 2, 3, 4, 10];
    expect(quantileSorted(x, 0.95)).toBeCloseTo(8.8, 14);
    expect(quantileSorted(x, 0.5)).toBe(3);
    expect(quantileSorted(x, 0)).toBe(1);
    expect(quantileSorted(x, 1)).toBe(10);
    expect(quantileSorted(x, 0.3)).toBeCloseTo(2.2, 14);
  });
});

describe('random draws', () => {
  it('Gamma(shape) has mean shape and variance shape (shape < 1 and >= 1)', () => {
    const rng = createRandom(11);
    const normal = normalSampler(rng);
    for (const shape of [0.5, 2.5, 40]) {
      const n = 40000;
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < n; i++) {
        const g = gammaDraw(shape, rng, normal);
        s += g;
        s2 += g * g;
      }
      const m = s / n;
      const v = s2 / n - m * m;
      expect(Math.abs(m - shape)).toBeLessThan(5 * Math.sqrt(shape / n));
      expect(Math.abs(v / shape - 1)).toBeLessThan(0.06);
    }
  });

  it('random correlations have the null distribution: E r = 0, Var r = 1 / (n - 1)', () => {
    const rng = createRandom(5);
    const normal = normalSampler(rng);
    const n = 20;
    const p = 4;
    let s = 0;
    let s2 = 0;
    let count = 0;
    for (let rep = 0; rep < 5000; rep++) {
      const r = randomCorrelation(n, p, rng, normal);
      for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) {
        s += r[i * p + j];
        s2 += r[i * p + j] ** 2;
        count++;
      }
    }
    expect(Math.abs(s / count)).toBeLessThan(0.006);
    expect(Math.abs(s2 / count / (1 / (n - 1)) - 1)).toBeLessThan(0.04);
  });

  it('the largest random eigenvalue matches a simulation from raw normal data', () => {
    const n = 30;
    const p = 5;
    const reps = 3000;
    const viaWishart = parallelAnalysis(n, p, { replicates: reps, seed: 3 }).mean[0];
    const rng = createRandom(99);
    const normal = normalSampler(rng);
    let sum = 0;
    for (let rep = 0; rep < reps; rep++) {
      const x = Array.from({ length: p }, () => Float64Array.from({ length: n }, normal));
      const r = new Float64Array(p * p);
      const m = x.map((c) => c.reduce((a, b) => a + b, 0) / n);
      for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) {
        let sij = 0;
        let sii = 0;
        let sjj = 0;
        for (let t = 0; t < n; t++) {
          sij += (x[i][t] - m[i]) * (x[j][t] - m[j]);
          sii += (x[i][t] - m[i]) ** 2;
          sjj += (x[j][t] - m[j]) ** 2;
        }
        r[i * p + j] = sij / Math.sqrt(sii * sjj);
      }
      sum += symmetricEigen(r, p).values[0];
    }
    expect(Math.abs(viaWishart - sum / reps)).toBeLessThan(0.02);
  });

  it('a seed gives the same result; another seed another', () => {
    const a = parallelAnalysis(100, 6, { replicates: 50, seed: 1 });
    const b = parallelAnalysis(100, 6, { replicates: 50, seed: 1 });
    const c = parallelAnalysis(100, 6, { replicates: 50, seed: 2 });
    expect(Array.from(a.quantile)).toEqual(Array.from(b.quantile));
    expect(Array.from(a.quantile)).not.toEqual(Array.from(c.quantile));
    const total = Array.from(a.mean).reduce((x, y) => x + y, 0);
    expect(total).toBeCloseTo(6, 12);
  });
});
