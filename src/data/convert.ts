/**
 * Converts the selected columns of a Source into the typed Dataset every analysis reads.
 *
 * Cells: empty or whitespace, NA, N/A, #N/A, #NULL!, NaN, '.', (跳过) and (空) are missing, and
 * so is any number in `missing` (SPSS user-missing codes such as the skip code -3). A number is a
 * plain decimal (3, -3, 2.5, 1e3); in a file whose delimiter is not a comma a decimal comma is
 * accepted too (3,5 = 3.5, as European exports write it).
 *
 * Columns:
 *   - numeric: every non-missing cell is a number; when a user map (--labels, the study file's
 *     labels) is given and every value lies within the range of its codes, the map's labels are
 *     the column's value labels (SPSS VALUE LABELS: frequency tables show 差, 一般, 好 for 1, 2, 3);
 *   - labelled: every non-missing cell is a number or an answer label of the user map or of one
 *     built-in preset (labels.ts); codes replace the labels, and the labels are kept for tables;
 *   - string: no cell is a number or a known label (gender, occupation, ...), or the column is
 *     listed in `categorical`: the distinct texts are coded 1..k in their natural order (bands such
 *     as 1年以下, 1-3年, 5年以上 by their numbers, else Chinese collation: category-order.ts), with
 *     those texts as labels.
 * A column that mixes numbers or labels with unknown text is an InputError naming the row (the
 * 1-based data row; the header is not counted), the column and the value; with `lenient` those
 * cells become missing and the warnings count them.
 *
 * Reverse keying (SPSS RECODE x (1=5)(2=4)...): x' = min + max - x, with min and max from
 * `scaleRange`, else the range of the codes of the column's label map (a preset or the user map,
 * user-missing codes aside) when every value lies within it, else the column's observed range; the
 * value labels move with their answers. The scale is 1-5 for 满意, 一般, 非常满意, 不满意 even though
 * nobody answered 非常不满意. A warning names the range unless --scale-range gave it. Reverse-keyed
 * names that are not among the converted columns have no effect, and a warning says so.
 *
 * Weights (SPSS WEIGHT BY): numeric frequency weights; a case whose weight is missing, zero or
 * negative gets weight 0, i.e. it is left out of every analysis, as SPSS does, and the warnings
 * say how many.
 */
import { AnalysisError, InputError, UsageError } from '../errors.js';
import { msg, warning } from '../i18n/index.js';
import type { Dataset, RecodeNote, Variable } from './dataset.js';
import type { DeclaredColumn, Source, TypedColumn } from './source.js';
import { bestPartialLookup, chooseLookup, normalizeLabel, PRESET_LOOKUPS, userLookup, type LabelLookup } from './labels.js';
import { parseNumber } from './options.js';
import { declaredOrder, naturalOrder } from './category-order.js';
import { displayName } from './read.js';
import { maxOf, minOf } from '../stats/extent.js';

export interface ConvertOptions {
  /** User-missing codes (SPSS MISSING VALUES), e.g. [-3, 99]. */
  missing?: number[];
  /** User answer labels (--labels or the study file's labels), tried before the presets. */
  labels?: Map<string, number>;
  /** Unknown answer text becomes missing (counted in the warnings) instead of an error. */
  lenient?: boolean;
  /** Reverse-keyed columns (resolved names); names not among the selected ones get a warning. */
  reverse?: string[];
  /** The scale's [min, max] for reverse keying; else each column's label range or observed range. */
  scaleRange?: [number, number];
  /** Case-weight column (resolved name), or null/undefined for none. */
  weight?: string | null;
  /** Columns read as categories (coded 1..k) whatever they hold, e.g. demographics. */
  categorical?: string[];
  /**
   * The ratings (items): every number in them must lie within `scaleRange`; one outside it is an
   * InputError naming the row, column and value, or missing under `lenient` (one warning counts them).
   */
  rated?: string[];
}

/** Cell texts (compared case-insensitively, after trimming) that mean "no answer". */
export const MISSING_TOKENS: ReadonlySet<string> = new Set(['', 'na', 'n/a', '#n/a', '#null!', 'nan', '.', '(跳过)', '（跳过）', '(空)', '（空）']);

/** Marks a text cell during the first pass (parseNumber never returns an infinity). */
const TEXT = Infinity;

