/**
 * Ordinary least squares with an intercept, as SPSS REGRESSION computes and prints it.
 *
 * Method: centre every column (weighted two-pass means), form the centred sums of squares and
 * cross-products S, scale them to the predictors' correlation matrix R and solve R beta = r_xy by
 * Cholesky (R = L L'), refined once with the residuals computed from the data (see fitModel).
 * Then
 *   B_j = beta_j sd_y / sd_j,   b_0 = mean_y - sum B_j mean_j,
 *   e = y - b_0 - X B (computed from the data, centred),  SSE = sum w e^2,  SSR = sum w (yhat - mean_y)^2,
 *   R^2 = SSR / (SSR + SSE),  adj R^2 = 1 - (1 - R^2)(N - 1)/(N - q - 1),  MSE = SSE / (N - q - 1),
 *   SE(B_j) = sqrt(MSE (R^-1)_jj / S_jj),  SE(b_0) = sqrt(MSE (1/N + m' S^-1 m)),
 *   tolerance_j = 1 / (R^-1)_jj,  VIF_j = (R^-1)_jj,  Beta_j = B_j sd_j / sd_y,
 *   Durbin-Watson = sum_{i>1} (e_i - e_{i-1})^2 / sum w e^2.
 * N is the sum of frequency weights (SPSS WEIGHT BY); with weights the Durbin-Watson numerator
 * runs over consecutive cases, which is what replicating each row w times gives.
 *
 * Collinearity as SPSS handles it: predictors are taken in the order given and a predictor whose
 * tolerance (1 - R^2 on the predictors already accepted, = the squared Cholesky pivot) is below
 * TOLERANCE (.0001) is left out; so of a perfectly collinear set the later predictor goes.
 *
 * Reference: IBM SPSS Statistics Algorithms, REGRESSION; Golub & Van Loan, Matrix Computations,
 * 4.2 (Cholesky).
 */
