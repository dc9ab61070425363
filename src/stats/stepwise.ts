/**
 * Variable selection as SPSS REGRESSION /METHOD=STEPWISE | FORWARD | BACKWARD does it, and the
 * statistics of the variables not in an equation (SPSS's "Excluded Variables").
 *
 * With q predictors in the equation (set E) and N the sum of weights, for a candidate j:
 *   tolerance_j = 1 - R^2(j on E),   partial r = r_{jy.E} = (r_jy - r_jE R_EE^-1 r_Ey) / sqrt(tol_j (1 - R^2_E)),
 *   Beta In = (r_jy - r_jE R_EE^-1 r_Ey) / tol_j,   F-to-enter = (N - q - 2) r^2 / (1 - r^2) on (1, N - q - 2) df,
 *   t = sign(r) sqrt(F),   minimum tolerance = min over E + {j} of each variable's tolerance.
 * For a predictor k in E, F-to-remove = t_k^2 on (1, N - q - 1) df.
 *
 * Rules (SPSS Statistics Algorithms, REGRESSION "Methods for Variable Entry and Removal"):
 * - FORWARD: enter the eligible candidate with the smallest probability of F-to-enter while it is
 *   <= PIN (.05). Eligible: tolerance >= TOLERANCE and minimum tolerance >= TOLERANCE.
 * - BACKWARD: from the full equation, remove the predictor with the largest probability of
 *   F-to-remove while it is >= POUT (.10).
 * - STEPWISE: first remove (as BACKWARD, repeatedly) while a predictor meets the removal
 *   criterion, then enter one candidate (as FORWARD); stop when nothing enters or leaves, or after
 *   MAXSTEPS (twice the number of variables).
 * Only the current block's variables are entered or removed; earlier blocks' stay in.
 * Every step (one entry or one removal) is a new model.
 */
import { DEFAULT_TOLERANCE, GrowingCholesky, correlationAt, type RegressionData } from './regression.js';
import { tTwoTailedP } from './distributions.js';
import { minOf } from './extent.js';

export type SelectionMethod = 'enter' | 'stepwise' | 'forward' | 'backward';

export interface SelectionCriteria {
  /** Probability of F-to-enter (default .05). */
  pin: number;
  /** Probability of F-to-remove (default .10). */
  pout: number;
  /** Minimum tolerance (default .0001). */
  tolerance: number;
}

export const SPSS_CRITERIA: SelectionCriteria = { pin: 0.05, pout: 0.1, tolerance: DEFAULT_TOLERANCE };

/** One variable not in an equation, as SPSS's Excluded Variables table shows it. */
export interface ExcludedVariable {
  variable: string;
  index: number;
  betaIn: number | null;
  t: number | null;
  p: number | null;
  partialCorrelation: number | null;
  tolerance: number;
  vif: number | null;
  minimumTolerance: number | null;
}

/** Cholesky factor of the predictors `set` (assumed to pass the tolerance criterion). */
function factor(data: RegressionData, set: number[]): GrowingCholesky {
  const chol = new GrowingCholesky();
  const done: number[] = [];
  for (const j of set) {
    const { tolerance, row } = chol.pivot(done.map((a) => correlationAt(data, a, j)));
    chol.push(row, tolerance);
    done.push(j);
  }
  return chol;
}

/** Tolerances of every variable of a factored set: 1 / diag(R^-1). */
function tolerances(chol: GrowingCholesky): number[] {
  const inv = chol.inverse();
  const q = inv.length;
  const out: number[] = [];
  for (let j = 0; j < q; j++) {
    let d = 0;
    for (let i = j; i < q; i++) d += inv[i][j] * inv[i][j];
    out.push(1 / d);
  }
  return out;
}

