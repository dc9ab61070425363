import { describe, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chiSquareQuantile, chiSquareUpperP, fQuantile, fUpperP, tQuantile, tTwoTailedP } from '../../src/stats/distributions.js';
import { expectClose } from '../helpers/close.js';

// Expected values: R 4.2 pt/pf/pchisq(lower.tail = FALSE), qt, qf, qchisq (fixtures/oracle/foundation.R).
const ref = JSON.parse(readFileSync('fixtures/expected/foundation.json', 'utf8'));

describe('distributions against R', () => {
  it('two-tailed t p-values, including tiny tails', () => {
    ref.t.t.forEach((t: number, i: number) => expectClose(tTwoTailedP(t, ref.t.df[i]), ref.t.p[i], 1e-9, 1e-300, `t=${t} df=${ref.t.df[i]}`));
    ref.t.t.forEach((t: number, i: number) => expectClose(tTwoTailedP(-t, ref.t.df[i]), ref.t.p[i], 1e-9, 1e-300, `t=-${t}`));
  });
  it('upper F tail', () => {
    ref.f.f.forEach((f: number, i: number) => expectClose(fUpperP(f, ref.f.d1[i], ref.f.d2[i]), ref.f.p[i], 1e-9, 1e-300, `F=${f}`));
  });
  it('upper chi-square tail', () => {
    ref.chisq.x.forEach((x: number, i: number) => expectClose(chiSquareUpperP(x, ref.chisq.df[i]), ref.chisq.p[i], 1e-9, 1e-300, `x=${x}`));
  });
  it('quantiles', () => {
    ref.quantiles.p.forEach((p: number, i: number) => {
      expectClose(tQuantile(p, ref.quantiles.df[i]), ref.quantiles.t[i], 1e-9, 1e-12, `qt(${p})`);
      expectClose(chiSquareQuantile(p, ref.quantiles.df[i]), ref.quantiles.chisq[i], 1e-9, 1e-12, `qchisq(${p})`);
    });
    ref.fQuantiles.p.forEach((p: number, i: number) =>
      expectClose(fQuantile(p, ref.fQuantiles.d1[i], ref.fQuantiles.d2[i]), ref.fQuantiles.f[i], 1e-9, 1e-12, `qf(${p})`),
    );
  });
});