/** Above this many distinct cells a column is continuous and the per-column cache stops growing. */
const CACHE_LIMIT = 4096;

/** Builds the Dataset of `names` (resolved, in the order wanted) from `src`. */
export function toDataset(src: Source, names: string[], opts: ConvertOptions = {}): Dataset {
  const file = displayName(src.file);
  const ctx: Context = {
    src,
    file,
    // A platform's skip codes (问卷星's -2 and -3) are user-missing in its files, besides `missing`.
    missing: new Set([...(opts.missing ?? []), ...(src.platform?.missing ?? [])]),
    user: opts.labels && opts.labels.size > 0 ? userLookup(opts.labels) : null,
    lenient: Boolean(opts.lenient),
    decimalComma: src.delimiter !== ',',
    warnings: [...(src.warnings ?? [])],
  };
  const categorical = new Set(opts.categorical ?? []);
  // One allocation for all columns: a million-row file otherwise triggers a full garbage
  // collection (which walks every raw cell) for nearly each column's array.
  const store = new Float64Array(src.rows * names.length);
  const variables = names.map((name, j) => {
    const index = columnIndex(src, name);
    const values = store.subarray(j * src.rows, (j + 1) * src.rows);
    const typed = src.typed?.[index];
    const declared = src.declared?.[index];
    const c = columnContext(ctx, declared);
    // A column with declared value labels holds codes, not categories to number 1..k.
    const v = typed !== undefined ? typedColumn(c, name, typed, index, values) : convertColumn(c, name, index, categorical.has(name) && !declared?.values, values);
    const label = src.labels?.[index];
    if (label !== undefined) v.label = label;
    if (typed === undefined && ctx.missing.size > 0) recordUserMissing(ctx, v, src.cells[index]);
    if (declared) applyDeclared(ctx, v, declared);
    return v;
  });
  if (opts.scaleRange && opts.rated?.length) outOfRange(ctx, variables.filter((v) => opts.rated!.includes(v.name)), opts.scaleRange);
  const recodes: RecodeNote[] = [];
  for (const name of new Set(opts.reverse ?? [])) {
    columnIndex(src, name);
    const v = variables.find((x) => x.name === name);
    if (v) {
      const note = reverseVariable(ctx, v, opts.scaleRange);
      if (note) recodes.push(note);
    } else {
      ctx.warnings.push(warning(msg('data.convert.reverseNotAnalysed', { column: name })));
    }
  }
  const weightName = opts.weight ?? null;
  const weights = weightName === null ? null : readWeights(ctx, weightName);
  const labelled = variables.filter((v) => v.label !== undefined && v.label !== '').map((v) => ({ name: v.name, label: v.label as string }));
  return {
    input: {
      file: src.file,
      rows: src.rows,
      encoding: src.encoding,
      delimiter: src.delimiter,
      ...(src.platform ? { platform: src.platform.id, metadata: src.platform.metadata } : {}),
      ...(labelled.length ? { variables: labelled } : {}),
    },
    allNames: src.names,
    variables,
    weights,
    weightName,
    recodes,
    warnings: ctx.warnings,
  };
}

interface Context {
  src: Source;
  file: string;
  missing: Set<number>;
  user: LabelLookup | null;
  /** The column's declared category order (the study's `variables.<column>.order`). */
  order?: string[];
  lenient: boolean;
  decimalComma: boolean;
  warnings: string[];
}

/**
 * The context a column is read in: its declared value labels (the study's `variables:`) are the
 * answer labels tried first for its text, and its declared order numbers its categories.
 */
function columnContext(ctx: Context, declared: DeclaredColumn | undefined): Context {
  if (!declared?.values && !declared?.order) return ctx;
  const user = declared.values ? userLookup(new Map([...declared.values].map(([code, label]) => [label, code]))) : ctx.user;
  return { ...ctx, user, order: declared.order?.list };
}

/**
 * What the study declares that reading did not already settle: value labels of a column of codes
 * (as a .sav file's: shown whatever the range; its answer scale when every value lies within it),
 * the measurement level, and the order's checks (text categories only; a warning names the
 * categories the order leaves out).
 */
