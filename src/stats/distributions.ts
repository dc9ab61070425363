/**
 * Tail probabilities and quantiles of the t, F, chi-square and normal distributions.
 *
 * Upper tails come from the regularized incomplete beta and gamma functions directly, not as
 * 1 - cdf, so tiny p-values (1e-200) keep full relative precision, as R's pt/pf/pchisq with
 * lower.tail = FALSE do.
 */
import betainc from '@stdlib/math-base-special-betainc';
import gammainc from '@stdlib/math-base-special-gammainc';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantileStd from '@stdlib/stats-base-dists-normal-quantile';
import tQuantileStd from '@stdlib/stats-base-dists-t-quantile';
import fQuantileStd from '@stdlib/stats-base-dists-f-quantile';
import chisqQuantileStd from '@stdlib/stats-base-dists-chisquare-quantile';

/** Two-tailed p of Student's t: P(|T| >= |t|) = I_{df/(df+t^2)}(df/2, 1/2). */
export function tTwoTailedP(t: number, df: number): number {
  if (!Number.isFinite(t)) return Number.isNaN(t) ? NaN : 0;
  return betainc(df / (df + t * t), df / 2, 0.5);
}

/** Upper tail of F(d1, d2): P(F >= f) = I_{d2/(d2+d1 f)}(d2/2, d1/2). */
export function fUpperP(f: number, d1: number, d2: number): number {
  if (Number.isNaN(f)) return NaN;
  if (f <= 0) return 1;
  if (!Number.isFinite(f)) return 0;
  return betainc(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}

/** Upper tail of chi-square(df): P(X >= x) = Q(df/2, x/2). */
export function chiSquareUpperP(x: number, df: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
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
