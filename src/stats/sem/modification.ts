/**
 * Modification indices and expected parameter changes (Sorbom 1989), as lavaan's modindices()
 * computes them from the expected information, for the parameters a model leaves out that a
 * reviewer asks about: cross-loadings (a factor on an indicator of another) and residual
 * covariances between indicators.
 *
 * With g the gradient of F and H its expected Hessian (estimate.ts), both over the free
 * parameters theta plus the candidate j (at 0, so Sigma is unchanged), and
 *   h_j.theta = H_jj - H_j,theta H_theta,theta^-1 H_theta,j,
 * the score test of j is MI_j = (n_F / 2) g_j^2 / h_j.theta (chi-square, 1 df), and the expected
 * change of j if it were freed is EPC_j = -g_j / h_j.theta. (n_F = N; lavaan keeps N for the MI
 * under the Wishart likelihood too, while AMOS's convention is N - 1: the caller chooses.)
 */
import { cholesky, solveCholesky } from '../cholesky.js';
import { evaluate, expectedHessian, gradient } from './estimate.js';
import type { Parameter, SemModel } from './model.js';

export interface ModificationIndex {
  lhs: string;
  op: '=~' | '~~';
  rhs: string;
  mi: number;
  epc: number;
}

/** The left-out cross-loadings and indicator residual covariances of a model. */
function candidates(model: SemModel): Parameter[] {
  const out: Parameter[] = [];
  const has = new Set(model.params.map((q) => `${q.matrix}:${q.row}:${q.col}`));
  const m = model.latent.length;
  const indicators = model.observed.map((name, i) => ({ name, i })).filter(({ name }) => !model.latent.includes(name));
  for (let f = 0; f < m; f++) {
    if (model.single[f]) continue;
    for (const { name, i } of indicators) {
      if (!has.has(`lambda:${i}:${f}`)) out.push({ lhs: model.latent[f], op: '=~', rhs: name, user: false, free: true, value: 0, matrix: 'lambda', row: i, col: f });
    }
  }
  for (let a = 0; a < indicators.length; a++) {
    for (let b = a + 1; b < indicators.length; b++) {
      const [i, j] = [indicators[a].i, indicators[b].i];
      const [row, col] = [Math.max(i, j), Math.min(i, j)];
      if (!has.has(`theta:${row}:${col}`)) out.push({ lhs: indicators[a].name, op: '~~', rhs: indicators[b].name, user: false, free: true, value: 0, matrix: 'theta', row, col });
    }
  }
  return out;
}

/** Every candidate's MI and EPC at the estimates x (free parameters of `model`), largest MI first. */
export function modificationIndices(model: SemModel, S: Float64Array, logDetS: number, x: Float64Array, nF: number): ModificationIndex[] {
  const extra = candidates(model);
  if (extra.length === 0) return [];
  const q = model.free.length;
  const ext: SemModel = { ...model, params: [...model.params, ...extra], free: [...model.free, ...extra.map((_, k) => model.params.length + k)] };
  const xe = new Float64Array(q + extra.length);
  xe.set(x);
  const ev = evaluate(ext, S, logDetS, xe);
  if (!ev) return [];
  const g = gradient(ext, S, ev);
  const H = expectedHessian(ext, ev);
  const t = q + extra.length;
  const Htt = new Float64Array(q * q);
  for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) Htt[a * q + b] = H[a * t + b];
  const ch = cholesky(Htt, q, 1e-14);
  if (!ch.ok) return [];
  const out: ModificationIndex[] = [];
  extra.forEach((par, k) => {
    const j = q + k;
    const hj = Float64Array.from({ length: q }, (_, a) => H[j * t + a]);
    const w = solveCholesky(ch.L, q, hj);
    let quad = 0;
    for (let a = 0; a < q; a++) quad += hj[a] * w[a];
    const h = H[j * t + j] - quad;
    // A candidate the free parameters already span (e.g. the residual covariance of a
    // two-indicator factor) cannot be freed: left out, as lavaan leaves it out.
    if (!(h > 1e-8 * H[j * t + j])) return;
    out.push({ lhs: par.lhs, op: par.op as '=~' | '~~', rhs: par.rhs, mi: ((nF / 2) * g[j] * g[j]) / h, epc: -g[j] / h });
  });
  return out.sort((a, b) => b.mi - a.mi);
}
