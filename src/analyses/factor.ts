/**
 * `csat factor`: SPSS FACTOR on the items' correlation matrix: principal components (or principal
 * axis factoring), the number of components by eigenvalue > 1, a fixed count, or parallel
 * analysis, then varimax / quartimax / promax / no rotation, regression-method score
 * coefficients, and each item's component. Numbers only; ../report/tables/factor.ts shows them.
 */
import type { Dataset } from '../data/dataset.js';
import { AnalysisError, UsageError } from '../errors.js';
import { msg, warning } from '../i18n/index.js';
import { symmetricEigen } from '../stats/eigen.js';
import { moreIterations, principalAxisFactoring } from '../stats/paf.js';
import { parallelAnalysis, parallelRetain } from '../stats/parallel.js';
import { columnSumsOfSquares, communalities as rowSumsOfSquares, componentLoadings, countAbove } from '../stats/pca.js';
import { promax } from '../stats/rotation/promax.js';
import { quartimax } from '../stats/rotation/quartimax.js';
import { varimax } from '../stats/rotation/varimax.js';
import { regressionScores, scoreCoefficients } from '../stats/scores.js';
import { trySquaredMultipleCorrelations } from '../stats/smc.js';
import type { BartlettResult } from '../stats/sphericity.js';
import { fromCorrelationMatrix, itemCorrelations, type ItemCorrelations } from './factor-input.js';
import { kmoFromCorrelations } from './kmo.js';
import { centredSums, listwise, totalWeight } from '../stats/covariance.js';
import { powerOfTwoScale, scaled } from '../stats/scale.js';

export type Extraction = 'pc' | 'paf';
export type Rotation = 'varimax' | 'quartimax' | 'promax' | 'none';

export interface FactorOptions {
  items?: string[];
  extraction?: Extraction;
  rotation?: Rotation;
  /** A fixed number of components (SPSS /CRITERIA FACTORS(n)). */
  factors?: number;
  /** Eigenvalue threshold when no count is given (SPSS MINEIGEN, 1). */
  minEigen?: number;
  /** Choose the count by Horn's parallel analysis. */
  parallel?: boolean;
  seed?: number;
  replicates?: number;
  /** SPSS ITERATE for both extraction (PAF) and rotation (25). */
  iterate?: number;
  /** SPSS RCONVERGE (1e-4). */
  rconverge?: number;
  /** SPSS ECONVERGE (.001). */
  econverge?: number;
  /** SPSS PROMAX(kappa) (4). */
  kappa?: number;
}

export interface VarianceRow {
  total: number;
  percent: number | null;
  cumulative: number | null;
}

export interface LoadingRow {
  item: string;
  loadings: number[];
}

export interface FactorResult {
  n: number;
  items: string[];
  extraction: Extraction;
  rotation: Rotation;
  /** Number of components (factors) extracted. */
  factors: number;
  /** How the number was chosen. */
  retention: { rule: 'eigenvalue' | 'fixed' | 'parallel'; minEigen: number | null };
  kmo: number;
  bartlett: BartlettResult;
  determinant: number;
  /** All p eigenvalues of R, largest first. */
  eigenvalues: number[];
  varianceExplained: { initial: VarianceRow[]; extraction: VarianceRow[]; rotation: VarianceRow[] | null };
  communalities: { item: string; initial: number; extraction: number }[];
  componentMatrix: LoadingRow[];
  /** Rotated loadings (orthogonal rotations) or the pattern matrix (promax); null when not rotated. */
  rotatedComponentMatrix: LoadingRow[] | null;
  /** Promax only: structure matrix and component correlations. */
  structureMatrix: LoadingRow[] | null;
  componentCorrelationMatrix: number[][] | null;
  /** k x k T with rotated = unrotated T; null when not rotated. */
  transformationMatrix: number[][] | null;
  rotationIterations: number | null;
  rotationConverged: boolean | null;
  /** Orthogonal rotations: the criterion before the first sweep and after each (see --explain). */
  rotationCriteria: number[] | null;
  /** PAF only. */
  extractionIterations: number | null;
  extractionConverged: boolean | null;
  /** PAF only: the largest communality change in the last iteration (SPSS "Convergence="). */
  extractionChange: number | null;
  /** PAF only: items whose communality exceeded 1 during the iterations. */
  heywoodItems: string[];
  scoreCoefficients: { item: string; coefficients: number[] }[];
  /** Each item's component (1-based): highest absolute rotated (else unrotated) loading. */
  assignment: { item: string; component: number; loading: number }[];
  parallel: { replicates: number; seed: number; percentile: number; mean: number[]; quantile: number[] } | null;
  excluded: number;
  warnings: string[];
}

