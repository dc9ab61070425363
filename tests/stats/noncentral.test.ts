import { describe, it } from 'vitest';
import { noncentralFCdf, noncentralTCdf } from '../../src/stats/noncentral.js';
import { expectClose } from '../helpers/close.js';
import { readFileSync } from 'node:fs';

// mpmath at 30 digits from the definitions (fixtures/oracle/noncentral.py); R's pt/pf with ncp
// are good to about 1e-9 only.
const expected = JSON.parse(readFileSync('fixtures/expected/noncentral.json', 'utf8'));

describe('noncentral distributions against R', () => {
  it('noncentral t CDF', () => {
    for (const { t, df, ncp, p } of expected.noncentralT) expectClose(noncentralTCdf(t, df, ncp), p, 1e-9, 1e-15, `t=${t} df=${df} ncp=${ncp}`);
  });
  it('noncentral F CDF', () => {
    for (const { f, d1, d2, ncp, p } of expected.noncentralF) expectClose(noncentralFCdf(f, d1, d2, ncp), p, 1e-9, 1e-14, `f=${f} d1=${d1} d2=${d2} ncp=${ncp}`);
  });
});
