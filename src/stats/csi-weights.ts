/**
 * Weights of a satisfaction index derived from the data or given by the user, normalised to sum 1.
 *
 * Derived weights (importance of each item or dimension for an overall-satisfaction rating y):
 *   correlation: w_k = r(x_k, y) / sum_m r(x_m, y)           (Pearson r, frequency-weighted)
 *   regression:  w_k = beta_k / sum_m beta_m                  (standardized Betas of y on all x)
 * A negative r or Beta would make a better score lower the index, so it is set to 0 (and the
 * caller names it in a warning) before normalising: w_k = max(v_k, 0) / sum_m max(v_m, 0).
 */
import { correlationFromCovariance, covariance } from './covariance.js';

export interface NormalisedWeights {
  weights: number[];
  /** Positions whose raw value was negative and was set to 0. */
  zeroed: number[];
}

/** max(v, 0) / sum max(v, 0); null when no value is positive (nothing to normalise). */
export function normaliseWeights(raw: readonly number[]): NormalisedWeights | null {
  const zeroed: number[] = [];
  const clipped = raw.map((v, k) => {
    if (v < 0) zeroed.push(k);
    return v > 0 ? v : 0;
  });
  const sum = clipped.reduce((a, b) => a + b, 0);
  if (!(sum > 0) || !Number.isFinite(sum)) return null;
  return { weights: clipped.map((v) => v / sum), zeroed };
}

/** Pearson r of each complete column with the complete outcome y (frequency weights optional); NaN for a constant column. */
export function correlationsWithOutcome(x: Float64Array[], y: Float64Array, freq: Float64Array | null): number[] {
  const p = x.length + 1;
  const cov = covariance([...x, y], freq).cov;
  const r = correlationFromCovariance(cov, p);
  return x.map((_, k) => r[k * p + (p - 1)]);
}
