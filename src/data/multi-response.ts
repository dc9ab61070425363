/**
 * Multiple-response questions ("tick all that apply") as the survey platforms export them, found
 * from what `--multi` names:
 *   - one column whose cells join the chosen options: 问卷星 answer text with ┋, Google Forms
 *     checkboxes with ", ", others with ";" (the column's name given exactly);
 *   - one column per option (a dichotomy group): a run or glob (`Q7_1..Q7_5`, `Q7_*`), or a stem
 *     whose columns are named stem + separator + option: Q7_1, Q7.1, Q7-1, Q7(A), 问卷星's 7(选项A)
 *     and 第7题(选项A), SurveyMonkey's columns with the option's text.
 * A joined column becomes one 0/1 indicator per option, in order of first appearance (numeric
 * option codes in ascending order), so both shapes reach the counting as a dichotomy group.
 */
import { UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { MISSING_TOKENS } from './convert.js';
import { closest, selectColumns } from './select.js';
import type { Source } from './source.js';

export interface MultiSetSpec {
  /** The question as --multi named it (the set is shown as $name). */
  question: string;
  /** joined: one column of joined options; columns: one column per option. */
  shape: 'joined' | 'columns';
  columns: string[];
}

/** The separators a joined column may use, in the order tried: the first found in any cell wins. */
export const SEPARATORS: readonly string[] = ['┋', ';', '；', ', '];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The columns named stem + separator + option (Q7_1, Q7(A), 7(选项A), 第7题(A) ...), in file order. */
export function stemColumns(names: readonly string[], stem: string): string[] {
  const stems = [escape(stem)];
  const number = /^[Qq]?(\d+)$/.exec(stem);
  // 问卷星 numbers its questions: Q7 and 7 both name the sub-columns 7(A) and 第7题(A).
  if (number) stems.push(escape(number[1]), `第${number[1]}题`);
  const re = new RegExp(`^(?:${stems.join('|')})(?:\\s*[_.:：-]\\s*|\\s*[(（])\\S`);
  return names.filter((n) => re.test(n));
}

/** Each comma-separated part of `spec` as one set (see the module comment). */
export function findMultiSets(source: Pick<Source, 'names' | 'file'>, spec: string, option = '--multi'): MultiSetSpec[] {
  const parts = spec
    .split(/[,，]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) throw new UsageError(msg('data.select.none', { option }));
  return parts.map((part): MultiSetSpec => {
    if (source.names.includes(part)) return { question: part, shape: 'joined', columns: [part] };
    if (part.includes('..') || part.includes('*') || part.includes('?') || part.startsWith('#')) {
      const columns = selectColumns(source.names, part, option, source.file);
      return { question: part, shape: columns.length === 1 ? 'joined' : 'columns', columns };
    }
    const columns = stemColumns(source.names, part);
    if (columns.length === 0) throw new UsageError(msg('data.multi.noSet', { option, part, closest: closest(part, source.names) }));
    return { question: part, shape: 'columns', columns };
  });
}

/** A cell that is no answer: empty, NA, (跳过) ..., a --missing code, or a bare negative code (a platform's skip code; no option is one). */
function skipped(cell: string, missing: ReadonlySet<number>): boolean {
  const c = cell.trim();
  if (MISSING_TOKENS.has(c.toLowerCase())) return true;
  if (/^-\d+$/.test(c)) return true;
  return c !== '' && missing.has(Number(c));
}

export interface SplitColumn {
  /** The separator found ('' when no cell holds more than one option). */
  separator: string;
  options: string[];
  /** indicators[k][row] = 1 when the row chose options[k]. */
  indicators: Uint8Array[];
}

/**
 * Splits a joined column into one indicator per option. The text a respondent typed for an
 * "other" option (问卷星 puts it in 〖〗) is dropped, so it does not become an option of its own.
 */
export function splitJoined(cells: readonly string[], missing: ReadonlySet<number> = new Set()): SplitColumn {
  const separator = SEPARATORS.find((s) => cells.some((c) => c.includes(s))) ?? '';
  const index = new Map<string, number>();
  const chosen: number[][] = cells.map((cell) => {
    if (skipped(cell, missing)) return [];
    const parts = separator ? cell.split(separator) : [cell];
    const ks: number[] = [];
    for (const raw of parts) {
      const option = raw.replace(/〖[^〗]*〗/g, '').trim();
      if (option === '' || skipped(option, missing)) continue;
      let k = index.get(option);
      if (k === undefined) index.set(option, (k = index.size));
      ks.push(k);
    }
    return ks;
  });
  let options = [...index.keys()];
  let order = options.map((_, k) => k);
  // Option codes (问卷星's code download joins them too) go in their own order, not in the order met.
  if (options.length && options.every((o) => /^\d+(?:\.\d+)?$/.test(o))) {
    order = order.sort((a, b) => Number(options[a]) - Number(options[b]));
    options = order.map((k) => options[k]);
  }
  const position = new Int32Array(order.length);
  order.forEach((k, p) => (position[k] = p));
  const indicators = options.map(() => new Uint8Array(cells.length));
  chosen.forEach((ks, i) => {
    for (const k of ks) indicators[position[k]][i] = 1;
  });
  return { separator, options, indicators };
}

/**
 * The option a column of a dichotomy group stands for: what follows the stem (Q7(网银) -> 网银,
 * 第7题(A) -> A), else the column's name.
 */
export function optionOfColumn(column: string, stem: string): string {
  const m = /^.*?[(（](.+)[)）]\s*$/.exec(column);
  if (m && stemColumns([column], stem).length) return m[1].trim();
  return column;
}
