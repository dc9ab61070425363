/**
 * SPSS REGRESSION: the `results` of `csat regress`.
 *
 * Cases: listwise over the dependent variable, every predictor of every block and the weight
 * (SPSS /MISSING LISTWISE). Blocks are SPSS's successive /METHOD subcommands: each block's
 * variables enter (ENTER) or are selected (STEPWISE, FORWARD, BACKWARD) on top of the equation
 * the previous blocks left; every entry or removal is a new model, numbered as SPSS numbers them.
 * Categorical predictors are dummy-coded (0/1 per category, the reference category left out).
 * `modelSummary`, `anova` and `coefficients` describe the final model.
 */
import type { Dataset, Variable } from '../data/dataset.js';
import { selectSummary, type SummaryStats } from '../data/summary.js';
import { AnalysisError, UsageError } from '../errors.js';
import { msg, warning } from '../i18n/index.js';
import {
  DEFAULT_TOLERANCE,
  changeStatistics,
  checkDependent,
  fitConstantOnly,
  fitModel,
  linearCombinationOf,
  prepareRegression,
  regressionFromMoments,
  residualStatistics,
  type AnovaTable,
  type Coefficient,
  type OlsFit,
  type RegressionData,
  type ResidualStatistics,
} from '../stats/regression.js';
import { candidateStatistics, selectVariables, SPSS_CRITERIA, type ExcludedVariable, type SelectionCriteria, type SelectionMethod } from '../stats/stepwise.js';

export interface RegressOptions {
  dependent: string;
  /** Predictor names per block (at least one block). */
  blocks: string[][];
  method?: SelectionMethod;
  /** Probability of F-to-enter (default .05) and to remove (default .10). */
  pin?: number;
  pout?: number;
  /** Variables to dummy-code; reference = a category's label or code (default: the first category). */
  categorical?: { variable: string; reference?: string | null }[];
  /** listwise (SPSS's default) or meansub (SPSS /MISSING MEANSUBSTITUTION). */
  missing?: RegressMissing;
}

export type RegressMissing = 'listwise' | 'meansub';

export interface ModelSummary {
  r: number;
  rSquare: number;
  adjustedRSquare: number;
  stdErrorOfEstimate: number;
  /** Null from a matrix or moments file (it needs the residuals in case order). */
  durbinWatson: number | null;
}

/** One model's fit and its change statistics against the model before it. */
export interface ChangeRow {
  predictors: string[];
  r: number;
  rSquare: number;
  adjustedRSquare: number;
  stdErrorOfEstimate: number;
  rSquareChange: number;
  fChange: number | null;
  df1: number;
  df2: number;
  pChange: number | null;
}

/** A variable not in the model, as SPSS's Excluded Variables table shows it. */
export type ExcludedEntry = Omit<ExcludedVariable, 'index'>;

/** A model as SPSS numbers them (one per ENTER block, one per stepwise step). */
export interface ModelEntry extends ChangeRow {
  model: number;
  block: number;
  method: SelectionMethod;
  entered: string[];
  removed: string[];
  durbinWatson: number | null;
  anova: AnovaTable;
  coefficients: Coefficient[];
  excluded: ExcludedEntry[];
}

export interface StepEntry extends ChangeRow {
  step: number;
  block: number;
  action: 'entered' | 'removed';
  variable: string;
  /** Probability of F-to-enter or F-to-remove that decided the step. */
  probability: number;
  coefficients: Coefficient[];
  excluded: ExcludedEntry[];
}

export interface CategoricalCoding {
  variable: string;
  reference: string;
  dummies: { name: string; level: string; code: number }[];
}

export interface CasewiseRow {
  /** 1-based data row of the input. */
  case: number;
  stdResidual: number;
  observed: number;
  predicted: number;
  residual: number;
}

export interface RegressResult {
  /** The dependent variable (the --outcome column). */
  outcome: string;
  /** Deprecated: the same as `outcome`; left out from the next minor version. */
  dependent: string;
  predictors: string[];
  n: number;
  method: SelectionMethod;
  criteria: SelectionCriteria | null;
  modelSummary: ModelSummary;
  anova: AnovaTable;
  coefficients: Coefficient[];
  blocks: ChangeRow[];
  steps: StepEntry[];
  models: ModelEntry[];
  excluded: ExcludedEntry[];
  collinear: { variable: string; tolerance: number; model: number }[];
  categorical: CategoricalCoding[];
  /** Null from a matrix or moments file: residuals exist only with the rows. */
  residualsStatistics: ResidualStatistics | null;
  casewiseDiagnostics: CasewiseRow[];
  missing: RegressMissing;
  /** Rows used and left out; `substituted` counts the missing values replaced by means. */
  cases: { used: number; excluded: number; substituted: number };
}

