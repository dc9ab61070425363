/**
 * `csat analyze`: the whole analysis of a satisfaction paper in the order papers report it:
 * sample, descriptives, reliability, KMO/Bartlett and principal components with varimax,
 * correlations of the scale scores, regression of the outcome on them (the drivers), the outcome and
 * scale scores across the groups of each demographic, and a summary.
 * Each step's result has the shape of the single command's results.
 */
import type { Dataset, Variable } from '../data/dataset.js';
import { runSample, type SampleResult } from './sample.js';
import { rangeWarnings, runDescribe, type DescribeResult } from './describe.js';
import { runReliability, type ReliabilityResult, type ScaleSpec } from './reliability.js';
import { kmoFromCorrelations, type KmoResult } from './kmo.js';
import { factorFromCorrelations, factorScores, type FactorResult } from './factor.js';
import { runCorrelations, type CorrResult } from './corr.js';
import { runRegression, type RegressOutput, type RegressResult } from './regress.js';
import { runIpa, type IpaResult } from './ipa.js';
import { alphaWorked, corrWorked, explanations, factorWorked, kmoWorked, regressionWorked, type Explanations } from './explain.js';
import { itemCorrelations, type ItemCorrelations } from './factor-input.js';
import { scaleScore, type ScoreMethod } from './scale-scores.js';
import { fitGateFailures, runCfa, type CfaResult, type FitIndexName } from './cfa.js';
import { validityOfFit, type ValidityResult } from './validity.js';
import { groupSentences, runGroupDifferences, type GroupDifferencesResult, type GroupLevels, type GroupPostHoc } from './group-differences.js';
import { runStructural, structuralSentence, type StructuralResult } from './analyze-sem.js';
import { scalesModel } from '../stats/sem/syntax.js';
import { CsatError, UsageError } from '../errors.js';
import { progressStep } from '../progress.js';
import { msg, say, t, type Lang } from '../i18n/index.js';
import { formatNumber, pInSentence } from '../i18n/numbers.js';
import { componentLabel } from '../i18n/names.js';
import { accumulate, everyRowComplete, type Moments } from '../stats/moments.js';

export interface AnalyzeConfig {
  items: string[];
  /** Scales from the study file (name -> items); empty: the components become the scales. */
  scales: ScaleSpec[];
  outcome: string | null;
  demographics: string[];
  distributed: number | null;
  /** Regress the outcome on the scale scores or on the component (regression-method) scores. */
  on: 'scales' | 'factors';
  /** Scale scores as the mean (default) or the sum of the items (--score). */
  score?: ScoreMethod;
  /** CI gates: alpha and KMO at least their value; a fit index at least (CFI, TLI ...) or at most (RMSEA, SRMR ...) its value. */
  thresholds: { alpha?: number; kmo?: number; fit?: Partial<Record<FitIndexName, number>> };
  /** The cut-offs of the fit verdicts where they are not the defaults (the study's `fit:`, the fit thresholds). */
  fitCutoffs?: Partial<Record<FitIndexName, number>>;
  scaleRange: [number, number] | null;
  lang: Lang;
  /** --explain: the worked formulas of alpha, KMO/Bartlett, the eigenvalue, varimax, r and OLS. */
  explain?: boolean;
  /** The group-differences step's post hoc test (default LSD) and each demographic's groups (study keys posthoc, groups). */
  posthoc?: GroupPostHoc;
  groups?: Record<string, GroupLevels>;
}

export interface ComponentInfo {
  component: number;
  /** The study scale with exactly the component's items, else null. */
  name: string | null;
  items: string[];
  alpha: number | null;
}

export interface Driver {
  /** The predictor as the regression names it: a scale, or FACk_1 (component k's scores) with --on factors. */
  predictor: string;
  /** What the predictor stands for: the scale's name, or with --on factors the component's name (null when no study scale has its items). */
  name: string | null;
  beta: number;
  p: number;
  rank: number;
}

