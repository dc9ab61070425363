/**
 * Maximum likelihood estimation of a structural equation model from a sample covariance matrix.
 *
 * Discrepancy (Joreskog 1969; Bollen 1989, eq. 4.67):
 *   F_ML(theta) = log|Sigma| + tr(S Sigma^-1) - log|S| - p      (>= 0, = 0 iff Sigma = S).
 *
 * Every first derivative of Sigma is symmetric of rank <= 2, d Sigma / d theta_a = u_a v_a' + v_a u_a'
 * (with M = Lambda A, K = M Psi A', A = (I - B)^-1): Lambda_ij -> (e_i, K_.j); B_ij -> (M_.i, K_.j);
 * Psi_ij -> (M_.i, M_.j), on the diagonal (M_.i, M_.i / 2); Theta_ij -> (e_i, e_j), diagonal (e_i, e_i / 2).
 * Hence, with W = Sigma^-1 (Sigma - S) Sigma^-1 and x.y = x' Sigma^-1 y,
 *   gradient   g_a = tr(W dSigma_a) = 2 v_a' W u_a,
 *   expected Hessian of F  H_ab = tr(Sigma^-1 dSigma_a Sigma^-1 dSigma_b)
 *                               = 2 [(v_a.u_b)(v_b.u_a) + (v_a.v_b)(u_a.u_b)]
 *   (= Delta' (Sigma^-1 (x) Sigma^-1) Delta; the Fisher information of one case is H / 2).
 *
 * Optimizer: Fisher scoring (Gauss-Newton on F with the expected Hessian) with a Levenberg-Marquardt
 * damping that grows when a step fails to lower F or leaves Sigma not positive definite, and shrinks
 * after a success. Scoring converges only linearly when the model does not fit, so once its
 * predicted decrease is below 1e-6 the last expected Hessian seeds BFGS updates (superlinear); stopped when the undamped scoring step's predicted decrease g' H^-1 g falls
 * below 1e-18 (relative to 1 + F; a gradient of about 1e-9) or after maxIterations.
 *
 * Starting values (in the spirit of lavaan's "simple" starts): residual variances half the observed
 * variance, loadings from the covariances with the factor's first indicator, factor variances from
 * them, regressions and covariances 0.
 */
