/**
 * SPSS RELIABILITY (/MODEL=ALPHA) for one or more scales: the `results` of `csat reliability`.
 *
 * Per scale: the cases are chosen (listwise on the scale's items by default, as SPSS does; or
 * pairwise), the means and covariance matrix are computed once, and every statistic follows from
 * them (src/stats/reliability.ts), so the cost is one pass over the data per scale.
 *
 * Conventions, where SPSS is silent or does not go:
 * - Frequency weights (SPSS WEIGHT BY): n is the sum of the weights of the cases used; a case with
 *   a missing, zero or negative weight is not counted anywhere.
 * - Items with zero variance are removed from the scale with a warning (as SPSS does) and listed in
 *   `removed`; fewer than two remaining items is an AnalysisError.
 * - Several scales (`keepGoing`): a scale that cannot be computed on this data (an AnalysisError:
 *   one item, no variance, too few cases) is a warning and an entry of `notComputed`, and the
 *   other scales are still reported, as SPSS prints the scales it can; only when no scale can be
 *   computed is the run an AnalysisError.
 * - Pairwise mode (not in SPSS RELIABILITY; psych::alpha's default): each covariance uses the cases
 *   that answered both items, each item mean and SD the cases that answered it. n counts the cases
 *   with at least one answer; the scale mean and variance are sum m_j and 1'C1; the Feldt interval
 *   uses the smallest pairwise n (the fewest cases any covariance rests on).
 * - A singular correlation matrix (an item that is an exact linear combination of others) leaves
 *   alpha defined: only the squared multiple correlations are missing (null), as SPSS shows them.
 * - Omega total: src/stats/omega.ts (one-factor minres on the correlation matrix, psych::omega's
 *   omega.tot without item reflection); null for fewer than 3 items or a Heywood case.
 */
import type { Dataset, Variable } from '../data/dataset.js';
import { AnalysisError, UsageError } from '../errors.js';
import { centredSums, correlationFromCovariance, listwise, totalWeight } from '../stats/covariance.js';
import { pairwiseCovariance } from '../stats/pairwise-covariance.js';
import {
  cronbachAlpha,
  feldtInterval,
  interItemCorrelations,
  itemTotalStatistics,
  standardizedAlpha,
  summarize,
  type SummaryStatistics,
} from '../stats/reliability.js';
import { trySquaredMultipleCorrelations, singularItem } from '../stats/smc.js';
import { omegaTotal } from '../stats/omega.js';
import { covarianceOf, subset, type Moments as SelectionMoments } from '../stats/moments.js';
import { formatNumber } from '../i18n/numbers.js';
import { msg, t, type Lang } from '../i18n/index.js';
import { selectSummary, type SummaryStats } from '../data/summary.js';

export type MissingMode = 'listwise' | 'pairwise';

export interface ScaleSpec {
  name: string;
  items: string[];
}

export interface ReliabilityOptions {
  missingMode: MissingMode;
  /** Confidence level of the Feldt interval for alpha, in (0, 1). */
  ciLevel: number;
  /** Language of the warnings (default English). */
  lang?: Lang;
  /**
   * A scale that cannot be computed (AnalysisError) goes to `notComputed` with a warning and the
   * others are still computed; an AnalysisError only when none can be. Default: the first
   * failure throws.
   */
  keepGoing?: boolean;
  /**
   * The moments of a selection holding the scale's items (src/stats/moments.ts), computed once by
   * a caller that runs several analyses (analyze): read instead of the rows when every row of the
   * selection is complete, so that the scale's listwise cases are all of them.
   */
  moments?: SelectionMoments;
}

export interface ItemStatistic {
  item: string;
  mean: number;
  sd: number;
  n: number;
}

export interface ItemTotalStatistic {
  item: string;
  scaleMeanIfDeleted: number;
  scaleVarianceIfDeleted: number;
  correctedItemTotalCorrelation: number | null;
  squaredMultipleCorrelation: number | null;
  alphaIfDeleted: number | null;
}

