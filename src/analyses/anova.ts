/**
 * SPSS ONEWAY for each of the selected variables across the categories of a factor: the `results`
 * of `csat anova`. With `nonparametric`, NPAR TESTS /K-W (Kruskal-Wallis H) instead.
 *
 * Missing values as ONEWAY's default /MISSING ANALYSIS: each variable uses the cases valid on it
 * and on the factor; `listwise` keeps only the cases valid on every selected variable. Cases with
 * a zero, negative or missing weight are no cases; weighted, the summed weight is N (WEIGHT BY).
 * Factor levels: numbers ascending by value (shown by their value labels), text categories in the
 * order of their first appearance in the file, never collation order.
 */
import type { Dataset, Variable } from '../data/dataset.js';
import { AnalysisError } from '../errors.js';
import { msg, warning } from '../i18n/index.js';
import { brownForsytheAnova, oneWayAnova, welchAnova, type FTest } from '../stats/anova.js';
import { tQuantile } from '../stats/distributions.js';
import { anovaEffectSizes } from '../stats/effect-size.js';
import { groupMoments, pooledMoments, type GroupMoments } from '../stats/groups.js';
import { leveneTests, type LeveneResult } from '../stats/levene.js';
import { kruskalWallis, rankSums } from '../stats/rank-tests.js';
import { POST_HOC_NAMES, runPostHoc } from '../stats/posthoc/index.js';
import type { GroupSummary, PostHocName, PostHocResult } from '../stats/posthoc/types.js';
import type { Category } from './crosstab.js';
import { dataDecimals } from './explore.js';
import { levelName } from '../i18n/names.js';
import { groupingOf, selectLevels, type Grouping } from './grouping.js';

export type AnovaMissing = 'analysis' | 'listwise';
/** Dunnett's control group: the first or last level, or a level's value or label. */
export type ControlSpec = 'first' | 'last' | string;

export interface AnovaOptions {
  vars: string[];
  by: string;
  posthoc?: PostHocName[];
  control?: ControlSpec;
  nonparametric?: boolean;
  missing?: AnovaMissing;
  level?: number;
}

export interface GroupDescriptiveRow {
  /** The factor level; null on the Total row. */
  group: Category | null;
  n: number;
  mean: number;
  sd: number | null;
  stdError: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  min: number;
  max: number;
}

export interface TestRow {
  statistic: number;
  df1: number;
  df2: number;
  p: number;
}

export interface SourceRow {
  sumOfSquares: number;
  df: number;
  meanSquare: number | null;
}

export interface EffectRow {
  estimate: number;
  ciLower: number | null;
  ciUpper: number | null;
}

export interface AnovaVariable {
  variable: string;
  /** The levels with cases on this variable, in the factor's order: post hoc i and j index these. */
  groups: Category[];
  descriptives: GroupDescriptiveRow[];
  homogeneity: { mean: TestRow | null; median: TestRow | null; medianAdjusted: TestRow | null; trimmed: TestRow | null } | null;
  anova: { betweenGroups: SourceRow; withinGroups: SourceRow; total: SourceRow; f: number | null; p: number | null } | null;
  robust: { welch: TestRow | null; brownForsythe: TestRow | null } | null;
  effectSizes: { etaSquared: EffectRow; epsilonSquared: EffectRow; omegaSquared: EffectRow } | null;
  posthoc: PostHocResult[];
  /** Kruskal-Wallis (with --nonparametric): Ranks and Test Statistics. */
  kruskalWallis: { ranks: { group: Category; n: number; meanRank: number }[]; total: number; h: number | null; df: number | null; p: number | null } | null;
}

export interface AnovaResult {
  variables: string[];
  by: string;
  weight: string | null;
  missing: AnovaMissing;
  level: number;
  nonparametric: boolean;
  /** Decimals of the data (the most any value shows, at most 4), for the printed tables. */
  decimals: number;
  posthoc: PostHocName[];
  /** Dunnett's control level, when dunnett was asked for. */
  control: Category | null;
  tests: AnovaVariable[];
}

const testRow = (r: LeveneResult | FTest | null): TestRow | null => (r ? { statistic: r.f, df1: r.df1, df2: r.df2, p: r.p } : null);

/** The control level's index among the grouping's levels (SPSS's default is the last). */
function controlIndex(g: Grouping, spec: ControlSpec): number {
  if (spec === 'first') return 0;
  if (spec === 'last') return g.levels.length - 1;
  return g.levels.indexOf(selectLevels(g, spec, '--control').levels[0]);
}

function descriptiveRow(group: Category | null, m: GroupMoments, level: number): GroupDescriptiveRow {
  const sd = m.variance === null ? null : Math.sqrt(m.variance);
  const se = sd === null ? null : sd / Math.sqrt(m.n);
  const half = se === null ? null : tQuantile(1 - (1 - level) / 2, m.n - 1) * se;
  return {
    group,
    n: m.n,
    mean: m.mean,
    sd,
    stdError: se,
    ciLower: half === null ? null : m.mean - half,
    ciUpper: half === null ? null : m.mean + half,
    min: m.min,
    max: m.max,
  };
}

