/**
 * Tail probabilities and quantiles of the t, F, chi-square and normal distributions.
 *
 * Upper tails come from the regularized incomplete beta and gamma functions directly, not as
 * 1 - cdf, so tiny p-values keep full relative precision down to the smallest double, as R's
 * pt/pf/pchisq with lower.tail = FALSE do. The incomplete functions are csat's own
 * (incomplete-gamma.ts, incomplete-beta.ts): prefactors in Loader's saddle-point form, continued
 * fractions, and TOMS 708's BGRAT expansion where one shape is large and the other small.
 * Quantiles are refined by safeguarded Newton steps on the log of these tails, so they are as
 * accurate as the tails, for p down to the smallest double, with an `upper` form for tiny upper
 * tail probabilities. Measured against 50-digit mpmath on the grid of fixtures/oracle/
 * distributions.py: `node scripts/distribution-errors.mjs` prints the table.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantileStd from '@stdlib/stats-base-dists-normal-quantile';
import tQuantileStd from '@stdlib/stats-base-dists-t-quantile';
import fQuantileStd from '@stdlib/stats-base-dists-f-quantile';
import chisqQuantileStd from '@stdlib/stats-base-dists-chisquare-quantile';
import { incompleteBeta, type BetaTails } from './incomplete-beta.js';
import { incompleteGamma } from './incomplete-gamma.js';
import { logBetaPrefix, logGammaPrefix, type BetaSide } from './saddle-point.js';

/**
 * I_x(df/2, 1/2) and its complement for x = df / (df + t^2): lower is the two-tailed p.
 * Deviations from the mode x0 = df / (df + 1) are formed without cancellation, also when t^2
 * overflows.
 */
type Side = BetaSide & { value: number };

function tSides(t: number, df: number): [Side, Side] {
  const s = t * t;
  const big = s > 1;
  const logX = Number.isFinite(s) ? -Math.log1p(s / df) : Math.log(df) - 2 * Math.log(Math.abs(t));
  return [
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
  ];
}

function tBeta(t: number, df: number): BetaTails {
  return incompleteBeta(...tSides(t, df));
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
function fSides(f: number, d1: number, d2: number): [Side, Side] {
  const r = (d1 * f) / d2;
  const q = d1 / d2;
  const big = f > 1;
  const logR = Number.isFinite(r) ? Math.log(r) : Math.log(d1) + Math.log(f) - Math.log(d2);
  return [
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
  ];
}

function fBeta(f: number, d1: number, d2: number): BetaTails {
  return incompleteBeta(...fSides(f, d1, d2));
}

/** Upper tail of F(d1, d2): P(F >= f) = I_{d2/(d2+d1 f)}(d2/2, d1/2). */
export function fUpperP(f: number, d1: number, d2: number): number {
  if (Number.isNaN(f) || Number.isNaN(d1) || Number.isNaN(d2)) return NaN;
  if (f <= 0) return 1;
  if (!Number.isFinite(f)) return 0;
  return fBeta(f, d1, d2).lower;
}

/** Lower tail of F(d1, d2): P(F <= f). */
export function fLowerP(f: number, d1: number, d2: number): number {
  if (Number.isNaN(f) || Number.isNaN(d1) || Number.isNaN(d2)) return NaN;
  if (f <= 0) return 0;
  if (!Number.isFinite(f)) return 1;
  return fBeta(f, d1, d2).upper;
}

/** Lower tail of Student's t: P(T <= t). */
export function tLowerP(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df)) return NaN;
  if (t === 0) return 0.5;
  const tails = tBeta(t, df);
  return t < 0 ? tails.lower / 2 : 0.5 + tails.upper / 2;
}

/** Upper tail of chi-square(df): P(X >= x) = Q(df/2, x/2). */
export function chiSquareUpperP(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df)) return NaN;
  if (x <= 0) return 1;
  return incompleteGamma(df / 2, x / 2).upper;
}

/** Lower tail of chi-square(df): P(X <= x) = P(df/2, x/2). */
export function chiSquareLowerP(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df)) return NaN;
  if (x <= 0) return 0;
  return incompleteGamma(df / 2, x / 2).lower;
}

/** Two-tailed p of a standard normal z. */
export function normalTwoTailedP(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return 2 * normalLowerP(-Math.abs(z));
}

const HALF_LOG_2PI = 0.9189385332046727;

/** Standard normal lower tail Phi(z). */
export function normalLowerP(z: number): number {
  return normalCdf(z, 0, 1);
}

/**
 * log Phi(z), also where Phi(z) is subnormal or underflows: below z = -20 from the asymptotic
 * series of Mills' ratio, Phi(z) = phi(z) / |z| (1 - 1/z^2 + 3/z^4 - ...), whose terms fall
 * below 1e-17 by the twelfth at z = -20.
 */
