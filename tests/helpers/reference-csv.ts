/**
 * Reads a ../shared/reference dataset (plain comma-separated, header row, empty = missing, no
 * quoting) into a Dataset, independently of src/data, so conformance tests check the numerics only.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../../src/data/dataset.js';

/** ../shared/reference beside the checkout, and whether it is there (the conformance tests skip without it). */
export const refDir = path.resolve(__dirname, '../../../shared/reference');
export const haveRef = existsSync(path.join(refDir, 'expected'));

export function referenceDataset(file: string, names: string[]): Dataset {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
  const header = lines[0].split(',');
  const idx = names.map((n) => {
    const i = header.indexOf(n);
    if (i < 0) throw new Error(`${file} has no column ${n}`);
    return i;
  });
  const rows = lines.slice(1).map((l) => l.split(','));
  return {
    input: { file, rows: rows.length, encoding: 'utf8', delimiter: ',' },
    allNames: header,
    variables: names.map((name, j) => ({
      name,
      values: Float64Array.from(rows, (r) => (r[idx[j]] === '' ? NaN : Number(r[idx[j]]))),
      labels: new Map(),
      kind: 'numeric' as const,
    })),
    weights: null,
    weightName: null,
    recodes: [],
    warnings: [],
  };
}
