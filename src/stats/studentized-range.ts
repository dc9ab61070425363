/**
 * The studentized range distribution (Tukey's HSD, SNK, Duncan, Games-Howell).
 *
 * Q = W / s, where W is the range of k independent standard normals and s^2 is an independent
 * chi-square(df) / df estimate of their variance. Following Copenhaver & Holland (1988),
 * "Computation of the distribution of the maximum studentized range statistic with application to
 * multiple significance testing of simple effects", J. Statist. Comput. Simul. 30, 1-15:
 *
 *   inner:  P(W <= w) = k ∫ φ(z) [Φ(z) - Φ(z - w)]^(k-1) dz            (z the largest of the k)
 *   outer:  P(Q <= q) = ∫_0^∞ f_df(s) P(W <= q s) ds,
 *           f_df(s) = df^(df/2) s^(df-1) exp(-df s^2 / 2) / (Γ(df/2) 2^(df/2 - 1))   (density of s)
 *
 * both by 16-point Gauss-Legendre quadrature on consecutive intervals. df = Infinity is the inner
 * integral alone. The intervals are chosen here for about 1e-13 accuracy (checked against SciPy
 * and the exact two-means case): the inner one on z ∈ [-9, 9] in unit steps (φ(9) < 1e-17); the
 * outer one on the union of two grids, one in steps of twice the chi density's spread 1/sqrt(2 df)
 * and one in unit steps of w = q s, since P(W <= q s) turns from 0 to 1 over a range of s that
 * shrinks like 1/q while f_df keeps its own width.
 */
import erfc from '@stdlib/math-base-special-erfc';
import gammaln from '@stdlib/math-base-special-gammaln';
import { normalQuantile, tQuantile } from './distributions.js';
import { gaussLegendre } from './gauss-legendre.js';

const GL_POINTS = 16;


const GL = gaussLegendre(GL_POINTS);

/** Quadrature of f over consecutive intervals between sorted breakpoints. */
export function integrate(f: (t: number) => number, breaks: readonly number[]): number {
  let sum = 0;
  for (let b = 0; b + 1 < breaks.length; b++) {
    const half = (breaks[b + 1] - breaks[b]) / 2;
    if (half <= 0) continue;
    const mid = (breaks[b + 1] + breaks[b]) / 2;
    let part = 0;
    for (let i = 0; i < GL_POINTS; i++) part += GL.w[i] * f(mid + half * GL.x[i]);
    sum += half * part;
  }
  return sum;
}

const SQRT1_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

// Inner nodes are fixed, so φ(z), Φ(z) and 1 - Φ(z) are computed once.
const INNER_LO = -9;
const INNER_STEP = 1;
const INNER_INTERVALS = 18;
const inner = (() => {
  const n = INNER_INTERVALS * GL_POINTS;
  const z = new Float64Array(n);
  const wphi = new Float64Array(n);
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  const half = INNER_STEP / 2;
  for (let b = 0; b < INNER_INTERVALS; b++) {
    const mid = INNER_LO + (b + 0.5) * INNER_STEP;
    for (let i = 0; i < GL_POINTS; i++) {
      const k = b * GL_POINTS + i;
      z[k] = mid + half * GL.x[i];
      wphi[k] = half * GL.w[i] * INV_SQRT_2PI * Math.exp(-0.5 * z[k] * z[k]);
      lower[k] = 0.5 * erfc(-z[k] * SQRT1_2);
      upper[k] = 0.5 * erfc(z[k] * SQRT1_2);
    }
  }
  return { z, wphi, lower, upper };
})();

/** P(W <= w) for the range W of k standard normals. */
export function rangeCdf(w: number, k: number): number {
  if (Number.isNaN(w)) return NaN;
  if (w <= 0) return 0;
  if (w === Infinity) return 1;
  let sum = 0;
  for (let i = 0; i < inner.z.length; i++) {
    const z = inner.z[i];
    // Φ(z) - Φ(z - w) from the tail on the side where it does not cancel.
    const d = z - w / 2 > 0 ? 0.5 * erfc((z - w) * SQRT1_2) - inner.upper[i] : inner.lower[i] - 0.5 * erfc(-(z - w) * SQRT1_2);
    if (d > 0) sum += inner.wphi[i] * d ** (k - 1);
  }
  return Math.min(1, k * sum);
}

/**
 * P(W <= w) and the range's density f_W(w) = k(k-1) ∫ φ(z) [Φ(z) - Φ(z - w)]^(k-2) φ(z - w) dz
 * on the same nodes (the density costs one exp per node more), for Newton's steps in qtukey.
 */
