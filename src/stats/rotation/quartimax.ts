/**
 * Quartimax (Carroll 1953; Neuhaus & Wrigley 1954) as SPSS FACTOR /ROTATION QUARTIMAX computes it:
 * the pairwise orthomax rotation with gamma = 0 (X = D, Y = C), maximising sum_ij x_ij^4 of the
 * Kaiser-normalised loadings (the criterion is tracked as p sum x^4, the varimax scaling without
 * its second term); see ./orthomax.ts.
 */
import { orthomax, type OrthomaxOptions, type OrthogonalRotation } from './orthomax.js';

/** Quartimax-rotate the row-major p x m loadings `a`. */
export function quartimax(a: Float64Array, p: number, m: number, opts: OrthomaxOptions = {}): OrthogonalRotation {
  return orthomax(a, p, m, 0, opts);
}
