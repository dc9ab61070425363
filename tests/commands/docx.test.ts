import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkBinaryTarget } from '../../src/commands/common.js';
import { UsageError } from '../../src/errors.js';
import { csat } from '../helpers/cli.js';

const runs: Record<string, string[]> = {
  describe: ['describe', 'fixtures/telephone-survey.csv', '--vars', 'att1..att4'],
  alpha: ['alpha', 'fixtures/factor-survey.csv', '--items', 'q1..q12'],
  kmo: ['kmo', 'fixtures/factor-survey.csv', '--items', 'q1..q12'],
  factor: ['factor', 'fixtures/factor-survey.csv', '--items', 'q1..q12'],
  corr: ['corr', 'fixtures/regression.csv', '--vars', 'y,x1..x3'],
  regress: ['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x1..x3'],
  crosstab: ['crosstab', 'fixtures/crosstab-explore.csv', '--rows', 'gender', '--cols', 'churn'],
  explore: ['explore', 'fixtures/crosstab-explore.csv', '--vars', 'score', '--by', 'gender'],
  index: ['index', '--study', 'fixtures/bank-survey.yml', '--bootstrap', '0'],
  ipa: ['ipa', '--study', 'fixtures/bank-survey.yml', '--derived', 'regression'],
  analyze: ['analyze', 'fixtures/telephone-survey.csv', '--study', 'fixtures/telephone-survey.yml'],
};

const documentXml = (file: string) => strFromU8(unzipSync(readFileSync(file))['word/document.xml']);

describe('-f docx', () => {
  it.each(Object.entries(runs))('%s: every table and chart goes into the Word file (as many as the html page has)', (name, args) => {
    const file = join(mkdtempSync(join(tmpdir(), 'csat-docx-')), `${name}.docx`);
    const r = csat([...args, '-f', 'docx', '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    // The optional chart renderer and font are installed by npm ci: no warning about charts.
    expect(r.stderr).not.toMatch(/no charts|could not be drawn/);
    const html = csat([...args, '-f', 'html']).stdout;
    const doc = documentXml(file);
    const tables = (doc.match(/<w:tbl>/g) ?? []).length;
    expect(tables).toBeGreaterThan(0);
    expect(tables).toBe((html.match(/<table class="spss"/g) ?? []).length);
    expect((doc.match(/<w:drawing>/g) ?? []).length).toBe((html.match(/<div class="chart"><(svg|img)/g) ?? []).length);
  }, 60_000);

  it('uses the study title, the steps as headings, and Chinese labels under --lang zh', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-docx-'));
    const file = join(dir, 'zh.docx');
    expect(csat([...runs.analyze, '--lang', 'zh', '-f', 'docx', '-o', file]).code).toBe(0);
    const doc = documentXml(file);
    expect(doc).toContain('<w:t xml:space="preserve">Telephone directory-service satisfaction</w:t>');
    expect(doc).toMatch(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:rPr>[^]*?<w:t xml:space="preserve">第 1 步/);
    expect(doc).toContain('>可靠性统计（全部题项）</w:t>'); // step 3's titles name their scale
    expect(strFromU8(unzipSync(readFileSync(file))['docProps/core.xml'])).toContain('<dc:title>Telephone directory-service satisfaction</dc:title>');
  });

  it('goes to a pipe as bytes, and a failed run leaves no file', () => {
    const r = spawnSync(process.execPath, [resolve(__dirname, '../../bin/csat.js'), ...runs.alpha, '-f', 'docx'], { env: { ...process.env, LANG: 'C' } });
    expect(r.status).toBe(0);
    expect([...r.stdout.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(Object.keys(unzipSync(new Uint8Array(r.stdout)))).toContain('word/document.xml');
    const dir = mkdtempSync(join(tmpdir(), 'csat-docx-'));
    const bad = csat(['alpha', 'fixtures/factor-survey.csv', '--items', 'nosuch', '-f', 'docx', '-o', join(dir, 'x.docx')]);
    expect(bad.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });

  it('is never written to a terminal: a usage error says to name a file', () => {
    expect(() => checkBinaryTarget('docx', {}, true)).toThrow(UsageError);
    expect(() => checkBinaryTarget('docx', { output: '-' }, true)).toThrow(/-o FILE\.docx/);
    expect(() => checkBinaryTarget('docx', { output: 'r.docx' }, true)).not.toThrow();
    expect(() => checkBinaryTarget('docx', {}, false)).not.toThrow();
    expect(() => checkBinaryTarget('html', {}, true)).not.toThrow();
  });
});