function applyDeclared(ctx: Context, v: Variable, d: DeclaredColumn): void {
  if (d.measure) v.measure = d.measure;
  if (d.values && v.kind === 'numeric') {
    v.labels = new Map([...v.labels, ...d.values].sort((a, b) => a[0] - b[0]));
    const range = labelRange(d.values, ctx.missing, v.values);
    if (range !== null) {
      v.labelSet = 'user';
      v.answerScale = range;
    }
  }
  if (d.order) {
    if (v.kind !== 'string') throw new UsageError(msg('data.study.vars.orderNotText', { where: d.order.where, column: v.name }));
    v.declaredOrder = true;
    const listed = new Set(d.order.list.map((t) => t.trim()));
    const left = [...v.labels.values()].filter((t) => !listed.has(t));
    if (left.length) ctx.warnings.push(warning(msg('data.study.vars.orderLeaves', { where: d.order.where, column: v.name, count: left.length, list: left })));
  }
}

function columnIndex(src: Source, name: string): number {
  const i = src.names.indexOf(name);
  if (i === -1) throw new UsageError(msg('data.convert.noColumn', { name, file: displayName(src.file) }));
  return i;
}

/** A cell's value in the first pass: a number, NaN (missing) or TEXT. */
function classify(cell: string, ctx: Context): number {
  const t = cell.trim();
  if (t.length <= 7 && MISSING_TOKENS.has(t.toLowerCase())) return NaN;
  let v = parseNumber(t);
  if (v === null && ctx.decimalComma && /^[+-]?\d+,\d+$/.test(t)) v = Number(t.replace(',', '.'));
  if (v === null) return TEXT;
  return ctx.missing.has(v) ? NaN : v;
}

/** Texts of a column: trimmed text -> number of cells and first row (0-based). */
type TextCounts = Map<string, { count: number; first: number }>;

function convertColumn(ctx: Context, name: string, index: number, forceCategorical: boolean, values: Float64Array): Variable {
  const raw = ctx.src.cells[index];
  const n = ctx.src.rows;
  const cache = new Map<string, number>();
  let hasText = false;
  let hasNumber = false;
  const anyMissing = ctx.missing.size > 0;
  for (let i = 0; i < n; i++) {
    const cell = raw[i];
    let v: number | undefined;
    // One digit (Likert codes) is read directly; other texts go through a per-column cache.
    const d = cell.length === 1 ? cell.charCodeAt(0) - 48 : -1;
    if (d >= 0 && d <= 9) v = anyMissing && ctx.missing.has(d) ? NaN : d;
    else {
      // Cells that look like numbers skip the cache, which only costs for continuous data.
      const c0 = cell.charCodeAt(0);
      if ((c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 43 || c0 === 46) {
        const num = parseNumber(cell);
        if (num !== null) v = anyMissing && ctx.missing.has(num) ? NaN : num;
      }
    }
    if (v === undefined) {
      v = cache.get(cell);
      if (v === undefined) {
        v = classify(cell, ctx);
        if (cache.size < CACHE_LIMIT) cache.set(cell, v);
      }
    }
    values[i] = v;
    if (v === TEXT) hasText = true;
    else if (v === v) hasNumber = true;
  }
  if (forceCategorical) return categories(name, raw, values, n, true, ctx.order);
  if (!hasText) return numeric(ctx, name, values);
  const skipped = hasNumber ? skipCodes(ctx, name, values) : null;
  if (skipped) {
    const v = convertText(ctx, name, raw, values, n, false);
    for (const [i, code] of skipped) markUserMissing(v, i, code);
    return v;
  }
  return convertText(ctx, name, raw, values, n, hasNumber);
}

/**
 * In a column of text answers, numbers that are all negative whole numbers (and no code of the
 * user's labels) are a platform's skip codes (-2, -3), not answers: they become missing, with a
 * warning counting the cells. Returns each such row and its code, or null when the numbers are
 * anything else (then the column mixes numbers and text, decided by convertText).
 */
function skipCodes(ctx: Context, name: string, values: Float64Array): [number, number][] | null {
  const rows: [number, number][] = [];
  const userCodes = ctx.user === null ? null : new Set(ctx.user.codes.values());
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v || v === TEXT) continue;
    if (!(v < 0 && Number.isInteger(v)) || userCodes?.has(v)) return null;
    rows.push([i, v]);
  }
  for (const [i] of rows) values[i] = NaN;
  const codes = [...new Set(rows.map(([, c]) => c))].sort((a, b) => b - a);
  ctx.warnings.push(
    warning(
      msg('platform.skipCodes', {
        file: ctx.file,
        column: name,
        count: rows.length,
        cells: rows.length === 1 ? 'cell' : 'cells',
        codes: codes.length === 1 ? 'code' : 'codes',
        list: codes.map(String),
      }),
    ),
  );
  return rows;
}

