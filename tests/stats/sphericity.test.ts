import { describe, expect, it } from 'vitest';
import { cholesky, inverseFromCholesky } from '../../src/stats/cholesky.js';
import { bartlett, kmo } from '../../src/stats/sphericity.js';
import { expectClose } from '../helpers/close.js';

// R: psych::KMO(R); psych::cortest.bartlett(R, n = 100) for this matrix.
const R = Float64Array.from([1, 0.5, 0.3, 0.5, 1, 0.2, 0.3, 0.2, 1]);

describe('kmo', () => {
  const ch = cholesky(R, 3);
  if (!ch.ok) throw new Error('not PD');
  const k = kmo(R, inverseFromCholesky(ch.L, 3), 3);
  it('overall and per item as psych::KMO', () => {
    expectClose(k.kmo, 0.57503418203318424, 1e-12, 0, 'KMO');
    [0.55090412693388202, 0.562806568564726, 0.68703620055494619].forEach((m, i) => expectClose(k.msa[i], m, 1e-12, 0, `MSA ${i}`));
  });
  it('anti-image covariance diagonal is 1 - SMC; correlation diagonal is MSA, off-diagonal minus the partial correlation', () => {
    // psych::smc(R) = .2916667 .2527473 .0933333
    [0.291666666666666408, 0.252747252747252626, 0.093333333333333046].forEach((s, i) => expectClose(k.antiImageCovariance[i * 3 + i], 1 - s, 1e-12, 0, `AIC ${i}`));
    for (let i = 0; i < 3; i++) expect(k.antiImageCorrelation[i * 3 + i]).toBe(k.msa[i]);
    // Partial correlation of items 1 and 2 given 3: (r12 - r13 r23) / sqrt((1 - r13^2)(1 - r23^2)).
    const partial = (0.5 - 0.3 * 0.2) / Math.sqrt((1 - 0.09) * (1 - 0.04));
    expectClose(k.antiImageCorrelation[1], -partial, 1e-12, 0, 'AIR 1,2');
  });
});

describe('bartlett', () => {
  it('as psych::cortest.bartlett', () => {
    const ch = cholesky(R, 3);
    if (!ch.ok) throw new Error('not PD');
    const logDet = 2 * [0, 1, 2].reduce((s, j) => s + Math.log(ch.L[j * 3 + j]), 0);
    const b = bartlett(logDet, 100, 3);
    expectClose(b.chiSquare, 37.473537718897838, 1e-12, 0, 'chi2');
    expect(b.df).toBe(3);
    expectClose(b.p, 3.6532936209308366e-8, 1e-9, 0, 'p');
  });
});
