import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';

// Expected values: fixtures/oracle/index.R on fixtures/index-survey.csv.
const ref = JSON.parse(readFileSync('fixtures/expected/index.json', 'utf8'));
const FILE = 'fixtures/index-survey.csv';

describe('csat ipa (built CLI)', () => {
  it('text: the table, the quadrants and the terminal chart', () => {
    const r = csat(['ipa', FILE, '--items', 'q1..q6', '--importance-prefix', 'imp_']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Importance-Performance Analysis');
    expect(r.stdout).toMatch(/│ q4\s+│\s+5\.804 │\s+3\.399 │ Concentrate here/);
    expect(r.stdout).toContain('Importance-Performance Map');
  });
  it('json: the stable contract, stated and derived importance as R computes them', () => {
    const s = JSON.parse(csat(['ipa', FILE, '--items', 'q1..q6', '--importance', 'q1=imp_q1,q2=imp_q2,q3=imp_q3,q4=imp_q4,q5=imp_q5,q6=imp_q6', '-f', 'json']).stdout).results;
    expect(s.importanceMethod).toBe('stated');
    expect(Object.keys(s.crosshair).sort()).toEqual(['importance', 'performance']);
    expect(s.items.map((x: { item: string }) => x.item)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    expect(s.items.map((x: { quadrant: string }) => x.quadrant)).toEqual(ref.ipaStated.quadrant);
    s.items.forEach((x: { importance: number; performance: number }, k: number) => {
      expectClose(x.importance, ref.ipaStated.importance[k], 1e-12);
      expectClose(x.performance, ref.ipaStated.performance[k], 1e-12);
    });
    const c = JSON.parse(csat(['ipa', FILE, '--items', 'q1..q6', '--derived', 'correlation', '--overall', 'overall', '-f', 'json']).stdout).results;
    expect(c.importanceMethod).toBe('correlation');
    expectClose(c.crosshair.importance, ref.ipaCorrelation.crosshair[0], 1e-12);
    expect(c.items.map((x: { quadrant: string }) => x.quadrant)).toEqual(ref.ipaCorrelation.quadrant);
    const g = JSON.parse(csat(['ipa', FILE, '--items', 'q1..q6', '--derived', 'regression', '--overall', 'overall', '--crosshair', 'mean,3.5', '-f', 'json']).stdout).results;
    expect(g.crosshair.performance).toBe(3.5);
    expectClose(g.crosshair.importance, ref.ipaRegression.crosshair[0], 1e-10);
  });
  it('--plot writes the SVG chart (and Chinese labels with --lang zh)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-ipa-'));
    const out = join(dir, '四分图.svg');
    const r = csat(['ipa', FILE, '--items', 'q1..q6', '--importance-prefix', 'imp_', '--plot', out, '--lang', 'zh', '--no-chart']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('四分图\n');
    const svg = readFileSync(out, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    for (const q of ['优势区', '修补区', '机会区', '维持区']) expect(svg).toContain(q);
  });
  it('errors', () => {
    expect(csat(['ipa', FILE, '--items', 'q1..q6']).stderr).toContain('ipa needs the importance');
    expect(csat(['ipa', FILE, '--items', 'q1..q6', '--importance-suffix', '_imp']).stderr).toMatch(/--importance-suffix: no column/);
    expect(csat(['ipa', FILE, '--items', 'q1..q6', '--derived', 'anova', '--overall', 'overall']).code).toBe(2);
    expect(csat(['ipa', FILE, '--items', 'q1..q6', '--derived', 'correlation']).stderr).toContain('--overall');
    const dir = mkdtempSync(join(tmpdir(), 'csat-ipa-'));
    expect(existsSync(join(dir, 'x.svg'))).toBe(false);
  });
});
