/**
 * Eigen-decomposition of a real symmetric matrix, R = V diag(values) V', with the eigenvalues in
 * descending order and every eigenvector's sign fixed so that its elements sum to a positive number
 * (the convention of the reference outputs: a component's loadings add up to more than zero).
 *
 * The solver is ml-matrix's symmetric path (Householder tridiagonalisation followed by the implicit
 * QL algorithm, as in EISPACK tred2/tql2; Wilkinson & Reinsch 1971), which is backward stable:
 * eigenvalues are accurate to about machine epsilon times the largest |eigenvalue|.
 * The matrix is divided by its largest |element| first (eigenvectors do not change, eigenvalues
 * scale back): the Householder norms then neither underflow for tiny matrices (subnormal entries
 * made the vectors non-orthogonal) nor overflow for huge ones. Entries below 1e-150 of the largest
 * are then set to zero: by Weyl's inequality that moves no eigenvalue by more than p x 1e-150 of the
 * largest (far below rounding), and their squares would otherwise be subnormal or zero, which sent
 * tql2's index past the end of the matrix.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

export interface SymmetricEigen {
  /** Eigenvalues, largest first. */
  values: Float64Array;
  /** Eigenvectors, row-major p x p: column j (elements vectors[i * p + j]) belongs to values[j]. */
  vectors: Float64Array;
}

/** Decompose the symmetric row-major p x p matrix `a` (only read, never changed). */
export function symmetricEigen(a: Float64Array, p: number): SymmetricEigen {
  if (p === 0) return { values: new Float64Array(0), vectors: new Float64Array(0) };
  let scale = 0;
  for (let i = 0; i < p * p; i++) scale = Math.max(scale, Math.abs(a[i]));
  if (scale === 0) {
    // The zero matrix: every vector is an eigenvector of 0; take the unit vectors.
    const vectors = new Float64Array(p * p);
    for (let j = 0; j < p; j++) vectors[j * p + j] = 1;
    return { values: new Float64Array(p), vectors };
  }
  const rows: number[][] = [];
  const negligible = (x: number) => (Math.abs(x) < 1e-150 ? 0 : x);
  for (let i = 0; i < p; i++) rows.push(Array.from(a.subarray(i * p, i * p + p), (x) => negligible(x / scale)));
  const e = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true });
  const vals = e.realEigenvalues;
  const vecs = e.eigenvectorMatrix;
  const order = Array.from({ length: p }, (_, j) => j).sort((x, y) => vals[y] - vals[x]);
  const values = new Float64Array(p);
  const vectors = new Float64Array(p * p);
  for (let jj = 0; jj < p; jj++) {
    const j = order[jj];
    values[jj] = vals[j] * scale;
    let sum = 0;
    let firstNonZero = 0;
    for (let i = 0; i < p; i++) {
      const v = vecs.get(i, j);
      sum += v;
      if (firstNonZero === 0 && v !== 0) firstNonZero = v;
    }
    // A zero sum (possible for contrasts) falls back to a positive first non-zero element.
    const sign = sum > 0 || (sum === 0 && firstNonZero >= 0) ? 1 : -1;
    for (let i = 0; i < p; i++) vectors[i * p + jj] = sign * vecs.get(i, j);
  }
  return { values, vectors };
}
