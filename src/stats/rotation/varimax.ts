/**
 * Varimax (Kaiser 1958) exactly as SPSS FACTOR /ROTATION VARIMAX computes it: the pairwise
 * orthomax rotation with gamma = 1, maximising V = sum_j (p sum_i x_ij^4 - (sum_i x_ij^2)^2) on
 * Kaiser-normalised loadings; see ./orthomax.ts for the algorithm and the stopping rule.
 */
import { orthomax, type OrthomaxOptions, type OrthogonalRotation } from './orthomax.js';

/** Varimax-rotate the row-major p x m loadings `a`. */
export function varimax(a: Float64Array, p: number, m: number, opts: OrthomaxOptions = {}): OrthogonalRotation {
  return orthomax(a, p, m, 1, opts);
}
