#!/usr/bin/env node
/**
 * Rendering speed: one table of many rows (a frequency table of a long survey, say) rendered to
 * every format, plus formatNumber alone.
 *   npx tsc -p . && node bench/report.mjs [rows=100000] [cols=8]
 * Figures: milliseconds per format, rows/s, output size.
 */
import { formatNumber } from '../dist/report/format.js';
import { FORMATS, render } from '../dist/report/render/index.js';

const rows = Number(process.argv[2] ?? 100_000);
const cols = Number(process.argv[3] ?? 8);

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const table = {
  kind: 'table',
  id: 'bench',
  title: 'Bench Table',
  columns: [{ header: '题项', kind: 'label' }, ...Array.from({ length: cols }, (_, k) => ({ header: `Column ${k + 1} with a long header`, style: k === 0 ? 'sig' : 'plain' }))],
  groups: [{ label: '', span: 1 }, { label: 'Group', span: cols }],
  rows: Array.from({ length: rows }, (_, i) => [`Q${i} 满意度`, rand(), ...Array.from({ length: cols - 1 }, () => rand() * (rand() < 0.5 ? 1 : 1000))]),
  footnotes: ['a. footnote'],
};
const report = { command: 'bench', warnings: [], results: { rows: table.rows }, blocks: [table] };
const ctx = { lang: 'en', color: false, version: 'bench', input: null };

console.log(`${rows} rows x ${cols} number columns`);
for (const format of FORMATS) {
  const t0 = performance.now();
  const out = render(report, format, ctx);
  const ms = performance.now() - t0;
  console.log(`${format.padEnd(8)} ${ms.toFixed(0).padStart(6)} ms  ${Math.round(rows / (ms / 1000)).toLocaleString('en').padStart(12)} rows/s  ${(Buffer.byteLength(out) / 1e6).toFixed(1)} MB`);
}
const n = 1_000_000;
const t0 = performance.now();
for (let i = 0; i < n; i++) formatNumber(rand() * 100 - 50, 3);
console.log(`formatNumber ${((performance.now() - t0) * 1e6 / n).toFixed(0)} ns/call`);
console.log(`rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
