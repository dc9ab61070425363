/**
 * The typed Dataset every analysis reads: one Float64Array per selected column (NaN = missing),
 * with the value labels and a record of what reading and recoding did.
 */

/** How a column's answers came in: numbers, text answers mapped to codes, or free text coded 1..k. */
export type VariableKind = 'numeric' | 'labelled' | 'string';

export interface Variable {
  name: string;
  /** The variable label (SPSS VARIABLE LABELS): a platform's question text, a header row, or a .sav file's label. */
  label?: string;
  /** One value per data row; NaN = missing (empty, NA, '.', a user-missing code, or an unknown label under --lenient). */
  values: Float64Array;
  /** Value -> label, from a text-answer preset, --labels, or the distinct strings of a text column. */
  labels: Map<number, string>;
  /** numeric: numbers only; labelled: text answers mapped to codes; string: free text coded 1..k in sorted order. */
  kind: VariableKind;
  /** SPSS measurement level, when the file gives one (.sav) or the study file's `variables:` does. */
  measure?: 'nominal' | 'ordinal' | 'scale';
  /** Decimals of the print format, when the file gives one (.sav: the d of F8.2). */
  decimals?: number;
  /** A text column whose codes 1..k follow the order the study file declared (groups keep it). */
  declaredOrder?: boolean;
  /**
   * Where the value labels came from: 'user' (--labels or the study file; labelled variables, and
   * numeric ones within the map's range), 'file' (an SPSS file's VALUE LABELS, numeric variables
   * within the labels' range) or the id of the built-in preset used (labelled variables).
   */
  labelSet?: string;
  /**
   * For answers read through a label map: its lowest and highest code (user-missing codes aside),
   * the scale the answers lie on whichever of them were given (top-2-box, reverse keying).
   */
  answerScale?: [number, number];
  /**
   * Which user-missing code (SPSS MISSING VALUES) made each missing value missing, so frequency
   * tables can list the codes as SPSS does: index[i] = k + 1 when row i held codes[k], 0 otherwise
   * (a valid value, or system-missing: an empty cell, NA ...). Absent when no cell held a code.
   */
  userMissing?: { codes: number[]; index: Uint8Array };
}

export interface InputInfo {
  /** The path given ('-' for standard input). */
  file: string;
  rows: number;
  encoding: string;
  delimiter: string;
  /** The survey platform whose export this was read as (wjx, qualtrics, surveymonkey, google). */
  platform?: 'wjx' | 'qualtrics' | 'surveymonkey' | 'google';
  /** That platform's response-metadata columns (never items). */
  metadata?: string[];
  /** The variables read that have a label, in selection order: what tables show for them (report/naming.ts). */
  variables?: VariableLabel[];
}

/** A variable's name (used in options and JSON) beside its label (shown in tables). */
export interface VariableLabel {
  name: string;
  label: string;
}

export interface RecodeNote {
  kind: 'reverse';
  variable: string;
  min: number;
  max: number;
  /** Where min and max came from: --scale-range, the column's label map (preset or user), or the data. */
  rangeSource: 'scale-range' | 'labels' | 'observed';
}

export interface Dataset {
  input: InputInfo;
  /** Every header name of the file, in file order (selection works on these). */
  allNames: string[];
  /** The selected variables, in selection order. */
  variables: Variable[];
  /** Case weights (SPSS WEIGHT BY), or null. */
  weights: Float64Array | null;
  weightName: string | null;
  recodes: RecodeNote[];
  /** Things the user should know (unknown labels under --lenient, ...): one sentence each. */
  warnings: string[];
}