import { AnalysisError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { centredSums, covariance } from './covariance.js';
import { fUpperP, tQuantile, tTwoTailedP } from './distributions.js';

/** SPSS REGRESSION's default /CRITERIA TOLERANCE(.0001). */
export const DEFAULT_TOLERANCE = 1e-4;

/**
 * The complete cases of one regression problem with their centred cross-products, computed once
 * and shared by every model fitted on them (blocks, stepwise steps).
 */
export interface RegressionData {
  y: Float64Array;
  X: Float64Array[];
  /** Predictor names, parallel to X. */
  names: string[];
  dependent: string;
  weights: Float64Array | null;
  /** Sum of weights (number of cases when unweighted). */
  n: number;
  /** Number of rows. */
  cases: number;
  /** Means of X[0..k-1] then y. */
  means: Float64Array;
  /** Centred weighted cross-products of [X..., y], row-major (k+1) x (k+1). */
  sscp: Float64Array;
  /** Whether each column of [X..., y] is constant (min = max). */
  constant: boolean[];
  /**
   * True when only the means and cross-products are known (a MATRIX DATA or moments file): y and
   * X are empty, models are fitted from the cross-products alone, and nothing per case (fitted
   * values, residuals, Durbin-Watson) exists.
   */
  summaryOnly?: boolean;
}

export interface Coefficient {
  /** Predictor name, or "(Constant)". */
  term: string;
  b: number;
  stdError: number;
  /** Standardized coefficient; null for the constant. */
  beta: number | null;
  t: number;
  p: number;
  ciLower: number;
  ciUpper: number;
  /** 1 - R^2 of this predictor on the others; null for the constant. */
  tolerance: number | null;
  vif: number | null;
}

/** With no predictor (the constant-only model), the regression mean square, F and Sig. do not exist: null. */
export interface AnovaTable {
  regression: { sumOfSquares: number; df: number; meanSquare: number | null };
  residual: { sumOfSquares: number; df: number; meanSquare: number };
  total: { sumOfSquares: number; df: number };
  f: number | null;
  p: number | null;
}

export interface OlsFit {
  dependent: string;
  /** Predictors in the model, in entry order (collinear ones left out). */
  predictors: string[];
  /** Indices into RegressionData.X of `predictors`. */
  indices: number[];
  /** Predictors asked for but left out for collinearity (or zero variance), with their tolerance. */
  collinear: { name: string; index: number; tolerance: number }[];
  n: number;
  cases: number;
  r: number;
  rSquare: number;
  adjustedRSquare: number;
  stdErrorOfEstimate: number;
  /** Null from summary statistics (it needs the residuals in case order). */
  durbinWatson: number | null;
  anova: AnovaTable;
  /** "(Constant)" first, then the predictors. */
  coefficients: Coefficient[];
  /** Fitted values and residuals, one per row of the data. */
  fitted: Float64Array;
  residuals: Float64Array;
}

export interface OlsOptions {
  /** Name of the dependent variable (for messages and the result); default "y". */
  dependent?: string;
  /** Minimum tolerance for a predictor to enter (default .0001). */
  tolerance?: number;
  /** Confidence level of the intervals for B (default .95). */
  confidence?: number;
}

/**
 * Prepare complete data (no NaN, weights > 0) for fitting: means and centred cross-products
 * (src/stats/covariance.ts), computed once for every model fitted on the same cases.
 */
export function prepareRegression(
  y: Float64Array,
  X: Float64Array[],
  names: string[],
  weights: Float64Array | null = null,
  dependent = 'y',
): RegressionData {
  const len = y.length;
  if (names.length !== X.length) throw new RangeError('prepareRegression: one name per predictor column');
  const cols = [...X, y];
  const constant: boolean[] = [];
  for (const c of cols) {
    if (c.length !== len) throw new RangeError('prepareRegression: columns of different lengths');
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < len; i++) {
      const v = c[i];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
      // NaN fails every comparison, so it is caught here without a separate pass.
      if (!(v === v)) throw new RangeError('prepareRegression: complete cases only (NaN found)');
    }
    constant.push(!(hi > lo));
  }
  if (weights && weights.length !== len) throw new RangeError('prepareRegression: weights of a different length');
  const { n, means, sscp } = covariance(cols, weights);
  // Sums of squares (printed in the ANOVA table) must exist in floating point: values near 1e160
  // overflow them, values near 1e-160 that still vary underflow them to 0.
  const m = cols.length;
  for (let j = 0; j < m; j++) {
    const ss = sscp[j * m + j];
    // Overflow gives Infinity, or NaN once an infinite mean is subtracted (values near 1e307).
    if (!Number.isFinite(ss) || (ss === 0 && !constant[j])) {
      let big = 0;
      for (const v of cols[j]) big = Math.max(big, Math.abs(v));
      const name = j < names.length ? names[j] : dependent;
      throw new AnalysisError(
        msg(ss === 0 ? 'regress.err.valuesTooSmall' : 'regress.err.valuesTooLarge', { name, largest: big.toPrecision(3) }),
      );
    }
  }
  return { y, X, names, dependent, weights, n, cases: len, means, sscp, constant };
}

/**
 * The regression problem from summary statistics alone: N (sum of weights), the means of
 * [X..., y] and their centred cross-products (row-major, (k+1) x (k+1)), as a MATRIX DATA or
 * moments file gives them. A zero sum of squares marks a constant column.
 */
export function regressionFromMoments(n: number, means: ArrayLike<number>, sscp: ArrayLike<number>, names: string[], dependent = 'y'): RegressionData {
  const m = names.length + 1;
  if (means.length !== m || sscp.length !== m * m) throw new RangeError('regressionFromMoments: one mean per column and an m x m matrix');
  const constant = Array.from({ length: m }, (_, j) => !(sscp[j * m + j] > 0));
  return {
    y: new Float64Array(0),
    X: names.map(() => new Float64Array(0)),
    names,
    dependent,
    weights: null,
    n,
    cases: 0,
    means: Float64Array.from(means),
    sscp: Float64Array.from(sscp),
    constant,
    summaryOnly: true,
  };
}

