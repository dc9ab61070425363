/**
 * Statistics of an r x c contingency table as SPSS CROSSTABS computes them (SPSS Statistics
 * Algorithms, CROSSTABS), from cell counts f_ij (frequency weights summed), row totals r_i,
 * column totals c_j and N:
 *
 *   expected       E_ij = r_i c_j / N
 *   Pearson        X^2 = sum (f_ij - E_ij)^2 / E_ij,           df = (r - 1)(c - 1)
 *   likelihood     G^2 = 2 sum f_ij ln(f_ij / E_ij)            (empty cells add 0)
 *   Yates (2x2)    X_c^2 = N (|f11 f22 - f12 f21| - N/2)^2 / (r1 r2 c1 c2), 0 when |ad - bc| <= N/2
 *   linear-by-linear  M^2 = (N - 1) r^2, r the Pearson correlation of the row and column values, df 1
 *   phi = X^2 / N under the root (signed (ad - bc)/sqrt(r1 r2 c1 c2) for 2x2), Cramér's V =
 *   sqrt(X^2 / (N (min(r, c) - 1))), contingency coefficient C = sqrt(X^2 / (X^2 + N)); their
 *   approximate significance is the Pearson chi-square's.
 *   residuals      f - E, standardized (f - E)/sqrt(E), adjusted (f - E)/sqrt(E (1 - r_i/N)(1 - c_j/N)).
 *
 * Fisher's exact test conditions on both margins (the table's probability is multivariate
 * hypergeometric): 2x2 two-sided p sums the tables no more probable than the observed one (with
 * R's relative tolerance 1e-7 for ties), one-sided p is the smaller tail of f11. Larger tables
 * enumerate every table with the observed margins (Freeman-Halton), up to ENUMERATION_LIMIT tables.
 */
import gammaln from '@stdlib/math-base-special-gammaln';
import { chiSquareUpperP } from './distributions.js';
import { minOf } from './extent.js';

/** R's fisher.test tolerance: a table counts as "as extreme" when P <= P_obs (1 + 1e-7). */
const RELATIVE_TIE = 1 + 1e-7;

/** At most this many tables are enumerated for an r x c exact test; beyond it the test is not computed. */
export const ENUMERATION_LIMIT = 10_000_000;

export interface CellStatistics {
  expected: number[][];
  residual: number[][];
  standardized: number[][];
  adjusted: number[][];
}

export interface ChiSquare {
  value: number;
  df: number;
  p: number;
}

export interface ExactFisher {
  /** SPSS's Value for r x c (Freeman-Halton statistic -2 ln(gamma P_obs)); null for 2x2, where SPSS shows none. */
  value: number | null;
  /** Exact Sig. (2-sided). */
  p2: number;
  /** Exact Sig. (1-sided): 2x2 only. */
  p1: number | null;
}

export interface TableTotals {
  rows: number[];
  cols: number[];
  total: number;
}

export function totalsOf(f: number[][]): TableTotals {
  const rows = f.map((r) => r.reduce((s, x) => s + x, 0));
  const cols = f[0].map((_, j) => f.reduce((s, r) => s + r[j], 0));
  return { rows, cols, total: rows.reduce((s, x) => s + x, 0) };
}

export function cellStatistics(f: number[][]): CellStatistics {
  const { rows, cols, total: N } = totalsOf(f);
  const expected = f.map((r, i) => r.map((_, j) => (rows[i] * cols[j]) / N));
  const residual = f.map((r, i) => r.map((x, j) => x - expected[i][j]));
  const standardized = residual.map((r, i) => r.map((d, j) => d / Math.sqrt(expected[i][j])));
  const adjusted = residual.map((r, i) => r.map((d, j) => d / Math.sqrt(expected[i][j] * (1 - rows[i] / N) * (1 - cols[j] / N))));
  return { expected, residual, standardized, adjusted };
}

