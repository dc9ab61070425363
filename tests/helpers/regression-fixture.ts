import { readFileSync } from 'node:fs';

/** fixtures/regression.csv as numeric columns (NaN = empty) plus the text column region. */
export function loadRegressionFixture(): { cols: Record<string, Float64Array>; region: string[]; rows: number } {
  const lines = readFileSync('fixtures/regression.csv', 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  const body = lines.slice(1).map((l) => l.split(','));
  const cols: Record<string, Float64Array> = {};
  header.forEach((h, j) => {
    if (h !== 'region') cols[h] = Float64Array.from(body.map((r) => (r[j] === '' ? NaN : Number(r[j]))));
  });
  const region = body.map((r) => r[header.indexOf('region')]);
  return { cols, region, rows: body.length };
}

/** Rows complete on `names` (and with a positive weight), as index list. */
export function completeRows(cols: Record<string, Float64Array>, names: string[]): number[] {
  const out: number[] = [];
  const n = cols[names[0]].length;
  for (let i = 0; i < n; i++) if (names.every((k) => !Number.isNaN(cols[k][i]))) out.push(i);
  return out;
}

export const take = (x: Float64Array, rows: number[]): Float64Array => Float64Array.from(rows, (i) => x[i]);

export const expected = JSON.parse(readFileSync('fixtures/expected/regression.json', 'utf8'));
