/**
 * Construct validity of a fitted measurement model, as satisfaction papers report it after a CFA:
 * per factor the standardized loadings' range, Cronbach's alpha, CR, AVE and sqrt(AVE) against
 * their usual thresholds; discriminant validity by the Fornell-Larcker criterion and by HTMT; and
 * common method bias (Harman's single-factor test, and a one-factor CFA against the study model
 * when the caller has fitted both). Inputs are plain arrays, so any fit (csat's ML engine, or
 * numbers typed from AMOS or lavaan) can be judged.
 *
 * Thresholds (defaults; every one can be changed):
 * - standardized loading >= .50 (Hair, Black, Babin & Anderson, Multivariate Data Analysis, 7th
 *   ed., 2010; .70 is the stricter ideal there);
 * - Cronbach's alpha >= .70 (Nunnally, Psychometric Theory, 2nd ed., 1978);
 * - CR >= .70 (Hair et al. 2010; Bagozzi & Yi 1988 ask .60);
 * - AVE >= .50 (Fornell & Larcker 1981), and sqrt(AVE) above the factor's correlations;
 * - HTMT < .85 (strict) or < .90 (liberal) (Henseler, Ringle & Sarstedt 2015);
 * - Harman's first component under 50% of the variance (Podsakoff et al. 2003).
 */
import type { Dataset } from '../data/dataset.js';
import { CsatError } from '../errors.js';
import { msg, warning } from '../i18n/index.js';
import { scalesModel } from '../stats/sem/syntax.js';
import { runCfa, type CfaResult, type Mimic } from './cfa.js';
import { covariance, listwise } from '../stats/covariance.js';
import { chiSquareUpperP } from '../stats/distributions.js';
import type { FitIndices } from '../stats/sem/fit.js';
import { implied, matricesAt, type SemModel } from '../stats/sem/model.js';
import type { EstimateRow, Solution } from '../stats/sem/solution.js';
import { cronbachAlpha } from '../stats/reliability.js';
import { compositeReliability, type StandardizedSolution } from '../stats/validity/composite-reliability.js';
import { fornellLarcker } from '../stats/validity/fornell-larcker.js';
import { harmanSingleFactor } from '../stats/validity/harman.js';
import { htmt, type HtmtMean } from '../stats/validity/htmt.js';

export interface ValidityThresholds {
  loading: number;
  alpha: number;
  cr: number;
  ave: number;
  /** HTMT's strict and liberal limits. */
  htmt: number;
  htmtLiberal: number;
  /** Harman's share (0..1) above which common method bias is suspected. */
  harman: number;
}

export const DEFAULT_VALIDITY_THRESHOLDS: ValidityThresholds = {
  loading: 0.5,
  alpha: 0.7,
  cr: 0.7,
  ave: 0.5,
  htmt: 0.85,
  htmtLiberal: 0.9,
  harman: 0.5,
};

export interface ValidityInput {
  factors: string[];
  /** The model's items, in the order of the solution's rows and of `covariance`. */
  items: string[];
  /** The completely standardized solution (src/stats/validity/composite-reliability.ts). */
  solution: StandardizedSolution;
  /** The items' sample covariance (or correlation) matrix, row-major, for alpha and HTMT. */
  covariance: Float64Array;
  thresholds?: Partial<ValidityThresholds>;
  /** Which HTMT the tables print (both are in the result); default the original arithmetic one. */
  htmtMean?: HtmtMean;
}

