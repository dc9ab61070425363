/**
 * Horn's (1965) parallel analysis: the eigenvalues of correlation matrices of random normal data
 * with the same n and p as the survey, summarised per position by their mean and 95th percentile;
 * a component is kept while its observed eigenvalue exceeds the random 95th percentile
 * (Glorfeld 1995).
 *
 * Instead of drawing n x p normal values, each replicate draws the centred cross-product matrix
 * directly: for n independent N(0, I_p) rows it is Wishart_p(n - 1, I), and Bartlett's (1933)
 * decomposition gives W = T T' with T lower triangular, T_ii^2 ~ chi^2(n - i) (i = 1..p) and
 * T_ij ~ N(0, 1) below the diagonal (Anderson, An Introduction to Multivariate Statistical Analysis,
 * 3rd ed., 7.2). The correlation matrix of W has exactly the distribution of the sample
 * correlation matrix, at O(p^3) per replicate whatever n is. Normal draws: Marsaglia's polar
 * method; gamma draws: Marsaglia & Tsang (2000); the uniform source is the seeded xoshiro128** of
 * ./random.ts, so a seed gives the same result on every machine.
 */
import { symmetricEigen } from './eigen.js';
import { createRandom, type Random } from './random.js';

export interface ParallelOptions {
  /** Number of random correlation matrices (1000). */
  replicates?: number;
  seed?: number;
  /** The percentile reported beside the mean (95). */
  percentile?: number;
}

export interface ParallelResult {
  replicates: number;
  seed: number;
  percentile: number;
  /** Mean random eigenvalue at each position 1..p. */
  mean: Float64Array;
  /** The percentile (R's quantile type 7) of the random eigenvalues at each position. */
  quantile: Float64Array;
}

/** A standard normal draw (Marsaglia polar method; the second value is kept for the next call). */
export function normalSampler(rng: Random): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * rng.nextFloat() - 1;
      v = 2 * rng.nextFloat() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * f;
    return u * f;
  };
}

/** A Gamma(shape, 1) draw (Marsaglia & Tsang 2000; shape < 1 through the U^(1/shape) boost). */
export function gammaDraw(shape: number, rng: Random, normal: () => number): number {
  if (shape < 1) return gammaDraw(shape + 1, rng, normal) * Math.pow(1 - rng.nextFloat(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng.nextFloat();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** R's quantile type 7 of sorted values. */
export function quantileSorted(sorted: Float64Array | number[], prob: number): number {
  const n = sorted.length;
  const h = (n - 1) * prob;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** One random correlation matrix (row-major p x p) of n normal cases, via Bartlett's decomposition. */
export function randomCorrelation(n: number, p: number, rng: Random, normal: () => number): Float64Array {
  const t = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    t[i * p + i] = Math.sqrt(2 * gammaDraw((n - 1 - i) / 2, rng, normal));
    for (let j = 0; j < i; j++) t[i * p + j] = normal();
  }
  const w = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = 0; k <= j; k++) s += t[i * p + k] * t[j * p + k];
      w[i * p + j] = s;
      w[j * p + i] = s;
    }
  }
  const d = new Float64Array(p);
  for (let i = 0; i < p; i++) d[i] = 1 / Math.sqrt(w[i * p + i]);
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) w[i * p + j] = i === j ? 1 : w[i * p + j] * d[i] * d[j];
  return w;
}

/** Parallel analysis for n cases (n - 1 >= p) and p items. */
export function parallelAnalysis(n: number, p: number, opts: ParallelOptions = {}): ParallelResult {
  const replicates = opts.replicates ?? 1000;
  const seed = opts.seed ?? 1;
  const percentile = opts.percentile ?? 95;
  const rng = createRandom(seed);
  const normal = normalSampler(rng);
  const byPosition = Array.from({ length: p }, () => new Float64Array(replicates));
  for (let r = 0; r < replicates; r++) {
    const values = symmetricEigen(randomCorrelation(n, p, rng, normal), p).values;
    for (let j = 0; j < p; j++) byPosition[j][r] = values[j];
  }
  const mean = new Float64Array(p);
  const quantile = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const v = byPosition[j];
    let s = 0;
    for (let r = 0; r < replicates; r++) s += v[r];
    mean[j] = s / replicates;
    v.sort();
    quantile[j] = quantileSorted(v, percentile / 100);
  }
  return { replicates, seed, percentile, mean, quantile };
}

/** Components to keep: the leading run of observed eigenvalues above the random percentile. */
export function parallelRetain(observed: Float64Array, random: ParallelResult): number {
  let k = 0;
  while (k < observed.length && observed[k] > random.quantile[k]) k++;
  return k;
}
