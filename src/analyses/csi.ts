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
import { msg, t, type Lang, type MessageRef } from '../i18n/index.js';
import { listwise } from '../stats/covariance.js';
import {
  estimateCsi,
  respondentIndices,
  scoreItems,
  type CsiEstimate,
  type CsiPart,
  type CsiWeights,
  type ScoredItems,
  type ValueBase,
} from '../stats/csi.js';
import { correlationsWithOutcome, normaliseWeights } from '../stats/csi-weights.js';
import { bootstrapReplicates, percentileInterval } from '../stats/bootstrap.js';
import { createRandom } from '../stats/random.js';
import { welchTest } from '../stats/welch.js';
import { twoProportionZ } from '../stats/proportions.js';
import { paretoTiers } from '../stats/tiers.js';
import { noVarianceMessage, standardizedBetas, factorWeights, type FactorWeighting } from './csi-derived.js';

export type WeightsMethod = 'equal' | 'factor' | 'regression' | 'correlation' | 'file';

export interface CsiOptions {
  /** The items (when dimensions are given, the union of their items). */
  items: string[];
  dimensions: { name: string; items: string[] }[] | null;
  /** The declared scale range; null = the observed range (with a warning). */
  scaleRange: [number, number] | null;
  weightsMethod: WeightsMethod;
  /** --weights FILE: name (dimension, or item) -> weight. */
  weightsFile?: { path: string; weights: Map<string, number> };
  /** Overall-satisfaction column for regression/correlation weights. */
  overall?: string | null;
  value?: { column: string; base: ValueBase } | null;
  /** Bootstrap replicates (0 = no CIs), seed and level (e.g. 0.95). */
  bootstrap: number;
  seed: number;
  level: number;
  /** 'overall' or a dimension name -> target index. */
  targets?: CsiTarget[] | null;
  tiers?: string | null;
  /** Split one file into groups by this column (instead of several wave files). */
  by?: string | null;
  /** Language of the warnings (default en). */
  lang?: Lang;
}

/** A target; one from a study file carries its place there, which its errors name. */
export interface CsiTarget {
  name: string;
  target: number;
  source?: { path: string; line: number | null; key: string };
}

/** An error about a target, with the study file, line and key when it came from one. */
function targetError(tg: CsiTarget, what: MessageRef): MessageRef {
  if (!tg.source) return what;
  const { path, line, key } = tg.source;
  return msg('data.study.at', { path, line: line ? msg('data.lineAt', { line }) : '', what: msg('data.study.badValue', { key, problem: what }) });
}

export interface IndexValue {
  index: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  satisfactionRate: number | null;
}

export interface DimensionResult extends IndexValue {
  name: string;
  items: string[];
  /** Weight of the dimension in the overall index. */
  weight: number;
}

export interface ItemResult extends IndexValue {
  name: string;
  dimension: string | null;
  /** Weight within its dimension (or in the overall index when there are no dimensions). */
  weight: number;
  /** Weight in the overall index. */
  overallWeight: number;
}

export interface ValueWeightedResult {
  column: string;
  base: 'mean' | 'min' | 'number';
  k0: number;
  items: ItemResult[];
  dimensions: DimensionResult[];
  overall: IndexValue;
}

export interface WaveItem {
  label: string;
  n: number;
  overall: IndexValue;
  valueWeighted: IndexValue | null;
  dimensions: ({ name: string } & IndexValue)[];
}

export interface WaveChange {
  /** Last minus first wave. */
  index: number | null;
  valueWeightedIndex: number | null;
  /** Welch p for the change of the index. */
  p: number | null;
  t: number | null;
  df: number | null;
  pValueWeighted: number | null;
  satisfactionRate: number | null;
  z: number | null;
  pSatisfactionRate: number | null;
}

export interface WavesResult {
  /** 'files' for several input files, else the --by column. */
  by: string;
  items: WaveItem[];
  /** Last vs first; `changes` has every wave against the first. */
  change: WaveChange;
  changes: (WaveChange & { from: string; to: string })[];
  trap: boolean;
  /** 'low-value-up' = the index rose while the value-weighted index fell; 'high-value-up' the reverse. */
  trapDirection: 'low-value-up' | 'high-value-up' | null;
}

export interface TierItem {
  label: string;
  n: number;
  /**
   * Share of the total value held by the tier: of the value column, else of a numeric tier column
   * (it is the value: --tiers value); null for named tiers without a value column, or when the
   * values are not all zero or positive.
   */
  valueShare: number | null;
  minValue: number | null;
  maxValue: number | null;
  overall: IndexValue;
  valueWeighted: IndexValue | null;
}

