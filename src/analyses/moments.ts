/**
 * `csat moments`: the moments file of a selection of items, the sufficient statistics that
 * kmo, factor, reliability and corr read back with --from-moments (src/data/summary.ts): n,
 * means and centred cross-products over the listwise-complete cases (src/stats/moments.ts, the
 * same two-pass accumulation the analyses use), and each item's own power sums and value counts.
 */
import type { Dataset } from '../data/dataset.js';
import { MOMENTS_FORMAT, MOMENTS_VERSION, type MomentsColumn, type MomentsFile } from '../data/summary.js';
import { AnalysisError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { accumulate, countExcluded, type ColumnMoments, type Moments } from '../stats/moments.js';
import { numericVariable } from './corr.js';

function columnOf(c: ColumnMoments): MomentsColumn {
  return {
    rows: c.rows,
    n: c.n,
    mean: c.mean,
    m2: c.m2,
    m3: c.m3,
    m4: c.m4,
    min: c.rows ? c.min : null,
    max: c.rows ? c.max : null,
    counts: c.counts ? [...c.counts].sort((a, b) => a[0] - b[0]).map(([value, n]) => ({ value, n })) : null,
  };
}

/** The moments file of `items` of `ds` (numeric items; text answers count through their codes). */
export function momentsOf(ds: Dataset, items: string[], source: string | null): MomentsFile {
  const vars = items.map((name) => numericVariable(ds, name));
  const m = accumulate(items, vars.map((v) => v.values), ds.weights);
  const w = ds.weights;
  const excluded = { rows: 0, weight: 0 };
  countExcluded(vars.map((v) => v.values), w, m.rowsRead, excluded);
  return momentsFile(m, ds.weightName, excluded, source);
}

/** The moments file of accumulated moments (from the rows or from the streaming reader). */
export function momentsFile(m: Moments, weight: string | null, excluded: { rows: number; weight: number }, source: string | null): MomentsFile {
  const items = m.names;
  if (m.rows < 2) throw new AnalysisError(msg('summary.err.momentsFewCases', { rows: m.rows, items }));
  const p = items.length;
  return {
    format: MOMENTS_FORMAT,
    version: MOMENTS_VERSION,
    source,
    items: [...items],
    weight,
    missing: 'listwise',
    rows: m.rows,
    n: m.n,
    excluded: excluded.rows,
    excludedWeight: excluded.weight,
    means: Array.from(m.means),
    crossProducts: Array.from({ length: p }, (_, i) => Array.from(m.sscp.subarray(i * p, i * p + p))),
    columns: m.columns.map(columnOf),
  };
}
