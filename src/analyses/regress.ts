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
import { AnalysisError, UsageError } from '../errors.js';
import { msg, warning } from '../i18n/index.js';
import {
  DEFAULT_TOLERANCE,
  changeStatistics,
  checkDependent,
  fitModel,
  linearCombinationOf,
  prepareRegression,
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
  durbinWatson: number;
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
  durbinWatson: number;
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
  residualsStatistics: ResidualStatistics;
  casewiseDiagnostics: CasewiseRow[];
  missing: RegressMissing;
  /** Rows used and left out; `substituted` counts the missing values replaced by means. */
  cases: { used: number; excluded: number; substituted: number };
}

/**
 * A selection (stepwise, forward, backward) that ends with no predictor in the equation: SPSS
 * prints "No variables were entered into the equation." with the steps taken and the variables
 * not in the equation. `models` and `steps` hold the models fitted on the way (backward), and
 * `excluded` every candidate against the empty equation; there is no final model.
 */
export interface EmptyRegressResult extends Omit<RegressResult, 'modelSummary' | 'anova' | 'residualsStatistics'> {
  modelSummary: null;
  anova: null;
  residualsStatistics: null;
  /** The removal that emptied the equation (backward, stepwise), or null when nothing entered. */
  lastRemoved: { variable: string; block: number; probability: number } | null;
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

/** ENTER always ends with a model (or an error); a selection method may end with none. */
export function runRegression(ds: Dataset, opts: RegressOptions & { method?: 'enter' }): RegressOutput;
export function runRegression(ds: Dataset, opts: RegressOptions): RegressOutput | EmptyRegressOutput;
export function runRegression(ds: Dataset, opts: RegressOptions): RegressOutput | EmptyRegressOutput {
  const method = opts.method ?? 'enter';
  const criteria: SelectionCriteria = { pin: opts.pin ?? SPSS_CRITERIA.pin, pout: opts.pout ?? SPSS_CRITERIA.pout, tolerance: DEFAULT_TOLERANCE };
  if (method !== 'enter' && !(criteria.pin < criteria.pout)) {
    throw new UsageError(msg('regress.err.pinPout', { pin: criteria.pin, pout: criteria.pout }));
  }
  const dep = opts.dependent;
  const categorical = new Map((opts.categorical ?? []).map((c) => [c.variable, c.reference ?? null]));
  // Blocks of raw variable names; a categorical variable named nowhere joins the last block.
  const blocks = opts.blocks.map((b) => [...b]);
  if (blocks.length === 0) blocks.push([]);
  for (const c of categorical.keys()) if (!blocks.some((b) => b.includes(c))) blocks[blocks.length - 1].push(c);
  const seen = new Set<string>();
  for (const b of blocks) {
    for (const name of b) {
      if (name === dep) throw new UsageError(msg('regress.err.dependentAsPredictor', { name: dep }));
      if (seen.has(name)) throw new UsageError(msg('regress.err.predictorTwice', { name }));
      seen.add(name);
    }
  }
  if (seen.size === 0) throw new UsageError(msg('regress.err.noPredictors'));

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
  const all = names.map((_, j) => j);

  const models: ModelEntry[] = [];
  const steps: StepEntry[] = [];
  const blockRows: ChangeRow[] = [];
  const collinear: RegressResult['collinear'] = [];
  const warnings: string[] = [];
  let current: number[] = [];
  let prevFit: OlsFit | null = null;
  let blockStartFit: OlsFit | null = null;
  let lastFit: OlsFit | null = null;
  let lastRemoved: EmptyRegressResult['lastRemoved'] = null;
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
  checkDependent(data);
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
        if (s.set.length === 0) {
          // The removal emptied the equation: no model to fit (the constant alone is left).
          lastRemoved = { variable: s.variable, block, probability: s.probability };
          current = [];
          lastFit = null;
          prevFit = null;
          continue;
        }
        lastRemoved = null;
        const fit = fitModel(data, s.set, { dependent: dep });
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
  const missingMode: RegressMissing = meansub ? 'meansub' : 'listwise';
  const cases = { used: rows.length, excluded: total - rows.length, substituted };
  if (lastFit === null) {
    const none = () => new Float64Array(total).fill(NaN);
    return {
      results: {
        outcome: dep,
        dependent: dep,
        predictors: [],
        n: data.n,
        method,
        criteria: method === 'enter' ? null : criteria,
        modelSummary: null,
        anova: null,
        coefficients: [],
        blocks: blockRows,
        steps,
        models,
        excluded: excludedFor(data, [], all),
        collinear,
        categorical: codings,
        residualsStatistics: null,
        casewiseDiagnostics: [],
        missing: missingMode,
        cases,
        lastRemoved,
      },
      warnings: [...warnings, warning(msg(lastRemoved ? 'regress.warn.allRemoved' : 'regress.warn.noneEntered', { name: dep, pin: criteria.pin, pout: criteria.pout }))],
      saved: { predicted: none(), residuals: none(), stdResiduals: none() },
    };
  }

  const final = lastFit as unknown as OlsFit;
  const finalModel = models[models.length - 1];
  const wk = data.weights;
  const rs = residualStatistics(final, wk);
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
    results: {
      outcome: dep,
      dependent: dep,
      predictors: final.predictors,
      n: final.n,
      method,
      criteria: method === 'enter' ? null : criteria,
      modelSummary: {
        r: final.r,
        rSquare: final.rSquare,
        adjustedRSquare: final.adjustedRSquare,
        stdErrorOfEstimate: final.stdErrorOfEstimate,
        durbinWatson: final.durbinWatson,
      },
      anova: final.anova,
      coefficients: final.coefficients,
      blocks: blockRows,
      steps,
      models,
      excluded: finalModel.excluded,
      collinear,
      categorical: codings,
      residualsStatistics: rs,
      casewiseDiagnostics: casewise,
      missing: missingMode,
      cases,
    },
    warnings,
    saved,
    finalModelData: modelData(data, final.indices),
  };
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
