/**
 * Terminal charts in plain characters, deterministic for tests: a line chart (scree plot: points
 * 'o' joined by dots, a dashed horizontal reference line such as eigenvalue = 1) and a scatter
 * chart with cross-hairs (importance-performance quadrants). Labels may hold CJK characters;
 * positions are in display columns.
 */
import { displayWidth, padStart } from './width.js';
import { maxOf, minOf } from '../stats/extent.js';

export interface LineChartOptions {
  title?: string;
  /** One label per value under the x axis (default 1, 2, 3, ...). */
  xLabels?: string[];
  /** Rows of the plotting area, the reference line's included (default 16). */
  height?: number;
  /** Columns of the plotting area (default: 4 per step, 24 to 72). */
  width?: number;
  /** A dashed horizontal line at this y value. */
  hline?: number;
}

/**
 * A line chart of `values` (a scree plot). The y axis runs from 0 (or the smallest value) to the
 * largest value in `height` rows. A reference line inside that range gets a row of its own between
 * two rows of values, so every point is visibly above or below it (an eigenvalue of .889 is
 * never drawn on the 1.00 line). Each point goes to its nearest row, except that two values more
 * than 5% of the axis range apart never share a row: the later one moves one row towards its side
 * (less than one row step from where it belongs, as a point on the wrong side of the line does).
 */
export function lineChart(values: number[], opts: LineChartOptions = {}): string {
  if (values.length === 0) throw new Error('lineChart needs at least one value');
  checkFinite(values, 'lineChart');
  const n = values.length;
  const height = Math.max(3, opts.height ?? 16);
  const width = Math.max(n, opts.width ?? Math.min(72, Math.max(24, 4 * (n - 1) + 1)));
  const hline = opts.hline;
  const extra = hline === undefined ? [] : [hline];
  checkFinite(extra, 'lineChart hline');
  const data = [0, ...values, ...extra];
  const lo = minOf(data);
  const hi = maxOf(data);
  // The reference line on a row of its own when it lies strictly inside the range of the values.
  const own = hline !== undefined && hline > lo && hline < hi && height >= 4;
  const cells = own ? height - 1 : height;
  const y = scale(data, cells, true);
  // Value rows above the line keep their number; those from `below` on move down one display row.
  const below = own ? Math.round(y.exact(hline) + 0.5) : Infinity;
  const lineRow = hline === undefined ? -1 : own ? below : y.pos(hline);
  const display = (r: number) => (r >= below ? r + 1 : r);
  // A value equal to the reference line is drawn on it.
  const rows = pointRows(values, y, cells, hline, own ? below : null).map((r, i) => (own && values[i] === hline ? lineRow : display(r)));
  const col = (i: number) => (n === 1 ? 0 : Math.round((i * (width - 1)) / (n - 1)));

  const grid = blank(height, width);
  if (hline !== undefined) for (let c = 0; c < width; c += 2) grid[lineRow][c] = '-';
  for (let i = 0; i + 1 < n; i++) {
    const [c0, r0, c1, r1] = [col(i), rows[i], col(i + 1), rows[i + 1]];
    const steps = Math.max(Math.abs(c1 - c0), Math.abs(r1 - r0));
    for (let s = 1; s < steps; s++) {
      grid[Math.round(r0 + ((r1 - r0) * s) / steps)][Math.round(c0 + ((c1 - c0) * s) / steps)] = '.';
    }
  }
  rows.forEach((r, i) => (grid[r][col(i)] = 'o'));

  const mid = Math.round((cells - 1) / 2);
  const ticks = new Map<number, number>([[0, y.max], [height - 1, y.min]]);
  // The middle value is labelled unless it would crowd the reference line's label.
  if (hline === undefined || Math.abs(display(mid) - lineRow) > 1) ticks.set(display(mid), y.at(mid));
  if (hline !== undefined) ticks.set(lineRow, hline);
  const labels = (opts.xLabels ?? values.map((_, i) => String(i + 1))).map((label, i) => ({ label, at: col(i) }));
  return [...(opts.title ? [opts.title] : []), ...frame(grid, ticks, y.decimals, labels)].join('\n');
}