/** Correlation of columns a and b of [X..., y] from the cross-products. */
export function correlationAt(data: RegressionData, a: number, b: number): number {
  const m = data.X.length + 1;
  const s = data.sscp;
  return s[a * m + b] / Math.sqrt(s[a * m + a] * s[b * m + b]);
}

/** Lower-triangular Cholesky factor of a correlation matrix, grown one variable at a time (row i has i + 1 entries). */
export class GrowingCholesky {
  readonly L: number[][] = [];

  /** Solve L z = v by forward substitution. */
  solveL(v: number[]): number[] {
    const z: number[] = [];
    for (let i = 0; i < this.L.length; i++) {
      let s = v[i];
      const row = this.L[i];
      for (let k = 0; k < i; k++) s -= row[k] * z[k];
      z.push(s / row[i]);
    }
    return z;
  }

  /**
   * The pivot 1 - |L^-1 c|^2 for a new unit-diagonal variable with correlations c to the current
   * ones (its tolerance against them), and its would-be row of L.
   */
  pivot(c: number[]): { tolerance: number; row: number[] } {
    const row = this.solveL(c);
    let s = 0;
    for (const v of row) s += v * v;
    return { tolerance: 1 - s, row };
  }

  push(row: number[], tolerance: number): void {
    this.L.push([...row, Math.sqrt(tolerance)]);
  }

  /** L^-1 (lower triangular). */
  inverse(): number[][] {
    const q = this.L.length;
    const inv: number[][] = Array.from({ length: q }, () => new Array<number>(q).fill(0));
    for (let j = 0; j < q; j++) {
      inv[j][j] = 1 / this.L[j][j];
      for (let i = j + 1; i < q; i++) {
        let s = 0;
        for (let k = j; k < i; k++) s += this.L[i][k] * inv[k][j];
        inv[i][j] = -s / this.L[i][i];
      }
    }
    return inv;
  }
}

/** Diagonal of R^-1 = L^-T L^-1 from L^-1. */
function inverseDiagonal(Linv: number[][]): number[] {
  const q = Linv.length;
  const d = new Array<number>(q).fill(0);
  for (let j = 0; j < q; j++) for (let i = j; i < q; i++) d[j] += Linv[i][j] * Linv[i][j];
  return d;
}

/**
 * The predictors of `set` (indices into data.X) that a collinear predictor j is (almost) a linear
 * combination of: the regression of x_j on `set` in standardized form, beta = R_EE^-1 r_Ej, and
 * the predictors whose |beta| exceeds `eps`, in the order of `set`.
 *
 * @example  with d = a + b: linearCombinationOf(data, [ia, ib, ic], id)  // [ia, ib]
 */
export function linearCombinationOf(data: RegressionData, set: number[], j: number, eps = 1e-6): number[] {
  if (data.constant[j] || set.length === 0) return [];
  const chol = new GrowingCholesky();
  const done: number[] = [];
  for (const a of set) {
    const { tolerance, row } = chol.pivot(done.map((b) => correlationAt(data, b, a)));
    chol.push(row, tolerance);
    done.push(a);
  }
  const z = chol.solveL(set.map((a) => correlationAt(data, a, j)));
  const Linv = chol.inverse();
  const q = set.length;
  return set.filter((_, c) => {
    let beta = 0;
    for (let i = c; i < q; i++) beta += Linv[i][c] * z[i];
    return Math.abs(beta) > eps;
  });
}

/**
 * Choose the predictors that pass the tolerance criterion, in order: each against the ones
 * accepted before it, then (for near-collinear sets) every accepted one against all the others,
 * dropping the latest offender until all pass.
 */
