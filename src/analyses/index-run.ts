/**
 * `csat index`: the customer satisfaction index (0-100) overall and per dimension, with its
 * weights, top-two-box satisfaction rates, percentile bootstrap CIs, the customer-value-weighted
 * index, waves or groups with tests of change, targets and Pareto value tiers.
 *
 * Formulas: src/stats/csi.ts (index, rates, value weighting), src/stats/csi-weights.ts (derived
 * weights), src/stats/bootstrap.ts (CIs), src/stats/welch.ts and src/stats/proportions.ts (change).
 * Rows: listwise over the items, the overall column (derived weights) and the value column; a row
 * with a missing wave/group or tier label is left out of that breakdown only.
 * Bootstrap: rows are resampled with equal probability and keep their frequency weights; the index
 * weights stay fixed. The pooled sample uses the seed, wave/group k (1-based) the seed + k and
 * value tier k (1-based, after G groups) the seed + G + k, so each is reproducible and no two
 * breakdowns share their draws.
 */
import type { Dataset, Variable } from '../data/dataset.js';
import { AnalysisError, UsageError } from '../errors.js';
import { msg, t, type MessageRef } from '../i18n/index.js';
import { listwise } from '../stats/covariance.js';
import { scoreItems, type CsiWeights, type ValueBase } from '../stats/csi.js';
import { concat, measure, value } from './index-measure.js';
import { checkTargets, evaluateTargets } from './index-targets.js';
import { compareWaves, groupWaves, sharedK0, type WaveGroups } from './index-waves.js';
import { valueTiers } from './index-tiers.js';
import { indexWeights } from './index-weights.js';
import type { CsiInput, CsiOptions, CsiResult, CsiRun, DimensionResult, IndexContext, ItemResult } from './index-types.js';
import type { CsiPart } from '../stats/csi.js';

export type * from './index-types.js';

function variable(ds: Dataset, name: string, what: 'column' | 'by' | 'tiers'): Variable {
  const v = ds.variables.find((x) => x.name === name);
  if (!v) throw new UsageError(msg('csi.err.notAColumn', { what: msg(`csi.err.what.${what}`), name, file: ds.input.file }));
  return v;
}

/** "row 12" (1-based data row) of pooled row `orig`, with the file when there are several. */
function rowName(inputs: CsiInput[], orig: number): MessageRef {
  let row = orig;
  for (const inp of inputs) {
    const n = inp.ds.variables[0]?.values.length ?? 0;
    if (row < n) return inputs.length > 1 ? msg('csi.err.rowOf', { row: row + 1, file: inp.ds.input.file }) : msg('csi.err.row', { row: row + 1 });
    row -= n;
  }
  return msg('csi.err.row', { row: orig + 1 });
}