import { AnalysisError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { cholesky, solveCholesky } from '../cholesky.js';
import { multiply, spdInverse, transpose } from './linalg.js';
import { implied, matricesAt, type Implied, type Matrices, type SemModel } from './model.js';

/** Per free parameter, the pair (u, v) with dSigma = u v' + v u' (each p long, row after row). */
export interface Derivatives {
  q: number;
  U: Float64Array;
  V: Float64Array;
}

export function derivatives(model: SemModel, mats: Matrices, imp: Implied): Derivatives {
  const { p, m } = mats;
  const q = model.free.length;
  const U = new Float64Array(q * p);
  const V = new Float64Array(q * p);
  model.free.forEach((k, a) => {
    const par = model.params[k];
    const u = U.subarray(a * p, (a + 1) * p);
    const v = V.subarray(a * p, (a + 1) * p);
    const col = (X: Float64Array, j: number, out: Float64Array, f = 1): void => {
      for (let i = 0; i < p; i++) out[i] = f * X[i * m + j];
    };
    switch (par.matrix) {
      case 'lambda':
        u[par.row] = 1;
        col(imp.K, par.col, v);
        break;
      case 'beta':
        col(imp.M, par.row, u);
        col(imp.K, par.col, v);
        break;
      case 'psi':
        col(imp.M, par.row, u);
        col(imp.M, par.col, v, par.row === par.col ? 0.5 : 1);
        break;
      case 'theta':
        u[par.row] = 1;
        v[par.col] = par.row === par.col ? 0.5 : 1;
        break;
    }
  });
  return { q, U, V };
}

/** One evaluation of the discrepancy, with what its derivatives need; null when Sigma is not positive definite. */
export interface Evaluation {
  F: number;
  mats: Matrices;
  imp: Implied;
  sigmaInv: Float64Array;
  logDetSigma: number;
}

/** log|S| of a positive definite sample covariance, else an AnalysisError naming the variable where it fails. */
export function sampleLogDet(S: Float64Array, names: string[]): number {
  const p = names.length;
  const ch = cholesky(S, p);
  if (!ch.ok) throw new AnalysisError(msg('cfa.err.sampleNotPd', { item: names[ch.index] }));
  let d = 0;
  for (let i = 0; i < p; i++) d += 2 * Math.log(ch.L[i * p + i]);
  return d;
}

export function evaluate(model: SemModel, S: Float64Array, logDetS: number, x: ArrayLike<number>): Evaluation | null {
  const mats = matricesAt(model, x);
  const imp = implied(mats);
  const p = mats.p;
  const si = spdInverse(imp.sigma, p);
  if (!si) return null;
  let tr = 0;
  for (let i = 0; i < p * p; i++) tr += S[i] * si.inv[i];
  return { F: si.logDet + tr - logDetS - p, mats, imp, sigmaInv: si.inv, logDetSigma: si.logDet };
}

/** Sigma^-1 X' for the q x p rows of X: q x p again (Sigma^-1 is symmetric). */
function timesInverse(X: Float64Array, q: number, p: number, inv: Float64Array): Float64Array {
  const out = new Float64Array(q * p);
  for (let a = 0; a < q; a++) {
    for (let i = 0; i < p; i++) {
      let s = 0;
      for (let j = 0; j < p; j++) s += inv[i * p + j] * X[a * p + j];
      out[a * p + i] = s;
    }
  }
  return out;
}

/** The gradient of F at an evaluation. */
export function gradient(model: SemModel, S: Float64Array, ev: Evaluation): Float64Array {
  const p = ev.mats.p;
  const d = derivatives(model, ev.mats, ev.imp);
  // W = Sigma^-1 (Sigma - S) Sigma^-1 = Sigma^-1 - Sigma^-1 S Sigma^-1.
  const inv = ev.sigmaInv;
  const SI = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let k = 0; k < p; k++) {
    const sik = S[i * p + k];
    if (sik === 0) continue;
    for (let j = 0; j < p; j++) SI[i * p + j] += sik * inv[k * p + j];
  }
  const W = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) {
    let s = 0;
    for (let k = 0; k < p; k++) s += inv[i * p + k] * SI[k * p + j];
    W[i * p + j] = inv[i * p + j] - s;
  }
  const Wu = timesInverse(d.U, d.q, p, W);
  const g = new Float64Array(d.q);
  for (let a = 0; a < d.q; a++) {
    let s = 0;
    for (let i = 0; i < p; i++) s += d.V[a * p + i] * Wu[a * p + i];
    g[a] = 2 * s;
  }
  return g;
}

/** The expected Hessian of F, Delta' (Sigma^-1 (x) Sigma^-1) Delta (q x q). */
export function expectedHessian(model: SemModel, ev: Evaluation): Float64Array {
  const p = ev.mats.p;
  const d = derivatives(model, ev.mats, ev.imp);
  const q = d.q;
  const iu = timesInverse(d.U, q, p, ev.sigmaInv);
  const iv = timesInverse(d.V, q, p, ev.sigmaInv);
  // Gram matrices of x' Sigma^-1 y between the rows of U and V (q x q each).
  const Gvu = multiply(d.V, transpose(iu, q, p), q, p, q);
  const Gvv = multiply(d.V, transpose(iv, q, p), q, p, q);
  const Guu = multiply(d.U, transpose(iu, q, p), q, p, q);
  const H = new Float64Array(q * q);
  for (let a = 0; a < q; a++) {
    for (let b = 0; b <= a; b++) {
      const h = 2 * (Gvu[a * q + b] * Gvu[b * q + a] + Gvv[a * q + b] * Guu[a * q + b]);
      H[a * q + b] = h;
      H[b * q + a] = h;
    }
  }
  return H;
}