export interface ConstructValidity {
  factor: string;
  items: string[];
  loadingMin: number;
  loadingMax: number;
  /** Every loading of the factor's items >= the loading threshold. */
  loadingsPass: boolean;
  /** Cronbach's alpha of the factor's items (null for one item or no variance). */
  alpha: number | null;
  alphaPass: boolean | null;
  cr: number | null;
  crPass: boolean | null;
  ave: number | null;
  avePass: boolean | null;
  sqrtAve: number | null;
  /** The factor's largest |correlation| with another factor (null for a lone factor). */
  maxCorrelation: number | null;
  /** sqrt(AVE) > maxCorrelation (Fornell-Larcker). */
  sqrtAvePass: boolean | null;
  /** Some item of the factor also loads on another factor (AVE then does not exist). */
  crossLoading: boolean;
  /** Loadings, CR and AVE all meet their thresholds (null when CR or AVE does not exist). */
  convergent: boolean | null;
}

export interface HtmtPair {
  a: string;
  b: string;
  value: number;
}

export interface ValidityResult {
  factors: string[];
  thresholds: ValidityThresholds;
  constructs: ConstructValidity[];
  fornellLarcker: {
    /** sqrt(AVE) on the diagonal, factor correlations elsewhere. */
    matrix: (number | null)[][];
    passes: (boolean | null)[];
  };
  htmt: {
    /** The matrix the tables print. */
    mean: HtmtMean;
    arithmetic: (number | null)[][];
    geometric: (number | null)[][];
    /** Pairs (of the printed HTMT) at or above the strict / the liberal threshold. */
    aboveStrict: HtmtPair[];
    aboveLiberal: HtmtPair[];
  };
}

function subMatrix(c: Float64Array, p: number, idx: number[]): Float64Array {
  const k = idx.length;
  const out = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) out[a * k + b] = c[idx[a] * p + idx[b]];
  return out;
}

const atLeast = (x: number | null, min: number): boolean | null => (x === null ? null : x >= min);

/** Construct validity of one measurement model (see the module comment). */
export function constructValidity(input: ValidityInput): ValidityResult {
  const th: ValidityThresholds = { ...DEFAULT_VALIDITY_THRESHOLDS, ...input.thresholds };
  const p = input.items.length;
  const rel = compositeReliability(input.solution);
  const fl = fornellLarcker(
    rel.map((r) => r.ave),
    input.solution.phi,
  );
  const constructs = rel.map((r, f): ConstructValidity => {
    const k = r.items.length;
    const a = k > 1 ? cronbachAlpha(subMatrix(input.covariance, p, r.items), k) : NaN;
    const alpha = Number.isFinite(a) ? a : null;
    const crPass = atLeast(r.cr, th.cr);
    const avePass = atLeast(r.ave, th.ave);
    const loadingsPass = r.loadingMin >= th.loading;
    return {
      factor: input.factors[f],
      items: r.items.map((i) => input.items[i]),
      loadingMin: r.loadingMin,
      loadingMax: r.loadingMax,
      loadingsPass,
      alpha,
      alphaPass: atLeast(alpha, th.alpha),
      cr: r.cr,
      crPass,
      ave: r.ave,
      avePass,
      sqrtAve: r.sqrtAve,
      maxCorrelation: fl.maxCorrelation[f],
      sqrtAvePass: fl.passes[f],
      crossLoading: r.crossLoading,
      convergent: crPass === null || avePass === null ? null : loadingsPass && crPass && avePass,
    };
  });
  const groups = rel.map((r) => r.items);
  const arithmetic = htmt(input.covariance, p, groups, 'arithmetic');
  const geometric = htmt(input.covariance, p, groups, 'geometric');
  const mean = input.htmtMean ?? 'arithmetic';
  const shown = mean === 'arithmetic' ? arithmetic : geometric;
  const pairs = (min: number): HtmtPair[] =>
    shown.flatMap((row, i) => row.flatMap((v, j) => (j < i && v !== null && v >= min ? [{ a: input.factors[j], b: input.factors[i], value: v }] : [])));
  return {
    factors: input.factors,
    thresholds: th,
    constructs,
    fornellLarcker: { matrix: fl.matrix, passes: fl.passes },
    htmt: { mean, arithmetic, geometric, aboveStrict: pairs(th.htmt), aboveLiberal: pairs(th.htmtLiberal) },
  };
}

