/**
 * The heterotrait-monotrait ratio of correlations (HTMT; Henseler, Ringle & Sarstedt 2015) of every
 * pair of factors, from the items' correlation (or covariance) matrix and which items measure which
 * factor:
 *
 *   HTMT_AB = mean_{a in A, b in B} |r_ab| / sqrt(mean_{a < a' in A} |r_aa'| * mean_{b < b' in B} |r_bb'|)
 *
 * `arithmetic` is the original HTMT; `geometric` replaces each mean by the geometric mean of the
 * absolute correlations (HTMT2, Roemer, Schuberth & Henseler 2021, semTools::htmt's default since
 * 0.5-6), which needs no tau-equivalence. Absolute values as semTools takes them (absolute = TRUE),
 * so reverse-keyed items count as their reversal would. An item listed under two factors counts
 * in both and is never paired with itself (as semTools on a correlation matrix). A factor with one
 * item has no monotrait correlations: its row is null, as is any pair whose monotrait mean is 0.
 *
 * Reference: Henseler, J., Ringle, C. M. & Sarstedt, M. (2015), Journal of the Academy of
 * Marketing Science 43, 115-135 (thresholds .85 and .90).
 */
import { correlationFromCovariance } from '../covariance.js';

export type HtmtMean = 'arithmetic' | 'geometric';

/**
 * The factors x factors HTMT matrix (1 on the diagonal of a factor with two or more items) of the
 * row-major p x p matrix `c` (correlations, or covariances, which are turned into correlations).
 */
export function htmt(c: Float64Array, p: number, groups: number[][], mean: HtmtMean = 'arithmetic'): (number | null)[][] {
  const r = correlationFromCovariance(c, p);
  const abs = (a: number, b: number) => Math.abs(r[a * p + b]);
  // Mean of |r| (or of log |r|, exponentiated) over the pairs of distinct items a in A, b in B.
  const blockMean = (A: number[], B: number[]): number | null => {
    let s = 0;
    let n = 0;
    for (const a of A)
      for (const b of B) {
        if (a === b) continue;
        s += mean === 'geometric' ? Math.log(abs(a, b)) : abs(a, b);
        n++;
      }
    if (n === 0) return null;
    return mean === 'geometric' ? Math.exp(s / n) : s / n;
  };
  const mono = groups.map((g) => blockMean(g, g));
  const m = groups.length;
  const out: (number | null)[][] = groups.map((_, i) => groups.map((__, j) => (i === j && mono[i] ? 1 : null)));
  // The upper triangle, mirrored: the matrix is symmetric exactly, whatever the summation order.
  for (let i = 0; i < m; i++)
    for (let j = i + 1; j < m; j++) {
      const wa = mono[i];
      const wb = mono[j];
      if (!wa || !wb) continue;
      out[i][j] = out[j][i] = (blockMean(groups[i], groups[j]) as number) / Math.sqrt(wa * wb);
    }
  return out;
}
