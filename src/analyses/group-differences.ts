/**
 * The group-differences step of `csat analyze`: for each demographic, the outcome and every scale
 * score compared across its groups as Chinese satisfaction papers report it, an independent t test
 * for two groups and a one-way ANOVA for more, with one post hoc test.
 *
 * - Levene's test (centred on the means, as SPSS) decides the variant: when it rejects equal
 *   variances at .05, Welch's t (two groups) or Welch's F (more) is the test, and Games-Howell the
 *   post hoc test (unless the study asked for Tamhane's T2, also an unequal-variance test).
 * - The post hoc test runs for three or more groups when the overall test is significant at .05;
 *   its result is the pairs of groups whose means differ at .05, the higher first. For S-N-K and
 *   Duncan, which print only homogeneous subsets, two groups differ when no subset holds both.
 * - A group compared needs 2 cases on the variable (an SD); groups with fewer are left out of that
 *   variable's comparison, and a demographic or a variable with fewer than two such groups is not
 *   compared: each is a skipped note with its reason, never a NaN.
 * - Cases and weights as the one-way procedures: a case with a missing group value or a
 *   non-positive weight is in no group; weighted, N is the summed weight (a post hoc test needs
 *   whole-number group sizes).
 */
import type { Dataset, Variable } from '../data/dataset.js';
import type { STUDY_POSTHOC } from '../data/study.js';
import { CsatError, UsageError } from '../errors.js';
import { msg, say, t, type Lang } from '../i18n/index.js';
import { levelName, postHocLabel } from '../i18n/names.js';
import { formatNumber, pInSentence } from '../i18n/numbers.js';
import { oneWayAnova, welchAnova } from '../stats/anova.js';
import { groupMoments } from '../stats/groups.js';
import { leveneTest } from '../stats/levene.js';
import { runPostHoc } from '../stats/posthoc/index.js';
import type { GroupSummary, PostHocName } from '../stats/posthoc/types.js';
import { independentTTest } from '../stats/ttest.js';
import type { Category } from './crosstab.js';
import { groupingOf, selectLevels, type Grouping } from './grouping.js';

/** The post hoc tests the step can use (every pair compared: not Dunnett's, against a control). */
export type GroupPostHoc = (typeof STUDY_POSTHOC)[number];

/** The significance level of every decision of the step (Levene, the overall test, the pairs). */
export const GROUP_ALPHA = 0.05;

/** A demographic's levels as the study file sets them: labels by code (or by text), and the order of those compared. */
export interface GroupLevels {
  order?: string[];
  labels?: Record<string, string>;
}

export interface GroupDifferencesConfig {
  demographics: string[];
  /** The variables compared: the outcome and the scale scores. */
  variables: Variable[];
  posthoc: GroupPostHoc;
  /** Per demographic (study key `groups`). */
  groups: Record<string, GroupLevels>;
  lang: Lang;
}

export interface GroupCell {
  /** Cases valid on the variable (summed weight). */
  n: number;
  mean: number | null;
  sd: number | null;
}

export interface GroupPair {
  /** Indexes into the demographic's groups: the group with the higher mean, then the lower. */
  higher: number;
  lower: number;
  meanDifference: number;
  /** null for S-N-K and Duncan (a pair differs when no homogeneous subset holds both). */
  p: number | null;
}

export interface GroupComparison {
  variable: string;
  /** One per group of the demographic, in its order; mean and sd null where they do not exist. */
  groups: GroupCell[];
  /** The groups compared (indexes into groups): those with 2 or more cases on this variable. */
  compared: number[];
  test: 't' | 'F';
  /** Levene rejected equal variances: Welch's t or F, and Games-Howell (or Tamhane) after it. */
  welch: boolean;
  levene: { f: number; df1: number; df2: number; p: number } | null;
  /** t (first compared group minus second) or F; null when it cannot be computed (a skipped note says why). */
  statistic: number | null;
  /** t: its df (Welch's, fractional); F: the numerator df. */
  df1: number | null;
  /** F: the denominator df (Welch's, fractional); t: null. */
  df2: number | null;
  p: number | null;
  /** Three or more groups and a significant overall test only. */
  posthoc: { test: PostHocName; pairs: GroupPair[] } | null;
}

export interface DemographicDifferences {
  demographic: string;
  groups: Category[];
  comparisons: GroupComparison[];
}

export interface GroupDifferencesResult {
  /** The post hoc test asked for (Games-Howell replaces an equal-variance test where Levene rejects). */
  posthoc: GroupPostHoc;
  alpha: number;
  demographics: DemographicDifferences[];
}

export interface GroupDifferencesRun {
  result: GroupDifferencesResult;
  /** What could not be compared, and why (in the run's language). */
  skipped: { demographic: string; variables: string[]; reason: string }[];
}

