/**
 * SPSS CROSSTABS for one row variable by one column variable, optionally within the values of a
 * layer variable: the `results` of `csat crosstab`.
 *
 * A case enters when its row, column (and layer) values are all valid and its weight is positive
 * (SPSS's /MISSING=TABLE); its weight is added as is (SPSS's default /COUNT ASIS), and exact
 * tests round the cell counts to whole numbers. Categories are the values that occur among those
 * cases, in ascending order of their codes, shown by their value labels. Each layer is a table of
 * its own (and, as SPSS 25+, a Total layer follows); a category that has no case within a layer
 * is not in that layer's table, so its statistics are those of the table SPSS analyses.
 */
import type { Dataset, Variable } from '../data/dataset.js';
import { AnalysisError, UsageError } from '../errors.js';
import { msg, warning } from '../i18n/index.js';
import {
  cellStatistics,
  continuityCorrection,
  expectedSummary,
  fisherExact,
  likelihoodRatio,
  linearByLinear,
  pearsonChiSquare,
  symmetricMeasures,
  totalsOf,
  type ChiSquare,
  type ExactFisher,
  type ExpectedSummary,
} from '../stats/crosstab.js';

/** More categories than this is a continuous variable, not a crosstab dimension. */
export const MAX_CATEGORIES = 50;

export type CellKind = 'count' | 'expected' | 'row' | 'column' | 'total' | 'residual' | 'std-residual' | 'adjusted';
export const CELL_KINDS: readonly CellKind[] = ['count', 'expected', 'row', 'column', 'total', 'residual', 'std-residual', 'adjusted'];

export interface Category {
  value: number;
  label: string | null;
}

export interface CaseSummary {
  valid: number;
  missing: number;
  total: number;
}

export interface ChiSquareTests {
  pearson: ChiSquare;
  /** Yates' correction: 2x2 tables only. */
  continuity: ChiSquare | null;
  likelihood: ChiSquare;
  /** 2x2 always; larger tables with exact: true (null when there were too many tables to enumerate). */
  fisher: ExactFisher | null;
  linear: ChiSquare;
  n: number;
  expected: ExpectedSummary & { percent: number };
}

export interface Measures {
  phi: number;
  cramersV: number;
  contingency: number;
  /** Approximate significance of all three (the Pearson chi-square's p). */
  p: number;
  n: number;
}

export interface CrosstabTable {
  /** The layer category, null for the table without layers and for the Total layer. */
  layer: Category | null;
  rows: Category[];
  cols: Category[];
  counts: number[][];
  rowTotals: number[];
  colTotals: number[];
  total: number;
  expected: number[][];
  residual: number[][];
  standardized: number[][];
  adjusted: number[][];
  tests: ChiSquareTests | null;
  measures: Measures | null;
  /** Why there are no statistics: the variable with one category ('constant'), else null. */
  constant: string | null;
  /** r x c exact test asked for but more tables than the enumeration limit: not computed. */
  exactTooLarge: boolean;
}

export interface CrosstabResult {
  rowVariable: string;
  colVariable: string;
  layerVariable: string | null;
  weight: string | null;
  cases: CaseSummary;
  tables: CrosstabTable[];
  /** Categories of a variable that occur, but with no case valid on the others: left out of every table. */
  dropped: { variable: string; category: Category }[];
}

export interface CrosstabOptions {
  exact?: boolean;
}

const labelOf = (v: Variable, value: number): Category => ({ value, label: v.labels.get(value) ?? null });

/** The distinct values of a variable among the given cases, ascending; too many is a usage error. */
function categories(v: Variable, option: string, cases: Int32Array | null, w: Float64Array | null): number[] {
  const seen = new Set<number>();
  const x = v.values;
  const visit = (i: number) => {
    if (x[i] !== x[i] || (w !== null && !(w[i] > 0))) return;
    seen.add(x[i]);
    if (seen.size > MAX_CATEGORIES) throw new UsageError(msg('crosstab.err.continuous', { option, column: v.name, max: MAX_CATEGORIES }));
  };
  if (cases) for (const i of cases) visit(i);
  else for (let i = 0; i < x.length; i++) visit(i);
  return [...seen].sort((a, b) => a - b);
}