export function acceptPredictors(
  data: RegressionData,
  order: number[],
  tol = DEFAULT_TOLERANCE,
): { accepted: number[]; collinear: { index: number; tolerance: number }[]; chol: GrowingCholesky } {
  const dropped: { index: number; tolerance: number }[] = [];
  let candidates = [...order];
  for (;;) {
    const collinear = [...dropped];
    const chol = new GrowingCholesky();
    const accepted: number[] = [];
    for (const j of candidates) {
      if (data.constant[j]) {
        collinear.push({ index: j, tolerance: 0 });
        continue;
      }
      const { tolerance, row } = chol.pivot(accepted.map((a) => correlationAt(data, a, j)));
      if (!(tolerance >= tol)) {
        collinear.push({ index: j, tolerance: Math.max(0, tolerance) });
        continue;
      }
      chol.push(row, tolerance);
      accepted.push(j);
    }
    const d = inverseDiagonal(chol.inverse());
    let worst = -1;
    for (let i = accepted.length - 1; i >= 0; i--) {
      if (1 / d[i] < tol) {
        worst = i;
        break;
      }
    }
    if (worst < 0) {
      collinear.sort((a, b) => order.indexOf(a.index) - order.indexOf(b.index));
      return { accepted, collinear, chol };
    }
    dropped.push({ index: accepted[worst], tolerance: 1 / d[worst] });
    candidates = candidates.filter((j) => j !== accepted[worst]);
  }
}

/**
 * The dependent variable can be regressed on something: at least 3 cases and some variance.
 * Also checked before FORWARD or STEPWISE selection, which may fit no model at all (a constant
 * dependent enters nothing) and would otherwise end in NaN statistics.
 */
export function checkDependent(data: RegressionData): void {
  const dep = data.dependent;
  // One or two cases: say so, rather than that everything is constant.
  if (!(data.n >= 3)) {
    throw new AnalysisError(msg('regress.err.fewCases', { name: dep, n: data.n, cases: data.n === 1 ? 'case' : 'cases' }));
  }
  if (data.constant[data.X.length]) {
    throw new AnalysisError(msg('regress.err.constantDependent', { name: dep, cases: data.summaryOnly ? data.n : data.cases, value: data.summaryOnly ? data.means[data.X.length] : data.y[0] }));
  }
}

/**
 * Fit the model with the predictors `order` (indices into data.X, in entry order).
 * Throws AnalysisError when the dependent variable is constant, when no predictor is left, or
 * when there are not more cases than parameters.
 */
