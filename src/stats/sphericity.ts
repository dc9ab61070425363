/**
 * Whether a correlation matrix suits factor analysis: the Kaiser-Meyer-Olkin measure of sampling
 * adequacy (overall and per item, with the anti-image matrices SPSS prints under /PRINT AIC) and
 * Bartlett's test of sphericity.
 *
 * With Q = R^-1 and the partial correlation of i and j given all others
 * a_ij = -Q_ij / sqrt(Q_ii Q_jj) (Kaiser 1970; Kaiser & Rice 1974):
 *   KMO   = sum_{i != j} r_ij^2 / (sum_{i != j} r_ij^2 + sum_{i != j} a_ij^2)
 *   MSA_i = sum_{j != i} r_ij^2 / (sum_{j != i} r_ij^2 + sum_{j != i} a_ij^2)
 *   anti-image covariance  = D Q D with D = diag(1 / Q_ii)    (diagonal: 1 - SMC_i)
 *   anti-image correlation = -a_ij off the diagonal, MSA_i on it (as SPSS prints it)
 * Bartlett (1950, 1951): chi^2 = -((n - 1) - (2p + 5) / 6) ln |R| on p(p - 1) / 2 df.
 */
import { chiSquareUpperP } from './distributions.js';

export interface KmoResult {
  kmo: number;
  /** The two sums of the formula, over the pairs i != j: squared correlations, squared partial correlations. */
  sumR2: number;
  sumA2: number;
  /** Per-item measure of sampling adequacy. */
  msa: Float64Array;
  /** Row-major p x p. */
  antiImageCovariance: Float64Array;
  /** Row-major p x p; MSA on the diagonal. */
  antiImageCorrelation: Float64Array;
}

/** KMO, MSA and the anti-image matrices from R and its inverse (both row-major p x p). */
export function kmo(r: Float64Array, rInverse: Float64Array, p: number): KmoResult {
  const q = rInverse;
  const msa = new Float64Array(p);
  const aic = new Float64Array(p * p);
  const air = new Float64Array(p * p);
  let sumR2 = 0;
  let sumA2 = 0;
  for (let i = 0; i < p; i++) {
    let r2 = 0;
    let a2 = 0;
    for (let j = 0; j < p; j++) {
      aic[i * p + j] = q[i * p + j] / (q[i * p + i] * q[j * p + j]);
      if (j === i) continue;
      const a = -q[i * p + j] / Math.sqrt(q[i * p + i] * q[j * p + j]);
      air[i * p + j] = -a;
      r2 += r[i * p + j] * r[i * p + j];
      a2 += a * a;
    }
    msa[i] = r2 / (r2 + a2);
    sumR2 += r2;
    sumA2 += a2;
  }
  for (let i = 0; i < p; i++) air[i * p + i] = msa[i];
  return { kmo: sumR2 / (sumR2 + sumA2), sumR2, sumA2, msa, antiImageCovariance: aic, antiImageCorrelation: air };
}

export interface BartlettResult {
  chiSquare: number;
  df: number;
  p: number;
}

/** Bartlett's test of sphericity from ln |R|, the number of cases n (sum of weights) and p items. */
export function bartlett(logDetR: number, n: number, p: number): BartlettResult {
  const chiSquare = -(n - 1 - (2 * p + 5) / 6) * logDetR;
  const df = (p * (p - 1)) / 2;
  return { chiSquare, df, p: chiSquareUpperP(chiSquare, df) };
}

export type KmoAdequacy = 'marvelous' | 'meritorious' | 'middling' | 'mediocre' | 'miserable' | 'unacceptable';

/** Kaiser (1974): .90s marvelous, .80s meritorious, .70s middling, .60s mediocre, .50s miserable, below unacceptable. */
export function kmoAdequacy(k: number): KmoAdequacy {
  if (k >= 0.9) return 'marvelous';
  if (k >= 0.8) return 'meritorious';
  if (k >= 0.7) return 'middling';
  if (k >= 0.6) return 'mediocre';
  if (k >= 0.5) return 'miserable';
  return 'unacceptable';
}
