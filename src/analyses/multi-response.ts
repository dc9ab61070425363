/**
 * SPSS MULT RESPONSE for `csat describe --multi`: each set's frequency table ($Q7 Frequencies),
 * its Case Summary and, with --by, its crosstab against a group, as a plain result object.
 */
import type { Dataset, Variable } from '../data/dataset.js';
import { splitJoined, optionOfColumn, type MultiSetSpec } from '../data/multi-response.js';
import type { Source } from '../data/source.js';
import { UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { multiResponseCrosstab, multiResponseFrequencies, type MultiResponseCrosstab } from '../stats/multi-response.js';
import type { Category } from './crosstab.js';
import type { Grouping } from './grouping.js';

export interface MultiResponseOption {
  /** The option as tables show it: its text, or what a column's name says after the stem. */
  label: string;
  /** The column that holds it (a dichotomy group); null for an option split from a joined column. */
  column: string | null;
  responses: number;
  percentOfResponses: number | null;
  percentOfCases: number | null;
}

/** The set against a group (--by): the counts of src/stats/multi-response.ts, with the group's levels. */
export type MultiResponseCrosstabResult = { group: string; levels: Category[] } & MultiResponseCrosstab;

export interface MultiResponseSet {
  /** $ and the question, as SPSS names a set. */
  name: string;
  question: string;
  /** joined: the options were split from one column; columns: one column per option. */
  shape: 'joined' | 'columns';
  columns: string[];
  /** The separator of a joined column ('' when no cell held two options); null for columns. */
  separator: string | null;
  /** The value counted as chosen in numeric columns (--multi-value); null when none of the columns is numeric. */
  countedValue: number | null;
  options: MultiResponseOption[];
  totalResponses: number;
  totalPercentOfCases: number | null;
  /** Cases with at least one option chosen (valid), none (missing), all (weighted). */
  cases: { valid: number; missing: number; total: number };
  crosstab: MultiResponseCrosstabResult | null;
}

export interface MultiResponseConfig {
  /** The value of a numeric column that means chosen (SPSS's counted value of a dichotomy group). */
  countedValue: number;
  /** --missing codes: never an option of a joined column. */
  missing: number[];
  group: Grouping | null;
}

interface Built {
  options: { label: string; column: string | null }[];
  indicators: Uint8Array[];
  separator: string | null;
  countedValue: number | null;
}

/** The distinct values of numeric columns, ascending (for the message when the counted value is never met). */
function valuesOf(vars: Variable[], limit = 10): number[] {
  const seen = new Set<number>();
  for (const v of vars) for (const x of v.values) if (x === x && seen.size < limit) seen.add(x);
  return [...seen].sort((a, b) => a - b);
}

function buildSet(source: Source, ds: Dataset, spec: MultiSetSpec, cfg: MultiResponseConfig): Built {
  if (spec.shape === 'joined') {
    const split = splitJoined(source.cells[source.names.indexOf(spec.columns[0])], new Set(cfg.missing));
    return { options: split.options.map((label) => ({ label, column: null })), indicators: split.indicators, separator: split.separator, countedValue: null };
  }
  const vars = spec.columns.map((c) => ds.variables.find((v) => v.name === c)!);
  const numeric = vars.filter((v) => v.kind !== 'string');
  const counted = cfg.countedValue;
  if (numeric.length && !numeric.some((v) => v.values.includes(counted))) {
    throw new UsageError(msg('describe.multi.err.valueNeverSeen', { set: `$${spec.question}`, value: counted, values: valuesOf(numeric).map(String) }));
  }
  const indicators = vars.map((v) => {
    const x = v.values;
    const out = new Uint8Array(x.length);
    // A text column (SurveyMonkey) holds the option's text when chosen and nothing otherwise.
    if (v.kind === 'string') for (let i = 0; i < x.length; i++) out[i] = x[i] === x[i] ? 1 : 0;
    else for (let i = 0; i < x.length; i++) out[i] = x[i] === counted ? 1 : 0;
    return out;
  });
  const options = vars.map((v) => ({ label: v.kind === 'string' && v.labels.size === 1 ? [...v.labels.values()][0] : optionOfColumn(v.name, spec.question), column: v.name }));
  return { options, indicators, separator: null, countedValue: numeric.length ? counted : null };
}

/** One result per set; a set with fewer than two options, or no option ever chosen, is a usage error. */
export function runMultiResponse(source: Source, ds: Dataset, specs: MultiSetSpec[], cfg: MultiResponseConfig): MultiResponseSet[] {
  return specs.map((spec) => {
    const name = `$${spec.question}`;
    const built = buildSet(source, ds, spec, cfg);
    if (built.options.length < 2) {
      throw new UsageError(msg('describe.multi.err.oneOption', { set: name, count: built.options.length, columns: spec.columns, options: built.options.map((o) => o.label) }));
    }
    const f = multiResponseFrequencies(built.indicators, ds.weights);
    if (f.totalResponses === 0) throw new UsageError(msg('describe.multi.err.noResponses', { set: name, columns: spec.columns }));
    let crosstab: MultiResponseCrosstabResult | null = null;
    if (cfg.group) {
      const g = cfg.group;
      crosstab = { group: g.variable, levels: g.levels, ...multiResponseCrosstab(built.indicators, g.codes, g.levels.length, ds.weights) };
    }
    return {
      name,
      question: spec.question,
      shape: spec.shape,
      columns: spec.columns,
      separator: built.separator,
      countedValue: built.countedValue,
      options: built.options.map((o, k) => ({
        ...o,
        responses: f.responses[k],
        percentOfResponses: f.percentOfResponses[k],
        percentOfCases: f.percentOfCases[k],
      })),
      totalResponses: f.totalResponses,
      totalPercentOfCases: f.totalPercentOfCases,
      cases: { valid: f.valid, missing: f.missing, total: f.total },
      crosstab,
    };
  });
}