export function fitModel(data: RegressionData, order: number[], opts: OlsOptions = {}): OlsFit {
  const k = data.X.length;
  const m = k + 1;
  const dep = data.dependent;
  checkDependent(data);
  const tol = opts.tolerance ?? DEFAULT_TOLERANCE;
  const { accepted, collinear, chol } = acceptPredictors(data, order, tol);
  const q = accepted.length;
  if (q === 0) {
    throw new AnalysisError(
      msg('regress.err.noPredictorCanEnter', {
        name: dep,
        predictors: order.map((j) => `'${data.names[j]}'`),
        are: order.length === 1 ? 'is' : 'are',
      }),
    );
  }
  const N = data.n;
  const dfRes = N - q - 1;
  if (!(dfRes > 0)) {
    if (collinear.length > 0) {
      // Too few cases make predictors collinear: count the predictors asked for and name the dropped ones.
      throw new AnalysisError(
        msg('regress.err.tooFewCasesDropped', {
          name: dep,
          n: N,
          asked: order.length,
          parameters: order.length + 1,
          needed: order.length + 2,
          dropped: collinear.map((c) => `'${data.names[c.index]}'`),
          q,
        }),
      );
    }
    throw new AnalysisError(
      msg('regress.err.tooFewCases', {
        name: dep,
        n: N,
        parameters: q + 1,
        q,
        predictors: q === 1 ? 'predictor' : 'predictors',
        needed: q + 2,
      }),
    );
  }
  const S = data.sscp;
  const Syy = S[k * m + k];
  const ry = accepted.map((j) => correlationAt(data, j, k));
  // Standardized coefficients: L L' beta = r_xy.
  const z = chol.solveL(ry);
  const Linv = chol.inverse();
  const beta = new Array<number>(q).fill(0);
  for (let j = 0; j < q; j++) for (let i = j; i < q; i++) beta[j] += Linv[i][j] * z[i];
  const B = accepted.map((j, i) => beta[i] * Math.sqrt(Syy / S[j * m + j]));
  if (data.summaryOnly) return fromCrossProducts(data, accepted, collinear, chol, z, B, beta, opts);
  const means = data.means;
  const my = means[k];
  const y = data.y;
  const len = data.cases;
  const w = data.weights;
  // Centred fitted values X_c B, column by column (each pass streams one predictor, which is
  // what makes 1e6 rows fast).
  const addFitted = (target: Float64Array, coefs: number[]) =>
    accepted.forEach((j, c) => {
      const col = data.X[j];
      const b = coefs[c];
      const mj = means[j];
      for (let i = 0; i < len; i++) target[i] += b * (col[i] - mj);
    });
  const fitted = new Float64Array(len);
  const residuals = new Float64Array(len);
  addFitted(fitted, B);
  // One step of iterative refinement (Bjorck, Numerical Methods for Least Squares Problems, 2.9):
  // the normal equations lose digits as cond(X)^2, so solve S dB = X_c' W e with the residuals
  // e taken from the data, and add dB. This brings B to the accuracy of a QR solution
  // (R lm agrees to ~1e-12 even with VIFs in the thousands).
  for (let i = 0; i < len; i++) residuals[i] = y[i] - my - fitted[i];
  const zg = accepted.map((j) => {
    const col = data.X[j];
    const mj = means[j];
    let g = 0;
    if (w) for (let i = 0; i < len; i++) g += w[i] * (col[i] - mj) * residuals[i];
    else for (let i = 0; i < len; i++) g += (col[i] - mj) * residuals[i];
    return g / Math.sqrt(S[j * m + j]);
  });
  const zc = chol.solveL(zg);
  const dB = new Array<number>(q).fill(0);
  for (let j = 0; j < q; j++) {
    for (let i = j; i < q; i++) dB[j] += Linv[i][j] * zc[i];
    dB[j] /= Math.sqrt(S[accepted[j] * m + accepted[j]]);
  }
  addFitted(fitted, dB);
  for (let j = 0; j < q; j++) {
    B[j] += dB[j];
    beta[j] = B[j] * Math.sqrt(S[accepted[j] * m + accepted[j]] / Syy);
  }
  let b0 = my;
  for (let i = 0; i < q; i++) b0 -= B[i] * means[accepted[i]];

  // Residuals from the data (centred), so SSE keeps its digits even when R^2 is near 1.
  let sse = 0;
  let ssr = 0;
  let dwNum = 0;
  let prev = 0;
  for (let i = 0; i < len; i++) {
    const f = fitted[i];
    const e = y[i] - my - f;
    fitted[i] = my + f;
    residuals[i] = e;
    const wi = w ? w[i] : 1;
    sse += wi * e * e;
    ssr += wi * f * f;
    if (i > 0) dwNum += (e - prev) * (e - prev);
    prev = e;
  }
  // An exact fit leaves no error variance: standard errors, t and F would be 0/0 or infinite.
  if (!(sse > 1e-24 * Syy)) {
    throw new AnalysisError(
      msg('regress.err.exactFit', { name: dep, predictors: accepted.map((j) => `'${data.names[j]}'`) }),
    );
  }
  const rSquare = ssr / (ssr + sse);
  const mse = sse / dfRes;
  const sigma = Math.sqrt(mse);
  const coefficients = coefficientTable(data, accepted, chol, B, beta, b0, mse, dfRes, opts);
  const f = ssr / q / mse;
  return {
    dependent: dep,
    predictors: accepted.map((j) => data.names[j]),
    indices: accepted,
    collinear: collinear.map((c) => ({ name: data.names[c.index], index: c.index, tolerance: c.tolerance })),
    n: N,
    cases: len,
    r: Math.sqrt(rSquare),
    rSquare,
    adjustedRSquare: 1 - ((1 - rSquare) * (N - 1)) / dfRes,
    stdErrorOfEstimate: sigma,
    durbinWatson: dwNum / sse,
    anova: {
      regression: { sumOfSquares: ssr, df: q, meanSquare: ssr / q },
      residual: { sumOfSquares: sse, df: dfRes, meanSquare: mse },
      total: { sumOfSquares: Syy, df: N - 1 },
      f,
      p: fUpperP(f, q, dfRes),
    },
    coefficients,
    fitted,
    residuals,
  };
}