export function runCsi(inputs: CsiInput[], opts: CsiOptions): CsiRun {
  if (inputs.length === 0) throw new UsageError(msg('csi.err.noInput'));
  if (opts.items.length === 0) throw new UsageError(msg('csi.err.noItems'));
  if (inputs.length > 1 && opts.by) throw new UsageError(msg('csi.err.filesAndBy'));
  checkTargets(opts.targets);
  const warnings: string[] = [];
  const W = (key: string, vars?: Record<string, string | number>) => t(`csi.warn.${key}`, opts.lang ?? 'en', vars);
  const first = inputs[0].ds;
  const itemNames = opts.items;
  const p = itemNames.length;

  // --- dimensions and their item positions
  const dims = opts.dimensions;
  if (dims) {
    const seen = new Map<string, string>();
    const dimNames = new Set<string>();
    for (const d of dims) {
      if (d.name.toLowerCase() === 'overall') throw new UsageError(msg('csi.err.dimensionOverall', { name: d.name }));
      if (dimNames.has(d.name)) throw new UsageError(msg('csi.err.twoDimensions', { name: d.name }));
      dimNames.add(d.name);
      if (d.items.length === 0) throw new UsageError(msg('csi.err.emptyDimension', { name: d.name }));
      for (const it of d.items) {
        const other = seen.get(it);
        if (other !== undefined) throw new UsageError(msg('csi.err.itemTwice', { item: it, first: other, second: d.name }));
        seen.set(it, d.name);
      }
    }
  }

  // --- pooled columns (all inputs), listwise over everything the index needs
  const needsOverall = opts.weightsMethod === 'regression' || opts.weightsMethod === 'correlation';
  if (needsOverall && !opts.overall) {
    throw new UsageError(msg('csi.err.needsOverall', { method: opts.weightsMethod }));
  }
  if (needsOverall && itemNames.includes(opts.overall as string)) {
    throw new UsageError(msg('csi.err.overallIsItem', { column: opts.overall as string }));
  }
  const columnNames = [...itemNames, ...(needsOverall ? [opts.overall as string] : []), ...(opts.value ? [opts.value.column] : [])];
  const pooledColumns = columnNames.map((name, k) =>
    concat(
      inputs.map((inp) => {
        const v = variable(inp.ds, name, 'column');
        const isValue = opts.value !== null && opts.value !== undefined && k === columnNames.length - 1;
        // Free text coded 1..k in sorted order is no rating and no amount; text answers (labelled) are ratings, not amounts.
        if (v.kind === 'string' || (isValue && v.kind !== 'numeric')) {
          const key = isValue ? 'csi.err.textValue' : k < p ? 'csi.err.textItem' : 'csi.err.textOverall';
          throw new UsageError(msg(key, { name, file: inp.ds.input.file, examples: [...v.labels.values()].slice(0, 3) }));
        }
        return v.values;
      }),
    ),
  );
  const anyWeights = inputs.some((inp) => inp.ds.weights);
  const pooledFreq = anyWeights
    ? concat(inputs.map((inp) => inp.ds.weights ?? new Float64Array(inp.ds.input.rows).fill(1)))
    : null;
  const groupOf: (string | null)[] = [];
  // A loop, not push(...rows): a spread of 125,000 or more rows overflows the stack.
  if (inputs.length > 1) for (const inp of inputs) for (let i = 0; i < (inp.ds.variables[0]?.values.length ?? 0); i++) groupOf.push(inp.label);
  else if (opts.by) {
    const g = variable(first, opts.by, 'by');
    for (const x of g.values) groupOf.push(Number.isNaN(x) ? null : (g.labels.get(x) ?? String(x)));
  }
  const tierVar = opts.tiers ? inputs.map((inp) => variable(inp.ds, opts.tiers as string, 'tiers')) : null;
  const tierColumn = tierVar ? concat(tierVar.map((v) => v.values)) : null;

  // Listwise: keep the original row number so groups and tiers follow the kept rows.
  const total = pooledColumns[0].length;
  const rowId = Float64Array.from({ length: total }, (_, i) => i);
  const lw = listwise([...pooledColumns, rowId], pooledFreq);
  if (lw.kept < 2) {
    throw new AnalysisError(
      msg('csi.err.fewRows', { n: lw.kept, overall: needsOverall ? msg('csi.err.andOverall') : '', value: opts.value ? msg('csi.err.andValue') : '' }),
    );
  }
  const kept = Array.from(lw.columns[columnNames.length], (x) => x);
  const itemCols = lw.columns.slice(0, p);
  const overallCol = needsOverall ? lw.columns[p] : null;
  const valueCol = opts.value ? lw.columns[columnNames.length - 1] : null;
  const freq = lw.weights;
  if (lw.excluded > 0) warnings.push(W(opts.value ? 'excludedValue' : 'excluded', { n: lw.excluded }));

  // --- scale range
  let range = opts.scaleRange;
  if (!range) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const c of itemCols) for (const x of c) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    if (!(hi > lo)) throw new AnalysisError(msg('csi.err.constantAnswers', { items: itemNames, value: lo }));
    range = [lo, hi];
    warnings.push(W('observedRange', { lo, hi }));
  }
  const [min, max] = range;
  itemCols.forEach((c, j) => {
    for (const x of c) {
      if (x < min || x > max) throw new UsageError(msg('csi.err.outsideRange', { item: itemNames[j], value: x, min, max }));
    }
  });

  // --- value column
  let base: ValueBase = 'mean';
  if (opts.value && valueCol) {
    base = opts.value.base;
    let total = 0;
    let smallest = Infinity;
    valueCol.forEach((k, r) => {
      if (k < 0) {
        throw new AnalysisError(msg('csi.err.negativeValue', { column: opts.value!.column, value: k, row: rowName(inputs, kept[r]) }));
      }
      total += k * (freq ? freq[r] : 1);
      smallest = Math.min(smallest, k);
    });
    if (!(total > 0)) throw new AnalysisError(msg('csi.err.zeroValue', { column: opts.value.column }));
    if (!Number.isFinite(total)) throw new AnalysisError(msg('csi.err.valueOverflow', { column: opts.value.column }));
    if (typeof base === 'number' && !(base > 0 && Number.isFinite(base))) throw new UsageError(msg('csi.err.badBase', { base: String(base) }));
    if (base === 'min' && smallest <= 0) {
      throw new AnalysisError(msg('csi.err.zeroMinBase', { column: opts.value.column }));
    }
  }

  const scored = scoreItems(itemCols, min, max);

  // --- waves or groups: found before any estimate, because they all share the first wave's K0
  let waveGroups: WaveGroups | null = null;
  let valueFrom: 'first-wave' | 'given' | null = null;
  if (inputs.length > 1 || opts.by) {
    waveGroups = groupWaves(opts, groupOf, opts.by ? variable(first, opts.by, 'by') : null, kept);
    if (valueCol) {
      valueFrom = typeof base === 'number' ? 'given' : 'first-wave';
      base = sharedK0(waveGroups, valueCol, freq, base);
    }
  }

  // --- weights
  const iw = indexWeights(opts, itemNames, itemCols, overallCol, freq, W, warnings);
  const { structure, dimensionWeights, components, zeroedWeights } = iw;
  const composite: CsiRun['composite'] = iw.composite ? { rows: kept, scores: iw.composite } : null;
  const weights: CsiWeights = {
    dimensions: structure.map((s) => ({ items: s.items, itemWeights: s.itemWeights })),
    dimensionWeights,
  };
  const hasDims = dims !== null || opts.weightsMethod === 'factor';

  // --- the pooled index with CIs
  const m = measure(scored, weights, freq, valueCol, base, opts);
  const D = structure.length;
  const ciAt = (k: number) => (m.ci ? m.ci[k] : null);
  const itemOwner = new Array<number>(p).fill(-1);
  const itemWeightIn = new Array<number>(p).fill(0);
  structure.forEach((s, k) => s.items.forEach((j, mm) => ((itemOwner[j] = k), (itemWeightIn[j] = s.itemWeights[mm]))));
  const itemsOf = (est: CsiPart[], off: number): ItemResult[] =>
    itemNames.map((name, j) => ({
      name,
      dimension: hasDims && itemOwner[j] >= 0 ? structure[itemOwner[j]].name : null,
      weight: hasDims ? itemWeightIn[j] : dimensionWeights[itemOwner[j]] ?? 0,
      overallWeight: itemOwner[j] >= 0 ? dimensionWeights[itemOwner[j]] * itemWeightIn[j] : 0,
      ...value(est[j], ciAt(off + j)),
    }));
  const dimsOf = (est: CsiPart[], off: number): DimensionResult[] =>
    hasDims
      ? structure.map((s, k) => ({
          name: s.name,
          items: s.items.map((j) => itemNames[j]),
          weight: dimensionWeights[k],
          ...value(est[k], ciAt(off + p + k)),
        }))
      : [];
  const vw = m.est.valueWeighted;
  const items = itemsOf(m.est.items, 0);
  const result: CsiResult = {
    scaleRange: [min, max],
    weightsMethod: opts.weightsMethod,
    n: m.est.n,
    excluded: lw.excluded,
    items,
    itemIndices: items,
    dimensions: dimsOf(m.est.dimensions, 0),
    overall: value(m.est.overall, ciAt(p + D)),
    valueWeighted:
      vw && opts.value
        ? {
            column: opts.value.column,
            base: typeof opts.value.base === 'number' ? 'number' : opts.value.base,
            k0: vw.k0,
            items: itemsOf(vw.items, p + D + 1),
            dimensions: dimsOf(vw.dimensions, p + D + 1),
            overall: value(vw.overall, ciAt(2 * (p + D) + 1)),
          }
        : null,
    waves: null,
    targets: null,
    tiers: null,
    bootstrap: opts.bootstrap > 0 ? { replicates: opts.bootstrap, seed: opts.seed, level: opts.level } : null,
    components,
    zeroedWeights,
  };
  if (vw && (vw.overall.index > 100 || vw.overall.index < 0)) {
    warnings.push(W('outside100', { index: vw.overall.index.toFixed(1), k0: vw.k0 }));
  }

  const ctx: IndexContext = { opts, scored, weights, freq, valueCol, base, kept, structure, hasDims, warnings, W };
  if (waveGroups) result.waves = compareWaves(ctx, waveGroups, inputs.length > 1, valueFrom);
  if (opts.tiers && tierColumn && tierVar) result.tiers = valueTiers(ctx, tierColumn, tierVar[0], result.waves?.items.length ?? 0);
  if (opts.targets && opts.targets.length) result.targets = evaluateTargets(opts.targets, result, hasDims, itemNames);

  return { result, warnings, composite };
}