export interface ThresholdFailure {
  what: 'alpha' | 'kmo' | 'fit';
  name: string;
  value: number | null;
  threshold: number;
}

export interface AnalyzeSummary {
  sentences: string[];
  reliable: string[];
  unreliable: string[];
  kmo: number | null;
  suitableForFactorAnalysis: boolean | null;
  components: number | null;
  drivers: Driver[];
  thresholdFailures: ThresholdFailure[];
}

export interface AnalyzeResult {
  sample: SampleResult;
  descriptives: DescribeResult;
  reliability: ReliabilityResult;
  kmo: KmoResult | null;
  factor: (FactorResult & { components: ComponentInfo[] }) | null;
  /** The study scales' CFA (each scale of 2 or more items a factor) with its validity tables; null without scales. */
  cfa: (CfaResult & { validity: ValidityResult }) | null;
  correlations: CorrResult | null;
  regression: RegressResult | null;
  /** Importance-performance of the scales: importance = their Betas on the outcome, performance = their mean scores. */
  ipa: IpaResult | null;
  /** The structural model beside the regression: the study scales (factors) -> the outcome; null without scales or outcome. */
  sem: StructuralResult | null;
  /** The outcome and the scale scores by each demographic (t test or one-way ANOVA, post hoc); null without demographics. */
  groupDifferences: GroupDifferencesResult | null;
  /** How the scale scores were made from the items: their mean or their sum (--score). */
  scores: ScoreMethod;
  summary: AnalyzeSummary;
  /** With --explain only. */
  explain?: Explanations;
}

export interface AnalyzeRun {
  result: AnalyzeResult;
  warnings: string[];
  /** Steps that could not run on this data, with the reason (shown under report step `at`, not fatal). */
  skipped: { step: string; reason: string; at: number }[];
}

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

function variable(ds: Dataset, name: string): Variable {
  const v = ds.variables.find((x) => x.name === name);
  if (!v) throw new Error(`variable '${name}' was not loaded`);
  return v;
}

/** A step that may be impossible on this data: its error becomes a skipped note (in `lang`). */
function attempt<T>(step: string, at: number, skipped: AnalyzeRun['skipped'], lang: Lang, fn: () => T): T | null {
  progressStep(msg('progress.step', { step }));
  try {
    return fn();
  } catch (e) {
    if (e instanceof CsatError) {
      skipped.push({ step, at, reason: e.label ? say(e.label, lang) : e.message });
      return null;
    }
    throw e;
  }
}

/**
 * Name each component after the study scale with exactly its items (same set, any order); a
 * component that gathers part of a scale, or items of several, stays unnamed.
 */
function nameComponents(assignment: FactorResult['assignment'], k: number, scales: ScaleSpec[]): { component: number; name: string | null; items: string[] }[] {
  return Array.from({ length: k }, (_, j) => {
    const items = assignment.filter((a) => a.component === j + 1).map((a) => a.item);
    const same = scales.find((s) => items.length > 0 && s.items.length === items.length && s.items.every((i) => items.includes(i)));
    return { component: j + 1, name: same?.name ?? null, items };
  });
}

/**
 * How the components depart from the study scales, one part per scale that no component
 * reproduces: a scale split over components (which items fall in which component), or a scale
 * whose component also holds other items (which ones).
 */
function scaleMismatches(components: ComponentInfo[], scales: ScaleSpec[]): ({ scale: string; split: { component: number; items: string[] }[] } | { scale: string; component: number; with: string[] })[] {
  const componentOf = new Map<string, number>();
  for (const c of components) for (const i of c.items) componentOf.set(i, c.component);
  const out: ({ scale: string; split: { component: number; items: string[] }[] } | { scale: string; component: number; with: string[] })[] = [];
  for (const s of scales) {
    if (components.some((c) => c.name === s.name)) continue;
    const groups = new Map<number, string[]>();
    for (const i of s.items) {
      const k = componentOf.get(i);
      if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), i]);
    }
    if (groups.size > 1) {
      out.push({ scale: s.name, split: [...groups.entries()].sort((x, y) => x[0] - y[0]).map(([component, items]) => ({ component, items })) });
    } else if (groups.size === 1) {
      const k = [...groups.keys()][0];
      out.push({ scale: s.name, component: k, with: components[k - 1].items.filter((i) => !s.items.includes(i)) });
    }
  }
  return out;
}

