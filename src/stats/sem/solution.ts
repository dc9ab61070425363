/**
 * One ML fit of a model to a covariance matrix, end to end: the checks that make the model
 * estimable (df >= 0, more cases than free parameters, a positive definite S), estimation,
 * identification at the solution (a non-singular information matrix), standard errors, the
 * standardized solutions, R-square, fit indices and Heywood cases.
 */
import { AnalysisError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { estimate, evaluate, gradient, sampleLogDet, type Evaluation } from './estimate.js';
import { fitIndices, type FitIndices } from './fit.js';
import { parameterCovariance, rSquares, standardize, waldTests, type RSquare } from './inference.js';
import { matricesAt, type Parameter, type SemModel } from './model.js';

export type Likelihood = 'normal' | 'wishart';

export interface SolveOptions {
  /** 'normal' (lavaan: S with divisor N, chi-square N F) or 'wishart' (AMOS: N - 1 for both). */
  likelihood?: Likelihood;
  maxIterations?: number;
  /** Evaluate at these free values instead of estimating (for the tests against lavaan's optimum). */
  at?: Float64Array;
  /** Starting values (e.g. the full-sample estimates for a bootstrap replicate). */
  start?: Float64Array;
}

export interface EstimateRow extends Omit<Parameter, 'value' | 'row' | 'col' | 'matrix'> {
  est: number;
  se: number | null;
  z: number | null;
  p: number | null;
  stdLv: number;
  stdAll: number;
}

export interface Heywood {
  kind: 'negativeVariance' | 'loadingAboveOne';
  lhs: string;
  rhs: string;
  value: number;
}

export interface Solution {
  n: number;
  likelihood: Likelihood;
  iterations: number;
  converged: boolean;
  /** Free parameter values (model.free order). */
  x: Float64Array;
  gradient: Float64Array;
  F: number;
  estimates: EstimateRow[];
  rSquare: RSquare[];
  fit: FitIndices;
  heywood: Heywood[];
  /** Model-implied covariance. */
  sigma: Float64Array;
}

/** S from the centred cross-products: divisor N (normal) or N - 1 (Wishart). */
export function covarianceFor(crossProducts: Float64Array, n: number, likelihood: Likelihood): Float64Array {
  const d = likelihood === 'wishart' ? n - 1 : n;
  return crossProducts.map((v) => v / d);
}

export function solve(model: SemModel, S: Float64Array, n: number, options: SolveOptions = {}): Solution {
  const likelihood = options.likelihood ?? 'normal';
  const p = model.observed.length;
  const q = model.free.length;
  const moments = (p * (p + 1)) / 2;
  if (q > moments) throw new AnalysisError(msg('cfa.err.negativeDf', { q, moments, df: moments - q }));
  if (n <= q) throw new AnalysisError(msg('cfa.err.fewCases', { n, q }));
  const logDetS = sampleLogDet(S, model.observed);
  const nF = likelihood === 'wishart' ? n - 1 : n;
  let ev: Evaluation;
  let iterations = 0;
  let converged = true;
  let g: Float64Array;
  let x: Float64Array;
  if (options.at) {
    const e = evaluate(model, S, logDetS, options.at);
    if (!e) throw new AnalysisError(msg('cfa.err.badStart'));
    ev = e;
    x = Float64Array.from(options.at);
    g = gradient(model, S, ev);
  } else {
    const est = estimate(model, S, logDetS, { maxIterations: options.maxIterations, start: options.start });
    ({ x, iterations, converged, evaluation: ev, gradient: g } = est);
    if (!converged) throw new AnalysisError(msg('cfa.err.notConverged', { iterations }));
  }
  const vcov = parameterCovariance(model, ev, nF);
  if (!vcov) throw new AnalysisError(msg('cfa.err.notIdentified'));
  const tests = waldTests(x, vcov);
  const mats = matricesAt(model, x);
  const std = standardize(model, mats, ev.imp);
  const freeIndex = new Map(model.free.map((k, a) => [k, a]));
  const estimates: EstimateRow[] = model.params.map((par, k) => {
    const a = freeIndex.get(k);
    const t = a === undefined ? null : tests[a];
    return {
      lhs: par.lhs,
      op: par.op,
      rhs: par.rhs,
      user: par.user,
      free: par.free,
      est: std[k].est,
      se: t ? t.se : null,
      z: t ? t.z : null,
      p: t ? t.p : null,
      stdLv: std[k].stdLv,
      stdAll: std[k].stdAll,
    };
  });
  const heywood: Heywood[] = [];
  for (const e of estimates) {
    if (e.op === '~~' && e.lhs === e.rhs && e.est < 0) heywood.push({ kind: 'negativeVariance', lhs: e.lhs, rhs: e.rhs, value: e.est });
    if (e.op === '=~' && Math.abs(e.stdAll) > 1) heywood.push({ kind: 'loadingAboveOne', lhs: e.lhs, rhs: e.rhs, value: e.stdAll });
  }
  const fit = fitIndices({ F: ev.F, S, logDetS, sigma: ev.imp.sigma, sigmaInv: ev.sigmaInv, logDetSigma: ev.logDetSigma, p, q, n, nF });
  return { n, likelihood, iterations, converged, x, gradient: g, F: ev.F, estimates, rSquare: rSquares(model, mats, ev.imp), fit, heywood, sigma: ev.imp.sigma };
}
