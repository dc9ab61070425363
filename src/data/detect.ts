/**
 * With no study file, `csat analyze` finds the Likert items itself: numeric columns whose answers
 * are whole numbers on a short scale (3 to 11 distinct values within a range of at most 10), and
 * text columns whose answers match a label preset (or --labels). Columns named like an identifier
 * or a case weight are never items, nor are a survey platform's metadata columns (platform/).
 *
 * Items share one answer scale (alpha and the factor analysis of a 1-5 item with a 0-10 score or
 * a 1-3 weight mean nothing), so of the candidates csat keeps the largest group on one scale: a
 * text item's scale is its preset's range (or --labels' codes), a numeric item fits a scale that
 * holds all its answers and misses at most one end point (an item nobody answered 5 on is still a
 * 1-5 item); with --scale-range that range is the scale. The others are left out, with the scale.
 *
 * Each choice comes with a reason the user sees (a catalog message, shown in the output
 * language), and so does each column left out.
 */
import type { Source } from './source.js';
import { toDataset, type ConvertOptions } from './convert.js';
import { PLATFORM_NAMES } from './platform/index.js';
import { CsatError } from '../errors.js';
import { msg, say, type Lang, type MessageRef } from '../i18n/index.js';
import { maxOf, minOf } from '../stats/extent.js';

export interface DetectedColumn {
  name: string;
  item: boolean;
  reason: MessageRef;
}

/** Names that mark an identifier column, never an item (ResponseId, user_id, 用户ID too). */
const ID_NAME = /^(id|no\.?|number|respondent(_?id)?|case(_?id)?|编号|序号|问卷编号|答卷编号)$/i;
const ID_SUFFIX = /(^|[_\s.-]|[\u3400-\u9fff])(id|uid|uuid)$/i;
const ID_CAMEL = /[a-z](ID|Id)$/;
/** Names that mark a case-weight column (w, wt, weight, final_weight, 权重 ...). */
const WEIGHT_NAME = /^(w|wt|wgt|weights?|weighting|pweight|权重|加权|权数|加权系数)$|^(weight|wgt|wt)[_\s.-]|[_\s.-](weight|wgt|wt)$/i;

/**
 * Names that mark the overall-satisfaction question (overall, overall_satisfaction, sat_overall,
 * satisfaction, 总体满意度, 整体满意度, 满意度 ...): with no study file and no --outcome, analyze
 * takes it as the outcome rather than as one more item of the instrument.
 */
const OUTCOME_NAME = /^((overall|total|global)([_\s.-]?(sat(isfaction)?|rating|score))?|(sat(isfaction)?)([_\s.-]?(overall|total|global))?|(总体|整体|综合|总的)?满意(度|程度)?|(总体|整体)评价)$/i;

/** The one column named like the overall-satisfaction question, or null (none, or several). */
export function outcomeByName(names: readonly string[]): string | null {
  const hits = names.filter((n) => OUTCOME_NAME.test(n.trim()));
  return hits.length === 1 ? hits[0] : null;
}

/** A candidate item and the scale it may belong to. */
interface Candidate {
  at: number;
  /** The preset's (or --labels') range for text answers; null for numbers. */
  preset: [number, number] | null;
  /** The lowest and highest answer. */
  observed: [number, number];
}

