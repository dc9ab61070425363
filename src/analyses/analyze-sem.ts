/**
 * The structural model of `csat analyze`, beside the regression: each study scale of 2 or more
 * items a factor measured by its items, and the outcome regressed on every factor, fitted by ML as
 * `csat sem` fits it (lavaan's conventions; listwise over the items and the outcome). The outcome
 * is an observed column, or latent when it is the name of one of the scales (then the other scales
 * point to it). The paths are given as AMOS prints its Regression Weights: B, S.E., C.R., P and the
 * standardized beta; the summary says whether the model fits, by which indices it does not, and
 * which path is the strongest.
 */
import type { Dataset } from '../data/dataset.js';
import { t, type Lang } from '../i18n/index.js';
import { formatNumber, pInSentence } from '../i18n/numbers.js';
import { scalesModel, type ModelStatement } from '../stats/sem/syntax.js';
import { runCfa, type CfaResult, type FitIndexName, type FitVerdict } from './cfa.js';
import type { ScaleSpec } from './reliability.js';

/** One path into the outcome. */
export interface StructuralPath {
  from: string;
  to: string;
  /** Standardized (std.all). */
  beta: number;
  /** Unstandardized estimate. */
  b: number;
  se: number | null;
  /** z, AMOS's C.R. */
  z: number | null;
  p: number | null;
}

export interface StructuralResult extends CfaResult {
  outcome: string;
  /** The outcome is one of the scales (a factor), not an observed column. */
  outcomeLatent: boolean;
  /** The paths into the outcome, in the order of the scales. */
  paths: StructuralPath[];
  /** The fit indices the verdict rests on (CMIN/DF, TLI, CFI, RMSEA, SRMR and any gated one) that miss their cut-offs. */
  misfit: FitIndexName[];
}

/** The indices "the model fits" is judged by, besides any the run gates. */
const JUDGED: FitIndexName[] = ['cmindf', 'tli', 'cfi', 'rmsea', 'srmr'];

/** The model: the scales' measurement part and `outcome ~ each other scale`. */
export function structuralStatements(scales: ScaleSpec[], outcome: string): ModelStatement[] {
  const factors = scales.filter((s) => s.items.length >= 2);
  const causes = factors.filter((s) => s.name !== outcome);
  return [...scalesModel(factors), ...causes.map((s): ModelStatement => ({ lhs: outcome, op: '~', rhs: s.name, fixed: null, line: 0, column: 0 }))];
}

export function runStructural(
  ds: Dataset,
  scales: ScaleSpec[],
  outcome: string,
  options: { cutoffs?: Partial<Record<FitIndexName, number>>; gated?: FitIndexName[] } = {},
): { result: StructuralResult; warnings: string[] } {
  const statements = structuralStatements(scales, outcome);
  const { result, warnings } = runCfa(ds, { statements, stdLv: false, mimic: 'lavaan', cutoffs: options.cutoffs });
  const paths = result.parameters
    .filter((e) => e.op === '~' && e.lhs === outcome)
    .map((e) => ({ from: e.rhs, to: e.lhs, beta: e.stdAll, b: e.est, se: e.se, z: e.z, p: e.p }));
  const judged = new Set([...JUDGED, ...(options.gated ?? [])]);
  const misfit = result.verdicts.filter((v) => judged.has(v.index) && v.pass === false).map((v) => v.index);
  return { result: { ...result, outcome, outcomeLatent: result.factors.includes(outcome), paths, misfit }, warnings };
}

/** The path with the largest |beta| (the first of equals), null without paths. */
export function strongestPath(r: StructuralResult): StructuralPath | null {
  return r.paths.reduce<StructuralPath | null>((best, p) => (best === null || Math.abs(p.beta) > Math.abs(best.beta) ? p : best), null);
}

/** The summary sentence: fits (CFI, RMSEA) or which indices miss their cut-offs; then the strongest path. */
export function structuralSentence(r: StructuralResult, lang: Lang): string {
  const L = (key: string, vars: Record<string, string | number>) => t(`analyze.${key}`, lang, vars);
  const f3 = (x: number | null) => (x === null ? '-' : formatNumber(x, 3));
  const verdict = (index: FitIndexName) => r.verdicts.find((v) => v.index === index) as FitVerdict;
  const name = (index: FitIndexName) => t(`cfa.fit.${index}`, lang);
  const fit = r.misfit.length
    ? L('semFitsNot', {
        misses: r.misfit
          .map((index) => {
            const v = verdict(index);
            return L('semMiss', { index: name(index), value: f3(v.value), rule: v.rule === '>=' ? '≥' : '≤', cutoff: formatNumber(v.cutoff, v.cutoff >= 1 ? 1 : 2) });
          })
          .join(lang === 'zh' ? '，' : ', '),
      })
    : L('semFits', { cfi: f3(r.fit.cfi), rmsea: f3(r.fit.rmsea) });
  const top = strongestPath(r);
  if (!top) return L('semSentence', { fit, path: '' });
  const p = top.p === null ? '' : L('semP', { p: pInSentence(top.p) });
  return L('semSentence', { fit, path: L('semStrongest', { from: top.from, to: top.to, beta: f3(top.beta), p }) });
}