function rangeCdfAndDensity(w: number, k: number): [number, number] {
  let sum = 0;
  let dens = 0;
  for (let i = 0; i < inner.z.length; i++) {
    const z = inner.z[i];
    const d = z - w / 2 > 0 ? 0.5 * erfc((z - w) * SQRT1_2) - inner.upper[i] : inner.lower[i] - 0.5 * erfc(-(z - w) * SQRT1_2);
    if (d > 0) {
      const power = d ** (k - 2);
      sum += inner.wphi[i] * power * d;
      dens += inner.wphi[i] * power * INV_SQRT_2PI * Math.exp(-0.5 * (z - w) * (z - w));
    }
  }
  return [Math.min(1, k * sum), k * (k - 1) * dens];
}

function checkParameters(nmeans: number, df: number): void {
  if (!(Number.isInteger(nmeans) && nmeans >= 2)) throw new RangeError(`nmeans must be an integer >= 2, got ${nmeans}`);
  if (!(df >= 1)) throw new RangeError(`df must be >= 1, got ${df}`);
}

/**
 * E[h(q s)] for s = sqrt(chi2_df / df), h a distribution function of w = q s that turns from 0 to
 * 1 over a few units of w (the range's, and Dunnett's maximum modulus, in ./posthoc/dunnett.ts).
 */
export function chiMixture(h: (w: number) => number, q: number, df: number): number {
  const g = mixtureGrid(q, df);
  return integrate((s) => {
    const f = g.density(s);
    return f < g.floor ? 0 : f * h(q * s);
  }, g.breaks) / g.mass;
}

/** The quadrature intervals of chiMixture at q, the density of s, its quadrature mass and the node floor. */
function mixtureGrid(q: number, df: number): { breaks: number[]; density: (s: number) => number; mass: number; floor: number } {
  // s = sqrt(chi2_df / df): mode sqrt((df-1)/df), spread about 1/sqrt(2 df); 14 spreads cover its mass to < 1e-20.
  const spread = Math.sqrt(1 / (2 * df));
  const lo = Math.max(0, 1 - 14 * spread);
  const hi = 1 + 14 * spread * (1 + 1 / Math.sqrt(df));
  const breaks = new Set<number>();
  for (let s = lo; s < hi; s += 2 * spread) breaks.add(s);
  for (let w = 0; w <= 14; w += 1) {
    const s = w / q;
    if (s > lo && s < hi) breaks.add(s);
  }
  breaks.add(hi);
  const sorted = [...breaks].sort((a, b) => a - b);
  // Dividing by the same quadrature of f_df alone cancels the rounding of its constant (which
  // grows with df as the log-terms cancel) and the truncation of its tails.
  const logc = (df / 2) * Math.log(df) - gammaln(df / 2) - (df / 2 - 1) * Math.LN2;
  const density = (s: number) => (s <= 0 ? 0 : Math.exp(logc + (df - 1) * Math.log(s) - (df * s * s) / 2));
  const mass = integrate(density, sorted);
  // Nodes where f_df is below 1e-18 of its peak cannot move the result: skip their inner integral.
  const floor = 1e-18 * density(Math.sqrt((df - 1) / df) || 1);
  return { breaks: sorted, density, mass, floor };
}

/**
 * The last results of a function of three numbers. Post hoc tests ask for the same values again:
 * pair (i, j) and (j, i) share their range probability, and every variable of a ONEWAY with the
 * same df shares the quantile; each evaluation costs milliseconds.
 */
function remembered(fn: (a: number, b: number, c: number) => number, size = 512): (a: number, b: number, c: number) => number {
  const seen = new Map<string, number>();
  return (a, b, c) => {
    const key = `${a},${b},${c}`;
    let v = seen.get(key);
    if (v === undefined) {
      v = fn(a, b, c);
      if (seen.size >= size) seen.delete(seen.keys().next().value!);
      seen.set(key, v);
    }
    return v;
  };
}

/** P(Q <= q) for the studentized range of nmeans means with df error degrees of freedom. */
export const ptukey = remembered(ptukeyOnce);

function ptukeyOnce(q: number, nmeans: number, df: number): number {
  checkParameters(nmeans, df);
  if (Number.isNaN(q)) return NaN;
  if (q <= 0) return 0;
  if (q === Infinity) return 1;
  if (df === Infinity) return rangeCdf(q, nmeans);
  const p = chiMixture((w) => rangeCdf(w, nmeans), q, df);
  return Math.min(1, Math.max(0, p));
}

/** P(Q > q), the p-value of an observed studentized range q. */
export function ptukeyUpper(q: number, nmeans: number, df: number): number {
  const p = ptukey(q, nmeans, df);
  return Number.isNaN(p) ? NaN : 1 - p;
}

/** The q with ptukey(q, nmeans, df) = p, to 1e-13 in p. */
export const qtukey = remembered(qtukeyOnce);

