/**
 * Harman's single-factor test as SPSS users run it (Podsakoff et al. 2003): all items of the study
 * in one unrotated principal component analysis of their correlation matrix; the first component's
 * share of the total variance is its eigenvalue over the number of items. A share above one half is
 * read as a sign of common method bias (the 50% rule). The test is weak: a single method factor
 * rarely takes half the variance of many items, so passing it does not rule the bias out.
 *
 * Reference: Podsakoff, P. M., MacKenzie, S. B., Lee, J.-Y. & Podsakoff, N. P. (2003), Journal of
 * Applied Psychology 88, 879-903.
 */
import { correlationFromCovariance } from '../covariance.js';
import { symmetricEigen } from '../eigen.js';

export interface HarmanResult {
  /** Number of items. */
  items: number;
  /** Eigenvalues of the correlation matrix, largest first. */
  eigenvalues: Float64Array;
  /** The first component's share of the total variance, lambda_1 / p (0..1). */
  share: number;
  /** share > threshold. */
  exceeds: boolean;
  threshold: number;
}

/** Harman's test on the row-major p x p correlation (or covariance) matrix of all items. */
export function harmanSingleFactor(c: Float64Array, p: number, threshold = 0.5): HarmanResult {
  const eig = symmetricEigen(correlationFromCovariance(c, p), p);
  const share = eig.values[0] / p;
  return { items: p, eigenvalues: eig.values, share, exceeds: share > threshold, threshold };
}