/** The fit of one CFA, as far as the common-method-bias comparison prints it. */
export interface FitSummary {
  chiSquare: number;
  df: number;
  cfi: number | null;
  tli: number | null;
  rmsea: number | null;
  srmr: number | null;
}

export interface CommonMethodBiasResult {
  harman: {
    items: string[];
    /** The first unrotated component's eigenvalue and its share of the variance (0..1). */
    eigenvalue: number;
    share: number;
    threshold: number;
    exceeds: boolean;
  };
  /** All items on one factor, and the study model, when the caller fitted them. */
  oneFactor: FitSummary | null;
  model: FitSummary | null;
  /** Chi-square difference of the nested one-factor model against the study model. */
  difference: { chiSquare: number; df: number; p: number } | null;
}

/** Harman's test on all items' covariance (or correlation) matrix, and the one-factor comparison. */
export function commonMethodBias(
  items: string[],
  covariance: Float64Array,
  opts: { threshold?: number; oneFactor?: FitSummary | null; model?: FitSummary | null } = {},
): CommonMethodBiasResult {
  const h = harmanSingleFactor(covariance, items.length, opts.threshold ?? DEFAULT_VALIDITY_THRESHOLDS.harman);
  const one = opts.oneFactor ?? null;
  const model = opts.model ?? null;
  const dfDiff = one && model ? one.df - model.df : 0;
  const chiDiff = one && model ? one.chiSquare - model.chiSquare : 0;
  return {
    harman: { items, eigenvalue: h.eigenvalues[0], share: h.share, threshold: h.threshold, exceeds: h.exceeds },
    oneFactor: one,
    model,
    difference: one && model && dfDiff > 0 ? { chiSquare: chiDiff, df: dfDiff, p: chiSquareUpperP(chiDiff, dfDiff) } : null,
  };
}

/** What the validity tables read off a fitted model (a `csat cfa` result has this shape). */
export interface FittedModel {
  /** The factors (lhs of `=~`). */
  factors: string[];
  /** The model's observed variables, the order of S. */
  observed: string[];
  /** The parameter table with std.all values. */
  parameters: EstimateRow[];
  /** Model-implied factor correlations, `factors` order. */
  factorCorrelations: number[][];
}

/**
 * The validity input of a fitted model: its factors, their indicators (observed variables with a
 * loading) in the model's order, the std.all loadings and error (co)variances, the implied factor
 * correlations, and the indicators' block of S (the sample covariances, `observed` order), which
 * alpha and HTMT read.
 */
export function validityInputOf(fit: FittedModel, S: Float64Array, extra: Pick<ValidityInput, 'thresholds' | 'htmtMean'> = {}): ValidityInput {
  const p = fit.observed.length;
  const factors = fit.factors;
  const fAt = new Map(factors.map((n, f) => [n, f]));
  const indicator = new Set(fit.parameters.filter((e) => e.op === '=~' && fAt.has(e.lhs)).map((e) => e.rhs));
  const itemIdx = fit.observed.flatMap((name, i) => (indicator.has(name) ? [i] : []));
  const items = itemIdx.map((i) => fit.observed[i]);
  const at = new Map(items.map((n, i) => [n, i]));
  const loadings = items.map(() => factors.map(() => 0));
  const theta = items.map(() => items.map(() => 0));
  for (const e of fit.parameters) {
    if (e.op === '=~' && fAt.has(e.lhs) && at.has(e.rhs)) loadings[at.get(e.rhs)!][fAt.get(e.lhs)!] = e.stdAll;
    if (e.op === '~~' && at.has(e.lhs) && at.has(e.rhs)) theta[at.get(e.lhs)!][at.get(e.rhs)!] = theta[at.get(e.rhs)!][at.get(e.lhs)!] = e.stdAll;
  }
  const k = itemIdx.length;
  const covariance = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) covariance[a * k + b] = S[itemIdx[a] * p + itemIdx[b]];
  return { factors, items, solution: { loadings, theta, phi: fit.factorCorrelations }, covariance, ...extra };
}

