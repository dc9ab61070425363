/**
 * The tables of `csat index`: the index per dimension (with the weights used beside it) and per
 * item, the value-weighted index beside the unweighted one, the index per wave or group with the
 * tests of change and the satisfaction trap (high- against low-value customers), Pareto value tiers, targets, and the factor
 * weights when those were used.
 */
import type { CsiResult, IndexValue, SatisfactionTrap, TrapGroupChange, WaveChange } from '../../analyses/index-run.js';
import { trapSentenceVars } from '../../i18n/trap-sentence.js';
import { formatNumber } from '../format.js';
import { t, type Lang } from '../../i18n/index.js';
import { table, text, type Block, type Cell, type CellValue, type Column } from '../table.js';
import { axisDecimals } from '../ipa-decimals.js';
import { indexSvg, type IndexBar } from '../svg/index-bars.js';
import type { FailedThreshold } from '../json-results.js';

export interface CsiTableOptions {
  weight?: string | null;
  /** The weights file, for the footnote of --weights file. */
  weightsFile?: string | null;
  overall?: string | null;
  /** Charts for the html page (the index by dimension, wave and tier). */
  svg?: boolean;
}

const pct = (x: number | null): number | null => (x === null ? null : 100 * x);
const sig = (p: number | null): Cell => ({ value: p, style: 'sig' });
/** A chart bar for an index that exists (none for a group with no index). */
const barOf = (label: string, v: IndexValue, series = 0): IndexBar[] =>
  v.index === null ? [] : [{ label, index: v.index, lower: v.ciLower, upper: v.ciUpper, series }];

