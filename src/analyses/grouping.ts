/**
 * A grouping variable (`--by`) as SPSS's group procedures (T-TEST GROUPS, ONEWAY, NPAR TESTS) read
 * it: its levels, in a stable order, and each row's group code.
 *
 * Order: numeric and labelled columns by ascending code (the order of their value labels), and so
 * text columns of numbered bands (1年以下, 1-3年, 5年以上: the data layer codes them in that order,
 * src/data/category-order.ts), and those whose order the study file declares; other text columns in order of first appearance in the file (the
 * data layer codes them in collation order, which is nobody's order for 青年, 中年, 老年). A row is in no group (-1) when its group value is
 * missing or its weight is not positive. More than MAX_CATEGORIES levels is a continuous column: a
 * usage error that suggests binning.
 *
 *   const g = groupingOf(ds, 'gender');               // every level, in order
 *   const two = selectLevels(g, '2,1', '--groups');   // levels picked by code or label, in that order
 *   two.codes[i]                                      // 0, 1, or -1 (not in the chosen groups)
 */
import type { Dataset, Variable } from '../data/dataset.js';
import { UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { levelName } from '../i18n/names.js';
import { codeGroups } from '../stats/groups.js';
import { isBanded } from '../data/category-order.js';
import { MAX_CATEGORIES, type Category } from './crosstab.js';

export interface Grouping {
  /** The grouping column's name. */
  variable: string;
  /** The levels, in group-code order. */
  levels: Category[];
  /** Per data row: the index into `levels`, or -1 (missing group value, non-positive weight, not selected). */
  codes: Int32Array;
  /** A text column: its levels are named by their labels only (the codes are the data layer's own). */
  text: boolean;
}

/** Every level of `name` among the rows with a positive weight, in SPSS's order (see above). */
export function groupingOf(ds: Dataset, name: string, maxLevels: number = MAX_CATEGORIES): Grouping {
  const v: Variable = ds.variables.find((x) => x.name === name)!;
  const w = ds.weights;
  const keys = Float64Array.from(v.values);
  if (w !== null) for (let i = 0; i < keys.length; i++) if (!(w[i] > 0)) keys[i] = NaN;
  let order: number[] = [];
  if (v.kind !== 'string' || v.declaredOrder || isBanded(v.labels.values())) {
    const seen = new Set<number>();
    for (const x of keys) {
      if (x !== x || seen.has(x)) continue;
      seen.add(x);
      if (seen.size > maxLevels) throw new UsageError(msg('grouping.err.continuous', { column: name, max: maxLevels }));
    }
    order = [...seen].sort((a, b) => a - b);
  }
  const { codes, keys: values } = codeGroups(keys, order);
  if (values.length > maxLevels) throw new UsageError(msg('grouping.err.continuous', { column: name, max: maxLevels }));
  return { variable: name, levels: values.map((value) => ({ value, label: v.labels.get(value) ?? null })), codes, text: v.kind === 'string' };
}

/**
 * The levels a spec such as "1,2" or "男,女" names (each a code or a value label; a text column's
 * levels by their text only), in the order
 * given; the returned codes are renumbered to that order. A name matching no level is a usage
 * error listing the levels found.
 */
export function selectLevels(g: Grouping, spec: string, option: string): Grouping {
  const wanted = spec.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const picked = wanted.map((s) => {
    const k = g.levels.findIndex((c) => c.label === s || (!g.text && Number(s) === c.value));
    if (k < 0) throw new UsageError(msg('grouping.err.noSuchGroup', { option, value: s, column: g.variable, groups: g.levels.map(levelName) }));
    return k;
  });
  if (new Set(picked).size !== picked.length) throw new UsageError(msg('grouping.err.repeated', { option, spec }));
  const to = new Int32Array(g.levels.length).fill(-1);
  picked.forEach((k, j) => (to[k] = j));
  const codes = Int32Array.from(g.codes, (c) => (c < 0 ? -1 : to[c]));
  return { variable: g.variable, levels: picked.map((k) => g.levels[k]), codes, text: g.text };
}