/** The fitted-model view of the SEM engine's solution (the implied factor correlations computed here). */
export function fittedModel(model: SemModel, sol: Solution): FittedModel {
  const m = model.latent.length;
  const cov = implied(matricesAt(model, sol.x)).latentCov;
  const li = model.factors.map((f) => model.latent.indexOf(f));
  const factorCorrelations = li.map((a) => li.map((b) => (a === b ? 1 : cov[a * m + b] / Math.sqrt(cov[a * m + a] * cov[b * m + b]))));
  return { factors: model.factors, observed: model.observed, parameters: sol.estimates, factorCorrelations };
}

/** The fit indices the one-factor comparison prints. */
export function fitSummary(fit: FitIndices): FitSummary {
  return { chiSquare: fit.chisq, df: fit.df, cfi: fit.cfi, tli: fit.tli, rmsea: fit.rmsea, srmr: fit.srmr };
}

/**
 * The items' sample covariance matrix on the cases a CFA of `observed` uses (listwise over all of
 * them, weighted as the fit is), in `observed` order.
 */
export function sampleCovariance(ds: Dataset, observed: string[]): Float64Array {
  const byName = new Map(ds.variables.map((v) => [v.name, v.values]));
  const lw = listwise(
    observed.map((n) => byName.get(n)!),
    ds.weights,
  );
  return covariance(lw.columns, lw.weights).cov;
}

/** Construct validity of a model fitted to `ds` (the tables after `csat cfa`'s fit). */
export function validityOfFit(ds: Dataset, fit: FittedModel, extra: Pick<ValidityInput, 'thresholds' | 'htmtMean'> = {}): ValidityResult {
  return constructValidity(validityInputOf(fit, sampleCovariance(ds, fit.observed), extra));
}

export interface CfaValidity {
  validity: ValidityResult | null;
  commonMethodBias: CommonMethodBiasResult | null;
  warnings: string[];
}

/**
 * What `csat cfa` prints after its fit: construct validity of the fitted model (none without
 * factors), and with `cmb` common method bias: Harman's test on the indicators, and, when the
 * model's observed variables are all indicators (so both fits use the same cases), all of them
 * fitted on one factor and compared with the model. A one-factor model that cannot be fitted is a
 * warning; Harman's test is still reported.
 */
export function runCfaValidity(ds: Dataset, fit: CfaResult, opts: { cmb: boolean; mimic: Mimic; thresholds?: Partial<ValidityThresholds> }): CfaValidity {
  const warnings: string[] = [];
  const validity = fit.factors.length > 0 ? validityOfFit(ds, fit, { thresholds: opts.thresholds }) : null;
  let cmb: CommonMethodBiasResult | null = null;
  if (opts.cmb) {
    const indicator = new Set(fit.parameters.filter((e) => e.op === '=~' && fit.factors.includes(e.lhs)).map((e) => e.rhs));
    const items = fit.observed.filter((n) => indicator.has(n));
    let oneFactor: FitSummary | null = null;
    if (items.length === fit.observed.length && fit.factors.length > 1) {
      try {
        oneFactor = fitSummary(runCfa(ds, { statements: scalesModel([{ name: 'method', items }]), stdLv: false, mimic: opts.mimic }).result.fit);
      } catch (e) {
        if (!(e instanceof CsatError)) throw e;
        warnings.push(warning(msg('validity.warn.oneFactorFailed', { reason: e.label ?? e.message })));
      }
    }
    cmb = commonMethodBias(items, sampleCovariance(ds, items), {
      threshold: opts.thresholds?.harman,
      oneFactor,
      model: oneFactor ? fitSummary(fit.fit) : null,
    });
  }
  return { validity, commonMethodBias: cmb, warnings };
}
