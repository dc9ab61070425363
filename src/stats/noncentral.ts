/**
 * Noncentral t and F distribution functions and the noncentrality parameters that put an observed
 * statistic at a given quantile: the confidence limits SPSS 27 prints for Cohen's d (noncentral t)
 * and eta squared (noncentral F).
 *
 * Both are Poisson mixtures of regularized incomplete betas I_x(a, b) (Johnson, Kotz & Balakrishnan,
 * Continuous Univariate Distributions 2, ch. 30-31):
 *   t >= 0: P(T <= t; nu, delta) = Phi(-delta) + 1/2 sum_j [p_j I_x(j + 1/2, nu/2) + q_j I_x(j + 1, nu/2)],
 *           x = t^2 / (t^2 + nu), p_j = e^{-delta^2/2} (delta^2/2)^j / j!,
 *           q_j = e^{-delta^2/2} (delta^2/2)^j delta / (sqrt 2 Gamma(j + 3/2));
 *   t < 0:  P(T <= t; nu, delta) = 1 - P(T <= -t; nu, -delta);
 *   P(F <= f; d1, d2, lambda) = sum_j e^{-lambda/2} (lambda/2)^j / j! I_y(d1/2 + j, d2/2), y = d1 f / (d1 f + d2);
 *   P(X <= x; k, lambda) = sum_j e^{-lambda/2} (lambda/2)^j / j! P(k/2 + j, x/2) (noncentral chi-square, ch. 29;
 *   P the regularized lower incomplete gamma), behind the RMSEA interval and PCLOSE of SEM fit.
 * The sums start at the Poisson mode and run both ways in logarithms, so large noncentralities
 * (a million cases) neither underflow nor need the terms below the mode that do not count.
 */
import betainc from '@stdlib/math-base-special-betainc';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { incompleteGamma } from './incomplete-gamma.js';

/** ln Gamma(x) for x > 0: Stirling's series beyond 20 (error below 1e-15), shifted up from smaller x. */
function lnGamma(x: number): number {
  let shift = 0;
  while (x < 20) {
    shift += Math.log(x);
    x += 1;
  }
  const x2 = x * x;
  const series = (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * x2)) / x2) / x2) / x;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series - shift;
}

/**
 * sum_j term(j, weight_j) for the Poisson(h) weights, from the mode outward in both directions
 * (so e^{-h} never underflows for large h), until the weights left are below 1e-17 of the sum.
 */
function poissonMixture(h: number, term: (j: number, logWeight: number) => number): number {
  const mode = Math.floor(h);
  const logAt = (j: number) => (h > 0 ? -h + j * Math.log(h) - lnGamma(j + 1) : j === 0 ? 0 : -Infinity);
  let sum = 0;
  let mass = 0;
  for (let j = mode, lw = logAt(mode); ; j++) {
    sum += term(j, lw);
    const wj = Math.exp(lw);
    mass += wj;
    if (wj < 1e-17 * mass && j > h) break;
    lw += Math.log(h) - Math.log(j + 1);
  }
  for (let j = mode - 1, lw = logAt(mode - 1); j >= 0; j--) {
    sum += term(j, lw);
    const wj = Math.exp(lw);
    mass += wj;
    if (wj < 1e-17 * mass) break;
    lw += Math.log(j) - Math.log(h);
  }
  return sum;
}

/** P(T <= t) for noncentral t with nu df and noncentrality delta. */
export function noncentralTCdf(t: number, nu: number, delta: number): number {
  if (t < 0) return 1 - noncentralTCdf(-t, nu, -delta);
  const x = (t * t) / (t * t + nu);
  const h = (delta * delta) / 2;
  // q_j / p_j = delta Gamma(j + 1) / (sqrt 2 Gamma(j + 3/2)).
  const sum = poissonMixture(h, (j, lw) => {
    const p = Math.exp(lw);
    const q = delta === 0 ? 0 : Math.sign(delta) * Math.exp(lw + Math.log(Math.abs(delta)) - 0.5 * Math.LN2 + lnGamma(j + 1) - lnGamma(j + 1.5));
    return p * betainc(x, j + 0.5, nu / 2) + q * betainc(x, j + 1, nu / 2);
  });
  return Math.min(1, Math.max(0, normalCdf(-delta, 0, 1) + sum / 2));
}

