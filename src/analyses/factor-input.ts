/**
 * The correlation matrix that KMO/Bartlett and FACTOR start from: the selected items with listwise
 * deletion (SPSS /MISSING LISTWISE), frequency weights as SPSS WEIGHT BY, one covariance pass, and
 * the checks that make the matrix usable, each failing with one sentence that names the items.
 */
import type { Dataset } from '../data/dataset.js';
import { AnalysisError, UsageError } from '../errors.js';
import { msg, type MessageRef } from '../i18n/index.js';
import { cholesky } from '../stats/cholesky.js';
import { refinedInverse } from '../stats/refine.js';
import { correlationFromCovariance, covariance, listwise } from '../stats/covariance.js';
import { powerOfTwoScale, scaled } from '../stats/scale.js';
import { diagnoseCorrelation } from '../stats/singularity.js';
import { correlationOf, subset, type Moments } from '../stats/moments.js';
import { symmetricEigen } from '../stats/eigen.js';
import { selectSummary, type SummaryStats } from '../data/summary.js';

export interface ItemCorrelations {
  items: string[];
  /** Cases used (sum of weights when weighted). */
  n: number;
  /** Rows used (unweighted count) and rows dropped by listwise deletion. */
  rows: number;
  excluded: number;
  /** Row-major p x p. */
  r: Float64Array;
  /** R^-1, row-major p x p. */
  rInverse: Float64Array;
  logDeterminant: number;
  means: Float64Array;
  sds: Float64Array;
}

/** The variables named `items` (default: every variable of the dataset) as complete-case columns. */
function pick(ds: Dataset, items?: string[]): { names: string[]; columns: Float64Array[] } {
  const vars = items ? items.map((name) => {
    const v = ds.variables.find((x) => x.name === name);
    if (!v) throw new UsageError(msg('factor.err.noItem', { name }));
    return v;
  }) : ds.variables;
  // Free text coded 1..k in sorted order is not a scale: its correlations would be meaningless.
  for (const v of vars) {
    if (v.kind === 'string') {
      throw new AnalysisError(
        msg('factor.err.textItem', { item: v.name, count: v.labels.size, example: [...v.labels.values()][0] ?? '' }),
      );
    }
  }
  return { names: vars.map((v) => v.name), columns: vars.map((v) => v.values) };
}

/** Explain why R (of `names`) cannot be inverted, as one AnalysisError. */
export function singularError(r: Float64Array, names: string[], n: number, constantValues?: (number | null)[]): AnalysisError {
  const p = names.length;
  const d = diagnoseCorrelation(r, p);
  if (d?.kind === 'constant') {
    const which = d.indices.map((j): string | MessageRef => {
      const v = constantValues?.[j];
      return v === undefined || v === null ? names[j] : msg('factor.err.always', { item: names[j], value: v });
    });
    // Joined as a message, since an item may carry a translated '(always v)'.
    const items = which.reduce((head, tail) => msg('factor.err.list', { head, tail }));
    return new AnalysisError(msg(d.indices.length === 1 ? 'factor.err.constantOne' : 'factor.err.constantMany', { items }));
  }
  if (n <= p) {
    return new AnalysisError(msg('factor.err.tooFewCases', { p, n, need: p + 1 }));
  }
  if (d?.kind === 'collinear') {
    const target = names[d.indices[d.indices.length - 1]];
    const others = d.indices.slice(0, -1).map((j) => names[j]);
    const what = others.length === 0 ? msg('factor.err.degenerate', { item: target }) : others.length === 1 && Math.abs(r[d.indices[0] * p + d.indices[1]]) > 1 - 1e-9
      ? msg('factor.err.perfect', { item: target, other: others[0], r: r[d.indices[0] * p + d.indices[1]].toFixed(6) })
      : msg('factor.err.combination', { item: target, others, r2: d.rSquared.toFixed(10) });
    return new AnalysisError(msg('factor.err.singular', { what }));
  }
  return new AnalysisError(msg('factor.err.notPositiveDefinite', { items: names }));
}

function checkItemCount(names: string[], minItems: number): void {
  const p = names.length;
  if (p < minItems) {
    throw new UsageError(
      p ? msg('factor.err.fewItemsListed', { min: minItems, p, items: names }) : msg('factor.err.fewItems', { min: minItems, p }),
    );
  }
}

/**
 * Listwise-complete correlations of the items, with R^-1 and ln |R|; throws on unusable data.
 * `moments` (of a selection holding the items, computed once by analyze) is read instead of the
 * rows when every row is complete and its sums are finite.
 */
