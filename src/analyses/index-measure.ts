/**
 * `csat index`: one index estimate with its percentile bootstrap CIs, and the small array helpers
 * the pooled sample, the waves and the tiers share.
 */
import { estimateCsi, type CsiEstimate, type CsiPart, type CsiWeights, type ScoredItems, type ValueBase } from '../stats/csi.js';
import { bootstrapReplicates, percentileInterval } from '../stats/bootstrap.js';
import { createRandom } from '../stats/random.js';
import type { CsiOptions, IndexValue } from './index-types.js';

export function concat(arrays: Float64Array[]): Float64Array {
  const out = new Float64Array(arrays.reduce((a, b) => a + b.length, 0));
  let o = 0;
  for (const a of arrays) {
    out.set(a, o);
    o += a.length;
  }
  return out;
}

export function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** Keep the given rows (with repetition) of scored items and their row-aligned arrays. */
export function subsetScored(s: ScoredItems, rows: number[]): ScoredItems {
  const { p } = s;
  const score = new Float64Array(rows.length * p);
  const top = new Float64Array(rows.length * p);
  rows.forEach((i, r) => {
    score.set(s.score.subarray(i * p, i * p + p), r * p);
    top.set(s.top.subarray(i * p, i * p + p), r * p);
  });
  return { ...s, n: rows.length, score, top };
}

export function pick(a: Float64Array | null, rows: number[]): Float64Array | null {
  return a ? Float64Array.from(rows, (i) => a[i]) : null;
}

export interface Measured {
  est: CsiEstimate;
  /** CIs in the order items, dimensions, overall, value-weighted items, dimensions, overall. */
  ci: ([number, number] | null)[] | null;
}

/** The estimate and, with --bootstrap, its CIs from resamples seeded with seed + seedOffset. */
export function measure(
  scored: ScoredItems,
  weights: CsiWeights,
  freq: Float64Array | null,
  values: Float64Array | null,
  base: ValueBase,
  opts: Pick<CsiOptions, 'bootstrap' | 'seed' | 'level'>,
  seedOffset = 0,
): Measured {
  const est = estimateCsi(scored, weights, freq, values, base);
  if (opts.bootstrap <= 0 || scored.n < 2) return { est, ci: null };
  const rng = createRandom(opts.seed + seedOffset);
  const times = new Uint32Array(scored.n);
  const reps = bootstrapReplicates(scored.n, opts.bootstrap, rng, (rows) => {
    times.fill(0);
    for (let r = 0; r < rows.length; r++) times[rows[r]]++;
    const e = estimateCsi(scored, weights, freq, values, base, times);
    const out = [...e.items.map((x) => x.index), ...e.dimensions.map((x) => x.index), e.overall.index];
    if (e.valueWeighted) {
      const v = e.valueWeighted;
      out.push(...v.items.map((x) => x.index), ...v.dimensions.map((x) => x.index), v.overall.index);
    }
    return out;
  });
  return { est, ci: reps.map((r) => percentileInterval(r, opts.level)) };
}

export function value(part: CsiPart, ci: [number, number] | null | undefined): IndexValue {
  return {
    index: finite(part.index),
    ciLower: ci ? finite(ci[0]) : null,
    ciUpper: ci ? finite(ci[1]) : null,
    satisfactionRate: finite(part.satisfactionRate),
  };
}

/** Frequency-weighted mean, n - 1 variance and sum of weights of one column. */
export function moments(x: Float64Array, freq: Float64Array | null): { mean: number; variance: number; n: number } {
  let n = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const f = freq ? freq[i] : 1;
    n += f;
    s += f * x[i];
  }
  const mean = s / n;
  let ss = 0;
  for (let i = 0; i < x.length; i++) {
    const f = freq ? freq[i] : 1;
    ss += f * (x[i] - mean) * (x[i] - mean);
  }
  return { mean, variance: ss / (n - 1), n };
}
