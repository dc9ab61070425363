import { readFileSync } from 'node:fs';

/** fixtures/groups-survey.csv as plain columns (no data layer): numbers with NaN for empty cells, age as text. */
export function groupsFixture(): { cols: Record<string, Float64Array>; age: (string | null)[]; expected: any } {
  const lines = readFileSync('fixtures/groups-survey.csv', 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  const rows = lines.slice(1).map((l) => l.split(','));
  const cols: Record<string, Float64Array> = {};
  for (const [j, h] of header.entries()) if (h !== 'age') cols[h] = Float64Array.from(rows, (r) => (r[j] === '' ? NaN : Number(r[j])));
  const a = header.indexOf('age');
  return { cols, age: rows.map((r) => r[a] || null), expected: JSON.parse(readFileSync('fixtures/expected/groups.json', 'utf8')) };
}
