/**
 * The scree plot as SVG, as SPSS draws it: eigenvalues against component number joined by a line,
 * with a dashed line at eigenvalue 1 (Kaiser's criterion). The extracted components are filled
 * points, the others hollow, so the cut is visible; each point's tooltip gives its eigenvalue.
 */
import { t, type Lang } from '../../i18n/index.js';
import { chartNumber, escapeXml, FONT, niceTicks } from './shared.js';
import { maxOf } from '../../stats/extent.js';

const WIDTH = 720;
const HEIGHT = 400;
const PLOT = { left: 70, right: WIDTH - 30, top: 52, bottom: HEIGHT - 64 };
const ACCENT = '#1a5fb4';

export interface ScreeOptions {
  /** How many components (factors) were extracted: they are drawn filled. */
  retained: number;
  /** Principal components or factors (the x axis's name). */
  unit?: 'component' | 'factor';
}

/** The chart as SVG text. */
export function screeSvg(eigenvalues: number[], lang: Lang, opts: ScreeOptions): string {
  return screeChart(eigenvalues, lang, opts).svg;
}

/** The SVG and where its points and the eigenvalue-1 line ended up (for tests of the layout). */
export function screeChart(eigenvalues: number[], lang: Lang, opts: ScreeOptions): { svg: string; points: { x: number; y: number }[]; oneY: number } {
  const L = (key: string) => t(`chart.${key}`, lang);
  const n = eigenvalues.length;
  const top = maxOf(eigenvalues, 1) * 1.08;
  const f = (v: number) => Number(v.toFixed(1));
  // One step of room on either side of the first and last component, as SPSS leaves.
  const sx = (k: number) => PLOT.left + (k / (n + 1)) * (PLOT.right - PLOT.left);
  const sy = (v: number) => PLOT.bottom - (Math.max(0, v) / top) * (PLOT.bottom - PLOT.top);
  const title = L('screeTitle');
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${FONT}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="30" font-size="18" font-weight="bold" text-anchor="middle" fill="#202124">${escapeXml(title)}</text>`,
  ];
  const yt = niceTicks(0, top);
  for (const v of yt.ticks) {
    const y = f(sy(v));
    out.push(
      `<line x1="${PLOT.left}" y1="${y}" x2="${PLOT.right}" y2="${y}" stroke="#e8eaed"/>`,
      `<text x="${PLOT.left - 8}" y="${f(y + 4)}" font-size="12" text-anchor="end" fill="#3c4043">${v.toFixed(yt.decimals)}</text>`,
    );
  }
  // Every component numbered while they fit, else every second, fifth, ... one.
  const every = [1, 2, 5, 10, 20, 50].find((s) => (PLOT.right - PLOT.left) / (n + 1) * s >= 22) ?? Math.ceil(n / 10);
  for (let k = 1; k <= n; k++) {
    if ((k - 1) % every !== 0) continue;
    const x = f(sx(k));
    out.push(
      `<line x1="${x}" y1="${PLOT.bottom}" x2="${x}" y2="${PLOT.bottom + 5}" stroke="#5f6368"/>`,
      `<text x="${x}" y="${PLOT.bottom + 19}" font-size="12" text-anchor="middle" fill="#3c4043">${k}</text>`,
    );
  }
  out.push(
    `<rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}" fill="none" stroke="#5f6368"/>`,
    `<text x="${(PLOT.left + PLOT.right) / 2}" y="${PLOT.bottom + 44}" font-size="13" font-weight="bold" text-anchor="middle" fill="#202124">${escapeXml(L(opts.unit === 'factor' ? 'factorNumber' : 'componentNumber'))}</text>`,
    `<text transform="translate(22 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" font-size="13" font-weight="bold" text-anchor="middle" fill="#202124">${escapeXml(L('eigenvalue'))}</text>`,
  );
  const oneY = f(sy(1));
  out.push(
    `<line class="eigenvalue-one" x1="${PLOT.left}" y1="${oneY}" x2="${PLOT.right}" y2="${oneY}" stroke="#c5221f" stroke-width="1.2" stroke-dasharray="6 4"/>`,
    `<text x="${PLOT.right - 6}" y="${f(oneY - 6)}" font-size="11" text-anchor="end" fill="#c5221f">${escapeXml(L('eigenvalueOne'))}</text>`,
  );
  const points = eigenvalues.map((v, j) => ({ x: f(sx(j + 1)), y: f(sy(v)) }));
  out.push(`<polyline points="${points.map((p) => `${p.x},${p.y}`).join(' ')}" fill="none" stroke="${ACCENT}" stroke-width="2"/>`);
  points.forEach((p, j) => {
    const kept = j < opts.retained;
    const tip = `${j + 1}: ${L('eigenvalue')} ${chartNumber(eigenvalues[j], 3)}`;
    out.push(`<circle cx="${p.x}" cy="${p.y}" r="4.5" fill="${kept ? ACCENT : '#ffffff'}" stroke="${ACCENT}" stroke-width="1.8"><title>${escapeXml(tip)}</title></circle>`);
  });
  // A small key for filled (extracted) and hollow points, in the empty upper right of a scree.
  const kx = PLOT.right - 130;
  const ky = PLOT.top + 18;
  out.push(
    `<circle cx="${kx}" cy="${ky - 4}" r="4.5" fill="${ACCENT}" stroke="${ACCENT}" stroke-width="1.8"/>`,
    `<text x="${kx + 10}" y="${ky}" font-size="11" fill="#3c4043">${escapeXml(L('retained'))}</text>`,
    `<circle cx="${kx}" cy="${ky + 14}" r="4.5" fill="#ffffff" stroke="${ACCENT}" stroke-width="1.8"/>`,
    `<text x="${kx + 10}" y="${ky + 18}" font-size="11" fill="#3c4043">${escapeXml(L('notRetained'))}</text>`,
    '</svg>',
  );
  return { svg: out.join('\n') + '\n', points, oneY };
}
