import { readFileSync } from 'node:fs';
import { runCsi, type CsiOptions } from '../../src/analyses/index-run.js';
import type { Dataset } from '../../src/data/dataset.js';
import { readIndexFixture } from './index-fixture.js';

// Expected values: fixtures/oracle/index.R on fixtures/index-survey.csv.
export const ref = JSON.parse(readFileSync('fixtures/expected/index.json', 'utf8'));
export const ds = readIndexFixture();
export const items = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
export const dimensions = [
  { name: 'Image', items: ['q1', 'q2'] },
  { name: 'Service', items: ['q3', 'q4'] },
  { name: 'Environment', items: ['q5', 'q6'] },
];
export const base: CsiOptions = { items, dimensions, scaleRange: [1, 5], weightsMethod: 'equal', bootstrap: 200, seed: 1, level: 0.95 };
/** Run the index analysis on the fixture (or on the given inputs) with these options over the base ones. */
export const run = (o: Partial<CsiOptions>, input: { label: string; ds: Dataset }[] = [{ label: 'all', ds }]) => runCsi(input, { ...base, ...o });