export interface CsiResult {
  scaleRange: [number, number];
  weightsMethod: WeightsMethod;
  n: number;
  excluded: number;
  itemIndices: ItemResult[];
  dimensions: DimensionResult[];
  overall: IndexValue;
  valueWeighted: ValueWeightedResult | null;
  waves: WavesResult | null;
  targets: { name: string; target: number; index: number | null; met: boolean }[] | null;
  tiers: { column: string; method: 'pareto' | 'named'; items: TierItem[] } | null;
  bootstrap: { replicates: number; seed: number; level: number } | null;
  /** Factor weighting: each component's eigenvalue after rotation and its share. */
  components: { name: string; items: string[]; sumOfSquares: number; share: number }[] | null;
  /** Names whose negative derived weight was set to 0. */
  zeroedWeights: string[];
}

/** What a command needs besides the JSON results. */
export interface CsiRun {
  result: CsiResult;
  warnings: string[];
  /** Per respondent (rows of the pooled data after listwise deletion): the factor composite F, when computed. */
  composite: { rows: number[]; scores: Float64Array } | null;
}

export interface CsiInput {
  label: string;
  ds: Dataset;
}

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

function concat(arrays: Float64Array[]): Float64Array {
  const out = new Float64Array(arrays.reduce((a, b) => a + b.length, 0));
  let o = 0;
  for (const a of arrays) {
    out.set(a, o);
    o += a.length;
  }
  return out;
}

function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** Keep the given rows (with repetition) of scored items and their row-aligned arrays. */
function subsetScored(s: ScoredItems, rows: number[]): ScoredItems {
  const { p } = s;
  const score = new Float64Array(rows.length * p);
  const top = new Float64Array(rows.length * p);
  rows.forEach((i, r) => {
    score.set(s.score.subarray(i * p, i * p + p), r * p);
    top.set(s.top.subarray(i * p, i * p + p), r * p);
  });
  return { n: rows.length, p, score, top };
}

function pick(a: Float64Array | null, rows: number[]): Float64Array | null {
  return a ? Float64Array.from(rows, (i) => a[i]) : null;
}

interface Measured {
  est: CsiEstimate;
  /** CIs in the order items, dimensions, overall, value-weighted items, dimensions, overall. */
  ci: ([number, number] | null)[] | null;
}

function measure(
  scored: ScoredItems,
  weights: CsiWeights,
  freq: Float64Array | null,
  values: Float64Array | null,
  base: ValueBase,
  opts: CsiOptions,
  seedOffset = 0,
): Measured {
  const est = estimateCsi(scored, weights, freq, values, base);
  if (opts.bootstrap <= 0 || scored.n < 2) return { est, ci: null };
  const rng = createRandom(opts.seed + seedOffset);
  const times = new Uint32Array(scored.n);
  const reps = bootstrapReplicates(scored.n, opts.bootstrap, rng, (rows) => {
    times.fill(0);
    for (let r = 0; r < rows.length; r++) times[rows[r]]++;
    const e = estimateCsi(scored, weights, freq, values, base, times);
    const out = [...e.items.map((x) => x.index), ...e.dimensions.map((x) => x.index), e.overall.index];
    if (e.valueWeighted) {
      const v = e.valueWeighted;
      out.push(...v.items.map((x) => x.index), ...v.dimensions.map((x) => x.index), v.overall.index);
    }
    return out;
  });
  return { est, ci: reps.map((r) => percentileInterval(r, opts.level)) };
}

function value(part: CsiPart, ci: [number, number] | null | undefined): IndexValue {
  return {
    index: finite(part.index),
    ciLower: ci ? finite(ci[0]) : null,
    ciUpper: ci ? finite(ci[1]) : null,
    satisfactionRate: finite(part.satisfactionRate),
  };
}

/** Frequency-weighted mean, n - 1 variance and sum of weights of one column. */
function moments(x: Float64Array, freq: Float64Array | null): { mean: number; variance: number; n: number } {
  let n = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const f = freq ? freq[i] : 1;
    n += f;
    s += f * x[i];
  }
  const mean = s / n;
  let ss = 0;
  for (let i = 0; i < x.length; i++) {
    const f = freq ? freq[i] : 1;
    ss += f * (x[i] - mean) * (x[i] - mean);
  }
  return { mean, variance: ss / (n - 1), n };
}

