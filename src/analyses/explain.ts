/**
 * `--explain`: the numbers of this data that go into each formula, so a teacher can show how alpha,
 * KMO, Bartlett's chi-square, the first eigenvalue, varimax, a correlation and OLS come out. Each
 * function returns the worked quantities (JSON `explain`); report/explain.ts writes them out as
 * the formula with the numbers put in.
 */
import type { Dataset } from '../data/dataset.js';
import { averageRanks, centredSums, correlationP, type CorrelationMethod, type MissingMode } from '../stats/correlation.js';
import { powerIteration } from '../stats/power-iteration.js';
import { bartlett, kmo as kmoStat } from '../stats/sphericity.js';
import type { CorrResult } from './corr.js';
import type { ItemCorrelations } from './factor-input.js';
import type { FactorResult } from './factor.js';
import type { ScaleReliability } from './reliability.js';
import type { EmptyRegressOutput, RegressOutput } from './regress.js';

/** Every worked formula of a run; each member is there when its table is. */
export interface Explanations {
  /** One per computed scale, in order; null where alpha does not exist. */
  alpha: (AlphaWorked | null)[];
  kmo: KmoWorked | null;
  factor: FactorWorked | null;
  corr: CorrWorked | null;
  ols: OlsWorked | null;
}

/** The explanations a command has, the others empty. */
export function explanations(some: Partial<Explanations>): Explanations {
  return { alpha: [], kmo: null, factor: null, corr: null, ols: null, ...some };
}

/** alpha = k/(k-1) (1 - sum of item variances / variance of the total). */
export interface AlphaWorked {
  scale: string;
  k: number;
  sumItemVariances: number;
  totalVariance: number;
  alpha: number;
}

export function alphaWorked(s: ScaleReliability): AlphaWorked | null {
  if (s.alpha === null || s.itemStatistics.length < 2) return null;
  const sumItemVariances = s.itemStatistics.reduce((sum, it) => sum + it.sd * it.sd, 0);
  return { scale: s.name, k: s.itemStatistics.length, sumItemVariances, totalVariance: s.scale.variance, alpha: s.alpha };
}

/** KMO's two sums and Bartlett's chi-square with its parts. */
export interface KmoWorked {
  p: number;
  n: number;
  sumR2: number;
  sumA2: number;
  kmo: number;
  logDeterminant: number;
  /** n - 1 - (2p + 5)/6, the multiplier of -ln|R|. */
  bartlettFactor: number;
  chiSquare: number;
  df: number;
  /** Bartlett's Sig. */
  sig: number;
}

export function kmoWorked(c: ItemCorrelations): KmoWorked {
  const p = c.items.length;
  const k = kmoStat(c.r, c.rInverse, p);
  const bartlettFactor = c.n - 1 - (2 * p + 5) / 6;
  const b = bartlett(c.logDeterminant, c.n, p);
  return {
    p,
    n: c.n,
    sumR2: k.sumR2,
    sumA2: k.sumA2,
    kmo: k.kmo,
    logDeterminant: c.logDeterminant,
    bartlettFactor,
    chiSquare: b.chiSquare,
    df: b.df,
    sig: b.p,
  };
}

/** The first eigenvalue by power iteration, and the varimax criterion sweep by sweep. */
export interface FactorWorked {
  p: number;
  /** lambda after each power-iteration step, until it changes by less than `powerTolerance`. */
  powerSteps: number[];
  powerTolerance: number;
  /** The exact largest root (Total Variance Explained's first Total). */
  firstEigenvalue: number;
  percentOfVariance: number;
  /** Orthogonal rotation only: V before the first sweep and after each. */
  rotation: { method: 'varimax' | 'quartimax'; criteria: number[]; rconverge: number } | null;
}

/** Where the slide's power iteration stops: the fourth decimal it prints stops changing. */
const POWER_TOLERANCE = 1e-4;

export function factorWorked(c: ItemCorrelations, f: FactorResult, rconverge = 1e-4): FactorWorked {
  const p = c.items.length;
  const power = powerIteration(c.r, p, POWER_TOLERANCE);
  const rotation =
    (f.rotation === 'varimax' || f.rotation === 'quartimax') && f.rotationCriteria
      ? { method: f.rotation, criteria: f.rotationCriteria, rconverge }
      : null;
  return {
    p,
    powerSteps: power.steps,
    powerTolerance: POWER_TOLERANCE,
    firstEigenvalue: f.eigenvalues[0],
    percentOfVariance: (100 * f.eigenvalues[0]) / p,
    rotation,
  };
}

