/**
 * fixtures/reliability-small.csv and the values R computed for it (fixtures/oracle/reliability.R ->
 * fixtures/expected/reliability-small.json), shared by the reliability tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readNumericCsv } from './simple-dataset.js';
import type { SummaryStatistics } from '../../src/stats/reliability.js';

export const repoRoot = path.resolve(__dirname, '../..');
export const fixtureCsv = path.join(repoRoot, 'fixtures/reliability-small.csv');

export type Summary = SummaryStatistics;

export interface Scenario {
  name: string;
  items: string[];
  reversed: string[];
  missingMode: 'listwise' | 'pairwise';
  weighted: boolean;
  level: number;
  n: number;
  nExcluded: number;
  ciN: number;
  alpha: number;
  standardizedAlpha: number;
  alphaCI: { level: number; lower: number; upper: number };
  omega: number | null;
  itemStatistics: { item: string; mean: number; sd: number; n: number }[];
  summaryItemStatistics: { means: Summary; variances: Summary; interItemCorrelations: Summary };
  itemTotal: {
    item: string;
    scaleMeanIfDeleted: number;
    scaleVarianceIfDeleted: number;
    correctedItemTotalCorrelation: number;
    squaredMultipleCorrelation: number;
    alphaIfDeleted: number | null;
  }[];
  scale: { mean: number; variance: number; sd: number; nItems: number };
  /** The k x k (pairwise or listwise) covariance matrix, by rows. */
  covariance: number[][];
  /** Pairwise: the cases behind each covariance; listwise: null. */
  pairN: number[][] | null;
  crosscheck: {
    psych_raw_alpha: number;
    psych_std_alpha: number;
    psych_r_drop: number[];
    psych_alpha_drop: number[] | null;
    psych_alpha_ci: [number, number];
    psych_omega_tot: number | null;
  };
}

export const expected: { scenarios: Scenario[] } = JSON.parse(
  readFileSync(path.join(repoRoot, 'fixtures/expected/reliability-small.json'), 'utf8'),
);

export function scenario(name: string): Scenario {
  const s = expected.scenarios.find((x) => x.name === name);
  if (!s) throw new Error(`no scenario ${name}`);
  return s;
}

/** The scenario's item columns (reverse keying applied: 6 - x on the 5-point items) and the weights. */
export function fixtureColumns(s: Scenario): { columns: Float64Array[]; weights: Float64Array | null } {
  const { columns } = readNumericCsv(fixtureCsv);
  return {
    columns: s.items.map((it) => {
      const c = columns.get(it)!;
      return s.reversed.includes(it) ? c.map((x) => 6 - x) : Float64Array.from(c);
    }),
    weights: s.weighted ? columns.get('w')! : null,
  };
}