/** A demographic's grouping with the study's labels put on and its order (and selection) applied. */
function studyGrouping(ds: Dataset, name: string, spec: GroupLevels | undefined): Grouping {
  let g = groupingOf(ds, name);
  if (spec?.labels) {
    const labels = spec.labels;
    const levels = g.levels.map((c) => {
      const byCode = g.text ? undefined : labels[String(c.value)];
      const byText = c.label !== null ? labels[c.label] : undefined;
      return { value: c.value, label: byCode ?? byText ?? c.label };
    });
    g = { ...g, levels };
  }
  if (spec?.order) g = selectLevels(g, spec.order.join(','), `groups.${name}.order`);
  return g;
}

const UNEQUAL: readonly PostHocName[] = ['games-howell', 'tamhane'];

export function runGroupDifferences(ds: Dataset, cfg: GroupDifferencesConfig): GroupDifferencesRun {
  const L = (key: string, vars?: Record<string, string | number>) => t(`groupDifferences.${key}`, cfg.lang, vars);
  for (const name of Object.keys(cfg.groups)) {
    if (!cfg.demographics.includes(name)) throw new UsageError(msg('groupDifferences.err.notDemographic', { name, demographics: cfg.demographics.join(', ') || '-' }));
  }
  const skipped: GroupDifferencesRun['skipped'] = [];
  const demographics: DemographicDifferences[] = [];
  const w = ds.weights;
  for (const name of cfg.demographics) {
    let g: Grouping;
    try {
      g = studyGrouping(ds, name, cfg.groups[name]);
    } catch (e) {
      // A continuous column, or a study order naming no group: this demographic only is not compared.
      if (!(e instanceof CsatError)) throw e;
      skipped.push({ demographic: name, variables: [], reason: e.label ? say(e.label, cfg.lang) : e.message });
      continue;
    }
    const k = g.levels.length;
    const present = new Set(g.codes.filter((c) => c >= 0));
    if (present.size < 2) {
      const names = g.levels.filter((_, i) => present.has(i)).map(levelName);
      skipped.push({ demographic: name, variables: [], reason: L('oneGroup', { demographic: name, count: names.length, groups: names.join(', ') || '-' }) });
      continue;
    }
    const comparisons: GroupComparison[] = [];
    // The same reason for several variables (a small group is small on each) is one note naming them all.
    const notes = new Map<string, { key: string; vars: Record<string, string>; variables: string[] }>();
    const note = (key: string, variable: string, vars: Record<string, string> = {}) => {
      const id = `${key}\u0000${JSON.stringify(vars)}`;
      const n = notes.get(id) ?? { key, vars, variables: [] };
      n.variables.push(variable);
      notes.set(id, n);
    };
    for (const v of cfg.variables) {
      const moments = groupMoments(v.values, g.codes, k, w);
      const cells: GroupCell[] = moments.map((m) => ({ n: m.n, mean: m.n > 0 ? m.mean : null, sd: m.variance === null ? null : Math.sqrt(m.variance) }));
      const compared = moments.map((_, i) => i).filter((i) => moments[i].n >= 2);
      const few = moments.map((_, i) => i).filter((i) => moments[i].n < 2 && present.has(i));
      if (few.length) {
        const list = few.map((i) => L('groupCases', { group: levelName(g.levels[i]), n: formatNumber(moments[i].n, Number.isInteger(moments[i].n) ? 0 : 2) })).join(', ');
        note('fewCases', v.name, { groups: list });
      }
      if (compared.length < 2) {
        note('fewGroups', v.name);
        continue;
      }
      // The compared groups renumbered 0..m-1 for the tests.
      const to = new Int32Array(k).fill(-1);
      compared.forEach((i, j) => (to[i] = j));
      const codes = Int32Array.from(g.codes, (c) => (c < 0 ? -1 : to[c]));
      const summaries: GroupSummary[] = compared.map((i) => ({ label: levelName(g.levels[i]), n: moments[i].n, mean: moments[i].mean, variance: moments[i].variance ?? 0 }));
      const m = compared.length;
      const out: GroupComparison = { variable: v.name, groups: cells, compared, test: m === 2 ? 't' : 'F', welch: false, levene: null, statistic: null, df1: null, df2: null, p: null, posthoc: null };
      comparisons.push(out);
      if (summaries.every((s) => !(s.variance > 0))) {
        note('constant', v.name);
        continue;
      }
      const lev = leveneTest(v.values, codes, m, w, 'mean');
      out.levene = lev && { f: lev.f, df1: lev.df1, df2: lev.df2, p: lev.p };
      out.welch = lev !== null && lev.p < GROUP_ALPHA;
      if (m === 2) {
        const tt = independentTTest(summaries[0], summaries[1]);
        const row = out.welch ? tt.welch : tt.pooled;
        if (row) [out.statistic, out.df1, out.p] = [row.t, row.df, row.p];
      } else {
        const a = out.welch ? null : oneWayAnova(summaries);
        const f = out.welch ? welchAnova(summaries) : a && a.f !== null && a.p !== null ? { f: a.f, df1: a.dfBetween, df2: a.dfWithin, p: a.p } : null;
        if (f) [out.statistic, out.df1, out.df2, out.p] = [f.f, f.df1, f.df2, f.p];
      }
      if (out.p === null) {
        const flat = compared.filter((i) => !((moments[i].variance ?? 0) > 0)).map((i) => levelName(g.levels[i]));
        note('welchConstant', v.name, { groups: flat.join(', ') });
        continue;
      }
      if (m < 3 || !(out.p < GROUP_ALPHA)) continue;
      if (summaries.some((s) => !Number.isInteger(s.n))) {
        note('fractional', v.name);
        continue;
      }
      const test: PostHocName = out.welch && !UNEQUAL.includes(cfg.posthoc) ? 'games-howell' : cfg.posthoc;
      out.posthoc = { test, pairs: differingPairs(test, summaries).map((p) => ({ ...p, higher: compared[p.higher], lower: compared[p.lower] })) };
    }
    for (const n of notes.values()) {
      const variables = n.variables.join(cfg.lang === 'zh' ? '、' : ', ');
      skipped.push({ demographic: name, variables: n.variables, reason: L(n.key, { ...n.vars, variable: variables, demographic: name }) });
    }
    demographics.push({ demographic: name, groups: g.levels, comparisons });
  }
  return { result: { posthoc: cfg.posthoc, alpha: GROUP_ALPHA, demographics }, skipped };
}

