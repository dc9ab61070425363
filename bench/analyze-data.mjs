/**
 * The survey of issue 15's benchmark (bench/moments.mjs): Q1..Qk on a 1-5 Likert scale plus an
 * outcome `overall` (1-10), written to the bench folder (never into the repository) and reused
 * while its parameters match. Items follow bench/generate.mjs's five-factor structure (general
 * satisfaction g, domain factors f1..f5, item j in domain j mod 5); overall =
 * round(5.5 + 1.2 g + 0.3 (f1 + ... + f5) + N(0, 1)) clamped to 1..10, so the regression on the
 * scale scores has real drivers. 1M x 41 is about 82 MB. Seeded (mulberry32), so every machine
 * writes the same bytes.
 */
import path from 'node:path';
import { mulberry32 } from '../fixtures/generate/mulberry32.mjs';
import { cached, normals, writeRows } from './generate.mjs';

export function analyzeFile(dir, rows, items, force = false) {
  const file = path.join(dir, `analyze-${rows}x${items}.csv`);
  cached(file, { kind: 'analyze', rows, items }, force, () => {
    const z = normals(20261203);
    const u = mulberry32(15);
    const loading = Array.from({ length: items }, () => 0.55 + 0.4 * u());
    const f = new Float64Array(5);
    const header = [...Array.from({ length: items }, (_, j) => `Q${j + 1}`), 'overall'].join(',');
    writeRows(file, header, rows, () => {
      const g = z();
      let fs = 0;
      for (let d = 0; d < 5; d++) fs += f[d] = z();
      let line = '';
      for (let j = 0; j < items; j++) {
        const x = Math.round(3 + 0.35 * g + loading[j] * f[j % 5] + 0.8 * z());
        line += (x < 1 ? 1 : x > 5 ? 5 : x) + ',';
      }
      const y = Math.round(5.5 + 1.2 * g + 0.3 * fs + z());
      return line + (y < 1 ? 1 : y > 10 ? 10 : y);
    });
  });
  return file;
}
