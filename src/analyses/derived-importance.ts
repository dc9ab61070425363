/**
 * Adapters from the index's derived weights to the regression and factor code: standardized Betas
 * of an outcome on predictors, and factor weights (each rotated component's share of the explained
 * variance, with the composite score F = sum_j (lambda_j / sum lambda) F_j).
 */
import type { Dataset } from '../data/dataset.js';
import { AnalysisError } from '../errors.js';
import { msg, type MessageRef } from '../i18n/index.js';
import { factorScores, runFactor } from './factor.js';
import { ols } from '../stats/regression.js';

/**
 * Standardized Betas of y on all predictors, from the OLS of ../stats/regression.ts (SPSS
 * REGRESSION, all entered). A predictor that SPSS's tolerance rule would leave out (collinear or
 * constant) is an AnalysisError naming it, since a weight cannot be derived for it.
 */
export function standardizedBetas(
  x: Float64Array[],
  names: string[],
  y: Float64Array,
  yName: string,
  freq: Float64Array | null,
): number[] {
  let fit: ReturnType<typeof ols>;
  try {
    fit = ols(y, x, names, freq, { dependent: yName });
  } catch (e) {
    // Say what the regression was for: the user asked for weights or importances, not a regression.
    if (e instanceof AnalysisError) throw new AnalysisError(msg('csi.err.betas', { outcome: yName, reason: e.label ?? e.message }));
    throw e;
  }
  if (fit.collinear.length) {
    throw new AnalysisError(
      msg('csi.err.collinear', { names: fit.collinear.map((c) => c.name), are: fit.collinear.length === 1 ? 'is' : 'are' }),
    );
  }
  return names.map((name) => {
    const c = fit.coefficients.find((k) => k.term === name);
    return c && c.beta !== null ? c.beta : NaN;
  });
}

/**
 * Why weights or importances cannot be derived when a column has no variance (r and Beta need
 * variance on both sides): the outcome first, else every constant predictor; null when all vary.
 */
export function noVarianceMessage(x: Float64Array[], names: string[], y: Float64Array, yName: string): MessageRef | null {
  const constant = (c: Float64Array) => c.every((v) => v === c[0]);
  if (y.length > 0 && constant(y)) return msg('csi.err.constantOverall', { column: yName, value: y[0] });
  const flat = x
    .map((c, k) => (c.length > 0 && constant(c) ? msg('csi.err.always', { name: names[k], value: c[0] }) : null))
    .filter((s): s is MessageRef => s !== null);
  if (flat.length === 0) return null;
  // The list as nested messages, so it is joined with ', ' in English and '、' in Chinese.
  const list = flat.reduceRight((rest, first) => msg('csi.err.listMore', { first, rest }));
  return msg('csi.err.constantPredictors', { list, have: flat.length === 1 ? 'has' : 'have' });
}

export interface FactorWeighting {
  /** Rotated components that hold at least one item (by highest absolute loading). */
  components: { items: number[]; sumOfSquares: number; share: number }[];
  /** Per row: F = sum_j (lambda_j / sum lambda) F_j over every retained component. */
  composite: Float64Array;
  /** Components left without items (their weight went to the others). */
  empty: number;
}

/**
 * Principal components of the items (eigenvalue > 1) with varimax, as `csat factor` computes them;
 * lambda_j is component j's sum of squared rotated loadings (its explained variance), its weight
 * lambda_j / sum lambda, and F_j its regression-method score. Columns must be complete.
 */
export function factorWeights(columns: Float64Array[], names: string[], freq: Float64Array | null): FactorWeighting {
  const ds: Dataset = {
    input: { file: '(index items)', rows: columns[0].length, encoding: 'utf-8', delimiter: ',' },
    allNames: names,
    variables: columns.map((values, j) => ({ name: names[j], values, labels: new Map(), kind: 'numeric' as const })),
    weights: freq,
    weightName: null,
    recodes: [],
    warnings: [],
  };
  const fr = runFactor(ds, { items: names, extraction: 'pc', rotation: 'varimax' });
  const rows = fr.varianceExplained.rotation ?? fr.varianceExplained.extraction;
  const lambda = rows.slice(0, fr.factors).map((r) => r.total);
  const total = lambda.reduce((a, b) => a + b, 0);
  const scores = factorScores(ds, fr);
  const composite = new Float64Array(columns[0].length);
  lambda.forEach((l, j) => {
    for (let i = 0; i < composite.length; i++) composite[i] += (l / total) * scores[j][i];
  });
  const held = lambda.map((sumOfSquares, j) => ({
    items: fr.assignment.filter((a) => a.component === j + 1).map((a) => names.indexOf(a.item)),
    sumOfSquares,
    share: 0,
  }));
  const components = held.filter((c) => c.items.length > 0);
  const heldTotal = components.reduce((a, c) => a + c.sumOfSquares, 0);
  for (const c of components) c.share = c.sumOfSquares / heldTotal;
  return { components, composite, empty: held.length - components.length };
}
