/**
 * Model statements -> the parameter table and the LISREL matrices of a structural equation model,
 * with lavaan's defaults (Rosseel 2012, lavaan 0.6 `cfa()`/`sem()`):
 *
 * - the first loading of each factor is fixed to 1, unless the user fixed one; with `stdLv` every
 *   loading is free and the factors' (residual) variances are fixed to 1 instead;
 * - residual variances of the indicators and (residual) variances of the latents are free;
 * - covariances among exogenous factors are free, and among the "pure" outcomes (lhs of `~` that
 *   predict nothing), latent or observed, as lavaan's auto.cov.y adds them;
 * - an observed variable that is not an indicator but appears in `~` or `~~` becomes a latent of
 *   its own (loading 1, no residual), so regressions live in Beta only; an exogenous one has its
 *   variance free (lavaan's fixed.x = FALSE; its covariances with other exogenous observed
 *   variables are free, with exogenous factors 0, as lavaan does);
 * - an indicator of a latent that is itself a factor (second order) is a Beta entry.
 *
 * Sigma(theta) = Lambda (I - B)^-1 Psi (I - B)^-T Lambda' + Theta.
 * Structural paths must be recursive (B acyclic), so (I - B)^-1 always exists.
 */
import { AnalysisError, UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { multiply, transpose } from './linalg.js';
import { ModelSyntaxError, type ModelStatement, type Operator } from './syntax.js';

export type MatrixName = 'lambda' | 'beta' | 'psi' | 'theta';

/** One row of the parameter table (lavaan's partable). */
export interface Parameter {
  lhs: string;
  op: Operator;
  rhs: string;
  /** Written in the model, rather than added by a default rule. */
  user: boolean;
  free: boolean;
  /** The fixed value (for a free parameter: 0 until estimated). */
  value: number;
  matrix: MatrixName;
  row: number;
  col: number;
}

export interface SemModel {
  /** Observed variables (rows of Lambda, of Sigma): the indicators, then the others. */
  observed: string[];
  /** Latent variables (columns of Lambda): the factors, then one per observed non-indicator in the structural part. */
  latent: string[];
  /** Per latent: true for an observed variable carried as a latent (loading 1, no residual). */
  single: boolean[];
  /** The factors (lhs of `=~`), in the order given. */
  factors: string[];
  /** Per latent: endogenous (lhs of `~`, or an indicator of another factor). */
  endogenous: boolean[];
  params: Parameter[];
  /** Indices into params of the free parameters, in the order of the parameter vector. */
  free: number[];
}

/** The matrices at one parameter vector. */
export interface Matrices {
  p: number;
  m: number;
  lambda: Float64Array;
  beta: Float64Array;
  psi: Float64Array;
  theta: Float64Array;
}

export interface ModelOptions {
  /** Fix the factors' variances to 1 instead of their first loadings (lavaan's std.lv). */
  stdLv?: boolean;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Build the parameter table of a model. */
export function buildModel(statements: ModelStatement[], options: ModelOptions = {}): SemModel {
  const stdLv = options.stdLv ?? false;
  const factors: string[] = [];
  for (const s of statements) if (s.op === '=~' && !factors.includes(s.lhs)) factors.push(s.lhs);
  const isFactor = new Set(factors);
  const indicators: string[] = [];
  for (const s of statements) if (s.op === '=~' && !isFactor.has(s.rhs) && !indicators.includes(s.rhs)) indicators.push(s.rhs);
  const isIndicator = new Set(indicators);

  // Observed variables of the structural part become single-indicator latents.
  const singles: string[] = [];
  for (const s of statements) {
    if (s.op === '=~') continue;
    for (const name of [s.lhs, s.rhs]) {
      if (isFactor.has(name) || singles.includes(name)) continue;
      if (isIndicator.has(name)) {
        if (s.op === '~') throw new ModelSyntaxError(s.line, s.column, msg('cfa.model.indicatorRegressed', { name }));
        const other = name === s.lhs ? s.rhs : s.lhs;
        if (!isIndicator.has(other)) throw new ModelSyntaxError(s.line, s.column, msg('cfa.model.mixedCovariance', { a: s.lhs, b: s.rhs }));
        continue;
      }
      singles.push(name);
    }
  }
  const observed = [...indicators, ...singles];
  const latent = [...factors, ...singles];
  const ov = new Map(observed.map((n, i) => [n, i]));
  const lv = new Map(latent.map((n, i) => [n, i]));

  const params: Parameter[] = [];
  const given = new Set<string>();
  const add = (lhs: string, op: Operator, rhs: string, user: boolean, fixed: number | null, matrix: MatrixName, row: number, col: number): Parameter => {
    const p: Parameter = { lhs, op, rhs, user, free: fixed === null, value: fixed ?? 0, matrix, row, col };
    params.push(p);
    given.add(`${op}\u0000${op === '~~' ? pairKey(lhs, rhs) : `${lhs}\u0000${rhs}`}`);
    return p;
  };
  const has = (op: Operator, a: string, b: string): boolean => given.has(`${op}\u0000${op === '~~' ? pairKey(a, b) : `${a}\u0000${b}`}`);

  const endogenous = latent.map(() => false);
  const predictors = new Set<string>();
  const outcomes = new Set<string>();
  const loadings = new Map<string, Parameter[]>(factors.map((f) => [f, []]));
  for (const s of statements) {
    if (s.op === '=~') {
      const f = lv.get(s.lhs)!;
      const par = isFactor.has(s.rhs)
        ? add(s.lhs, '=~', s.rhs, true, s.fixed, 'beta', lv.get(s.rhs)!, f)
        : add(s.lhs, '=~', s.rhs, true, s.fixed, 'lambda', ov.get(s.rhs)!, f);
      if (isFactor.has(s.rhs)) endogenous[lv.get(s.rhs)!] = true;
      loadings.get(s.lhs)!.push(par);
    } else if (s.op === '~') {
      add(s.lhs, '~', s.rhs, true, s.fixed, 'beta', lv.get(s.lhs)!, lv.get(s.rhs)!);
      endogenous[lv.get(s.lhs)!] = true;
      outcomes.add(s.lhs);
      predictors.add(s.rhs);
    } else if (isIndicator.has(s.lhs)) {
      const [i, j] = [ov.get(s.lhs)!, ov.get(s.rhs)!];
      add(s.lhs, '~~', s.rhs, true, s.fixed, 'theta', Math.max(i, j), Math.min(i, j));
    } else {
      const [i, j] = [lv.get(s.lhs)!, lv.get(s.rhs)!];
      add(s.lhs, '~~', s.rhs, true, s.fixed, 'psi', Math.max(i, j), Math.min(i, j));
    }
  }

  // Scale of each factor: its first loading, or (std.lv) its variance.
  for (const f of factors) {
    const list = loadings.get(f)!;
    if (!stdLv && !list.some((q) => !q.free)) {
      list[0].free = false;
      list[0].value = 1;
    }
  }
  for (const name of indicators) if (!has('~~', name, name)) add(name, '~~', name, false, null, 'theta', ov.get(name)!, ov.get(name)!);
  for (const name of latent) {
    if (has('~~', name, name)) continue;
    const i = lv.get(name)!;
    add(name, '~~', name, false, stdLv && isFactor.has(name) ? 1 : null, 'psi', i, i);
  }
  const exogenousFactors = factors.filter((f) => !endogenous[lv.get(f)!]);
  const exogenousSingles = singles.filter((s) => !endogenous[lv.get(s)!]);
  const pureOutcomes = latent.filter((n) => outcomes.has(n) && !predictors.has(n));
  for (const group of [exogenousFactors, exogenousSingles, pureOutcomes]) {
    for (let a = 0; a < group.length; a++) {
      for (let b = a + 1; b < group.length; b++) {
        if (has('~~', group[a], group[b])) continue;
        const [i, j] = [lv.get(group[a])!, lv.get(group[b])!];
        add(group[a], '~~', group[b], false, null, 'psi', Math.max(i, j), Math.min(i, j));
      }
    }
  }

  // A factor with one indicator is not identified unless something more is fixed (its residual variance).
  for (const f of factors) {
    const list = loadings.get(f)!;
    if (list.length !== 1) continue;
    const ind = list[0];
    const residual = params.find((q) => q.op === '~~' && q.lhs === ind.rhs && q.rhs === ind.rhs);
    if (!residual || residual.free) throw new UsageError(msg('cfa.model.singleIndicator', { factor: f, item: ind.rhs }));
  }
  checkRecursive(latent, params);
  const free = params.flatMap((q, k) => (q.free ? [k] : []));
  return { observed, latent, single: latent.map((_, i) => i >= factors.length), factors, endogenous, params, free };
}

/** Structural paths must not form a cycle (B acyclic): a cycle is named in the error. */
function checkRecursive(latent: string[], params: Parameter[]): void {
  const m = latent.length;
  const next: number[][] = latent.map(() => []);
  for (const q of params) if (q.matrix === 'beta') next[q.col].push(q.row);
  const state = new Uint8Array(m);
  const stack: number[] = [];
  const visit = (v: number): void => {
    state[v] = 1;
    stack.push(v);
    for (const w of next[v]) {
      if (state[w] === 1) {
        const cycle = [...stack.slice(stack.indexOf(w)), w].map((k) => latent[k]);
        throw new AnalysisError(msg('cfa.model.cyclic', { cycle: cycle.join(' → ') }));
      }
      if (state[w] === 0) visit(w);
    }
    stack.pop();
    state[v] = 2;
  };
  for (let v = 0; v < m; v++) if (state[v] === 0) visit(v);
}

/** The matrices at the parameter vector `x` (free parameters in model.free order). */
export function matricesAt(model: SemModel, x: ArrayLike<number>): Matrices {
  const p = model.observed.length;
  const m = model.latent.length;
  const mats: Matrices = { p, m, lambda: new Float64Array(p * m), beta: new Float64Array(m * m), psi: new Float64Array(m * m), theta: new Float64Array(p * p) };
  model.latent.forEach((name, j) => {
    if (model.single[j]) mats.lambda[model.observed.indexOf(name) * m + j] = 1;
  });
  let k = 0;
  const freeAt = new Map(model.free.map((idx, n) => [idx, n]));
  model.params.forEach((q, idx) => {
    const v = q.free ? x[freeAt.get(idx)!] : q.value;
    if (q.free) k++;
    setEntry(mats, q, v);
  });
  if (k !== x.length) throw new RangeError('matricesAt: one value per free parameter');
  return mats;
}

function setEntry(mats: Matrices, q: Parameter, v: number): void {
  const { p, m } = mats;
  switch (q.matrix) {
    case 'lambda':
      mats.lambda[q.row * m + q.col] = v;
      break;
    case 'beta':
      mats.beta[q.row * m + q.col] = v;
      break;
    case 'psi':
      mats.psi[q.row * m + q.col] = v;
      mats.psi[q.col * m + q.row] = v;
      break;
    case 'theta':
      mats.theta[q.row * p + q.col] = v;
      mats.theta[q.col * p + q.row] = v;
      break;
  }
}

/** (I - B)^-1 for an acyclic B: I + B + B^2 + ... (B is nilpotent, so the series ends within m terms). */
export function reducedForm(beta: Float64Array, m: number): Float64Array {
  const A = new Float64Array(m * m);
  for (let i = 0; i < m; i++) A[i * m + i] = 1;
  let power: Float64Array = Float64Array.from(A);
  for (let k = 1; k < m; k++) {
    power = multiply(power, beta, m, m, m);
    let any = false;
    for (let i = 0; i < m * m; i++) {
      if (power[i] !== 0) any = true;
      A[i] += power[i];
    }
    if (!any) break;
  }
  return A;
}

/** The model-implied moments at given matrices. */
export interface Implied {
  /** (I - B)^-1 (m x m). */
  A: Float64Array;
  /** Lambda A (p x m). */
  M: Float64Array;
  /** Model-implied covariance of the latents, A Psi A' (m x m). */
  latentCov: Float64Array;
  /** M Psi A' (p x m): column j is d Sigma / d Lambda_ij's partner vector. */
  K: Float64Array;
  sigma: Float64Array;
}

export function implied(mats: Matrices): Implied {
  const { p, m } = mats;
  const A = reducedForm(mats.beta, m);
  const At = transpose(A, m, m);
  const M = multiply(mats.lambda, A, p, m, m);
  const psiAt = multiply(mats.psi, At, m, m, m);
  const latentCov = multiply(A, psiAt, m, m, m);
  const K = multiply(M, psiAt, p, m, m);
  const sigma = multiply(multiply(M, mats.psi, p, m, m), transpose(M, p, m), p, m, p);
  for (let i = 0; i < p * p; i++) sigma[i] += mats.theta[i];
  // Exact symmetry, so the Cholesky factor does not see rounding asymmetry.
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < i; j++) {
      const v = (sigma[i * p + j] + sigma[j * p + i]) / 2;
      sigma[i * p + j] = v;
      sigma[j * p + i] = v;
    }
  }
  return { A, M, latentCov, K, sigma };
}

/** The free parameters' current values, read off the table (fixed rows keep their values). */
export function freeValues(model: SemModel): Float64Array {
  return Float64Array.from(model.free, (k) => model.params[k].value);
}