/**
 * A selection (stepwise, forward) into which no predictor ever entered: SPSS prints "No
 * variables were entered into the equation." and the variables not in the equation (`excluded`,
 * every candidate against the empty equation); there is no model. (A removal that empties the
 * equation ends instead with the constant-only model, as a RegressResult.)
 */
export interface EmptyRegressResult extends Omit<RegressResult, 'modelSummary' | 'anova' | 'residualsStatistics'> {
  modelSummary: null;
  anova: null;
  residualsStatistics: null;
}

export interface EmptyRegressOutput {
  results: EmptyRegressResult;
  warnings: string[];
  saved: RegressOutput['saved'];
}

export interface RegressOutput {
  results: RegressResult;
  warnings: string[];
  /** Per input row (NaN where a case was not used): SPSS /SAVE PRED RESID ZRESID. */
  saved: { predicted: Float64Array; residuals: Float64Array; stdResiduals: Float64Array };
  /** Means and centred cross-products of the final model's predictors then the outcome, row-major (for --explain). */
  finalModelData: { names: string[]; n: number; means: number[]; sscp: number[] };
}

/** Casewise diagnostics list cases whose standardized residual exceeds this in absolute value. */
export const CASEWISE_THRESHOLD = 3;

function variableOf(ds: Dataset, name: string): Variable {
  const v = ds.variables.find((x) => x.name === name);
  if (!v) throw new Error(`variable '${name}' was not loaded`);
  return v;
}

const levelName = (v: Variable, code: number): string => v.labels.get(code) ?? String(code);

/** The dummy columns of `v` over the kept rows, leaving out the reference category. */
function dummyCode(
  v: Variable,
  rows: number[],
  reference: string | null | undefined,
  taken: Set<string>,
): { coding: CategoricalCoding; columns: Float64Array[]; referenceCode: number } {
  const codes = [...new Set(rows.map((i) => v.values[i]))].sort((a, b) => a - b);
  if (codes.length < 2) {
    throw new AnalysisError(
      msg('regress.err.oneCategory', {
        name: v.name,
        level: codes.length ? levelName(v, codes[0]) : msg('regress.err.noLevel'),
        cases: rows.length,
      }),
    );
  }
  let ref = codes[0];
  if (reference !== undefined && reference !== null) {
    const want = reference.trim();
    const hit =
      codes.find((c) => levelName(v, c) === want) ??
      codes.find((c) => levelName(v, c).toLowerCase() === want.toLowerCase()) ??
      codes.find((c) => String(c) === want);
    if (hit === undefined) {
      throw new UsageError(
        msg('regress.err.notACategory', { level: want, name: v.name, categories: codes.map((c) => `'${levelName(v, c)}'`) }),
      );
    }
    ref = hit;
  }
  const dummies: CategoricalCoding['dummies'] = [];
  const columns: Float64Array[] = [];
  for (const c of codes) {
    if (c === ref) continue;
    let name = `${v.name}_${levelName(v, c)}`;
    while (taken.has(name)) name = `${name}_`;
    taken.add(name);
    dummies.push({ name, level: levelName(v, c), code: c });
    columns.push(Float64Array.from(rows, (i) => (v.values[i] === c ? 1 : 0)));
  }
  return { coding: { variable: v.name, reference: levelName(v, ref), dummies }, columns, referenceCode: ref };
}

function changeRow(fit: OlsFit, prev: OlsFit | null): ChangeRow {
  return {
    predictors: fit.predictors,
    r: fit.r,
    rSquare: fit.rSquare,
    adjustedRSquare: fit.adjustedRSquare,
    stdErrorOfEstimate: fit.stdErrorOfEstimate,
    ...changeStatistics(prev, fit),
  };
}

function excludedFor(data: RegressionData, set: number[], all: number[]): ExcludedEntry[] {
  return all
    .filter((j) => !set.includes(j))
    .map((j) => {
      const { index: _index, ...rest } = candidateStatistics(data, set, j);
      return rest;
    });
}

