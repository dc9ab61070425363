/**
 * Direct, indirect and total effects of the structural regressions (`~`), as AMOS and lavaan
 * define them (Bollen 1987; Sobel 1986): with B the matrix of the regression weights only,
 *   total = (I - B)^-1 - I,   direct = B,   indirect = total - direct,
 * and the standardized versions times sd(from) / sd(to) (model-implied SDs, as std.all).
 * One row per pair (from, to) that any effect joins, in the order of the latent variables.
 */
import { reducedForm, type Implied, type Matrices, type SemModel } from './model.js';

export interface Effect {
  from: string;
  to: string;
  direct: number;
  indirect: number;
  total: number;
  directStd: number;
  indirectStd: number;
  totalStd: number;
}

export function effects(model: SemModel, mats: Matrices, imp: Implied): Effect[] {
  const m = mats.m;
  const B = new Float64Array(m * m);
  for (const q of model.params) if (q.op === '~') B[q.row * m + q.col] = mats.beta[q.row * m + q.col];
  const A = reducedForm(B, m);
  const sd = Array.from({ length: m }, (_, j) => Math.sqrt(imp.latentCov[j * m + j]));
  const out: Effect[] = [];
  for (let to = 0; to < m; to++) {
    for (let from = 0; from < m; from++) {
      if (from === to) continue;
      const total = A[to * m + from];
      const direct = B[to * m + from];
      if (total === 0 && direct === 0) continue;
      const indirect = total - direct;
      const k = sd[from] / sd[to];
      out.push({ from: model.latent[from], to: model.latent[to], direct, indirect, total, directStd: direct * k, indirectStd: indirect * k, totalStd: total * k });
    }
  }
  return out;
}
