/**
 * Games-Howell, as SPSS ONEWAY /POSTHOC GH prints it (and rstatix::games_howell_test computes it):
 * Tukey's studentized range with each pair's own Welch standard error and df (./welch.ts):
 *   d = mean_i - mean_j,  Std. Error = sqrt(s_i²/n_i + s_j²/n_j),
 *   Sig. = P(Q_{k, df_ij} > √2 |d| / SE),  CI = d ± q_{level; k, df_ij} SE / √2
 * (Games & Howell 1976). There is no pooled mean square.
 */
import { ptukeyUpper, qtukey } from '../studentized-range.js';
import type { GroupSummary, PairwiseComparison, PostHocResult } from './types.js';
import { checkWelchGroups, welchPair } from './welch.js';

/** A comparison with the Welch df it was referred to. */
export interface WelchComparison extends PairwiseComparison {
  df: number | null;
}

export interface GamesHowellResult extends PostHocResult {
  comparisons: WelchComparison[];
}

export function gamesHowell(groups: readonly GroupSummary[], level = 0.95): GamesHowellResult {
  checkWelchGroups(groups, 'Games-Howell');
  const k = groups.length;
  const comparisons: WelchComparison[] = [];
  // The (i, j) and (j, i) rows share df and so the quantile: compute each pair once.
  const critical = new Map<number, number>();
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      if (j === i) continue;
      const { meanDifference: d, stdError: se, df } = welchPair(groups[i], groups[j]);
      const ok = se > 0 && df !== null;
      let q = NaN;
      if (ok) {
        const key = Math.min(i, j) * k + Math.max(i, j);
        q = critical.get(key) ?? qtukey(level, k, df);
        critical.set(key, q);
      }
      comparisons.push({
        i,
        j,
        meanDifference: d,
        stdError: se,
        df,
        p: ok ? ptukeyUpper((Math.SQRT2 * Math.abs(d)) / se, k, df) : null,
        lower: ok ? d - (q * se) / Math.SQRT2 : null,
        upper: ok ? d + (q * se) / Math.SQRT2 : null,
      });
    }
  }
  return { test: 'games-howell', mse: null, dfError: null, comparisons };
}
