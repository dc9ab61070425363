import { readFileSync } from 'node:fs';
import type { Dataset, Variable } from '../../src/data/dataset.js';

/**
 * fixtures/index-survey.csv (plain numbers, one text column, no quotes) as a Dataset, read here
 * with a few lines so the index and IPA tests do not depend on the CSV reader.
 */
export function readIndexFixture(path = 'fixtures/index-survey.csv', weight: string | null = null): Dataset {
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  const names = lines[0].split(',');
  const cells = lines.slice(1).map((l) => l.split(','));
  const variables: Variable[] = names.map((name, j) => {
    const raw = cells.map((r) => r[j]);
    if (raw.some((x) => x !== '' && Number.isNaN(Number(x)))) {
      const levels = [...new Set(raw.filter((x) => x !== ''))].sort();
      return {
        name,
        kind: 'string',
        values: Float64Array.from(raw, (x) => (x === '' ? NaN : levels.indexOf(x) + 1)),
        labels: new Map(levels.map((l, k) => [k + 1, l])),
      };
    }
    return { name, kind: 'numeric', values: Float64Array.from(raw, (x) => (x === '' ? NaN : Number(x))), labels: new Map() };
  });
  const w = weight ? (variables.find((v) => v.name === weight) as Variable).values : null;
  return {
    input: { file: path, rows: cells.length, encoding: 'utf-8', delimiter: ',' },
    allNames: names,
    variables,
    weights: w,
    weightName: weight,
    recodes: [],
    warnings: [],
  };
}

/** The rows complete on `names`, as columns. */
export function completeColumns(ds: Dataset, names: string[]): Float64Array[] {
  const cols = names.map((n) => (ds.variables.find((v) => v.name === n) as Variable).values);
  const keep: number[] = [];
  for (let i = 0; i < cols[0].length; i++) if (cols.every((c) => !Number.isNaN(c[i]))) keep.push(i);
  return cols.map((c) => Float64Array.from(keep, (i) => c[i]));
}