/** A column holding text (see the module comment): labelled through a label map, categories, or an error. */
function convertText(ctx: Context, name: string, raw: string[], values: Float64Array, n: number, hasNumber: boolean): Variable {

  const texts: TextCounts = new Map();
  for (let i = 0; i < n; i++) {
    if (values[i] !== TEXT) continue;
    const t = raw[i].trim();
    const e = texts.get(t);
    if (e) e.count++;
    else texts.set(t, { count: 1, first: i });
  }
  const distinct = [...texts.keys()];
  const lookup = chooseLookup(distinct, ctx.user);
  if (lookup) return labelled(ctx, name, raw, values, n, lookup, texts);
  const partial = bestPartialLookup(distinct, ctx.user);
  if (!hasNumber && partial === null) return categories(name, raw, values, n, false, ctx.order);

  // Numbers or labels mixed with text nobody knows: an error naming the first such cell.
  const unknown = distinct.filter((t) => partial === null || !partial.codes.has(normalizeLabel(t)));
  let firstRow = n;
  let firstText = '';
  let count = 0;
  for (const t of unknown) {
    const e = texts.get(t)!;
    count += e.count;
    if (e.first < firstRow) {
      firstRow = e.first;
      firstText = t;
    }
  }
  if (!ctx.lenient) {
    // A label of another preset (Satisfied among 满意 and 非常满意) is known, just not in this set.
    const other = partial !== null && PRESET_LOOKUPS.some((l) => l !== partial && l.codes.has(normalizeLabel(firstText)));
    const key = other ? 'data.convert.mixedLabelSets' : 'data.convert.unknownAnswer';
    throw new InputError(msg(key, { file: ctx.file, row: firstRow + 1, column: name, value: firstText }));
  }
  ctx.warnings.push(
    warning(
      msg('data.convert.unknownAnswersMissing', {
        file: ctx.file,
        column: name,
        count,
        cells: count === 1 ? 'cell' : 'cells',
        are: count === 1 ? 'is' : 'are',
        value: firstText,
        row: firstRow + 1,
      }),
    ),
  );
  for (const t of unknown) texts.delete(t);
  for (let i = 0; i < n; i++) if (values[i] === TEXT && !texts.has(raw[i].trim())) values[i] = NaN;
  if (partial === null) return numeric(ctx, name, values);
  return labelled(ctx, name, raw, values, n, partial, texts);
}

/**
 * A numeric column, with the user map's labels as value labels when all its values lie within the
 * range of the map's answer codes (user-missing codes aside): a map for a 1-3 scale does not
 * label the 2 of an age or an income column.
 */
function numeric(ctx: Context, name: string, values: Float64Array): Variable {
  const plain: Variable = { name, values, labels: new Map(), kind: 'numeric' };
  if (ctx.user === null) return plain;
  const range = labelRange(ctx.user.display, ctx.missing, values);
  if (range === null) return plain;
  const labels = new Map([...ctx.user.display.entries()].sort((a, b) => a[0] - b[0]));
  return { name, values, labels, kind: 'numeric', labelSet: 'user', answerScale: range };
}

/**
 * The range of the codes of `labels` (user-missing codes aside) when every non-missing value lies
 * within it and there is at least one; else null.
 */
function labelRange(labels: Map<number, string>, missing: Set<number>, values: Float64Array): [number, number] | null {
  const range = answerRange(labels.keys(), missing);
  if (range === null) return null;
  let any = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    if (v < range[0] || v > range[1]) return null;
    any = true;
  }
  return any ? range : null;
}

/**
 * A column a .sav file stores typed: its numbers as they are, with the file's user-missing values
 * (and --missing codes) made missing and recorded, its value labels and variable label; a string
 * column is coded 1..k as text columns are, its value labels naming the categories.
 */
