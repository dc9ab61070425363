/**
 * `csat ipa`: importance-performance analysis (四分图模型). Performance = each item's mean answer;
 * importance = the mean of a stated-importance column per item, or derived from an overall
 * satisfaction column as Pearson r or standardized Beta (src/analyses/derived-importance.ts). Rows:
 * listwise over the items and the importance columns (or the overall column). Quadrants and
 * distances: src/stats/ipa.ts.
 */
import type { Dataset, Variable } from '../data/dataset.js';
import { AnalysisError, UsageError } from '../errors.js';
import { msg, t, type Lang, type MessageRef } from '../i18n/index.js';
import { listwise, mean } from '../stats/covariance.js';
import { correlationsWithOutcome } from '../stats/csi-weights.js';
import { classifyIpa, QUADRANTS, type Quadrant } from '../stats/ipa.js';
import { noVarianceMessage, standardizedBetas } from './derived-importance.js';

export type ImportanceMethod = 'stated' | 'correlation' | 'regression';

export interface IpaOptions {
  items: string[];
  importance: { method: 'stated'; columns: string[] } | { method: 'correlation' | 'regression'; overall: string };
  crosshair?: { importance?: number; performance?: number };
  /** The items' declared scale range: an answer outside it is an error (a "don't know" code left in). */
  scaleRange?: [number, number] | null;
  /** Language of the warnings (default en). */
  lang?: Lang;
}

export interface IpaItem {
  item: string;
  importance: number;
  performance: number;
  quadrant: Quadrant;
  /** The stated-importance column (null for derived importance). */
  importanceColumn: string | null;
  dImportance: number;
  dPerformance: number;
  distance: number;
}

export interface IpaResult {
  importanceMethod: ImportanceMethod;
  crosshair: { importance: number; performance: number };
  /** Where the cross-hairs came from: the means, or values given by the user. */
  crosshairSource: { importance: 'mean' | 'given'; performance: 'mean' | 'given' };
  items: IpaItem[];
  /** Items per quadrant, farthest from the cross-hair first. */
  quadrants: Record<Quadrant, string[]>;
  /** The overall-satisfaction column derived importance comes from (null for stated importance). */
  outcome: string | null;
  /** Deprecated: the same as `outcome`; left out from the next minor version. */
  overall: string | null;
  n: number;
  excluded: number;
}