/** r of the first pair from its centred sums, and the t behind its Sig. */
export interface CorrWorked {
  method: CorrelationMethod;
  x: string;
  y: string;
  n: number;
  sxy: number;
  sxx: number;
  syy: number;
  r: number;
  t: number | null;
  df: number;
  p: number | null;
}

/**
 * The first off-diagonal cell of the matrix: the cases `corr` used for it (every variable present
 * under listwise deletion, the pair under pairwise), ranked first for Spearman.
 */
export function corrWorked(ds: Dataset, result: CorrResult, missing: MissingMode): CorrWorked | null {
  const cols = result.with ?? result.variables;
  const j = result.with ? 0 : 1;
  if (result.variables.length === 0 || cols.length <= j) return null;
  const r = result.r[0][j];
  if (r === null) return null;
  const valuesOf = (name: string) => ds.variables.find((v) => v.name === name)!.values;
  const x0 = valuesOf(result.variables[0]);
  const y0 = valuesOf(cols[j]);
  const w = ds.weights;
  const used = missing === 'listwise' ? [...new Set([...result.variables, ...cols])].map(valuesOf) : [x0, y0];
  const rows: number[] = [];
  for (let i = 0; i < x0.length; i++) {
    if (w && !(w[i] > 0 && Number.isFinite(w[i]))) continue;
    if (used.every((v) => v[i] === v[i])) rows.push(i);
  }
  let x: Float64Array = Float64Array.from(rows, (i) => x0[i]);
  let y: Float64Array = Float64Array.from(rows, (i) => y0[i]);
  const wk = w ? Float64Array.from(rows, (i) => w[i]) : null;
  if (result.method === 'spearman') {
    x = averageRanks(x, wk);
    y = averageRanks(y, wk);
  }
  const { n, sxx, syy, sxy } = centredSums(x, y, wk);
  const df = n - 2;
  const t = df > 0 && Math.abs(r) < 1 ? (r * Math.sqrt(df)) / Math.sqrt(1 - r * r) : null;
  return { method: result.method, x: result.variables[0], y: cols[j], n, sxy, sxx, syy, r, t, df, p: correlationP(r, n) };
}

/** B = (X'X)^-1 X'y with a leading column of ones, and R^2 from the ANOVA sums. */
export interface OlsWorked {
  /** '(Constant)' then the predictors of the final model. */
  terms: string[];
  /** (k+1) x (k+1): sum of w x x' over the cases, the first row and column for the constant. */
  xtx: number[][];
  xty: number[];
  b: number[];
  ssRegression: number;
  ssResidual: number;
  ssTotal: number;
  rSquare: number;
  dfRegression: number;
  dfResidual: number;
  f: number | null;
}

/**
 * From the model's means and centred cross-products (n = sum of weights): the raw cross-products
 * are sscp + n m m', and the constant's row holds n and n m.
 */
export function olsWorked(
  data: { names: string[]; n: number; means: ArrayLike<number>; sscp: ArrayLike<number> },
  b: number[],
  anova: { regression: { sumOfSquares: number; df: number }; residual: { sumOfSquares: number; df: number }; total: { sumOfSquares: number }; f: number | null },
  rSquare: number,
): OlsWorked {
  const k = data.names.length;
  const m = k + 1;
  const mean = (j: number) => data.means[j];
  const raw = (a: number, c: number) => data.sscp[a * m + c] + data.n * mean(a) * mean(c);
  const xtx: number[][] = [[data.n, ...Array.from({ length: k }, (_, j) => data.n * mean(j))]];
  for (let i = 0; i < k; i++) xtx.push([data.n * mean(i), ...Array.from({ length: k }, (_, j) => raw(i, j))]);
  const xty = [data.n * mean(k), ...Array.from({ length: k }, (_, j) => raw(j, k))];
  return {
    terms: ['(Constant)', ...data.names],
    xtx,
    xty,
    b,
    ssRegression: anova.regression.sumOfSquares,
    ssResidual: anova.residual.sumOfSquares,
    ssTotal: anova.total.sumOfSquares,
    rSquare,
    dfRegression: anova.regression.df,
    dfResidual: anova.residual.df,
    f: anova.f !== null && Number.isFinite(anova.f) ? anova.f : null,
  };
}

/** OLS of a regression run's final model; null when the run ended with no model. */
export function regressionWorked(out: RegressOutput | EmptyRegressOutput): OlsWorked | null {
  const r = out.results;
  if (!r.anova || !r.modelSummary || !('finalModelData' in out)) return null;
  return olsWorked(out.finalModelData, r.coefficients.map((c) => c.b), r.anova, r.modelSummary.rSquare);
}
