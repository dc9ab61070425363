/**
 * `csat kmo`: SPSS FACTOR /PRINT KMO DET AIC: the Kaiser-Meyer-Olkin measure of sampling adequacy
 * (overall and per item), Bartlett's test of sphericity, the determinant of R and, on request, the
 * anti-image covariance and correlation matrices.
 */
import type { Dataset } from '../data/dataset.js';
import { bartlett, kmo as kmoStat, kmoAdequacy, type BartlettResult, type KmoAdequacy } from '../stats/sphericity.js';

export type { KmoAdequacy };
import { itemCorrelations, type ItemCorrelations } from './factor-input.js';

/** Kaiser's (1974) words for a KMO value. */

export interface KmoResult {
  n: number;
  items: string[];
  kmo: number;
  /** Kaiser's label for the overall KMO. */
  adequacy: KmoAdequacy;
  msa: { item: string; msa: number }[];
  bartlett: BartlettResult;
  determinant: number;
  /** ln |R|, which stays finite when the determinant underflows for many items. */
  logDeterminant: number;
  /** Rows excluded by listwise deletion. */
  excluded: number;
  /** Present with --anti-image: p x p matrices, rows and columns in item order. */
  antiImage?: { covariance: number[][]; correlation: number[][] };
}

export interface KmoOptions {
  items?: string[];
  antiImage?: boolean;
}

function toRows(a: Float64Array, p: number): number[][] {
  return Array.from({ length: p }, (_, i) => Array.from(a.subarray(i * p, i * p + p)));
}

/** KMO and Bartlett from prepared correlations (shared with `csat factor`). */
export function kmoFromCorrelations(c: ItemCorrelations, antiImage = false): KmoResult {
  const p = c.items.length;
  const k = kmoStat(c.r, c.rInverse, p);
  const result: KmoResult = {
    n: c.n,
    items: c.items,
    kmo: k.kmo,
    adequacy: kmoAdequacy(k.kmo),
    msa: c.items.map((item, j) => ({ item, msa: k.msa[j] })),
    bartlett: bartlett(c.logDeterminant, c.n, p),
    determinant: Math.exp(c.logDeterminant),
    logDeterminant: c.logDeterminant,
    excluded: c.excluded,
  };
  if (antiImage) {
    result.antiImage = { covariance: toRows(k.antiImageCovariance, p), correlation: toRows(k.antiImageCorrelation, p) };
  }
  return result;
}

export function runKmo(ds: Dataset, opts: KmoOptions = {}): KmoResult {
  return kmoFromCorrelations(itemCorrelations(ds, opts.items), Boolean(opts.antiImage));
}