/** The pairs of groups (indexes into `groups`) whose means differ at GROUP_ALPHA by `test`, higher mean first. */
function differingPairs(test: PostHocName, groups: GroupSummary[]): GroupPair[] {
  const r = runPostHoc(test, groups, { level: 1 - GROUP_ALPHA });
  const pairs: GroupPair[] = [];
  const add = (a: number, b: number, p: number | null) => {
    const [higher, lower] = groups[a].mean >= groups[b].mean ? [a, b] : [b, a];
    pairs.push({ higher, lower, meanDifference: groups[higher].mean - groups[lower].mean, p });
  };
  if (r.comparisons.length) {
    for (const c of r.comparisons) if (c.i < c.j && c.p !== null && c.p < GROUP_ALPHA) add(c.i, c.j, c.p);
  } else if (r.subsets) {
    const subsets = r.subsets.subsets;
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) if (!subsets.some((s) => s.members.includes(a) && s.members.includes(b))) add(a, b, null);
    }
  }
  return pairs.sort((x, y) => x.higher - y.higher || x.lower - y.lower);
}

/** One summary sentence per significant difference, in the order of the tables. */
export function groupSentences(r: GroupDifferencesResult, lang: Lang): string[] {
  const L = (key: string, vars?: Record<string, string | number>) => t(`groupDifferences.${key}`, lang, vars);
  const f2 = (x: number) => formatNumber(x, 2);
  const sep = lang === 'zh' ? '、' : ', ';
  const out: string[] = [];
  for (const d of r.demographics) {
    const name = (i: number) => levelName(d.groups[i]);
    for (const c of d.comparisons) {
      if (c.p === null || c.statistic === null || !(c.p < r.alpha)) continue;
      const stat = `${L(c.welch ? (c.test === 't' ? 'welchT' : 'welchF') : c.test === 't' ? 'plainT' : 'plainF')} = ${formatNumber(c.statistic, 3)}`;
      const vars = { variable: c.variable, demographic: d.demographic, stat, p: pInSentence(c.p) };
      if (c.test === 't') {
        const [a, b] = c.compared;
        const [hi, lo] = (c.groups[a].mean as number) >= (c.groups[b].mean as number) ? [a, b] : [b, a];
        out.push(L('sentenceT', { ...vars, high: name(hi), highMean: f2(c.groups[hi].mean as number), low: name(lo), lowMean: f2(c.groups[lo].mean as number) }));
      } else {
        const ph = c.posthoc;
        const pairs = ph && ph.pairs.length ? ph.pairs.map((p) => `${name(p.higher)} > ${name(p.lower)}`).join(sep) : null;
        const posthoc = ph ? (pairs ? L('sentencePairs', { test: postHocLabel(ph.test, lang), pairs }) : L('sentenceNoPairs', { test: postHocLabel(ph.test, lang) })) : '';
        out.push(L('sentenceF', { ...vars, posthoc }));
      }
    }
  }
  return out;
}
