/**
 * The pairwise orthomax rotation SPSS FACTOR uses for VARIMAX and QUARTIMAX (Kaiser 1958; IBM SPSS
 * Statistics Algorithms, FACTOR: Orthogonal rotations), with weight gamma = 1 (varimax) or 0
 * (quartimax):
 *   1. Kaiser normalisation: divide row i by h_i = sqrt(sum_j a_ij^2).
 *   2. One sweep rotates every column pair (1,2), (1,3), ..., (m-1,m) in that order, in place, by
 *      P = atan2(X, Y) / 4 with u = x_j^2 - x_k^2, v = 2 x_j x_k, A = sum u, B = sum v,
 *      C = sum (u^2 - v^2), D = 2 sum u v, X = D - gamma 2AB/p, Y = C - gamma (A^2 - B^2)/p;
 *      a pair whose |sin P| <= 1e-15 is left alone.
 *   3. After each sweep V = sum_j (p sum_i x_ij^4 - gamma (sum_i x_ij^2)^2) (not divided by p^2);
 *      stop when |V_new - V_old| <= RCONVERGE (1e-4) or after ITERATE (25) sweeps.
 *   4. Undo the normalisation, reflect every column whose sum is negative, then order the columns
 *      by sum of squared loadings, largest first.
 * For varimax this reproduces SPSS 23-27 output to about 1e-15 (../shared/reference/README.md);
 * the stopping rule matters: R's stats::varimax stops earlier and misses SPSS in the third decimal.
 */

export interface OrthomaxOptions {
  /** ITERATE: the most sweeps (25). */
  iterate?: number;
  /** RCONVERGE: the change in the criterion that counts as converged (1e-4). */
  rconverge?: number;
  /** Kaiser normalisation (SPSS /CRITERIA KAISER, the default). */
  normalize?: boolean;
}

export interface OrthogonalRotation {
  /** Rotated loadings, row-major p x m, reflected and ordered. */
  loadings: Float64Array;
  /** m x m orthogonal T with rotated = unrotated T (SPSS's transformation matrix). */
  transformation: Float64Array;
  /** Sweeps done. */
  iterations: number;
  /** True when the criterion stopped changing before ITERATE sweeps. */
  converged: boolean;
  /** The criterion V before the first sweep and after each one (what `--explain` shows). */
  criteria: number[];
}

function criterion(x: Float64Array, p: number, m: number, gamma: number): number {
  let v = 0;
  for (let j = 0; j < m; j++) {
    let s2 = 0;
    let s4 = 0;
    for (let i = 0; i < p; i++) {
      const q = x[i * m + j] * x[i * m + j];
      s2 += q;
      s4 += q * q;
    }
    v += p * s4 - gamma * s2 * s2;
  }
  return v;
}

/** Rotate the row-major p x m loading matrix `a` (not changed) by the orthomax criterion `gamma`. */
export function orthomax(a: Float64Array, p: number, m: number, gamma: number, opts: OrthomaxOptions = {}): OrthogonalRotation {
  const iterate = opts.iterate ?? 25;
  const rconverge = opts.rconverge ?? 1e-4;
  const normalize = opts.normalize ?? true;
  const x = Float64Array.from(a);
  const h = new Float64Array(p).fill(1);
  if (normalize) {
    for (let i = 0; i < p; i++) {
      let s = 0;
      for (let j = 0; j < m; j++) s += x[i * m + j] * x[i * m + j];
      // An all-zero row has nothing to normalise.
      h[i] = s > 0 ? Math.sqrt(s) : 1;
      for (let j = 0; j < m; j++) x[i * m + j] /= h[i];
    }
  }
  const t = new Float64Array(m * m);
  for (let j = 0; j < m; j++) t[j * m + j] = 1;
  let iterations = 0;
  let converged = false;
  const criteria: number[] = [];
  if (m >= 2) {
    let v = criterion(x, p, m, gamma);
    criteria.push(v);
    while (iterations < iterate) {
      iterations++;
      for (let j = 0; j < m - 1; j++) {
        for (let k = j + 1; k < m; k++) {
          let sa = 0;
          let sb = 0;
          let sc = 0;
          let sd = 0;
          for (let i = 0; i < p; i++) {
            const xj = x[i * m + j];
            const xk = x[i * m + k];
            const u = xj * xj - xk * xk;
            const w = 2 * xj * xk;
            sa += u;
            sb += w;
            sc += u * u - w * w;
            sd += 2 * u * w;
          }
          const num = sd - (gamma * 2 * sa * sb) / p;
          const den = sc - (gamma * (sa * sa - sb * sb)) / p;
          const phi = Math.atan2(num, den) / 4;
          const sin = Math.sin(phi);
          if (Math.abs(sin) <= 1e-15) continue;
          const cos = Math.cos(phi);
          for (let i = 0; i < p; i++) {
            const xj = x[i * m + j];
            const xk = x[i * m + k];
            x[i * m + j] = xj * cos + xk * sin;
            x[i * m + k] = -xj * sin + xk * cos;
          }
          for (let i = 0; i < m; i++) {
            const tj = t[i * m + j];
            const tk = t[i * m + k];
            t[i * m + j] = tj * cos + tk * sin;
            t[i * m + k] = -tj * sin + tk * cos;
          }
        }
      }
      const next = criterion(x, p, m, gamma);
      criteria.push(next);
      const change = Math.abs(next - v);
      v = next;
      if (change <= rconverge) {
        converged = true;
        break;
      }
    }
  } else {
    converged = true;
  }
  for (let i = 0; i < p; i++) for (let j = 0; j < m; j++) x[i * m + j] *= h[i];
  return { ...reflectAndOrder(x, t, p, m), iterations, converged, criteria };
}

/**
 * Reflect every column of `x` (p x m) whose sum is negative, then order the columns by their sums
 * of squares, largest first (a stable sort keeps ties in place); `t` (m x m) follows column by column.
 */
export function reflectAndOrder(x: Float64Array, t: Float64Array, p: number, m: number): { loadings: Float64Array; transformation: Float64Array } {
  const ss = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    let sum = 0;
    for (let i = 0; i < p; i++) sum += x[i * m + j];
    if (sum < 0) {
      for (let i = 0; i < p; i++) x[i * m + j] = -x[i * m + j];
      for (let i = 0; i < m; i++) t[i * m + j] = -t[i * m + j];
    }
    for (let i = 0; i < p; i++) ss[j] += x[i * m + j] * x[i * m + j];
  }
  const order = Array.from({ length: m }, (_, j) => j).sort((a, b) => ss[b] - ss[a]);
  const loadings = new Float64Array(p * m);
  const transformation = new Float64Array(m * m);
  for (let jj = 0; jj < m; jj++) {
    const j = order[jj];
    for (let i = 0; i < p; i++) loadings[i * m + jj] = x[i * m + j];
    for (let i = 0; i < m; i++) transformation[i * m + jj] = t[i * m + j];
  }
  return { loadings, transformation };
}
