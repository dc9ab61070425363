/**
 * Squared multiple correlations: SMC_j = R^2 of item j regressed on all the other items,
 *   SMC_j = 1 - 1 / (R^-1)_jj,
 * with R^-1 from the Cholesky factor of the correlation matrix R (Guttman 1940; SPSS RELIABILITY's
 * "Squared Multiple Correlation", and FACTOR's initial communalities for principal axis factoring).
 */
import { AnalysisError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { cholesky, inverseDiagonal } from './cholesky.js';

/**
 * SMCs of a correlation matrix (row-major p x p), or null when R is singular or not positive
 * definite (then no item's SMC exists: `singularItem` below says which item is the culprit).
 */
export function trySquaredMultipleCorrelations(R: Float64Array, p: number): Float64Array | null {
  const c = cholesky(R, p);
  if (!c.ok) return null;
  const d = inverseDiagonal(c.L, p);
  const smc = new Float64Array(p);
  for (let j = 0; j < p; j++) smc[j] = 1 - 1 / d[j];
  return smc;
}

/**
 * The index of the first item that is (numerically) a linear combination of the items before it,
 * or -1 when R is positive definite.
 */
export function singularItem(R: Float64Array, p: number): number {
  const c = cholesky(R, p);
  return c.ok ? -1 : c.index;
}

/**
 * SMCs of a correlation matrix; an AnalysisError naming the offending item when R is singular or
 * not positive definite (`names` are the items' names for that message).
 */
export function squaredMultipleCorrelations(R: Float64Array, p: number, names?: string[]): Float64Array {
  const smc = trySquaredMultipleCorrelations(R, p);
  if (smc) return smc;
  const j = singularItem(R, p);
  const item = names?.[j] ?? msg('factor.err.smcItem', { n: j + 1 });
  const before = names ? names.slice(0, j) : msg('factor.err.smcItemsBefore', { n: j });
  if (Array.isArray(before) && before.join(', ') === '') throw new AnalysisError(msg('factor.err.smcZeroVariance', { item }));
  throw new AnalysisError(msg('factor.err.smcSingular', { item, before }));
}