/**
 * The value row (0 = top) of each point of a line chart; see lineChart. `below`: with the
 * reference line on its own row, the first value row under it (points above the line stay in
 * rows before it, points below in rows from it on); null when the line shares a row with values
 * (points above it then stay above that row, points below it below).
 */
function pointRows(values: number[], y: ReturnType<typeof scale>, cells: number, hline: number | undefined, below: number | null): number[] {
  const lineRow = hline === undefined ? -1 : y.pos(hline);
  const allowed = (v: number, r: number) => {
    if (r < 0 || r >= cells) return false;
    if (hline === undefined) return true;
    if (below !== null) return v > hline ? r < below : v < hline ? r >= below : true;
    return v > hline ? r < lineRow : v < hline ? r > lineRow : true;
  };
  const apartBy = 0.05 * (y.max - y.min);
  const rows: number[] = [];
  values.forEach((v, i) => {
    let r = y.pos(v);
    // Rounded across the reference line: the nearest row on the value's own side.
    if (!allowed(v, r) && hline !== undefined) {
      const side = v > hline ? r - 1 : r + 1;
      if (allowed(v, side)) r = side;
    }
    // Far enough from an earlier point on the same row: one row further towards its side.
    const clash = (row: number) => values.slice(0, i).findIndex((u, j) => rows[j] === row && Math.abs(u - v) > apartBy);
    const j = clash(r);
    if (j >= 0) {
      const next = values[j] > v ? r + 1 : r - 1;
      if (allowed(v, next) && clash(next) < 0) r = next;
    }
    rows.push(r);
  });
  return rows;
}

export interface ScatterPoint {
  x: number;
  y: number;
  label: string;
}

export interface ScatterChartOptions {
  xLabel: string;
  yLabel: string;
  /** Where the vertical and horizontal cross-hairs stand (default: the means of x and y). */
  xCross?: number;
  yCross?: number;
  /** Columns and rows of the plotting area (default 60 x 20). */
  width?: number;
  height?: number;
}

/**
 * Points 'o' with their labels beside them (right if there is room, else left). A point whose
 * label fits nowhere is drawn as a key character (1-9, A-Z) explained under the chart; '@' marks
 * two points in one position.
 */
export function scatterChart(points: ScatterPoint[], opts: ScatterChartOptions): string {
  if (points.length === 0) throw new Error('scatterChart needs at least one point');
  checkFinite(points.flatMap((p) => [p.x, p.y]), 'scatterChart');
  const width = Math.max(10, opts.width ?? 60);
  const height = Math.max(5, opts.height ?? 20);
  const xCross = opts.xCross ?? mean(points.map((p) => p.x));
  const yCross = opts.yCross ?? mean(points.map((p) => p.y));
  checkFinite([xCross, yCross], 'scatterChart cross-hairs');
  const x = scale([...points.map((p) => p.x), xCross], width, false);
  const y = scale([...points.map((p) => p.y), yCross], height, true);

  const grid = blank(height, width);
  const taken = grid.map((r) => r.map(() => false));
  const cx = x.pos(xCross);
  const cy = y.pos(yCross);
  for (let r = 0; r < height; r++) grid[r][cx] = '|';
  for (let c = 0; c < width; c++) grid[cy][c] = c === cx ? '+' : '-';
  for (const p of points) {
    const [r, c] = [y.pos(p.y), x.pos(p.x)];
    grid[r][c] = taken[r][c] ? '@' : 'o';
    taken[r][c] = true;
  }

  const keys = '123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const legend: string[] = [];
  for (const p of points) {
    const [r, c] = [y.pos(p.y), x.pos(p.x)];
    const w = displayWidth(p.label);
    const free = (from: number) => from >= 0 && from + w <= width && taken[r].slice(from, from + w).every((t) => !t);
    const start = free(c + 2) && !taken[r][c + 1] ? c + 2 : free(c - 1 - w) && !taken[r][c - 1] ? c - 1 - w : null;
    if (start !== null) {
      writeText(grid, taken, r, start, p.label);
    } else if (grid[r][c] === 'o') {
      const key = keys[legend.length] ?? '?';
      grid[r][c] = key;
      legend.push(`${key}: ${p.label}`);
    }
  }

  const ticks = new Map<number, number>([[0, y.max], [height - 1, y.min], [cy, yCross]]);
  const xTicks = [
    { label: fixed(x.min, x.decimals), at: 0, align: 'left' as const },
    { label: fixed(xCross, x.decimals), at: cx },
    { label: fixed(x.max, x.decimals), at: width - 1, align: 'right' as const },
  ];
  const body = frame(grid, ticks, y.decimals, xTicks);
  const indent = body[body.length - 2].indexOf('+') + 1;
  const xTitle = ' '.repeat(indent + Math.max(0, Math.floor((width - displayWidth(opts.xLabel)) / 2))) + opts.xLabel;
  return [opts.yLabel, ...body, xTitle, ...legend].join('\n');
}