/** Statistics of candidate j against the equation `set` (indices into data.X). */
export function candidateStatistics(data: RegressionData, set: number[], j: number): ExcludedVariable {
  const k = data.X.length;
  const chol = factor(data, set);
  const name = data.names[j];
  if (data.constant[j]) {
    return { variable: name, index: j, betaIn: null, t: null, p: null, partialCorrelation: null, tolerance: 0, vif: null, minimumTolerance: null };
  }
  const { tolerance, row } = chol.pivot(set.map((a) => correlationAt(data, a, j)));
  const tol = Math.max(0, tolerance);
  // Below ~1e-10 the candidate is a linear combination of E: its partial statistics do not exist.
  if (!(tol > 1e-10)) {
    return { variable: name, index: j, betaIn: null, t: null, p: null, partialCorrelation: null, tolerance: tol, vif: null, minimumTolerance: null };
  }
  const ly = chol.solveL(set.map((a) => correlationAt(data, a, k)));
  let explained = 0;
  let cross = 0;
  for (let i = 0; i < ly.length; i++) {
    explained += ly[i] * ly[i];
    cross += row[i] * ly[i];
  }
  const pcov = correlationAt(data, j, k) - cross;
  const df = data.n - set.length - 2;
  // When E already fits y exactly there is nothing left to explain: no partial statistics.
  if (!(1 - explained > 1e-15) || !(df > 0)) {
    return { variable: name, index: j, betaIn: null, t: null, p: null, partialCorrelation: null, tolerance: tol, vif: 1 / tol, minimumTolerance: null };
  }
  const pr = Math.max(-1, Math.min(1, pcov / Math.sqrt(tol * (1 - explained))));
  // |partial r| = 1: the candidate would fit y exactly (t infinite, p = 0).
  const t = Math.abs(pr) === 1 ? null : pr * Math.sqrt(df / ((1 - pr) * (1 + pr)));
  chol.push(row, tol);
  const minimumTolerance = minOf(tolerances(chol));
  return {
    variable: name,
    index: j,
    betaIn: pcov / tol,
    t,
    p: t === null ? 0 : tTwoTailedP(t, df),
    partialCorrelation: pr,
    tolerance: tol,
    vif: 1 / tol,
    minimumTolerance,
  };
}

/** Probability of F-to-remove of each predictor of `set`: p of its t in the equation. */
export function removalProbabilities(data: RegressionData, set: number[]): number[] {
  const k = data.X.length;
  const chol = factor(data, set);
  const inv = chol.inverse();
  const q = set.length;
  const z = chol.solveL(set.map((a) => correlationAt(data, a, k)));
  let r2 = 0;
  for (const v of z) r2 += v * v;
  const df = data.n - q - 1;
  const out: number[] = [];
  for (let j = 0; j < q; j++) {
    let beta = 0;
    let d = 0;
    for (let i = j; i < q; i++) {
      beta += inv[i][j] * z[i];
      d += inv[i][j] * inv[i][j];
    }
    const t = beta / Math.sqrt((d * (1 - r2)) / df);
    out.push(tTwoTailedP(t, df));
  }
  return out;
}

export interface SelectionStep {
  /** 'entered' or 'removed'. */
  action: 'entered' | 'removed';
  variable: string;
  index: number;
  /** The probability of F-to-enter or F-to-remove that decided the step. */
  probability: number;
  /** The equation after the step (indices into data.X, in entry order). */
  set: number[];
}

/**
 * Run FORWARD, BACKWARD or STEPWISE over `candidates`, starting from the equation `start`
 * (earlier blocks; for BACKWARD, start must already contain the block's accepted variables).
 */
export function selectVariables(
  data: RegressionData,
  start: number[],
  candidates: number[],
  method: Exclude<SelectionMethod, 'enter'>,
  criteria: SelectionCriteria = SPSS_CRITERIA,
): SelectionStep[] {
  const steps: SelectionStep[] = [];
  let set = [...start];
  const maxSteps = 2 * data.X.length;
  const tryRemove = (): boolean => {
    const removable = set.filter((j) => candidates.includes(j));
    if (removable.length === 0) return false;
    const probs = removalProbabilities(data, set);
    let best = -1;
    let bestP = -1;
    set.forEach((j, i) => {
      if (candidates.includes(j) && probs[i] > bestP) {
        bestP = probs[i];
        best = j;
      }
    });
    if (!(bestP >= criteria.pout)) return false;
    set = set.filter((j) => j !== best);
    steps.push({ action: 'removed', variable: data.names[best], index: best, probability: bestP, set: [...set] });
    return true;
  };
  const tryEnter = (): boolean => {
    let best: ExcludedVariable | null = null;
    for (const j of candidates) {
      if (set.includes(j)) continue;
      const s = candidateStatistics(data, set, j);
      if (s.p === null || s.minimumTolerance === null) continue;
      if (s.tolerance < criteria.tolerance || s.minimumTolerance < criteria.tolerance) continue;
      if (!best || s.p < (best.p as number)) best = s;
    }
    if (!best || !((best.p as number) <= criteria.pin)) return false;
    set = [...set, best.index];
    steps.push({ action: 'entered', variable: best.variable, index: best.index, probability: best.p as number, set: [...set] });
    return true;
  };
  while (steps.length < maxSteps) {
    if (method === 'backward') {
      if (!tryRemove()) break;
      continue;
    }
    if (method === 'stepwise' && tryRemove()) continue;
    if (!tryEnter()) break;
  }
  return steps;
}
