import { describe, expect, it } from 'vitest';
import { cholesky, inverseDiagonal, inverseFromCholesky, invertLower } from '../../src/stats/cholesky.js';
import { expectClose } from '../helpers/close.js';

// A positive definite matrix with a known inverse: A = [[4, 2, 0.6], [2, 2, 0.5], [0.6, 0.5, 3]].
const A = Float64Array.from([4, 2, 0.6, 2, 2, 0.5, 0.6, 0.5, 3]);

describe('cholesky', () => {
  it('factors A = L L^T with L lower triangular', () => {
    const c = cholesky(A, 3);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    const L = c.L;
    expect([L[1], L[2], L[5]]).toEqual([0, 0, 0]);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += L[i * 3 + k] * L[j * 3 + k];
        expectClose(s, A[i * 3 + j], 1e-14, 1e-15, `LL'[${i},${j}]`);
      }
    }
    // Known values: L11 = 2, L21 = 1, L22 = 1.
    expectClose(L[0], 2, 1e-15, 1e-15, 'L11');
    expectClose(L[3], 1, 1e-15, 1e-15, 'L21');
    expectClose(L[4], 1, 1e-15, 1e-15, 'L22');
  });

  it('inverts: A A^-1 = I, the diagonal shortcut agrees, L L^-1 = I', () => {
    const c = cholesky(A, 3);
    if (!c.ok) throw new Error('not PD');
    const inv = inverseFromCholesky(c.L, 3);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += A[i * 3 + k] * inv[k * 3 + j];
        expectClose(s, i === j ? 1 : 0, 1e-14, 1e-14, `AA^-1[${i},${j}]`);
      }
    }
    const d = inverseDiagonal(c.L, 3);
    for (let i = 0; i < 3; i++) expectClose(d[i], inv[i * 4], 1e-14, 1e-15, `diag ${i}`);
    const Li = invertLower(c.L, 3);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += c.L[i * 3 + k] * Li[k * 3 + j];
        expectClose(s, i === j ? 1 : 0, 1e-14, 1e-14, `LL^-1[${i},${j}]`);
      }
    }
  });

  it('stops at the first item that is a linear combination of the ones before it', () => {
    // Item 3 = item 1 + item 2 (covariances of x, y, x + y with var x = 1, var y = 2, cov 0.5).
    const S = Float64Array.from([1, 0.5, 1.5, 0.5, 2, 2.5, 1.5, 2.5, 4]);
    const c = cholesky(S, 3);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.index).toBe(2);
  });

  it('reports a matrix that is not positive definite', () => {
    const c = cholesky(Float64Array.from([1, 0.9, -0.9, 0.9, 1, 0.9, -0.9, 0.9, 1]), 3);
    expect(c.ok).toBe(false);
    if (!c.ok) {
      expect(c.index).toBe(2);
      expect(c.pivot).toBeLessThan(0);
    }
  });
});
