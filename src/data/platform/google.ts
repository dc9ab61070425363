/**
 * Google Forms responses (the Sheets download as CSV): a Timestamp column first (时间戳记 in a
 * Chinese form), then one column per question headed by its text; a grid question writes one
 * column per row, headed "question [row]". Questions become Q1, Q2 ... with their text as label;
 * a grid's columns Q3_1, Q3_2 ... grouped as Q3. Email and quiz-score columns are metadata.
 */
import type { PlatformShape, Source } from '../source.js';
import { labelOf, reshaped } from './shape.js';

const TIMESTAMP = new Set(['Timestamp', '时间戳记', '时间戳', '時間戳記']);
const METADATA = new Set([...TIMESTAMP, 'Email Address', 'Email address', '电子邮件地址', '電子郵件地址', 'Score', '分数', '分數']);
const GRID = /^(.*\S)\s*\[(.+)\]\s*$/s;

export function detectGoogle(src: Source): boolean {
  return TIMESTAMP.has(src.names[0]);
}

export function applyGoogle(src: Source): Source {
  const names: string[] = [];
  const labels: (string | undefined)[] = [];
  const shape: PlatformShape = { id: 'google', metadata: [], groups: [] };
  let k = 0;
  let grid: { text: string; group: PlatformShape['groups'][number] } | null = null;
  for (const h of src.names) {
    if (METADATA.has(h)) {
      shape.metadata.push(h);
      names.push(h);
      labels.push(undefined);
      grid = null;
      continue;
    }
    const g = GRID.exec(h);
    if (g) {
      if (grid === null || grid.text !== g[1]) {
        k++;
        grid = { text: g[1], group: { name: `Q${k}`, label: g[1], columns: [] } };
        shape.groups.push(grid.group);
      }
      const name = `Q${k}_${grid.group.columns.length + 1}`;
      grid.group.columns.push(name);
      names.push(name);
      labels.push(labelOf(h, name));
      continue;
    }
    grid = null;
    k++;
    names.push(`Q${k}`);
    labels.push(labelOf(h, `Q${k}`));
  }
  return reshaped(src, names, labels, shape);
}
