/**
 * The means of variables on one answer scale as SVG: one horizontal bar per variable from the
 * scale's lowest point to its mean, in the order given (the questionnaire's), with the mean at
 * the bar's end and a dashed line at the scale's midpoint (the neutral answer of a Likert item),
 * so that items answered above or below neutral stand out.
 */
import { t, type Lang } from '../../i18n/index.js';
import { barChart, type PlacedBar } from './bars.js';
import { chartNumber } from './shared.js';

const FILL = '#1a5fb4';

export interface MeanBar {
  name: string;
  mean: number;
  sd: number | null;
}

/** The chart as SVG text. */
export function meansSvg(bars: MeanBar[], range: [number, number], lang: Lang): string {
  return meansChart(bars, range, lang).svg;
}

/** The SVG and where each bar ended up (for tests of the layout). */
export function meansChart(bars: MeanBar[], range: [number, number], lang: Lang): { svg: string; bars: PlacedBar[]; baseX: number } {
  const L = (key: string, vars?: Record<string, string | number>) => t(`chart.${key}`, lang, vars);
  const [lo, hi] = range[1] > range[0] ? range : [range[0], range[0] + 1];
  const mid = (lo + hi) / 2;
  const chart = barChart({
    title: L('meansTitle'),
    axisTitle: L('mean', { lo: chartNumber(lo, Number.isInteger(lo) ? 0 : 2), hi: chartNumber(hi, Number.isInteger(hi) ? 0 : 2) }),
    domain: [lo, hi],
    base: lo,
    reference: { value: mid, text: L('midpoint', { value: chartNumber(mid, Number.isInteger(mid) ? 0 : 1) }) },
    bars: bars.map((b) => {
      const value = chartNumber(b.mean, 2);
      const sd = b.sd === null ? '' : `, SD ${chartNumber(b.sd, 2)}`;
      return { label: b.name, value: Math.min(hi, Math.max(lo, b.mean)), fill: FILL, text: value, tooltip: `${b.name}: ${value}${sd}` };
    }),
  });
  return chart;
}
