/**
 * SPSS's boxplots as SVG: for one variable, a vertical box per group on a shared value axis. The
 * box runs from Tukey's lower to upper hinge with a line at the median, the whiskers reach the
 * most extreme cases within 1.5 box lengths of the hinges; outliers (beyond 1.5 box lengths) are
 * circles and extremes (beyond 3) asterisks, each labelled with its case number, as SPSS does.
 * Each mark's tooltip gives the case and its value.
 */
import type { BoxSketch } from '../boxplot.js';
import { chartNumber, escapeXml, FONT, niceTicks, shortLabel } from './shared.js';
import { maxOf, minOf } from '../../stats/extent.js';

const HEIGHT = 420;
const PLOT = { left: 70, top: 52, bottom: HEIGHT - 64 };
const SLOT = 120;
const BOX = 44;
const ACCENT = '#1a5fb4';

export function boxplotSvg(boxes: BoxSketch[], title: string, axis: string, decimals: number): string {
  const width = Math.max(360, PLOT.left + 30 + SLOT * boxes.length);
  const right = width - 30;
  const all = boxes.flatMap((b) => [b.whiskerLow, b.whiskerHigh, ...b.outliers.map((c) => c.value), ...b.extremes.map((c) => c.value)]);
  let lo = minOf(all);
  let hi = maxOf(all);
  if (hi === lo) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.06;
  const yt = niceTicks(lo - pad, hi + pad);
  const top = Math.max(hi + pad, yt.ticks[yt.ticks.length - 1]);
  const bottom = Math.min(lo - pad, yt.ticks[0]);
  const f = (v: number) => Number(v.toFixed(1));
  const sy = (v: number) => f(PLOT.bottom - ((v - bottom) / (top - bottom)) * (PLOT.bottom - PLOT.top));
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" font-family="${FONT}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="30" font-size="18" font-weight="bold" text-anchor="middle" fill="#202124">${escapeXml(title)}</text>`,
  ];
  for (const v of yt.ticks) {
    if (v < bottom || v > top) continue;
    const y = sy(v);
    out.push(
      `<line x1="${PLOT.left}" y1="${y}" x2="${right}" y2="${y}" stroke="#e8eaed"/>`,
      `<text x="${PLOT.left - 8}" y="${f(y + 4)}" font-size="12" text-anchor="end" fill="#3c4043">${v.toFixed(yt.decimals)}</text>`,
    );
  }
  out.push(
    `<rect x="${PLOT.left}" y="${PLOT.top}" width="${right - PLOT.left}" height="${PLOT.bottom - PLOT.top}" fill="none" stroke="#5f6368"/>`,
    `<text transform="translate(22 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" font-size="13" font-weight="bold" text-anchor="middle" fill="#202124">${escapeXml(axis)}</text>`,
  );
  boxes.forEach((b, k) => {
    const cx = f(PLOT.left + ((right - PLOT.left) / boxes.length) * (k + 0.5));
    const x0 = cx - BOX / 2;
    out.push(
      `<g class="box">`,
      `<line x1="${cx}" y1="${sy(b.whiskerHigh)}" x2="${cx}" y2="${sy(b.upperHinge)}" stroke="#202124"/>`,
      `<line x1="${cx}" y1="${sy(b.lowerHinge)}" x2="${cx}" y2="${sy(b.whiskerLow)}" stroke="#202124"/>`,
      `<line x1="${cx - BOX / 4}" y1="${sy(b.whiskerHigh)}" x2="${cx + BOX / 4}" y2="${sy(b.whiskerHigh)}" stroke="#202124"/>`,
      `<line x1="${cx - BOX / 4}" y1="${sy(b.whiskerLow)}" x2="${cx + BOX / 4}" y2="${sy(b.whiskerLow)}" stroke="#202124"/>`,
      `<rect x="${x0}" y="${sy(b.upperHinge)}" width="${BOX}" height="${f(Math.max(0, sy(b.lowerHinge) - sy(b.upperHinge)))}" fill="#c6dbf7" stroke="${ACCENT}" stroke-width="1.5"><title>${escapeXml(
        `${chartNumber(b.lowerHinge, decimals + 2)} - ${chartNumber(b.upperHinge, decimals + 2)}`,
      )}</title></rect>`,
      `<line class="median" x1="${x0}" y1="${sy(b.median)}" x2="${x0 + BOX}" y2="${sy(b.median)}" stroke="#202124" stroke-width="2.5"/>`,
      '</g>',
    );
    for (const c of b.outliers) {
      const y = sy(c.value);
      out.push(
        `<circle class="outlier" cx="${cx}" cy="${y}" r="4" fill="#ffffff" stroke="#202124" stroke-width="1.3"><title>${escapeXml(`${c.case}: ${chartNumber(c.value, decimals)}`)}</title></circle>`,
        `<text x="${cx + 8}" y="${f(y + 4)}" font-size="11" fill="#3c4043">${c.case}</text>`,
      );
    }
    for (const c of b.extremes) {
      const y = sy(c.value);
      out.push(
        `<text class="extreme" x="${cx}" y="${f(y + 6)}" font-size="16" text-anchor="middle" fill="#c5221f">*<title>${escapeXml(`${c.case}: ${chartNumber(c.value, decimals)}`)}</title></text>`,
        `<text x="${cx + 8}" y="${f(y + 4)}" font-size="11" fill="#3c4043">${c.case}</text>`,
      );
    }
    out.push(`<text x="${cx}" y="${PLOT.bottom + 22}" font-size="12" text-anchor="middle" fill="#202124">${escapeXml(shortLabel(b.label, 12))}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** Several charts in one SVG file, one below the other (each keeps its own coordinates). */
export function stackSvgs(svgs: string[]): string {
  let y = 0;
  let width = 0;
  const parts = svgs.map((s) => {
    const w = Number(/width="([\d.]+)"/.exec(s)?.[1] ?? 0);
    const h = Number(/height="([\d.]+)"/.exec(s)?.[1] ?? 0);
    const part = s.replace('<svg ', `<svg x="0" y="${y}" `).trimEnd();
    y += h;
    width = Math.max(width, w);
    return part;
  });
  return [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}">`, ...parts, '</svg>'].join('\n') + '\n';
}