export function csiBlocks(r: CsiResult, lang: Lang, opts: CsiTableOptions = {}): Block[] {
  const L = (key: string, vars?: Record<string, string | number>) => t(`csi.${key}`, lang, vars);
  const blocks: Block[] = [];
  const level = r.bootstrap ? Math.round(r.bootstrap.level * 1000) / 10 : 95;
  const [min, max] = r.scaleRange;
  const method = L(`method.${r.weightsMethod}`, { overall: opts.overall ?? '', file: opts.weightsFile ?? '' });
  const common = [
    L('footWeights', { method }),
    // A negative minimum in brackets: (mean - (-3)), not (mean - -3).
    L('footScale', { min: min < 0 ? `(${min})` : String(min), max: String(max), top: String(max - 1) }),
    r.bootstrap ? L('footBootstrap', { replicates: r.bootstrap.replicates, seed: r.bootstrap.seed }) : L('footNoBootstrap'),
    ...(opts.weight ? [L('footWeighted', { weight: opts.weight })] : []),
  ];
  // Without a bootstrap (--bootstrap 0) the interval columns are left out, not shown empty.
  const ci = r.bootstrap !== null;
  const ciGroups = (lead: number, after: number) =>
    ci
      ? [
          { label: '', span: lead },
          { label: L('ci', { level }), span: 2 },
          { label: '', span: after },
        ]
      : undefined;
  const ciColumns: Column[] = ci
    ? [
        { header: L('lower'), decimals: 1 },
        { header: L('upper'), decimals: 1 },
      ]
    : [];
  const ciCells = (v: IndexValue): CellValue[] => (ci ? [v.ciLower, v.ciUpper] : []);
  const valueCells = (v: IndexValue): CellValue[] => [v.index, ...ciCells(v), pct(v.satisfactionRate)];
  const valueColumns: Column[] = [{ header: L('index'), decimals: 1 }, ...ciColumns, { header: L('rate'), decimals: 1 }];
  const hasDims = r.dimensions.length > 0;
  // In a comparison of waves or groups the first tables pool them all, and say so.
  const k0From = (base: 'mean' | 'min' | 'number') =>
    r.waves?.valueBase?.from === 'first-wave' ? L('k0.first-wave', { base: L(`base.${base}`) }) : L(`base.${base}`);
  const pooled = (title: string) => (r.waves ? L('pooled', { title, by: r.waves.by === 'files' ? L('waves') : r.waves.by }) : title);

  if (hasDims) {
    blocks.push(
      table({
        id: 'csi-index',
        title: pooled(L('title')),
        groups: ciGroups(4, 1),
        columns: [{ header: L('dimension'), kind: 'label' }, { header: L('items'), kind: 'label' }, { header: L('weight'), decimals: 3 }, ...valueColumns],
        rows: [
          ...r.dimensions.map((d) => [d.name, d.items.join(', '), d.weight, ...valueCells(d)]),
          [L('overall'), '', 1, ...valueCells(r.overall)],
        ],
        footnotes: common,
      }),
    );
    if (opts.svg) {
      const bars = [...r.dimensions.map((d) => ({ label: d.name, v: d as IndexValue })), { label: L('overall'), v: r.overall }];
      blocks.push(text(indexSvg(bars.flatMap(({ label, v }) => barOf(label, v)), pooled(L('title')), lang)));
    }
  }
  blocks.push(
    table({
      id: 'csi-items',
      title: pooled(hasDims ? L('itemsTitle') : L('title')),
      groups: ciGroups(hasDims ? 4 : 3, 1),
      columns: [
        { header: L('item'), kind: 'label' },
        ...(hasDims ? [{ header: L('dimension'), kind: 'label' as const }] : []),
        { header: L('weight'), decimals: 3 },
        ...valueColumns,
      ],
      rows: [
        ...r.items.map((it) => [it.name, ...(hasDims ? [it.dimension ?? ''] : []), it.weight, ...valueCells(it)]),
        ...(hasDims ? [] : [[L('overall'), 1, ...valueCells(r.overall)]]),
      ],
      footnotes: hasDims ? [] : common,
    }),
  );

  if (r.components) {
    blocks.push(
      table({
        id: 'csi-factor-weights',
        title: L('componentsTitle'),
        columns: [
          { header: L('component'), kind: 'label' },
          { header: L('items'), kind: 'label' },
          { header: L('sumOfSquares'), decimals: 3 },
          { header: L('weight'), decimals: 3 },
        ],
        rows: r.components.map((c) => [c.name, c.items.join(', '), c.sumOfSquares, c.share]),
      }),
    );
  }

  if (r.valueWeighted) {
    const v = r.valueWeighted;
    const rows = (hasDims ? r.dimensions.map((d, k) => ({ name: d.name, u: d as IndexValue, w: v.dimensions[k] as IndexValue })) : r.items.map((it, j) => ({ name: it.name, u: it as IndexValue, w: v.items[j] as IndexValue })))
      .concat([{ name: L('overall'), u: r.overall, w: v.overall }]);
    blocks.push(
      table({
        id: 'csi-value-weighted',
        title: pooled(L('valueTitle')),
        // The interval columns belong to the value-weighted index, and say so in their group.
        groups: [
          { label: '', span: 1 },
          { label: L('index'), span: 3 },
          ...(ci ? [{ label: L('ciValue', { level }), span: 2 }] : []),
          { label: L('rate'), span: 2 },
        ],
        columns: [
          { header: hasDims ? L('dimension') : L('item'), kind: 'label' },
          { header: L('unweighted'), decimals: 1 },
          { header: L('valueWeighted'), decimals: 1 },
          { header: L('difference'), decimals: 1 },
          ...ciColumns,
          { header: L('unweighted'), decimals: 1 },
          { header: L('valueShare'), decimals: 1 },
        ],
        rows: rows.map((x) => [
          x.name,
          x.u.index,
          x.w.index,
          x.u.index !== null && x.w.index !== null ? x.w.index - x.u.index : null,
          ...ciCells(x.w),
          pct(x.u.satisfactionRate),
          pct(x.w.satisfactionRate),
        ]),
        footnotes: [L('footValue', { column: v.column, base: k0From(v.base), k0: baseText(v.k0) })],
      }),
    );
  }

  if (r.waves) {
    const w = r.waves;
    const by = w.by === 'files' ? L('waves') : w.by;
    const hasValue = w.items.some((x) => x.valueWeighted !== null);
    blocks.push(
      table({
        id: 'csi-waves',
        title: L('wavesTitle', { by }),
        groups: ciGroups(3, hasValue ? 2 : 1),
        columns: [
          { header: w.by === 'files' ? L('waves') : w.by, kind: 'label' },
          { header: L('n'), style: 'int' },
          { header: L('index'), decimals: 1 },
          ...ciColumns,
          { header: L('rate'), decimals: 1 },
          ...(hasValue ? [{ header: L('valueWeighted'), decimals: 1 }] : []),
        ],
        rows: w.items.map((x) => [
          x.label,
          x.n,
          x.overall.index,
          ...ciCells(x.overall),
          pct(x.overall.satisfactionRate),
          ...(hasValue ? [x.valueWeighted?.index ?? null] : []),
        ]),
      }),
    );
    if (opts.svg) blocks.push(text(indexSvg(w.items.flatMap((x) => barOf(x.label, x.overall)), L('wavesTitle', { by }), lang)));
    if (hasDims) {
      blocks.push(
        table({
          id: 'csi-waves-dimensions',
          title: L('wavesDimTitle', { by }),
          columns: [{ header: L('dimension'), kind: 'label' }, ...w.items.map((x) => ({ header: x.label, decimals: 1 }))],
          rows: r.dimensions.map((d, k) => [d.name, ...w.items.map((x) => x.dimensions[k]?.index ?? null)]),
        }),
      );
      if (opts.svg) {
        // Each dimension's bars side by side, one colour per wave.
        const bars = r.dimensions.flatMap((d, k) => w.items.flatMap((x, s) => (x.dimensions[k] ? barOf(`${d.name} · ${x.label}`, x.dimensions[k], s) : [])));
        blocks.push(text(indexSvg(bars, L('wavesDimTitle', { by }), lang, w.items.map((x) => x.label))));
      }
    }
    const changeRow = (c: WaveChange & { from: string; to: string }): (CellValue | Cell)[] => [
      `${c.to} - ${c.from}`,
      c.index,
      c.t,
      c.df,
      sig(c.p),
      ...(hasValue ? [c.valueWeightedIndex, sig(c.pValueWeighted)] : []),
      pct(c.satisfactionRate),
      c.z,
      sig(c.pSatisfactionRate),
    ];
    blocks.push(
      table({
        id: 'csi-change',
        title: L('changeTitle', { by }),
        groups: [
          { label: '', span: 1 },
          { label: L('changeIndex'), span: 4 },
          ...(hasValue ? [{ label: L('changeValue'), span: 2 }] : []),
          { label: L('changeRate'), span: 3 },
        ],
        columns: [
          { header: L('fromTo'), kind: 'label' },
          { header: L('points'), decimals: 1 },
          { header: L('t'), decimals: 3 },
          { header: L('df'), decimals: 3 },
          { header: L('sig'), style: 'sig' },
          ...(hasValue ? [{ header: L('points'), decimals: 1 }, { header: L('sig'), style: 'sig' as const }] : []),
          { header: L('pctPoints'), decimals: 1 },
          { header: L('z'), decimals: 3 },
          { header: L('sig'), style: 'sig' },
        ],
        rows: w.changes.map(changeRow),
        footnotes: [
          L('footChange'),
          ...(hasValue && w.valueBase ? [L('footSharedK0', { k0: baseText(w.valueBase.k0), from: k0From(r.valueWeighted?.base ?? 'number') })] : []),
          // Blank cells explained, as SPSS does ("t cannot be computed because ...").
          ...(w.changes.some((c) => c.index !== null && (c.t === null || (hasValue && c.valueWeightedIndex !== null && c.pValueWeighted === null))) ? [L('footNoT')] : []),
          ...(w.changes.some((c) => c.satisfactionRate !== null && c.z === null) ? [L('footNoZ')] : []),
        ],
      }),
    );
    if (w.satisfactionTrap) blocks.push(...trapBlocks(w.satisfactionTrap, w.items[0].label, w.items[w.items.length - 1].label, w.change.index, r.valueWeighted?.column ?? '', lang, L));
  }

  if (r.tiers) {
    const tr = r.tiers;
    const hasValue = tr.items.some((x) => x.valueWeighted !== null);
    const range = (lo: number | null, hi: number | null) => (lo === null || hi === null ? '' : `${formatNumber(lo, 2)} - ${formatNumber(hi, 2)}`);
    // Named tiers without a value column have no value range and no share of value: those columns are left out, not shown empty.
    const hasRange = tr.items.some((x) => x.minValue !== null && x.maxValue !== null);
    const hasShare = tr.items.some((x) => x.valueShare !== null);
    const lead = 3 + (hasRange ? 1 : 0) + (hasShare ? 1 : 0);
    blocks.push(
      table({
        id: 'csi-tiers',
        title: L('tiersTitle'),
        groups: ciGroups(lead, hasValue ? 2 : 1),
        columns: [
          { header: L('tier'), kind: 'label' },
          { header: L('n'), style: 'int' },
          ...(hasRange ? [{ header: L('valueRange'), kind: 'label' as const }] : []),
          ...(hasShare ? [{ header: L('shareOfValue'), decimals: 1 }] : []),
          { header: L('index'), decimals: 1 },
          ...ciColumns,
          { header: L('rate'), decimals: 1 },
          ...(hasValue ? [{ header: L('valueWeighted'), decimals: 1 }] : []),
        ],
        rows: tr.items.map((x) => [
          tr.method === 'pareto' ? L(x.label) : x.label,
          x.n,
          ...(hasRange ? [range(x.minValue, x.maxValue)] : []),
          ...(hasShare ? [pct(x.valueShare)] : []),
          x.overall.index,
          ...ciCells(x.overall),
          pct(x.overall.satisfactionRate),
          ...(hasValue ? [x.valueWeighted?.index ?? null] : []),
        ]),
        footnotes: tr.method === 'pareto' ? [L('footPareto', { column: tr.column })] : [],
      }),
    );
    if (opts.svg) blocks.push(text(indexSvg(tr.items.flatMap((x) => barOf(tr.method === 'pareto' ? L(x.label) : x.label, x.overall)), L('tiersTitle'), lang)));
  }

  if (r.targets) {
    blocks.push(
      table({
        id: 'csi-targets',
        title: L('targetsTitle'),
        columns: [
          { header: '', kind: 'label' },
          { header: L('target'), decimals: 1 },
          { header: L('index'), decimals: 1 },
          { header: L('met'), kind: 'label' },
        ],
        rows: r.targets.map((x) => {
          const d = targetDecimals(x.index, x.target);
          return [x.name === 'overall' ? L('overall') : x.name, { value: x.target, decimals: d }, { value: x.index, decimals: d }, x.met ? L('yes') : L('no')];
        }),
      }),
    );
  }
  return blocks;
}