/** The models of a run: every block entered or selected on top of the previous blocks' equation. */
interface ModelSequence {
  models: ModelEntry[];
  steps: StepEntry[];
  blockRows: ChangeRow[];
  collinear: RegressResult['collinear'];
  warnings: string[];
  lastFit: OlsFit | null;
}

/**
 * Fit the blocks (indices into data.X) in order, as SPSS's successive /METHOD subcommands: ENTER
 * or BACKWARD fits the block on top of the equation so far, then a selection method enters or
 * removes one variable per step; every fit is a model. Shared by rows and summary statistics.
 */
function fitBlocks(data: RegressionData, blockIdx: number[][], method: SelectionMethod, criteria: SelectionCriteria): ModelSequence {
  const names = data.names;
  const dep = data.dependent;
  const all = names.map((_, j) => j);
  // A constant outcome or too few cases is one error for every method, before any selection.
  checkDependent(data);

  const models: ModelEntry[] = [];
  const steps: StepEntry[] = [];
  const blockRows: ChangeRow[] = [];
  const collinear: RegressResult['collinear'] = [];
  const warnings: string[] = [];
  let current: number[] = [];
  let prevFit: OlsFit | null = null;
  let blockStartFit: OlsFit | null = null;
  let lastFit: OlsFit | null = null;
  const addModel = (fit: OlsFit, block: number, m: SelectionMethod, entered: string[], removed: string[]): ModelEntry => {
    const entry: ModelEntry = {
      model: models.length + 1,
      block,
      method: m,
      entered,
      removed,
      ...changeRow(fit, prevFit),
      durbinWatson: fit.durbinWatson,
      anova: fit.anova,
      coefficients: fit.coefficients,
      excluded: excludedFor(data, fit.indices, all),
    };
    models.push(entry);
    prevFit = fit;
    lastFit = fit;
    current = fit.indices;
    return entry;
  };
  blockIdx.forEach((idx, b) => {
    const block = b + 1;
    if (method === 'enter' || method === 'backward') {
      const fit = fitModel(data, [...current, ...idx], { dependent: dep });
      for (const c of fit.collinear) {
        if (collinear.some((x) => x.variable === c.name)) continue;
        collinear.push({ variable: c.name, tolerance: c.tolerance, model: models.length + 1 });
        const others = linearCombinationOf(data, fit.indices, c.index).map((j) => `'${names[j]}'`);
        const reason =
          c.tolerance === 0 && data.constant[c.index]
            ? msg('regress.warn.constant')
            : msg('regress.warn.collinear', {
                others: others.length ? others : msg('regress.warn.otherPredictors'),
                tolerance: c.tolerance.toExponential(1),
                limit: DEFAULT_TOLERANCE,
              });
        warnings.push(warning(msg('regress.warn.leftOut', { name: c.name, reason })));
      }
      addModel(fit, block, 'enter', fit.indices.filter((j) => idx.includes(j)).map((j) => names[j]), []);
    }
    if (method !== 'enter') {
      const candidates = method === 'backward' ? idx.filter((j) => current.includes(j)) : idx;
      const sel = selectVariables(data, current, candidates, method, criteria);
      for (const s of sel) {
        // A removal that empties the equation leaves the constant alone: SPSS prints that model too.
        const fit = s.set.length === 0 ? fitConstantOnly(data) : fitModel(data, s.set, { dependent: dep });
        const entry = addModel(fit, block, method, s.action === 'entered' ? [s.variable] : [], s.action === 'removed' ? [s.variable] : []);
        const { model: _m, block: _b, method: _x, entered: _e, removed: _r, durbinWatson: _d, anova: _a, ...row } = entry;
        steps.push({ step: steps.length + 1, block, action: s.action, variable: s.variable, probability: s.probability, ...row });
      }
    }
    // A stepwise block that entered nothing before any model exists has no row (SPSS prints none).
    if (lastFit === null) return;
    const fit = lastFit as OlsFit;
    blockRows.push(changeRow(fit, blockStartFit));
    blockStartFit = fit;
  });
  return { models, steps, blockRows, collinear, warnings, lastFit };
}

