/**
 * The importance-performance map as a standalone SVG: importance across, performance up, tinted
 * quadrants named in their outer corners, dashed cross-hairs with their values, axis ticks and
 * titles, and every item as a labelled point. The axes are centred on the cross-hairs. Labels are placed greedily: each tries positions
 * around its point (right, left, above, below, diagonals, then farther out with a leader line)
 * and takes the first that overlaps no other label, point or quadrant name and stays inside the
 * plot. Text uses system fonts only (a CJK-capable family list), no web fonts or network.
 */
import type { IpaResult } from '../../analyses/ipa.js';
import type { Quadrant } from '../../stats/ipa.js';
import { t, type Lang } from '../../i18n/index.js';
import { chartNumber, escapeXml, FONT, niceTicks, shortLabel, textWidth } from './shared.js';
import { ipaDecimals } from '../ipa-decimals.js';
import { maxOf } from '../../stats/extent.js';

export { MAX_LABEL_WIDTH, niceTicks, shortLabel, textWidth } from './shared.js';

const WIDTH = 800;
const HEIGHT = 600;
const PLOT = { left: 90, right: WIDTH - 40, top: 64, bottom: HEIGHT - 96 };
const COLORS: Record<Quadrant, { fill: string; point: string; text: string }> = {
  'keep-up': { fill: '#e6f4ea', point: '#1e7b34', text: '#1e6b2f' },
  concentrate: { fill: '#fce8e6', point: '#c5221f', text: '#a50e0e' },
  'low-priority': { fill: '#f1f3f4', point: '#5f6368', text: '#3c4043' },
  overkill: { fill: '#e8f0fe', point: '#1a62d6', text: '#174ea6' },
};

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * An axis range centred on the cross-hair, so the four quadrants get equal room for their names
 * and points: half-width = the largest distance of a point from the cross-hair times `room`
 * (more room up and down keeps points out of the quadrant names in the corners). Points all within
 * one unit of the axis's last shown decimal print as the same number; they get a fixed range
 * around the centre instead (a range of a few ulps, from means equal but for rounding, has no
 * usable ticks).
 */
function domain(values: number[], centre: number, room: number, decimals: number): [number, number] {
  const far = maxOf(values.map((v) => Math.abs(v - centre)));
  const half = far * room >= 10 ** -decimals ? far * room : Math.max(Math.abs(centre) * 0.1, 0.5);
  return [centre - half, centre + half];
}

/** The box of 11 px text at (x, y) with the given anchor and width. */
const placeBox = (c: { x: number; y: number; anchor: 'start' | 'end' }, w: number): Box =>
  c.anchor === 'end' ? { x0: c.x - w, y0: c.y - 11, x1: c.x, y1: c.y + 3 } : { x0: c.x, y0: c.y - 11, x1: c.x + w, y1: c.y + 3 };

const overlap = (a: Box, b: Box): number => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/**
 * The free label box (text w x h, as the candidates around a point are boxed) nearest to point p,
 * from a 4 px grid over the plot, or null when every place overlaps something.
 */
function nearestFreeBox(p: { x: number; y: number }, w: number, h: number, obstacles: Box[]): Box | null {
  let best: Box | null = null;
  let bestDist = Infinity;
  for (let x0 = PLOT.left + 2; x0 + w + 2 <= PLOT.right - 2; x0 += 4) {
    for (let y0 = PLOT.top + 2; y0 + h + 2 <= PLOT.bottom - 2; y0 += 4) {
      const box = { x0, y0, x1: x0 + w + 2, y1: y0 + h + 2 };
      const dx = Math.max(box.x0 - p.x, 0, p.x - box.x1);
      const dy = Math.max(box.y0 - p.y, 0, p.y - box.y1);
      const dist = dx * dx + dy * dy;
      if (dist >= bestDist || obstacles.some((o) => overlap(box, o) > 0)) continue;
      best = box;
      bestDist = dist;
    }
  }
  return best;
}

/** The chart as SVG text. */
export function ipaSvg(r: IpaResult, lang: Lang): string {
  return ipaChart(r, lang).svg;
}