function rowsOf(items: string[], a: Float64Array, k: number): LoadingRow[] {
  return items.map((item, i) => ({ item, loadings: Array.from(a.subarray(i * k, i * k + k)) }));
}

function squareRows(a: Float64Array, k: number): number[][] {
  return Array.from({ length: k }, (_, i) => Array.from(a.subarray(i * k, i * k + k)));
}

function varianceRows(totals: ArrayLike<number>, p: number): VarianceRow[] {
  let cum = 0;
  return Array.from(totals, (total) => {
    const percent = (100 * total) / p;
    cum += percent;
    return { total, percent, cumulative: cum };
  });
}

/** The factor analysis of prepared correlations (also used directly for a given matrix). */
export function factorFromCorrelations(c: ItemCorrelations, opts: FactorOptions = {}): FactorResult {
  const p = c.items.length;
  const extraction = opts.extraction ?? 'pc';
  let rotation = opts.rotation ?? 'varimax';
  const iterate = opts.iterate ?? 25;
  if (!Number.isInteger(iterate) || iterate < 1) throw new UsageError(msg('factor.err.iterate', { value: String(iterate) }));
  const warnings: string[] = [];
  const km = kmoFromCorrelations(c);
  const eig = symmetricEigen(c.r, p);

  let k: number;
  let retention: FactorResult['retention'];
  let parallel: FactorResult['parallel'] = null;
  if (opts.factors !== undefined) {
    if (!Number.isInteger(opts.factors) || opts.factors < 1 || opts.factors > p) {
      throw new UsageError(msg('factor.err.factors', { p, value: String(opts.factors) }));
    }
    k = opts.factors;
    retention = { rule: 'fixed', minEigen: null };
  } else if (opts.parallel) {
    const pa = parallelAnalysis(c.n, p, { seed: opts.seed, replicates: opts.replicates });
    parallel = { replicates: pa.replicates, seed: pa.seed, percentile: pa.percentile, mean: Array.from(pa.mean), quantile: Array.from(pa.quantile) };
    k = parallelRetain(eig.values, pa);
    retention = { rule: 'parallel', minEigen: null };
    if (k === 0) {
      warnings.push(warning(msg('factor.warn.parallelNone')));
      k = 1;
    }
  } else {
    const minEigen = opts.minEigen ?? 1;
    k = countAbove(eig.values, minEigen);
    retention = { rule: 'eigenvalue', minEigen };
    if (k === 0) {
      throw new AnalysisError(msg('factor.err.noEigenvalue', { minEigen }));
    }
  }

  let loadings: Float64Array;
  let initialCommunalities: Float64Array;
  let extractionIterations: number | null = null;
  let extractionConverged: boolean | null = null;
  let extractionChange: number | null = null;
  const heywood: string[] = [];
  if (extraction === 'paf') {
    const smc = trySquaredMultipleCorrelations(c.r, p);
    if (!smc) throw new AnalysisError(msg('factor.err.noSmc'));
    initialCommunalities = smc;
    const paf = principalAxisFactoring(c.r, p, k, smc, { iterate, econverge: opts.econverge });
    loadings = paf.loadings;
    extractionIterations = paf.iterations;
    extractionConverged = paf.converged;
    extractionChange = paf.change;
    for (const i of paf.heywood) heywood.push(c.items[i]);
    if (!paf.converged) {
      warnings.push(
        warning(msg('factor.warn.notConverged', { k, iterate, change: paf.change.toPrecision(3), econverge: opts.econverge ?? 0.001, more: moreIterations(iterate) })),
      );
    }
    if (heywood.length > 0) {
      warnings.push(warning(msg('factor.warn.heywood', { items: heywood })));
    }
  } else {
    initialCommunalities = new Float64Array(p).fill(1);
    loadings = componentLoadings(eig, p, k);
  }
  const h2 = rowSumsOfSquares(loadings, p, k);
  const extractionSS = columnSumsOfSquares(loadings, p, k);

  if (k === 1 && rotation !== 'none') {
    warnings.push(warning(msg(extraction === 'pc' ? 'factor.oneComponent' : 'factor.oneFactor')));
    rotation = 'none';
  }
  const rot = { iterate, rconverge: opts.rconverge };
  let rotated: Float64Array | null = null;
  let structure: Float64Array | null = null;
  let phi: Float64Array | null = null;
  let transformation: Float64Array | null = null;
  let rotationIterations: number | null = null;
  let rotationConverged: boolean | null = null;
  let rotationCriteria: number[] | null = null;
  if (rotation === 'varimax' || rotation === 'quartimax') {
    const r = (rotation === 'varimax' ? varimax : quartimax)(loadings, p, k, rot);
    rotated = r.loadings;
    structure = r.loadings;
    transformation = r.transformation;
    rotationIterations = r.iterations;
    rotationConverged = r.converged;
    rotationCriteria = r.criteria;
  } else if (rotation === 'promax') {
    const r = promax(loadings, p, k, { ...rot, kappa: opts.kappa });
    rotated = r.pattern;
    structure = r.structure;
    phi = r.correlations;
    transformation = r.transformation;
    rotationIterations = r.iterations;
    rotationConverged = r.converged;
  }
  if (rotationConverged === false) warnings.push(warning(msg('factor.warn.rotationNotConverged', { n: iterate })));

  let rotationRows: VarianceRow[] | null = null;
  if (rotated && structure) {
    if (rotation === 'promax') {
      // SPSS: with correlated components the sums of squares (of the structure matrix) cannot be added.
      rotationRows = Array.from(columnSumsOfSquares(structure, p, k), (total) => ({ total, percent: null, cumulative: null }));
    } else {
      rotationRows = varianceRows(columnSumsOfSquares(rotated, p, k), p);
    }
  }
  const B = scoreCoefficients(c.r, c.rInverse, structure ?? loadings, p, k);
  const final = rotated ?? loadings;
  const assignment = c.items.map((item, i) => {
    let best = 0;
    for (let j = 1; j < k; j++) if (Math.abs(final[i * k + j]) > Math.abs(final[i * k + best])) best = j;
    return { item, component: best + 1, loading: final[i * k + best] };
  });

  return {
    n: c.n,
    items: c.items,
    extraction,
    rotation,
    factors: k,
    retention,
    kmo: km.kmo,
    bartlett: km.bartlett,
    determinant: km.determinant,
    eigenvalues: Array.from(eig.values),
    varianceExplained: {
      initial: varianceRows(eig.values, p),
      extraction: varianceRows(extractionSS, p),
      rotation: rotationRows,
    },
    communalities: c.items.map((item, i) => ({ item, initial: initialCommunalities[i], extraction: h2[i] })),
    componentMatrix: rowsOf(c.items, loadings, k),
    rotatedComponentMatrix: rotated ? rowsOf(c.items, rotated, k) : null,
    structureMatrix: rotation === 'promax' && structure ? rowsOf(c.items, structure, k) : null,
    componentCorrelationMatrix: phi ? squareRows(phi, k) : null,
    transformationMatrix: transformation ? squareRows(transformation, k) : null,
    rotationIterations,
    rotationConverged,
    rotationCriteria,
    extractionIterations,
    extractionConverged,
    extractionChange,
    heywoodItems: heywood,
    scoreCoefficients: c.items.map((item, i) => ({ item, coefficients: Array.from(B.subarray(i * k, i * k + k)) })),
    assignment,
    parallel,
    excluded: c.excluded,
    warnings,
  };
}