function logNormalLower(z: number): number {
  if (z > -20) return Math.log(normalCdf(z, 0, 1));
  const w = 1 / (z * z);
  let term = 1;
  let sum = 1;
  for (let k = 1; k < 40; k++) {
    term *= -(2 * k - 1) * w;
    sum += term;
    if (Math.abs(term) < 1e-17) break;
  }
  return -0.5 * z * z - HALF_LOG_2PI - Math.log(-z) + Math.log(sum);
}

/** Whether a quantile's p is an upper tail probability (1 - cdf) rather than a lower one. */
export interface QuantileOptions {
  upper?: boolean;
}

/**
 * The root of log T = log p for a tail T that decreases in u (a lower tail is passed as
 * -log T against -log p), u = log x for positive variates (power-law tails become near-linear)
 * and u = -z for the normal; `slope` is d log T / du at u. Newton steps from `start`, kept inside
 * a bracket that is first widened by doubling steps, and replaced by bisection when they leave it.
 */
function solveTail(logTail: (u: number) => number, slope: (u: number) => number, logP: number, start: number): number {
  let u = start;
  let r = logTail(u) - logP;
  if (r === 0) return u;
  // Widen until the sign changes: the tail is decreasing in u, so r > 0 means u is too small.
  let lo = -Infinity;
  let hi = Infinity;
  let step = 1;
  for (let k = 0; k < 3000; k++) {
    if (r > 0) lo = u;
    else hi = u;
    if (lo > -Infinity && hi < Infinity) break;
    // A Newton step when it points the right way (fast from a good start), else a doubling one.
    const newton = u - r / slope(u);
    const next = Number.isFinite(newton) && (r > 0 ? newton > u : newton < u) ? newton : u + (r > 0 ? step : -step);
    step *= 2;
    u = next;
    r = logTail(u) - logP;
    if (r === 0) return u;
    if (!Number.isFinite(u)) return u;
  }
  for (let k = 0; k < 200; k++) {
    const g = slope(u);
    let next = u - r / g;
    if (!(next > lo && next < hi) || !Number.isFinite(next)) next = lo + (hi - lo) / 2;
    if (Math.abs(next - u) <= 1e-16 * Math.max(1, Math.abs(u)) || next === lo || next === hi) return next;
    u = next;
    r = logTail(u) - logP;
    if (r === 0) return u;
    if (r > 0) lo = u;
    else hi = u;
  }
  return u;
}

/** NaN for a p outside [0, 1], the ends for p = 0 or 1, and null when there is a root to solve. */
function trivialQuantile(p: number, lowEnd: number, highEnd: number, upper: boolean): number | null {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return upper ? highEnd : lowEnd;
  if (p === 1) return upper ? lowEnd : highEnd;
  return null;
}

/**
 * Standard normal quantile: z with Phi(z) = p, or with 1 - Phi(z) = p when `upper`. Newton on
 * log Phi from @stdlib's erfinv-based value (2e-9 relative) or, in the far tail where that
 * returns -Infinity, from the asymptotic z = -sqrt(2 log(1/p) - log(2 pi 2 log(1/p))).
 */
export function normalQuantile(p: number, opts: QuantileOptions = {}): number {
  const upper = opts.upper ?? false;
  const trivial = trivialQuantile(p, -Infinity, Infinity, upper);
  if (trivial !== null) return trivial;
  // The smaller tail is solved as Phi(-w) = small, w >= 0; z is -w below the median.
  const small = Math.min(p, 1 - p);
  if (small === 0.5) return 0;
  const below = upper ? p > 0.5 : p < 0.5;
  const big = 2 * Math.log(1 / small);
  const std = normalQuantileStd(small, 0, 1);
  const start = Number.isFinite(std) && small > 1e-20 ? -std : Math.sqrt(big - Math.log(2 * Math.PI * big));
  const w = solveTail(
    (v) => logNormalLower(-v),
    (v) => -Math.exp(-0.5 * v * v - HALF_LOG_2PI - logNormalLower(-v)),
    Math.log(small),
    start,
  );
  return below ? -w : w;
}

/** Upper-tail probability q = P(X >= x) and its complement, from p as given. */
function tailsOf(p: number, upper: boolean): { q: number; lowerP: number } {
  return upper ? { q: p, lowerP: 1 - p } : { q: 1 - p, lowerP: p };
}

