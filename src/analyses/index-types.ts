/**
 * `csat index`: the options and the result object (the JSON `results`) of the customer
 * satisfaction index, shared by its modules (index-run.ts and the index-*.ts beside it).
 */
import type { Dataset } from '../data/dataset.js';
import type { Lang } from '../i18n/index.js';
import type { CsiWeights, ScoredItems, ValueBase } from '../stats/csi.js';

export type WeightsMethod = 'equal' | 'factor' | 'regression' | 'correlation' | 'file';

export interface CsiOptions {
  /** The items (when dimensions are given, the union of their items). */
  items: string[];
  dimensions: { name: string; items: string[] }[] | null;
  /** The declared scale range; null = the observed range (with a warning). */
  scaleRange: [number, number] | null;
  weightsMethod: WeightsMethod;
  /** --weights FILE: name (dimension, or item) -> weight. */
  weightsFile?: { path: string; weights: Map<string, number> };
  /** Overall-satisfaction column for regression/correlation weights. */
  overall?: string | null;
  value?: { column: string; base: ValueBase } | null;
  /** Bootstrap replicates (0 = no CIs), seed and level (e.g. 0.95). */
  bootstrap: number;
  seed: number;
  level: number;
  /** 'overall' or a dimension name -> target index. */
  targets?: CsiTarget[] | null;
  tiers?: string | null;
  /** Split one file into groups by this column (instead of several wave files). */
  by?: string | null;
  /** Language of the warnings (default en). */
  lang?: Lang;
}


/** A target; one from a study file carries its place there, which its errors name. */
export interface CsiTarget {
  name: string;
  target: number;
  source?: { path: string; line: number | null; key: string };
}


export interface IndexValue {
  index: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  satisfactionRate: number | null;
}

export interface DimensionResult extends IndexValue {
  name: string;
  items: string[];
  /** Weight of the dimension in the overall index. */
  weight: number;
}

export interface ItemResult extends IndexValue {
  name: string;
  dimension: string | null;
  /** Weight within its dimension (or in the overall index when there are no dimensions). */
  weight: number;
  /** Weight in the overall index. */
  overallWeight: number;
}

export interface ValueWeightedResult {
  column: string;
  base: 'mean' | 'min' | 'number';
  k0: number;
  items: ItemResult[];
  dimensions: DimensionResult[];
  overall: IndexValue;
}

export interface WaveItem {
  label: string;
  n: number;
  overall: IndexValue;
  valueWeighted: IndexValue | null;
  dimensions: ({ name: string } & IndexValue)[];
}

export interface WaveChange {
  /** Last minus first wave. */
  index: number | null;
  valueWeightedIndex: number | null;
  /** Welch p for the change of the index. */
  p: number | null;
  t: number | null;
  df: number | null;
  pValueWeighted: number | null;
  satisfactionRate: number | null;
  z: number | null;
  pSatisfactionRate: number | null;
}

export interface WavesResult {
  /** 'files' for several input files, else the --by column. */
  by: string;
  items: WaveItem[];
  /** Last vs first; `changes` has every wave against the first. */
  change: WaveChange;
  changes: (WaveChange & { from: string; to: string })[];
  /** One of the two misleading cases of the satisfaction trap (cases 3 and 5 below). */
  trap: boolean;
  /** 'low-value-up' = the index rose while high-value customers' satisfaction fell (case 3); 'high-value-up' the reverse (case 5). */
  trapDirection: 'low-value-up' | 'high-value-up' | null;
  /** With a value column: the K0 every wave shares, and the satisfaction trap's six cases. */
  valueBase: { k0: number; from: 'first-wave' | 'given' } | null;
  satisfactionTrap: SatisfactionTrap | null;
}

/** One value group's change from the first wave to the last (Welch's t on the respondents' indices). */
export interface TrapGroupChange {
  n: [number, number];
  index: [number | null, number | null];
  change: number | null;
  t: number | null;
  df: number | null;
  p: number | null;
}

/**
 * The satisfaction trap (满意度陷阱): high-value customers (value above the first wave's mean) and
 * low-value ones, each group's change, and which of the six cases holds:
 * 1 both rose; 2 both fell; 3 high fell, low rose, the index rose (misleading: the trap);
 * 4 high fell, low rose, the index fell; 5 high rose, low fell, the index fell (misleading);
 * 6 high rose, low fell, the index rose. A change of 0 counts as a rise.
 */
export interface SatisfactionTrap {
  /** Respondents with a value above this are high-value. */
  valueCut: number;
  high: TrapGroupChange;
  low: TrapGroupChange;
  /** null when a group is empty in the first or the last wave. */
  case: 1 | 2 | 3 | 4 | 5 | 6 | null;
  misleading: boolean;
  /** Both opposite changes significant at .05 (only for cases 3 to 6). */
  significant: boolean;
}

export interface TierItem {
  label: string;
  n: number;
  /**
   * Share of the total value held by the tier: of the value column, else of a numeric tier column
   * (it is the value: --tiers value); null for named tiers without a value column, or when the
   * values are not all zero or positive.
   */
  valueShare: number | null;
  minValue: number | null;
  maxValue: number | null;
  overall: IndexValue;
  valueWeighted: IndexValue | null;
}

export interface CsiResult {
  scaleRange: [number, number];
  weightsMethod: WeightsMethod;
  n: number;
  excluded: number;
  /** Every item's index (the parts of the overall index when no dimension is given). */
  items: ItemResult[];
  /** The same as `items`, under its first, undocumented name: kept until 0.3. */
  itemIndices: ItemResult[];
  /** Empty when no dimension is given. */
  dimensions: DimensionResult[];
  overall: IndexValue;
  valueWeighted: ValueWeightedResult | null;
  waves: WavesResult | null;
  targets: { name: string; target: number; index: number | null; met: boolean }[] | null;
  tiers: { column: string; method: 'pareto' | 'named'; items: TierItem[] } | null;
  bootstrap: { replicates: number; seed: number; level: number } | null;
  /** Factor weighting: each component's eigenvalue after rotation and its share. */
  components: { name: string; items: string[]; sumOfSquares: number; share: number }[] | null;
  /** Names whose negative derived weight was set to 0. */
  zeroedWeights: string[];
}

/** What a command needs besides the JSON results. */
export interface CsiRun {
  result: CsiResult;
  warnings: string[];
  /** Per respondent (rows of the pooled data after listwise deletion): the factor composite F, when computed. */
  composite: { rows: number[]; scores: Float64Array } | null;
}

export interface CsiInput {
  label: string;
  ds: Dataset;
}
/** What the index's breakdowns (waves or groups, value tiers) share with the pooled estimate. */
export interface IndexContext {
  opts: CsiOptions;
  /** Scored complete rows of the pooled data, and the rows' frequency weights and values. */
  scored: ScoredItems;
  weights: CsiWeights;
  freq: Float64Array | null;
  valueCol: Float64Array | null;
  base: ValueBase;
  /** The pooled row number of each kept row. */
  kept: number[];
  /** Part names of the index (dimensions, components, or items). */
  structure: { name: string }[];
  hasDims: boolean;
  /** Warnings, said in the output language through W. */
  warnings: string[];
  W: (key: string, vars?: Record<string, string | number>) => string;
}