export function itemCorrelations(ds: Dataset, items?: string[], minItems = 2, moments?: Moments): ItemCorrelations {
  const { names, columns } = pick(ds, items);
  const p = names.length;
  checkItemCount(names, minItems);
  const shared = moments && p >= minItems ? subset(moments, names) : null;
  if (shared && shared.rows >= 2 && shared.sscp.every(Number.isFinite)) return fromMoments(shared);
  const lw = listwise(columns, ds.weights);
  const rows = lw.kept;
  if (rows < 2) {
    // An item without a single answer leaves no complete case: name it.
    const empty = names.filter((_, j) => columns[j].every((x) => Number.isNaN(x)));
    if (empty.length === 1) throw new AnalysisError(msg('factor.err.emptyOne', { item: empty[0] }));
    if (empty.length > 1) throw new AnalysisError(msg('factor.err.emptyMany', { items: empty.map((name) => `'${name}'`) }));
  }
  if (rows < 2) throw new AnalysisError(msg(rows === 1 ? 'factor.err.fewCasesOne' : 'factor.err.fewCasesMany', { rows, items: names }));
  // Columns divided by a power of two near their size: values near 1e200 (or 1e-200) would overflow
  // (underflow) in the cross-products; r is unchanged and means and SDs scale back exactly.
  const scales = lw.columns.map((col) => powerOfTwoScale(col));
  const cov = covariance(lw.columns.map((col, j) => scaled(col, scales[j])), lw.weights);
  const r = correlationFromCovariance(cov.cov, p);
  const sds = new Float64Array(p);
  const means = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    sds[j] = Math.sqrt(cov.cov[j * p + j]) * scales[j];
    means[j] = cov.means[j] * scales[j];
  }
  const ch = cholesky(r, p);
  if (!ch.ok || Number.isNaN(r[0])) {
    const constant = lw.columns.map((c) => (c.length ? c[0] : null));
    throw singularError(r, names, cov.n, constant);
  }
  return { items: names, n: cov.n, rows, excluded: lw.excluded, r, ...inverse(r, ch.L, p), means, sds };
}

/** itemCorrelations from moments of complete rows (the same checks; see itemCorrelations). */
function fromMoments(m: Moments): ItemCorrelations {
  const p = m.names.length;
  const r = correlationOf(m);
  const sds = Float64Array.from({ length: p }, (_, j) => Math.sqrt(m.sscp[j * p + j] / (m.n - 1)));
  const ch = cholesky(r, p);
  if (!ch.ok || Number.isNaN(r[0])) throw singularError(r, m.names, m.n, m.columns.map((c) => (c.rows ? c.min : null)));
  return { items: m.names, n: m.n, rows: m.rows, excluded: 0, r, ...inverse(r, ch.L, p), means: m.means.slice(), sds };
}

/**
 * R^-1 and ln |R| from R and its Cholesky factor L (p x p), refined where R is ill-conditioned
 * (refine.ts): KMO, Bartlett's test and the score coefficients read them.
 */
function inverse(r: Float64Array, L: Float64Array, p: number): Pick<ItemCorrelations, 'rInverse' | 'logDeterminant'> {
  const refined = refinedInverse(r, L, p);
  return { rInverse: refined.inverse, logDeterminant: refined.logDeterminant };
}

/** The same checks for a correlation matrix given directly (p items, n cases). */
export function fromCorrelationMatrix(r: Float64Array, items: string[], n: number): ItemCorrelations {
  const p = items.length;
  const ch = cholesky(r, p);
  if (!ch.ok) throw singularError(r, items, n);
  return { items, n, rows: n, excluded: 0, r, ...inverse(r, ch.L, p), means: new Float64Array(p), sds: new Float64Array(p).fill(1) };
}

/**
 * The same correlations from summary input (a MATRIX DATA or moments file): R of the items as
 * the file gives it, means and SDs where it has them. A matrix with a negative eigenvalue (typed
 * from a rounded table, or computed pairwise) is explained as such; a singular one as for data.
 */
export function summaryCorrelations(s: SummaryStats, items: string[], minItems = 2): ItemCorrelations {
  checkItemCount(items, minItems);
  const sub = selectSummary(s, items);
  const p = items.length;
  // As for data: p items need more than p cases (with fewer, no data set has this matrix).
  if (sub.n <= p) throw new AnalysisError(msg('summary.err.fewCases', { file: s.file, n: sub.n, p, need: p + 1 }));
  const ch = cholesky(sub.r, p);
  if (!ch.ok || Number.isNaN(sub.r[0])) {
    if (!sub.r.some((x) => Number.isNaN(x))) {
      const smallest = symmetricEigen(sub.r, p).values[p - 1];
      if (smallest < -1e-12 * p) throw new AnalysisError(msg('summary.err.notPd', { file: s.file, items, value: smallest.toPrecision(4) }));
    }
    throw singularError(sub.r, items, sub.n);
  }
  const sds = new Float64Array(p).fill(1);
  if (sub.cov) for (let j = 0; j < p; j++) sds[j] = Math.sqrt(sub.cov[j * p + j]);
  return { items, n: sub.n, rows: sub.rows ?? sub.n, excluded: sub.excluded, r: sub.r, ...inverse(sub.r, ch.L, p), means: sub.means ?? new Float64Array(p), sds };
}
