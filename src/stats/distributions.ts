/**
 * Tail probabilities and quantiles of the t, F, chi-square and normal distributions.
 *
 * Upper tails come from the regularized incomplete beta and gamma functions directly, not as
 * 1 - cdf, so tiny p-values keep full relative precision down to the smallest double, as R's
 * pt/pf/pchisq with lower.tail = FALSE do. The incomplete functions are csat's own
 * (incomplete-gamma.ts, incomplete-beta.ts): their prefactors use Loader's saddle-point form,
 * accurate to 5e-12 relative for the chi-square and normal tails and to 3e-11 for t and F at
 * df >= 1e5 (the continued fraction loses digits when x is near 1 with b = 1/2), checked on a
 * grid against mpmath in tests/stats/distributions.test.ts.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantileStd from '@stdlib/stats-base-dists-normal-quantile';
import tQuantileStd from '@stdlib/stats-base-dists-t-quantile';
import fQuantileStd from '@stdlib/stats-base-dists-f-quantile';
import chisqQuantileStd from '@stdlib/stats-base-dists-chisquare-quantile';
import { incompleteBeta, type BetaTails } from './incomplete-beta.js';
import { incompleteGamma } from './incomplete-gamma.js';

/**
 * I_x(df/2, 1/2) and its complement for x = df / (df + t^2): lower is the two-tailed p.
 * Deviations from the mode x0 = df / (df + 1) are formed without cancellation, also when t^2
 * overflows.
 */
function tBeta(t: number, df: number): BetaTails {
  const s = t * t;
  const big = s > 1;
  const logX = Number.isFinite(s) ? -Math.log1p(s / df) : Math.log(df) - 2 * Math.log(Math.abs(t));
  return incompleteBeta(
    {
      shape: df / 2,
      value: df / (df + s),
      logX,
      deviation: big ? (1 / s - 1) / (df / s + 1) : (1 - s) / (df + s),
    },
    {
      shape: 0.5,
      value: s / (df + s),
      logX: -Math.log1p(df / s),
      deviation: big ? (df * (1 - 1 / s)) / (1 + df / s) : (df * (s - 1)) / (df + s),
    },
  );
}

/** Two-tailed p of Student's t: P(|T| >= |t|) = I_{df/(df+t^2)}(df/2, 1/2). */
export function tTwoTailedP(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df)) return NaN;
  if (t === 0) return 1;
  return tBeta(t, df).lower;
}

/**
 * I_{d2/(d2+d1 f)}(d2/2, d1/2) and its complement: lower is P(F >= f). With r = d1 f / d2 the
 * two sides are 1/(1+r) and r/(1+r), their deviations d1(1-f)/(d2+d1 f) and d2(f-1)/(d2+d1 f).
 */
function fBeta(f: number, d1: number, d2: number): BetaTails {
  const r = (d1 * f) / d2;
  const q = d1 / d2;
  const big = f > 1;
  const logR = Number.isFinite(r) ? Math.log(r) : Math.log(d1) + Math.log(f) - Math.log(d2);
  return incompleteBeta(
    {
      shape: d2 / 2,
      value: 1 / (1 + r),
      logX: Number.isFinite(r) ? -Math.log1p(r) : -logR,
      deviation: big ? (1 / f - 1) / (1 / (q * f) + 1) : (q * (1 - f)) / (1 + r),
    },
    {
      shape: d1 / 2,
      value: 1 / (1 + 1 / r),
      logX: -Math.log1p(1 / r),
      deviation: big ? (1 - 1 / f) / (1 / f + q) : (f - 1) / (1 + r),
    },
  );
}

/** Upper tail of F(d1, d2): P(F >= f) = I_{d2/(d2+d1 f)}(d2/2, d1/2). */
export function fUpperP(f: number, d1: number, d2: number): number {
  if (Number.isNaN(f) || Number.isNaN(d1) || Number.isNaN(d2)) return NaN;
  if (f <= 0) return 1;
  if (!Number.isFinite(f)) return 0;
  return fBeta(f, d1, d2).lower;
}

/** Upper tail of chi-square(df): P(X >= x) = Q(df/2, x/2). */
export function chiSquareUpperP(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df)) return NaN;
  if (x <= 0) return 1;
  return incompleteGamma(df / 2, x / 2).upper;
}

/** Two-tailed p of a standard normal z. */
export function normalTwoTailedP(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return 2 * normalCdf(-Math.abs(z), 0, 1);
}

/** Standard normal quantile. */
export function normalQuantile(p: number): number {
  return normalQuantileStd(p, 0, 1);
}

/** Quantile of Student's t with df degrees of freedom. */
export function tQuantile(p: number, df: number): number {
  return tQuantileStd(p, df);
}

/** Quantile of F(d1, d2). */
export function fQuantile(p: number, d1: number, d2: number): number {
  return fQuantileStd(p, d1, d2);
}

/** Quantile of chi-square(df). */
export function chiSquareQuantile(p: number, df: number): number {
  return chisqQuantileStd(p, df);
}