function typedColumn(ctx: Context, name: string, col: TypedColumn, index: number, values: Float64Array): Variable {
  const extra = {
    ...(col.label !== null && col.label !== '' ? { label: col.label } : {}),
    ...(col.measure !== null ? { measure: col.measure } : {}),
    ...(col.values !== null ? { decimals: col.decimals } : {}),
  };
  const isMissing = fileMissing(col, ctx.missing);
  if (col.values === null) {
    const raw = ctx.src.cells[index];
    for (let i = 0; i < raw.length; i++) values[i] = raw[i].trim() === '' ? NaN : TEXT;
    const v = categories(name, raw, values, raw.length, false, ctx.order);
    for (let i = 0; i < raw.length; i++) {
      if (values[i] === values[i] && isMissing(raw[i].trim())) {
        markUserMissing(v, i, values[i]);
        values[i] = NaN;
      }
    }
    for (const [code, text] of v.labels) v.labels.set(code, col.valueLabels.get(text) ?? text);
    return { ...v, ...extra };
  }
  const x = col.values;
  const variable: Variable = { name, values, labels: new Map(), kind: 'numeric', ...extra };
  for (let i = 0; i < x.length; i++) {
    const value = x[i];
    if (value === value && isMissing(value)) {
      values[i] = NaN;
      markUserMissing(variable, i, value);
    } else values[i] = value;
  }
  const labels = new Map<number, string>();
  for (const [code, text] of col.valueLabels) if (typeof code === 'number') labels.set(code, text);
  if (labels.size === 0) return variable;
  variable.labels = new Map([...labels.entries()].sort((a, b) => a[0] - b[0]));
  const codes = [...labels.keys()].filter((c) => isMissing(c));
  const range = labelRange(labels, new Set([...ctx.missing, ...codes]), values);
  if (range !== null) {
    variable.labelSet = 'file';
    variable.answerScale = range;
  }
  return variable;
}

/** Whether a value is user-missing: one of the file's discrete values or in its range, or a --missing code. */
function fileMissing(col: TypedColumn, missing: Set<number>): (value: number | string) => boolean {
  const discrete = new Set(col.missing.values);
  const range = col.missing.range;
  return (value) =>
    discrete.has(value) || (typeof value === 'number' && (missing.has(value) || (range !== undefined && value >= range[0] && value <= range[1])));
}

/** The lowest and highest of `codes` that are no user-missing code, or null when none is left. */
function answerRange(codes: Iterable<number>, missing: Set<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of codes) {
    if (missing.has(c)) continue;
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Replaces the TEXT cells by the codes of `lookup`; labels show the spelling found in the data. */
function labelled(
  ctx: Context,
  name: string,
  raw: string[],
  values: Float64Array,
  n: number,
  lookup: LabelLookup,
  texts: TextCounts,
): Variable {
  const codeOf = new Map<string, number>();
  const labels = new Map<number, string>(lookup.display);
  // The spelling first met in the data names its code (ordered by first row).
  const order = [...texts.entries()].sort((a, b) => a[1].first - b[1].first);
  const spelled = new Set<number>();
  for (const [t] of order) {
    const code = lookup.codes.get(normalizeLabel(t))!;
    codeOf.set(t, code);
    if (!spelled.has(code)) {
      spelled.add(code);
      labels.set(code, t);
    }
  }
  // Numbers among text answers that are no answer code are usually skip codes (-3, 99).
  const codes = new Set(lookup.codes.values());
  const strays = new Map<number, number>();
  const variable: Variable = { name, values, labels, kind: 'labelled', labelSet: lookup.id };
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === TEXT) {
      const code = codeOf.get(raw[i].trim())!;
      if (ctx.missing.has(code)) {
        values[i] = NaN;
        markUserMissing(variable, i, code);
      } else values[i] = code;
    } else if (v === v && !codes.has(v)) strays.set(v, (strays.get(v) ?? 0) + 1);
  }
  if (strays.size > 0) {
    const count = [...strays.values()].reduce((a, b) => a + b, 0);
    const list = [...strays.keys()].sort((a, b) => a - b);
    const lo = minOf(codes);
    const hi = maxOf(codes);
    ctx.warnings.push(
      warning(
        msg(list.length === 1 ? 'data.convert.strayCode' : 'data.convert.strayCodes', {
          file: ctx.file,
          column: name,
          count,
          cells: count === 1 ? 'cell' : 'cells',
          hold: count === 1 ? 'holds' : 'hold',
          codes: list.map(String),
          lo,
          hi,
        }),
      ),
    );
  }
  variable.labels = new Map([...labels.entries()].sort((a, b) => a[0] - b[0]));
  variable.answerScale = answerRange(codes, ctx.missing) ?? undefined;
  return variable;
}