/** The satisfaction trap: each value group's change, then the sentence of its case. */
function trapBlocks(
  s: SatisfactionTrap,
  from: string,
  to: string,
  di: number | null,
  column: string,
  lang: Lang,
  L: (key: string, vars?: Record<string, string | number>) => string,
): Block[] {
  const row = (label: string, g: TrapGroupChange): (CellValue | Cell)[] => [label, g.n[0], g.n[1], g.index[0], g.index[1], g.change, g.t, g.df, sig(g.p)];
  const blocks: Block[] = [
    table({
      id: 'csi-trap',
      title: L('trapTitle'),
      groups: [
        { label: '', span: 1 },
        { label: L('n'), span: 2 },
        { label: L('index'), span: 2 },
        { label: L('changeIndex'), span: 4 },
      ],
      columns: [
        { header: L('trapCustomers'), kind: 'label' },
        { header: from, style: 'int' },
        { header: to, style: 'int' },
        { header: from, decimals: 1 },
        { header: to, decimals: 1 },
        { header: L('points'), decimals: 1 },
        { header: L('t'), decimals: 3 },
        { header: L('df'), decimals: 3 },
        { header: L('sig'), style: 'sig' },
      ],
      rows: [row(L('trapHigh'), s.high), row(L('trapLow'), s.low)],
      footnotes: [L('footTrap', { cut: formatNumber(s.valueCut, 2), from, to })],
    }),
  ];
  if (s.case !== null) {
    const verdict = s.case >= 3 ? L(s.significant ? 'trapShown' : 'trapPossible') : '';
    const sentence = L(`trapCase${s.case}`, { ...trapSentenceVars(from, to, di, s.high, s.low), verdict });
    blocks.push(text(s.misleading ? `${sentence}${lang === 'zh' ? '' : ' '}${L('trapTiers', { column })}` : sentence));
  }
  return blocks;
}

/** K0 with 2 decimals, or 3 significant digits when it is below 1 (a given base of 0.004 is not .00). */
function baseText(k0: number): string {
  if (k0 >= 1 || k0 <= 0) return formatNumber(k0, 2);
  if (k0 < 1e-8) return k0.toExponential(2);
  return formatNumber(k0, Math.min(10, 2 - Math.floor(Math.log10(k0))));
}

/** One decimal, more where the index would print like its target (84.96 against 85 is not 85.0 < 85.0). */
function targetDecimals(index: number | null, target: number): number {
  return index === null ? 1 : axisDecimals([index], target, 1);
}

/** Each missed target, with the line standard error shows (exit 4). */
export function missedTargets(r: CsiResult, lang: Lang): FailedThreshold[] {
  return (r.targets ?? [])
    .filter((x) => !x.met)
    .map((x) => ({
      what: 'target',
      name: x.name,
      value: x.index,
      threshold: x.target,
      message: t('csi.targetMissed', lang, {
        name: x.name === 'overall' ? t('csi.overall', lang) : x.name,
        index: x.index === null ? '-' : formatNumber(x.index, targetDecimals(x.index, x.target)),
        target: formatNumber(x.target, targetDecimals(x.index, x.target)),
      }),
    }));
}
