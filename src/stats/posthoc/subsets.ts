/**
 * SPSS's Homogeneous Subsets for the range tests (ONEWAY /POSTHOC TUKEY, SNK, DUNCAN), from the
 * post hoc algorithms of SPSS (Appendix "Post Hoc Tests") and the ONEWAY syntax reference:
 *
 * - the groups are sorted by ascending mean; every range is studentized with the harmonic mean of
 *   the group sizes n_h = k / Σ 1/n_i (SPSS's footnote "Uses Harmonic Mean Sample Size"):
 *   q = (mean_(b) - mean_(a)) / sqrt(MSE / n_h) for the p = b - a + 1 consecutive means a..b;
 * - the range's probability: Tukey P(Q_{k, df} > q) for every range; S-N-K P(Q_{p, df} > q);
 *   Duncan the α at which the range would just be significant at Duncan's protection level
 *   1 - (1 - α)^(p - 1), i.e. 1 - (1 - P(Q_{p, df} > q))^(1/(p - 1));
 * - a range is homogeneous when that probability exceeds α = 1 - level; the subsets are the maximal
 *   homogeneous ranges (found step-down: from the widest range, a range inside a homogeneous one
 *   is not tested), and each subset's Sig. is its range's probability (1 for a single group).
 */
import { ptukeyUpper } from '../studentized-range.js';
import { pooledVariance } from './pooled.js';
import type { GroupSummary, HomogeneousSubset, HomogeneousSubsets } from './types.js';

export type RangeTest = 'tukey' | 'snk' | 'duncan';

const NAMES: Record<RangeTest, string> = { tukey: 'Tukey HSD', snk: 'S-N-K', duncan: 'Duncan' };

export function homogeneousSubsets(groups: readonly GroupSummary[], test: RangeTest, level = 0.95): HomogeneousSubsets {
  const { mse, dfError } = pooledVariance(groups, NAMES[test]);
  const k = groups.length;
  const alpha = 1 - level;
  const order = groups.map((_, i) => i).sort((a, b) => groups[a].mean - groups[b].mean || a - b);
  const harmonicN = k / groups.reduce((s, g) => s + 1 / g.n, 0);
  const unit = Math.sqrt(mse / harmonicN);

  /** The probability of the range over sorted positions a..b; null when there is no spread. */
  const probability = (a: number, b: number): number | null => {
    const p = b - a + 1;
    const range = groups[order[b]].mean - groups[order[a]].mean;
    if (p === 1 || range === 0) return 1;
    if (!(unit > 0)) return null;
    const q = range / unit;
    if (test === 'tukey') return ptukeyUpper(q, k, dfError);
    const upper = ptukeyUpper(q, p, dfError);
    return test === 'snk' ? upper : -Math.expm1(Math.log1p(-upper) / (p - 1));
  };

  const found: { a: number; b: number; p: number | null }[] = [];
  for (let width = k; width >= 1; width--) {
    for (let a = 0; a + width <= k; a++) {
      const b = a + width - 1;
      if (found.some((f) => f.a <= a && b <= f.b)) continue;
      const p = probability(a, b);
      // Without spread only equal means (p = 1 above) are homogeneous.
      if (p !== null && p > alpha) found.push({ a, b, p });
    }
  }
  found.sort((x, y) => x.a - y.a);
  const subsets: HomogeneousSubset[] = found.map((f) => ({ members: order.slice(f.a, f.b + 1), p: f.p }));
  return { order, subsets, harmonicN };
}
