/**
 * Confirmatory factor analysis and structural models by maximum likelihood: the `results` of
 * `csat cfa` and `csat sem`.
 *
 * The model's observed variables are taken listwise (complete cases only), their covariance
 * matrix computed once, and the model fitted to it (src/stats/sem/). Conventions:
 * - `mimic: 'lavaan'` (default): S with divisor N and chi-square = N F_ML, as lavaan 0.6;
 *   `mimic: 'amos'`: S with divisor N - 1 and chi-square = (N - 1) F_ML (the Wishart likelihood), as AMOS.
 *   AIC and BIC are lavaan's (-2 logL + 2q, -2 logL + q log N) under lavaan, AMOS's (chi2 + 2q,
 *   chi2 + q log N) under amos; both are in `fit`.
 * - Standard errors from the expected information (lavaan's default for complete data).
 * - Frequency weights: n is the sum of the weights.
 * - Each fit index is judged against a cut-off (FIT_CUTOFFS, overridable per index).
 * - Modification indices use N (lavaan) or N - 1 (amos) as the multiplier.
 */
import type { Dataset } from '../data/dataset.js';
import { AnalysisError } from '../errors.js';
import { msg, warning } from '../i18n/index.js';
import { centredSums, listwise, totalWeight } from '../stats/covariance.js';
import { buildModel, implied, matricesAt, type SemModel } from '../stats/sem/model.js';
import { modelText, type ModelStatement } from '../stats/sem/syntax.js';
import { covarianceFor, solve, type EstimateRow, type Heywood, type Solution } from '../stats/sem/solution.js';
import type { FitIndices } from '../stats/sem/fit.js';
import { effects, type Effect } from '../stats/sem/effects.js';
import type { RSquare } from '../stats/sem/inference.js';
import { modificationIndices, type ModificationIndex } from '../stats/sem/modification.js';
import { sampleLogDet } from '../stats/sem/estimate.js';
import { bootstrapReplicates, percentileInterval } from '../stats/bootstrap.js';
import { createRandom } from '../stats/random.js';

export type Mimic = 'lavaan' | 'amos';

/** A fit index with a cut-off: at least (>=) or at most (<=) the value. */
export type FitIndexName = 'cmindf' | 'pvalue' | 'gfi' | 'agfi' | 'nfi' | 'ifi' | 'tli' | 'cfi' | 'rmsea' | 'pclose' | 'srmr' | 'rmr';

/** The default cut-offs and their sources (README: "Fit cut-offs"). */
export const FIT_CUTOFFS: Record<FitIndexName, { rule: '>=' | '<='; value: number }> = {
  pvalue: { rule: '>=', value: 0.05 },
  cmindf: { rule: '<=', value: 3 }, // Carmines & McIver 1981; Kline 2011
  gfi: { rule: '>=', value: 0.9 }, // Joreskog & Sorbom 1984; Bagozzi & Yi 1988
  agfi: { rule: '>=', value: 0.9 }, // Joreskog & Sorbom 1984; Bagozzi & Yi 1988
  nfi: { rule: '>=', value: 0.9 }, // Bentler & Bonett 1980
  ifi: { rule: '>=', value: 0.9 }, // Bollen 1989
  tli: { rule: '>=', value: 0.95 }, // Hu & Bentler 1999
  cfi: { rule: '>=', value: 0.95 }, // Hu & Bentler 1999
  rmsea: { rule: '<=', value: 0.06 }, // Hu & Bentler 1999
  pclose: { rule: '>=', value: 0.05 }, // Browne & Cudeck 1993
  srmr: { rule: '<=', value: 0.08 }, // Hu & Bentler 1999
  rmr: { rule: '<=', value: 0.05 }, // Hair et al. 2010 (for standardized-scale items)
};

export interface FitVerdict {
  index: FitIndexName;
  value: number | null;
  rule: '>=' | '<=';
  cutoff: number;
  /** null when the index does not exist (df = 0). */
  pass: boolean | null;
}

