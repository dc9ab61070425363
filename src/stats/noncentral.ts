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
 *   P(F <= f; d1, d2, lambda) = sum_j e^{-lambda/2} (lambda/2)^j / j! I_y(d1/2 + j, d2/2), y = d1 f / (d1 f + d2).
 * The weights come by recursion (p_j = p_{j-1} h / j, q_j = q_{j-1} h / (j + 1/2)); the sums run
 * until the Poisson weights left are below 1e-16. Good for the noncentralities of effect sizes
 * (delta^2/2 and lambda/2 well under 700, where e^{-h} would underflow).
 */
import betainc from '@stdlib/math-base-special-betainc';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

/** P(T <= t) for noncentral t with nu df and noncentrality delta. */
export function noncentralTCdf(t: number, nu: number, delta: number): number {
  if (t < 0) return 1 - noncentralTCdf(-t, nu, -delta);
  const x = (t * t) / (t * t + nu);
  const h = (delta * delta) / 2;
  let sum = 0;
  let mass = 0;
  const jMax = Math.ceil(h + 40 * Math.sqrt(h + 1) + 100);
  let p = Math.exp(-h);
  let q = Math.exp(-h) * delta * Math.sqrt(2 / Math.PI);
  for (let j = 0; j <= jMax; j++) {
    if (j > 0) {
      p *= h / j;
      q *= h / (j + 0.5);
    }
    sum += p * betainc(x, j + 0.5, nu / 2) + q * betainc(x, j + 1, nu / 2);
    mass += p;
    if (j > h && 1 - mass < 1e-16) break;
  }
  return Math.min(1, Math.max(0, normalCdf(-delta, 0, 1) + sum / 2));
}

/** P(F <= f) for noncentral F(d1, d2) with noncentrality lambda. */
export function noncentralFCdf(f: number, d1: number, d2: number, lambda: number): number {
  if (f <= 0) return 0;
  const y = (d1 * f) / (d1 * f + d2);
  const h = lambda / 2;
  let sum = 0;
  let mass = 0;
  const jMax = Math.ceil(h + 40 * Math.sqrt(h + 1) + 100);
  let p = Math.exp(-h);
  for (let j = 0; j <= jMax; j++) {
    if (j > 0) p *= h / j;
    sum += p * betainc(y, d1 / 2 + j, d2 / 2);
    mass += p;
    if (j > h && 1 - mass < 1e-16) break;
  }
  return Math.min(1, Math.max(0, sum));
}

/** The root of a decreasing function g on [lo, hi] by bisection to machine precision. */
function decreasingRoot(g: (x: number) => number, lo: number, hi: number): number {
  for (let i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(lo) + Math.abs(hi)); i++) {
    const mid = (lo + hi) / 2;
    if (g(mid) > 0) lo = mid;
    else hi = mid;
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
