/**
 * A legend under a finished SVG chart: lines of text (e.g. "Q3: 贵行的服务态度很好") added below
 * the drawing, the picture made taller by their height. Every chart csat draws opens with
 * `<svg ... width="W" height="H" viewBox="0 0 W H"` and ends with `</svg>`; the legend goes
 * inside that outer element, so the HTML page and the Word file's PNG both show it.
 */
import { wrapText } from '../width.js';
import { escapeXml, FONT } from './shared.js';

const SIZE = 12;
const LINE = 18;
const MARGIN = 16;
/** Pixels per display column at SIZE: a Chinese character (two columns) takes one em, a Latin letter about 0.58 em. */
const PX_PER_COLUMN = 7;

/** `svg` with `lines` under it, each wrapped at word boundaries to the chart's width. */
export function withLegend(svg: string, lines: string[]): string {
  const open = /^<svg [^>]*?width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)" viewBox="0 0 \1 \2"/.exec(svg);
  const end = svg.lastIndexOf('</svg>');
  if (!open || end < 0) throw new Error('withLegend: not a chart made by csat');
  const width = Number(open[1]);
  const height = Number(open[2]);
  const columns = Math.max(20, Math.floor((width - 2 * MARGIN) / PX_PER_COLUMN));
  const wrapped = lines.flatMap((l) => wrapText(l, columns).map((w, k) => (k === 0 ? w : `  ${w}`)));
  const top = height + 6;
  const texts = wrapped.map((w, k) => `<text x="${MARGIN}" y="${top + LINE * (k + 1) - 4}" font-size="${SIZE}" fill="#3c4043">${escapeXml(w)}</text>`);
  const tall = top + LINE * wrapped.length + 8;
  const head = open[0].replace(`height="${open[2]}" viewBox="0 0 ${open[1]} ${open[2]}"`, `height="${tall}" viewBox="0 0 ${open[1]} ${tall}"`);
  // Its own white ground: the charts paint one under the drawing only, and a PNG would be transparent here.
  const ground = `<rect x="0" y="${height}" width="${width}" height="${tall - height}" fill="#ffffff"/>`;
  const legend = `<g class="legend" font-family="${FONT}">\n${ground}\n${texts.join('\n')}\n</g>\n`;
  return head + svg.slice(open[0].length, end) + legend + svg.slice(end);
}
