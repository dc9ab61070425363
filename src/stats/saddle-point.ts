/**
 * Building blocks for densities and tail prefactors that stay accurate when the shape parameters
 * are large (Loader 2000, "Fast and accurate computation of binomial probabilities"): the error
 * of Stirling's formula, and x^a e^(-x) or x^a (1-x)^b written as a deviation from their mode, so
 * that no two large logarithms are subtracted.
 */

const HALF_LOG_2PI = 0.9189385332046727; // log(2 pi) / 2

/**
 * log(1 + d) - d, accurate for every d > -1. Below |d| < 0.3 the alternating series is summed
 * (the direct difference loses up to all digits there); above, the difference loses at most 3 bits.
 */
export function log1pmx(d: number): number {
  if (Math.abs(d) >= 0.3) return Math.log1p(d) - d;
  // -d^2/2 + d^3/3 - ... ; 0.3^40 < 1e-20, so 40 terms always suffice.
  let term = d;
  let sum = 0;
  for (let k = 2; k < 60; k++) {
    term *= -d;
    const add = term / k;
    sum += add;
    if (Math.abs(add) <= 1e-17 * Math.abs(sum)) break;
  }
  return sum;
}

/**
 * Stirling's error: log Gamma(z) - [(z - 1/2) log z - z + log(2 pi)/2], for z > 0.
 * Above 15 the asymptotic series (five terms, error below 1e-17); below, the recurrence
 * s(z) = s(z + 1) + (z + 1/2) log1p(1/z) - 1 up to 15, each step exact to a few ulps of 1.
 */
export function stirlingError(z: number): number {
  if (z > 15) {
    const zz = 1 / (z * z);
    return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - zz / 1188) * zz) * zz) * zz) / z;
  }
  let steps = 0;
  let w = z;
  while (w <= 15) {
    w += 1;
    steps++;
  }
  let s = stirlingError(w);
  for (let k = steps; k >= 1; k--) {
    const v = z + k - 1;
    s += (v + 0.5) * Math.log1p(1 / v) - 1;
  }
  return s;
}

/**
 * log of x^a e^(-x) / Gamma(a), written as log sqrt(a / 2 pi) - a D(x/a) - s(a) with
 * D(l) = l - 1 - log l, so the result is exact to a few ulps of its own size for any a.
 */
export function logGammaPrefix(a: number, x: number): number {
  const d = (x - a) / a;
  // log(x / a), not log x - log a: the difference of two large logarithms, multiplied by a, cost
  // up to 5e-12 relative at a = 5000 (the chi-square tail of Bartlett's test with 100 items).
  // Within a factor 2 of a, x - a is exact (Sterbenz), and log1p(d) carries d's one rounding
  // damped by d / (1 + d), where log(x / a) adds a rounding of its own (3x the error at a = 5000).
  const aD = Math.abs(d) < 0.3 ? -a * log1pmx(d) : d > -0.5 && d < 1 ? a * (d - Math.log1p(d)) : a * (d - Math.log(x / a));
  return 0.5 * Math.log(a) - HALF_LOG_2PI - aD - stirlingError(a);
}

/**
 * One side of a beta prefix: log(x / x0)^a relative to the mode x0, given d = x/x0 - 1 computed
 * exactly by the caller, and log x for when x is far from x0 (there the logarithms are benign).
 */
export interface BetaSide {
  /** Shape parameter. */
  shape: number;
  /** log of the argument. */
  logX: number;
  /** x / x0 - 1, where x0 = shape / (a + b). */
  deviation: number;
}

/**
 * log of x^a y^b / B(a, b) with y = 1 - x: a log1pmx(dx) + b log1pmx(dy) (the linear terms
 * cancel exactly, a dx + b dy = 0) plus log(x0^a y0^b / B(a, b)) from Stirling's errors.
 */
export function logBetaPrefix(x: BetaSide, y: BetaSide): number {
  const a = x.shape;
  const b = y.shape;
  // log(x / x0) = log1p(deviation) while x is not far below the mode (the deviation is exact, the
  // difference log x - log x0 of two large logarithms is not); far below, log x - log x0 is benign.
  const side = (s: BetaSide, mode: number): number =>
    Math.abs(s.deviation) < 0.3
      ? s.shape * log1pmx(s.deviation)
      : s.shape * ((s.deviation > -0.5 ? Math.log1p(s.deviation) : s.logX - mode) - s.deviation);
  const logModeX = Math.log(a / (a + b));
  const logModeY = Math.log(b / (a + b));
  return (
    side(x, logModeX) +
    side(y, logModeY) +
    0.5 * (Math.log(a) + Math.log(b) - Math.log(a + b)) -
    HALF_LOG_2PI -
    stirlingError(a) -
    stirlingError(b) +
    stirlingError(a + b)
  );
}