export function runAnova(ds: Dataset, opts: AnovaOptions): { result: AnovaResult; warnings: string[] } {
  const find = (name: string): Variable => ds.variables.find((v) => v.name === name)!;
  const vars = opts.vars.map(find);
  const byVar = find(opts.by);
  const w = ds.weights;
  const level = opts.level ?? 0.95;
  const missing = opts.missing ?? 'analysis';
  const posthoc = [...new Set(opts.posthoc ?? [])];
  const warnings: string[] = [];
  for (const v of vars) if (v.kind === 'string') throw new AnalysisError(msg('anova.err.text', { column: v.name }));
  const grouping = groupingOf(ds, byVar.name);
  const { levels, codes } = grouping;
  if (levels.length < 2) throw new AnalysisError(msg('anova.err.oneLevel', { column: byVar.name, count: levels.length }));
  const control = posthoc.includes('dunnett') ? levels[controlIndex(grouping, opts.control ?? 'last')] : null;
  const rows = codes.length;
  let complete: Uint8Array | null = null;
  if (missing === 'listwise') {
    complete = new Uint8Array(rows);
    for (let i = 0; i < rows; i++) complete[i] = vars.every((v) => v.values[i] === v.values[i]) ? 1 : 0;
  }
  const tests: AnovaVariable[] = [];
  for (const v of vars) {
    const x = v.values;
    let vc: Int32Array = codes;
    if (complete) {
      vc = Int32Array.from(codes);
      for (let i = 0; i < rows; i++) if (!complete[i]) vc[i] = -1;
    }
    const all = groupMoments(x, vc, levels.length, w);
    // Levels without a case on this variable are not in its tables (SPSS's order otherwise).
    const used = all.map((m, g) => g).filter((g) => all[g].n > 0);
    if (used.length < 2) throw new AnalysisError(msg('anova.err.oneGroup', { column: v.name, by: byVar.name, count: used.length }));
    if (used.length < levels.length) {
      const remap = new Int32Array(levels.length).fill(-1);
      used.forEach((g, k) => (remap[g] = k));
      vc = vc.map((c) => (c < 0 ? -1 : remap[c]));
    }
    const k = used.length;
    const groups = used.map((g) => levels[g]);
    const moments = used.map((g) => all[g]);
    if (moments.every((m) => !((m.variance ?? 0) > 0))) throw new AnalysisError(msg('anova.err.constant', { column: v.name, by: byVar.name }));
    const descriptives = [...moments.map((m, g) => descriptiveRow(groups[g], m, level)), descriptiveRow(null, pooledMoments(moments), level)];
    const out: AnovaVariable = { variable: v.name, groups, descriptives, homogeneity: null, anova: null, robust: null, effectSizes: null, posthoc: [], kruskalWallis: null };
    const single = moments.some((m) => m.n <= 1);
    if (opts.nonparametric) {
      const r = rankSums(x, vc, k, w);
      const kw = kruskalWallis(r);
      out.kruskalWallis = { ranks: groups.map((group, g) => ({ group, n: r.n[g], meanRank: r.meanRank[g] })), total: r.N, h: kw?.h ?? null, df: kw?.df ?? null, p: kw?.p ?? null };
      tests.push(out);
      continue;
    }
    const summaries = moments.map((m) => ({ n: m.n, mean: m.mean, variance: m.variance ?? 0 }));
    const lev = leveneTests(x, vc, k, w);
    out.homogeneity = { mean: testRow(lev.mean), median: testRow(lev.median), medianAdjusted: testRow(lev['median-adjusted']), trimmed: testRow(lev.trimmed) };
    const a = oneWayAnova(summaries);
    if (a) {
      out.anova = {
        betweenGroups: { sumOfSquares: a.ssBetween, df: a.dfBetween, meanSquare: a.msBetween },
        withinGroups: { sumOfSquares: a.ssWithin, df: a.dfWithin, meanSquare: a.msWithin },
        total: { sumOfSquares: a.ssTotal, df: a.dfTotal, meanSquare: null },
        f: a.f,
        p: a.p,
      };
      const es = anovaEffectSizes(a, level);
      if (es) {
        const row = (estimate: number, ci: [number, number] | null): EffectRow => ({ estimate, ciLower: ci?.[0] ?? null, ciUpper: ci?.[1] ?? null });
        out.effectSizes = {
          etaSquared: row(es.etaSquared, es.etaSquaredCi),
          epsilonSquared: row(es.epsilonSquared, es.epsilonSquaredCi),
          omegaSquared: row(es.omegaSquared, es.omegaSquaredCi),
        };
      }
    }
    const welch = welchAnova(summaries);
    const bf = brownForsytheAnova(summaries);
    out.robust = { welch: testRow(welch), brownForsythe: testRow(bf) };
    if (!welch || !bf) warnings.push(warning(msg('anova.warn.robust', { column: v.name })));
    if (posthoc.length > 0) {
      if (k < 3) warnings.push(warning(msg('anova.warn.fewGroups', { column: v.name })));
      else if (single) warnings.push(warning(msg('anova.warn.singleCase', { column: v.name })));
      // The studentized range and Dunnett's tables count cases; a fractional weight sum is no count.
      else if (moments.some((m) => !Number.isInteger(m.n))) warnings.push(warning(msg('anova.warn.fractional', { column: v.name })));
      else {
        const gs: GroupSummary[] = moments.map((m, g) => ({ label: levelName(groups[g]), n: m.n, mean: m.mean, variance: m.variance ?? 0 }));
        const ctrl = control ? groups.indexOf(control) : -1;
        for (const name of POST_HOC_NAMES.filter((n) => posthoc.includes(n))) {
          if (name === 'dunnett' && ctrl < 0) continue;
          out.posthoc.push(runPostHoc(name, gs, { level, control: ctrl }));
        }
      }
    }
    tests.push(out);
  }
  return {
    result: { variables: vars.map((v) => v.name), by: byVar.name, weight: ds.weightName, missing, level, nonparametric: Boolean(opts.nonparametric), decimals: dataDecimals(vars), posthoc, control, tests },
    warnings,
  };
}
