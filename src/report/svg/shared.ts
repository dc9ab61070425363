/**
 * What the SVG charts share: a system font list (CJK-capable, nothing fetched), XML escaping, a
 * width estimate for text (no font metrics without a browser), round axis ticks, chart numbers.
 */
import { formatNumber } from '../format.js';
import { charWidth } from '../width.js';
import { terminalText } from '../../i18n/sanitize.js';

/**
 * The page's and the charts' fonts: Latin first, then CJK-capable fonts by name on Windows, macOS
 * and Linux, so Chinese never falls back to a Latin-only font and shows blanks. Single quotes, so
 * it goes into an SVG attribute and into CSS alike.
 */
export const FONT =
  "Arial,'Helvetica Neue','Microsoft YaHei','PingFang SC','Hiragino Sans GB','Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei',SimSun,sans-serif";

/**
 * Text for XML content and attributes (SVG charts, the docx parts): user text through the one
 * terminal sanitiser (escape sequences removed, other control characters shown as \xNN: an item
 * named ESC]0;...BEL made the IPA plot's SVG unreadable, 'not well-formed'), what XML 1.0 cannot
 * hold at all (lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD, and the five special
 * characters escaped.
 */
export function escapeXml(s: string): string {
  return terminalText(s, { multiline: true })
    .replace(/[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Estimated rendered width of `s` at `size` px: wide (CJK) characters take one em, others about 0.6. */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch.codePointAt(0) as number);
    w += cw === 2 ? size : cw === 0 ? 0 : /[il.,:;'|!]/.test(ch) ? 0.32 * size : /[A-Z@MWmw]/.test(ch) ? 0.72 * size : 0.58 * size;
  }
  return w;
}

/** Tick values at a 1, 2 or 5 x 10^k step covering [min, max] with about `count` intervals. */
export function niceTicks(min: number, max: number, count = 5): { ticks: number[]; decimals: number } {
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  const step = (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * mag;
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const ticks: number[] = [];
  // Ticks as whole multiples of the step (no running sum, whose rounding could stall or drift).
  for (let k = Math.ceil(min / step - 1e-9), last = Math.floor(max / step + 1e-9); k <= last; k++) ticks.push(Number((k * step).toFixed(decimals)));
  return { ticks, decimals };
}

/** A number labelled on a chart, printed as the tables print it (.498, SPSS's style), so the two never disagree. */
export function chartNumber(x: number, decimals: number): string {
  return formatNumber(x, decimals);
}

/** Widest point label, in px: a longer item name is cut with an ellipsis (the point's tooltip keeps it whole). */
export const MAX_LABEL_WIDTH = 200;

const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** The end of the last whole word of `s` that ends at or before `limit` (0 if none): ICU's words, Chinese included. */
function lastWordEnd(s: string, limit: number): number {
  let best = 0;
  for (const seg of words.segment(s)) {
    const end = seg.index + seg.segment.length;
    if (end > limit) break;
    if (seg.isWordLike) best = end;
  }
  return best;
}

/**
 * `name`, cut to MAX_LABEL_WIDTH at `size` px with a trailing ellipsis when it is wider: after its
 * last whole word that fits, never inside a word; only a first word wider than that is cut in it.
 */
export function shortLabel(name: string, size: number): string {
  // One pass, stopping as soon as the name is too wide: widths add up character by character, so
  // the cut is the longest prefix that fits with the ellipsis (cutting from the end one character
  // at a time was quadratic, minutes for a 1 MB name).
  const room = MAX_LABEL_WIDTH - textWidth('…', size);
  let w = 0;
  let kept = '';
  let fits = true;
  for (const ch of name) {
    w += textWidth(ch, size);
    if (w > MAX_LABEL_WIDTH) {
      const end = lastWordEnd(name, kept.length);
      return (end > 0 ? name.slice(0, end) : kept === '' ? ch : kept).replace(/[\s,，、;；:：]+$/u, '') + '…';
    }
    if (fits && w <= room) kept += ch;
    else fits = false;
  }
  return name;
}
