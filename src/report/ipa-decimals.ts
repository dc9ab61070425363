/**
 * How many decimals the importance-performance numbers print with, shared by the ipa tables and
 * the SVG map so that the table, its footnote and the chart always agree.
 */
import type { IpaResult } from '../analyses/ipa.js';
import { formatNumber } from './format.js';

/**
 * Decimals for one axis: 3 (for means as for r and Betas), more (up to 6) while an item that is
 * not exactly on the cross-hair would print the same as the cross-hair, so that every item's
 * quadrant can be read off the printed numbers (3.5592 against 3.5628 is not 3.56 against 3.56).
 */
export function axisDecimals(values: readonly number[], cross: number, base = 3): number {
  for (let d = base; d < 6; d++) {
    const c = formatNumber(cross, d);
    if (values.every((v) => v === cross || formatNumber(v, d) !== c)) return d;
  }
  return 6;
}

/** The decimals of the importance and performance axes of a result (table, footnote and chart). */
export function ipaDecimals(r: IpaResult): { importance: number; performance: number } {
  return {
    importance: axisDecimals(r.items.map((x) => x.importance), r.crosshair.importance),
    performance: axisDecimals(r.items.map((x) => x.performance), r.crosshair.performance),
  };
}