/**
 * The items' moments, computed once for every step that needs only them (reliability of each
 * scale and component, KMO, the factor analysis); null when some row is incomplete (each step then
 * takes its own listwise cases from the rows, as SPSS does per procedure) or an item is free text.
 */
function itemMoments(ds: Dataset, items: Variable[]): Moments | null {
  if (items.some((v) => v.kind === 'string')) return null;
  const m = accumulate(
    items.map((v) => v.name),
    items.map((v) => v.values),
    ds.weights,
  );
  return everyRowComplete(m) ? m : null;
}

export function runAnalyze(ds: Dataset, cfg: AnalyzeConfig): AnalyzeRun {
  const warnings: string[] = [...ds.warnings];
  const skipped: AnalyzeRun['skipped'] = [];
  const L = (key: string, vars?: Record<string, string | number>) => t(`analyze.${key}`, cfg.lang, vars);
  const items = cfg.items.map((n) => variable(ds, n));

  // A valid questionnaire answers every item and the outcome.
  const sample = runSample(ds.input.rows, items, cfg.outcome ? variable(ds, cfg.outcome) : null, ds.weights, cfg.distributed);

  const describeDs: Dataset = { ...ds, variables: [...items, ...cfg.demographics.map((n) => variable(ds, n)), ...(cfg.outcome ? [variable(ds, cfg.outcome)] : [])] };
  const descriptives = runDescribe(describeDs, { scaleRange: cfg.scaleRange ?? undefined });
  warnings.push(...rangeWarnings({ ...descriptives, variables: descriptives.variables.filter((v) => cfg.items.includes(v.name)) }));

  const moments = itemMoments(ds, items) ?? undefined;
  const instrument: ScaleSpec = { name: L('allItems'), items: cfg.items };
  // Each scale on its own: one that cannot have an alpha (a single item, no variance) is a skipped
  // note, and the rest of the paper still runs.
  const names = new Set<string>();
  for (const s of [instrument, ...cfg.scales]) {
    if (names.has(s.name)) throw new UsageError(msg('reliability.error.duplicateScale', { scale: s.name }));
    names.add(s.name);
  }
  const reliability: ReliabilityResult = { scales: [], warnings: [] };
  for (const spec of [instrument, ...cfg.scales]) {
    const r = attempt(L('reliabilityOf', { scale: spec.name }), 3, skipped, cfg.lang, () =>
      runReliability(ds, [spec], { missingMode: 'listwise', ciLevel: 0.95, lang: cfg.lang, moments }),
    );
    if (r) {
      reliability.scales.push(...r.scales);
      reliability.warnings.push(...r.warnings);
    }
  }
  warnings.push(...reliability.warnings);

  // One correlation matrix for KMO, the factor analysis and --explain; when it cannot be made,
  // each step that needs it is skipped with the reason.
  let correlationsOfItems: ItemCorrelations | null = null;
  let notCorrelated: unknown = null;
  try {
    correlationsOfItems = itemCorrelations(ds, cfg.items, 2, moments);
  } catch (e) {
    notCorrelated = e;
  }
  const withItemCorrelations = <T>(f: (c: ItemCorrelations) => T) => (): T => {
    if (!correlationsOfItems) throw notCorrelated;
    return f(correlationsOfItems);
  };
  const kmo = attempt(L('skipStep.kmo'), 4, skipped, cfg.lang, withItemCorrelations((c) => kmoFromCorrelations(c)));
  const factorRaw = attempt(L('skipStep.factor'), 4, skipped, cfg.lang, withItemCorrelations((c) => factorFromCorrelations(c, { extraction: 'pc', rotation: 'varimax' })));
  let factor: AnalyzeResult['factor'] = null;
  if (factorRaw) {
    warnings.push(...factorRaw.warnings);
    const named = nameComponents(factorRaw.assignment, factorRaw.factors, cfg.scales);
    const multi = named.filter((c) => c.items.length >= 2);
    const rel = multi.length
      ? attempt(L('skipStep.componentReliability'), 4, skipped, cfg.lang, () =>
          runReliability(ds, multi.map((c) => ({ name: c.name ?? L('component', { k: c.component }), items: c.items })), { missingMode: 'listwise', ciLevel: 0.95, lang: cfg.lang, moments }),
        )
      : null;
    const components = named.map((c) => {
      const i = multi.indexOf(c);
      const a = rel && i >= 0 ? rel.scales[i].alpha : null;
      return { ...c, alpha: finite(a) ? a : null };
    });
    factor = { ...factorRaw, components };
  }

  // The confirmatory step: the study's scales (2 or more items each) as the factors of one CFA.
  const cfaScales = cfg.scales.filter((sc) => sc.items.length >= 2);
  let cfa: AnalyzeResult['cfa'] = null;
  if (cfaScales.length) {
    cfa = attempt(L('skipStep.cfa'), 5, skipped, cfg.lang, () => {
      const r = runCfa(ds, { statements: scalesModel(cfaScales), stdLv: false, mimic: 'lavaan', cutoffs: cfg.fitCutoffs });
      warnings.push(...r.warnings);
      return { ...r.result, validity: validityOfFit(ds, r.result) };
    });
  }

  // Scale scores: the study's scales, else the components' items.
  const scaleDefs: ScaleSpec[] = cfg.scales.length
    ? cfg.scales
    : (factor?.components ?? []).filter((c) => c.items.length > 0).map((c) => ({ name: c.name ?? L('component', { k: c.component }), items: c.items }));
  const scores = scaleDefs.map((s) => scaleScore(s.name, s.items.map((n) => variable(ds, n)), cfg.score));
  let predictors = scores;
  if (cfg.on === 'factors' && factor) {
    const fs = factorScores(ds, factor);
    predictors = fs.map((values, j) => ({ name: L('factorScore', { k: j + 1 }), values, labels: new Map(), kind: 'numeric' as const }));
  }
  const outcome = cfg.outcome ? variable(ds, cfg.outcome) : null;
  const derived: Dataset = { ...ds, variables: [...scores, ...(cfg.on === 'factors' ? predictors : []), ...(outcome ? [outcome] : [])] };
  const corrVars = [...scores.map((v) => v.name), ...(outcome ? [outcome.name] : [])];
  const correlations =
    corrVars.length >= 2
      ? attempt(L('skipStep.correlations'), 6, skipped, cfg.lang, () => {
          const r = runCorrelations(derived, { variables: corrVars, method: 'pearson', missing: 'listwise' });
          warnings.push(...r.warnings);
          return r.results;
        })
      : null;

  let regressionRun: RegressOutput | null = null;
  if (outcome && predictors.length) {
    regressionRun = attempt(L('skipStep.regression'), 7, skipped, cfg.lang, () => {
      const r = runRegression(derived, { dependent: outcome.name, blocks: [predictors.map((v) => v.name)], method: 'enter' });
      warnings.push(...r.warnings);
      return r;
    });
  }
  const regression = regressionRun?.results ?? null;
  // The drivers as an importance-performance map, as `csat ipa --importance regression` draws it.
  const ipa =
    regression && outcome && scores.length >= 2 && cfg.on !== 'factors'
      ? attempt(L('skipStep.ipa'), 7, skipped, cfg.lang, () => {
          const r = runIpa(derived, { items: scores.map((s) => s.name), importance: { method: 'regression', overall: outcome.name }, lang: cfg.lang });
          return r.result;
        })
      : null;

  // The structural model beside the regression: the scales as factors, the outcome regressed on them.
  const sem =
    outcome && cfaScales.length
      ? attempt(L('skipStep.sem'), 7, skipped, cfg.lang, () => {
          const r = runStructural(ds, cfg.scales, outcome.name, { cutoffs: cfg.fitCutoffs, gated: Object.keys(cfg.thresholds.fit ?? {}) as FitIndexName[] });
          warnings.push(...r.warnings);
          return r.result;
        })
      : null;

  let groupDifferences: GroupDifferencesResult | null = null;
  if (cfg.demographics.length) {
    const variables = [...(outcome ? [outcome] : []), ...scores];
    const g = runGroupDifferences(ds, { demographics: cfg.demographics, variables, posthoc: cfg.posthoc ?? 'lsd', groups: cfg.groups ?? {}, lang: cfg.lang });
    groupDifferences = g.result;
    for (const n of g.skipped) skipped.push({ step: t('groupDifferences.skipStep', cfg.lang, { demographic: n.demographic }), reason: n.reason, at: 8 });
  }

  const summary = summarize(cfg, reliability, instrument.name, kmo, factor, cfa, regression, sem, groupDifferences, skipped, L);
  const result: AnalyzeResult = { sample, descriptives, reliability, kmo, factor, cfa, correlations, regression, ipa, sem, groupDifferences, scores: cfg.score ?? 'mean', summary };
  if (cfg.explain) {
    const c = correlationsOfItems;
    result.explain = explanations({
      alpha: reliability.scales.map(alphaWorked),
      kmo: c && kmo ? kmoWorked(c) : null,
      factor: c && factorRaw ? factorWorked(c, factorRaw) : null,
      corr: correlations ? corrWorked(derived, correlations, 'listwise') : null,
      ols: regressionRun ? regressionWorked(regressionRun) : null,
    });
  }
  return { result, warnings, skipped };
}

