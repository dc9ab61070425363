/**
 * The JSON contract's types: what each command puts in the envelope's `results`, and the
 * envelope around it. The schemas under schemas/ are generated from these types
 * (scripts/schemas.mjs), so a command's schema cannot say other than its code: a new command
 * adds one line to `CommandResults` and gets schemas/<command>.schema.json.
 */
import type { AnalyzeResult } from '../analyses/analyze.js';
import type { AnovaResult } from '../analyses/anova.js';
import type { CfaResult } from '../analyses/cfa.js';
import type { CommonMethodBiasResult, ValidityResult } from '../analyses/validity.js';
import type { Explanations } from '../analyses/explain.js';
import type { TTestResult } from '../analyses/ttest.js';
import type { CorrResult } from '../analyses/corr.js';
import type { CrosstabResult } from '../analyses/crosstab.js';
import type { DescribeResult } from '../analyses/describe.js';
import type { MultiResponseSet } from '../analyses/multi-response.js';
import type { ScoreResult } from '../analyses/score.js';
import type { ExploreResult } from '../analyses/explore.js';
import type { FactorOutcome } from '../analyses/factor.js';
import type { CsiResult } from '../analyses/index-types.js';
import type { IpaResult } from '../analyses/ipa.js';
import type { KmoResult } from '../analyses/kmo.js';
import type { EmptyRegressResult, RegressResult } from '../analyses/regress.js';
import type { ReliabilityResult } from '../analyses/reliability.js';
import type { InputInfo } from '../data/dataset.js';
import type { MomentsFile } from '../data/summary.js';

/**
 * The version of the JSON contract, in every envelope. MAJOR.MINOR: the minor number grows when
 * members are added, the major when one is removed, renamed or changes its type.
 */
export const SCHEMA_VERSION = '1.2';

/** A side file a run wrote, with the columns it holds. */
export interface SavedFile<C extends string = string> {
  file: string;
  columns: C[];
}

/** The columns `regress --save-residuals/--save-predicted` writes (SPSS /SAVE PRED RESID ZRESID). */
export type SavedColumn = 'PRE_1' | 'RES_1' | 'ZRE_1';

/**
 * A threshold the run missed, after which it exits with 4: `--fail-under` or the study's
 * `thresholds` (alpha, kmo, fit indices; cfa and sem: fit indices), `index --target` (target). `message` is the sentence standard error
 * shows, in the --lang language.
 */
export interface FailedThreshold {
  what: 'alpha' | 'kmo' | 'fit' | 'target';
  name: string;
  /** null: the value could not be computed on the data (which misses the threshold too). */
  value: number | null;
  threshold: number;
  message: string;
}

/** With --explain: the worked formulas (src/analyses/explain.ts). */
interface Explained {
  explain?: Explanations;
}

/** csat cfa and sem: the fit, then construct validity and (with --cmb) common method bias. */
type CfaWithValidity = CfaResult & { validity: ValidityResult | null; commonMethodBias?: CommonMethodBiasResult };

/** Each command's `results`, by the name the envelope's `command` gives it. */
export interface CommandResults {
  analyze: AnalyzeResult;
  describe: DescribeResult & { multipleResponse?: MultiResponseSet[] };
  reliability: Pick<ReliabilityResult, 'scales'> & { notComputed: { name: string; reason: string }[] } & Explained;
  kmo: KmoResult & Explained;
  factor: Omit<FactorOutcome, 'warnings'> & { savedScores: SavedFile | null } & Explained;
  corr: CorrResult & Explained;
  regress: (RegressResult | EmptyRegressResult) & { savedValues?: SavedFile<SavedColumn>[] } & Explained;
  ttest: TTestResult;
  anova: AnovaResult;
  cfa: CfaWithValidity;
  sem: CfaWithValidity;
  index: CsiResult;
  ipa: IpaResult;
  crosstab: CrosstabResult;
  explore: ExploreResult;
  /** The moments file that --from-moments reads (src/data/summary.ts). */
  moments: MomentsFile;
  score: ScoreResult;
}

export type CommandName = keyof CommandResults;

/** The envelope of every command's JSON output. */
export interface JsonEnvelope<C extends CommandName = CommandName> {
  /** The version of this contract, MAJOR.MINOR (see SCHEMA_VERSION in src/report/json-results.ts). */
  schemaVersion: typeof SCHEMA_VERSION;
  /** csat's version. */
  csat: string;
  command: C;
  /** What was read: one file, several (index --wave), or nothing. */
  input: InputInfo | InputInfo[] | null;
  /** Sentences in the output language (--lang), as standard error shows them for other formats. */
  warnings: string[];
  results: CommandResults[C];
  /** Present when the run checked thresholds (analyze, cfa/sem with fit thresholds, index --target): the ones missed, [] if none. */
  failures?: FailedThreshold[];
}

/** One envelope type per command, the type each schemas/<command>.schema.json describes. */
export type JsonOutputs = { [C in CommandName]: JsonEnvelope<C> };