/**
 * The end of fitModel for summary statistics: R^2 = |L^-1 r_xy|^2 (the explained share of the
 * standardized cross-products), SSR = R^2 S_yy, SSE = (1 - R^2) S_yy; the coefficients, their
 * standard errors and the collinearity statistics as from the rows (they need only S and the
 * means). No iterative refinement (no residuals to refine with), no fitted values, no
 * Durbin-Watson.
 */
function fromCrossProducts(
  data: RegressionData,
  accepted: number[],
  collinear: { index: number; tolerance: number }[],
  chol: GrowingCholesky,
  z: number[],
  B: number[],
  beta: number[],
  opts: OlsOptions,
): OlsFit {
  const k = data.X.length;
  const m = k + 1;
  const S = data.sscp;
  const Syy = S[k * m + k];
  const N = data.n;
  const q = accepted.length;
  const dfRes = N - q - 1;
  let rSquare = 0;
  for (const v of z) rSquare += v * v;
  const sse = (1 - rSquare) * Syy;
  const ssr = rSquare * Syy;
  if (!(sse > 1e-24 * Syy)) {
    throw new AnalysisError(msg('regress.err.exactFit', { name: data.dependent, predictors: accepted.map((j) => `'${data.names[j]}'`) }));
  }
  let b0 = data.means[k];
  for (let i = 0; i < q; i++) b0 -= B[i] * data.means[accepted[i]];
  const coefficients = coefficientTable(data, accepted, chol, B, beta, b0, sse / dfRes, dfRes, opts);
  const f = ssr / q / (sse / dfRes);
  return {
    dependent: data.dependent,
    predictors: accepted.map((j) => data.names[j]),
    indices: accepted,
    collinear: collinear.map((c) => ({ name: data.names[c.index], index: c.index, tolerance: c.tolerance })),
    n: N,
    cases: 0,
    r: Math.sqrt(rSquare),
    rSquare,
    adjustedRSquare: 1 - ((1 - rSquare) * (N - 1)) / dfRes,
    stdErrorOfEstimate: Math.sqrt(sse / dfRes),
    durbinWatson: null,
    anova: {
      regression: { sumOfSquares: ssr, df: q, meanSquare: ssr / q },
      residual: { sumOfSquares: sse, df: dfRes, meanSquare: sse / dfRes },
      total: { sumOfSquares: Syy, df: N - 1 },
      f,
      p: fUpperP(f, q, dfRes),
    },
    coefficients,
    fitted: new Float64Array(0),
    residuals: new Float64Array(0),
  };
}

/**
 * The Coefficients rows: B, SE(B_j) = sqrt(MSE (R^-1)_jj / S_jj), SE(b0) = sqrt(MSE (1/N + m' S^-1 m)),
 * t, p, the confidence interval, Beta, tolerance = 1 / (R^-1)_jj and VIF.
 */