/** Solve (H + mu diag(H)) x = b by Cholesky; null when not positive definite. */
function dampedSolve(H: Float64Array, q: number, mu: number, b: Float64Array): Float64Array | null {
  const A = Float64Array.from(H);
  for (let i = 0; i < q; i++) A[i * q + i] += mu * Math.max(H[i * q + i], 1e-12);
  const ch = cholesky(A, q, 1e-14);
  if (!ch.ok) return null;
  return solveCholesky(ch.L, q, b);
}

/** B += y y' / (y's) - (Bs)(Bs)' / (s'Bs), skipped when y's is not safely positive. */
function bfgsUpdate(B: Float64Array, q: number, s: Float64Array, y: Float64Array): void {
  const Bs = new Float64Array(q);
  let sBs = 0;
  let ys = 0;
  for (let i = 0; i < q; i++) {
    let t = 0;
    for (let j = 0; j < q; j++) t += B[i * q + j] * s[j];
    Bs[i] = t;
    sBs += s[i] * t;
    ys += y[i] * s[i];
  }
  if (!(ys > 1e-12 * sBs) || !(sBs > 0)) return;
  for (let i = 0; i < q; i++) for (let j = 0; j < q; j++) B[i * q + j] += (y[i] * y[j]) / ys - (Bs[i] * Bs[j]) / sBs;
}

/** Starting values for the free parameters (see the module note). */
export function startValues(model: SemModel, S: Float64Array): Float64Array {
  const p = model.observed.length;
  const ovIndex = new Map(model.observed.map((n, i) => [n, i]));
  const variance = (name: string): number => S[ovIndex.get(name)! * p + ovIndex.get(name)!];
  // The marker of each factor: its first observed indicator; the factor's variance ~ cov(marker, others).
  const start = new Map<string, number>();
  for (const f of model.factors) {
    const ind = model.params.filter((q) => q.op === '=~' && q.lhs === f && q.matrix === 'lambda');
    if (ind.length === 0) continue;
    const mk = ovIndex.get(ind[0].rhs)!;
    const covs = ind.slice(1).map((q) => S[mk * p + ovIndex.get(q.rhs)!]);
    const mean = covs.length ? covs.reduce((a, b) => a + b, 0) / covs.length : 0;
    const psi = mean > 0 ? Math.min(mean, 0.9 * S[mk * p + mk]) : 0.5 * S[mk * p + mk];
    start.set(`psi:${f}`, psi);
    const scale = ind[0].free ? Math.sqrt(psi) : ind[0].value;
    for (const q of ind.slice(1)) {
      const lambdaMarker = (S[mk * p + ovIndex.get(q.rhs)!] / psi) * scale;
      start.set(`lambda:${f}:${q.rhs}`, Number.isFinite(lambdaMarker) ? lambdaMarker : 1);
    }
    start.set(`lambda:${f}:${ind[0].rhs}`, Math.sqrt(psi));
  }
  const x = new Float64Array(model.free.length);
  model.free.forEach((k, a) => {
    const q = model.params[k];
    if (q.matrix === 'lambda') x[a] = start.get(`lambda:${q.lhs}:${q.rhs}`) ?? 1;
    else if (q.matrix === 'beta') x[a] = q.op === '=~' ? 1 : 0;
    else if (q.matrix === 'theta') x[a] = q.lhs === q.rhs ? 0.5 * variance(q.lhs) : 0;
    else if (q.lhs === q.rhs) {
      const j = model.latent.indexOf(q.lhs);
      x[a] = model.single[j] ? (model.endogenous[j] ? 0.5 : 1) * variance(q.lhs) : (start.get(`psi:${q.lhs}`) ?? 0.05);
    } else x[a] = 0;
  });
  return x;
}