/** PIN and POUT (SPSS's .05 and .10 unless given); a selection needs PIN < POUT. */
function selectionCriteria(opts: RegressOptions, method: SelectionMethod): SelectionCriteria {
  const criteria: SelectionCriteria = { pin: opts.pin ?? SPSS_CRITERIA.pin, pout: opts.pout ?? SPSS_CRITERIA.pout, tolerance: DEFAULT_TOLERANCE };
  if (method !== 'enter' && !(criteria.pin < criteria.pout)) {
    throw new UsageError(msg('regress.err.pinPout', { pin: criteria.pin, pout: criteria.pout }));
  }
  return criteria;
}

/** Every block's predictors in order; the dependent variable, a name twice or none at all is a usage error. */
function checkedPredictors(dep: string, blocks: string[][]): string[] {
  const seen = new Set<string>();
  for (const b of blocks) {
    for (const name of b) {
      if (name === dep) throw new UsageError(msg('regress.err.dependentAsPredictor', { name: dep }));
      if (seen.has(name)) throw new UsageError(msg('regress.err.predictorTwice', { name }));
      seen.add(name);
    }
  }
  if (seen.size === 0) throw new UsageError(msg('regress.err.noPredictors'));
  return [...seen];
}

/** ENTER always ends with a model (or an error); a selection method may end with none. */
export function runRegression(ds: Dataset, opts: RegressOptions & { method?: 'enter' }): RegressOutput;
export function runRegression(ds: Dataset, opts: RegressOptions): RegressOutput | EmptyRegressOutput;
export function runRegression(ds: Dataset, opts: RegressOptions): RegressOutput | EmptyRegressOutput {
  const method = opts.method ?? 'enter';
  const criteria = selectionCriteria(opts, method);
  const dep = opts.dependent;
  const categorical = new Map((opts.categorical ?? []).map((c) => [c.variable, c.reference ?? null]));
  // Blocks of raw variable names; a categorical variable named nowhere joins the last block.
  const blocks = opts.blocks.map((b) => [...b]);
  if (blocks.length === 0) blocks.push([]);
  for (const c of categorical.keys()) if (!blocks.some((b) => b.includes(c))) blocks[blocks.length - 1].push(c);
  const seen = new Set(checkedPredictors(dep, blocks));

  const depVar = variableOf(ds, dep);
  if (depVar.kind === 'string') throw new AnalysisError(msg('regress.err.textDependent', { name: dep }));
  for (const name of seen) {
    const v = variableOf(ds, name);
    if (v.kind === 'string' && !categorical.has(name)) {
      throw new AnalysisError(msg('regress.err.textPredictor', { name, count: v.labels.size }));
    }
  }

  // Cases: a valid weight, and (listwise) every variable present; under mean substitution a
  // missing value takes its variable's mean over the valid cases instead (SPSS
  // /MISSING MEANSUBSTITUTION), except in a categorical predictor, which has no mean.
  const meansub = opts.missing === 'meansub';
  const w = ds.weights;
  const total = depVar.values.length;
  const keep = new Uint8Array(total).fill(1);
  if (w) for (let i = 0; i < total; i++) if (!(w[i] > 0 && Number.isFinite(w[i]))) keep[i] = 0;
  const values = new Map<string, Float64Array>();
  let substituted = 0;
  for (const v of [depVar, ...[...seen].map((n) => variableOf(ds, n))]) {
    const x = v.values;
    if (!meansub || categorical.has(v.name)) {
      for (let i = 0; i < total; i++) if (x[i] !== x[i]) keep[i] = 0;
      values.set(v.name, x);
      continue;
    }
    let sw = 0;
    let sx = 0;
    for (let i = 0; i < total; i++) {
      if (x[i] !== x[i] || (w && !(w[i] > 0 && Number.isFinite(w[i])))) continue;
      sw += w ? w[i] : 1;
      sx += (w ? w[i] : 1) * x[i];
    }
    if (sw === 0) throw new AnalysisError(msg('regress.err.noValidValue', { name: v.name }));
    const mean = sx / sw;
    let missingHere = 0;
    const filled = x.map((value) => {
      if (value === value) return value;
      missingHere++;
      return mean;
    });
    substituted += missingHere;
    values.set(v.name, missingHere ? filled : x);
  }
  const valuesOf = (v: Variable): Float64Array => values.get(v.name) as Float64Array;
  const rows: number[] = [];
  for (let i = 0; i < total; i++) if (keep[i]) rows.push(i);
  // Copy a column down to the kept rows (no copy when every row is kept).
  const subset = (x: Float64Array): Float64Array => (rows.length === total ? x : Float64Array.from(rows, (i) => x[i]));
  if (rows.length === 0) {
    // Name the column at fault when one has no value at all.
    for (const v of [depVar, ...[...seen].map((n) => variableOf(ds, n))]) {
      if (!v.values.some((x) => x === x)) throw new AnalysisError(msg('regress.err.emptyColumn', { name: v.name }));
    }
    throw new AnalysisError(msg('regress.err.noCompleteCase', { name: dep }));
  }

  const names: string[] = [];
  const X: Float64Array[] = [];
  const blockIdx: number[][] = [];
  const codings: CategoricalCoding[] = [];
  // How to read each model column off a full data row, for predictions of cases left out of the fit.
  const columnSource = new Map<string, { values: Float64Array; code?: number; known?: Set<number> }>();
  const taken = new Set<string>([dep, ...seen]);
  for (const b of blocks) {
    const idx: number[] = [];
    for (const name of b) {
      const v = variableOf(ds, name);
      if (categorical.has(name)) {
        const { coding, columns, referenceCode } = dummyCode(v, rows, categorical.get(name), taken);
        codings.push(coding);
        const known = new Set([referenceCode, ...coding.dummies.map((d) => d.code)]);
        coding.dummies.forEach((d, k) => {
          columnSource.set(d.name, { values: v.values, code: d.code, known });
          idx.push(names.length);
          names.push(d.name);
          X.push(columns[k]);
        });
      } else {
        columnSource.set(name, { values: valuesOf(v) });
        idx.push(names.length);
        names.push(name);
        X.push(subset(valuesOf(v)));
      }
    }
    blockIdx.push(idx);
  }
  const data = prepareRegression(
    subset(valuesOf(depVar)),
    X,
    names,
    w ? subset(w) : null,
    dep,
  );
  const seq = fitBlocks(data, blockIdx, method, criteria);
  const missingMode: RegressMissing = meansub ? 'meansub' : 'listwise';
  const cases = { used: rows.length, excluded: total - rows.length, substituted };
  const out = assemble(data, seq, method, criteria, { categorical: codings, missing: missingMode, cases });
  if (out.results.modelSummary === null || seq.lastFit === null) {
    const none = () => new Float64Array(total).fill(NaN);
    return { results: out.results as EmptyRegressResult, warnings: out.warnings, saved: { predicted: none(), residuals: none(), stdResiduals: none() } };
  }

  const final = seq.lastFit;
  const rs = residualStatistics(final, data.weights);
  const casewise: CasewiseRow[] = [];
  const saved = {
    predicted: new Float64Array(total).fill(NaN),
    residuals: new Float64Array(total).fill(NaN),
    stdResiduals: new Float64Array(total).fill(NaN),
  };
  rows.forEach((row, i) => {
    const z = final.residuals[i] / final.stdErrorOfEstimate;
    saved.predicted[row] = final.fitted[i];
    saved.residuals[row] = final.residuals[i];
    saved.stdResiduals[row] = z;
    if (Math.abs(z) > CASEWISE_THRESHOLD) {
      casewise.push({ case: row + 1, stdResidual: z, observed: data.y[i], predicted: final.fitted[i], residual: final.residuals[i] });
    }
  });
  // SPSS /SAVE PRED also predicts the cases left out only because the dependent variable is
  // missing (every predictor of the final model present, a category seen in the fit): the usual way
  // to score new respondents. They have no residual.
  const yAll = valuesOf(depVar);
  const b0 = final.coefficients[0].b;
  for (let row = 0; row < total; row++) {
    if (yAll[row] === yAll[row] || (w && !(w[row] > 0 && Number.isFinite(w[row])))) continue;
    let pred = b0;
    for (const c of final.coefficients.slice(1)) {
      const src = columnSource.get(c.term);
      const x = src ? src.values[row] : NaN;
      if (x !== x || (src?.known && !src.known.has(x))) {
        pred = NaN;
        break;
      }
      pred += c.b * (src!.code === undefined ? x : x === src!.code ? 1 : 0);
    }
    saved.predicted[row] = pred;
  }
  return {
    results: { ...(out.results as RegressResult), residualsStatistics: rs, casewiseDiagnostics: casewise },
    warnings: out.warnings,
    saved,
    finalModelData: modelData(data, final.indices),
  };
}

