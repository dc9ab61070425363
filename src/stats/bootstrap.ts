/**
 * The nonparametric (case-resampling) bootstrap with percentile confidence intervals
 * (Efron & Tibshirani 1993, An Introduction to the Bootstrap, ch. 6 and 13).
 *
 * Each replicate draws n row indices uniformly with replacement from 0 .. n - 1 with the seeded
 * generator (replicate by replicate, index by index, so a seed fixes every draw), and evaluates the
 * statistics on those rows. The percentile interval at level 1 - alpha is the pair of sample
 * quantiles of the B replicate values at alpha / 2 and 1 - alpha / 2, computed as R's
 * quantile(type = 7) does: h = (B - 1) p, q = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])
 * on the sorted values (0-based).
 */
import type { Random } from './random.js';

/**
 * Run B replicates. `statistic` receives the drawn indices (reused buffer: copy if kept) and
 * returns k values; the result holds, for each of the k statistics, its B replicate values.
 * A replicate whose value is not finite (an empty group in that resample) is kept as NaN and
 * left out of the interval.
 */
export function bootstrapReplicates(
  n: number,
  replicates: number,
  rng: Random,
  statistic: (indices: Uint32Array) => ArrayLike<number>,
): Float64Array[] {
  if (!(n >= 1)) throw new RangeError('the bootstrap needs at least one row');
  const indices = new Uint32Array(n);
  let out: Float64Array[] | null = null;
  for (let b = 0; b < replicates; b++) {
    for (let i = 0; i < n; i++) indices[i] = rng.nextInt(n);
    const values = statistic(indices);
    if (!out) out = Array.from({ length: values.length }, () => new Float64Array(replicates));
    for (let k = 0; k < values.length; k++) out[k][b] = values[k];
  }
  return out ?? [];
}

/** Sample quantile of type 7 (R's default) of already sorted finite values. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const m = sorted.length;
  if (m === 0) return NaN;
  const h = (m - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, m - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Percentile interval [lower, upper] at `level` (e.g. 0.95) of replicate values; null when none is finite. */
export function percentileInterval(values: ArrayLike<number>, level: number): [number, number] | null {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite.push(values[i]);
  if (finite.length === 0) return null;
  const sorted = Float64Array.from(finite).sort();
  const alpha = 1 - level;
  return [quantileSorted(sorted, alpha / 2), quantileSorted(sorted, 1 - alpha / 2)];
}