export function runCsi(inputs: CsiInput[], opts: CsiOptions): CsiRun {
  if (inputs.length === 0) throw new UsageError(msg('csi.err.noInput'));
  if (opts.items.length === 0) throw new UsageError(msg('csi.err.noItems'));
  if (inputs.length > 1 && opts.by) throw new UsageError(msg('csi.err.filesAndBy'));
  const targetNames = new Set<string>();
  for (const tg of opts.targets ?? []) {
    const { name, target } = tg;
    if (!(target >= 0 && target <= 100)) throw new UsageError(targetError(tg, msg('csi.err.targetRange', { target, name })));
    if (targetNames.has(name)) throw new UsageError(targetError(tg, msg('csi.err.twoTargets', { name })));
    targetNames.add(name);
  }
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
  if (inputs.length > 1) inputs.forEach((inp) => groupOf.push(...new Array<string>(inp.ds.variables[0]?.values.length ?? 0).fill(inp.label)));
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

  // --- weights
  let components: CsiResult['components'] = null;
  let composite: CsiRun['composite'] = null;
  let structure: { name: string; items: number[]; itemWeights: number[] }[];
  let dimensionWeights: number[];
  const zeroedWeights: string[] = [];
  const equalWithin = (items: number[]) => items.map(() => 1 / items.length);
  const position = (name: string) => itemNames.indexOf(name);
  if (opts.weightsMethod === 'factor') {
    const fw: FactorWeighting = factorWeights(itemCols, itemNames, freq);
    structure = fw.components.map((c, k) => {
      // Name a component after the given dimension that holds most of its items.
      let name = `Component ${k + 1}`;
      if (dims) {
        let best = 0;
        for (const d of dims) {
          const count = c.items.filter((j) => d.items.includes(itemNames[j])).length;
          if (count > best) {
            best = count;
            name = d.name;
          }
        }
      }
      return { name, items: c.items, itemWeights: equalWithin(c.items) };
    });
    const names = structure.map((s) => s.name);
    structure.forEach((s, k) => {
      if (names.indexOf(s.name) !== k) s.name = `${s.name} (${k + 1})`;
    });
    dimensionWeights = fw.components.map((c) => c.share);
    components = fw.components.map((c, k) => ({
      name: structure[k].name,
      items: c.items.map((j) => itemNames[j]),
      sumOfSquares: c.sumOfSquares,
      share: c.share,
    }));
    composite = { rows: kept, scores: fw.composite };
    if (fw.empty > 0) warnings.push(W('emptyComponents', { n: fw.empty }));
    if (dims) warnings.push(W('factorDimensions'));
  } else {
    structure = dims
      ? dims.map((d) => {
          const items = d.items.map((it) => {
            const j = position(it);
            if (j < 0) throw new UsageError(msg('csi.err.dimensionItem', { dimension: d.name, item: it }));
            return j;
          });
          return { name: d.name, items, itemWeights: equalWithin(items) };
        })
      : itemNames.map((name, j) => ({ name, items: [j], itemWeights: [1] }));
    const names = structure.map((s) => s.name);
    if (opts.weightsMethod === 'equal') {
      dimensionWeights = names.map(() => 1 / names.length);
    } else if (opts.weightsMethod === 'file') {
      const file = opts.weightsFile;
      if (!file) throw new UsageError(msg('csi.err.noWeightsFile'));
      const unit = msg(dims ? 'csi.err.unit.dimension' : 'csi.err.unit.item');
      const known = new Set([...names, ...itemNames]);
      const unknown = [...file.weights.keys()].filter((k) => !known.has(k));
      if (unknown.length) {
        throw new UsageError(
          msg('csi.err.weightsUnknown', {
            file: file.path,
            names: unknown.map((k) => `'${k}'`),
            are: unknown.length === 1 ? 'is' : 'are',
            among: msg(dims ? 'csi.err.among.dimensionsOrItems' : 'csi.err.among.items'),
            known: [...known],
          }),
        );
      }
      const raw = names.map((n) => {
        const w = file.weights.get(n);
        if (w === undefined) throw new UsageError(msg('csi.err.weightsMissing', { file: file.path, name: n, unit }));
        if (!(w >= 0)) throw new UsageError(msg('csi.err.weightNegative', { file: file.path, name: n, weight: String(w) }));
        return w;
      });
      const nw = normaliseWeights(raw);
      if (!nw) throw new UsageError(msg('csi.err.weightsAllZero', { file: file.path, unit }));
      dimensionWeights = nw.weights;
      // Item weights within a dimension, when the file gives them for all of its items.
      if (dims) {
        for (const s of structure) {
          const given = s.items.map((j) => file.weights.get(itemNames[j]));
          const missing = s.items.filter((_, m) => given[m] === undefined).map((j) => itemNames[j]);
          if (missing.length && missing.length < s.items.length) {
            throw new UsageError(msg('csi.err.weightsPartial', { file: file.path, dimension: s.name, missing }));
          }
          if (given.every((w) => w !== undefined) && s.items.length > 1) {
            const bad = (given as number[]).findIndex((w) => !(w >= 0));
            if (bad >= 0) throw new UsageError(msg('csi.err.weightNegative', { file: file.path, name: itemNames[s.items[bad]], weight: String(given[bad]) }));
            const iw = normaliseWeights(given as number[]);
            if (!iw) throw new UsageError(msg('csi.err.dimensionWeightsZero', { file: file.path, dimension: s.name }));
            s.itemWeights = iw.weights;
          }
        }
      }
    } else {
      // Derived: dimension scores (mean of their items) or the items, against the overall column.
      const predictors = structure.map((s) => {
        const out = new Float64Array(scored.n);
        for (let i = 0; i < scored.n; i++) {
          let sum = 0;
          s.items.forEach((j, m) => (sum += s.itemWeights[m] * itemCols[j][i]));
          out[i] = sum;
        }
        return out;
      });
      const y = overallCol as Float64Array;
      const flat = noVarianceMessage(predictors, names, y, opts.overall as string);
      if (flat) throw new AnalysisError(msg('csi.err.cannotDerive', { method: msg(`csi.err.kind.${opts.weightsMethod}`), reason: flat }));
      const raw =
        opts.weightsMethod === 'correlation'
          ? correlationsWithOutcome(predictors, y, freq)
          : standardizedBetas(predictors, names, y, opts.overall as string, freq);
      const nw = normaliseWeights(raw);
      if (!nw) {
        throw new AnalysisError(
          msg(opts.weightsMethod === 'correlation' ? 'csi.err.allNegativeCorrelation' : 'csi.err.allNegativeBeta', { overall: opts.overall as string }),
        );
      }
      dimensionWeights = nw.weights;
      for (const k of nw.zeroed) zeroedWeights.push(names[k]);
      if (zeroedWeights.length) {
        const list = nw.zeroed.map((k) => `${names[k]} (${raw[k].toFixed(3)})`).join(', ');
        warnings.push(W(opts.weightsMethod === 'correlation' ? 'zeroedCorrelation' : 'zeroedRegression', { list }));
      }
    }
  }
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
  const result: CsiResult = {
    scaleRange: [min, max],
    weightsMethod: opts.weightsMethod,
    n: m.est.n,
    excluded: lw.excluded,
    itemIndices: itemsOf(m.est.items, 0),
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

  // --- waves or groups
  const groupsPresent = inputs.length > 1 || Boolean(opts.by);
  if (groupsPresent) {
    const labels: string[] = [];
    const rowsOf = new Map<string, number[]>();
    kept.forEach((orig, r) => {
      const g = groupOf[orig];
      if (g === null || g === undefined) return;
      if (!rowsOf.has(g)) {
        rowsOf.set(g, []);
        labels.push(g);
      }
      (rowsOf.get(g) as number[]).push(r);
    });
    if (opts.by) {
      // In code order: waves 1, 2, 3 in time order; text columns are coded in sorted order.
      const v = variable(first, opts.by, 'by');
      const code = new Map<string, number>();
      for (const x of v.values) if (!Number.isNaN(x)) code.set(v.labels.get(x) ?? String(x), x);
      labels.sort((a, b) => (code.get(a) as number) - (code.get(b) as number));
    }
    if (labels.length < 2) {
      throw new AnalysisError(
        opts.by ? msg('csi.err.fewGroupsBy', { column: opts.by, n: labels.length }) : msg('csi.err.fewGroupsFiles', { n: labels.length }),
      );
    }
    const per = labels.map((label, g) => {
      const rows = rowsOf.get(label) as number[];
      const sub = subsetScored(scored, rows);
      const f = pick(freq, rows);
      const v = pick(valueCol, rows);
      const mm = measure(sub, weights, f, v, base, opts, g + 1);
      if (v && !(v.reduce((a, k, i) => a + k * (f ? f[i] : 1), 0) > 0)) {
        warnings.push(W('zeroGroupValue', { column: opts.value?.column ?? '', group: label }));
      }
      const ri = respondentIndices(sub, weights);
      const c = moments(ri.index, f);
      let cv: { mean: number; variance: number; n: number } | null = null;
      if (v && mm.est.valueWeighted) {
        const k0 = mm.est.valueWeighted.k0;
        cv = moments(ri.index.map((x, i) => (x * v[i]) / k0), f);
      }
      const off = p + D;
      const item: WaveItem = {
        label,
        n: mm.est.n,
        overall: value(mm.est.overall, mm.ci ? mm.ci[off] : null),
        valueWeighted: mm.est.valueWeighted ? value(mm.est.valueWeighted.overall, mm.ci ? mm.ci[2 * off + 1] : null) : null,
        dimensions: hasDims ? structure.map((s, k) => ({ name: s.name, ...value(mm.est.dimensions[k], mm.ci ? mm.ci[p + k] : null) })) : [],
      };
      return { item, c, cv };
    });
    const changeBetween = (a: (typeof per)[number], b: (typeof per)[number]): WaveChange => {
      const w = welchTest(a.c.mean, a.c.variance, a.c.n, b.c.mean, b.c.variance, b.c.n);
      const wv = a.cv && b.cv ? welchTest(a.cv.mean, a.cv.variance, a.cv.n, b.cv.mean, b.cv.variance, b.cv.n) : null;
      const ra = a.item.overall.satisfactionRate;
      const rb = b.item.overall.satisfactionRate;
      const z = ra !== null && rb !== null ? twoProportionZ(ra, a.item.n, rb, b.item.n) : null;
      const ia = a.item.overall.index;
      const ib = b.item.overall.index;
      const va = a.item.valueWeighted?.index ?? null;
      const vb = b.item.valueWeighted?.index ?? null;
      return {
        index: ia !== null && ib !== null ? ib - ia : null,
        valueWeightedIndex: va !== null && vb !== null ? vb - va : null,
        p: w ? w.p : null,
        t: w ? w.t : null,
        df: w ? w.df : null,
        pValueWeighted: wv ? wv.p : null,
        satisfactionRate: ra !== null && rb !== null ? rb - ra : null,
        z: z ? z.z : null,
        pSatisfactionRate: z ? z.p : null,
      };
    };
    const changes = per.slice(1).map((b) => ({ from: per[0].item.label, to: b.item.label, ...changeBetween(per[0], b) }));
    const change = changeBetween(per[0], per[per.length - 1]);
    const single = per.filter((x) => x.item.n < 2).map((x) => x.item.label);
    if (single.length) warnings.push(W('singleGroups', { n: single.length, list: single.slice(0, 5).join(', ') + (single.length > 5 ? ', ...' : '') }));
    // prop.test's rule: the normal approximation is doubtful when an expected count is below 5.
    const rough = changes
      .filter((c) => {
        if (c.z === null) return false;
        const a = per.find((x) => x.item.label === c.from) as (typeof per)[number];
        const b = per.find((x) => x.item.label === c.to) as (typeof per)[number];
        const na = a.item.n;
        const nb = b.item.n;
        const pooled = (na * (a.item.overall.satisfactionRate as number) + nb * (b.item.overall.satisfactionRate as number)) / (na + nb);
        return Math.min(pooled * na, (1 - pooled) * na, pooled * nb, (1 - pooled) * nb) < 5;
      })
      .map((c) => `${c.to} - ${c.from}`);
    if (rough.length) warnings.push(W('smallExpected', { list: rough.slice(0, 5).join(', ') + (rough.length > 5 ? ', ...' : '') }));
    const di = change.index;
    const dv = change.valueWeightedIndex;
    const trap = di !== null && dv !== null && di * dv < 0;
    result.waves = {
      by: inputs.length > 1 ? 'files' : (opts.by as string),
      items: per.map((x) => x.item),
      change,
      changes,
      trap,
      trapDirection: trap ? ((di as number) > 0 ? 'low-value-up' : 'high-value-up') : null,
    };
    if (trap) {
      const from = per[0].item.label;
      const to = per[per.length - 1].item.label;
      warnings.push(W((di as number) > 0 ? 'trapLowUp' : 'trapHighUp', { from, to, di: fmt(di), dv: fmt(dv) }));
    }
  }

  // --- tiers
  if (opts.tiers && tierColumn && tierVar) {
    const tv = tierVar[0];
    const tiersOfRows = kept.map((orig) => tierColumn[orig]);
    const named = tv.kind !== 'numeric';
    let tierLabel: (string | null)[];
    let order: string[];
    if (named) {
      tierLabel = tiersOfRows.map((x) => (Number.isNaN(x) ? null : (tv.labels.get(x) ?? String(x))));
      const codes = [...new Set(tiersOfRows.filter((x) => !Number.isNaN(x)))].sort((a, b) => a - b);
      order = codes.map((c) => tv.labels.get(c) ?? String(c));
    } else {
      const present = tiersOfRows.map((x, r) => ({ x, r })).filter((o) => !Number.isNaN(o.x));
      const vals = Float64Array.from(present, (o) => o.x);
      const fr = freq ? Float64Array.from(present, (o) => (freq as Float64Array)[o.r]) : null;
      const tier = paretoTiers(vals, fr);
      order = ['top20', 'next30', 'bottom50'];
      tierLabel = new Array<string | null>(kept.length).fill(null);
      present.forEach((o, k) => (tierLabel[o.r] = order[tier[k]]));
    }
    // The share of value: of the value column, else of the tier column when it holds amounts.
    const shareOf: ArrayLike<number> | null = valueCol ?? (named ? null : tiersOfRows);
    let totalValue = 0;
    let negative = false;
    if (shareOf) {
      for (let r = 0; r < shareOf.length; r++) {
        const x = shareOf[r];
        if (Number.isNaN(x)) continue;
        if (x < 0) negative = true;
        totalValue += x * (freq ? freq[r] : 1);
      }
    }
    const shares = shareOf !== null && !negative && totalValue > 0 && Number.isFinite(totalValue);
    const items: TierItem[] = [];
    const empty: string[] = [];
    for (const label of order) {
      const rows = tierLabel.map((l, r) => (l === label ? r : -1)).filter((r) => r >= 0);
      if (rows.length === 0) {
        empty.push(t(`csi.${label}`, opts.lang ?? 'en'));
        continue;
      }
      const sub = subsetScored(scored, rows);
      const f = pick(freq, rows);
      const v = pick(valueCol, rows);
      const tm = measure(sub, weights, f, v, base, opts, 1 + (result.waves?.items.length ?? 0) + order.indexOf(label));
      const est = tm.est;
      const off = p + structure.length;
      let tierValue = 0;
      let lo = Infinity;
      let hi = -Infinity;
      rows.forEach((r) => {
        const x = named ? (valueCol ? valueCol[r] : NaN) : tiersOfRows[r];
        if (shareOf) tierValue += shareOf[r] * (freq ? freq[r] : 1);
        if (x < lo) lo = x;
        if (x > hi) hi = x;
      });
      items.push({
        label,
        n: est.n,
        valueShare: shares ? tierValue / totalValue : null,
        minValue: finite(lo),
        maxValue: finite(hi),
        overall: value(est.overall, tm.ci ? tm.ci[off] : null),
        valueWeighted: est.valueWeighted ? value(est.valueWeighted.overall, tm.ci ? tm.ci[2 * off + 1] : null) : null,
      });
    }
    if (!named && empty.length) warnings.push(W('emptyTiers', { column: opts.tiers, tiers: empty.join(', ') }));
    result.tiers = { column: opts.tiers, method: named ? 'named' : 'pareto', items };
  }

  // --- targets
  if (opts.targets && opts.targets.length) {
    result.targets = opts.targets.map((tg) => {
      const { name, target } = tg;
      let index: number | null;
      if (name === 'overall') index = result.overall.index;
      else {
        const d = result.dimensions.find((x) => x.name === name) ?? (hasDims ? undefined : result.itemIndices.find((x) => x.name === name));
        if (!d) {
          const known = ['overall', ...(hasDims ? result.dimensions.map((x) => x.name) : itemNames)];
          throw new UsageError(targetError(tg, msg('csi.err.unknownTarget', { name, known })));
        }
        index = d.index;
      }
      return { name, target, index, met: index !== null && index >= target };
    });
  }

  return { result, warnings, composite };
}

function fmt(x: number | null): string {
  if (x === null) return 'n/a';
  return `${x > 0 ? '+' : ''}${x.toFixed(1)}`;
}