function tableOf(
  rowVar: Variable,
  colVar: Variable,
  cases: Int32Array,
  w: Float64Array | null,
  layer: Category | null,
  opts: CrosstabOptions,
): CrosstabTable {
  const rowValues = categories(rowVar, '--rows', cases, w);
  const colValues = categories(colVar, '--cols', cases, w);
  const ri = new Map(rowValues.map((v, i) => [v, i]));
  const ci = new Map(colValues.map((v, j) => [v, j]));
  const counts = rowValues.map(() => colValues.map(() => 0));
  for (const i of cases) counts[ri.get(rowVar.values[i])!][ci.get(colVar.values[i])!] += w ? w[i] : 1;
  const { rows: rowTotals, cols: colTotals, total } = totalsOf(counts);
  const cells = cellStatistics(counts);
  const constant = rowValues.length < 2 ? rowVar.name : colValues.length < 2 ? colVar.name : null;
  let tests: ChiSquareTests | null = null;
  let measures: Measures | null = null;
  let exactTooLarge = false;
  if (constant === null) {
    const two = rowValues.length === 2 && colValues.length === 2;
    const whole = counts.map((r) => r.map((x) => Math.round(x)));
    let fisher: ExactFisher | null = null;
    if (two || opts.exact) {
      fisher = fisherExact(whole);
      exactTooLarge = fisher === null;
    }
    const e = expectedSummary(counts);
    const m = symmetricMeasures(counts);
    tests = {
      pearson: pearsonChiSquare(counts),
      continuity: two ? continuityCorrection(counts) : null,
      likelihood: likelihoodRatio(counts),
      fisher,
      linear: linearByLinear(counts, rowValues, colValues),
      n: total,
      expected: { ...e, percent: (100 * e.below5) / e.cells },
    };
    measures = { ...m, n: total };
  }
  return {
    layer,
    rows: rowValues.map((v) => labelOf(rowVar, v)),
    cols: colValues.map((v) => labelOf(colVar, v)),
    counts,
    rowTotals,
    colTotals,
    total,
    ...cells,
    tests,
    measures,
    constant,
    exactTooLarge,
  };
}

/** ds.variables: the row variable, the column variable and (optionally) the layer variable, in that order. */
export function runCrosstab(ds: Dataset, names: { rows: string; cols: string; layer?: string | null }, opts: CrosstabOptions = {}): { result: CrosstabResult; warnings: string[] } {
  const find = (name: string): Variable => ds.variables.find((v) => v.name === name)!;
  const rowVar = find(names.rows);
  const colVar = find(names.cols);
  const layerVar = names.layer ? find(names.layer) : null;
  const w = ds.weights;
  const vars = layerVar ? [rowVar, colVar, layerVar] : [rowVar, colVar];
  const n = rowVar.values.length;
  // Every category a variable shows among the cases that count (positive weight): too many is continuous.
  categories(rowVar, '--rows', null, w);
  categories(colVar, '--cols', null, w);
  if (layerVar) categories(layerVar, '--layer', null, w);
  const valid: number[] = [];
  let validW = 0;
  let missingW = 0;
  for (let i = 0; i < n; i++) {
    const wi = w ? w[i] : 1;
    if (!(wi > 0)) continue;
    if (vars.every((v) => v.values[i] === v.values[i])) {
      valid.push(i);
      validW += wi;
    } else missingW += wi;
  }
  if (valid.length === 0) throw new AnalysisError(msg('crosstab.err.noCases', { columns: vars.map((v) => v.name) }));
  const cases = Int32Array.from(valid);
  const warnings: string[] = [];
  const dropped: CrosstabResult['dropped'] = [];
  for (const v of vars) {
    const kept = new Set(categories(v, '', cases, w));
    for (const value of categories(v, '', null, w)) {
      if (kept.has(value)) continue;
      const category = labelOf(v, value);
      dropped.push({ variable: v.name, category });
      const others = vars.filter((u) => u !== v).map((u) => u.name);
      warnings.push(warning(msg('crosstab.warn.dropped', { column: v.name, value: category.label ?? String(value), others })));
    }
  }
  const tables: CrosstabTable[] = [];
  if (layerVar) {
    for (const value of categories(layerVar, '--layer', cases, w)) {
      const inLayer = cases.filter((i) => layerVar.values[i] === value);
      tables.push(tableOf(rowVar, colVar, inLayer, w, labelOf(layerVar, value), opts));
    }
  }
  tables.push(tableOf(rowVar, colVar, cases, w, null, opts));
  return {
    result: {
      rowVariable: rowVar.name,
      colVariable: colVar.name,
      layerVariable: layerVar?.name ?? null,
      weight: ds.weightName,
      cases: { valid: validW, missing: missingW, total: validW + missingW },
      tables,
      dropped,
    },
    warnings,
  };
}