export function pearsonChiSquare(f: number[][]): ChiSquare {
  const { expected } = cellStatistics(f);
  let x2 = 0;
  for (let i = 0; i < f.length; i++) for (let j = 0; j < f[i].length; j++) x2 += (f[i][j] - expected[i][j]) ** 2 / expected[i][j];
  const df = (f.length - 1) * (f[0].length - 1);
  return { value: x2, df, p: chiSquareUpperP(x2, df) };
}

export function likelihoodRatio(f: number[][]): ChiSquare {
  const { expected } = cellStatistics(f);
  let g2 = 0;
  for (let i = 0; i < f.length; i++) for (let j = 0; j < f[i].length; j++) if (f[i][j] > 0) g2 += f[i][j] * Math.log(f[i][j] / expected[i][j]);
  g2 *= 2;
  const df = (f.length - 1) * (f[0].length - 1);
  return { value: g2, df, p: chiSquareUpperP(g2, df) };
}

/** Yates' continuity-corrected chi-square of a 2x2 table. */
export function continuityCorrection(f: number[][]): ChiSquare {
  const { rows, cols, total: N } = totalsOf(f);
  const d = Math.abs(f[0][0] * f[1][1] - f[0][1] * f[1][0]);
  const value = d > N / 2 ? (N * (d - N / 2) ** 2) / (rows[0] * rows[1] * cols[0] * cols[1]) : 0;
  return { value, df: 1, p: chiSquareUpperP(value, 1) };
}

/** Mantel-Haenszel linear-by-linear association on the row and column values (scores). */
export function linearByLinear(f: number[][], rowScores: number[], colScores: number[]): ChiSquare {
  const { rows, cols, total: N } = totalsOf(f);
  const mr = rows.reduce((s, r, i) => s + r * rowScores[i], 0) / N;
  const mc = cols.reduce((s, c, j) => s + c * colScores[j], 0) / N;
  let sxy = 0;
  for (let i = 0; i < f.length; i++) for (let j = 0; j < f[i].length; j++) sxy += f[i][j] * (rowScores[i] - mr) * (colScores[j] - mc);
  const sxx = rows.reduce((s, r, i) => s + r * (rowScores[i] - mr) ** 2, 0);
  const syy = cols.reduce((s, c, j) => s + c * (colScores[j] - mc) ** 2, 0);
  const r = sxy / Math.sqrt(sxx * syy);
  const value = (N - 1) * r * r;
  return { value, df: 1, p: chiSquareUpperP(value, 1) };
}

export interface SymmetricMeasures {
  phi: number;
  cramersV: number;
  contingency: number;
  /** Approximate significance (the Pearson chi-square's p). */
  p: number;
}

export function symmetricMeasures(f: number[][]): SymmetricMeasures {
  const { rows, cols, total: N } = totalsOf(f);
  const x2 = pearsonChiSquare(f);
  const k = Math.min(f.length, f[0].length);
  const phi =
    f.length === 2 && f[0].length === 2
      ? (f[0][0] * f[1][1] - f[0][1] * f[1][0]) / Math.sqrt(rows[0] * rows[1] * cols[0] * cols[1])
      : Math.sqrt(x2.value / N);
  return { phi, cramersV: Math.sqrt(x2.value / (N * (k - 1))), contingency: Math.sqrt(x2.value / (x2.value + N)), p: x2.p };
}

const logFactorial = (n: number): number => gammaln(n + 1);

