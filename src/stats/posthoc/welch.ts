/**
 * The unequal-variance pair statistics shared by Games-Howell and Tamhane's T2: for groups i and j
 *   SE = sqrt(s_i²/n_i + s_j²/n_j),
 *   df = SE⁴ / ((s_i²/n_i)²/(n_i - 1) + (s_j²/n_j)²/(n_j - 1))        (Welch-Satterthwaite)
 */
import type { GroupSummary } from './types.js';

export interface WelchPair {
  meanDifference: number;
  stdError: number;
  /** null when both groups are constant (0 / 0). */
  df: number | null;
}

/** Checks what the unequal-variance tests need: two groups, each with a variance (n >= 2). */
export function checkWelchGroups(groups: readonly GroupSummary[], test: string): void {
  if (groups.length < 2) throw new RangeError(`${test} needs at least two groups`);
  for (const g of groups) {
    if (!(g.n >= 2)) throw new RangeError(`${test} needs at least two cases in every group (group ${g.label} has ${g.n})`);
  }
}

export function welchPair(a: GroupSummary, b: GroupSummary): WelchPair {
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const s2 = va + vb;
  const denom = (va * va) / (a.n - 1) + (vb * vb) / (b.n - 1);
  return { meanDifference: a.mean - b.mean, stdError: Math.sqrt(s2), df: denom > 0 ? (s2 * s2) / denom : null };
}
