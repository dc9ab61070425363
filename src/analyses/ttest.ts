/**
 * SPSS T-TEST (independent samples by a grouping variable, one sample against a test value, paired
 * samples) and its NPAR TESTS counterparts (Mann-Whitney U, Wilcoxon signed ranks): the `results`
 * of `csat ttest`.
 *
 * Cases: a case with a zero, negative or missing weight is no case (SPSS WEIGHT BY); the summed
 * weight is N. Missing values as T-TEST's default /MISSING=ANALYSIS: each variable (each pair) uses
 * the cases valid on it (and on the grouping variable); `listwise` uses only the cases valid on every
 * analysed variable. Group 1 is the first group (of --groups, else in grouping.ts's order), and
 * every difference is group 1 minus group 2 (first minus second of a pair), as SPSS.
 */
import type { Dataset, Variable } from '../data/dataset.js';
import { AnalysisError, UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { groupMoments, type GroupMoments } from '../stats/groups.js';
import { leveneTest } from '../stats/levene.js';
import { independentTTest, oneSampleTTest, pairedMoments, pairedTTest, type Summary, type TTestRow } from '../stats/ttest.js';
import { independentEffectSizes, oneSampleEffectSizes, type EffectSizeWithCi } from '../stats/effect-size.js';
import { mannWhitney, mannWhitneyExactP, rankSums, wilcoxonSignedRank } from '../stats/rank-tests.js';
import type { Category } from './crosstab.js';
import { dataDecimals } from './explore.js';
import { levelName } from '../i18n/names.js';
import { groupingOf, selectLevels } from './grouping.js';

/** Largest number of cases for which SPSS NPAR TESTS /M-W prints the exact significance. */
export const EXACT_MAX_CASES = 40;

export type MissingMode = 'analysis' | 'listwise';

export interface TTestSpec {
  vars: string[];
  /** Independent samples: the grouping variable and optionally the two groups (--groups). */
  by?: string | null;
  groups?: string | null;
  /** One sample: the test value. */
  testValue?: number | null;
  /** Paired samples: [first, second] column names. */
  pairs?: [string, string][];
  level?: number;
  missing?: MissingMode;
  nonparametric?: boolean;
}

export interface Describe {
  /** Sum of weights. */
  n: number;
  mean: number | null;
  sd: number | null;
  seMean: number | null;
}

export interface EffectSizes {
  cohensD: EffectSizeWithCi;
  hedgesG: EffectSizeWithCi;
}

export interface IndependentResult {
  variable: string;
  groups: [Describe, Describe];
  levene: { f: number; df1: number; df2: number; p: number } | null;
  equalVariances: TTestRow | null;
  unequalVariances: TTestRow | null;
  effectSizes: (EffectSizes & { glassDelta: EffectSizeWithCi | null }) | null;
  /** SPSS's "t cannot be computed because the standard deviations of both groups are 0". */
  constant: boolean;
}

export interface OneSampleResult {
  variable: string;
  statistics: Describe;
  test: TTestRow | null;
  effectSizes: EffectSizes | null;
}

export interface PairedResult {
  first: string;
  second: string;
  statistics: [Describe, Describe];
  n: number;
  correlation: number | null;
  correlationP: number | null;
  /** The differences first - second. */
  differences: Describe;
  test: TTestRow | null;
  effectSizes: EffectSizes | null;
}

export interface RankSide {
  n: number;
  meanRank: number | null;
  rankSum: number;
}

export interface MannWhitneyResult {
  variable: string;
  ranks: [RankSide, RankSide];
  n: number;
  u: number | null;
  wilcoxonW: number | null;
  z: number | null;
  p: number | null;
  /** Exact two-sided p (not corrected for ties), for whole-number samples of at most EXACT_MAX_CASES; else null. */
  exactP: number | null;
}

export interface WilcoxonResult {
  first: string;
  second: string;
  /** second < first, second > first, second = first (SPSS's "second - first" ranks). */
  negative: RankSide;
  positive: RankSide;
  ties: number;
  total: number;
  z: number | null;
  p: number | null;
  /** The side whose rank sum Z is based on (the smaller), as SPSS's footnote names it. */
  basedOn: 'negative' | 'positive' | null;
}

export interface TTestResult {
  kind: 'independent' | 'one-sample' | 'paired';
  nonparametric: boolean;
  by: string | null;
  /** The two groups compared (independent samples), group 1 first. */
  groups: [Category, Category] | null;
  testValue: number | null;
  level: number;
  missing: MissingMode;
  weight: string | null;
  /** Decimals of each analysed variable's data (the most any value shows, at most 4), for the printed tables. */
  decimals: Record<string, number>;
  independent: IndependentResult[];
  oneSample: OneSampleResult[];
  paired: PairedResult[];
  mannWhitney: MannWhitneyResult[];
  wilcoxon: WilcoxonResult[];
}

function describe(m: GroupMoments): Describe {
  const sd = m.variance === null ? null : Math.sqrt(m.variance);
  return { n: m.n, mean: m.n > 0 ? m.mean : null, sd, seMean: sd === null ? null : sd / Math.sqrt(m.n) };
}

const summary = (m: GroupMoments): Summary => ({ n: m.n, mean: m.mean, variance: m.variance ?? 0 });

const rankSide = (n: number, rankSum: number): RankSide => ({ n, meanRank: n > 0 ? rankSum / n : null, rankSum });

export function runTTest(ds: Dataset, spec: TTestSpec): TTestResult {
  const find = (name: string): Variable => ds.variables.find((v) => v.name === name)!;
  const level = spec.level ?? 0.95;
  const missing = spec.missing ?? 'analysis';
  const nonparametric = Boolean(spec.nonparametric);
  const pairs = spec.pairs ?? [];
  const analysed = [...new Set([...spec.vars, ...pairs.flat()])].map(find);
  for (const v of analysed) if (v.kind === 'string') throw new AnalysisError(msg('ttest.err.text', { column: v.name }));
  const rows = ds.input.rows;
  const w = ds.weights;
  // Rows that take part at all: a positive weight, and under listwise every analysed value valid.
  const use = new Int32Array(rows);
  for (let i = 0; i < rows; i++) use[i] = (w === null || w[i] > 0) && (missing === 'analysis' || analysed.every((v) => v.values[i] === v.values[i])) ? 0 : -1;
  const result: TTestResult = {
    kind: spec.by ? 'independent' : pairs.length ? 'paired' : 'one-sample',
    nonparametric,
    by: spec.by ?? null,
    groups: null,
    testValue: spec.testValue ?? null,
    level,
    missing,
    weight: ds.weightName,
    decimals: Object.fromEntries(analysed.map((v) => [v.name, dataDecimals([v])])),
    independent: [],
    oneSample: [],
    paired: [],
    mannWhitney: [],
    wilcoxon: [],
  };

  if (spec.by) {
    let g = groupingOf(ds, spec.by);
    if (missing === 'listwise') g = { ...g, codes: Int32Array.from(g.codes, (c, i) => (use[i] < 0 ? -1 : c)) };
    if (spec.groups) {
      g = selectLevels(g, spec.groups, '--groups');
      if (g.levels.length !== 2) throw new UsageError(msg('ttest.err.groupsCount', { count: g.levels.length, spec: spec.groups }));
    } else {
      const present = new Set(g.codes.filter((c) => c >= 0));
      const levels = g.levels.filter((_, k) => present.has(k));
      if (levels.length < 2) throw new AnalysisError(msg('ttest.err.oneLevel', { column: spec.by, groups: levels.map(levelName) }));
      if (levels.length > 2) throw new UsageError(msg('ttest.err.manyGroups', { column: spec.by, count: levels.length, groups: levels.map(levelName) }));
    }
    result.groups = [g.levels[0], g.levels[1]];
    const codes = g.codes;
    for (const name of spec.vars) {
      const x = find(name).values;
      const moments = groupMoments(x, codes, 2, w);
      if (nonparametric) {
        const r = rankSums(x, codes, 2, w);
        const m = mannWhitney(r);
        const [n1, n2] = r.n;
        const whole = Number.isInteger(n1) && Number.isInteger(n2);
        result.mannWhitney.push({
          variable: name,
          ranks: [rankSide(n1, r.rankSum[0]), rankSide(n2, r.rankSum[1])],
          n: r.N,
          u: m?.u ?? null,
          wilcoxonW: m?.wilcoxonW ?? null,
          z: m?.z ?? null,
          p: m?.p ?? null,
          exactP: m && whole && n1 > 0 && n2 > 0 && r.N <= EXACT_MAX_CASES ? mannWhitneyExactP(n1, n2, m.u) : null,
        });
        continue;
      }
      const [a, b] = moments.map(summary);
      const tt = independentTTest(a, b, level);
      const lev = leveneTest(x, codes, 2, w, 'mean');
      const es = independentEffectSizes(a, b, level);
      result.independent.push({
        variable: name,
        groups: [describe(moments[0]), describe(moments[1])],
        levene: lev && { f: lev.f, df1: lev.df1, df2: lev.df2, p: lev.p },
        equalVariances: tt.pooled,
        unequalVariances: tt.welch,
        effectSizes: es,
        constant: a.n > 1 && b.n > 1 && a.variance === 0 && b.variance === 0,
      });
    }
    const counted = nonparametric ? result.mannWhitney.map((m) => m.ranks[0].n + m.ranks[1].n) : result.independent.map((r) => r.groups[0].n + r.groups[1].n);
    if (counted.every((n) => n === 0)) throw new AnalysisError(msg('ttest.err.noCases', { columns: spec.vars, by: spec.by }));
    return result;
  }

  if (pairs.length) {
    for (const [first, second] of pairs) {
      const x = find(first).values;
      const y = find(second).values;
      // A pair uses the cases valid on both (and, listwise, on every analysed variable).
      const xs = Float64Array.from(x, (v, i) => (use[i] < 0 ? NaN : v));
      if (nonparametric) {
        const s = wilcoxonSignedRank(xs, y, w);
        const basedOn = s.z === null ? null : s.negative.rankSum <= s.positive.rankSum ? 'negative' : 'positive';
        result.wilcoxon.push({
          first,
          second,
          negative: s.negative,
          positive: s.positive,
          ties: s.ties,
          total: s.negative.n + s.positive.n + s.ties,
          z: s.z,
          p: s.p,
          basedOn,
        });
        continue;
      }
      const m = pairedMoments(xs, y, w);
      const p = pairedTTest(m, level);
      const sd = (v: number) => (m.n > 1 ? Math.sqrt(v) : null);
      const side = (mean: number, v: number): Describe => ({ n: m.n, mean: m.n > 0 ? mean : null, sd: sd(v), seMean: m.n > 1 ? Math.sqrt(v / m.n) : null });
      result.paired.push({
        first,
        second,
        statistics: [side(m.meanX, m.varX), side(m.meanY, m.varY)],
        n: m.n,
        correlation: p.correlation,
        correlationP: p.correlationP,
        differences: side(p.differences.mean, p.differences.variance),
        test: p.test,
        effectSizes: oneSampleEffectSizes(p.differences, 0, level),
      });
    }
    const counted = nonparametric ? result.wilcoxon.map((r) => r.total) : result.paired.map((r) => r.n);
    if (counted.every((n) => n === 0)) throw new AnalysisError(msg('ttest.err.noCasesPairs'));
    return result;
  }

  const testValue = spec.testValue ?? 0;
  for (const name of spec.vars) {
    const [m] = groupMoments(find(name).values, use, 1, w);
    const s = summary(m);
    result.oneSample.push({
      variable: name,
      statistics: describe(m),
      test: oneSampleTTest(s, testValue, level),
      effectSizes: oneSampleEffectSizes(s, testValue, level),
    });
  }
  if (result.oneSample.every((r) => r.statistics.n === 0)) throw new AnalysisError(msg('ttest.err.noCasesOne', { columns: spec.vars }));
  return result;
}
