/**
 * Variable labels in tables (issue 13), against PSPP: fixtures/oracle/labels-pspp.sps writes
 * fixtures/sav/pspp-labels.sav and prints PSPP's DESCRIPTIVES and CORRELATIONS of it to
 * fixtures/expected/labels-pspp.csv, whose rows and columns show the variable labels (PSPP's and
 * SPSS's default). csat shows the same labels, or their short form (src/report/naming.ts) where
 * they are wider than LABEL_WIDTH, with the full label in a footnote and in JSON.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csat } from '../helpers/cli.js';
import { LABEL_WIDTH, shortenLabel } from '../../src/report/naming.js';
import { displayWidth } from '../../src/report/width.js';

const SAV = 'fixtures/sav/pspp-labels.sav';
const NAMES = ['q1', 'q2', 'q3', 'q4', 'q5'];

/** The rows of PSPP's table `title` in its CSV output: first cells, up to the next table. */
function psppTable(title: string): string[][] {
  const lines = readFileSync('fixtures/expected/labels-pspp.csv', 'utf8').split('\n');
  const start = lines.indexOf(`Table: ${title}`);
  const end = lines.findIndex((l, k) => k > start && (l === '' || l.startsWith('Table: ')));
  return lines.slice(start + 1, end < 0 ? undefined : end).map((l) => l.split(','));
}

/** What PSPP shows for each variable: its label, or its name when it has none. */
const PSPP_SHOWN = psppTable('Descriptive Statistics').slice(1, 1 + NAMES.length).map((r) => r[0]);

/** The first cell of each body row of the text table titled `title`. */
function textRows(out: string, title: string): string[] {
  const lines = out.split('\n');
  const start = lines.indexOf(title);
  const rows: string[] = [];
  let body = false;
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('├')) body = true;
    else if (line.startsWith('└')) break;
    else if (body) rows.push(line.split('│')[1].trim());
  }
  return rows;
}

