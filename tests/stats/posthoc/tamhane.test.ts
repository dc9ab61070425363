import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tamhane } from '../../../src/stats/posthoc/tamhane.js';
import { checkPostHocInvariants, checkWelchEdges, expectRows } from '../../helpers/posthoc.js';

// Expected values: Tamhane's T2 written out in fixtures/oracle/posthoc.R (Welch t per pair, pt/qt,
// Šidák over the 10 pairs) on fixtures/posthoc-groups.csv.
const X = JSON.parse(readFileSync('fixtures/expected/posthoc-groups.json', 'utf8'));

describe('tamhane', () => {
  it('equals the definition in R at 1e-9, every ordered pair in SPSS order', () => {
    const r = tamhane(X.groups);
    expect(r.test).toBe('tamhane');
    expectRows(r.comparisons, X.tamhane);
  });

  it('permutes with the groups and is scale-free in p', () => {
    checkPostHocInvariants((g) => tamhane(g), 50, 5);
  }, 60_000);

  it('rejects what has no test and gives null where both groups are constant', () => {
    checkWelchEdges(tamhane, X.groups[0]);
  });
});
