import { maxOf } from '../extent.js';
/**
 * The Fornell-Larcker criterion (Fornell & Larcker 1981): a factor shows discriminant validity when
 * the square root of its AVE exceeds its correlation (in absolute value) with every other factor,
 * i.e. it shares more variance with its own items than with any other factor.
 *
 * Reference: Fornell, C. & Larcker, D. F. (1981), Journal of Marketing Research 18, 39-50.
 */

export interface FornellLarcker {
  /** sqrt(AVE) on the diagonal, the factor correlations elsewhere (null where AVE does not exist). */
  matrix: (number | null)[][];
  /** The largest |correlation| of each factor with another; null for a lone factor. */
  maxCorrelation: (number | null)[];
  /** sqrt(AVE) > maxCorrelation; null where either does not exist. */
  passes: (boolean | null)[];
}

/** The criterion from each factor's AVE (null where it does not exist) and the factor correlations. */
export function fornellLarcker(ave: (number | null)[], phi: number[][]): FornellLarcker {
  const root = ave.map((a) => (a === null || a < 0 ? null : Math.sqrt(a)));
  const maxCorrelation = phi.map((row, f) => {
    const others = row.filter((_, g) => g !== f).map(Math.abs);
    return others.length > 0 ? maxOf(others) : null;
  });
  return {
    matrix: phi.map((row, f) => row.map((v, g) => (f === g ? root[f] : v))),
    maxCorrelation,
    passes: root.map((s, f) => (s === null || maxCorrelation[f] === null ? null : s > (maxCorrelation[f] as number))),
  };
}
