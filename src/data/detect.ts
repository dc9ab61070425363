/**
 * With no study file, `csat analyze` finds the Likert items itself: numeric columns whose answers
 * are whole numbers on a short scale (3 to 11 distinct values within a range of at most 10), and
 * text columns whose answers match a label preset (or --labels). Each choice comes with a reason
 * the user sees, and so does each column left out.
 */
import type { Source } from './source.js';
import { toDataset, type ConvertOptions } from './convert.js';
import { CsatError } from '../errors.js';

export interface DetectedColumn {
  name: string;
  item: boolean;
  reason: string;
}

/** Names that mark an identifier column, never an item. */
const ID_NAME = /^(id|no\.?|number|respondent(_?id)?|case(_?id)?|编号|序号|问卷编号|答卷编号)$/i;

export function detectLikertItems(src: Source, opts: ConvertOptions, exclude: string[]): DetectedColumn[] {
  const out: DetectedColumn[] = [];
  for (const name of src.names) {
    if (exclude.includes(name)) continue;
    if (ID_NAME.test(name.trim())) {
      out.push({ name, item: false, reason: 'an identifier column' });
      continue;
    }
    let v;
    try {
      v = toDataset(src, [name], { ...opts, reverse: [], weight: null }).variables[0];
    } catch (e) {
      if (e instanceof CsatError) {
        out.push({ name, item: false, reason: 'mixes numbers with unknown text' });
        continue;
      }
      throw e;
    }
    const values = v.values.filter((x) => !Number.isNaN(x));
    if (v.kind === 'string') {
      out.push({ name, item: false, reason: `text with ${v.labels.size} categories that match no answer scale` });
      continue;
    }
    if (values.length < src.rows / 2) {
      out.push({ name, item: false, reason: 'more than half of the answers are missing' });
      continue;
    }
    const distinct = new Set(values);
    const min = Math.min(...distinct);
    const max = Math.max(...distinct);
    const whole = values.every((x) => Number.isInteger(x));
    if (!whole) {
      out.push({ name, item: false, reason: 'not whole numbers' });
    } else if (distinct.size < 3 || distinct.size > 11 || max - min > 10) {
      out.push({ name, item: false, reason: `${distinct.size} distinct values from ${min} to ${max}: not a rating scale` });
    } else if (v.kind === 'labelled') {
      const labels = [...v.labels.entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => l);
      out.push({ name, item: true, reason: `text answers ${labels[0]} ... ${labels[labels.length - 1]}` });
    } else {
      out.push({ name, item: true, reason: `whole numbers from ${min} to ${max}` });
    }
  }
  return out;
}

/** "a, b: reason; c: other reason": columns with the same reason share one entry, in file order. */
export function describeDetection(columns: DetectedColumn[]): string {
  const groups: { names: string[]; reason: string }[] = [];
  for (const c of columns) {
    const g = groups.find((x) => x.reason === c.reason);
    if (g) g.names.push(c.name);
    else groups.push({ names: [c.name], reason: c.reason });
  }
  return groups.map((g) => `${g.names.join(', ')} (${g.reason})`).join('; ');
}
