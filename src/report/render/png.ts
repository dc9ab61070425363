/**
 * The report's SVG charts as PNG pictures for the Word file. Drawing SVG needs a renderer
 * (@resvg/resvg-js, native binaries prebuilt for each platform) and a CJK font that ships in a
 * package (@embedpdf/fonts-sc: Noto Sans SC, OFL), so Chinese labels draw without any system
 * font. Both are optional dependencies, loaded only when a docx report has charts: without them
 * the document still has every table, and one warning says how to install chart support.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { msg, warning } from '../../i18n/index.js';
import type { Report } from '../table.js';
import type { ChartImage } from './docx.js';
import { isSvg } from './shared.js';

export const CHART_PACKAGES = ['@resvg/resvg-js', '@embedpdf/fonts-sc'] as const;
/** The font the charts are drawn in: its family name inside the font file. */
const FONT_FILE = 'NotoSansHans-Regular.otf';
const FONT_FAMILY = 'Noto Sans S Chinese';
/** Chinese, Japanese and Korean characters and full-width punctuation: text a Latin font cannot draw. */
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;
/** Pixels per CSS pixel in the PNG: sharp when printed (about 190 dpi at the chart's size). */
const SCALE = 2;

interface Resvg {
  new (svg: string, opts: object): { render(): { asPng(): Uint8Array; width: number; height: number } };
}

export interface Charts {
  images: Map<string, ChartImage>;
  /** Why charts are missing (not installed, or one could not be drawn); empty when all are there. */
  warnings: string[];
}

/** Draws one SVG as a PNG. */
export type Renderer = (svg: string) => ChartImage;

/**
 * PNGs of every SVG block of the report; null when it has none (nothing is loaded then).
 * `load` finds the renderer (the installed packages; tests pass their own).
 */
export async function chartImages(report: Report, load: () => Promise<Renderer | null> = loadRenderer, forHtml = false): Promise<Charts | null> {
  // HTML keeps its SVG charts, but one with Chinese text is shown as a picture drawn with the
  // shipped font, since a machine without a CJK font would leave that text blank in the SVG.
  const svgs = [...new Set(report.blocks.flatMap((b) => (b.kind === 'text' && isSvg(b) && (!forHtml || CJK.test(b.text)) ? [b.text] : [])))];
  if (svgs.length === 0) return null;
  const renderer = await load();
  if (!renderer) {
    const packages = CHART_PACKAGES.join(' ');
    return { images: new Map(), warnings: [warning(msg(forHtml ? 'html.noChartFont' : 'docx.noCharts', { packages }))] };
  }
  const images = new Map<string, ChartImage>();
  const warnings: string[] = [];
  for (const svg of svgs) {
    try {
      images.set(svg, renderer(svg));
    } catch (err) {
      warnings.push(warning(msg('docx.chartFailed', { reason: (err as Error).message.split('\n')[0] })));
    }
  }
  return { images, warnings };
}

/** A function from SVG text to a PNG, or null when the renderer or the font is not installed. */
export async function loadRenderer(): Promise<Renderer | null> {
  let Resvg: Resvg;
  let fontFile: string;
  try {
    // A variable name, so that the bundler leaves the optional package to be found at run time.
    const name: string = CHART_PACKAGES[0];
    Resvg = ((await import(name)) as { Resvg: Resvg }).Resvg;
    fontFile = path.join(path.dirname(createRequire(import.meta.url).resolve(CHART_PACKAGES[1])), '..', 'fonts', FONT_FILE);
  } catch {
    return null;
  }
  return (svg) => {
    const r = new Resvg(xmlSafe(svg), {
      fitTo: { mode: 'zoom', value: SCALE },
      background: '#ffffff',
      // Only the shipped font: the picture is the same on every machine, with or without CJK fonts.
      font: { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY, serifFamily: FONT_FAMILY, monospaceFamily: FONT_FAMILY },
    }).render();
    return { png: r.asPng(), width: r.width / SCALE, height: r.height / SCALE };
  };
}

/** The SVG with what XML 1.0 cannot hold (a control character from the data) replaced, so it parses. */
function xmlSafe(svg: string): string {
  return svg.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, '\ufffd');
}