/** Fisher's exact test of a 2x2 table (whole counts). */
export function fisher2x2(f: number[][]): ExactFisher {
  const [[a, b], [c, d]] = f;
  const r1 = a + b;
  const c1 = a + c;
  const N = a + b + c + d;
  const lo = Math.max(0, c1 - (N - r1));
  const hi = Math.min(r1, c1);
  const base = logFactorial(r1) + logFactorial(N - r1) + logFactorial(c1) + logFactorial(N - c1) - logFactorial(N);
  const prob = (x: number): number => Math.exp(base - logFactorial(x) - logFactorial(r1 - x) - logFactorial(c1 - x) - logFactorial(N - r1 - c1 + x));
  const pObs = prob(a);
  let p2 = 0;
  let less = 0;
  let greater = 0;
  for (let x = lo; x <= hi; x++) {
    const p = prob(x);
    if (p <= pObs * RELATIVE_TIE) p2 += p;
    if (x <= a) less += p;
    if (x >= a) greater += p;
  }
  return { value: null, p2: Math.min(1, p2), p1: Math.min(1, less, greater) };
}

/**
 * Fisher-Freeman-Halton exact test of an r x c table (whole counts) by enumerating every table
 * with its margins, column by column; null when there are more than `limit` tables.
 * SPSS's Value: -2 ln(gamma P_obs), gamma = (2 pi)^((r-1)(c-1)/2) N^(-(rc-1)/2) prod r_i^((c-1)/2) prod c_j^((r-1)/2).
 */
export function fisherExact(f: number[][], limit = ENUMERATION_LIMIT): ExactFisher | null {
  if (f.length === 2 && f[0].length === 2) return fisher2x2(f);
  const { rows, cols, total: N } = totalsOf(f);
  const R = rows.length;
  const C = cols.length;
  const constant = rows.reduce((s, r) => s + logFactorial(r), 0) + cols.reduce((s, c) => s + logFactorial(c), 0) - logFactorial(N);
  // ln k! for every count a cell can hold, looked up in the inner loops.
  const lf = new Float64Array(N + 1);
  for (let k = 2; k <= N; k++) lf[k] = lf[k - 1] + Math.log(k);
  let logObs = constant;
  for (const row of f) for (const x of row) logObs -= lf[x];
  const threshold = logObs + Math.log(RELATIVE_TIE);
  let p = 0;
  let tables = 0;
  const left = rows.slice();
  // Fill the cells of column j from the top; the last row takes what the column has left, and
  // the last column what each row has left.
  const visit = (j: number, i: number, colLeft: number, logP: number): boolean => {
    if (j === C - 1) {
      let lp = logP;
      for (let k = 0; k < R; k++) lp -= lf[left[k]];
      if (++tables > limit) return false;
      if (lp <= threshold) p += Math.exp(lp);
      return true;
    }
    if (i === R - 1) {
      if (colLeft > left[i]) return true;
      left[i] -= colLeft;
      const ok = visit(j + 1, 0, cols[j + 1], logP - lf[colLeft]);
      left[i] += colLeft;
      return ok;
    }
    // What the rows below can still take bounds this cell from below.
    let below = 0;
    for (let k = i + 1; k < R; k++) below += left[k];
    const from = Math.max(0, colLeft - below);
    const to = Math.min(left[i], colLeft);
    for (let x = from; x <= to; x++) {
      left[i] -= x;
      const ok = visit(j, i + 1, colLeft - x, logP - lf[x]);
      left[i] += x;
      if (!ok) return false;
    }
    return true;
  };
  if (!visit(0, 0, cols[0], constant)) return null;
  const df = (R - 1) * (C - 1);
  const logGamma =
    (df / 2) * Math.log(2 * Math.PI) -
    ((R * C - 1) / 2) * Math.log(N) +
    rows.reduce((s, r) => s + ((C - 1) / 2) * Math.log(r), 0) +
    cols.reduce((s, c) => s + ((R - 1) / 2) * Math.log(c), 0);
  return { value: -2 * (logGamma + logObs), p2: Math.min(1, p), p1: null };
}

export interface ExpectedSummary {
  /** Cells with an expected count under 5. */
  below5: number;
  cells: number;
  minimum: number;
}

export function expectedSummary(f: number[][]): ExpectedSummary {
  const e = cellStatistics(f).expected.flat();
  return { below5: e.filter((x) => x < 5).length, cells: e.length, minimum: minOf(e) };
}
