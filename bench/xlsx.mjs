// XLSX reading, 50,000 x 48 (issue 13's target: under 4 s, peak memory under 300 MB).
// Writes a seeded workbook (shared strings for the text answers, numbers elsewhere) with fflate,
// then reads it with csat's reader in a fresh process, reporting wall time and peak RSS.
// Run after `npm run build`: node bench/xlsx.mjs [rows]
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { mulberry32 } from '../fixtures/generate/mulberry32.mjs';

const rows = Number(process.argv[2] ?? 50000);
const cols = 48;
const rand = mulberry32(13);
const words = ['非常不满意', '不满意', '一般', '满意', '非常满意'];
const ref = (c) => (c >= 26 ? String.fromCharCode(64 + Math.floor(c / 26)) : '') + String.fromCharCode(65 + (c % 26));
const parts = ['<worksheet><sheetData><row r="1">'];
for (let c = 0; c < cols; c++) parts.push(`<c r="${ref(c)}1" t="inlineStr"><is><t>Q${c + 1}</t></is></c>`);
parts.push('</row>');
for (let r = 2; r <= rows + 1; r++) {
  let row = `<row r="${r}">`;
  for (let c = 0; c < cols; c++) {
    const k = Math.floor(rand() * 5);
    row += c % 4 === 3 ? `<c r="${ref(c)}${r}" t="s"><v>${k}</v></c>` : `<c r="${ref(c)}${r}"><v>${k + 1}</v></c>`;
  }
  parts.push(row + '</row>');
}
parts.push('</sheetData></worksheet>');
const files = {
  'xl/workbook.xml': '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
  'xl/sharedStrings.xml': `<sst>${words.map((w) => `<si><t>${w}</t></si>`).join('')}</sst>`,
  'xl/worksheets/sheet1.xml': parts.join(''),
};
const file = path.join(tmpdir(), `csat-bench-${rows}x${cols}.xlsx`);
writeFileSync(file, zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));
const script = `const t=performance.now();const {readSource}=await import(${JSON.stringify(new URL('../dist/data/read.js', import.meta.url).href)});const s=await readSource(${JSON.stringify(file)});console.log(JSON.stringify({rows:s.rows,cols:s.names.length,seconds:(performance.now()-t)/1000,peakMB:process.resourceUsage().maxRSS/1024}));`;
console.log(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim());
