/** fixtures/factor-survey.csv as a Dataset (items q1..q12; optionally w as frequency weights), and its R oracle values. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../../src/data/dataset.js';
import { referenceDataset } from './reference-csv.js';

export const repoRoot = path.resolve(__dirname, '../..');
export const factorItems = Array.from({ length: 12 }, (_, j) => `q${j + 1}`);

export function factorSurvey(weighted = false, extra: string[] = []): Dataset {
  const file = path.join(repoRoot, 'fixtures/factor-survey.csv');
  const ds = referenceDataset(file, [...factorItems, ...extra]);
  if (weighted) {
    const w = referenceDataset(file, ['w']).variables[0].values;
    return { ...ds, weights: w, weightName: 'w' };
  }
  return ds;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function factorExpected(weighted = false): any {
  return JSON.parse(readFileSync(path.join(repoRoot, `fixtures/expected/factor${weighted ? '-weighted' : ''}.json`), 'utf8'));
}
