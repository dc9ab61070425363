/**
 * The largest eigenvalue of a symmetric matrix by power iteration, step by step: the method a
 * teacher can show on a slide (`--explain`), where the Jacobi/QL routine in eigen.ts is a black box.
 *
 * From v0 = (1, ..., 1)/sqrt(p): w = A v, lambda = v'w (the Rayleigh quotient), v <- w / |w|.
 * For a correlation matrix with positive correlations v0 is close to the first eigenvector, so a
 * few steps suffice; the error of lambda falls as (lambda2/lambda1)^(2k).
 */

export interface PowerIteration {
  /** lambda after each step (step 1 first). */
  steps: number[];
  /** The last lambda. */
  value: number;
  /** The last vector, unit length. */
  vector: Float64Array;
  /** True when lambda changed by less than `tolerance` in the last step. */
  converged: boolean;
}

export function powerIteration(a: Float64Array, p: number, tolerance = 1e-4, maxSteps = 1000): PowerIteration {
  if (a.length !== p * p) throw new RangeError('powerIteration: a must be p x p');
  let v = new Float64Array(p).fill(1 / Math.sqrt(p));
  const steps: number[] = [];
  let converged = false;
  for (let k = 0; k < maxSteps; k++) {
    const w = new Float64Array(p);
    for (let i = 0; i < p; i++) {
      let s = 0;
      for (let j = 0; j < p; j++) s += a[i * p + j] * v[j];
      w[i] = s;
    }
    let lambda = 0;
    let norm = 0;
    for (let i = 0; i < p; i++) {
      lambda += v[i] * w[i];
      norm += w[i] * w[i];
    }
    steps.push(lambda);
    norm = Math.sqrt(norm);
    // A zero product: v is in the null space, lambda = 0 is exact.
    if (norm === 0) {
      converged = true;
      break;
    }
    for (let i = 0; i < p; i++) w[i] /= norm;
    v = w;
    if (steps.length > 1 && Math.abs(lambda - steps[steps.length - 2]) < tolerance) {
      converged = true;
      break;
    }
  }
  return { steps, value: steps[steps.length - 1], vector: v, converged };
}
