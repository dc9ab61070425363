/**
 * The drivers of an outcome as SVG: one horizontal bar per predictor, its length the standardized
 * coefficient (Beta), in the order given (csat ranks drivers by |Beta|), from a zero line that
 * sits left when every Beta is positive and inside the plot when some are negative. Significant
 * predictors (p < .05) are solid, the others pale; each bar carries its value at its end.
 */
import { t, type Lang } from '../../i18n/index.js';
import { barChart, type PlacedBar } from './bars.js';
import { chartNumber } from './shared.js';
import { maxOf, minOf } from '../../stats/extent.js';

const ACCENT = '#1a5fb4';
const PALE = '#a8c1e3';

export interface BetaBar {
  predictor: string;
  beta: number;
  p: number | null;
}

/** The chart as SVG text. */
export function betaSvg(bars: BetaBar[], outcome: string, lang: Lang): string {
  return betaChart(bars, outcome, lang).svg;
}

/** The SVG and where each bar and the zero line ended up (for tests of the layout). */
export function betaChart(bars: BetaBar[], outcome: string, lang: Lang): { svg: string; bars: PlacedBar[]; zeroX: number } {
  const L = (key: string, vars?: Record<string, string | number>) => t(`chart.${key}`, lang, vars);
  const lo = minOf(bars.map((b) => b.beta), 0);
  const hi = maxOf(bars.map((b) => b.beta), 0);
  // Room past the longest bar for its value; Betas all (nearly) zero still get an axis 0.1 long,
  // whose ticks a printed number can tell apart.
  const span = hi - lo;
  let x0 = lo < 0 ? lo - span * 0.08 : 0;
  let x1 = hi > 0 ? hi + span * 0.08 : 0;
  if (x1 - x0 < 0.1) {
    if (hi > 0 || lo === 0) x1 = x0 + 0.1;
    else x0 = x1 - 0.1;
  }
  const chart = barChart({
    title: L('betaTitle', { outcome }),
    axisTitle: L('beta'),
    domain: [x0, x1],
    base: 0,
    key: [
      { fill: ACCENT, text: L('significant') },
      { fill: PALE, text: L('notSignificant') },
    ],
    bars: bars.map((b) => {
      const value = chartNumber(b.beta, 3);
      const p = b.p === null ? '' : `, p ${b.p < 0.001 ? '< .001' : `= ${chartNumber(b.p, 3)}`}`;
      return { label: b.predictor, value: b.beta, fill: b.p !== null && b.p < 0.05 ? ACCENT : PALE, text: value, tooltip: `${b.predictor}: Beta ${value}${p}` };
    }),
  });
  return { svg: chart.svg, bars: chart.bars, zeroX: chart.baseX };
}
