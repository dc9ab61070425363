import { describe, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { studentNewmanKeuls } from '../../../src/stats/posthoc/snk.js';
import { checkRangeTest } from '../../helpers/posthoc.js';

// Expected values: fixtures/oracle/posthoc.R (the range test from its definition with R's ptukey).
const X = JSON.parse(readFileSync('fixtures/expected/posthoc-groups.json', 'utf8'));

describe('studentNewmanKeuls', () => {
  it('prints only Homogeneous Subsets, equal to the definition in R, on the pooled MSE', () => {
    checkRangeTest(studentNewmanKeuls, X, 'snk', 'S-N-K');
  }, 60_000);
});
