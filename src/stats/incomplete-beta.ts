/**
 * Regularized incomplete beta function I_x(a, b), both tails to full relative precision, for
 * shapes up to 1e6 and results down to the smallest double.
 *
 * Algorithm: the continued fraction DLMF 8.17.22 (Numerical Recipes 6.4), evaluated by the
 * modified Lentz method on whichever of I_x(a, b) and I_(1-x)(b, a) lies below the mean (where it
 * converges fast and its value is the smaller tail); the other tail is 1 minus it. The prefactor
 * x^a (1-x)^b / B(a, b) is computed in log space from Loader's saddle-point form, with x / x0 - 1
 * supplied exactly by the caller, so no large logarithms or log-gamma values are subtracted.
 * (@stdlib's betainc forms the prefactor from Lanczos sums and loses digits at large shapes,
 * and underflows to 0 below about 1e-250.)
 *
 * When one shape is large and the other small (t with df >= 200, F with a small df beside a large
 * one) the continued fraction is ill-conditioned in the bulk: at df = 1e6 it returns 1.3e5 with
 * only 11 good digits. There, DiDonato and Morris's asymptotic expansion in incomplete gamma
 * functions (ACM TOMS 708, 1992, BGRAT, after Temme), with their recurrence BUP that brings the
 * small shape into (0, 1], gives the tail of the large-shape side to about 1e-15.
 */
import { scaledUpperGamma } from './incomplete-gamma.js';
import { log1pmx, logBetaPrefix, logGammaPrefix, stirlingError, type BetaSide } from './saddle-point.js';

const MAX_TERMS = 1_000_000;
// The expansion serves a >= 100 with b <= 20 (TOMS 708 uses it from a > 15 with b <= 1 after BUP).
const BGRAT_LARGE = 100;
const BGRAT_SMALL = 20;
const BGRAT_TERMS = 30;
// A continued-fraction step within one ulp of 1 ends it.
const ULP1 = 2.3e-16;

export interface BetaTails {
  /** I_x(a, b) */
  lower: number;
  /** 1 - I_x(a, b) = I_(1-x)(b, a) */
  upper: number;
}

/**
 * Both tails of I_x(a, b), the argument given as its two sides x and y = 1 - x (so neither
 * is formed by a cancelling subtraction). Each side carries value, log and deviation from the mode.
 */
export function incompleteBeta(x: BetaSide & { value: number }, y: BetaSide & { value: number }): BetaTails {
  const a = x.shape;
  const b = y.shape;
  // A side whose value underflows still has a finite log, and a tail that may be representable.
  if (x.logX === -Infinity) return { lower: 0, upper: 1 };
  if (y.logX === -Infinity) return { lower: 1, upper: 0 };
  const logPrefix = logBetaPrefix(x, y);
  const big = a >= b ? x : y;
  const small = a >= b ? y : x;
  if (big.shape >= BGRAT_LARGE && small.shape <= BGRAT_SMALL && big.value >= 0.5) {
    // The big side's lower tail from the expansion; when it is near 1 its complement is the small
    // side's lower tail, below that side's mean, where the continued fraction is well-conditioned.
    const tail = largeShapeTail(big, small, logPrefix);
    if (tail <= 0.9) return a >= b ? { lower: tail, upper: 1 - tail } : { lower: 1 - tail, upper: tail };
    const other = Math.exp(logPrefix + Math.log(continuedFraction(small.shape, big.shape, small.value) / small.shape));
    return a >= b ? { lower: 1 - other, upper: other } : { lower: other, upper: 1 - other };
  }
  if (x.value * (a + b + 2) < a + 1) {
    const lower = Math.exp(logPrefix + Math.log(continuedFraction(a, b, x.value) / a));
    return { lower, upper: 1 - lower };
  }
  const upper = Math.exp(logPrefix + Math.log(continuedFraction(b, a, y.value) / b));
  return { lower: 1 - upper, upper };
}

/** 1 / (1 + d1 / (1 + d2 / ...)) of DLMF 8.17.22. */
function continuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_TERMS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= ULP1) break;
  }
  return h;
}

/**
 * I_x(A, B) for A >= 100, B <= 20 and x >= 1/2 (x the big side's value): BUP's finite sum
 * I_x(A, B) - I_x(A, b0) over b0 = B - n in (0, 1], plus BGRAT's I_x(A, b0). logPrefix is
 * log x^A y^B / B(A, B).
 */
function largeShapeTail(big: BetaSide & { value: number }, small: BetaSide & { value: number }, logPrefix: number): number {
  const A = big.shape;
  const B = small.shape;
  const y = small.value;
  const n = Math.ceil(B) - 1;
  const b0 = B - n;
  // I_x(A, c+1) - I_x(A, c) = x^A y^c / (c B(A, c)) (DLMF 8.17.21), summed from c = B - 1 down to b0.
  let upSum = 0;
  let term = Math.exp(logPrefix) / (y * (A + B - 1));
  for (let k = 1; k <= n; k++) {
    upSum += term;
    term *= (B - k) / (y * (A + B - k - 1));
  }
  return upSum + bgrat(A, b0, big.logX, upSum);
}

/**
 * TOMS 708 BGRAT: I_x(a, b) for large a and b <= 1, as u * sum_n d_n J_n with nu = a + (b-1)/2,
 * z = -nu log x, J_0 = Q(b, z) / (z^b e^-z / Gamma(b)) and the J_n, d_n of DiDonato and Morris
 * (1992), eqs. 9.1-9.5. `already` is what will be added to the result (for the stopping rule).
 */
function bgrat(a: number, b: number, logX: number, already: number): number {
  const bm1 = b - 1;
  const nu = a + bm1 / 2;
  const z = -nu * logX;
  // log u = log(z^b e^-z / Gamma(b)) - log(Gamma(a) nu^b / Gamma(a+b)), the second term from
  // Stirling's errors so that no large logarithms cancel.
  const logRatio = -a * log1pmx(b / a) - (b - 0.5) * Math.log1p(b / a) + b * Math.log1p(bm1 / (2 * a)) + stirlingError(a) - stirlingError(a + b);
  const logU = logGammaPrefix(b, z) - logRatio;
  const u = Math.exp(logU);
  const l = already === 0 ? 0 : already / u;
  const v = 0.25 / (nu * nu);
  const t2 = 0.25 * logX * logX;
  const c: number[] = [];
  const dd: number[] = [];
  let j = scaledUpperGamma(b, z);
  let sum = j;
  let t = 1;
  let cn = 1;
  let n2 = 0;
  for (let n = 1; n <= BGRAT_TERMS; n++) {
    const bp2n = b + n2;
    j = (bp2n * (bp2n + 1) * j + (z + bp2n + 1) * t) * v;
    n2 += 2;
    t *= t2;
    cn /= n2 * (n2 + 1);
    c.push(cn);
    let s = 0;
    let coef = b - n;
    for (let i = 1; i < n; i++) {
      s += coef * c[i - 1] * dd[n - 1 - i];
      coef += b;
    }
    const dn = bm1 * cn + s / n;
    dd.push(dn);
    const dj = dn * j;
    sum += dj;
    if (Math.abs(dj) <= 1e-17 * (sum + l)) break;
  }
  return u === 0 ? Math.exp(logU + Math.log(sum)) : u * sum;
}
