/**
 * A path diagram of a fitted model as SVG, as AMOS draws one: factors as ellipses, items as boxes,
 * each item's error term as a small circle with an arrow into its box, loadings as arrows from the
 * factor to its items, structural paths between factors, and factor correlations as curved
 * double-headed arrows; the standardized estimate is written on every arrow.
 *
 * Layout: the factors are set in columns by the length of the longest structural path into them
 * (exogenous factors first). The first column has its items on the left, the last column (when
 * there are paths) on the right, a column in between under each factor, so no item box lies in the
 * way of a structural arrow. Within a column the factors stack, each taking the height of its items.
 * Names are escaped and long ones cut with an ellipsis (the full name is in the tooltip).
 */
import type { SemModel } from '../../stats/sem/model.js';
import type { EstimateRow } from '../../stats/sem/solution.js';
import { t, type Lang } from '../../i18n/index.js';
import { chartNumber, escapeXml, FONT, shortLabel, textWidth } from './shared.js';
import { maxOf, minOf } from '../../stats/extent.js';

export interface DiagramFactor {
  name: string;
  /** Indicators and their standardized loadings (null: not estimated). None for an observed outcome. */
  items: { name: string; loading: number | null }[];
  /** An observed variable in the structural part (drawn as a box, without items). */
  observed?: boolean;
}

