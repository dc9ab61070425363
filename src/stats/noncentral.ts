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
import { chiSquareQuantile } from './distributions.js';
import { logGammaPrefix } from './saddle-point.js';
import { gaussLegendre } from './gauss-legendre.js';

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
  // Midpoints as lo + (hi - lo) / 2: near the largest doubles lo + hi overflows.
  for (let i = 0; i < 200 && hi - lo > 2e-15 * Math.max(1, Math.abs(lo), Math.abs(hi)); i++) {
    let x = glo - ghi > 0 ? lo + (glo * (hi - lo)) / (glo - ghi) : lo + (hi - lo) / 2;
    if (!(x > lo && x < hi)) x = lo + (hi - lo) / 2;
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
  return lo + (hi - lo) / 2;
}

const GL = gaussLegendre(20);

/** sum over Gauss-Legendre panels [edges[k], edges[k + 1]] of g. */
function panels(edges: number[], g: (x: number) => number): number {
  let total = 0;
  for (let k = 0; k + 1 < edges.length; k++) {
    const h = (edges[k + 1] - edges[k]) / 2;
    const c = (edges[k + 1] + edges[k]) / 2;
    let sum = 0;
    for (let i = 0; i < GL.x.length; i++) sum += GL.w[i] * g(c + h * GL.x[i]);
    total += sum * h;
  }
  return total;
}

/**
 * Panel edges over [lo, hi]: 32 equal panels (the density's bulk), refined around `at`, where the
 * integrand turns over about `width`, by panels `width` wide doubling outward until they reach the
 * equal panels' size (so a step costs a few dozen panels, not a finer grid everywhere).
 */
function panelEdges(lo: number, hi: number, at: number, width: number): number[] {
  const step = (hi - lo) / 32;
  const edges = Array.from({ length: 33 }, (_, i) => lo + step * i);
  for (let w = width; w < step; w *= 2) {
    if (at + w < hi) edges.push(at + w);
    if (at - w > lo) edges.push(at - w);
  }
  edges.push(at);
  edges.sort((x, y) => x - y);
  return edges.filter((x, i) => i === 0 || x > edges[i - 1]);
}

/**
 * P(T <= t) for t >= 0 as one integral over the chi-square V of the denominator,
 *   P(T <= t) = P(Z + delta <= t sqrt(V / nu)) = integral Phi(t sqrt(v / nu) - delta) f_nu(v) dv,
 * exact like the Poisson mixture but at a cost that does not grow with delta (the mixture needs
 * about 40 |delta| incomplete betas, minutes at |t| = 10^4). V spans [lo, hi] (its 1e-18 quantiles);
 * the integral runs over s = sqrt(v) on Gauss-Legendre panels refined around s* = sqrt(nu) delta / t,
 * where Phi turns from 0 to 1, so a large t (a step) costs a few more panels, not more terms.
 */
function noncentralTCdfByIntegral(t: number, nu: number, delta: number, lo: number, hi: number): number {
  // Over s = sqrt(v): its density 2 s f_nu(s^2) = 2 exp(logGammaPrefix(nu/2, s^2/2)) / s is smooth for every nu >= 1.
  const a = nu / 2;
  const root = Math.sqrt(nu);
  const slope = t / root; // t * x / root would overflow near the largest doubles
  const g = (x: number): number => normalCdf(slope * x - delta, 0, 1) * ((2 * Math.exp(logGammaPrefix(a, (x * x) / 2))) / x);
  const [slo, shi] = [Math.sqrt(lo), Math.sqrt(hi)];
  const star = Math.min(shi, Math.max(slo, root * (delta / t)));
  // Phi turns from 0 to 1 over about sqrt(nu) / t in s.
  return Math.min(1, Math.max(0, panels(panelEdges(slo, shi, star, Math.max(root / t, 1e-15 * star, 1e-300)), g)));
}

/** Beyond this |t| the limits use the integral form (the mixture costs about 0.45 s at 300 and drifts to 3e-11 there; the integral keeps 1e-14). */
const MIXTURE_T_MAX = 50;

/** Noncentralities delta_L, delta_U with P(T <= t; delta_L) = 1 - alpha/2 and P(T <= t; delta_U) = alpha/2 (the CDF falls in delta). */
export function noncentralTLimits(t: number, nu: number, level = 0.95): [number, number] {
  const a = (1 - level) / 2;
  // The limits lie within a few of t's large-sample SD, sqrt(1 + t^2 / (2 nu)), of t (written so t^2 cannot overflow).
  const sd = Math.abs(t) > 1 ? Math.abs(t) * Math.sqrt(1 / (t * t) + 1 / (2 * nu)) : Math.sqrt(1 + (t * t) / (2 * nu));
  const span = Math.min(Number.MAX_VALUE / 4, 10 + 40 * sd);
  const [from, to] = [Math.max(-Number.MAX_VALUE, t - span), Math.min(Number.MAX_VALUE, t + span)];
  let cdf = (d: number): number => noncentralTCdf(t, nu, d);
  if (Math.abs(t) > MIXTURE_T_MAX) {
    const large = tIntegral(nu);
    cdf = (d) => large(t, d);
  }
  return [decreasingRoot((d) => cdf(d) - (1 - a), from, to), decreasingRoot((d) => cdf(d) - a, from, to)];
}