/** A linear map from data values to rows (top = largest, when `down`) or columns. */
function scale(data: number[], cells: number, down: boolean) {
  let min = minOf(data);
  let max = maxOf(data);
  if (!down || min !== 0) {
    // A margin keeps extreme points off the frame (a scree plot starts at zero instead).
    const pad = (max - min) * 0.05 || 0.5;
    min -= pad;
    max += pad;
  }
  if (max === min) max = min + 1;
  const span = max - min;
  const decimals = span >= 100 ? 0 : span >= 10 ? 1 : 2;
  /** The fractional cell of a value; `pos` rounds it to the nearest cell. */
  const exact = (v: number) => {
    const f = (v - min) / span;
    return (down ? 1 - f : f) * (cells - 1);
  };
  const pos = (v: number) => Math.round(exact(v));
  const at = (cell: number) => (down ? max - (cell * span) / (cells - 1) : min + (cell * span) / (cells - 1));
  return { min, max, decimals, exact, pos, at };
}

/**
 * The plotting area with a y axis (tick values at the given rows), an x axis and labels under
 * it centred on their column (or aligned left/right at the ends); overlapping labels are skipped.
 */
function frame(
  grid: string[][],
  ticks: Map<number, number>,
  decimals: number,
  xLabels: { label: string; at: number; align?: 'left' | 'right' }[],
): string[] {
  const tickText = new Map([...ticks].map(([r, v]) => [r, fixed(v, decimals)]));
  const margin = maxOf([...tickText.values()].map(displayWidth));
  const lines = grid.map((row, r) => `${padStart(tickText.get(r) ?? '', margin)} |${row.join('')}`.trimEnd());
  const width = grid[0].length;
  lines.push(`${' '.repeat(margin)} +${'-'.repeat(width)}`);
  let under = '';
  for (const { label, at, align } of xLabels) {
    const w = displayWidth(label);
    const start = Math.max(0, align === 'left' ? at : align === 'right' ? at - w + 1 : at - Math.floor((w - 1) / 2));
    const col = margin + 2 + start;
    if (under !== '' && col <= displayWidth(under)) continue;
    under += ' '.repeat(col - displayWidth(under)) + label;
  }
  lines.push(under);
  return lines;
}

/** Write `text` into the grid from column `start`; a wide character fills two cells. */
function writeText(grid: string[][], taken: boolean[][], r: number, start: number, text: string): void {
  let c = start;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (w === 0) {
      grid[r][c - 1] += ch;
      continue;
    }
    grid[r][c] = ch;
    taken[r][c] = true;
    if (w === 2) {
      grid[r][c + 1] = '';
      taken[r][c + 1] = true;
    }
    c += w;
  }
}

function blank(rows: number, cols: number): string[][] {
  return Array.from({ length: rows }, () => new Array<string>(cols).fill(' '));
}

function fixed(v: number, decimals: number): string {
  const s = v.toFixed(decimals);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function checkFinite(xs: number[], what: string): void {
  if (xs.some((v) => !Number.isFinite(v))) throw new Error(`${what}: values must be finite numbers`);
}
