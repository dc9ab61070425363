/**
 * Answer labels: text answers such as 非常满意 or "Strongly agree" read as scale codes.
 *
 * Built-in presets cover the common 5- and 7-point satisfaction, agreement and importance scales
 * in Chinese and English, each with the variants survey platforms write (比较满意, 不太满意,
 * "Somewhat agree", "Neutral", ...). A column is read with the first preset (5-point before
 * 7-point) that maps every distinct text of the column to a code and no two of its texts to the
 * same code; that second condition tells a 7-point column (满意 and 比较满意 both present) from a
 * 5-point one. Matching ignores surrounding whitespace, inner runs of whitespace and letter case.
 *
 * A user map (`--labels "差=1,一般=2,好=3"`, a JSON file, or the study file's `labels:`) is
 * tried before the presets.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { parseNumber } from './options.js';

export interface LabelPreset {
  /** Stable id, e.g. 'zh-satisfaction-5'. */
  id: string;
  /** Canonical label of each code, codes 1..points. */
  labels: string[];
  /** Further spellings -> code. */
  variants: Record<string, number>;
}

function preset(id: string, labels: string[], variants: Record<string, number> = {}): LabelPreset {
  return { id, labels, variants };
}

/** Built-in presets in the order they are tried. */
export const PRESETS: readonly LabelPreset[] = [
  preset('zh-satisfaction-5', ['非常不满意', '不满意', '一般', '满意', '非常满意'], {
    很不满意: 1, 十分不满意: 1, 极不满意: 1, 非常不满: 1,
    比较不满意: 2, 较不满意: 2, 不太满意: 2,
    中立: 3, 说不清: 3, 不确定: 3, 普通: 3,
    比较满意: 4, 较满意: 4,
    很满意: 5, 十分满意: 5,
  }),
  preset('zh-agreement-5', ['非常不同意', '不同意', '一般', '同意', '非常同意'], {
    很不同意: 1, 完全不同意: 1, 十分不同意: 1, 极不同意: 1,
    比较不同意: 2, 较不同意: 2, 不太同意: 2,
    中立: 3, 说不清: 3, 不确定: 3, 中等: 3,
    比较同意: 4, 较同意: 4,
    很同意: 5, 完全同意: 5, 十分同意: 5,
  }),
  preset('zh-importance-5', ['非常不重要', '不重要', '一般', '重要', '非常重要'], {
    很不重要: 1, 完全不重要: 1,
    不太重要: 2, 比较不重要: 2,
    中立: 3, 说不清: 3,
    比较重要: 4,
    很重要: 5, 十分重要: 5,
  }),
  preset('zh-satisfaction-7', ['非常不满意', '不满意', '比较不满意', '一般', '比较满意', '满意', '非常满意'], {
    很不满意: 1, 十分不满意: 1,
    有点不满意: 3, 较不满意: 3, 不太满意: 3,
    中立: 4, 说不清: 4,
    有点满意: 5, 较满意: 5,
    很满意: 7, 十分满意: 7,
  }),
  preset('zh-agreement-7', ['非常不同意', '不同意', '比较不同意', '一般', '比较同意', '同意', '非常同意'], {
    很不同意: 1, 完全不同意: 1,
    有点不同意: 3, 较不同意: 3, 不太同意: 3,
    中立: 4, 说不清: 4, 不确定: 4,
    有点同意: 5, 较同意: 5,
    很同意: 7, 完全同意: 7,
  }),
  preset('en-agreement-5', ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'], {
    'completely disagree': 1,
    'somewhat disagree': 2, 'tend to disagree': 2,
    neutral: 3, neither: 3, undecided: 3, 'not sure': 3, 'neither disagree nor agree': 3,
    'somewhat agree': 4, 'tend to agree': 4,
    'completely agree': 5,
  }),
  preset('en-satisfaction-5', ['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied'], {
    'extremely dissatisfied': 1, 'completely dissatisfied': 1,
    'somewhat dissatisfied': 2, 'fairly dissatisfied': 2,
    neutral: 3, neither: 3, 'neither dissatisfied nor satisfied': 3,
    'somewhat satisfied': 4, 'fairly satisfied': 4,
    'extremely satisfied': 5, 'completely satisfied': 5,
  }),
  preset('en-importance-5', ['Not at all important', 'Slightly important', 'Moderately important', 'Very important', 'Extremely important'], {
    'not important at all': 1, unimportant: 1,
  }),
  preset(
    'en-agreement-7',
    ['Strongly disagree', 'Disagree', 'Somewhat disagree', 'Neither agree nor disagree', 'Somewhat agree', 'Agree', 'Strongly agree'],
    { 'slightly disagree': 3, neutral: 4, neither: 4, undecided: 4, 'slightly agree': 5 },
  ),
  preset(
    'en-satisfaction-7',
    ['Very dissatisfied', 'Dissatisfied', 'Somewhat dissatisfied', 'Neither satisfied nor dissatisfied', 'Somewhat satisfied', 'Satisfied', 'Very satisfied'],
    { 'slightly dissatisfied': 3, neutral: 4, neither: 4, 'slightly satisfied': 5 },
  ),
  preset(
    'en-satisfaction-7-extremely',
    ['Extremely dissatisfied', 'Moderately dissatisfied', 'Slightly dissatisfied', 'Neither satisfied nor dissatisfied', 'Slightly satisfied', 'Moderately satisfied', 'Extremely satisfied'],
    { neutral: 4, neither: 4 },
  ),
];