describe('variable labels in tables (PSPP as the oracle)', () => {
  it('JSON carries each label beside its name, the labels PSPP shows', () => {
    const r = csat(['describe', SAV, '--vars', 'q1..q5', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const labelled = NAMES.map((name, k) => ({ name, label: PSPP_SHOWN[k] })).filter((v) => v.label !== v.name);
    expect(labelled.length).toBe(4);
    expect(out.input.variables).toEqual(labelled);
    expect(out.results.variables.map((v: { name: string }) => v.name)).toEqual(NAMES);
  });

  it('DESCRIPTIVES rows show what PSPP shows, shortened to the width cap where wider, the full label in a footnote', () => {
    const r = csat(['describe', SAV, '--vars', 'q1..q5']);
    expect(r.code).toBe(0);
    const rows = textRows(r.stdout, 'Descriptive Statistics');
    expect(rows.slice(0, NAMES.length)).toEqual(PSPP_SHOWN.map((s) => shortenLabel(s)));
    expect(rows.slice(0, 4)).toEqual(['贵行的服务态度很好', '请您根据最近一次到本行网点办理业务的…', 'The staff were friendly', 'Service was fast']);
    for (const row of rows) expect(displayWidth(row)).toBeLessThanOrEqual(LABEL_WIDTH);
    expect(r.stdout).toContain(`q2 (label in full): ${PSPP_SHOWN[1]}`);
    expect(r.stdout).toContain('q3, q4: statements of the question "How much do you agree with each statement?"');
    // A frequency table's title is the variable's label too, as in SPSS.
    expect(r.stdout.split('\n')).toContain('贵行的服务态度很好');
  });

  it('CORRELATIONS rows and columns show the labels PSPP shows', () => {
    const r = csat(['corr', SAV, '--vars', 'q1..q5', '-f', 'csv']);
    expect(r.code).toBe(0);
    const pspp = psppTable('Correlations');
    const psppColumns = pspp[0].slice(2).map((s) => shortenLabel(s));
    const psppRows = pspp.slice(1).map((l) => l[0]).filter((s) => s !== '').map((s) => shortenLabel(s));
    const lines = r.stdout.replace(/^\uFEFF/, '').split('\r\n');
    const header = lines[lines.indexOf('Correlations') + 1].split(',');
    expect(header.slice(2)).toEqual(psppColumns);
    const rows = lines.slice(lines.indexOf('Correlations') + 2).map((l) => l.split(',')[0]).filter((s) => s !== '');
    expect(rows.slice(0, NAMES.length)).toEqual(psppRows);
  });

  it('--names shows the names everywhere, with no label notes; JSON is the same either way', () => {
    const r = csat(['describe', SAV, '--vars', 'q1..q5', '--names']);
    expect(r.code).toBe(0);
    expect(textRows(r.stdout, 'Descriptive Statistics').slice(0, NAMES.length)).toEqual(NAMES);
    expect(r.stdout).not.toContain('label in full');
    expect(r.stdout).not.toContain('贵行');
    const json = (extra: string[]) => JSON.parse(csat(['describe', SAV, '--vars', 'q1..q5', '-f', 'json', ...extra]).stdout);
    expect(json(['--names'])).toEqual(json([]));
  });

  it('a chart shows the names, with a legend name: label in full (HTML page)', () => {
    const r = csat(['describe', SAV, '--vars', 'q1..q5', '-f', 'html', '--html-charts', 'svg']);
    expect(r.code).toBe(0);
    const svg = /<svg[\s\S]*?<\/svg>/.exec(r.stdout)![0];
    for (const name of NAMES) expect(svg).toContain(`>${name}</text>`);
    expect(svg).toContain('<g class="legend"');
    expect(svg).toContain('>q1: 贵行的服务态度很好</text>');
    // The long labels are wrapped onto further lines at word boundaries, never cut.
    const legend = [...svg.slice(svg.indexOf('<g class="legend"')).matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(legend.join(' ').replace(/ {2,}/g, ' ')).toContain('q3: How much do you agree with each statement? - The staff were friendly');
    expect(legend.some((l) => l.includes('…'))).toBe(false);
  });
});

describe('variable labels of platform exports', () => {
  it('问卷星: the question texts head the rows; --lang zh notes', () => {
    const r = csat(['describe', 'fixtures/platforms/wjx-text.csv', '--lang', 'zh']);
    expect(r.code).toBe(0);
    const rows = textRows(r.stdout, '描述统计');
    expect(rows.slice(0, 5)).toEqual(['贵行的服务态度很好', '贵行的办理速度很快', '贵行的网点环境舒适', '贵行的员工专业', '贵行的社会声誉良好']);
  });

  it('Qualtrics: matrix rows show their statements, one note names the question (Chinese output)', () => {
    const r = csat(['reliability', 'fixtures/platforms/qualtrics.csv', '--items', 'Q3_1..Q3_5', '--lang', 'zh']);
    expect(r.code).toBe(0);
    const rows = textRows(r.stdout, '项总计统计');
    expect(rows).toEqual(['The staff were friendly', 'Service was fast', 'The branch was comfortable', 'The staff were competent', 'The bank has a good reputation']);
    expect(r.stdout).toContain('Q3_1、Q3_2、Q3_3、Q3_4、Q3_5：题目“How much do you agree with each statement?”的分项');
  });

  it('a crosstab names its variables by label in the title and the headers', () => {
    const r = csat(['crosstab', 'fixtures/platforms/wjx-text.csv', '--rows', 'Q1', '--cols', 'Q2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('您的性别 * 您在本行的工作年限 Crosstabulation');
    expect(csat(['crosstab', 'fixtures/platforms/wjx-text.csv', '--rows', 'Q1', '--cols', 'Q2', '--names']).stdout).toContain('Q1 * Q2 Crosstabulation');
  });

  it('a header-row label goes through the terminal sanitiser like any text (no escape sequence reaches the terminal)', () => {
    const r = csat(['describe', '-', '--header-rows', '2', '--no-frequencies'], { input: 'a,b\n\u001b[31mRed label\u0007,Plain label\n1,2\n2,3\n3,5\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(textRows(r.stdout, 'Descriptive Statistics').slice(0, 2)).toEqual(['Red label\\x07', 'Plain label']);
  });
});