/**
 * The results of a fitted sequence, without what needs the rows (residual statistics, casewise
 * diagnostics): the final model's tables, or, when nothing ever entered, the empty equation.
 */
function assemble(
  data: RegressionData,
  seq: ModelSequence,
  method: SelectionMethod,
  criteria: SelectionCriteria,
  extra: Pick<RegressResult, 'categorical' | 'missing' | 'cases'>,
): { results: RegressResult | EmptyRegressResult; warnings: string[] } {
  const dep = data.dependent;
  const { models, steps, blockRows, collinear, warnings, lastFit } = seq;
  // The fields around the model's own tables, in the order of the JSON contract.
  const head = (predictors: string[], n: number) => ({ outcome: dep, dependent: dep, predictors, n, method, criteria: method === 'enter' ? null : criteria });
  const tail = (excluded: ExcludedEntry[]) => ({
    blocks: blockRows,
    steps,
    models,
    excluded,
    collinear,
    categorical: extra.categorical,
    residualsStatistics: null,
    casewiseDiagnostics: [],
    missing: extra.missing,
    cases: extra.cases,
  });
  if (lastFit === null) {
    return {
      results: { ...head([], data.n), modelSummary: null, anova: null, coefficients: [], ...tail(excludedFor(data, [], data.names.map((_, j) => j))) },
      warnings: [...warnings, warning(msg('regress.warn.noneEntered', { name: dep, pin: criteria.pin }))],
    };
  }
  const final = lastFit;
  const { r, rSquare, adjustedRSquare, stdErrorOfEstimate, durbinWatson } = final;
  return {
    results: {
      ...head(final.predictors, final.n),
      modelSummary: { r, rSquare, adjustedRSquare, stdErrorOfEstimate, durbinWatson },
      anova: final.anova,
      coefficients: final.coefficients,
      ...tail(models[models.length - 1].excluded),
    },
    warnings: final.predictors.length ? warnings : [...warnings, warning(msg('regress.warn.allRemoved', { name: dep, pout: criteria.pout }))],
  };
}

