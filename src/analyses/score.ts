/**
 * `csat score`: each respondent's scale scores (the mean or sum of the scale's items, see
 * scale-scores.ts) and, on request, the regression-method component scores of the scales' items
 * (PCA with varimax, as analyze and factor compute them), with a summary of each saved score.
 */
import type { Dataset, Variable } from '../data/dataset.js';
import { summarize } from '../stats/descriptives.js';
import { itemCorrelations } from './factor-input.js';
import { factorFromCorrelations, factorScores } from './factor.js';
import { scaleScore, type ScoreMethod } from './scale-scores.js';

export interface SavedScoreSummary {
  /** The saved column: the scale's name, or FACk_1 for a component score. */
  name: string;
  /** The scale's items; for a component score, every item of the factor analysis. */
  items: string[];
  /** Respondents with a score (weighted), and without one. */
  n: number;
  missing: number;
  mean: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
}

export interface ScoreResult {
  method: ScoreMethod;
  scales: SavedScoreSummary[];
  /** With --factors: the component scores (null without). */
  components: SavedScoreSummary[] | null;
  /** The id column the rows are keyed by; null: the data row number (1, 2, ...). */
  id: string | null;
  rows: number;
  weight: string | null;
  savedScores: { file: string; columns: string[] };
}

export interface ScoreRun {
  scales: Variable[];
  components: Variable[];
  summaries: SavedScoreSummary[];
  componentSummaries: SavedScoreSummary[] | null;
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

function summaryOf(v: Variable, items: string[], w: Float64Array | null): SavedScoreSummary {
  const { descriptives: d } = summarize(v.values, w);
  return { name: v.name, items, n: d.n, missing: d.missing, mean: finite(d.mean), sd: finite(d.sd), min: finite(d.min), max: finite(d.max) };
}

/**
 * The scores of `scales` on `ds`; with `componentNames` (FAC1_1 ... as SPSS names them, one per
 * component extracted), also the component scores of the scales' items.
 */
export function runScores(ds: Dataset, scales: { name: string; items: string[] }[], method: ScoreMethod, componentNames?: (k: number) => string[]): ScoreRun {
  const variable = (n: string) => ds.variables.find((v) => v.name === n)!;
  const scores = scales.map((s) => scaleScore(s.name, s.items.map(variable), method));
  const summaries = scores.map((v, j) => summaryOf(v, scales[j].items, ds.weights));
  if (!componentNames) return { scales: scores, components: [], summaries, componentSummaries: null };
  const items = [...new Set(scales.flatMap((s) => s.items))];
  const fr = factorFromCorrelations(itemCorrelations(ds, items), { items, extraction: 'pc', rotation: 'varimax' });
  const fs = factorScores(ds, fr);
  const names = componentNames(fs.length);
  const components: Variable[] = fs.map((values, j) => ({ name: names[j], values, labels: new Map(), kind: 'numeric' }));
  return { scales: scores, components, summaries, componentSummaries: components.map((v) => summaryOf(v, items, ds.weights)) };
}