/**
 * Principal axis factoring that stopped at ITERATE without converging. SPSS terminates the
 * extraction there ("Attempted to extract N factors. More than 25 iterations required.") and
 * prints no loadings, nor the rotation, scores or sums built on them; so does csat.
 */
export interface TerminatedFactorResult
  extends Omit<
    FactorResult,
    | 'varianceExplained'
    | 'communalities'
    | 'componentMatrix'
    | 'rotatedComponentMatrix'
    | 'structureMatrix'
    | 'componentCorrelationMatrix'
    | 'transformationMatrix'
    | 'rotationIterations'
    | 'rotationConverged'
    | 'rotationCriteria'
    | 'scoreCoefficients'
    | 'assignment'
  > {
  varianceExplained: { initial: VarianceRow[]; extraction: null; rotation: null };
  communalities: { item: string; initial: number; extraction: null }[];
  componentMatrix: null;
  rotatedComponentMatrix: null;
  structureMatrix: null;
  componentCorrelationMatrix: null;
  transformationMatrix: null;
  rotationIterations: null;
  rotationConverged: null;
  rotationCriteria: null;
  scoreCoefficients: null;
  assignment: null;
}

export type FactorOutcome = FactorResult | TerminatedFactorResult;

/** SPSS's rule: an extraction that did not converge within ITERATE shows nothing built on its loadings. */
export function terminateUnconverged(r: FactorResult): FactorOutcome {
  if (r.extraction !== 'paf' || r.extractionConverged !== false) return r;
  return {
    ...r,
    varianceExplained: { initial: r.varianceExplained.initial, extraction: null, rotation: null },
    communalities: r.communalities.map(({ item, initial }) => ({ item, initial, extraction: null })),
    componentMatrix: null,
    rotatedComponentMatrix: null,
    structureMatrix: null,
    componentCorrelationMatrix: null,
    transformationMatrix: null,
    rotationIterations: null,
    rotationConverged: null,
    rotationCriteria: null,
    scoreCoefficients: null,
    assignment: null,
  };
}