export interface ScaleReliability {
  name: string;
  /** The items analysed, in the order given (zero-variance items removed). */
  items: string[];
  /** The items given for the scale that were removed for zero variance (SPSS's note). */
  removed: string[];
  /** Those of `items` that were reverse-keyed (recoded min + max - x) before the analysis. */
  reversed: string[];
  /** Cases used (sum of weights); pairwise: cases with at least one answer. */
  n: number;
  /** Cases left out (sum of weights). */
  nExcluded: number;
  alpha: number | null;
  standardizedAlpha: number | null;
  alphaCI: { level: number; lower: number | null; upper: number | null };
  omega: number | null;
  itemStatistics: ItemStatistic[];
  summaryItemStatistics: {
    means: SummaryStatistics;
    variances: SummaryStatistics;
    interItemCorrelations: SummaryStatistics;
  };
  itemTotal: ItemTotalStatistic[];
  scale: { mean: number; variance: number; sd: number | null; nItems: number };
}

/** A scale that could not be computed (with `keepGoing`): why, and where it stood in the list. */
export interface ScaleNotComputed {
  name: string;
  /** The reason, one sentence in the run's language. */
  reason: string;
  /** Index of the scale in the list given to runReliability. */
  position: number;
}

export interface ReliabilityResult {
  scales: ScaleReliability[];
  /** With `keepGoing`: the scales left out, in the order given. */
  notComputed?: ScaleNotComputed[];
  warnings: string[];
}

/** A finite number, else null (JSON never carries NaN). */
const num = (x: number): number | null => (Number.isFinite(x) ? x : null);

const fmt = (x: number): string => formatNumber(x, 3);

/** Moments of one scale's items: means, covariances, and the n behind each. */
interface Moments {
  means: Float64Array;
  cov: Float64Array;
  /** Per item: sum of weights behind its mean and SD. */
  itemN: Float64Array;
  n: number;
  nExcluded: number;
  /** n for the Feldt interval. */
  ciN: number;
}

function validWeight(w: Float64Array | null, i: number): boolean {
  return !w || (w[i] > 0 && Number.isFinite(w[i]));
}

function listwiseMoments(columns: Float64Array[], w: Float64Array | null, scale: string, lang: Lang): Moments {
  const rows = columns[0].length;
  let total = 0;
  for (let i = 0; i < rows; i++) if (validWeight(w, i)) total += w ? w[i] : 1;
  const lw = listwise(columns, w);
  if (lw.kept < 2) throw new AnalysisError(t('reliability.error.fewCases', lang, { scale, n: lw.kept }));
  const n = totalWeight(lw.kept, lw.weights);
  if (!(n > 1)) throw new AnalysisError(t('reliability.error.fewCases', lang, { scale, n }));
  // csat's one centred-moments path (covariance.ts's centredSums: one blocked pass, means' rounding corrected).
  const { means, sscp } = centredSums(lw.columns, lw.weights);
  const cov = sscp.map((v) => v / (n - 1));
  const k = columns.length;
  return { means, cov, itemN: new Float64Array(k).fill(n), n, nExcluded: total - n, ciN: n };
}

/** A scale's moments from a shared selection whose every row is complete (so nothing is excluded). */
function fromShared(s: SelectionMoments): Moments {
  return { means: s.means, cov: covarianceOf(s), itemN: new Float64Array(s.names.length).fill(s.n), n: s.n, nExcluded: 0, ciN: s.n };
}

