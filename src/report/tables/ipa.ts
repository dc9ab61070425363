/**
 * The tables of `csat ipa`: each item's importance, performance, quadrant and distance to the
 * cross-hairs; the items per quadrant; and the importance-performance map as a terminal chart.
 */
import type { IpaResult } from '../../analyses/ipa.js';
import { scatterChart } from '../chart.js';
import { ipaSvg } from '../svg/ipa.js';
import { ipaDecimals } from '../ipa-decimals.js';
import { formatNumber } from '../format.js';
import { t, type Lang } from '../../i18n/index.js';
import { table, text, type Block } from '../table.js';
import { QUADRANTS } from '../../stats/ipa.js';

export interface IpaTableOptions {
  /** Show the chart (default true). */
  chart?: boolean;
  /** The chart as SVG (for the html format) instead of the terminal chart. */
  svg?: boolean;
  weight?: string | null;
}

export function ipaBlocks(r: IpaResult, lang: Lang, opts: IpaTableOptions = {}): Block[] {
  const L = (key: string, vars?: Record<string, string | number>) => t(`ipa.${key}`, lang, vars);
  const { importance: dI, performance: dP } = ipaDecimals(r);
  const footnotes = [
    L('footMethod', { method: L(`method.${r.importanceMethod}`, { overall: r.overall ?? '' }) }),
    L('footCrosshair', {
      importance: formatNumber(r.crosshair.importance, dI),
      isrc: L(`src.${r.crosshairSource.importance}`),
      performance: formatNumber(r.crosshair.performance, dP),
      psrc: L(`src.${r.crosshairSource.performance}`),
    }),
    L('footDistance'),
    ...(opts.weight ? [L('footWeighted', { weight: opts.weight })] : []),
  ];
  const blocks: Block[] = [
    table({
      id: 'ipa',
      title: L('title'),
      columns: [
        { header: L('item'), kind: 'label' },
        { header: L('importance'), decimals: dI },
        { header: L('performance'), decimals: dP },
        { header: L('quadrant'), kind: 'label' },
        { header: L('distance'), decimals: 2 },
      ],
      rows: r.items.map((x) => [x.item, x.importance, x.performance, L(x.quadrant), x.distance]),
      footnotes,
    }),
    table({
      id: 'ipa-quadrants',
      title: L('quadrantsTitle'),
      columns: [
        { header: L('quadrant'), kind: 'label' },
        { header: '', kind: 'label' },
        { header: L('items'), kind: 'label' },
      ],
      rows: QUADRANTS.map((q) => [L(q), L(`${q}.hint`), r.quadrants[q].length ? r.quadrants[q].join(', ') : L('none')]),
    }),
  ];
  if (opts.chart !== false && opts.svg) {
    blocks.push(text(ipaSvg(r, lang)));
  } else if (opts.chart !== false) {
    blocks.push({
      kind: 'text',
      chart: true,
      text:
        `${L('chartTitle')}\n` +
        scatterChart(
          r.items.map((x) => ({ x: x.importance, y: x.performance, label: x.item })),
          { xLabel: L('importance'), yLabel: L('performance'), xCross: r.crosshair.importance, yCross: r.crosshair.performance },
        ),
    });
  }
  return blocks;
}
