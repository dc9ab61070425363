/**
 * Dunnett's two-sided test of each group against a control, as SPSS ONEWAY /POSTHOC DUNNETT
 * prints it (Dunnett 1955): with the pooled MSE on df = N - k,
 *   d_i = mean_i - mean_0,  SE_i = sqrt(MSE (1/n_i + 1/n_0)),  t_i = d_i / SE_i,
 *   Sig. = 1 - P(max_i |T_i| <= |t_i|),  CI = d_i ± c SE_i with P(max |T| <= c) = level,
 * where the T_i are multivariate t on df with correlations ρ_ij = λ_i λ_j, λ_i = sqrt(n_i / (n_i + n_0)).
 * That product structure lets each T_i = (λ_i Z + sqrt(1 - λ_i²) Y_i) / s with independent standard
 * normals Z, Y_i, so
 *   P(max |T_i| <= c) = E_s[ ∫ φ(z) Π_i (Φ((c s + λ_i z)/√(1-λ_i²)) - Φ((-c s + λ_i z)/√(1-λ_i²))) dz ],
 * the inner integral by 16-point Gauss-Legendre on unit intervals of z ∈ [-9, 9], the outer one over
 * s = sqrt(chi²_df / df) as for the studentized range (chiMixture), and c by root finding.
 */
import erfc from '@stdlib/math-base-special-erfc';
import { chiMixture, integrate, positiveQuantile } from '../studentized-range.js';
import { pooledVariance } from './pooled.js';
import type { GroupSummary, PairwiseComparison, PostHocResult } from './types.js';

export interface DunnettResult extends PostHocResult {
  mse: number;
  dfError: number;
  /** Index of the control group (SPSS's default: the last). */
  control: number;
  /** Dunnett's two-sided critical value c behind the intervals. */
  critical: number;
}

const Z_BREAKS = Array.from({ length: 19 }, (_, i) => i - 9);
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** Φ(b) - Φ(a) for a < b, from the tail where it does not cancel. */
function normalInterval(a: number, b: number): number {
  return a > 0 ? 0.5 * (erfc(a * Math.SQRT1_2) - erfc(b * Math.SQRT1_2)) : 0.5 * (erfc(-b * Math.SQRT1_2) - erfc(-a * Math.SQRT1_2));
}

/** P(max |X_i| <= w) for the normals X_i = λ_i Z + sqrt(1 - λ_i²) Y_i. */
function maxModulusCdf(w: number, lambda: readonly number[]): number {
  if (w <= 0) return 0;
  const root = lambda.map((l) => Math.sqrt(1 - l * l));
  const value = integrate((z) => {
    let prod = INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    for (let i = 0; i < lambda.length && prod > 0; i++) {
      prod *= normalInterval((-w - lambda[i] * z) / root[i], (w - lambda[i] * z) / root[i]);
    }
    return prod;
  }, Z_BREAKS);
  return Math.min(1, value);
}

/** P(max |T_i| <= c) for Dunnett's multivariate t with correlations λ_i λ_j on df. */
export function dunnettCdf(c: number, lambda: readonly number[], df: number): number {
  if (!(c > 0)) return 0;
  if (c === Infinity) return 1;
  const p = df === Infinity ? maxModulusCdf(c, lambda) : chiMixture((w) => maxModulusCdf(w, lambda), c, df);
  return Math.min(1, Math.max(0, p));
}

export function dunnett(groups: readonly GroupSummary[], level = 0.95, control = groups.length - 1): DunnettResult {
  const { mse, dfError } = pooledVariance(groups, "Dunnett's test");
  if (!(Number.isInteger(control) && control >= 0 && control < groups.length)) {
    throw new RangeError(`the control group must be one of the ${groups.length} groups (index 0 to ${groups.length - 1}), got ${control}`);
  }
  const n0 = groups[control].n;
  const others = groups.map((_, i) => i).filter((i) => i !== control);
  const lambda = others.map((i) => Math.sqrt(groups[i].n / (groups[i].n + n0)));
  const critical = positiveQuantile((c) => dunnettCdf(c, lambda, dfError), level);
  const comparisons: PairwiseComparison[] = others.map((i) => {
    const d = groups[i].mean - groups[control].mean;
    const se = Math.sqrt(mse * (1 / groups[i].n + 1 / n0));
    const ok = se > 0;
    return {
      i,
      j: control,
      meanDifference: d,
      stdError: se,
      p: ok ? 1 - dunnettCdf(Math.abs(d) / se, lambda, dfError) : null,
      lower: ok ? d - critical * se : null,
      upper: ok ? d + critical * se : null,
    };
  });
  return { test: 'dunnett', mse, dfError, control, critical, comparisons };
}
