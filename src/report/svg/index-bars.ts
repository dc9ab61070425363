/**
 * A satisfaction index (0-100) as SVG: one horizontal bar per dimension, wave or tier on the
 * index's full 0-100 axis (a shorter axis would exaggerate small differences), the index at the
 * bar's end and its confidence interval in the tooltip. Several series (the waves of each
 * dimension) get one colour each and a key.
 */
import { t, type Lang } from '../../i18n/index.js';
import { barChart, type PlacedBar } from './bars.js';
import { chartNumber } from './shared.js';

/** The series colours, the first the one every single-series chart uses. */
const FILLS = ['#1a5fb4', '#e66100', '#26a269', '#813d9c', '#a51d2d', '#5e5c64'];

export interface IndexBar {
  label: string;
  index: number;
  lower?: number | null;
  upper?: number | null;
  /** Which series (0 when there is one). */
  series?: number;
}

/** The chart as SVG text; `series` names the colours when there are several. */
export function indexSvg(bars: IndexBar[], title: string, lang: Lang, series: string[] = []): string {
  return indexChart(bars, title, lang, series).svg;
}

export function indexChart(bars: IndexBar[], title: string, lang: Lang, series: string[] = []): { svg: string; bars: PlacedBar[]; baseX: number } {
  const L = (key: string) => t(`chart.${key}`, lang);
  const fill = (k: number) => FILLS[k % FILLS.length];
  return barChart({
    title,
    axisTitle: L('indexAxis'),
    domain: [0, 100],
    base: 0,
    key: series.length > 1 ? series.map((s, k) => ({ fill: fill(k), text: s })) : undefined,
    bars: bars.map((b) => {
      const value = chartNumber(b.index, 1);
      const ci = b.lower != null && b.upper != null ? ` [${chartNumber(b.lower, 1)}, ${chartNumber(b.upper, 1)}]` : '';
      return { label: b.label, value: Math.min(100, Math.max(0, b.index)), fill: fill(b.series ?? 0), text: value, tooltip: `${b.label}: ${value}${ci}` };
    }),
  });
}