/**
 * P(F <= f; d1, d2, lambda) for a large lambda as a double integral, at a cost that does not grow
 * with lambda (the Poisson mixture needs about 40 sqrt(lambda / 2) incomplete betas). With
 * X = (Z + sqrt lambda)^2 + W, W ~ chi-square(d1 - 1), and V ~ chi-square(d2):
 *   P(F <= f) = E_V E_W [Phi(sqrt(c V - W) - sqrt lambda) - Phi(-sqrt(c V - W) - sqrt lambda)],  c = f d1 / d2.
 * W is integrated over s = sqrt W (smooth for every d1), V over panels graded from where
 * c V = lambda, where the integrand turns from 0 to 1.
 */
function noncentralFCdfByIntegral(c: number, d1: number, lambda: number, v: { lo: number; hi: number; d2: number }, w: { nodes: Float64Array; weights: Float64Array }): number {
  const root = Math.sqrt(lambda);
  const inner = (x: number): number => {
    let sum = 0;
    for (let i = 0; i < w.nodes.length; i++) {
      const r = x - w.nodes[i];
      if (r <= 0) continue;
      const q = Math.sqrt(r);
      sum += w.weights[i] * (normalCdf(q - root, 0, 1) - normalCdf(-q - root, 0, 1));
    }
    return sum;
  };
  const a = v.d2 / 2;
  const density = (x: number): number => Math.exp(logGammaPrefix(a, x / 2)) / x;
  const star = Math.min(v.hi, Math.max(v.lo, lambda / c));
  // The inner probability turns over about 4 sqrt(lambda) in c V.
  const width = Math.max((4 * (root + Math.sqrt(d1))) / c, 1e-15 * star);
  return Math.min(1, Math.max(0, panels(panelEdges(v.lo, v.hi, star, width), (x) => density(x) * inner(c * x))));
}

/** W = s^2 ~ chi-square(k) as nodes and weights (one node at 0 with weight 1 when k = 0). */
function chiSquareNodes(k: number): { nodes: Float64Array; weights: Float64Array } {
  if (k === 0) return { nodes: Float64Array.of(0), weights: Float64Array.of(1) };
  const top = Math.sqrt(chiSquareQuantile(1e-18, k, { upper: true }));
  const edges = Array.from({ length: 5 }, (_, i) => (top * i) / 4);
  const nodes: number[] = [];
  const weights: number[] = [];
  // Density of s = sqrt W: 2 s f_k(s^2) = 2 exp(logGammaPrefix(k/2, s^2/2)) / s.
  for (let e = 0; e + 1 < edges.length; e++) {
    const h = (edges[e + 1] - edges[e]) / 2;
    const c = (edges[e + 1] + edges[e]) / 2;
    for (let i = 0; i < GL.x.length; i++) {
      const s = c + h * GL.x[i];
      nodes.push(s * s);
      weights.push(h * GL.w[i] * ((2 * Math.exp(logGammaPrefix(k / 2, (s * s) / 2))) / s));
    }
  }
  return { nodes: Float64Array.from(nodes), weights: Float64Array.from(weights) };
}

/** Beyond this f d1 (about lambda) the limits use the integral form (the mixture costs about 0.4 s at 1e5 and drifts to 3e-11; the integral keeps 1e-14 against scipy). */
const MIXTURE_LAMBDA_MAX = 1e4;

/** Noncentralities lambda_L, lambda_U of F (0 where the central F already lies beyond the quantile). */
export function noncentralFLimits(f: number, d1: number, d2: number, level = 0.95): [number, number] {
  const a = (1 - level) / 2;
  let cdf = (l: number): number => noncentralFCdf(f, d1, d2, l);
  if (f * d1 > MIXTURE_LAMBDA_MAX) {
    const large = fIntegral(d1, d2);
    cdf = (l) => large(f, l);
  }
  const limit = (target: number): number => {
    if (noncentralFCdf(f, d1, d2, 0) <= target) return 0;
    let hi = Math.max(10, 2 * f * d1);
    while (hi < Number.MAX_VALUE / 2 && cdf(hi) > target) hi *= 2;
    return decreasingRoot((l) => cdf(l) - target, 0, hi);
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

/** P(T <= t; nu, delta) by the integral form, for one nu: V's range is found once, not per call. */
function tIntegral(nu: number): (t: number, delta: number) => number {
  const lo = chiSquareQuantile(1e-18, nu);
  const hi = chiSquareQuantile(1e-18, nu, { upper: true });
  return (t, delta) => (t >= 0 ? noncentralTCdfByIntegral(t, nu, delta, lo, hi) : 1 - noncentralTCdfByIntegral(-t, nu, -delta, lo, hi));
}

/** P(F <= f; d1, d2, lambda) by the integral form, for one d1, d2: V's range and W's nodes are found once. */
function fIntegral(d1: number, d2: number): (f: number, lambda: number) => number {
  const v = { lo: chiSquareQuantile(1e-18, d2), hi: chiSquareQuantile(1e-18, d2, { upper: true }), d2 };
  const w = chiSquareNodes(d1 - 1);
  return (f, lambda) => noncentralFCdfByIntegral((f * d1) / d2, d1, lambda, v, w);
}

/** P(T <= t) by the integral form whatever t (the limits use it beyond MIXTURE_T_MAX; tests compare it with the mixture). */
export function noncentralTCdfLarge(t: number, nu: number, delta: number): number {
  return tIntegral(nu)(t, delta);
}

/** P(F <= f) by the integral form whatever f d1 (the limits use it beyond MIXTURE_LAMBDA_MAX). */
export function noncentralFCdfLarge(f: number, d1: number, d2: number, lambda: number): number {
  return fIntegral(d1, d2)(f, lambda);
}