export interface DiagramModel {
  factors: DiagramFactor[];
  /** Structural paths (standardized beta); a path into an earlier column is drawn all the same. */
  paths: { from: string; to: string; beta: number | null }[];
  /** Factor correlations (standardized covariances). */
  correlations: { a: string; b: string; value: number | null }[];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramLayout {
  svg: string;
  width: number;
  height: number;
  /** Each item's box, in the order of the factors and their items. */
  boxes: (Rect & { item: string; factor: string })[];
  /** Each factor's ellipse (or box, when observed) as its bounding rectangle. */
  factors: (Rect & { factor: string })[];
  /** Every arrow with the estimate written on it ('' when none). */
  arrows: { kind: 'loading' | 'path' | 'correlation' | 'error'; from: string; to: string; label: string }[];
}

const SIZE = 13;
const BOX_H = 26;
const GAP = 10;
const RY = 24;
const ERR_R = 13;
const ARROW = 70;
const MARGIN = 24;
const BLOCK_GAP = 34;
const TITLE_H = 44;
const SKIP_ROOM = 56;
const INK = '#202124';
const ACCENT = '#1a5fb4';
const f1 = (v: number) => Number(v.toFixed(1));
const num = (v: number | null) => (v === null ? '' : chartNumber(v, 2));

/**
 * The diagram of a fitted model, from its parameter table (std.all values): each factor with its
 * indicators, each observed variable of the structural part as a box, `~` rows as paths (rhs to
 * lhs), `~~` rows between two latent variables as correlations.
 */
export function diagramFromFit(model: Pick<SemModel, 'factors' | 'latent' | 'single'>, estimates: EstimateRow[]): DiagramModel {
  const factorSet = new Set(model.factors);
  const latentSet = new Set(model.latent);
  const factors: DiagramFactor[] = model.latent.map((name, j) => ({
    name,
    items: factorSet.has(name) ? estimates.filter((e) => e.op === '=~' && e.lhs === name && !factorSet.has(e.rhs)).map((e) => ({ name: e.rhs, loading: e.stdAll })) : [],
    ...(model.single[j] ? { observed: true } : {}),
  }));
  return {
    factors,
    paths: estimates.filter((e) => e.op === '~').map((e) => ({ from: e.rhs, to: e.lhs, beta: e.stdAll })),
    correlations: estimates.filter((e) => e.op === '~~' && e.lhs !== e.rhs && latentSet.has(e.lhs) && latentSet.has(e.rhs)).map((e) => ({ a: e.lhs, b: e.rhs, value: e.stdAll })),
  };
}

/** Column of each factor: 0 for a factor no path points to, else 1 + the largest column of its causes. */
function columns(model: DiagramModel): number[] {
  const index = new Map(model.factors.map((f, i) => [f.name, i]));
  const col = model.factors.map(() => 0);
  // Relax at most n times: a cycle (non-recursive model) stops growing there instead of looping.
  for (let round = 0; round < model.factors.length; round++) {
    let changed = false;
    for (const p of model.paths) {
      const a = index.get(p.from);
      const b = index.get(p.to);
      if (a === undefined || b === undefined || a === b) continue;
      if (col[b] < col[a] + 1 && col[a] + 1 < model.factors.length) {
        col[b] = col[a] + 1;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return col;
}

/** The diagram as SVG text. */
export function pathDiagramSvg(model: DiagramModel, lang: Lang): string {
  return pathDiagram(model, lang).svg;
}

/** The SVG and where its shapes ended up (for tests of the layout). */
export function pathDiagram(model: DiagramModel, lang: Lang): DiagramLayout {
  const col = columns(model);
  const last = maxOf(col, 0);
  const side = (c: number): 'left' | 'right' | 'below' => (c === 0 ? 'left' : c === last ? 'right' : 'below');
  const label = (s: string) => shortLabel(s, SIZE);
  const boxW = (names: string[]) => maxOf(names.map((n) => textWidth(label(n), SIZE) + 18), 56);
  const rxOf = (f: DiagramFactor) => Math.max(46, textWidth(label(f.name), SIZE) / 2 + 20);
  let errorNo = 0;

  interface Placed {
    f: DiagramFactor;
    cx: number;
    cy: number;
    rx: number;
    items: { name: string; loading: number | null; box: Rect; err: { cx: number; cy: number; no: number } }[];
  }
  const placed: Placed[] = [];
  const cols = [...new Set(col)].sort((a, b) => a - b);
  let x = MARGIN;
  let lastGap = 0;
  const colHeights: number[] = [];
  const perCol: Placed[][] = [];
  for (const c of cols) {
    const fs = model.factors.filter((_, i) => col[i] === c);
    const s = side(c);
    const rxMax = maxOf(fs.map(rxOf));
    const bw = boxW(fs.flatMap((f) => f.items.map((i) => i.name)));
    const here: Placed[] = [];
    let y = 0;
    let right = x;
    for (const f of fs) {
      const k = f.items.length;
      const rx = rxOf(f);
      if (s === 'below') {
        // Items in a row under the factor, errors under the items.
        const rowW = Math.max(2 * rxMax, k * (bw + GAP) - GAP);
        const cx = x + rowW / 2;
        const cy = y + RY;
        const top = cy + RY + ARROW - 10;
        const startX = cx - (k * (bw + GAP) - GAP) / 2;
        const items = f.items.map((it, j) => ({
          ...it,
          box: { x: startX + j * (bw + GAP), y: top, width: bw, height: BOX_H },
          err: { cx: startX + j * (bw + GAP) + bw / 2, cy: top + BOX_H + 18 + ERR_R, no: ++errorNo },
        }));
        here.push({ f, cx, cy, rx, items });
        y = top + BOX_H + 18 + 2 * ERR_R + BLOCK_GAP;
        right = Math.max(right, x + rowW);
      } else {
        const blockH = Math.max(2 * RY, k * (BOX_H + GAP) - GAP);
        const cy = y + blockH / 2;
        const itemTop = cy - (k * (BOX_H + GAP) - GAP) / 2;
        // left: [error][box] -> (ellipse); right: (ellipse) -> [box][error]
        const errX = s === 'left' ? x + ERR_R : x + 2 * rxMax + ARROW + bw + 18 + ERR_R;
        const boxX = s === 'left' ? x + 2 * ERR_R + 18 : x + 2 * rxMax + ARROW;
        const cx = s === 'left' ? boxX + bw + ARROW + rxMax : x + rxMax;
        const items = f.items.map((it, j) => ({
          ...it,
          box: { x: boxX, y: itemTop + j * (BOX_H + GAP), width: bw, height: BOX_H },
          err: { cx: errX, cy: itemTop + j * (BOX_H + GAP) + BOX_H / 2, no: ++errorNo },
        }));
        here.push({ f, cx, cy, rx, items });
        y += blockH + BLOCK_GAP;
        right = Math.max(right, k > 0 && s === 'right' ? errX + ERR_R : cx + rxMax);
      }
    }
    colHeights.push(y - BLOCK_GAP);
    perCol.push(here);
    // Room for the correlation arcs of this column and for the structural arrows to the next.
    const names = new Set(fs.map((f) => f.name));
    const arcs = model.correlations.some((r) => names.has(r.a) && names.has(r.b) && r.a !== r.b);
    x = right + (cols.length > 1 ? 110 : 0) + (arcs ? 90 : 0);
    lastGap = (cols.length > 1 ? 110 : 0) + (arcs ? 90 : 0);
  }
  // Centre every column on the tallest.
  const inner = maxOf(colHeights, 2 * RY);
  perCol.forEach((here, k) => {
    const dy = TITLE_H + (inner - colHeights[k]) / 2;
    for (const p of here) {
      p.cy += dy;
      for (const it of p.items) {
        it.box.y += dy;
        it.err.cy += dy;
      }
      placed.push(p);
    }
  });
  // A path that skips a column bows over it (the middle columns' items hang below their factors).
  const skips = model.paths.some((p) => {
    const a = model.factors.findIndex((f) => f.name === p.from);
    const b = model.factors.findIndex((f) => f.name === p.to);
    return a >= 0 && b >= 0 && Math.abs(col[b] - col[a]) > 1;
  });
  const top = TITLE_H + (skips ? SKIP_ROOM : 0);
  for (const p of placed) {
    p.cy += top - TITLE_H;
    for (const it of p.items) {
      it.box.y += top - TITLE_H;
      it.err.cy += top - TITLE_H;
    }
  }
  const width = f1(x - lastGap + (lastGap > 0 && cols.length === 1 ? lastGap : 0) + MARGIN);
  const height = f1(top + inner + MARGIN);

  const title = t('validity.diagramTitle', lang);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${f1(width / 2)}" y="28" font-size="16" font-weight="bold" text-anchor="middle" fill="${INK}">${escapeXml(title)}</text>`,
  ];
  const arrows: DiagramLayout['arrows'] = [];
  const valueText = (vx: number, vy: number, s: string) => {
    if (s === '') return;
    const w = textWidth(s, 12) + 6;
    out.push(
      `<rect x="${f1(vx - w / 2)}" y="${f1(vy - 9)}" width="${f1(w)}" height="15" fill="#ffffff" opacity="0.85"/>`,
      `<text x="${f1(vx)}" y="${f1(vy + 3)}" font-size="12" text-anchor="middle" fill="${ACCENT}">${escapeXml(s)}</text>`,
    );
  };
  // Arrowheads are drawn as triangles (no <marker>: the page's charts reference nothing by url()).
  const head = (fromX: number, fromY: number, x: number, y: number) => {
    const len = Math.hypot(x - fromX, y - fromY) || 1;
    const ux = (x - fromX) / len;
    const uy = (y - fromY) / len;
    const bx = x - 9 * ux;
    const by = y - 9 * uy;
    return `<polygon points="${f1(x)},${f1(y)} ${f1(bx - 3.6 * uy)},${f1(by + 3.6 * ux)} ${f1(bx + 3.6 * uy)},${f1(by - 3.6 * ux)}" fill="#3c4043"/>`;
  };
  const line = (x1: number, y1: number, x2: number, y2: number, width = 1.3) =>
    `<line x1="${f1(x1)}" y1="${f1(y1)}" x2="${f1(x2)}" y2="${f1(y2)}" stroke="#3c4043" stroke-width="${width}"/>\n${head(x1, y1, x2, y2)}`;
  // The point where the ray from the ellipse's centre towards (tx, ty) leaves it.
  const rim = (p: Placed, tx: number, ty: number) => {
    const dx = tx - p.cx;
    const dy = ty - p.cy;
    const s = 1 / Math.sqrt((dx * dx) / (p.rx * p.rx) + (dy * dy) / (RY * RY) || 1);
    return { x: p.cx + dx * s, y: p.cy + dy * s };
  };
  const boxes: DiagramLayout['boxes'] = [];
  const shapes: DiagramLayout['factors'] = [];
  for (const p of placed) {
    const s = side(col[model.factors.indexOf(p.f)]);
    for (const it of p.items) {
      const b = it.box;
      boxes.push({ ...b, item: it.name, factor: p.f.name });
      out.push(
        `<rect x="${f1(b.x)}" y="${f1(b.y)}" width="${f1(b.width)}" height="${BOX_H}" fill="#ffffff" stroke="${INK}" stroke-width="1.2"><title>${escapeXml(it.name)}</title></rect>`,
        `<text x="${f1(b.x + b.width / 2)}" y="${f1(b.y + BOX_H / 2 + 4.5)}" font-size="${SIZE}" text-anchor="middle" fill="${INK}">${escapeXml(label(it.name))}</text>`,
        `<circle cx="${f1(it.err.cx)}" cy="${f1(it.err.cy)}" r="${ERR_R}" fill="#ffffff" stroke="${INK}" stroke-width="1.1"/>`,
        `<text x="${f1(it.err.cx)}" y="${f1(it.err.cy + 3.5)}" font-size="10" text-anchor="middle" fill="${INK}">e${it.err.no}</text>`,
      );
      // Error into box, factor into box.
      const bx = s === 'left' ? b.x : s === 'right' ? b.x + b.width : b.x + b.width / 2;
      const by = s === 'below' ? b.y + BOX_H : b.y + BOX_H / 2;
      const ex = s === 'below' ? it.err.cx : it.err.cx + (s === 'left' ? ERR_R : -ERR_R);
      const ey = s === 'below' ? it.err.cy - ERR_R : it.err.cy;
      out.push(line(ex, ey, bx, by));
      arrows.push({ kind: 'error', from: `e${it.err.no}`, to: it.name, label: '' });
      const tx = s === 'left' ? b.x + b.width : s === 'right' ? b.x : b.x + b.width / 2;
      const ty = s === 'below' ? b.y : b.y + BOX_H / 2;
      const from = rim(p, tx, ty);
      out.push(line(from.x, from.y, tx, ty));
      const v = num(it.loading);
      valueText(from.x + (tx - from.x) * 0.62, from.y + (ty - from.y) * 0.62, v);
      arrows.push({ kind: 'loading', from: p.f.name, to: it.name, label: v });
    }
    const shape = { x: p.cx - p.rx, y: p.cy - RY, width: 2 * p.rx, height: 2 * RY, factor: p.f.name };
    shapes.push(shape);
    out.push(
      p.f.observed
        ? `<rect x="${f1(shape.x)}" y="${f1(shape.y)}" width="${f1(shape.width)}" height="${2 * RY}" fill="#eef3fb" stroke="${INK}" stroke-width="1.4"><title>${escapeXml(p.f.name)}</title></rect>`
        : `<ellipse cx="${f1(p.cx)}" cy="${f1(p.cy)}" rx="${f1(p.rx)}" ry="${RY}" fill="#eef3fb" stroke="${INK}" stroke-width="1.4"><title>${escapeXml(p.f.name)}</title></ellipse>`,
      `<text x="${f1(p.cx)}" y="${f1(p.cy + 4.5)}" font-size="${SIZE}" font-weight="bold" text-anchor="middle" fill="${INK}">${escapeXml(label(p.f.name))}</text>`,
    );
  }
  const byName = new Map(placed.map((p) => [p.f.name, p]));
  for (const path of model.paths) {
    const a = byName.get(path.from);
    const b = byName.get(path.to);
    if (!a || !b || a === b) continue;
    const v = num(path.beta);
    if (Math.abs(col[model.factors.indexOf(b.f)] - col[model.factors.indexOf(a.f)]) > 1) {
      // Over the columns in between: a curve whose apex clears their top factor.
      const between = placed.filter((q) => {
        const c = col[model.factors.indexOf(q.f)];
        return c > Math.min(col[model.factors.indexOf(a.f)], col[model.factors.indexOf(b.f)]) && c < Math.max(col[model.factors.indexOf(a.f)], col[model.factors.indexOf(b.f)]);
      });
      const apex = minOf(between.map((q) => q.cy - RY)) - 22;
      const s = { x: a.cx, y: a.cy - RY };
      const e = { x: b.cx, y: b.cy - RY };
      const cy = 2 * apex - (s.y + e.y) / 2;
      out.push(
        `<path d="M${f1(s.x)},${f1(s.y)} Q${f1((s.x + e.x) / 2)},${f1(cy)} ${f1(e.x)},${f1(e.y)}" fill="none" stroke="#3c4043" stroke-width="1.6"/>`,
        head((s.x + e.x) / 2, cy, e.x, e.y),
      );
      valueText((s.x + e.x) / 2, apex - 4, v);
    } else {
      const s = rim(a, b.cx, b.cy);
      const e = rim(b, a.cx, a.cy);
      out.push(line(s.x, s.y, e.x, e.y, 1.6));
      valueText((s.x + e.x) / 2, (s.y + e.y) / 2 - 8, v);
    }
    arrows.push({ kind: 'path', from: path.from, to: path.to, label: v });
  }
  for (const c of model.correlations) {
    const a = byName.get(c.a);
    const b = byName.get(c.b);
    if (!a || !b || a === b) continue;
    // An arc on the free side of the column: right of the first and middle columns, left of the last.
    const onLeft = side(col[model.factors.indexOf(a.f)]) === 'right' && last > 0;
    const sx = onLeft ? a.cx - a.rx : a.cx + a.rx;
    const ex = onLeft ? b.cx - b.rx : b.cx + b.rx;
    const bulge = Math.min(70, 18 + Math.abs(b.cy - a.cy) * 0.25) * (onLeft ? -1 : 1);
    const mx = Math.max(sx, ex) * (onLeft ? 0 : 1) + Math.min(sx, ex) * (onLeft ? 1 : 0) + bulge;
    const my = (a.cy + b.cy) / 2;
    out.push(
      `<path d="M${f1(sx)},${f1(a.cy)} Q${f1(mx + bulge)},${f1(my)} ${f1(ex)},${f1(b.cy)}" fill="none" stroke="#5f6368" stroke-width="1.1"/>`,
      head(mx + bulge, my, sx, a.cy),
      head(mx + bulge, my, ex, b.cy),
    );
    const v = num(c.value);
    // The quadratic curve's apex lies halfway between the chord's middle and the control point.
    valueText(((sx + ex) / 2 + mx + bulge) / 2, my, v);
    arrows.push({ kind: 'correlation', from: c.a, to: c.b, label: v });
  }
  out.push('</svg>');
  return { svg: out.join('\n') + '\n', width, height, boxes, factors: shapes, arrows };
}
