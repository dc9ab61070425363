/**
 * `csat index` with several wave files or --by: the index per wave or group, each later wave's
 * change against the first with Welch's t-test on the respondents' indices (and on their
 * value-weighted indices) and a two-proportion z-test on the satisfaction rate. With a value
 * column every wave shares one K0 (the first wave's, or the number given), and the satisfaction
 * trap compares high-value with low-value customers' change (the six cases in index-types.ts).
 */
import type { Variable } from '../data/dataset.js';
import { AnalysisError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { trapSentenceVars } from '../i18n/trap-sentence.js';
import { respondentIndices, valueBase, valueWeightedRespondentIndices, type ValueBase } from '../stats/csi.js';
import { welchTest } from '../stats/welch.js';
import { twoProportionZ } from '../stats/proportions.js';
import { measure, moments, pick, subsetScored, value } from './index-measure.js';
import type { CsiOptions, IndexContext, SatisfactionTrap, TrapGroupChange, WaveChange, WaveItem, WavesResult } from './index-types.js';

export interface WaveGroups {
  /** Wave or group labels in order: files as given, a --by column in code order. */
  labels: string[];
  /** The kept rows (indices into the scored data) of each label. */
  rowsOf: Map<string, number[]>;
}

/**
 * The waves or groups of the kept rows: `groupOf` gives each pooled row's label (null: left out),
 * `byVariable` the --by column (labels in code order).
 */
export function groupWaves(opts: CsiOptions, groupOf: (string | null)[], byVariable: Variable | null, kept: number[]): WaveGroups {
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
    const v = byVariable as Variable;
    const code = new Map<string, number>();
    for (const x of v.values) if (!Number.isNaN(x)) code.set(v.labels.get(x) ?? String(x), x);
    labels.sort((a, b) => (code.get(a) as number) - (code.get(b) as number));
  }
  if (labels.length < 2) {
    throw new AnalysisError(
      opts.by ? msg('csi.err.fewGroupsBy', { column: opts.by, n: labels.length }) : msg('csi.err.fewGroupsFiles', { n: labels.length }),
    );
  }
  return { labels, rowsOf };
}

/** The K0 every wave shares: the number given, else the base computed on the first wave's rows. */
export function sharedK0(groups: WaveGroups, values: Float64Array, freq: Float64Array | null, base: ValueBase): number {
  if (typeof base === 'number') return base;
  const rows = groups.rowsOf.get(groups.labels[0]) as number[];
  const k0 = valueBase(pick(values, rows) as Float64Array, base, pick(freq, rows));
  if (!(k0 > 0)) throw new AnalysisError(msg('csi.err.zeroFirstWaveValue', { wave: groups.labels[0], base: msg(`csi.base.${base}`) }));
  return k0;
}

/** Every wave's index and its change against the first; `base` is the shared K0 when values are given. */
export function compareWaves(ctx: IndexContext, groups: WaveGroups, files: boolean, valueFrom: 'first-wave' | 'given' | null): WavesResult {
  const { opts, scored, weights, freq, valueCol, base, structure, hasDims, warnings, W } = ctx;
  const p = scored.p;
  const D = structure.length;
  const { labels, rowsOf } = groups;
  const per = labels.map((label, g) => {
    const rows = rowsOf.get(label) as number[];
    const sub = subsetScored(scored, rows);
    const f = pick(freq, rows);
    const v = pick(valueCol, rows);
    const mm = measure(sub, weights, f, v, base, opts, g + 1);
    // A group holding no value has no value-weighted index (its answers would all rescale to 0).
    const noValue = v !== null && !(v.reduce((a, k, i) => a + k * (f ? f[i] : 1), 0) > 0);
    if (noValue) warnings.push(W('zeroGroupValue', { column: opts.value?.column ?? '', group: label }));
    const vw = noValue ? null : mm.est.valueWeighted;
    const ri = respondentIndices(sub, weights);
    const c = moments(ri.index, f);
    let cv: { mean: number; variance: number; n: number } | null = null;
    if (v && vw) cv = moments(valueWeightedRespondentIndices(ri.index, v, vw.k0, scored.offset), f);
    const off = p + D;
    const item: WaveItem = {
      label,
      n: mm.est.n,
      overall: value(mm.est.overall, mm.ci ? mm.ci[off] : null),
      valueWeighted: vw ? value(vw.overall, mm.ci ? mm.ci[2 * off + 1] : null) : null,
      dimensions: hasDims ? structure.map((s, k) => ({ name: s.name, ...value(mm.est.dimensions[k], mm.ci ? mm.ci[p + k] : null) })) : [],
    };
    return { item, c, cv, rows, index: ri.index };
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
  const satisfactionTrap = valueCol ? trapCases(per[0], per[per.length - 1], valueCol, freq, di) : null;
  const trap = satisfactionTrap !== null && satisfactionTrap.misleading;
  const waves: WavesResult = {
    by: files ? 'files' : (opts.by as string),
    items: per.map((x) => x.item),
    change,
    changes,
    trap,
    trapDirection: trap ? (satisfactionTrap?.case === 3 ? 'low-value-up' : 'high-value-up') : null,
    valueBase: valueCol && valueFrom ? { k0: base as number, from: valueFrom } : null,
    satisfactionTrap,
  };
  if (satisfactionTrap && satisfactionTrap.misleading) {
    const vars = trapSentenceVars(per[0].item.label, per[per.length - 1].item.label, di, satisfactionTrap.high, satisfactionTrap.low);
    warnings.push(W(`trapCase${satisfactionTrap.case}`, { ...vars, verdict: W(satisfactionTrap.significant ? 'trapShown' : 'trapPossible') }));
  }
  return waves;
}

type WaveRows = { rows: number[]; index: Float64Array };

/** High-value (value above the first wave's mean) and low-value customers' change, and the case. */
function trapCases(a: WaveRows, b: WaveRows, values: Float64Array, freq: Float64Array | null, di: number | null): SatisfactionTrap {
  const valueCut = valueBase(pick(values, a.rows) as Float64Array, 'mean', pick(freq, a.rows));
  const group = (high: boolean): TrapGroupChange => {
    const side = (w: WaveRows) => {
      const keep = w.rows.flatMap((row, i) => (values[row] > valueCut === high ? [i] : []));
      const f = freq ? Float64Array.from(keep, (i) => freq[w.rows[i]]) : null;
      return keep.length ? moments(Float64Array.from(keep, (i) => w.index[i]), f) : null;
    };
    const x = side(a);
    const y = side(b);
    const t = x && y ? welchTest(x.mean, x.variance, x.n, y.mean, y.variance, y.n) : null;
    return {
      n: [x ? x.n : 0, y ? y.n : 0],
      index: [x ? x.mean : null, y ? y.mean : null],
      change: x && y ? y.mean - x.mean : null,
      t: t ? t.t : null,
      df: t ? t.df : null,
      p: t ? t.p : null,
    };
  };
  const high = group(true);
  const low = group(false);
  let kase: SatisfactionTrap['case'] = null;
  if (high.change !== null && low.change !== null && di !== null) {
    const hUp = high.change >= 0;
    const lUp = low.change >= 0;
    if (hUp === lUp) kase = hUp ? 1 : 2;
    else if (!hUp) kase = di >= 0 ? 3 : 4;
    else kase = di >= 0 ? 6 : 5;
  }
  const significant = kase !== null && kase >= 3 && high.p !== null && low.p !== null && high.p < 0.05 && low.p < 0.05;
  return { valueCut, high, low, case: kase, misleading: kase === 3 || kase === 5, significant };
}