/** `csat factor` on a dataset. */
export function runFactor(ds: Dataset, opts: FactorOptions = {}): FactorResult {
  return factorFromCorrelations(itemCorrelations(ds, opts.items), opts);
}

/** `csat factor` on a correlation matrix given directly (n cases). */
export function factorFromMatrix(r: Float64Array, items: string[], n: number, opts: FactorOptions = {}): FactorResult {
  return factorFromCorrelations(fromCorrelationMatrix(r, items, n), opts);
}

/**
 * Regression-method scores (SPSS /SAVE REG) for every row of the dataset: one array per component,
 * NaN for rows that listwise deletion left out. Items are standardised with the (weighted) means
 * and n - 1 standard deviations of the cases used.
 */
export function factorScores(ds: Dataset, result: FactorResult): Float64Array[] {
  const cols = result.items.map((name) => ds.variables.find((v) => v.name === name)!.values);
  const rowsTotal = cols[0].length;
  const k = result.factors;
  const p = result.items.length;
  const lw = listwise(cols, ds.weights);
  const n = totalWeight(lw.kept, lw.weights);
  const means = new Float64Array(p);
  const sds = new Float64Array(p);
  // Each item divided by a power of two near its size (exact, and z-scores do not change):
  // values near 1e300 would overflow in the squares (all-zero or blank scores), values near
  // 1e-300 underflow to a zero standard deviation (infinite scores).
  const columns = lw.columns.map((col) => scaled(col, powerOfTwoScale(col)));
  columns.forEach((col, i) => {
    // The centred-moments path of covariance.ts (means' rounding corrected).
    const c = centredSums([col], lw.weights);
    means[i] = c.means[0];
    sds[i] = Math.sqrt(c.sscp[0] / (n - 1));
  });
  const b = new Float64Array(p * k);
  result.scoreCoefficients.forEach((row, i) => row.coefficients.forEach((v, j) => (b[i * k + j] = v)));
  const complete = regressionScores(columns, means, sds, b, k);
  if (lw.kept === rowsTotal) return complete;
  const out = Array.from({ length: k }, () => new Float64Array(rowsTotal).fill(NaN));
  const w = ds.weights;
  for (let r = 0, o = 0; r < rowsTotal; r++) {
    let ok = !w || (w[r] > 0 && Number.isFinite(w[r]));
    for (let i = 0; ok && i < p; i++) if (Number.isNaN(cols[i][r])) ok = false;
    if (!ok) continue;
    for (let j = 0; j < k; j++) out[j][r] = complete[j][o];
    o++;
  }
  return out;
}
