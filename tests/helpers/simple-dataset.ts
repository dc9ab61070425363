/**
 * A Dataset from a plain numeric CSV (no quoting; empty cell = missing) for the reliability tests,
 * so they do not depend on the full reader. Reverse keying is min + max - x, recorded as the data
 * layer records it.
 */
import { readFileSync } from 'node:fs';
import type { Dataset, Variable } from '../../src/data/dataset.js';

export interface SimpleOptions {
  reverse?: Record<string, [number, number]>;
  weight?: string;
}

export function readNumericCsv(path: string): { names: string[]; columns: Map<string, Float64Array> } {
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const names = lines[0].split(',').map((s) => s.trim().replace(/^"|"$/g, ''));
  const columns = new Map<string, Float64Array>();
  names.forEach((name, j) => {
    const col = new Float64Array(lines.length - 1);
    for (let i = 1; i < lines.length; i++) {
      const cell = (lines[i].split(',')[j] ?? '').trim();
      col[i - 1] = cell === '' || cell === 'NA' ? NaN : Number(cell);
    }
    columns.set(name, col);
  });
  return { names, columns };
}

export function simpleDataset(path: string, items: string[], opts: SimpleOptions = {}): Dataset {
  const { names, columns } = readNumericCsv(path);
  const variables: Variable[] = items.map((name) => {
    const src = columns.get(name);
    if (!src) throw new Error(`no column ${name} in ${path}`);
    const r = opts.reverse?.[name];
    const values = r ? src.map((x) => r[0] + r[1] - x) : Float64Array.from(src);
    return { name, values, labels: new Map(), kind: 'numeric' };
  });
  return {
    input: { file: path, rows: columns.get(names[0])!.length, encoding: 'utf8', delimiter: ',' },
    allNames: names,
    variables,
    weights: opts.weight ? Float64Array.from(columns.get(opts.weight)!) : null,
    weightName: opts.weight ?? null,
    recodes: Object.entries(opts.reverse ?? {}).map(([variable, [min, max]]) => ({
      kind: 'reverse' as const,
      variable,
      min,
      max,
      rangeSource: 'scale-range' as const,
    })),
    warnings: [],
  };
}
