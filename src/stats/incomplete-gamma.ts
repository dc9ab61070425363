/**
 * Regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 - P(a, x), each to full
 * relative precision in its own tail, for a up to 1e6 and results down to the smallest double.
 *
 * Algorithm: the power series for P when x < a + 1 and Legendre's continued fraction for Q
 * otherwise (DLMF 8.7.1 and 8.9.2; Numerical Recipes 6.2), the complementary value taken as
 * 1 - the other only where it is at least about 1/2. Both are scaled by the prefactor
 * x^a e^(-x) / Gamma(a), computed in log space from Loader's saddle-point form (saddle-point.ts):
 * the usual exp(a log x - x - lgamma(a)) loses about log10(a) digits (six at a = 1e6), which is
 * what made the chi-square tails of @stdlib and of Bartlett's test with many items inaccurate.
 * Near x = a both expansions need O(sqrt(a)) terms, a few thousand at a = 1e6.
 */
import { logGammaPrefix } from './saddle-point.js';

const MAX_TERMS = 1_000_000;
// Series terms stop below 1e-17 of the sum; a continued-fraction step within one ulp of 1.
const EPS = 1e-17;
const ULP1 = 2.3e-16;

/** Both tails of the regularized incomplete gamma function, and which was computed directly. */
export interface GammaTails {
  lower: number;
  upper: number;
}

/** P(a, x) and Q(a, x) for a > 0, x >= 0. */
export function incompleteGamma(a: number, x: number): GammaTails {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return { lower: NaN, upper: NaN };
  if (x === 0) return { lower: 0, upper: 1 };
  if (x === Infinity) return { lower: 1, upper: 0 };
  const logPrefix = logGammaPrefix(a, x);
  if (x < a + 1) {
    const lower = Math.exp(logPrefix + Math.log(lowerSeries(a, x)));
    return { lower, upper: 1 - lower };
  }
  const upper = Math.exp(logPrefix + Math.log(upperFraction(a, x)));
  return { lower: 1 - upper, upper };
}

/**
 * Q(a, x) divided by its prefactor x^a e^(-x) / Gamma(a), for a <= 1 (the scaled tail that the
 * large-shape incomplete beta expansion of incomplete-beta.ts multiplies by its own prefactor).
 * Below x = a + 1, Q >= Q(1, 2) = 0.135, so 1 - P loses no digits.
 */
export function scaledUpperGamma(a: number, x: number): number {
  if (x >= a + 1) return upperFraction(a, x);
  return (1 - Math.exp(logGammaPrefix(a, x) + Math.log(lowerSeries(a, x)))) / Math.exp(logGammaPrefix(a, x));
}

/** P(a, x) / prefactor = sum_n x^n / (a (a+1)...(a+n)), for x < a + 1. */
function lowerSeries(a: number, x: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 1; n < MAX_TERMS; n++) {
    term *= x / (a + n);
    sum += term;
    if (term <= EPS * sum) break;
  }
  return sum / a;
}

/** Q(a, x) / prefactor = 1 / (x + 1 - a - 1(1-a) / (x + 3 - a - 2(2-a) / ...)), modified Lentz, x >= a + 1. */
function upperFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < MAX_TERMS; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= ULP1) break;
  }
  return h;
}