/**
 * REGRESSION /MATRIX=IN: the same models from a MATRIX DATA or moments file (n, means and
 * covariances of the dependent variable and the predictors), equal to the run on the rows the
 * file was made from. What needs the rows is not there: residual statistics, casewise
 * diagnostics, Durbin-Watson and saved values; categorical predictors and mean substitution are
 * refused by the command.
 */
export function runRegressionFromSummary(summary: SummaryStats, opts: RegressOptions): { results: RegressResult | EmptyRegressResult; warnings: string[] } {
  const method = opts.method ?? 'enter';
  const criteria = selectionCriteria(opts, method);
  const dep = opts.dependent;
  const predictors = checkedPredictors(dep, opts.blocks);
  const sub = selectSummary(summary, [...predictors, dep]);
  if (!sub.cov) throw new UsageError(msg('summary.err.noSd', { file: summary.file, what: 'REGRESSION' }));
  if (!sub.means) throw new UsageError(msg('summary.err.noMeans', { file: summary.file, what: 'REGRESSION' }));
  const sscp = sub.cov.map((c) => c * (sub.n - 1));
  const data = regressionFromMoments(sub.n, sub.means, sscp, predictors, dep);
  let k = 0;
  const blockIdx = opts.blocks.map((b) => b.map(() => k++));
  const seq = fitBlocks(data, blockIdx, method, criteria);
  const cases = { used: summary.rows ?? summary.n, excluded: summary.excluded, substituted: 0 };
  return assemble(data, seq, method, criteria, { categorical: [], missing: 'listwise', cases });
}

/** The final model's slice of the shared cross-products (its predictors, then the outcome). */
function modelData(data: RegressionData, indices: number[]): RegressOutput['finalModelData'] {
  const idx = [...indices, data.names.length];
  const m = data.names.length + 1;
  return {
    names: indices.map((j) => data.names[j]),
    n: data.n,
    means: idx.map((j) => data.means[j]),
    sscp: idx.flatMap((a) => idx.map((c) => data.sscp[a * m + c])),
  };
}
