import { maxOf, minOf } from '../extent.js';
/**
 * Composite reliability (CR) and average variance extracted (AVE) of each factor of a CFA, from its
 * completely standardized solution (lavaan's std.all, AMOS's standardized estimates):
 *
 *   Sigma* = Lambda* Phi* Lambda*' + Theta*                     (model-implied item correlations)
 *   CR_f   = (sum_{i in f} lambda*_if)^2 phi*_ff / sum_{i, j in f} Sigma*_ij
 *   AVE_f  = sum_{i in f} lambda*_if^2 phi*_ff / sum_{i in f} Sigma*_ii
 *
 * The items of f are those with a non-zero loading on f. Without cross-loadings and error
 * covariances, Sigma*'s block of f is lambda lambda' + diag(theta), and CR is the textbook
 * (sum lambda)^2 / ((sum lambda)^2 + sum theta) of Fornell & Larcker (1981) and Raykov (1997); AVE
 * is the mean squared standardized loading. With them, CR's denominator is the model-implied
 * variance of the factor's (standardized) sum score, cross-loadings and error covariances
 * included: semTools::compRelSEM(obs.var = FALSE). AVE follows semTools::AVE: it does not exist
 * (null) for a factor one of whose items loads on another factor too, because that item's
 * variance is not the factor's and the error's alone. A factor with a single item gets neither
 * (semTools' dropSingle): its reliability is not identified by the model.
 *
 * Theta* follows std.all's convention: the diagonal holds the standardized error variances, an
 * off-diagonal entry the correlation of two errors; in the items' metric that covariance is the
 * correlation times the two errors' standard deviations.
 *
 * References: Fornell, C. & Larcker, D. F. (1981), Journal of Marketing Research 18, 39-50;
 * Raykov, T. (1997), Applied Psychological Measurement 21, 173-184; semTools 0.5 (compRelSEM, AVE).
 */

/** A CFA's completely standardized measurement part, as plain arrays. */
export interface StandardizedSolution {
  /** Standardized loadings, one row per item, one column per factor; 0 where an item does not load. */
  loadings: number[][];
  /** Standardized error variances (diagonal) and error correlations (off-diagonal), items x items. */
  theta: number[][];
  /** Factor correlations (model-implied), factors x factors, 1 on the diagonal. */
  phi: number[][];
}

export interface FactorReliability {
  /** Indices of the factor's items (non-zero loading), in item order. */
  items: number[];
  /** The smallest and largest standardized loading of its items. */
  loadingMin: number;
  loadingMax: number;
  /** null for a single-item factor. */
  cr: number | null;
  /** null for a single-item factor or one with a cross-loading item. */
  ave: number | null;
  sqrtAve: number | null;
  /** Some item of the factor loads on another factor too. */
  crossLoading: boolean;
}

/** Model-implied item correlations Lambda Phi Lambda' + Theta (Theta's off-diagonal as error correlations). */
export function impliedCorrelations(s: StandardizedSolution): number[][] {
  const p = s.loadings.length;
  const m = p > 0 ? s.loadings[0].length : 0;
  const lp = s.loadings.map((row) => Array.from({ length: m }, (_, g) => row.reduce((acc, l, f) => acc + l * s.phi[f][g], 0)));
  return s.loadings.map((_, i) =>
    s.loadings.map((rowJ, j) => {
      let c = 0;
      for (let g = 0; g < m; g++) c += lp[i][g] * rowJ[g];
      const th = i === j ? s.theta[i][i] : s.theta[i][j] * Math.sqrt(s.theta[i][i] * s.theta[j][j]);
      return c + th;
    }),
  );
}

/** CR, AVE and the loading range of every factor (columns of the loadings), per the module comment. */
export function compositeReliability(s: StandardizedSolution): FactorReliability[] {
  const sigma = impliedCorrelations(s);
  const m = s.phi.length;
  const loadsOn = s.loadings.map((row) => row.filter((l) => l !== 0).length);
  const out: FactorReliability[] = [];
  for (let f = 0; f < m; f++) {
    const items = s.loadings.flatMap((row, i) => (row[f] !== 0 ? [i] : []));
    const lam = items.map((i) => s.loadings[i][f]);
    const crossLoading = items.some((i) => loadsOn[i] > 1);
    const phi = s.phi[f][f];
    let total = 0;
    let diag = 0;
    for (const i of items) {
      diag += sigma[i][i];
      for (const j of items) total += sigma[i][j];
    }
    const sum = lam.reduce((a, b) => a + b, 0);
    const sumSq = lam.reduce((a, b) => a + b * b, 0);
    const single = items.length < 2;
    const cr = single ? null : (sum * sum * phi) / total;
    const ave = single || crossLoading ? null : (sumSq * phi) / diag;
    out.push({
      items,
      loadingMin: minOf(lam),
      loadingMax: maxOf(lam),
      cr,
      ave,
      sqrtAve: ave === null || ave < 0 ? null : Math.sqrt(ave),
      crossLoading,
    });
  }
  return out;
}