/** A fit index that misses its gate (--fail-under, the study's `thresholds`); value null when it does not exist. */
export interface FitGateFailure {
  what: 'fit';
  name: FitIndexName;
  value: number | null;
  threshold: number;
}

/** The gates a fit misses: at least the threshold, or at most it where the cut-off is an upper bound; no fit misses them all. */
export function fitGateFailures(fit: FitIndices | null, gates: Partial<Record<FitIndexName, number>>): FitGateFailure[] {
  const out: FitGateFailure[] = [];
  for (const [index, threshold] of Object.entries(gates) as [FitIndexName, number][]) {
    const value = fit ? fit[index] : null;
    const ok = value !== null && (FIT_CUTOFFS[index].rule === '>=' ? value >= threshold : value <= threshold);
    if (!ok) out.push({ what: 'fit', name: index, value, threshold });
  }
  return out;
}

export interface CfaOptions {
  statements: ModelStatement[];
  stdLv: boolean;
  mimic: Mimic;
  /** Cut-offs replacing the defaults, per index. */
  cutoffs?: Partial<Record<FitIndexName, number>>;
  /** The top modification indices to report (0 or absent: none). */
  modificationIndices?: number;
  /** Bootstrap of the indirect effects: replicates and seed (sem). */
  bootstrap?: { replicates: number; seed: number; level: number } | null;
}

export interface EffectResult extends Effect {
  /** Percentile bootstrap interval of the indirect effect (unstandardized), when requested. */
  indirectCI: [number, number] | null;
}

export interface CfaResult {
  /** The model as fitted, in lavaan syntax (one line per left-hand side and operator). */
  model: string;
  observed: string[];
  factors: string[];
  /** Complete cases used (sum of weights) and cases left out for a missing answer. */
  n: number;
  nExcluded: number;
  missing: 'listwise';
  mimic: Mimic;
  likelihood: 'normal' | 'wishart';
  stdLv: boolean;
  estimator: 'ML';
  information: 'expected';
  iterations: number;
  converged: boolean;
  parameters: EstimateRow[];
  rSquare: RSquare[];
  fit: FitIndices;
  verdicts: FitVerdict[];
  heywood: Heywood[];
  /** Model-implied correlations of the factors (rows and columns in `factors` order). */
  factorCorrelations: number[][];
  /** Sample correlations of the observed variables (in `observed` order), for HTMT. */
  itemCorrelations: number[][];
  /** Direct, indirect and total effects of the structural part (empty for a CFA). */
  effects: EffectResult[];
  bootstrap: { replicates: number; seed: number; level: number; failed: number } | null;
  /** With --mi: the largest modification indices (cross-loadings, indicator residual covariances), null otherwise. */
  modificationIndices: ModificationIndex[] | null;
}

/** The moments of the complete cases of the model's variables. */
function moments(columns: Float64Array[], weights: Float64Array | null): { cross: Float64Array; n: number; kept: Float64Array[]; w: Float64Array | null; excluded: number } {
  const lw = listwise(columns, weights);
  const n = totalWeight(lw.kept, lw.weights);
  return { cross: centredSums(lw.columns, lw.weights).sscp, n, kept: lw.columns, w: lw.weights, excluded: lw.excluded };
}

export function verdicts(fit: FitIndices, cutoffs: Partial<Record<FitIndexName, number>> = {}): FitVerdict[] {
  return (Object.keys(FIT_CUTOFFS) as FitIndexName[]).map((index) => {
    const { rule } = FIT_CUTOFFS[index];
    const cutoff = cutoffs[index] ?? FIT_CUTOFFS[index].value;
    const value = fit[index];
    const pass = value === null ? null : rule === '>=' ? value >= cutoff : value <= cutoff;
    return { index, value, rule, cutoff, pass };
  });
}

