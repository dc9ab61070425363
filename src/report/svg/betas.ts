/**
 * The drivers of an outcome as SVG: one horizontal bar per predictor, its length the standardized
 * coefficient (Beta), in the order given (csat ranks drivers by |Beta|), from a zero line that
 * sits left when every Beta is positive and inside the plot when some are negative. Significant
 * predictors (p < .05) are solid, the others pale; each bar carries its value at its end.
 */
import { t, type Lang } from '../i18n.js';
import { chartNumber, escapeXml, FONT, niceTicks, shortLabel, textWidth } from './shared.js';
import '../labels/charts.js';

const WIDTH = 720;
const BAR = 22;
const GAP = 12;
const LABEL_SIZE = 12;
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
export function betaChart(bars: BetaBar[], outcome: string, lang: Lang): { svg: string; bars: { x0: number; x1: number; y: number }[]; zeroX: number } {
  const L = (key: string, vars?: Record<string, string | number>) => t(`chart.${key}`, lang, vars);
  const f = (v: number) => Number(v.toFixed(1));
  const labels = bars.map((b) => shortLabel(b.predictor, LABEL_SIZE));
  const left = 24 + Math.max(40, ...labels.map((l) => textWidth(l, LABEL_SIZE)));
  const plot = { left, right: WIDTH - 70, top: 70, bottom: 70 + bars.length * (BAR + GAP) + GAP };
  const height = plot.bottom + 64;
  const lo = Math.min(0, ...bars.map((b) => b.beta));
  const hi = Math.max(0, ...bars.map((b) => b.beta));
  // Room past the longest bar for its value; Betas all (nearly) zero still get an axis 0.1 long,
  // whose ticks a printed number can tell apart.
  const span = hi - lo;
  let x0 = lo < 0 ? lo - span * 0.08 : 0;
  let x1 = hi > 0 ? hi + span * 0.08 : 0;
  if (x1 - x0 < 0.1) {
    if (hi > 0 || lo === 0) x1 = x0 + 0.1;
    else x0 = x1 - 0.1;
  }
  const sx = (v: number) => plot.left + ((v - x0) / (x1 - x0)) * (plot.right - plot.left);
  const zeroX = f(sx(0));
  const title = L('betaTitle', { outcome });
  // A long outcome name shrinks the title to the chart's width rather than cutting it.
  const titleSize = Math.max(11, Math.min(18, Math.floor((WIDTH - 24) / textWidth(title, 1))));
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="30" font-size="${titleSize}" font-weight="bold" text-anchor="middle" fill="#202124">${escapeXml(title)}</text>`,
  ];
  // Key: solid for significant, pale for not.
  const keyY = 52;
  const sig = L('significant');
  const keyX = WIDTH / 2 - (textWidth(sig, 11) + textWidth(L('notSignificant'), 11) + 60) / 2;
  const key2 = keyX + textWidth(sig, 11) + 40;
  out.push(
    `<rect x="${f(keyX)}" y="${keyY - 9}" width="12" height="10" fill="${ACCENT}"/>`,
    `<text x="${f(keyX + 17)}" y="${keyY}" font-size="11" fill="#3c4043">${escapeXml(sig)}</text>`,
    `<rect x="${f(key2)}" y="${keyY - 9}" width="12" height="10" fill="${PALE}"/>`,
    `<text x="${f(key2 + 17)}" y="${keyY}" font-size="11" fill="#3c4043">${escapeXml(L('notSignificant'))}</text>`,
  );
  const ticks = niceTicks(x0, x1);
  for (const v of ticks.ticks) {
    const x = f(sx(v));
    out.push(
      `<line x1="${x}" y1="${plot.top}" x2="${x}" y2="${plot.bottom}" stroke="#e8eaed"/>`,
      `<text x="${x}" y="${plot.bottom + 18}" font-size="12" text-anchor="middle" fill="#3c4043">${v.toFixed(ticks.decimals)}</text>`,
    );
  }
  out.push(`<text x="${(plot.left + plot.right) / 2}" y="${plot.bottom + 44}" font-size="13" font-weight="bold" text-anchor="middle" fill="#202124">${escapeXml(L('beta'))}</text>`);
  const placed: { x0: number; x1: number; y: number }[] = [];
  bars.forEach((b, i) => {
    const y = plot.top + GAP + i * (BAR + GAP);
    const end = f(sx(b.beta));
    const [a, z] = end < zeroX ? [end, zeroX] : [zeroX, end];
    placed.push({ x0: a, x1: z, y });
    const significant = b.p !== null && b.p < 0.05;
    const value = chartNumber(b.beta, 3);
    const tip = `${b.predictor}: Beta ${value}${b.p === null ? '' : `, p ${b.p < 0.001 ? '< 0.001' : `= ${chartNumber(b.p, 3)}`}`}`;
    const mid = y + BAR / 2 + 4;
    out.push(
      `<text x="${plot.left - 10}" y="${mid}" font-size="${LABEL_SIZE}" text-anchor="end" fill="#202124">${escapeXml(labels[i])}</text>`,
      `<rect x="${a}" y="${y}" width="${f(z - a)}" height="${BAR}" fill="${significant ? ACCENT : PALE}"><title>${escapeXml(tip)}</title></rect>`,
      b.beta < 0
        ? `<text x="${f(a - 5)}" y="${mid}" font-size="12" text-anchor="end" fill="#202124">${value}</text>`
        : `<text x="${f(z + 5)}" y="${mid}" font-size="12" fill="#202124">${value}</text>`,
    );
  });
  out.push(`<line x1="${zeroX}" y1="${plot.top}" x2="${zeroX}" y2="${plot.bottom}" stroke="#5f6368" stroke-width="1.2"/>`, '</svg>');
  return { svg: out.join('\n') + '\n', bars: placed, zeroX };
}