function coefficientTable(
  data: RegressionData,
  accepted: number[],
  chol: GrowingCholesky,
  B: number[],
  beta: number[],
  b0: number,
  mse: number,
  dfRes: number,
  opts: OlsOptions,
): Coefficient[] {
  const m = data.X.length + 1;
  const S = data.sscp;
  const rinv = inverseDiagonal(chol.inverse());
  const tcrit = tQuantile(1 - (1 - (opts.confidence ?? 0.95)) / 2, dfRes);
  const coef = (term: string, b: number, se: number, betaJ: number | null, tolJ: number | null): Coefficient => {
    const t = b / se;
    return {
      term,
      b,
      stdError: se,
      beta: betaJ,
      t,
      p: tTwoTailedP(t, dfRes),
      ciLower: b - tcrit * se,
      ciUpper: b + tcrit * se,
      tolerance: tolJ,
      vif: tolJ === null ? null : 1 / tolJ,
    };
  };
  // Var(b0) = MSE (1/N + m' S^-1 m), with S^-1 = D^-1/2 R^-1 D^-1/2.
  const zm = chol.solveL(accepted.map((j) => data.means[j] / Math.sqrt(S[j * m + j])));
  let quad = 0;
  for (const v of zm) quad += v * v;
  const coefficients: Coefficient[] = [coef('(Constant)', b0, Math.sqrt(mse * (1 / data.n + quad)), null, null)];
  accepted.forEach((j, i) => {
    coefficients.push(coef(data.names[j], B[i], Math.sqrt((mse * rinv[i]) / S[j * m + j]), beta[i], 1 / rinv[i]));
  });
  return coefficients;
}

/**
 * The model with the constant alone, where backward or stepwise removal ends when every
 * predictor is removed (SPSS then prints it as the last model, "Predictor: (constant)"). As R's
 * lm(y ~ 1): b0 = mean_y, SE(b0) = s / sqrt(N), s = sqrt(S_yy / (N - 1)) (the Std. Error of the
 * Estimate), R = R^2 = adjusted R^2 = 0, residuals y - mean_y; the ANOVA has SS regression 0 on
 * 0 df and no F.
 */
export function fitConstantOnly(data: RegressionData, opts: OlsOptions = {}): OlsFit {
  const k = data.X.length;
  const m = k + 1;
  const N = data.n;
  const dfRes = N - 1;
  const Syy = data.sscp[k * m + k];
  const my = data.means[k];
  const len = data.cases;
  const w = data.weights;
  const fitted = new Float64Array(len).fill(my);
  const residuals = new Float64Array(len);
  let sse = 0;
  let dwNum = 0;
  for (let i = 0; i < len; i++) {
    const e = data.y[i] - my;
    residuals[i] = e;
    sse += (w ? w[i] : 1) * e * e;
    if (i > 0) dwNum += (e - residuals[i - 1]) * (e - residuals[i - 1]);
  }
  const mse = Syy / dfRes;
  const se = Math.sqrt(mse / N);
  const t = my / se;
  const tcrit = tQuantile(1 - (1 - (opts.confidence ?? 0.95)) / 2, dfRes);
  return {
    dependent: data.dependent,
    predictors: [],
    indices: [],
    collinear: [],
    n: N,
    cases: len,
    r: 0,
    rSquare: 0,
    adjustedRSquare: 0,
    stdErrorOfEstimate: Math.sqrt(mse),
    durbinWatson: data.summaryOnly ? null : dwNum / sse,
    anova: {
      regression: { sumOfSquares: 0, df: 0, meanSquare: null },
      residual: { sumOfSquares: Syy, df: dfRes, meanSquare: mse },
      total: { sumOfSquares: Syy, df: dfRes },
      f: null,
      p: null,
    },
    coefficients: [
      { term: '(Constant)', b: my, stdError: se, beta: null, t, p: tTwoTailedP(t, dfRes), ciLower: my - tcrit * se, ciUpper: my + tcrit * se, tolerance: null, vif: null },
    ],
    fitted,
    residuals,
  };
}