/** P(F <= f) for noncentral F(d1, d2) with noncentrality lambda. */
export function noncentralFCdf(f: number, d1: number, d2: number, lambda: number): number {
  if (f <= 0) return 0;
  const y = (d1 * f) / (d1 * f + d2);
  const sum = poissonMixture(lambda / 2, (j, lw) => Math.exp(lw) * betainc(y, d1 / 2 + j, d2 / 2));
  return Math.min(1, Math.max(0, sum));
}

/** P(X <= x) for noncentral chi-square with k df and noncentrality lambda. */
export function noncentralChiSquareCdf(x: number, k: number, lambda: number): number {
  if (x <= 0) return 0;
  const sum = poissonMixture(lambda / 2, (j, lw) => Math.exp(lw) * incompleteGamma(k / 2 + j, x / 2).lower);
  return Math.min(1, Math.max(0, sum));
}

/**
 * The root of a decreasing function g on [lo, hi] (g(lo) > 0 >= g(hi)) to machine precision, by
 * the Illinois variant of false position: the bracket always holds the root, and halving the value
 * kept at an end that stays put makes both ends close in superlinearly (about ten evaluations of a
 * noncentral CDF where bisection needs fifty; each costs a Poisson mixture of incomplete betas).
 */
function decreasingRoot(g: (x: number) => number, lo: number, hi: number): number {
  let glo = g(lo);
  let ghi = g(hi);
  if (!(glo > 0)) return lo;
  if (ghi > 0) return hi;
  let kept = 0;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(lo) + Math.abs(hi)); i++) {
    let x = glo - ghi > 0 ? lo + (glo * (hi - lo)) / (glo - ghi) : (lo + hi) / 2;
    if (!(x > lo && x < hi)) x = (lo + hi) / 2;
    const gx = g(x);
    if (gx > 0) {
      lo = x;
      glo = gx;
      if (kept === 1) ghi /= 2;
      kept = 1;
    } else {
      hi = x;
      ghi = gx;
      if (kept === -1) glo /= 2;
      kept = -1;
    }
  }
  return (lo + hi) / 2;
}

/** Noncentralities delta_L, delta_U with P(T <= t; delta_L) = 1 - alpha/2 and P(T <= t; delta_U) = alpha/2 (the CDF falls in delta). */
export function noncentralTLimits(t: number, nu: number, level = 0.95): [number, number] {
  const a = (1 - level) / 2;
  const span = 10 + 2 * Math.abs(t);
  return [
    decreasingRoot((d) => noncentralTCdf(t, nu, d) - (1 - a), t - span, t + span),
    decreasingRoot((d) => noncentralTCdf(t, nu, d) - a, t - span, t + span),
  ];
}

/** Noncentralities lambda_L, lambda_U of F (0 where the central F already lies beyond the quantile). */
export function noncentralFLimits(f: number, d1: number, d2: number, level = 0.95): [number, number] {
  const a = (1 - level) / 2;
  const limit = (target: number): number => {
    if (noncentralFCdf(f, d1, d2, 0) <= target) return 0;
    let hi = Math.max(10, 2 * f * d1);
    while (noncentralFCdf(f, d1, d2, hi) > target) hi *= 2;
    return decreasingRoot((l) => noncentralFCdf(f, d1, d2, l) - target, 0, hi);
  };
  return [limit(1 - a), limit(a)];
}

/** Noncentralities lambda_L, lambda_U of chi-square at x (0 where the central distribution already lies beyond the quantile). */
export function noncentralChiSquareLimits(x: number, k: number, level = 0.9): [number, number] {
  const a = (1 - level) / 2;
  const limit = (target: number): number => {
    if (noncentralChiSquareCdf(x, k, 0) <= target) return 0;
    let hi = Math.max(10, 2 * x);
    while (noncentralChiSquareCdf(x, k, hi) > target) hi *= 2;
    return decreasingRoot((l) => noncentralChiSquareCdf(x, k, l) - target, 0, hi);
  };
  return [limit(1 - a), limit(a)];
}
