import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csat } from '../helpers/cli.js';

const BANK = ['analyze', 'fixtures/bank-survey.csv', '--study', 'fixtures/bank-survey.yml'];
const PHONE = ['analyze', 'fixtures/telephone-survey.csv', '--study', 'fixtures/telephone-survey.yml'];

describe('csat analyze (built CLI) on the bundled examples', () => {
  // The numbers are proven against R in tests/analyses/analyze.test.ts; these snapshots pin the
  // layout a reader sees (titles, columns, rounding, order of the steps).
  it.each([
    ['bank', 'en', BANK],
    ['bank', 'zh', BANK],
    ['telephone', 'en', PHONE],
    ['telephone', 'zh', PHONE],
  ])('%s survey, text in %s', async (name, lang, args) => {
    const r = csat([...args, '--lang', lang]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    await expect(r.stdout).toMatchFileSnapshot(`__snapshots__/analyze-${name}.${lang}.txt`);
  });

  it('markdown carries every step', () => {
    const r = csat([...BANK, '-f', 'markdown', '--no-frequencies']);
    expect(r.code).toBe(0);
    for (const title of ['Sample', 'Descriptive Statistics', 'Reliability Statistics', 'KMO and Bartlett', 'Rotated Component Matrix', 'Correlations', 'Coefficients']) {
      expect(r.stdout).toContain(title);
    }
    expect(r.stdout).toMatch(/^\|.*\|$/m);
  });

  it('JSON has one key per step, each shaped like the single command', () => {
    const r = csat([...PHONE, '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.command).toBe('analyze');
    expect(Object.keys(out.results)).toEqual(['sample', 'descriptives', 'reliability', 'kmo', 'factor', 'correlations', 'regression', 'summary']);
    expect(out.results.sample).toMatchObject({ rows: 430, valid: 430, distributed: 450 });
    expect(out.results.reliability.scales.map((s: { name: string }) => s.name)).toEqual(['All items', 'Service attitude', 'Service quality']);
    expect(out.results.factor.components.map((c: { name: string }) => c.name).sort()).toEqual(['Service attitude', 'Service quality']);
    expect(out.results.regression.dependent).toBe('overall');
    expect(out.results.summary.drivers).toHaveLength(2);
    expect(JSON.stringify(out)).not.toMatch(/NaN|Infinity/);
  });

  it('--on factors regresses the outcome on the component scores', () => {
    const out = JSON.parse(csat([...PHONE, '-f', 'json', '--on', 'factors']).stdout);
    expect(out.results.regression.predictors).toEqual(['FAC1_1', 'FAC2_1']);
  });

  it('without a study file it detects the Likert items and says why', () => {
    const r = csat(['analyze', 'fixtures/telephone-survey.csv', '--outcome', 'overall', '--no-frequencies']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Items detected \(no study file\): att1 \(whole numbers from 1 to 5\)/);
    expect(r.stdout).toMatch(/Left out: id \(an identifier column\)/);
    const out = JSON.parse(csat(['analyze', 'fixtures/telephone-survey.csv', '--outcome', 'overall', '-f', 'json']).stdout);
    expect(out.results.reliability.scales[0].items).toEqual(['att1', 'att2', 'att3', 'att4', 'qual1', 'qual2', 'qual3', 'qual4', 'qual5']);
  });

  it('--fail-under exits 4 after printing everything and lists what fell short on stderr', () => {
    const ok = csat([...BANK, '-f', 'json', '--fail-under', 'alpha=0.7,kmo=0.6']);
    expect(ok.code).toBe(0);
    const r = csat([...BANK, '-f', 'json', '--fail-under', 'alpha=0.8,kmo=0.9']);
    expect(r.code).toBe(4);
    expect(JSON.parse(r.stdout).results.summary.thresholdFailures.length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/alpha of 客户关系 is \.725, below the threshold 0\.8/);
    expect(r.stderr).toMatch(/KMO is \.748, below the threshold 0\.9/);
  });

  it("the study file's thresholds apply without --fail-under", () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-'));
    const study = join(dir, 'strict.yml');
    writeFileSync(study, 'data: ' + join(process.cwd(), 'fixtures/telephone-survey.csv') + '\nitems: [att1..qual5]\nthresholds: {alpha: 0.99}\n');
    const r = csat(['analyze', '--study', study, '-f', 'json']);
    expect(r.code).toBe(4);
  });

  it.each([
    ['unknown key', 'itemz: [Q1]\n', /line 1: unknown key 'itemz'/],
    ['wrong type', 'distributed: many\n', /line 1: distributed: .*number/],
    ['unknown column', 'scales:\n  Image: [Q1, Q99]\n', /line 2: .*no column 'Q99'/],
    ['bad YAML', 'scales: [\n', /not valid YAML/],
  ])('an invalid study file (%s) is a usage error naming the line', (_name, yml, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-'));
    const study = join(dir, 'study.yml');
    writeFileSync(study, yml as string);
    const r = csat(['analyze', 'fixtures/bank-survey.csv', '--study', study]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a file with no rating items is an explained usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-'));
    const f = join(dir, 'names.csv');
    writeFileSync(f, 'name,city\nAnn,Oslo\nBo,Rome\n');
    const r = csat(['analyze', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/found 0 Likert item/);
  });
});
