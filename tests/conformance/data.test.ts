/**
 * Conformance of the data layer on the shared reference surveys (../shared/reference): every
 * file reads with the row count, missing cells and, per reliability block, the listwise n and
 * item means (after reverse keying) that R computed. Skipped when the folder is absent.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSource } from '../../src/data/read.js';
import { toDataset } from '../../src/data/convert.js';
import { refDir } from '../helpers/reference-csv.js';

const datasets = ['saq', 'bfi', 'hbat', 'holzinger_swineford', 'album_sales'];

interface Block {
  name: string;
  items: string[];
  reversed_items: Record<string, { min: number; max: number }>;
  n_total_rows: number;
  n_used_listwise: number;
  item_statistics: { item: string; mean: number; n: number }[];
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) || Math.abs(a - b) <= 1e-12;

describe.skipIf(!existsSync(refDir))('data layer on the shared reference datasets', () => {
  it('missing cells as documented (bfi 731 cells in 564 rows, holzinger 1, others none)', async () => {
    const want: Record<string, [number, number]> = { bfi: [731, 564], holzinger_swineford: [1, 1], saq: [0, 0], hbat: [0, 0], album_sales: [0, 0] };
    for (const d of datasets) {
      const src = await readSource(path.join(refDir, 'datasets', `${d}.csv`));
      const ds = toDataset(src, src.names, {});
      let cells = 0;
      let rows = 0;
      for (let i = 0; i < src.rows; i++) {
        let any = false;
        for (const v of ds.variables) if (Number.isNaN(v.values[i])) (cells++, (any = true));
        if (any) rows++;
      }
      expect([d, cells, rows]).toEqual([d, ...want[d]]);
      expect(src.encoding).toBe('utf-8');
    }
  });

  for (const d of datasets) {
    it(`${d}: rows, listwise n and item means of every reliability block`, async () => {
      const expected = JSON.parse(readFileSync(path.join(refDir, 'expected', `${d}.json`), 'utf8')) as { reliability: Block[] };
      const src = await readSource(path.join(refDir, 'datasets', `${d}.csv`));
      for (const b of expected.reliability) {
        expect(src.rows).toBe(b.n_total_rows);
        const reversed = Object.keys(b.reversed_items);
        const range = reversed.length ? ([b.reversed_items[reversed[0]].min, b.reversed_items[reversed[0]].max] as [number, number]) : undefined;
        const ds = toDataset(src, b.items, { reverse: reversed, scaleRange: range });
        expect(ds.recodes.map((r) => r.variable)).toEqual(reversed);
        const complete: number[] = [];
        for (let i = 0; i < src.rows; i++) if (ds.variables.every((v) => !Number.isNaN(v.values[i]))) complete.push(i);
        expect([b.name, complete.length]).toEqual([b.name, b.n_used_listwise]);
        for (const s of b.item_statistics) {
          const v = ds.variables.find((x) => x.name === s.item)!;
          let sum = 0;
          for (const i of complete) sum += v.values[i];
          const mean = sum / complete.length;
          expect([b.name, s.item, close(mean, s.mean)]).toEqual([b.name, s.item, true]);
        }
      }
    });
  }
});