function pairwiseMoments(columns: Float64Array[], w: Float64Array | null, names: string[], scale: string, lang: Lang): Moments {
  const rows = columns[0].length;
  const k = columns.length;
  let total = 0;
  let any = 0;
  for (let i = 0; i < rows; i++) {
    if (!validWeight(w, i)) continue;
    const wi = w ? w[i] : 1;
    total += wi;
    if (columns.some((c) => !Number.isNaN(c[i]))) any += wi;
  }
  const pc = pairwiseCovariance(columns, w);
  let ciN = Infinity;
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      if (!Number.isFinite(pc.cov[a * k + b])) {
        if (pc.n[a * k + b] >= 2) {
          const item = Number.isFinite(pc.cov[a * k + a]) ? names[b] : names[a];
          throw new AnalysisError(t('reliability.error.overflow', lang, { scale, item }));
        }
        throw new AnalysisError(
          a === b
            ? t('reliability.error.fewCasesPairwise', lang, { scale, n: pc.n[a * k + b], item: names[a] })
            : t('reliability.error.pairwise', lang, { scale, a: names[a], b: names[b] }),
        );
      }
      ciN = Math.min(ciN, pc.n[a * k + b]);
    }
  }
  const itemN = new Float64Array(k);
  for (let j = 0; j < k; j++) itemN[j] = pc.n[j * k + j];
  return { means: pc.means, cov: pc.cov, itemN, n: any, nExcluded: total - any, ciN };
}

/** Rows and columns `keep` of a k x k matrix. */
function subMatrix(A: Float64Array, k: number, keep: number[]): Float64Array {
  const m = keep.length;
  const out = new Float64Array(m * m);
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) out[a * m + b] = A[keep[a] * k + keep[b]];
  return out;
}

function resolveItems(ds: Dataset, spec: ScaleSpec, lang: Lang): Variable[] {
  const seen = new Set<string>();
  return spec.items.map((name) => {
    if (seen.has(name)) throw new UsageError(t('reliability.error.duplicate', lang, { scale: spec.name, item: name }));
    seen.add(name);
    const v = ds.variables.find((x) => x.name === name);
    if (!v) throw new UsageError(t('reliability.error.unknownItem', lang, { scale: spec.name, item: name }));
    if (v.kind === 'string') throw new AnalysisError(t('reliability.error.textItem', lang, { scale: spec.name, item: name }));
    return v;
  });
}

/**
 * Answers so large that a sum of squares overflows (|x| beyond about 1e154) turn a variance into
 * Infinity or NaN; that is an explained error naming the item, never a "constant item" or NaN output.
 */
function checkFinite(m: Moments, names: string[], scale: string, lang: Lang): void {
  const k = names.length;
  for (let j = 0; j < k; j++) {
    if (!Number.isFinite(m.means[j]) || !Number.isFinite(m.cov[j * k + j])) {
      throw new AnalysisError(t('reliability.error.overflow', lang, { scale, item: names[j] }));
    }
  }
}

function checkItemCount(spec: ScaleSpec, lang: Lang): void {
  if (spec.items.length < 2) {
    throw new AnalysisError(t('reliability.error.fewItems', lang, { scale: spec.name, k: spec.items.length, items: spec.items.join(', ') }));
  }
}

/** Reliability of one scale; warnings are appended to `warnings`. */
export function analyzeScale(ds: Dataset, spec: ScaleSpec, opts: ReliabilityOptions, warnings: string[]): ScaleReliability {
  const lang = opts.lang ?? 'en';
  const scale = spec.name;
  checkItemCount(spec, lang);
  const vars = resolveItems(ds, spec, lang);
  const allNames = vars.map((v) => v.name);
  const columns = vars.map((v) => v.values);
  const shared = opts.missingMode === 'listwise' && opts.moments ? subset(opts.moments, allNames) : null;
  const m =
    opts.missingMode === 'pairwise'
      ? pairwiseMoments(columns, ds.weights, allNames, scale, lang)
      : shared && shared.rows >= 2 && shared.n > 1
        ? fromShared(shared)
        : listwiseMoments(columns, ds.weights, scale, lang);
  const reversedSet = new Set(ds.recodes.filter((r) => r.kind === 'reverse').map((r) => r.variable));
  return scaleFromMoments(scale, allNames, m, reversedSet, opts, warnings);
}

