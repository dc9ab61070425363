/**
 * Survey-platform layouts over a parsed Source: 问卷星, Qualtrics, SurveyMonkey and Google Forms
 * exports are recognised by their metadata columns (or forced with --platform), their extra
 * header rows become variable labels, long question headers become short names (Q3) with the
 * text as label, and the metadata columns are marked so they are never taken for items.
 * Generic `--header-rows N` takes rows 2..N of any file as labels instead.
 */
import { UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import type { PlatformShape, Source } from '../source.js';
import { applyGoogle, detectGoogle } from './google.js';
import { applyQualtrics, detectQualtrics } from './qualtrics.js';
import { applySurveyMonkey, detectSurveyMonkey } from './surveymonkey.js';
import { dropRows, headerRow } from './shape.js';
import { applyWjx, detectWjx } from './wjx.js';

export type PlatformId = PlatformShape['id'];
export const PLATFORMS: readonly PlatformId[] = ['wjx', 'qualtrics', 'surveymonkey', 'google'];

/** How each platform is named in the output. */
export const PLATFORM_NAMES: Record<PlatformId, string> = { wjx: '问卷星 (wjx)', qualtrics: 'Qualtrics', surveymonkey: 'SurveyMonkey', google: 'Google Forms' };

const LAYOUTS: Record<PlatformId, { detect: (s: Source) => boolean; apply: (s: Source) => Source }> = {
  wjx: { detect: detectWjx, apply: applyWjx },
  qualtrics: { detect: detectQualtrics, apply: applyQualtrics },
  surveymonkey: { detect: detectSurveyMonkey, apply: applySurveyMonkey },
  google: { detect: detectGoogle, apply: applyGoogle },
};

/** --platform: one of PLATFORMS or 'none'; UsageError otherwise. */
export function parsePlatform(value: string): PlatformId | 'none' {
  const v = value.trim().toLowerCase();
  if (v === 'none' || (PLATFORMS as readonly string[]).includes(v)) return v as PlatformId | 'none';
  throw new UsageError(msg('platform.bad', { value, platforms: [...PLATFORMS, 'none'].join(', ') }));
}

/** The platform whose layout `src` has, or null. */
export function detectPlatform(src: Source): PlatformId | null {
  return PLATFORMS.find((p) => LAYOUTS[p].detect(src)) ?? null;
}

export interface ShapeOptions {
  /** A platform forced ('none': no platform), else detected. */
  platform?: PlatformId | 'none';
  /** Header rows in all (names first, rows 2..N labels); given, no platform is detected unless forced. */
  headerRows?: number;
}

/** `src` read as its platform (or its header rows) lays it out. */
export function applyShape(src: Source, opts: ShapeOptions = {}): Source {
  let out = src;
  if (opts.headerRows !== undefined && opts.headerRows > 1) out = withHeaderRows(out, opts.headerRows);
  const id = opts.platform === 'none' ? null : (opts.platform ?? (opts.headerRows === undefined ? detectPlatform(out) : null));
  return id === null ? out : LAYOUTS[id].apply(out);
}

/** Rows 2..n of the header (data rows 1..n-1) as labels, joined by " - " when there are several. */
function withHeaderRows(src: Source, n: number): Source {
  const rows = Array.from({ length: Math.min(n - 1, src.rows) }, (_, r) => headerRow(src, r));
  const labels = src.names.map((name, j) => {
    const parts = rows.map((row) => row[j]).filter((t) => t !== '');
    const text = parts.join(' - ');
    return text !== '' && text !== name ? text : src.labels?.[j];
  });
  return { ...dropRows(src, n - 1), labels };
}
