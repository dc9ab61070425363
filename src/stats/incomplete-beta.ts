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
 */
import { logBetaPrefix, type BetaSide } from './saddle-point.js';

const MAX_TERMS = 1_000_000;
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