/**
 * Reliability of one scale from summary input (a MATRIX DATA or moments file): the covariances
 * and means the file gives, n its N. Needs both (alpha and the item-total table are in raw units).
 */
export function analyzeScaleFromSummary(s: SummaryStats, spec: ScaleSpec, opts: ReliabilityOptions, warnings: string[]): ScaleReliability {
  const lang = opts.lang ?? 'en';
  checkItemCount(spec, lang);
  if (new Set(spec.items).size !== spec.items.length) {
    const item = spec.items.find((x, i) => spec.items.indexOf(x) !== i) as string;
    throw new UsageError(t('reliability.error.duplicate', lang, { scale: spec.name, item }));
  }
  const sub = selectSummary(s, spec.items);
  if (!sub.cov) throw new UsageError(msg('summary.err.noSd', { file: s.file, what: 'RELIABILITY' }));
  if (!sub.means) throw new UsageError(msg('summary.err.noMeans', { file: s.file, what: 'RELIABILITY' }));
  const k = spec.items.length;
  const m: Moments = { means: sub.means, cov: sub.cov, itemN: new Float64Array(k).fill(sub.n), n: sub.n, nExcluded: sub.excludedWeight, ciN: sub.n };
  return scaleFromMoments(spec.name, spec.items, m, new Set(), opts, warnings);
}

/** Every statistic of one scale from its items' moments (listwise, pairwise or given). */
function scaleFromMoments(scale: string, allNames: string[], m: Moments, reversedSet: Set<string>, opts: ReliabilityOptions, warnings: string[]): ScaleReliability {
  const lang = opts.lang ?? 'en';
  checkFinite(m, allNames, scale, lang);

  // Zero-variance items carry no information about consistency and make correlations undefined.
  const kAll = allNames.length;
  const keep: number[] = [];
  const constant: string[] = [];
  for (let j = 0; j < kAll; j++) {
    const v = m.cov[j * kAll + j];
    if (v > 1e-24 * Math.max(1, m.means[j] * m.means[j])) keep.push(j);
    else constant.push(allNames[j]);
  }
  if (constant.length) warnings.push(t('reliability.warn.zeroVariance', lang, { scale, items: constant.join(', ') }));
  if (keep.length < 2) {
    throw new AnalysisError(t('reliability.error.fewVarying', lang, { scale, k: keep.length, items: constant.join(', ') }));
  }
  const k = keep.length;
  const names = keep.map((j) => allNames[j]);
  const C = subMatrix(m.cov, kAll, keep);
  const means = Float64Array.from(keep, (j) => m.means[j]);
  const itemN = keep.map((j) => m.itemN[j]);
  const R = correlationFromCovariance(C, k);

  const alpha = num(cronbachAlpha(C, k));
  const stdAlpha = num(standardizedAlpha(R, k));
  const ci = alpha === null ? { lower: null, upper: null } : feldtInterval(alpha, m.ciN, k, opts.ciLevel);

  const smc = trySquaredMultipleCorrelations(R, k);
  if (!smc) warnings.push(t('reliability.warn.singular', lang, { scale, item: names[singularItem(R, k)] }));
  const om = omegaTotal(R, k);
  if (om.reason === 'heywood' || om.reason === 'not-converged') {
    warnings.push(t(`reliability.warn.omega.${om.reason}`, lang, { scale }));
  }

  const rows = itemTotalStatistics(C, means, k);
  const itemTotal = rows.map(
    (r, j): ItemTotalStatistic => ({
      item: names[j],
      scaleMeanIfDeleted: r.scaleMeanIfDeleted,
      scaleVarianceIfDeleted: r.scaleVarianceIfDeleted,
      correctedItemTotalCorrelation: r.correctedItemTotalCorrelation === null ? null : num(r.correctedItemTotalCorrelation),
      squaredMultipleCorrelation: smc ? smc[j] : null,
      alphaIfDeleted: r.alphaIfDeleted === null ? null : num(r.alphaIfDeleted),
    }),
  );
  for (const r of itemTotal) {
    if (r.correctedItemTotalCorrelation !== null && r.correctedItemTotalCorrelation < 0) {
      warnings.push(t('reliability.warn.negativeItemTotal', lang, { scale, item: r.item, r: fmt(r.correctedItemTotalCorrelation) }));
    }
  }
  if (alpha !== null && alpha < 0) warnings.push(t('reliability.warn.negativeAlpha', lang, { scale }));

  let scaleMean = 0;
  let scaleVariance = 0;
  for (let j = 0; j < k; j++) scaleMean += means[j];
  for (let i = 0; i < k * k; i++) scaleVariance += C[i];
  const variances = Float64Array.from({ length: k }, (_, j) => C[j * k + j]);

  return {
    name: scale,
    items: names,
    removed: constant,
    reversed: names.filter((n) => reversedSet.has(n)),
    n: m.n,
    nExcluded: m.nExcluded,
    alpha,
    standardizedAlpha: stdAlpha,
    alphaCI: { level: opts.ciLevel, lower: num(ci.lower ?? NaN), upper: num(ci.upper ?? NaN) },
    omega: om.omega === null ? null : num(om.omega),
    itemStatistics: names.map((item, j) => ({ item, mean: means[j], sd: Math.sqrt(variances[j]), n: itemN[j] })),
    summaryItemStatistics: {
      means: summarize(means),
      variances: summarize(variances),
      interItemCorrelations: summarize(interItemCorrelations(R, k)),
    },
    itemTotal,
    scale: { mean: scaleMean, variance: scaleVariance, sd: scaleVariance >= 0 ? Math.sqrt(scaleVariance) : null, nItems: k },
  };
}