/** P(Q <= q) and its density d/dq P = E[s f_W(q s)], in one pass over the quadrature nodes. */
function ptukeyAndDensity(q: number, nmeans: number, df: number): [number, number] {
  if (df === Infinity) return rangeCdfAndDensity(q, nmeans);
  const g = mixtureGrid(q, df);
  let p = 0;
  let dens = 0;
  for (let b = 0; b + 1 < g.breaks.length; b++) {
    const half = (g.breaks[b + 1] - g.breaks[b]) / 2;
    if (half <= 0) continue;
    const mid = (g.breaks[b + 1] + g.breaks[b]) / 2;
    for (let i = 0; i < GL_POINTS; i++) {
      const s = mid + half * GL.x[i];
      const f = g.density(s);
      if (f < g.floor) continue;
      const [cdf, pdf] = rangeCdfAndDensity(q * s, nmeans);
      const weight = half * GL.w[i] * f;
      p += weight * cdf;
      dens += weight * s * pdf;
    }
  }
  return [Math.min(1, Math.max(0, p / g.mass)), dens / g.mass];
}

/**
 * Lund & Lund's starting value (Applied Statistics algorithm AS 190, 1983) with the exact t
 * quantile in place of their approximation to it: q0 = t (c(t, df) ln(k - 1) + √2), t the
 * (1 + p)/2 quantile of t_df, c = 0.8832 - 0.2368 t + (1.208 t - 1.214) / df below 120 df. Exact
 * for two means; within about 1% of the upper quantiles otherwise.
 */
function startingQuantile(p: number, nmeans: number, df: number): number {
  const t = df === Infinity ? normalQuantile((1 + p) / 2) : tQuantile((1 + p) / 2, df);
  const c = 0.8832 - 0.2368 * t + (df < 120 ? (1.208 * t - 1.214) / df : 0);
  const q = t * (c * Math.log(nmeans - 1) + Math.SQRT2);
  return q > 0 ? q : 0.5;
}

/**
 * Newton's method on ptukey(q) - p (on its log below the median) from Lund & Lund's start, each
 * step with the density of the same pass, inside a bracket: a step that leaves it doubles (no
 * upper end yet) or bisects. Stops when ptukey agrees with p to 1e-13, as positiveQuantile does
 * (or, above the median, when the last step's predicted residual is below 2e-14).
 */
function qtukeyOnce(p: number, nmeans: number, df: number): number {
  checkParameters(nmeans, df);
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  let a = 0;
  let b = Infinity;
  let x = startingQuantile(p, nmeans, df);
  let last: { x: number; dens: number } | null = null;
  for (let iter = 0; iter < 200; iter++) {
    const [cdf, dens] = ptukeyAndDensity(x, nmeans, df);
    const fx = cdf - p;
    if (Math.abs(fx) <= 1e-13) return x;
    if (fx < 0) a = x;
    else b = x;
    if (b < Infinity && b - a <= 1e-15 * b) return x;
    // Below the median P grows like a power of q (q^(k-1) near 0), on which Newton's steps crawl;
    // on log P they are as good as above it.
    const step = p < 0.5 ? -(Math.log(cdf) - Math.log(p)) * (cdf / dens) : -fx / dens;
    let next = x + step;
    if (!(next > a && next < b)) next = b === Infinity ? 2 * x : (a + b) / 2;
    else if (p >= 0.5 && last && Math.abs(fx) < 1e-5) {
      // Close to the root the residual after a Newton step is P'' step² / 2; with P'' from the
      // last two densities, a step whose residual is 5 times below the tolerance needs no pass
      // of its own to confirm it (the pass that would show it is the costliest part).
      const curvature = Math.abs((dens - last.dens) / (x - last.x));
      if ((curvature * step * step) / 2 <= 2e-14) return next;
    }
    last = { x, dens };
    x = next;
  }
  return x;
}

/**
 * The x > 0 with cdf(x) = p for a distribution function on (0, ∞): secant steps on cdf(x) - p kept
 * inside a bracket (a step that leaves the bracket is replaced by bisection), until cdf agrees
 * with p to 1e-13.
 */
export function positiveQuantile(cdf: (x: number) => number, p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  const g = (q: number) => cdf(q) - p;
  let a = 0;
  let b = 2;
  let fb = g(b);
  while (fb < 0) {
    a = b;
    b *= 2;
    fb = g(b);
  }
  // Secant through the two most recent points, starting from the bracket's ends.
  let x0 = a;
  let f0 = -p;
  let x1 = b;
  let f1 = fb;
  for (let iter = 0; iter < 200; iter++) {
    let x = f1 !== f0 ? x1 - (f1 * (x1 - x0)) / (f1 - f0) : (a + b) / 2;
    if (!(x > a && x < b)) x = (a + b) / 2;
    const fx = g(x);
    if (Math.abs(fx) <= 1e-13 || b - a <= 1e-15 * b) return x;
    if (fx < 0) {
      a = x;
    } else {
      b = x;
    }
    x0 = x1;
    f0 = f1;
    x1 = x;
    f1 = fx;
  }
  return (a + b) / 2;
}