export function runCfa(ds: Dataset, options: CfaOptions): { result: CfaResult; warnings: string[] } {
  const model: SemModel = buildModel(options.statements, { stdLv: options.stdLv });
  const byName = new Map(ds.variables.map((v) => [v.name, v.values]));
  const columns = model.observed.map((name) => byName.get(name)!);
  const mom = moments(columns, ds.weights);
  if (mom.n < 2) throw new AnalysisError(msg('cfa.err.fewCases', { n: mom.n, q: model.free.length }));
  const likelihood = options.mimic === 'amos' ? 'wishart' : 'normal';
  const S = covarianceFor(mom.cross, mom.n, likelihood);
  const sol: Solution = solve(model, S, mom.n, { likelihood });
  const warnings: string[] = [];
  for (const h of sol.heywood) {
    warnings.push(
      warning(
        h.kind === 'negativeVariance'
          ? msg('cfa.warn.negativeVariance', { name: h.lhs, value: h.value.toFixed(3) })
          : msg('cfa.warn.loadingAboveOne', { factor: h.lhs, item: h.rhs, value: h.value.toFixed(3) }),
      ),
    );
  }
  const p = model.observed.length;
  const m = model.latent.length;
  const imp = implied(matricesAt(model, sol.x));
  const nf = model.factors.length;
  const factorCorrelations = Array.from({ length: nf }, (_, i) =>
    Array.from({ length: nf }, (_, j) => imp.latentCov[i * m + j] / Math.sqrt(imp.latentCov[i * m + i] * imp.latentCov[j * m + j])),
  );
  const itemCorrelations = Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => S[i * p + j] / Math.sqrt(S[i * p + i] * S[j * p + j])));

  let effectRows: EffectResult[] = effects(model, matricesAt(model, sol.x), imp).map((e) => ({ ...e, indirectCI: null }));
  let bootstrap: CfaResult['bootstrap'] = null;
  const mediated = effectRows.filter((e) => e.indirect !== 0);
  if (options.bootstrap && mediated.length) {
    const { replicates, seed, level } = options.bootstrap;
    let failed = 0;
    const kept = mom.kept;
    const rows = kept[0].length;
    const sub = kept.map(() => new Float64Array(rows));
    const draws = bootstrapReplicates(rows, replicates, createRandom(seed), (idx) => {
      for (let j = 0; j < kept.length; j++) for (let i = 0; i < rows; i++) sub[j][i] = kept[j][idx[i]];
      const w = mom.w ? Float64Array.from(idx, (i) => mom.w![i]) : null;
      try {
        const bm = moments(sub, w);
        const bs = solve(model, covarianceFor(bm.cross, bm.n, likelihood), bm.n, { likelihood, start: sol.x });
        const mats = matricesAt(model, bs.x);
        const eff = effects(model, mats, implied(mats));
        return mediated.map((e) => eff.find((f) => f.from === e.from && f.to === e.to)!.indirect);
      } catch {
        failed++;
        return mediated.map(() => NaN);
      }
    });
    mediated.forEach((e, k) => {
      e.indirectCI = percentileInterval(draws[k], level);
    });
    effectRows = effectRows.map((e) => mediated.find((x) => x.from === e.from && x.to === e.to) ?? e);
    bootstrap = { replicates, seed, level, failed };
    if (failed) warnings.push(warning(msg('cfa.warn.bootstrapFailed', { failed, replicates })));
  }

  const mi = options.modificationIndices
    ? modificationIndices(model, S, sampleLogDet(S, model.observed), sol.x, likelihood === 'wishart' ? mom.n - 1 : mom.n).slice(0, options.modificationIndices)
    : null;
  const result: CfaResult = {
    model: modelText(options.statements),
    observed: model.observed,
    factors: model.factors,
    n: mom.n,
    nExcluded: mom.excluded,
    missing: 'listwise',
    mimic: options.mimic,
    likelihood,
    stdLv: options.stdLv,
    estimator: 'ML',
    information: 'expected',
    iterations: sol.iterations,
    converged: sol.converged,
    parameters: sol.estimates,
    rSquare: sol.rSquare,
    fit: sol.fit,
    verdicts: verdicts(sol.fit, options.cutoffs),
    heywood: sol.heywood,
    factorCorrelations,
    itemCorrelations,
    effects: effectRows,
    bootstrap,
    modificationIndices: mi,
  };
  return { result, warnings };
}