export function detectLikertItems(src: Source, opts: ConvertOptions, exclude: string[]): DetectedColumn[] {
  const out: DetectedColumn[] = [];
  const candidates: Candidate[] = [];
  const missing = new Set(opts.missing ?? []);
  const metadata = new Set(src.platform?.metadata ?? []);
  for (const name of src.names) {
    if (exclude.includes(name)) continue;
    if (metadata.has(name)) {
      out.push({ name, item: false, reason: msg('platform.detectMetadata', { platform: PLATFORM_NAMES[src.platform!.id] }) });
      continue;
    }
    const trimmed = name.trim();
    if (ID_NAME.test(trimmed) || ID_SUFFIX.test(trimmed) || ID_CAMEL.test(trimmed)) {
      out.push({ name, item: false, reason: msg('data.detect.id') });
      continue;
    }
    if (WEIGHT_NAME.test(trimmed)) {
      out.push({ name, item: false, reason: msg('data.detect.weight', { name }) });
      continue;
    }
    let v;
    try {
      v = toDataset(src, [name], { ...opts, reverse: [], weight: null }).variables[0];
    } catch (e) {
      if (e instanceof CsatError) {
        out.push({ name, item: false, reason: msg('data.detect.mixed') });
        continue;
      }
      throw e;
    }
    const values = v.values.filter((x) => !Number.isNaN(x));
    // The study declared it nominal (variables.<column>.level): categories, whatever codes they have.
    if (src.declared?.[src.names.indexOf(name)]?.measure === 'nominal') {
      out.push({ name, item: false, reason: msg('data.detect.nominal') });
      continue;
    }
    if (v.kind === 'string') {
      out.push({ name, item: false, reason: msg('data.detect.text', { count: v.labels.size }) });
      continue;
    }
    if (values.length < src.rows / 2) {
      out.push({ name, item: false, reason: msg('data.detect.missing') });
      continue;
    }
    const distinct = new Set(values);
    const min = minOf(distinct);
    const max = maxOf(distinct);
    const whole = values.every((x) => Number.isInteger(x));
    if (!whole) {
      out.push({ name, item: false, reason: msg('data.detect.notWhole') });
    } else if (distinct.size < 3 || distinct.size > 11 || max - min > 10) {
      out.push({ name, item: false, reason: msg('data.detect.notScale', { count: distinct.size, min, max }) });
    } else if (v.kind === 'labelled') {
      const labels = [...v.labels.entries()].sort((a, b) => a[0] - b[0]);
      const codes = labels.map(([c]) => c).filter((c) => !missing.has(c));
      candidates.push({ at: out.length, preset: [minOf(codes), maxOf(codes)], observed: [min, max] });
      out.push({ name, item: true, reason: msg('data.detect.textAnswers', { first: labels[0][1], last: labels[labels.length - 1][1] }) });
    } else {
      candidates.push({ at: out.length, preset: null, observed: [min, max] });
      out.push({ name, item: true, reason: msg('data.detect.whole', { min, max }) });
    }
  }
  const scale = commonScale(candidates, opts.scaleRange);
  if (scale) {
    for (const c of candidates) {
      if (slack(c, scale) !== null) continue;
      const [lo, hi] = c.preset ?? c.observed;
      out[c.at] = { ...out[c.at], item: false, reason: msg('data.detect.otherScale', { lo, hi, min: scale[0], max: scale[1] }) };
    }
  }
  return out;
}

/**
 * How far `c` falls short of the ends of `scale` (0: it spans it), or null when it does not fit:
 * a text item fits its preset's range only; a numeric one a range holding all its answers that
 * misses at most one end point.
 */
function slack(c: Candidate, [lo, hi]: [number, number]): number | null {
  if (c.preset) return c.preset[0] === lo && c.preset[1] === hi ? 0 : null;
  const [min, max] = c.observed;
  if (min < lo || max > hi) return null;
  const s = min - lo + (hi - max);
  return s <= 1 ? s : null;
}

/**
 * The scale most candidates share: --scale-range when given, else of the ranges the candidates
 * suggest (presets, observed ranges, observed ranges one point wider) the one with the most
 * members; on a tie the one they span best, then the one whose first member comes first.
 */
function commonScale(candidates: Candidate[], scaleRange: [number, number] | undefined): [number, number] | null {
  if (candidates.length === 0) return null;
  if (scaleRange) return scaleRange;
  const ranges = new Map<string, [number, number]>();
  const add = (r: [number, number]) => ranges.set(r.join(' '), r);
  for (const c of candidates) {
    if (c.preset) add(c.preset);
    else {
      const [min, max] = c.observed;
      add([min, max]);
      add([min - 1, max]);
      add([min, max + 1]);
    }
  }
  let best: { range: [number, number]; members: number; slack: number; first: number } | null = null;
  for (const range of ranges.values()) {
    const fits = candidates.map((c) => slack(c, range)).map((s, k) => ({ s, at: candidates[k].at })).filter((f) => f.s !== null);
    if (fits.length === 0) continue;
    const score = { range, members: fits.length, slack: fits.reduce((a, f) => a + (f.s as number), 0), first: fits[0].at };
    if (
      !best ||
      score.members > best.members ||
      (score.members === best.members && (score.slack < best.slack || (score.slack === best.slack && score.first < best.first)))
    ) {
      best = score;
    }
  }
  return best ? best.range : null;
}

/** "a, b (reason); c (other reason)" in `lang`: columns with the same reason share one entry, in file order. */
export function describeDetection(columns: DetectedColumn[], lang: Lang = 'en'): string {
  const groups: { names: string[]; reason: MessageRef; key: string }[] = [];
  for (const c of columns) {
    const key = JSON.stringify(c.reason);
    const g = groups.find((x) => x.key === key);
    if (g) g.names.push(c.name);
    else groups.push({ names: [c.name], reason: c.reason, key });
  }
  return groups.map((g) => say(msg('data.detect.group', { names: g.names, reason: g.reason }), lang)).join(say(msg('data.detect.sep'), lang));
}