/** A driver as the text shows it: with --on factors, the component's name with its FACk_1 id. */
function summarize(
  cfg: AnalyzeConfig,
  reliability: ReliabilityResult,
  instrumentName: string,
  kmo: KmoResult | null,
  factor: AnalyzeResult['factor'],
  cfa: AnalyzeResult['cfa'],
  regression: RegressResult | null,
  sem: StructuralResult | null,
  groupDifferences: GroupDifferencesResult | null,
  skipped: AnalyzeRun['skipped'],
  L: (key: string, vars?: Record<string, string | number>) => string,
): AnalyzeSummary {
  const sentences: string[] = [];
  const f3 = (x: number) => formatNumber(x, 3);
  const alphaMin = cfg.thresholds.alpha ?? 0.7;
  // Without study scales the components (2 or more items) stand in for the scales: judged too.
  const standIns = cfg.scales.length || !factor ? [] : factor.components.filter((c) => c.items.length >= 2).map((c) => ({ name: c.name ?? L('component', { k: c.component }), alpha: c.alpha }));
  const scales: { name: string; alpha: number | null }[] = [...reliability.scales, ...standIns];
  const reliable = scales.filter((s) => finite(s.alpha) && s.alpha >= alphaMin).map((s) => s.name);
  const unreliable = scales.filter((s) => !(finite(s.alpha) && s.alpha >= alphaMin)).map((s) => s.name);
  const list = (xs: string[]) => xs.join(cfg.lang === 'zh' ? '、' : ', ');
  const alphaText = (names: string[]) => list(names.map((n) => `${n} (α = ${f3(scales.find((s) => s.name === n)!.alpha ?? NaN)})`));
  if (reliable.length) sentences.push(L('reliable', { scales: alphaText(reliable), min: f3(alphaMin) }));
  if (unreliable.length) sentences.push(L('unreliable', { scales: list(unreliable.map((n) => { const a = scales.find((s) => s.name === n)!.alpha; return finite(a) ? `${n} (α = ${f3(a)})` : n; })), min: f3(alphaMin) }));
  // A negative alpha or item-total correlation is the mark of a reverse-keyed item left unreversed: say so.
  const negativeItems = [
    ...new Set(
      reliability.scales.flatMap((s) =>
        s.itemTotal.filter((t) => t.correctedItemTotalCorrelation !== null && t.correctedItemTotalCorrelation < 0 && !s.reversed.includes(t.item)).map((t) => t.item),
      ),
    ),
  ];
  const negativeAlpha = scales.some((s) => finite(s.alpha) && s.alpha < 0);
  if (negativeItems.length) sentences.push(L('reverseHintItems', { items: list(negativeItems) }));
  else if (negativeAlpha) sentences.push(L('reverseHint'));

  let suitable: boolean | null = null;
  if (kmo) {
    const kmoMin = cfg.thresholds.kmo ?? 0.6;
    suitable = kmo.kmo >= kmoMin && kmo.bartlett.p < 0.05;
    sentences.push(
      L(suitable ? 'kmoSuitable' : 'kmoUnsuitable', {
        kmo: f3(kmo.kmo),
        min: f3(kmoMin),
        chi: formatNumber(kmo.bartlett.chiSquare, 3),
        df: kmo.bartlett.df,
        p: pInSentence(kmo.bartlett.p),
      }),
    );
  }
  if (factor) {
    const cum = factor.varianceExplained.extraction[factor.factors - 1]?.cumulative ?? NaN;
    // One component is not rotated (SPSS: "the solution cannot be rotated").
    sentences.push(L(factor.factors === 1 ? 'componentsOne' : 'components', { k: factor.factors, cum: formatNumber(cum, 1) }));
    const named = factor.components.filter((c) => c.name);
    const mismatches = scaleMismatches(factor.components, cfg.scales);
    if (cfg.scales.length && !mismatches.length && named.length) {
      sentences.push(L('componentsNamed', { list: list(named.map((c) => `${c.component} = ${c.name}`)) }));
    } else if (mismatches.length) {
      // One sentence per scale: which of its items fall in which component.
      sentences.push(L('componentsDiffer'));
      for (const m of mismatches) {
        sentences.push(
          'split' in m
            ? L('scaleSplit', { scale: m.scale, groups: m.split.map((g) => L('inComponent', { items: list(g.items), k: g.component })).join(cfg.lang === 'zh' ? '；' : '; ') })
            : L('scaleJoined', { scale: m.scale, k: m.component, others: list(m.with) }),
        );
      }
      if (named.length) sentences.push(L('componentsSame', { list: list(named.map((c) => `${c.component} = ${c.name}`)) }));
    }
  }
  if (cfa) {
    const v = (k: FitIndexName) => cfa.verdicts.find((x) => x.index === k)!;
    const num = (x: number | null) => (x === null ? '-' : f3(x));
    const vars = { cmindf: num(cfa.fit.cmindf), cfi: num(cfa.fit.cfi), rmsea: num(cfa.fit.rmsea), cfiMin: f3(v('cfi').cutoff), rmseaMax: f3(v('rmsea').cutoff) };
    sentences.push(L(v('cfi').pass && v('rmsea').pass ? 'cfaFits' : 'cfaFitsNot', vars));
    const val = cfa.validity;
    const weak = val.constructs.filter((c) => c.convergent === false).map((c) => c.factor);
    sentences.push(weak.length ? L('convergentNot', { list: list(weak) }) : L('convergentAll'));
    const doubt = val.factors.filter((f, i) => val.fornellLarcker.passes[i] === false || val.htmt.aboveStrict.some((p) => p.a === f || p.b === f));
    sentences.push(doubt.length ? L('discriminantNot', { list: list(doubt) }) : L('discriminantAll', { htmt: formatNumber(val.thresholds.htmt, 2) }));
  }
  const drivers: Driver[] = [];
  // With --on factors the predictors are FACk_1 (component k's scores), named as step 4 named the component.
  const predictorName = (term: string): string | null => {
    if (cfg.on !== 'factors') return term;
    const k = factor?.components.find((c) => L('factorScore', { k: c.component }) === term);
    return k?.name ?? null;
  };
  if (regression) {
    const terms = regression.coefficients.filter((c) => c.term !== '(Constant)' && finite(c.beta));
    terms
      .slice()
      .sort((a, b) => Math.abs(b.beta as number) - Math.abs(a.beta as number))
      .forEach((c, i) => drivers.push({ predictor: c.term, name: predictorName(c.term), beta: c.beta as number, p: c.p as number, rank: i + 1 }));
    sentences.push(L('model', { outcome: regression.dependent, r2: f3(regression.modelSummary.rSquare), f: formatNumber(regression.anova.f as number, 3), p: pInSentence(regression.anova.p as number) }));
    if (drivers.length) {
      const top = drivers[0];
      const p = pInSentence(top.p);
      if (top.name && top.name !== top.predictor) sentences.push(L('topDriverNamed', { name: top.name, id: top.predictor, beta: f3(top.beta), p }));
      else sentences.push(L('topDriver', { driver: top.predictor, beta: f3(top.beta), p }));
      const ns = drivers.filter((d) => !(d.p < 0.05)).map((d) => componentLabel(d.name, d.predictor, L));
      if (ns.length) sentences.push(L('notSignificant', { list: list(ns) }));
    }
  }
  if (sem) sentences.push(structuralSentence(sem, cfg.lang));
  if (groupDifferences) sentences.push(...groupSentences(groupDifferences, cfg.lang));
  const thresholdFailures: ThresholdFailure[] = [];
  if (cfg.thresholds.alpha !== undefined) {
    // With study scales the gate is on them; the whole instrument is gated only when it is the one
    // scale. A gated scale whose alpha could not be computed on this data fails (value null): a CI
    // gate must not pass on data too broken to judge. A one-item scale has no alpha by design.
    // Without study scales the components stand in for the scales (their items are the scale
    // scores), so each component of 2 or more items is gated as well as the whole instrument.
    const gated: string[] = cfg.scales.length ? cfg.scales.filter((s) => s.items.length >= 2).map((s) => s.name) : [instrumentName, ...standIns.map((c) => c.name)];
    for (const name of gated) {
      const spec = { name };
      const a = scales.find((s) => s.name === spec.name)?.alpha;
      if (!(finite(a) && a >= cfg.thresholds.alpha)) thresholdFailures.push({ what: 'alpha', name: spec.name, value: finite(a) ? a : null, threshold: cfg.thresholds.alpha });
    }
  }
  // What could not be computed, and why: one sentence per reason (KMO and the factor analysis
  // usually fail together, on the same correlation matrix).
  const reasons = new Map<string, string[]>();
  for (const s of skipped) reasons.set(s.reason, [...(reasons.get(s.reason) ?? []), s.step]);
  for (const [reason, steps] of reasons) sentences.push(L('notComputed', { steps: list(steps), reason: reason.replace(/[.。]$/, '') }));
  if (cfg.thresholds.kmo !== undefined && !(kmo && kmo.kmo >= cfg.thresholds.kmo)) {
    thresholdFailures.push({ what: 'kmo', name: 'KMO', value: kmo ? kmo.kmo : null, threshold: cfg.thresholds.kmo });
  }
  thresholdFailures.push(...fitGateFailures(cfa ? cfa.fit : null, cfg.thresholds.fit ?? {}));
  return {
    sentences,
    reliable,
    unreliable,
    kmo: kmo ? kmo.kmo : null,
    suitableForFactorAnalysis: suitable,
    components: factor ? factor.factors : null,
    drivers,
    thresholdFailures,
  };
}
