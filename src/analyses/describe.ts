/**
 * SPSS DESCRIPTIVES + FREQUENCIES for the selected variables: the `results` of `csat describe`.
 */
import type { Dataset, Variable } from '../data/dataset.js';
import { summarize, summarizeMoments, topTwoBox, type FrequencyRow, type FrequencyTable } from '../stats/descriptives.js';
import type { SummaryStats } from '../data/summary.js';
import { InputError } from '../errors.js';
import { msg, warning } from '../i18n/index.js';

export interface FrequencyEntry {
  value: number;
  label: string | null;
  count: number;
  percent: number;
  validPercent: number;
  cumulativePercent: number;
}

/** One row of a frequency table's Missing block: a user-missing code, or System (value null). */
export interface MissingEntry {
  value: number | null;
  label: string | null;
  count: number;
  /** Percent of all cases (valid + missing). */
  percent: number;
}

export interface VariableSummary {
  name: string;
  kind: Variable['kind'];
  /** Reverse-keyed (--reverse or the study's reverse:): every statistic is of the recoded values, min + max - x. */
  reversed: { min: number; max: number } | null;
  n: number;
  missing: number;
  mean: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
  median: number | null;
  skewness: number | null;
  seSkewness: number | null;
  kurtosis: number | null;
  seKurtosis: number | null;
  /**
   * Share (0-1) of valid answers in the top two points of a Likert item; null for other variables
   * and for a scale (given, else observed) of fewer than three points.
   */
  top2Box: number | null;
  frequencies: FrequencyEntry[];
  /**
   * The missing cases as SPSS FREQUENCIES lists them: each user-missing code that occurs
   * (ascending), then System (empty cells, NA, ...); empty when nothing is missing.
   */
  missingFrequencies: MissingEntry[];
}

export interface DescribeResult {
  variables: VariableSummary[];
  /** Cases with every selected numeric variable valid (SPSS's "Valid N (listwise)"), weighted; null when not known (a subset of a moments file's items). */
  validListwise: number | null;
  weight: string | null;
  scaleRange: [number, number] | null;
}

const num = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** The Missing block of a frequency table (cases with a missing, zero or negative weight are not cases). */
function missingFrequencies(v: Variable, w: Float64Array | null, total: number): MissingEntry[] {
  const byCode = new Map<number, number>();
  let system = 0;
  const um = v.userMissing;
  for (let i = 0; i < v.values.length; i++) {
    const wi = w ? w[i] : 1;
    if (!(wi > 0) || !Number.isNaN(v.values[i])) continue;
    const k = um ? um.index[i] : 0;
    if (k === 0) system += wi;
    else byCode.set(um!.codes[k - 1], (byCode.get(um!.codes[k - 1]) ?? 0) + wi);
  }
  const out: MissingEntry[] = [...byCode.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([value, count]) => ({ value, label: v.labels.get(value) ?? null, count, percent: (100 * count) / total }));
  if (system > 0) out.push({ value: null, label: null, count: system, percent: (100 * system) / total });
  return out;
}

/**
 * Looks like a Likert item: whole numbers in a range of at most 11 points. Every value counts,
 * also those of cases weighted zero; unweighted, the frequency table holds them all.
 */
function isLikert(v: Variable, min: number, max: number, w: Float64Array | null, rows: readonly FrequencyRow[]): boolean {
  if (v.kind === 'string' || !Number.isFinite(min)) return false;
  if (max - min > 10) return false;
  if (!w) return rows.every((r) => Number.isInteger(r.value));
  const x = v.values;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]) && !Number.isInteger(x[i])) return false;
  return true;
}

/**
 * topTwoBox; unweighted, from the frequency table: the counts are whole numbers, so the sums are
 * exact in any order and the share is bitwise the one of the case-by-case pass.
 */
function topTwo(v: Variable, top: number, w: Float64Array | null, freq: FrequencyTable): number {
  if (w) return topTwoBox(v.values, top, w);
  let count = 0;
  for (const r of freq.rows) if (r.value >= top - 1) count += r.count;
  return freq.valid > 0 ? count / freq.valid : NaN;
}

/**
 * The scale of an item read through answer labels (非常满意 is the top whether or not anybody
 * chose it), when every answer lies on it; null otherwise (the observed range is all there is).
 */
function answerScaleOf(v: Variable, min: number, max: number): [number, number] | null {
  const s = v.answerScale;
  return s !== undefined && s[0] <= min && max <= s[1] ? s : null;
}

