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
import { accumulate, type ColumnMoments } from '../stats/moments.js';
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
  if (m.rows < 2) throw new AnalysisError(msg('summary.err.momentsFewCases', { rows: m.rows, items }));
  const p = items.length;
  const w = ds.weights;
  let excluded = 0;
  let excludedWeight = 0;
  for (let i = 0; i < m.rowsRead; i++) {
    if (w && !(w[i] > 0 && Number.isFinite(w[i]))) continue;
    if (vars.some((v) => Number.isNaN(v.values[i]))) {
      excluded++;
      excludedWeight += w ? w[i] : 1;
    }
  }
  return {
    format: MOMENTS_FORMAT,
    version: MOMENTS_VERSION,
    source,
    items: [...items],
    weight: ds.weightName,
    missing: 'listwise',
    rows: m.rows,
    n: m.n,
    excluded,
    excludedWeight,
    means: Array.from(m.means),
    crossProducts: Array.from({ length: p }, (_, i) => Array.from(m.sscp.subarray(i * p, i * p + p))),
    columns: m.columns.map(columnOf),
  };
}
