/**
 * A compact terminal sketch of SPSS's boxplots: one line per group on a shared axis, drawn with
 * plain characters (deterministic): `|----[==#===]-----|` is whisker, box from hinge to hinge with
 * the median at #, whisker; `o` marks an outlier and `*` an extreme case. The case numbers of the
 * marked cases follow below, since they do not fit beside their marks.
 */
import { formatNumber } from './format.js';
import { displayWidth, padEnd } from './width.js';
import { maxOf, minOf } from '../stats/extent.js';

export interface BoxSketch {
  label: string;
  lowerHinge: number;
  median: number;
  upperHinge: number;
  whiskerLow: number;
  whiskerHigh: number;
  outliers: { case: number; value: number }[];
  extremes: { case: number; value: number }[];
}

const WIDTH = 56;

export function boxplotSketch(boxes: BoxSketch[], decimals: number, text: { title: string; key: string; outliers: (cases: string) => string; extremes: (cases: string) => string }): string {
  const all = boxes.flatMap((b) => [b.whiskerLow, b.whiskerHigh, ...b.outliers.map((c) => c.value), ...b.extremes.map((c) => c.value)]);
  const lo = minOf(all);
  const hi = maxOf(all);
  const col = (v: number) => (hi > lo ? Math.round(((v - lo) / (hi - lo)) * (WIDTH - 1)) : Math.floor(WIDTH / 2));
  const labelWidth = maxOf(boxes.map((b) => displayWidth(b.label)));
  const left = formatNumber(lo, decimals);
  const right = formatNumber(hi, decimals);
  const lines = [text.title, `${' '.repeat(labelWidth + 2)}${left}${' '.repeat(Math.max(1, WIDTH - left.length - right.length))}${right}`];
  const notes: string[] = [];
  for (const b of boxes) {
    const row = Array(WIDTH).fill(' ');
    const [w0, h0, m, h1, w1] = [b.whiskerLow, b.lowerHinge, b.median, b.upperHinge, b.whiskerHigh].map(col);
    for (let k = w0; k <= w1; k++) row[k] = '-';
    for (let k = h0; k <= h1; k++) row[k] = '=';
    row[w0] = '|';
    row[w1] = '|';
    row[h0] = '[';
    row[h1] = ']';
    row[m] = '#';
    for (const c of b.outliers) row[col(c.value)] = 'o';
    for (const c of b.extremes) row[col(c.value)] = '*';
    lines.push(`${padEnd(b.label, labelWidth)}  ${row.join('').trimEnd()}`);
    const marked = [
      ...(b.outliers.length ? [text.outliers(b.outliers.map((c) => c.case).join(', '))] : []),
      ...(b.extremes.length ? [text.extremes(b.extremes.map((c) => c.case).join(', '))] : []),
    ];
    if (marked.length) notes.push(`${b.label}: ${marked.join('; ')}`);
  }
  return [...lines, text.key, ...notes].join('\n');
}
