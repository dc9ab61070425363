/**
 * A horizontal bar chart as SVG, the layout the Beta and item-mean charts share: a title, an
 * optional colour key under it, one labelled bar per row from a base value (0 for coefficients,
 * the scale's lowest point for means), the bar's value at its end, grid lines at round ticks, a
 * solid base line and an optional dashed reference line. Names longer than the label column are
 * cut with an ellipsis; the bar's tooltip keeps them whole.
 */
import { escapeXml, FONT, niceTicks, shortLabel, textWidth } from './shared.js';
import { maxOf } from '../../stats/extent.js';

const WIDTH = 720;
const BAR = 22;
const GAP = 12;
const LABEL_SIZE = 12;

export interface Bar {
  label: string;
  value: number;
  fill: string;
  /** The value as printed at the bar's end. */
  text: string;
  tooltip: string;
}

export interface BarChartSpec {
  title: string;
  axisTitle: string;
  bars: Bar[];
  /** The axis range; it holds the base and every value. */
  domain: [number, number];
  base: number;
  key?: { fill: string; text: string }[];
  reference?: { value: number; text: string };
}

/** Where a bar was drawn: from x0 to x1 (px), its top at y. */
export interface PlacedBar {
  x0: number;
  x1: number;
  y: number;
}

export function barChart(spec: BarChartSpec): { svg: string; bars: PlacedBar[]; baseX: number } {
  const f = (v: number) => Number(v.toFixed(1));
  const labels = spec.bars.map((b) => shortLabel(b.label, LABEL_SIZE));
  const left = 24 + maxOf(labels.map((l) => textWidth(l, LABEL_SIZE)), 40);
  const top = spec.key || spec.reference ? 70 : 52;
  const plot = { left, right: WIDTH - 70, top, bottom: top + spec.bars.length * (BAR + GAP) + GAP };
  const height = plot.bottom + 64;
  const [x0, x1] = spec.domain;
  const sx = (v: number) => plot.left + ((v - x0) / (x1 - x0)) * (plot.right - plot.left);
  const baseX = f(sx(spec.base));
  // A long title (an outcome's long name) shrinks to the chart's width rather than being cut.
  const titleSize = Math.max(11, Math.min(18, Math.floor((WIDTH - 24) / textWidth(spec.title, 1))));
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" role="img" aria-label="${escapeXml(spec.title)}">`,
    `<title>${escapeXml(spec.title)}</title>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="30" font-size="${titleSize}" font-weight="bold" text-anchor="middle" fill="#202124">${escapeXml(spec.title)}</text>`,
  ];
  if (spec.key) {
    const widths = spec.key.map((k) => textWidth(k.text, 11) + 17);
    let x = WIDTH / 2 - (widths.reduce((a, b) => a + b, 0) + 24 * (widths.length - 1)) / 2;
    spec.key.forEach((k, i) => {
      out.push(
        `<rect x="${f(x)}" y="43" width="12" height="10" fill="${k.fill}"/>`,
        `<text x="${f(x + 17)}" y="52" font-size="11" fill="#3c4043">${escapeXml(k.text)}</text>`,
      );
      x += widths[i] + 24;
    });
  }
  const ticks = niceTicks(x0, x1);
  for (const v of ticks.ticks) {
    const x = f(sx(v));
    out.push(
      `<line x1="${x}" y1="${plot.top}" x2="${x}" y2="${plot.bottom}" stroke="#e8eaed"/>`,
      `<text x="${x}" y="${plot.bottom + 18}" font-size="12" text-anchor="middle" fill="#3c4043">${v.toFixed(ticks.decimals)}</text>`,
    );
  }
  out.push(`<text x="${(plot.left + plot.right) / 2}" y="${plot.bottom + 44}" font-size="13" font-weight="bold" text-anchor="middle" fill="#202124">${escapeXml(spec.axisTitle)}</text>`);
  const placed: PlacedBar[] = [];
  spec.bars.forEach((b, i) => {
    const y = plot.top + GAP + i * (BAR + GAP);
    const end = f(sx(b.value));
    const [a, z] = end < baseX ? [end, baseX] : [baseX, end];
    placed.push({ x0: a, x1: z, y });
    const mid = y + BAR / 2 + 4;
    out.push(
      `<text x="${plot.left - 10}" y="${mid}" font-size="${LABEL_SIZE}" text-anchor="end" fill="#202124">${escapeXml(labels[i])}</text>`,
      `<rect x="${a}" y="${y}" width="${f(z - a)}" height="${BAR}" fill="${b.fill}"><title>${escapeXml(b.tooltip)}</title></rect>`,
      b.value < spec.base
        ? `<text x="${f(a - 5)}" y="${mid}" font-size="12" text-anchor="end" fill="#202124">${escapeXml(b.text)}</text>`
        : `<text x="${f(z + 5)}" y="${mid}" font-size="12" fill="#202124">${escapeXml(b.text)}</text>`,
    );
  });
  out.push(`<line x1="${baseX}" y1="${plot.top}" x2="${baseX}" y2="${plot.bottom}" stroke="#5f6368" stroke-width="1.2"/>`);
  if (spec.reference) {
    const x = f(sx(spec.reference.value));
    out.push(
      `<line class="reference" x1="${x}" y1="${plot.top - 4}" x2="${x}" y2="${plot.bottom}" stroke="#c5221f" stroke-width="1.2" stroke-dasharray="6 4"/>`,
      `<text x="${x}" y="${plot.top - 8}" font-size="11" text-anchor="middle" fill="#c5221f">${escapeXml(spec.reference.text)}</text>`,
    );
  }
  out.push('</svg>');
  return { svg: out.join('\n') + '\n', bars: placed, baseX };
}
