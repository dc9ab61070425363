/**
 * `csat index` with several wave files or --by: the index per wave or group, each later wave's
 * change against the first with Welch's t-test on the respondents' indices (and on their
 * value-weighted indices) and a two-proportion z-test on the satisfaction rate.
 */
import type { Variable } from '../data/dataset.js';
import { AnalysisError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { respondentIndices } from '../stats/csi.js';
import { welchTest } from '../stats/welch.js';
import { twoProportionZ } from '../stats/proportions.js';
import { measure, moments, pick, subsetScored, value } from './index-measure.js';
import type { IndexContext, WaveChange, WaveItem, WavesResult } from './index-types.js';

/**
 * The waves or groups of the kept rows: `groupOf` gives each pooled row's label (null: left out),
 * `byVariable` the --by column (labels in code order), `files` whether the waves are input files.
 */
export function compareWaves(ctx: IndexContext, groupOf: (string | null)[], byVariable: Variable | null, files: boolean): WavesResult {
  const { opts, scored, weights, freq, valueCol, base, kept, structure, hasDims, warnings, W } = ctx;
  const p = scored.p;
  const D = structure.length;
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
  const waves: WavesResult = {
    by: files ? 'files' : (opts.by as string),
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
  return waves;
}

function fmt(x: number | null): string {
  if (x === null) return 'n/a';
  return `${x > 0 ? '+' : ''}${x.toFixed(1)}`;
}