export function runDescribe(ds: Dataset, opts: { scaleRange?: [number, number] } = {}): DescribeResult {
  const w = ds.weights;
  const variables = ds.variables.map((v): VariableSummary => {
    const { descriptives: d, frequencies: freq } = summarize(v.values, w);
    const numeric = v.kind !== 'string';
    const [lo, top] = opts.scaleRange ?? answerScaleOf(v, d.min, d.max) ?? [d.min, d.max];
    // On fewer than three points the "top two" hold every answer: no top-2-box then.
    const likert = isLikert(v, d.min, d.max, w, freq.rows) && top - lo >= 2;
    const recode = ds.recodes.find((r) => r.kind === 'reverse' && r.variable === v.name);
    return {
      name: v.name,
      kind: v.kind,
      reversed: recode ? { min: recode.min, max: recode.max } : null,
      n: d.n,
      missing: d.missing,
      mean: numeric ? num(d.mean) : null,
      sd: numeric ? num(d.sd) : null,
      min: numeric ? num(d.min) : null,
      max: numeric ? num(d.max) : null,
      median: numeric ? num(d.median) : null,
      skewness: numeric ? num(d.skewness) : null,
      seSkewness: numeric ? num(d.seSkewness) : null,
      kurtosis: numeric ? num(d.kurtosis) : null,
      seKurtosis: numeric ? num(d.seKurtosis) : null,
      top2Box: likert ? num(topTwo(v, top, w, freq)) : null,
      frequencies: freq.rows.map((r) => ({
        value: r.value,
        label: v.labels.get(r.value) ?? null,
        count: r.count,
        percent: r.percent,
        validPercent: r.validPercent,
        cumulativePercent: r.cumulativePercent,
      })),
      // Nothing missing (d.missing sums the positive weights of the missing cases): no pass needed.
      missingFrequencies: d.missing > 0 ? missingFrequencies(v, w, d.n + d.missing) : [],
    };
  });
  const numericCols = ds.variables.filter((v) => v.kind !== 'string');
  let validListwise = 0;
  const rows = numericCols.length ? numericCols[0].values.length : 0;
  // Column by column: mark the rows with a missing value, then add the weights of the rest in row order.
  // A column with no missing case of positive weight (summary missing = 0) marks no row that counts.
  const incomplete = new Uint8Array(rows);
  for (const v of numericCols) {
    if (variables[ds.variables.indexOf(v)].missing === 0) continue;
    const x = v.values;
    for (let i = 0; i < rows; i++) if (x[i] !== x[i]) incomplete[i] = 1;
  }
  for (let i = 0; i < rows; i++) {
    const wi = w ? w[i] : 1;
    if (wi > 0 && incomplete[i] === 0) validListwise += wi;
  }
  return { variables, validListwise, weight: ds.weightName, scaleRange: opts.scaleRange ?? null };
}

/**
 * The same result from a moments file's per-variable statistics (csat moments), with no rows:
 * answer labels, reverse keying and user-missing codes were applied when the moments were made, so
 * the missing cases come as one count (missingFrequencies stays empty), and a variable that was
 * not counted (not small integers) has no frequency table and no median. Valid N (listwise) is the
 * file's when every one of its items is described, else null (the listwise cases of a subset are
 * not in the file).
 */
export function describeFromSummary(s: SummaryStats, opts: { scaleRange?: [number, number]; all: boolean }): DescribeResult {
  const columns = s.columns;
  if (!columns) throw new InputError(msg('describe.err.noColumns', { file: s.file }));
  // Cases with a valid weight: the listwise-complete ones and those left out for a missing item.
  const cases = s.n + s.excludedWeight;
  const variables = columns.map((c, j): VariableSummary => {
    const { descriptives: d, frequencies: freq } = summarizeMoments(c, Math.max(0, cases - c.n));
    const [lo, top] = opts.scaleRange ?? [d.min, d.max];
    const likert = c.counts !== null && d.max - d.min <= 10 && freq.rows.every((r) => Number.isInteger(r.value)) && top - lo >= 2;
    let topCount = 0;
    for (const r of freq.rows) if (r.value >= top - 1) topCount += r.count;
    return {
      name: s.names[j],
      kind: 'numeric',
      reversed: null,
      n: d.n,
      missing: d.missing,
      mean: num(d.mean),
      sd: num(d.sd),
      min: num(d.min),
      max: num(d.max),
      median: num(d.median),
      skewness: num(d.skewness),
      seSkewness: num(d.seSkewness),
      kurtosis: num(d.kurtosis),
      seKurtosis: num(d.seKurtosis),
      top2Box: likert && d.n > 0 ? topCount / d.n : null,
      frequencies: freq.rows.map((r) => ({ ...r, label: null })),
      missingFrequencies: [],
    };
  });
  return { variables, validListwise: opts.all ? s.n : null, weight: s.weight, scaleRange: opts.scaleRange ?? null };
}

/**
 * One warning per numeric variable with answers outside the declared scale range: usually an
 * undeclared skip code (99, -3) that would otherwise count as an answer (and as top-2-box).
 */
export function rangeWarnings(r: DescribeResult): string[] {
  if (!r.scaleRange) return [];
  const [lo, hi] = r.scaleRange;
  const out: string[] = [];
  for (const v of r.variables) {
    if (v.kind === 'string') continue;
    const outside = v.frequencies.filter((f) => f.value < lo || f.value > hi);
    if (outside.length === 0) continue;
    const count = outside.reduce((n, f) => n + f.count, 0);
    const answers = msg(count === 1 ? 'describe.warn.oneAnswer' : 'describe.warn.answers', { count });
    const key = outside.length === 1 ? 'describe.warn.outsideRangeOne' : 'describe.warn.outsideRangeMany';
    out.push(warning(msg(key, { column: v.name, answers, lo, hi, values: outside.map((f) => String(f.value)) })));
  }
  return out;
}