/** Records that row i of `v` is missing because it held the user-missing `code`. */
function markUserMissing(v: Variable, i: number, code: number): void {
  const um = (v.userMissing ??= { codes: [], index: new Uint8Array(v.values.length) });
  let k = um.codes.indexOf(code);
  if (k === -1) {
    // One byte per row: beyond 255 distinct codes the rest count as system-missing.
    if (um.codes.length === 255) return;
    k = um.codes.push(code) - 1;
  }
  um.index[i] = k + 1;
}

/**
 * Finds the numeric cells that a user-missing code made missing (text labels mapped to a code are
 * marked by labelled()). Only missing cells are looked at, so complete columns cost one check a row.
 */
function recordUserMissing(ctx: Context, v: Variable, raw: string[]): void {
  const x = v.values;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === x[i] || (v.userMissing !== undefined && v.userMissing.index[i] !== 0)) continue;
    const t = raw[i].trim();
    let num = parseNumber(t);
    if (num === null && ctx.decimalComma && /^[+-]?\d+,\d+$/.test(t)) num = Number(t.replace(',', '.'));
    if (num !== null && ctx.missing.has(num)) markUserMissing(v, i, num);
  }
}

/**
 * Codes the distinct non-missing texts 1..k in their natural order (category-order.ts), or in
 * the declared `order` (then its texts first, in that order, whether the data holds them or not,
 * so the codes stay the same from wave to wave; any others after them). With `all`, numbers count
 * as texts too (a forced categorical column); otherwise the column holds no numbers.
 */
function categories(name: string, raw: string[], values: Float64Array, n: number, all: boolean, order?: string[]): Variable {
  const distinct = new Set<string>();
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === TEXT || (all && v === v)) distinct.add(raw[i].trim());
  }
  const sorted = order ? declaredOrder(order, distinct) : naturalOrder(distinct);
  const code = new Map(sorted.map((t, k) => [t, k + 1]));
  const labels = new Map(sorted.map((t, k) => [k + 1, t]));
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === TEXT || (all && v === v)) values[i] = code.get(raw[i].trim())!;
  }
  return { name, values, labels, kind: 'string' };
}

/**
 * Answers outside the scale range (an undeclared skip code such as -3 or 99, a typo such as 44):
 * never an answer. An InputError naming the first such cell by row, or with `lenient` missing,
 * with one warning counting the cells. Text categories have no scale.
 */
function outOfRange(ctx: Context, variables: Variable[], [lo, hi]: [number, number]): void {
  let first: { row: number; column: string; value: number } | null = null;
  let count = 0;
  for (const v of variables) {
    if (v.kind === 'string') continue;
    const x = v.values;
    for (let i = 0; i < x.length; i++) {
      if (!(x[i] < lo || x[i] > hi)) continue;
      if (first === null || i < first.row) first = { row: i, column: v.name, value: x[i] };
      count++;
      if (ctx.lenient) x[i] = NaN;
    }
  }
  if (first === null) return;
  const at = { file: ctx.file, row: first.row + 1, column: first.column, value: first.value, lo, hi };
  if (!ctx.lenient) throw new InputError(msg('data.convert.outOfRange', at));
  ctx.warnings.push(warning(msg('data.convert.outOfRangeMissing', { ...at, count, cells: count === 1 ? 'cell' : 'cells', are: count === 1 ? 'is' : 'are' })));
}

