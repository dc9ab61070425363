/**
 * SPSS EXAMINE for the selected variables, optionally by the categories of a factor (--by): the
 * `results` of `csat explore`.
 *
 * Missing values as EXAMINE's default /MISSING=LISTWISE: a case missing on any selected variable
 * (or on the factor) is left out of every statistic, and the Case Processing Summary counts it as
 * missing. Cases with a zero, negative or missing weight are no cases. Weighted, the summed weight
 * plays n's part (SPSS WEIGHT BY); Shapiro-Wilk takes whole weights as repeated cases and is not
 * computed for fractional ones (nor beyond 5000 cases, as SPSS).
 */
import type { Dataset, Variable } from '../data/dataset.js';
import { AnalysisError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { describeVariable } from '../stats/descriptives.js';
import { tQuantile } from '../stats/distributions.js';
import {
  boxStatistics,
  extremes,
  lilliefors,
  percentile,
  shapiroWilk,
  sortCases,
  trimmedMean,
  tukeyHinges,
  type ExtremeCase,
  type SortedCases,
} from '../stats/examine.js';
import type { CaseSummary, Category } from './crosstab.js';
import { groupingOf } from './grouping.js';

/** The percentiles EXAMINE prints by default. */
export const PERCENTILES = [5, 10, 25, 50, 75, 90, 95] as const;

export interface ExploreCase {
  /** 1-based case number (data row). */
  case: number;
  /** The --id column's value (its label for text ids), else null. */
  id: string | number | null;
  value: number;
}

export interface ExploreDescriptives {
  mean: number | null;
  seMean: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  trimmedMean: number | null;
  median: number | null;
  variance: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
  range: number | null;
  iqr: number | null;
  skewness: number | null;
  seSkewness: number | null;
  kurtosis: number | null;
  seKurtosis: number | null;
}

export interface ExploreCell {
  variable: string;
  /** The --by category, or null without --by. */
  group: Category | null;
  cases: CaseSummary;
  descriptives: ExploreDescriptives;
  /** At PERCENTILES: SPSS's weighted average (HAVERAGE) and Tukey's hinges (25, 50, 75 only; null elsewhere). */
  percentiles: { p: number; weightedAverage: number | null; tukey: number | null }[];
  extremes: { highest: ExploreCase[]; lowest: ExploreCase[]; highestPartial: boolean; lowestPartial: boolean };
  normality: {
    kolmogorovSmirnov: { statistic: number; df: number; p: number; lowerBound: boolean } | null;
    shapiroWilk: { statistic: number; df: number; p: number } | null;
  };
  boxplot: {
    lowerHinge: number;
    median: number;
    upperHinge: number;
    whiskerLow: number;
    whiskerHigh: number;
    outliers: ExploreCase[];
    extremes: ExploreCase[];
  } | null;
}

export interface ExploreResult {
  variables: string[];
  by: string | null;
  id: string | null;
  weight: string | null;
  /** Decimals of the data (the most any value shows, at most 4), for the printed tables. */
  decimals: number;
  cells: ExploreCell[];
}

const fin = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Decimals the values are written with (at most 4): SPSS prints statistics from the variable's format. */
export function dataDecimals(vars: Variable[]): number {
  let d = 0;
  for (const v of vars) {
    for (let i = 0; i < v.values.length && d < 4; i++) {
      const x = v.values[i];
      if (x !== x) continue;
      // The fewest decimals that write x (up to rounding noise of the decimal-to-binary reading).
      while (d < 4) {
        const r = Math.abs(x) * 10 ** d;
        if (Math.abs(r - Math.round(r)) <= 1e-9 * Math.max(1, r)) break;
        d++;
      }
    }
  }
  return d;
}

function descriptivesOf(x: Float64Array, w: Float64Array | null, s: SortedCases): ExploreDescriptives {
  const d = describeVariable(x, w);
  const W = s.W;
  const se = d.sd / Math.sqrt(W);
  const half = W > 1 ? tQuantile(0.975, W - 1) * se : NaN;
  const q1 = percentile(s, 0.25);
  const q3 = percentile(s, 0.75);
  return {
    mean: fin(d.mean),
    seMean: fin(se),
    ciLower: fin(d.mean - half),
    ciUpper: fin(d.mean + half),
    trimmedMean: fin(trimmedMean(s)),
    median: fin(percentile(s, 0.5)),
    variance: fin(d.variance),
    sd: fin(d.sd),
    min: fin(d.min),
    max: fin(d.max),
    range: fin(d.max - d.min),
    iqr: fin(q3 - q1),
    skewness: fin(d.skewness),
    seSkewness: fin(d.seSkewness),
    kurtosis: fin(d.kurtosis),
    seKurtosis: fin(d.seKurtosis),
  };
}

/** Shapiro-Wilk of the cases, whole weights as repeated cases; null for fractional weights. */
function shapiroOf(s: SortedCases): { statistic: number; df: number; p: number } | null {
  let repeated = s.values;
  if (s.weights.some((w) => w !== 1)) {
    if (!s.weights.every((w) => Number.isInteger(w)) || s.W > 5000) return null;
    repeated = new Float64Array(s.W);
    let k = 0;
    s.values.forEach((v, i) => repeated.fill(v, k, (k += s.weights[i])));
  }
  const r = shapiroWilk(repeated);
  return r ? { statistic: r.statistic, df: s.W, p: r.p } : null;
}

export function runExplore(ds: Dataset, names: { vars: string[]; by?: string | null; id?: string | null }): ExploreResult {
  const find = (name: string): Variable => ds.variables.find((v) => v.name === name)!;
  const vars = names.vars.map(find);
  const byVar = names.by ? find(names.by) : null;
  const idVar = names.id ? find(names.id) : null;
  const w = ds.weights;
  const rows = ds.input.rows;
  for (const v of vars) if (v.kind === 'string') throw new AnalysisError(msg('explore.err.text', { column: v.name }));
  const listed = byVar ? [...vars, byVar] : vars;
  const counted = (i: number) => (w ? w[i] > 0 : true);
  // Valid on every selected variable (listwise), computed once for all the cells.
  const completeRows = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) completeRows[i] = vars.every((v) => v.values[i] === v.values[i]) ? 1 : 0;
  const complete = (i: number) => completeRows[i] === 1;
  // The factor's categories in grouping.ts's order (codes ascending, text by first appearance).
  const grouping = byVar ? groupingOf(ds, byVar.name) : null;
  const groups: (Category | null)[] = grouping ? grouping.levels : [null];
  const idOf = (row: number): string | number | null => {
    if (!idVar) return null;
    const x = idVar.values[row];
    return x !== x ? null : (idVar.labels.get(x) ?? x);
  };
  const caseOf = (c: ExtremeCase): ExploreCase => ({ case: c.row + 1, id: idOf(c.row), value: c.value });
  // Each group's cases, once: the rows valid on every variable (listwise) and the weights of the
  // valid and of the missing ones; a cell then reads only its group's rows.
  const members = groups.map(() => [] as number[]);
  const valid = groups.map(() => 0);
  const missing = groups.map(() => 0);
  for (let i = 0; i < rows; i++) {
    if (!counted(i)) continue;
    const k = grouping ? grouping.codes[i] : 0;
    if (k < 0) continue;
    const wi = w ? w[i] : 1;
    if (complete(i)) {
      members[k].push(i);
      valid[k] += wi;
    } else missing[k] += wi;
  }
  const cells: ExploreCell[] = [];
  for (const v of vars) {
    groups.forEach((group, g) => {
      const at = members[g];
      const x = Float64Array.from(at, (i) => v.values[i]);
      const wg = w ? Float64Array.from(at, (i) => w[i]) : null;
      const s = sortCases(x, wg);
      // Back from positions in the group to rows of the file.
      for (let k = 0; k < s.rows.length; k++) s.rows[k] = at[s.rows[k]];
      const ks = s.W >= 3 ? lilliefors(s) : null;
      const hinges = s.values.length ? tukeyHinges(s) : null;
      const ext = extremes(s);
      const box = s.values.length ? boxStatistics(s) : null;
      cells.push({
        variable: v.name,
        group,
        cases: { valid: valid[g], missing: missing[g], total: valid[g] + missing[g] },
        descriptives: descriptivesOf(x, wg, s),
        percentiles: PERCENTILES.map((p) => ({
          p,
          weightedAverage: s.values.length ? fin(percentile(s, p / 100)) : null,
          tukey: hinges && p === 25 ? hinges.lower : hinges && p === 50 ? hinges.median : hinges && p === 75 ? hinges.upper : null,
        })),
        extremes: { highest: ext.highest.map(caseOf), lowest: ext.lowest.map(caseOf), highestPartial: ext.highestPartial, lowestPartial: ext.lowestPartial },
        normality: {
          kolmogorovSmirnov: ks ? { statistic: ks.statistic, df: s.W, p: ks.p, lowerBound: ks.lowerBound } : null,
          shapiroWilk: shapiroOf(s),
        },
        boxplot: box && {
          lowerHinge: box.hinges.lower,
          median: box.hinges.median,
          upperHinge: box.hinges.upper,
          whiskerLow: box.whiskerLow,
          whiskerHigh: box.whiskerHigh,
          outliers: box.outliers.map(caseOf),
          extremes: box.extremes.map(caseOf),
        },
      });
    });
  }
  if (cells.every((c) => c.cases.valid === 0)) throw new AnalysisError(msg('explore.err.noCases', { columns: listed.map((v) => v.name) }));
  return { variables: vars.map((v) => v.name), by: byVar?.name ?? null, id: idVar?.name ?? null, weight: ds.weightName, decimals: dataDecimals(vars), cells };
}