/**
 * OLS of y on the columns X (complete cases, no NaN), all entered in the order given.
 *
 * @example
 *   const fit = ols(sales, [adverts, airplay], ['adverts', 'airplay'], null, { dependent: 'sales' });
 *   fit.coefficients[1].beta  // standardized Beta of adverts
 */
export function ols(
  y: Float64Array,
  X: Float64Array[],
  names: string[],
  weights: Float64Array | null = null,
  opts: OlsOptions = {},
): OlsFit {
  const data = prepareRegression(y, X, names, weights, opts.dependent ?? 'y');
  return fitModel(
    data,
    X.map((_, j) => j),
    opts,
  );
}

export interface ChangeStatistics {
  rSquareChange: number;
  fChange: number | null;
  df1: number;
  df2: number;
  pChange: number | null;
}

/**
 * R-square change from `prev` (null = the empty model) to `cur`, with its F test on (df1, df2).
 * When predictors were added, df2 is `cur`'s residual df; when they were removed (backward and
 * stepwise removals), the test compares the same nested pair from the larger model, so
 * df1 = number removed, df2 = `prev`'s residual df, and F equals the removed variable's
 * F-to-remove; the change itself is then negative.
 */
export function changeStatistics(prev: OlsFit | null, cur: OlsFit): ChangeStatistics {
  const r0 = prev ? prev.rSquare : 0;
  const q0 = prev ? prev.predictors.length : 0;
  const change = cur.rSquare - r0;
  const [big, df1] = cur.predictors.length >= q0 ? [cur, cur.predictors.length - q0] : [prev as OlsFit, q0 - cur.predictors.length];
  const df2 = big.anova.residual.df;
  if (df1 <= 0) return { rSquareChange: change, fChange: null, df1, df2, pChange: null };
  const fChange = Math.abs(change) / df1 / ((1 - big.rSquare) / df2);
  return { rSquareChange: change, fChange, df1, df2, pChange: fUpperP(fChange, df1, df2) };
}

export interface DescriptiveRow {
  min: number | null;
  max: number | null;
  mean: number | null;
  sd: number | null;
  n: number;
}

export interface ResidualStatistics {
  predicted: DescriptiveRow;
  residual: DescriptiveRow;
  stdPredicted: DescriptiveRow;
  stdResidual: DescriptiveRow;
}

function describeColumn(x: Float64Array, w: Float64Array | null, n: number): DescriptiveRow {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < x.length; i++) {
    if (x[i] < min) min = x[i];
    if (x[i] > max) max = x[i];
  }
  // The centred-moments path of covariance.ts, so a large mean with a tiny spread keeps the SD's digits.
  const { means, sscp } = centredSums([x], w);
  return { min, max, mean: means[0], sd: Math.sqrt(sscp[0] / (n - 1)), n };
}

/**
 * SPSS's Residuals Statistics: predicted value, residual, standardized predicted value
 * ((yhat - mean) / sd(yhat)) and standardized residual (e / SE of the estimate), each with
 * minimum, maximum, mean, standard deviation (N - 1) and N.
 */
export function residualStatistics(fit: OlsFit, weights: Float64Array | null): ResidualStatistics {
  const n = fit.n;
  const predicted = describeColumn(fit.fitted, weights, n);
  const residual = describeColumn(fit.residuals, weights, n);
  const zr = fit.residuals.map((v) => v / fit.stdErrorOfEstimate);
  // Predicted values without spread (every B exactly 0) cannot be standardized.
  const pm = predicted.mean as number;
  const ps = predicted.sd as number;
  const stdPredicted = ps > 0 ? describeColumn(fit.fitted.map((v) => (v - pm) / ps), weights, n) : { min: null, max: null, mean: null, sd: null, n };
  return { predicted, residual, stdPredicted, stdResidual: describeColumn(zr, weights, n) };
}