/** Reverse-keys one variable in place; null (with a warning) when it has no values at all. */
function reverseVariable(ctx: Context, v: Variable, scaleRange: [number, number] | undefined): RecodeNote | null {
  if (v.kind === 'string') {
    throw new UsageError(msg('data.convert.reverseText', { column: v.name }));
  }
  const x = v.values;
  let lo = Infinity;
  let hi = -Infinity;
  if (scaleRange) {
    [lo, hi] = scaleRange;
    for (let i = 0; i < x.length; i++) {
      if (x[i] < lo || x[i] > hi) {
        throw new InputError(msg('data.convert.outsideScale', { file: ctx.file, row: i + 1, column: v.name, value: x[i], lo, hi }));
      }
    }
  } else {
    for (let i = 0; i < x.length; i++) {
      if (x[i] < lo) lo = x[i];
      if (x[i] > hi) hi = x[i];
    }
    if (lo > hi) {
      ctx.warnings.push(warning(msg('data.convert.reverseEmpty', { column: v.name })));
      return null;
    }
  }
  let source: RecodeNote['rangeSource'] = scaleRange ? 'scale-range' : 'observed';
  if (!scaleRange && v.labelSet !== undefined) {
    // Answers read through a label map lie on that map's scale, whichever answers were given;
    // a stray code outside it (reported when the column was read) leaves the observed range.
    const range = v.answerScale;
    if (range !== undefined && range[0] <= lo && hi <= range[1]) {
      [lo, hi] = range;
      source = 'labels';
    }
  }
  const s = lo + hi;
  if (source === 'labels') {
    const first = v.labels.get(lo) ?? String(lo);
    const last = v.labels.get(hi) ?? String(hi);
    ctx.warnings.push(warning(msg('data.convert.reverseLabels', { column: v.name, lo, hi, first, last })));
  } else if (source === 'observed') {
    // The observed range is right only when someone gave the lowest and the highest answer.
    ctx.warnings.push(warning(msg('data.convert.reverseObserved', { column: v.name, lo, hi })));
  }
  for (let i = 0; i < x.length; i++) x[i] = s - x[i];
  if (v.labels.size > 0) {
    // The label of a user-missing code (跳过 = -3) stays with its code.
    v.labels = new Map(
      [...v.labels.entries()].map(([c, l]) => [ctx.missing.has(c) ? c : s - c, l] as [number, string]).sort((a, b) => a[0] - b[0]),
    );
  }
  return { kind: 'reverse', variable: v.name, min: lo, max: hi, rangeSource: source };
}

/** Reads the weight column (see the module comment). */
/**
 * What a weight column's counts say (SPSS WEIGHT BY): an AnalysisError when no case has a usable
 * weight or their sum overflows, else a warning counting the cases left out (none when all count).
 * `total` is the sum of the positive weights.
 */
export function weightNotes(name: string, n: number, missing: number, nonPositive: number, total: number): string[] {
  if (missing + nonPositive === n) {
    throw new AnalysisError(msg('data.convert.weightNone', { column: name }));
  }
  if (!Number.isFinite(total)) {
    throw new AnalysisError(msg('data.convert.weightOverflow', { column: name }));
  }
  if (missing + nonPositive === 0) return [];
  const which = missing > 0 && nonPositive > 0 ? 'data.convert.weightBoth' : missing > 0 ? 'data.convert.weightMissing' : 'data.convert.weightNonPositive';
  return [
    warning(
      msg('data.convert.weightDropped', {
        column: name,
        which: msg(which, { missing, nonPositive }),
        weights: missing + nonPositive === 1 ? 'weight' : 'weights',
      }),
    ),
  ];
}

function readWeights(ctx: Context, name: string): Float64Array {
  const index = columnIndex(ctx.src, name);
  const typed = ctx.src.typed?.[index];
  const numbers = typed?.values ?? null;
  const isMissing = typed !== undefined ? fileMissing(typed, ctx.missing) : null;
  const raw = numbers === null ? ctx.src.cells[index] : [];
  const n = ctx.src.rows;
  const w = new Float64Array(n);
  let missing = 0;
  let nonPositive = 0;
  for (let i = 0; i < n; i++) {
    const v = numbers !== null ? (isMissing!(numbers[i]) ? NaN : numbers[i]) : classify(raw[i], ctx);
    if (v === TEXT) {
      throw new InputError(msg('data.convert.weightText', { file: ctx.file, row: i + 1, column: name, value: raw[i].trim() }));
    }
    if (v !== v) missing++;
    else if (v <= 0) nonPositive++;
    else w[i] = v;
  }
  // N is the sum of the weights: it (and every weighted sum) must stay a finite number.
  let total = 0;
  for (let i = 0; i < n; i++) total += w[i];
  ctx.warnings.push(...weightNotes(name, n, missing, nonPositive, total));
  return w;
}