/** The matching key of a label: trimmed, inner whitespace collapsed, lower case. */
export function normalizeLabel(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A label map ready for lookups: normalized text -> code, and code -> label to display. */
export interface LabelLookup {
  /** 'user' for a user map, else the preset id. */
  id: string;
  codes: Map<string, number>;
  /** Label to show for each code when the data never spell it. */
  display: Map<number, string>;
}

/** Lookup tables of every preset, in PRESETS order. */
export const PRESET_LOOKUPS: readonly LabelLookup[] = PRESETS.map((p) => {
  const codes = new Map<string, number>();
  const display = new Map<number, string>();
  p.labels.forEach((l, i) => {
    codes.set(normalizeLabel(l), i + 1);
    display.set(i + 1, l);
  });
  for (const [v, c] of Object.entries(p.variants)) if (!codes.has(normalizeLabel(v))) codes.set(normalizeLabel(v), c);
  return { id: p.id, codes, display };
});

/** Lookup for a user map; the display label of a code is the first label given for it. */
export function userLookup(map: Map<string, number>): LabelLookup {
  const codes = new Map<string, number>();
  const display = new Map<number, string>();
  for (const [label, code] of map) {
    codes.set(normalizeLabel(label), code);
    if (!display.has(code)) display.set(code, label.trim());
  }
  return { id: 'user', codes, display };
}

/**
 * How well a lookup reads the distinct texts of a column: how many it maps, and whether the
 * mapped ones stay distinct (no two texts on one code).
 */
export function coverage(lookup: LabelLookup, texts: Iterable<string>): { mapped: number; total: number; injective: boolean } {
  const used = new Map<number, string>();
  let mapped = 0;
  let total = 0;
  let injective = true;
  for (const t of texts) {
    total++;
    const key = normalizeLabel(t);
    const code = lookup.codes.get(key);
    if (code === undefined) continue;
    mapped++;
    const other = used.get(code);
    if (other !== undefined && other !== key) injective = false;
    used.set(code, key);
  }
  return { mapped, total, injective };
}

/**
 * The lookup a column's distinct texts are read with: the user map if it covers them all, else
 * the first preset that covers them all without collisions, else null.
 */
export function chooseLookup(texts: string[], user: LabelLookup | null): LabelLookup | null {
  const candidates = user ? [user, ...PRESET_LOOKUPS] : PRESET_LOOKUPS;
  for (const lookup of candidates) {
    const c = coverage(lookup, texts);
    if (c.mapped === c.total && (c.injective || lookup === user)) return lookup;
  }
  return null;
}

/**
 * The lookup that explains most of a column's texts (user map first on ties), used to name the
 * unknown ones; null when none maps any.
 */
export function bestPartialLookup(texts: string[], user: LabelLookup | null): LabelLookup | null {
  const candidates = user ? [user, ...PRESET_LOOKUPS] : PRESET_LOOKUPS;
  let best: LabelLookup | null = null;
  let bestMapped = 0;
  for (const lookup of candidates) {
    const c = coverage(lookup, texts);
    if (!c.injective && lookup !== user) continue;
    if (c.mapped > bestMapped) {
      best = lookup;
      bestMapped = c.mapped;
    }
  }
  return best;
}

/**
 * Parses `--labels`: either "差=1,一般=2,好=3" (commas or full-width commas between pairs; the
 * last '=' or full-width '＝' splits a pair) or the path of a JSON file holding {"差": 1, ...}.
 * Any problem is a UsageError naming the pair or the file.
 */
export function parseLabelMap(spec: string, option = '--labels'): Map<string, number> {
  const trimmed = spec.trim();
  if (trimmed === '') throw new UsageError(msg('data.labels.expectedPairs', { option }));
  if (/\.json$/i.test(trimmed) || (!/[=＝]/.test(trimmed) && existsSync(trimmed))) return readLabelFile(trimmed, option);
  if (!/[=＝]/.test(trimmed)) {
    throw new UsageError(msg('data.labels.neither', { option, spec }));
  }
  const map = new Map<string, number>();
  for (const raw of trimmed.split(/[,，]/)) {
    const pair = raw.trim();
    if (pair === '') continue;
    const k = Math.max(pair.lastIndexOf('='), pair.lastIndexOf('＝'));
    const label = k === -1 ? '' : pair.slice(0, k).trim();
    const code = k === -1 ? null : parseNumber(pair.slice(k + 1));
    if (k === -1 || label === '') throw new UsageError(msg('data.labels.notPair', { option, pair }));
    if (code === null) throw new UsageError(msg('data.labels.codeNotNumber', { option, pair, code: pair.slice(k + 1).trim() }));
    addLabel(map, label, code, option);
  }
  if (map.size === 0) throw new UsageError(msg('data.labels.expectedPairs', { option }));
  return map;
}

/** A label map from an object such as the study file's `labels:` ({"差": 1, ...}). */
export function labelMapFromObject(obj: unknown, where: string): Map<string, number> {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    throw new UsageError(msg('data.labels.expectedObject', { where }));
  }
  const map = new Map<string, number>();
  for (const [label, code] of Object.entries(obj as Record<string, unknown>)) {
    if (typeof code !== 'number' || !Number.isFinite(code)) {
      throw new UsageError(msg('data.labels.codeMustBeNumber', { where, label, code: String(JSON.stringify(code)) }));
    }
    if (label.trim() === '') throw new UsageError(msg('data.labels.emptyLabel', { where }));
    addLabel(map, label.trim(), code, where);
  }
  if (map.size === 0) throw new UsageError(msg('data.labels.emptyMap', { where }));
  return map;
}

function addLabel(map: Map<string, number>, label: string, code: number, where: string): void {
  for (const [other, c] of map) {
    if (normalizeLabel(other) === normalizeLabel(label) && c !== code) {
      throw new UsageError(msg('data.labels.twoCodes', { where, label, first: c, second: code }));
    }
  }
  map.set(label, code);
}

function readLabelFile(path: string, option: string): Map<string, number> {
  let text: string;
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(msg('data.labels.cannotRead', { option, path }));
  }
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (e) {
    throw new UsageError(msg('data.labels.notJson', { option, path, detail: (e as Error).message }));
  }
  return labelMapFromObject(obj, `${option} ${path}`);
}
