import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../src/stats/eigen.js';
import { columnSumsOfSquares, communalities, componentLoadings, countAbove } from '../../src/stats/pca.js';
import { expectClose } from '../helpers/close.js';

describe('principal components', () => {
  const R = Float64Array.from([1, 0.5, 0.3, 0.5, 1, 0.2, 0.3, 0.2, 1]);
  const eig = symmetricEigen(R, 3);
  it('eigenvalues and loadings as R eigen() (columns reflected to a positive sum)', () => {
    [1.68390863222621534, 0.82893084144848528, 0.48716052632529966].forEach((v, j) => expectClose(eig.values[j], v, 1e-12, 0, `lambda ${j}`));
    const a = componentLoadings(eig, 3, 2);
    // R: e$vectors[, 1:2] %*% diag(sqrt(e$values[1:2])), first column sign flipped (its sum was negative).
    const ref = [
      [0.83900749947709041, -0.17451088676733481],
      [0.78844571022062271, -0.41508334440419142],
      [0.59860538761534121, 0.79131700919820691],
    ];
    ref.forEach((row, i) => row.forEach((v, j) => expectClose(a[i * 2 + j], v, 1e-12, 1e-15, `a[${i},${j}]`)));
    const ss = columnSumsOfSquares(a, 3, 2);
    expectClose(ss[0], eig.values[0], 1e-12, 0, 'SS = eigenvalue');
    const h = communalities(componentLoadings(eig, 3, 3), 3, 3);
    h.forEach((x) => expectClose(x, 1, 1e-12, 0, 'all components reproduce unit variance'));
  });
  it('Kaiser count', () => {
    expect(countAbove(eig.values)).toBe(1);
    expect(countAbove(eig.values, 0.5)).toBe(2);
  });
});