export interface EstimateOptions {
  maxIterations?: number;
  start?: Float64Array;
}

export interface Estimation {
  x: Float64Array;
  F: number;
  iterations: number;
  converged: boolean;
  gradient: Float64Array;
  evaluation: Evaluation;
}

/** Minimize F_ML by damped Fisher scoring (see the module note). */
export function estimate(model: SemModel, S: Float64Array, logDetS: number, options: EstimateOptions = {}): Estimation {
  const maxIterations = options.maxIterations ?? 500;
  const q = model.free.length;
  let x = options.start ? Float64Array.from(options.start) : startValues(model, S);
  const first = evaluate(model, S, logDetS, x);
  if (!first) throw new AnalysisError(msg('cfa.err.badStart'));
  let ev: Evaluation = first;
  let g = gradient(model, S, ev);
  let mu = 1e-4;
  let converged = false;
  let iterations = 0;
  // The approximate Hessian: Fisher's expected one, until scoring is close; then BFGS-updated from it.
  let B: Float64Array | null = null;
  let H = expectedHessian(model, ev);
  let flatSteps = 0;
  const take = (xn: Float64Array, evn: Evaluation, step: Float64Array, predicted: number, undamped: boolean): void => {
    const gn = gradient(model, S, evn);
    if (B === null && undamped && predicted < 1e-6 * (1 + ev.F)) B = Float64Array.from(H);
    if (B !== null) bfgsUpdate(B, q, step, gn.map((v, a) => v - g[a]));
    x = xn;
    ev = evn;
    g = gn;
    if (B === null) H = expectedHessian(model, ev);
  };
  while (iterations < maxIterations) {
    iterations++;
    // The undamped step first: its predicted decrease g' H^-1 g says how close the optimum is.
    const full = dampedSolve(B ?? H, q, 0, g.map((v) => -v));
    if (full) {
      let predicted = 0;
      for (let a = 0; a < q; a++) predicted -= g[a] * full[a];
      // At the rounding level of the gradient (large p) the predicted decrease stops falling:
      // ten flat steps in a row below 1e-14 count as converged too.
      if (predicted < 1e-18 * (1 + ev.F) || (flatSteps >= 10 && predicted < 1e-14 * (1 + ev.F))) {
        converged = true;
        break;
      }
      // Within the rounding level of F, F cannot judge a step: the undamped step is taken.
      if (predicted < 1e-9 * (1 + ev.F)) {
        const xn = x.map((v, a) => v + full[a]);
        const evn = evaluate(model, S, logDetS, xn);
        if (evn) {
          flatSteps = predicted < 1e-14 * (1 + ev.F) ? flatSteps + 1 : 0;
          mu = 0;
          take(xn, evn, full, predicted, true);
          continue;
        }
      }
    }
    flatSteps = 0;
    let accepted = false;
    for (let tries = 0; tries < 60 && !accepted; tries++) {
      const step = mu === 0 && full ? full : dampedSolve(B ?? H, q, mu, g.map((v) => -v));
      if (!step) {
        mu = Math.max(mu * 10, 1e-8);
        continue;
      }
      let predicted = 0;
      for (let a = 0; a < q; a++) predicted -= g[a] * step[a];
      const xn = x.map((v, a) => v + step[a]);
      const evn = evaluate(model, S, logDetS, xn);
      if (evn && evn.F <= ev.F) {
        take(xn, evn, step, predicted, mu === 0);
        mu = mu < 1e-10 ? 0 : mu / 10;
        accepted = true;
      } else mu = mu === 0 ? 1e-8 : mu * 10;
    }
    if (!accepted) {
      // No step lowers F any further: converged if the gradient agrees.
      converged = g.every((v) => Math.abs(v) < 1e-7);
      break;
    }
  }
  return { x, F: ev.F, iterations, converged, gradient: g, evaluation: ev };
}
