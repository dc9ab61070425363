/**
 * The shape every post hoc test returns, so the anova command prints SPSS's Multiple Comparisons
 * and Homogeneous Subsets tables from any of them without knowing which test ran.
 */

/** One group as the tests see it: ONEWAY's Descriptives row. */
export interface GroupSummary {
  label: string;
  /** Case count (the sum of weights under --weight). */
  n: number;
  mean: number;
  /** Sample variance (divisor n - 1); any value when n = 1. */
  variance: number;
}

export type PostHocName =
  | 'tukey'
  | 'lsd'
  | 'bonferroni'
  | 'sidak'
  | 'scheffe'
  | 'snk'
  | 'duncan'
  | 'games-howell'
  | 'tamhane'
  | 'dunnett';

/** One row of Multiple Comparisons: group I minus group J. */
export interface PairwiseComparison {
  /** Indexes into the groups. */
  i: number;
  j: number;
  meanDifference: number;
  stdError: number;
  /** null where the statistic does not exist (no within-group spread). */
  p: number | null;
  lower: number | null;
  upper: number | null;
}

/** One column of Homogeneous Subsets: the groups whose means do not differ, and the subset's Sig. */
export interface HomogeneousSubset {
  /** Indexes into the groups, in ascending order of mean. */
  members: number[];
  p: number | null;
}

export interface PostHocResult {
  test: PostHocName;
  /** Pooled within-group mean square and its df; null for the unequal-variance tests (Games-Howell, Tamhane). */
  mse: number | null;
  dfError: number | null;
  /** Tukey HSD: the studentized range quantile q(level; k, df) behind its intervals. */
  critical?: number;
  /**
   * SPSS's order: I outer, J inner, every ordered pair (Dunnett: each group against the control).
   * Empty for S-N-K and Duncan, for which SPSS prints only Homogeneous Subsets.
   */
  comparisons: PairwiseComparison[];
  /** Tukey, SNK and Duncan only. */
  subsets?: HomogeneousSubsets;
}

/** SPSS's Homogeneous Subsets table (./subsets.ts). */
export interface HomogeneousSubsets {
  /** Groups in ascending order of mean (the table's rows). */
  order: number[];
  /** The maximal sets of consecutive means in that order that do not differ, left to right. */
  subsets: HomogeneousSubset[];
  /** The harmonic mean of the group sizes, the n every range is studentized with (SPSS's footnote). */
  harmonicN: number;
}