export function runIpa(ds: Dataset, opts: IpaOptions): { result: IpaResult; warnings: string[] } {
  const warnings: string[] = [];
  const W = (key: string, vars?: Record<string, string | number>) => t(`ipa.${key}`, opts.lang ?? 'en', vars);
  const get = (name: string, what: MessageRef): Variable => {
    const v = ds.variables.find((x) => x.name === name);
    if (!v) throw new UsageError(msg('ipa.err.notRead', { what, name, file: ds.input.file }));
    // Free text coded 1..k in sorted order is no rating (text answers such as 满意 are).
    if (v.kind === 'string') throw new UsageError(msg('ipa.err.text', { what, name, file: ds.input.file, examples: [...v.labels.values()].slice(0, 3) }));
    return v;
  };
  const p = opts.items.length;
  if (p < 2) throw new UsageError(msg('ipa.err.fewItems', { p }));
  const imp = opts.importance;
  const extra = imp.method === 'stated' ? imp.columns : [imp.overall];
  if (imp.method === 'stated' && imp.columns.length !== p) {
    throw new UsageError(msg('ipa.err.columnCount', { p, n: imp.columns.length }));
  }
  const shared = extra.filter((c) => opts.items.includes(c));
  if (shared.length) {
    throw new UsageError(
      imp.method === 'stated'
        ? msg(shared.length > 1 ? 'ipa.err.importanceAreItems' : 'ipa.err.importanceIsItem', { columns: shared })
        : msg('ipa.err.overallIsItem', { overall: imp.overall }),
    );
  }
  const cols = [...opts.items, ...extra].map((n, k) => get(n, msg(k < p ? 'ipa.err.what.item' : imp.method === 'stated' ? 'ipa.err.what.importance' : 'ipa.err.what.overall')).values);
  const lw = listwise(cols, ds.weights);
  if (lw.kept < 3) {
    throw new AnalysisError(imp.method === 'stated' ? msg('ipa.err.fewRowsStated', { kept: lw.kept }) : msg('ipa.err.fewRowsDerived', { kept: lw.kept, overall: extra[0] }));
  }
  if (lw.excluded > 0) warnings.push(W('warn.excluded', { n: lw.excluded }));
  const itemCols = lw.columns.slice(0, p);
  if (opts.scaleRange) {
    const [min, max] = opts.scaleRange;
    itemCols.forEach((c, j) => {
      for (const x of c) {
        if (x < min || x > max) throw new UsageError(msg('ipa.err.outsideRange', { item: opts.items[j], value: x, min, max }));
      }
    });
  }
  const performance = itemCols.map((c) => mean(c, lw.weights));
  let importance: number[];
  if (imp.method === 'stated') {
    importance = lw.columns.slice(p).map((c) => mean(c, lw.weights));
  } else {
    const y = lw.columns[p];
    const flat = noVarianceMessage(itemCols, opts.items, y, imp.overall);
    if (flat) throw new AnalysisError(msg('ipa.err.noVariance', { reason: flat }));
    importance =
      imp.method === 'correlation'
        ? correlationsWithOutcome(itemCols, y, lw.weights)
        : standardizedBetas(itemCols, opts.items, y, imp.overall, lw.weights);
    if (importance.some((x) => !Number.isFinite(x))) throw new AnalysisError(msg('ipa.err.noCorrelation', { overall: imp.overall }));
    const negative = opts.items.filter((_, k) => importance[k] < 0);
    if (negative.length) warnings.push(W('warn.negative', { items: negative.join(', ') }));
  }
  const c = classifyIpa(importance, performance, opts.crosshair ?? {});
  // An axis on which every item falls on one side of its cross-hair does not split the items.
  for (const [axis, values, cross] of [['importance', importance, c.crosshair.importance], ['performance', performance, c.crosshair.performance]] as const) {
    const name = W(`axis.${axis}`);
    if (values.every((v) => v === values[0])) {
      warnings.push(W('warn.sameAxis', { axis: name, value: +values[0].toFixed(3) }));
    } else if (values.every((v) => v >= cross) || values.every((v) => v < cross)) {
      warnings.push(W(values[0] >= cross ? 'warn.aboveAxis' : 'warn.belowAxis', { axis: name, value: +cross.toFixed(3) }));
    }
  }
  const items: IpaItem[] = c.points.map((pt, k) => ({
    item: opts.items[k],
    importance: pt.importance,
    performance: pt.performance,
    quadrant: pt.quadrant,
    importanceColumn: imp.method === 'stated' ? imp.columns[k] : null,
    dImportance: pt.dImportance,
    dPerformance: pt.dPerformance,
    distance: pt.distance,
  }));
  const quadrants = Object.fromEntries(
    QUADRANTS.map((q) => [q, items.filter((x) => x.quadrant === q).sort((a, b) => b.distance - a.distance).map((x) => x.item)]),
  ) as Record<Quadrant, string[]>;
  return {
    result: {
      importanceMethod: imp.method,
      crosshair: c.crosshair,
      crosshairSource: {
        importance: opts.crosshair?.importance === undefined ? 'mean' : 'given',
        performance: opts.crosshair?.performance === undefined ? 'mean' : 'given',
      },
      items,
      quadrants,
      outcome: imp.method === 'stated' ? null : imp.overall,
      overall: imp.method === 'stated' ? null : imp.overall,
      n: lw.weights ? lw.weights.reduce((a, b) => a + b, 0) : lw.kept,
      excluded: lw.excluded,
    },
    warnings,
  };
}
