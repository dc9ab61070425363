/**
 * Inference at the ML estimates: standard errors, z and p; the standardized solutions; R-square.
 *
 * Standard errors from the expected information, lavaan's default for complete-data ML
 * (information = "expected", se = "standard"): the information of one case is H / 2 with H the
 * expected Hessian of F (estimate.ts), so Var(theta^) = (n_F H / 2)^-1 with n_F = N (lavaan) or
 * N - 1 (Wishart likelihood, AMOS). z = est / se (AMOS's C.R.), p two-sided normal.
 *
 * Standardized solutions as lavaan's standardizedSolution() (cov.std = TRUE):
 *  std.lv scales the latent variables to variance 1 (observed ones keep their scale);
 *  std.all scales the observed variables too, by their model-implied SDs. Loadings and regressions
 *  are multiplied by sd(predictor) / sd(outcome); a variance is divided by the variable's total
 *  (model-implied) variance; a (residual) covariance is divided by the square roots of the two
 *  (residual) variances of the same matrix, i.e. it becomes the correlation of the residuals.
 * R-square: 1 - residual variance / model-implied variance, for every indicator and every
 * endogenous variable.
 */
import { normalTwoTailedP } from '../distributions.js';
import { spdInverse } from './linalg.js';
import { expectedHessian, type Evaluation } from './estimate.js';
import type { Implied, Matrices, Parameter, SemModel } from './model.js';

/** The sampling covariance of the free estimates; null when the information matrix is singular (not identified). */
export function parameterCovariance(model: SemModel, ev: Evaluation, nF: number): Float64Array | null {
  const q = model.free.length;
  const H = expectedHessian(model, ev);
  const info = H.map((v) => (v * nF) / 2);
  const inv = spdInverse(info, q);
  return inv ? inv.inv : null;
}

export interface Inference {
  se: number;
  z: number;
  p: number;
}

export function waldTests(x: Float64Array, vcov: Float64Array): Inference[] {
  const q = x.length;
  return Array.from(x, (est, a) => {
    const se = Math.sqrt(vcov[a * q + a]);
    const z = est / se;
    return { se, z, p: normalTwoTailedP(z) };
  });
}

/** The value of one table row in its matrix. */
function valueOf(mats: Matrices, q: Parameter): number {
  const { p, m } = mats;
  switch (q.matrix) {
    case 'lambda':
      return mats.lambda[q.row * m + q.col];
    case 'beta':
      return mats.beta[q.row * m + q.col];
    case 'psi':
      return mats.psi[q.row * m + q.col];
    case 'theta':
      return mats.theta[q.row * p + q.col];
  }
}

export interface Standardized {
  est: number;
  stdLv: number;
  stdAll: number;
}

/** Every table row's estimate and its std.lv and std.all values. */
export function standardize(model: SemModel, mats: Matrices, imp: Implied): Standardized[] {
  const { p, m } = mats;
  const totalLv = Array.from({ length: m }, (_, j) => Math.sqrt(imp.latentCov[j * m + j]));
  const lvScale = totalLv.map((sd, j) => (model.single[j] ? 1 : sd));
  const totalOv = Array.from({ length: p }, (_, i) => Math.sqrt(imp.sigma[i * p + i]));
  return model.params.map((q) => {
    const est = valueOf(mats, q);
    switch (q.matrix) {
      case 'lambda':
        return { est, stdLv: est * lvScale[q.col], stdAll: (est * totalLv[q.col]) / totalOv[q.row] };
      case 'beta':
        return { est, stdLv: (est * lvScale[q.col]) / lvScale[q.row], stdAll: (est * totalLv[q.col]) / totalLv[q.row] };
      case 'psi': {
        if (q.row === q.col) {
          const v = imp.latentCov[q.row * m + q.row];
          return { est, stdLv: model.single[q.row] ? est : est / v, stdAll: est / v };
        }
        const r = est / Math.sqrt(mats.psi[q.row * m + q.row] * mats.psi[q.col * m + q.col]);
        const bothLatent = !model.single[q.row] && !model.single[q.col];
        const lv = bothLatent ? r : est / (Math.sqrt(model.single[q.row] ? 1 : mats.psi[q.row * m + q.row]) * Math.sqrt(model.single[q.col] ? 1 : mats.psi[q.col * m + q.col]));
        return { est, stdLv: lv, stdAll: r };
      }
      case 'theta': {
        if (q.row === q.col) return { est, stdLv: est, stdAll: est / imp.sigma[q.row * p + q.row] };
        return { est, stdLv: est, stdAll: est / Math.sqrt(mats.theta[q.row * p + q.row] * mats.theta[q.col * p + q.col]) };
      }
    }
  });
}

export interface RSquare {
  name: string;
  r2: number;
}

/** R-square of each indicator (in observed order) and each endogenous variable (in latent order). */
export function rSquares(model: SemModel, mats: Matrices, imp: Implied): RSquare[] {
  const { p, m } = mats;
  const out: RSquare[] = [];
  model.observed.forEach((name, i) => {
    if (model.latent.includes(name)) return;
    out.push({ name, r2: 1 - mats.theta[i * p + i] / imp.sigma[i * p + i] });
  });
  model.latent.forEach((name, j) => {
    if (model.endogenous[j]) out.push({ name, r2: 1 - mats.psi[j * m + j] / imp.latentCov[j * m + j] });
  });
  return out;
}
