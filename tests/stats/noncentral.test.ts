import { describe, it } from 'vitest';
import { noncentralFCdf, noncentralTCdf } from '../../src/stats/noncentral.js';
import { expectClose } from '../helpers/close.js';
import { readFileSync } from 'node:fs';

// mpmath at 30 digits from the definitions (fixtures/oracle/noncentral.py); R's pt/pf with ncp
// are good to about 1e-9 only. A lower tail below t < 0 is 1 - an upper one, so it keeps 1e-13 absolute.
const expected = JSON.parse(readFileSync('fixtures/expected/noncentral.json', 'utf8'));

describe('noncentral distributions against R', () => {
  it('noncentral t CDF', () => {
    for (const { t, df, ncp, p } of expected.noncentralT) expectClose(noncentralTCdf(t, df, ncp), p, 1e-9, 1e-13, `t=${t} df=${df} ncp=${ncp}`);
  });
  it('noncentral F CDF', () => {
    for (const { f, d1, d2, ncp, p } of expected.noncentralF) expectClose(noncentralFCdf(f, d1, d2, ncp), p, 1e-9, 1e-14, `f=${f} d1=${d1} d2=${d2} ncp=${ncp}`);
  });
});

describe('large noncentralities (a million cases)', () => {
  it('stay finite and put the statistic inside its limits', async () => {
    const { noncentralFLimits, noncentralTLimits } = await import('../../src/stats/noncentral.js');
    const [lo, hi] = noncentralTLimits(60, 999998);
    expectClose(noncentralTCdf(60, 999998, lo), 0.975, 1e-9);
    expectClose(noncentralTCdf(60, 999998, hi), 0.025, 1e-9);
    const [l1, l2] = noncentralFLimits(900, 4, 999995);
    expectClose(noncentralFCdf(900, 4, 999995, l1), 0.975, 1e-9);
    expectClose(noncentralFCdf(900, 4, 999995, l2), 0.025, 1e-9);
  });
});
