/**
 * A property of every output writer, through the CLI: data whose column names, text cells and
 * file name are hostile (formulas, escape sequences, BEL, NUL, markup), drawn from a seed, go
 * through every format (text, markdown, csv, html, json) and every side file (factor
 * --save-scores, regress --save-residuals, index --save-composite), and come out with no CSV cell
 * starting with = + - @ tab or CR, no raw control character in text or markdown, markup escaped
 * in HTML and JSON that parses. Each run must succeed, so the property is not vacuous.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dice, describeCase, HOSTILE_CELLS, runCases, withCell, type Case } from './harness.js';

const SEED = Number(process.env.CSAT_FUZZ_SEED ?? 7);
const DATASETS = Number(process.env.CSAT_WRITER_RUNS ?? 1);

// Short ones only: a name or id has to survive as itself (the 300 000-character cell is the fuzz test's).
const HOSTILE = HOSTILE_CELLS.filter((s) => s.length < 100 && !/^[-+]?(\d|NaN|Inf)/.test(s));
const FILE_NAMES = ['=HYPERLINK("x").csv', '+1+2.csv', '@SUM(1).csv', '\x1b]0;PWNED\x07.csv', 'a"b,c.csv', '<xss-probe>.csv', 'plain.csv'];

/** `fixture` with hostile names for the columns in `cols` (1-based) and hostile text in column `textCol`. */
function hostileData(d: Dice, fixture: string, cols: number[], textCol: number, levels: number): Buffer {
  let text = readFileSync(fixture, 'utf8');
  for (const c of cols) text = withCell(text, 0, c - 1, `${d.pick(HOSTILE)} ${c}`);
  const values = Array.from({ length: levels }, (_, k) => `${d.pick(HOSTILE)}${k}`);
  const rows = text.split('\n').length - 2;
  for (let r = 1; r <= rows; r++) text = withCell(text, r, textCol - 1, d.pick(values));
  return Buffer.from(text, 'utf8');
}

const FORMATS = ['text', 'json', 'markdown', 'csv', 'html'];

function writerCases(seed: number): Case[] {
  const d = new Dice(seed);
  const factor = hostileData(d, 'fixtures/factor-survey.csv', [1, 3, 4, 5, 14], 1, 400);
  const regression = hostileData(d, 'fixtures/regression.csv', [1, 2, 4, 5], 11, 4);
  const index = hostileData(d, 'fixtures/index-survey.csv', [6, 7, 11], 3, 3);
  const f = d.pick(FILE_NAMES);
  const runs: [string, Buffer, string[]][] = [
    ['factor --save-scores', factor, ['factor', f, '--items', '#3..#14', '--save-scores', 'scores.csv']],
    ['reliability', factor, ['reliability', f, '--items', '#3..#14']],
    ['describe', factor, ['describe', f, '--vars', '#3..#5']],
    ['corr', factor, ['corr', f, '--vars', '#3..#6']],
    ['regress --save-residuals', regression, ['regress', f, '--outcome', '#2', '--iv', '#4..#5', '--categorical', '#11', '--save-residuals', 'res.csv', '--id', '#1']],
    ['crosstab', regression, ['crosstab', f, '--rows', '#11', '--cols', '#10']],
    ['explore', regression, ['explore', f, '--vars', '#2', '--by', '#11']],
    ['index --save-composite', index, ['index', f, '--items', '#6..#11', '--scale-range', '1-5', '--bootstrap', '0', '--weights', 'factor', '--by', '#3', '--save-composite', 'comp.csv']],
  ];
  return runs.flatMap(([category, bytes, args]) => FORMATS.map((format) => ({ category, args: [...args, '-f', format], files: { [f]: bytes } })));
}

describe('every output writer keeps hostile names and cells harmless (property over seeded data sets)', () => {
  it(`${DATASETS} data sets from seed ${SEED}, every format and side file`, () => {
    const failed: string[] = [];
    for (let k = 0; k < DATASETS; k++) {
      const cases = writerCases(SEED + k);
      const { failures, outcomes } = runCases(cases, { timeoutMs: 120_000 });
      cases.forEach((c, i) => {
        const o = outcomes[i];
        const problems = [...failures[i]];
        if (o && o.code !== 0) problems.push(`exit ${o.code}: ${o.stderr.slice(0, 200)}`);
        const side = c.args.find((a) => a.endsWith('.csv') && a !== c.args[1]);
        if (o && side && !o.files.includes(side)) problems.push(`${side} not written`);
        if (problems.length) failed.push(`${describeCase(SEED + k, i, c)}\n    ${problems.join('\n    ')}`);
      });
    }
    expect(failed.slice(0, 10)).toEqual([]);
  }, 600_000);
});