/** The SVG and where its point labels and points ended up (for tests of the layout). */
export function ipaChart(r: IpaResult, lang: Lang): { svg: string; labels: Box[]; points: Box[]; plot: Box; crosshairLabel: Box } {
  const L = (key: string, vars?: Record<string, string | number>) => t(`ipa.${key}`, lang, vars);
  const { importance: dI, performance: dP } = ipaDecimals(r);
  const [x0, x1] = domain(r.items.map((x) => x.importance), r.crosshair.importance, 1.12, dI);
  const [y0, y1] = domain(r.items.map((x) => x.performance), r.crosshair.performance, 1.3, dP);
  const sx = (v: number) => PLOT.left + ((v - x0) / (x1 - x0)) * (PLOT.right - PLOT.left);
  const sy = (v: number) => PLOT.bottom - ((v - y0) / (y1 - y0)) * (PLOT.bottom - PLOT.top);
  const cx = sx(r.crosshair.importance);
  const cy = sy(r.crosshair.performance);
  const out: string[] = [];
  const f = (v: number) => Number(v.toFixed(1));

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${FONT}" role="img" aria-label="${escapeXml(L('chartTitle'))}">`,
    `<title>${escapeXml(L('chartTitle'))}</title>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="34" font-size="20" font-weight="bold" text-anchor="middle" fill="#202124">${escapeXml(L('chartTitle'))}</text>`,
  );

  // Quadrant backgrounds and names (outer corners), recorded as obstacles for the point labels.
  const obstacles: Box[] = [];
  const quads: { q: Quadrant; box: Box; corner: 'tl' | 'tr' | 'bl' | 'br' }[] = [
    { q: 'overkill', box: { x0: PLOT.left, y0: PLOT.top, x1: cx, y1: cy }, corner: 'tl' },
    { q: 'keep-up', box: { x0: cx, y0: PLOT.top, x1: PLOT.right, y1: cy }, corner: 'tr' },
    { q: 'low-priority', box: { x0: PLOT.left, y0: cy, x1: cx, y1: PLOT.bottom }, corner: 'bl' },
    { q: 'concentrate', box: { x0: cx, y0: cy, x1: PLOT.right, y1: PLOT.bottom }, corner: 'br' },
  ];
  for (const { q, box } of quads) {
    out.push(`<rect x="${f(box.x0)}" y="${f(box.y0)}" width="${f(box.x1 - box.x0)}" height="${f(box.y1 - box.y0)}" fill="${COLORS[q].fill}"/>`);
  }
  const nameSize = 15;
  const hintSize = 11;
  for (const { q, corner } of quads) {
    const name = L(q);
    const hint = L(`${q}.hint`);
    const right = corner === 'tr' || corner === 'br';
    const top = corner === 'tl' || corner === 'tr';
    const x = right ? PLOT.right - 8 : PLOT.left + 8;
    const yName = top ? PLOT.top + 20 : PLOT.bottom - 24;
    const yHint = yName + 15;
    const anchor = right ? 'end' : 'start';
    const w = Math.max(textWidth(name, nameSize), textWidth(hint, hintSize));
    obstacles.push({ x0: right ? x - w : x, y0: yName - nameSize, x1: right ? x : x + w, y1: yHint + 4 });
    out.push(
      `<text x="${x}" y="${yName}" font-size="${nameSize}" font-weight="bold" text-anchor="${anchor}" fill="${COLORS[q].text}">${escapeXml(name)}</text>`,
      `<text x="${x}" y="${yHint}" font-size="${hintSize}" text-anchor="${anchor}" fill="${COLORS[q].text}" fill-opacity="0.85">${escapeXml(hint)}</text>`,
    );
  }

  // Axes: frame, ticks, tick labels and titles.
  const xt = niceTicks(x0, x1);
  const yt = niceTicks(y0, y1);
  out.push(`<rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}" fill="none" stroke="#5f6368" stroke-width="1"/>`);
  for (const v of xt.ticks) {
    const x = f(sx(v));
    out.push(
      `<line x1="${x}" y1="${PLOT.bottom}" x2="${x}" y2="${PLOT.bottom + 5}" stroke="#5f6368"/>`,
      `<text x="${x}" y="${PLOT.bottom + 20}" font-size="12" text-anchor="middle" fill="#3c4043">${v.toFixed(xt.decimals)}</text>`,
    );
  }
  for (const v of yt.ticks) {
    const y = f(sy(v));
    out.push(
      `<line x1="${PLOT.left - 5}" y1="${y}" x2="${PLOT.left}" y2="${y}" stroke="#5f6368"/>`,
      `<text x="${PLOT.left - 9}" y="${f(y + 4)}" font-size="12" text-anchor="end" fill="#3c4043">${v.toFixed(yt.decimals)}</text>`,
    );
  }
  const methodNote = L(`method.${r.importanceMethod}`, { overall: r.overall ?? '' });
  out.push(
    `<text x="${(PLOT.left + PLOT.right) / 2}" y="${PLOT.bottom + 46}" font-size="14" font-weight="bold" text-anchor="middle" fill="#202124">${escapeXml(L('importance'))}</text>`,
    `<text x="${(PLOT.left + PLOT.right) / 2}" y="${PLOT.bottom + 66}" font-size="11" text-anchor="middle" fill="#5f6368">${escapeXml(methodNote)}</text>`,
    `<text transform="translate(30 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" font-size="14" font-weight="bold" text-anchor="middle" fill="#202124">${escapeXml(L('performance'))}</text>`,
  );

  // Cross-hairs with their values: importance above the frame; performance inside it, at the first
  // end of the line (right above, right below, left above, left below) where it covers no point,
  // else slid inwards along the line to the first free place, else where it covers least.
  const iText = `${L('importance')} = ${chartNumber(r.crosshair.importance, dI)}`;
  const pText = `${L('performance')} = ${chartNumber(r.crosshair.performance, dP)}`;
  const pts = r.items.map((it) => ({ it, x: sx(it.importance), y: sy(it.performance) }));
  const pointBoxes = pts.map((p) => ({ x0: p.x - 7, y0: p.y - 7, x1: p.x + 7, y1: p.y + 7 }));
  const pw = textWidth(pText, 11);
  const pPlaces: { x: number; y: number; anchor: 'start' | 'end' }[] = [];
  for (let shift = 0; shift <= PLOT.right - PLOT.left - 8 - pw; shift += 6) {
    pPlaces.push(
      { x: PLOT.right - 4 - shift, y: cy - 5, anchor: 'end' },
      { x: PLOT.right - 4 - shift, y: cy + 14, anchor: 'end' },
      { x: PLOT.left + 4 + shift, y: cy - 5, anchor: 'start' },
      { x: PLOT.left + 4 + shift, y: cy + 14, anchor: 'start' },
    );
  }
  const vLine = { x0: cx - 1, y0: PLOT.top, x1: cx + 1, y1: PLOT.bottom };
  const costOf = (b: Box) => [...pointBoxes, vLine, ...obstacles].reduce((a, o) => a + overlap(b, o), 0);
  let pPlace = { ...pPlaces[0], box: placeBox(pPlaces[0], pw), cost: Infinity };
  for (const c of pPlaces) {
    const box = placeBox(c, pw);
    const cost = costOf(box);
    if (cost < pPlace.cost) pPlace = { ...c, box, cost };
    if (cost === 0) break;
  }
  out.push(
    `<line x1="${f(cx)}" y1="${PLOT.top}" x2="${f(cx)}" y2="${PLOT.bottom}" stroke="#3c4043" stroke-width="1.2" stroke-dasharray="6 4"/>`,
    `<line x1="${PLOT.left}" y1="${f(cy)}" x2="${PLOT.right}" y2="${f(cy)}" stroke="#3c4043" stroke-width="1.2" stroke-dasharray="6 4"/>`,
    `<text x="${f(cx)}" y="${PLOT.top - 6}" font-size="11" text-anchor="middle" fill="#3c4043">${escapeXml(iText)}</text>`,
    `<text x="${f(pPlace.x)}" y="${f(pPlace.y)}" font-size="11" text-anchor="${pPlace.anchor}" fill="#3c4043" stroke="#ffffff" stroke-width="3" stroke-opacity="0.8" paint-order="stroke">${escapeXml(pText)}</text>`,
  );
  obstacles.push(pPlace.box);

  // The cross-hair lines, so a label sits beside a line rather than across it when it can.
  obstacles.push({ x0: cx - 1, y0: PLOT.top, x1: cx + 1, y1: PLOT.bottom }, { x0: PLOT.left, y0: cy - 1, x1: PLOT.right, y1: cy + 1 });
  // Points first (all of them are obstacles), then their labels.
  for (const p of pts) obstacles.push({ x0: p.x - 6, y0: p.y - 6, x1: p.x + 6, y1: p.y + 6 });
  const labelSize = 12;
  const labels: string[] = [];
  const labelBoxes: Box[] = [];
  const leaders: string[] = [];
  for (const p of pts) {
    const name = shortLabel(p.it.item, labelSize);
    const w = textWidth(name, labelSize);
    const h = labelSize;
    const candidates: { dx: number; dy: number; anchor: 'start' | 'middle' | 'end'; leader: boolean }[] = [];
    for (const k of [1, 2.2, 3.6]) {
      const leader = k > 1;
      candidates.push(
        { dx: 8 * k, dy: 4, anchor: 'start', leader },
        { dx: -8 * k, dy: 4, anchor: 'end', leader },
        { dx: 0, dy: -9 * k, anchor: 'middle', leader },
        { dx: 0, dy: 10 * k + 6, anchor: 'middle', leader },
        { dx: 6 * k, dy: -6 * k, anchor: 'start', leader },
        { dx: 6 * k, dy: 6 * k + 8, anchor: 'start', leader },
        { dx: -6 * k, dy: -6 * k, anchor: 'end', leader },
        { dx: -6 * k, dy: 6 * k + 8, anchor: 'end', leader },
      );
    }
    let best: { c: (typeof candidates)[number]; box: Box; cost: number } | null = null;
    for (const c of candidates) {
      const tx = p.x + c.dx;
      const ty = p.y + c.dy;
      const left = c.anchor === 'start' ? tx : c.anchor === 'end' ? tx - w : tx - w / 2;
      const box = { x0: left - 1, y0: ty - h + 1, x1: left + w + 1, y1: ty + 3 };
      const inside = box.x0 >= PLOT.left + 2 && box.x1 <= PLOT.right - 2 && box.y0 >= PLOT.top + 2 && box.y1 <= PLOT.bottom - 2;
      // Outside the plot costs by how far, so a label too wide for any free place still stays on the page.
      const out = Math.max(0, PLOT.left + 2 - box.x0) + Math.max(0, box.x1 - PLOT.right + 2) + Math.max(0, PLOT.top + 2 - box.y0) + Math.max(0, box.y1 - PLOT.bottom + 2);
      let cost = inside ? 0 : 1e6 + 1e4 * out;
      // Any touch at all costs at least 1, so "cost < 1" means free.
      for (const o of obstacles) {
        const a = overlap(box, o);
        if (a > 0) cost += 1 + a;
      }
      if (c.leader) cost += 0.5;
      if (!best || cost < best.cost) best = { c, box, cost };
      if (cost < 1) break;
    }
    // Crowded: the nearest free place anywhere in the plot, joined to its point by a leader line.
    if ((best as NonNullable<typeof best>).cost >= 1) {
      const free = nearestFreeBox(p, w, h, obstacles);
      if (free) best = { c: { dx: free.x0 + 1 - p.x, dy: free.y1 - 3 - p.y, anchor: 'start', leader: true }, box: free, cost: 0 };
    }
    const b = best as NonNullable<typeof best>;
    obstacles.push(b.box);
    labelBoxes.push(b.box);
    const tx = p.x + b.c.dx;
    const ty = p.y + b.c.dy;
    if (b.c.leader) {
      // From the point towards the nearest edge of the label box.
      const ex = Math.min(Math.max(p.x, b.box.x0), b.box.x1);
      const ey = Math.min(Math.max(p.y, b.box.y0), b.box.y1);
      leaders.push(`<line x1="${f(p.x)}" y1="${f(p.y)}" x2="${f(ex)}" y2="${f(ey)}" stroke="#80868b" stroke-width="0.8"/>`);
    }
    labels.push(
      `<text x="${f(tx)}" y="${f(ty)}" font-size="${labelSize}" text-anchor="${b.c.anchor}" fill="#202124" stroke="#ffffff" stroke-width="3" stroke-opacity="0.8" paint-order="stroke">${escapeXml(name)}</text>`,
    );
  }
  out.push(...leaders);
  for (const p of pts) {
    out.push(`<circle cx="${f(p.x)}" cy="${f(p.y)}" r="5" fill="${COLORS[p.it.quadrant].point}" stroke="#ffffff" stroke-width="1.5"><title>${escapeXml(`${p.it.item}: ${L('importance')} ${chartNumber(p.it.importance, dI)}, ${L('performance')} ${chartNumber(p.it.performance, dP)}`)}</title></circle>`);
  }
  out.push(...labels, '</svg>');
  return {
    svg: out.join('\n') + '\n',
    labels: labelBoxes,
    points: pts.map((p) => ({ x0: p.x - 5, y0: p.y - 5, x1: p.x + 5, y1: p.y + 5 })),
    plot: { x0: PLOT.left, y0: PLOT.top, x1: PLOT.right, y1: PLOT.bottom },
    crosshairLabel: pPlace.box,
  };
}
