/**
 * Tamhane's T2, as SPSS ONEWAY /POSTHOC T2 prints it: each pair's Welch t (./welch.ts) with the
 * Šidák adjustment over the k* = k(k - 1)/2 pairs (SPSS's post hoc algorithms; Tamhane 1979):
 *   t = d / SE,  Sig. = 1 - (1 - p_t)^k*  with p_t = P(|T_df| >= |t|),
 *   CI = d ± t_{1 - α'/2; df} SE  with α' = 1 - level^(1/k*).
 */
import { tQuantile, tTwoTailedP } from '../distributions.js';
import type { WelchComparison } from './games-howell.js';
import type { GroupSummary, PostHocResult } from './types.js';
import { checkWelchGroups, welchPair } from './welch.js';

export interface TamhaneResult extends PostHocResult {
  comparisons: WelchComparison[];
}

export function tamhane(groups: readonly GroupSummary[], level = 0.95): TamhaneResult {
  checkWelchGroups(groups, "Tamhane's T2");
  const k = groups.length;
  const pairs = (k * (k - 1)) / 2;
  // 1 - level^(1/k*) and 1 - (1 - p)^k* through expm1/log1p: no cancellation for small values.
  const alphaEach = -Math.expm1(Math.log(level) / pairs);
  const comparisons: WelchComparison[] = [];
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      if (j === i) continue;
      const { meanDifference: d, stdError: se, df } = welchPair(groups[i], groups[j]);
      const ok = se > 0 && df !== null;
      const crit = ok ? tQuantile(1 - alphaEach / 2, df) : NaN;
      const pt = ok ? tTwoTailedP(d / se, df) : NaN;
      comparisons.push({
        i,
        j,
        meanDifference: d,
        stdError: se,
        df,
        p: ok ? Math.min(1, -Math.expm1(pairs * Math.log1p(-pt))) : null,
        lower: ok ? d - crit * se : null,
        upper: ok ? d + crit * se : null,
      });
    }
  }
  return { test: 'tamhane', mse: null, dfError: null, comparisons };
}