/** Reliability of every scale, in the order given, from the rows or from summary input. */
export function runReliability(input: Dataset | SummaryStats, scales: ScaleSpec[], opts: ReliabilityOptions): ReliabilityResult {
  const analyze = (spec: ScaleSpec, warnings: string[]) =>
    'kind' in input ? analyzeScaleFromSummary(input, spec, opts, warnings) : analyzeScale(input, spec, opts, warnings);
  const lang = opts.lang ?? 'en';
  if (!(opts.ciLevel > 0 && opts.ciLevel < 1)) throw new UsageError(t('reliability.error.ciLevel', lang, { level: opts.ciLevel }));
  if (scales.length === 0) throw new UsageError(t('reliability.error.noScales', lang));
  const warnings: string[] = [];
  const names = new Set<string>();
  for (const s of scales) {
    if (names.has(s.name)) throw new UsageError(t('reliability.error.duplicateScale', lang, { scale: s.name }));
    names.add(s.name);
  }
  if (!opts.keepGoing) return { scales: scales.map((s) => analyze(s, warnings)), warnings };

  const computed: ScaleReliability[] = [];
  const notComputed: ScaleNotComputed[] = [];
  const failures: AnalysisError[] = [];
  scales.forEach((s, position) => {
    const before = warnings.length;
    try {
      computed.push(analyze(s, warnings));
    } catch (e) {
      if (!(e instanceof AnalysisError)) throw e;
      // The reason says it all: drop what this scale warned before it failed (its constant items).
      warnings.length = before;
      failures.push(e);
      notComputed.push({ name: s.name, reason: e.message, position });
      warnings.push(t('reliability.warn.notComputed', lang, { reason: e.message }));
    }
  });
  if (computed.length === 0) {
    if (failures.length === 1) throw failures[0];
    throw new AnalysisError(t('reliability.error.noneComputed', lang, { reasons: failures.map((e) => e.message).join(lang === 'zh' ? '；' : '; ') }));
  }
  return { scales: computed, notComputed, warnings };
}
