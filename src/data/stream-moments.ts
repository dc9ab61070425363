/**
 * The moments of a streamed file (stream.ts): each chunk of typed columns is accumulated (the
 * two-pass kernel of stats/moments.ts) and merged into the running total (Chan/Pébay), then
 * dropped, so memory stays that of one chunk whatever the number of rows.
 */
import type { InputInfo } from './dataset.js';
import { weightNotes } from './convert.js';
import { streamChunks, type StreamPlan } from './stream.js';
import { accumulate, countExcluded, emptyMoments, merge, type Moments } from '../stats/moments.js';

export interface StreamedMoments {
  moments: Moments;
  /** Cases with a usable weight left out by listwise deletion, and their weight. */
  excluded: { rows: number; weight: number };
  input: InputInfo;
  warnings: string[];
}

/** Streams `plan`'s file and accumulates the moments of its planned columns (in plan order). */
export async function streamMoments(plan: StreamPlan): Promise<StreamedMoments> {
  const names = plan.columns.map((c) => c.name);
  let m = emptyMoments(names);
  const excluded = { rows: 0, weight: 0 };
  const totals = await streamChunks(plan, (cols, w, rows) => {
    const view = cols.map((c) => c.subarray(0, rows));
    const wv = w ? w.subarray(0, rows) : null;
    m = merge(m, accumulate(names, view, wv));
    countExcluded(view, wv, rows, excluded);
  });
  const warnings = [...(plan.head.warnings ?? [])];
  if (plan.weight !== null) warnings.push(...weightNotes(plan.weight.name, totals.rows, totals.weightMissing, totals.weightNonPositive, totals.weightTotal));
  const head = plan.head;
  return { moments: m, excluded, input: { file: plan.file, rows: totals.rows, encoding: head.encoding, delimiter: head.delimiter }, warnings };
}
