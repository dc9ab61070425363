import { readFileSync } from 'node:fs';

/** fixtures/crosstab-explore.csv as plain columns (it has no quoted cells): numbers, or NaN for empty and text. */
export function fixtureColumns(): Record<string, (number | string)[]> {
  const [header, ...lines] = readFileSync('fixtures/crosstab-explore.csv', 'utf8').trim().split('\n').map((l) => l.split(','));
  const cols: Record<string, (number | string)[]> = {};
  header.forEach((h, j) => (cols[h] = lines.map((l) => (l[j] === '' ? NaN : Number.isNaN(Number(l[j])) ? l[j] : Number(l[j])))));
  return cols;
}

/** A numeric column (with the skip code -3 as missing). */
export function numericColumn(name: string): Float64Array {
  return Float64Array.from(fixtureColumns()[name].map((v) => (typeof v === 'number' && v !== -3 ? v : NaN)));
}

export const expected = JSON.parse(readFileSync('fixtures/expected/crosstab-explore.json', 'utf8'));