/** Quantile of Student's t with df degrees of freedom (p a lower tail, or an upper one with `upper`). */
export function tQuantile(p: number, df: number, opts: QuantileOptions = {}): number {
  if (Number.isNaN(df) || df <= 0) return NaN;
  if (df === Infinity) return normalQuantile(p, opts);
  const upper = opts.upper ?? false;
  const trivial = trivialQuantile(p, -Infinity, Infinity, upper);
  if (trivial !== null) return trivial;
  const { q, lowerP } = tailsOf(p, upper);
  // Solve for |t| on the smaller tail; the upper tail P(T >= s) = I_{df/(df+s^2)}(df/2, 1/2) / 2.
  const positive = upper ? p < 0.5 : p > 0.5;
  const small = positive ? q : lowerP;
  if (small === 0.5) return 0;
  const logTail = (u: number): number => Math.log(tBeta(Math.exp(u), df).lower / 2);
  // d log T / du = -s f(s) / T, where f(s) = prefix / s, so -prefix / T.
  const slope = (u: number): number => {
    const s = Math.exp(u);
    return -Math.exp(logBetaPrefix(...tSides(s, df)) - logTail(u));
  };
  const guess = small > 1e-300 ? -tQuantileStd(small, df) : NaN;
  const z = -normalQuantile(small);
  const start = Number.isFinite(guess) && guess > 0 ? guess : df >= 30 ? z : Math.max(z, Math.pow(small * df, -1 / df));
  const s = Math.exp(solveTail(logTail, slope, Math.log(small), Math.log(start)));
  return positive ? s : -s;
}

/** Quantile of F(d1, d2) (p a lower tail, or an upper one with `upper`). */
export function fQuantile(p: number, d1: number, d2: number, opts: QuantileOptions = {}): number {
  if (Number.isNaN(d1) || Number.isNaN(d2) || d1 <= 0 || d2 <= 0) return NaN;
  const upper = opts.upper ?? false;
  const trivial = trivialQuantile(p, 0, Infinity, upper);
  if (trivial !== null) return trivial;
  const { q, lowerP } = tailsOf(p, upper);
  // Solve on the smaller tail: the upper one decreases in u = log f, the lower one increases.
  const useUpper = q <= lowerP;
  const logTail = useUpper
    ? (u: number): number => Math.log(fBeta(Math.exp(u), d1, d2).lower)
    : (u: number): number => -Math.log(fBeta(Math.exp(u), d1, d2).upper);
  // f * density = prefix, so d log T / du = -prefix / T (upper) or prefix / T (lower, negated).
  const slope = (u: number): number => {
    const prefix = logBetaPrefix(...fSides(Math.exp(u), d1, d2));
    return useUpper ? -Math.exp(prefix - logTail(u)) : -Math.exp(prefix + logTail(u));
  };
  const guess = lowerP > 1e-300 && q > 1e-16 ? fQuantileStd(lowerP, d1, d2) : NaN;
  const start = Number.isFinite(guess) && guess > 0 ? guess : 1;
  const logP = useUpper ? Math.log(q) : -Math.log(lowerP);
  return Math.exp(solveTail(logTail, slope, logP, Math.log(start)));
}

/** Quantile of chi-square(df) (p a lower tail, or an upper one with `upper`). */
export function chiSquareQuantile(p: number, df: number, opts: QuantileOptions = {}): number {
  if (Number.isNaN(df) || df <= 0) return NaN;
  const upper = opts.upper ?? false;
  const trivial = trivialQuantile(p, 0, Infinity, upper);
  if (trivial !== null) return trivial;
  const { q, lowerP } = tailsOf(p, upper);
  const a = df / 2;
  const useUpper = q <= lowerP;
  const logTail = useUpper
    ? (u: number): number => Math.log(incompleteGamma(a, Math.exp(u) / 2).upper)
    : (u: number): number => -Math.log(incompleteGamma(a, Math.exp(u) / 2).lower);
  // x * density = (x/2)^a e^(-x/2) / Gamma(a), the gamma prefix.
  const slope = (u: number): number => {
    const prefix = logGammaPrefix(a, Math.exp(u) / 2);
    return useUpper ? -Math.exp(prefix - logTail(u)) : -Math.exp(prefix + logTail(u));
  };
  const guess = lowerP > 1e-300 && q > 1e-16 ? chisqQuantileStd(lowerP, df) : NaN;
  // Wilson-Hilferty from the normal quantile where @stdlib has no value.
  const z = normalQuantile(q, { upper: true });
  const wh = df * Math.pow(Math.max(1 - 2 / (9 * df) + z * Math.sqrt(2 / (9 * df)), 0.01), 3);
  const start = Number.isFinite(guess) && guess > 0 ? guess : wh;
  const logP = useUpper ? Math.log(q) : -Math.log(lowerP);
  return Math.exp(solveTail(logTail, slope, logP, Math.log(start)));
}
