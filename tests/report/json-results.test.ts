import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { csat } from '../helpers/cli.js';
import { buildProgram } from '../../src/cli.js';
import { SCHEMA_VERSION } from '../../src/report/json-results.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { buildSchemas } from '../../scripts/schemas.mjs';

const dir = mkdtempSync(join(tmpdir(), 'csat-schema-'));
const TEL = 'fixtures/telephone-survey.csv';
const IDX = 'fixtures/index-survey.csv';
const DIMS = ['--dimension', 'Image=q1,q2', '--dimension', 'Service=q3,q4', '--dimension', 'Environment=q5,q6', '--scale-range', '1-5'];

/**
 * Real runs on the fixtures, each command's result shapes (a new command adds its runs here; the
 * test below fails while a registered command has none). `-f json` is added to each.
 */
const RUNS: string[][] = [
  ['analyze', 'fixtures/bank-survey.csv', '--study', 'fixtures/bank-survey.yml', '--no-frequencies'],
  ['analyze', '--study', 'fixtures/group-differences.yml', '--no-frequencies'],
  ['analyze', TEL, '--outcome', 'overall', '--fail-under', 'alpha=0.99'],
  ['describe', TEL, '--vars', 'att1,overall', '--scale-range', '1-5'],
  ['describe', 'fixtures/crosstab-explore.csv'],
  ['describe', 'fixtures/multi-response.csv', '--multi', 'q7,9,Q11', '--by', 'gender', '--weight', 'w'],
  ['reliability', TEL, '--items', 'att1..att4'],
  ['reliability', 'fixtures/reliability-small.csv', '--scale', 'A=a1..a5', '--scale', 'B=a1', '--missing-mode', 'pairwise'],
  ['kmo', TEL, '--items', 'att1..qual5', '--anti-image'],
  ['factor', TEL, '--items', 'att1..qual5', '--sort', '--blank', '0.4'],
  ['factor', 'fixtures/factor-survey.csv', '--items', 'q1..q12', '--rotation', 'promax', '--extraction', 'paf', '--parallel', '--replicates', '50', '--save-scores', join(dir, 'scores.csv')],
  ['corr', TEL, '--vars', 'att1,att2,overall'],
  ['score', 'fixtures/bank-survey.csv', '--study', 'fixtures/bank-survey.yml', '--factors', '--id', '序号', '-o', join(dir, 'scale-scores.csv')],
  ['regress', 'fixtures/bank-survey.csv', '--study', 'fixtures/bank-survey.yml', '--outcome', 'overall', '--iv', '服务质量,客户关系', '--score', 'sum'],
  ['corr', TEL, '--vars', 'att1,att2', '--method', 'spearman'],
  ['regress', TEL, 'overall ~ att1 + att2 + qual1'],
  ['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x1..x6', '--method', 'stepwise', '--pin', '.2', '--pout', '.25'],
  ['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x3,x6', '--method', 'backward'],
  ['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x1', '--categorical', 'region', '--reference', 'North', '--save-residuals', join(dir, 'res.csv')],
  ['regress', '--matrix', 'fixtures/summary/teach4.csv', '--outcome', 'd', '--iv', 'a,b,c', '--method', 'backward'],
  ['index', 'fixtures/index-wave1.csv', 'fixtures/index-wave2.csv', ...DIMS, '--value-weight', 'value', '--bootstrap', '50'],
  ['index', IDX, ...DIMS, '--bootstrap', '50', '--value-weight', 'value', '--by', 'wave', '--target', 'overall=60,Image=90'],
  ['index', IDX, ...DIMS, '--bootstrap', '0', '--value-weight', 'value', '--tiers', 'value'],
  ['index', IDX, ...DIMS, '--bootstrap', '0', '--weights', 'regression', '--outcome', 'overall'],
  ['index', IDX, '--items', 'q1..q6', '--scale-range', '1-5', '--bootstrap', '0', '--weights', 'factor'],
  ['ipa', TEL, '--items', 'att1..qual5', '--derived', 'regression', '--outcome', 'overall'],
  ['ipa', IDX, '--items', 'q1..q6', '--importance-prefix', 'imp_'],
  ['crosstab', 'fixtures/crosstab-explore.csv', '--rows', 'gender', '--cols', 'churn', '--cells', 'count,row', '--exact'],
  ['explore', 'fixtures/crosstab-explore.csv', '--vars', 'score', '--by', 'gender'],
  ['ttest', 'fixtures/groups-survey.csv', '--vars', 'sat,q1', '--by', 'gender'],
  ['ttest', 'fixtures/groups-survey.csv', '--pairs', 'pre=post', '--nonparametric'],
  ['ttest', 'fixtures/groups-survey.csv', '--vars', 'sat', '--test-value', '3'],
  ['anova', 'fixtures/groups-survey.csv', '--vars', 'sat', '--by', 'age', '--posthoc', 'tukey,lsd,snk'],
  ['anova', 'fixtures/groups-survey.csv', '--vars', 'sat', '--by', 'age', '--nonparametric'],
  ['cfa', 'fixtures/cfa/holzinger-swineford.csv', '--model', 'visual =~ x1 + x2 + x3; textual =~ x4 + x5 + x6; speed =~ x7 + x8 + x9'],
  ['sem', 'fixtures/cfa/sem-mediation.csv', '--model', 'X =~ a1 + a2 + a3; M =~ m1 + m2 + m3; M ~ X; y ~ X + M', '--bootstrap', '100', '--seed', '7'],
  ['reliability', TEL, '--items', 'att1..att4', '--explain'],
  ['factor', TEL, '--items', 'att1..qual5', '--explain'],
  ['regress', TEL, 'overall ~ att1 + att2 + qual1', '--explain'],
  ['corr', TEL, '--vars', 'att1,att2,overall', '--explain'],
  ['moments', 'fixtures/factor-survey.csv', '--items', 'q1..q4', '--weight', 'w'],
  ['factor', 'fixtures/summary/harman8.csv', '--items', '*', '--factors', '2'],
  ['reliability', 'fixtures/summary/teach4.csv', '--items', 'a..d'],
];

const schemas: Record<string, string> = buildSchemas();
const commands = buildProgram()
  .commands.map((c) => c.name())
  // schema prints schemas and sql prints a query: neither has a JSON result.
  .filter((c) => c !== 'schema' && c !== 'sql');

describe('the published JSON schemas', () => {
  it('are what the types give (node scripts/schemas.mjs regenerates them)', () => {
    for (const [command, text] of Object.entries(schemas)) {
      expect(readFileSync(`schemas/${command}.schema.json`, 'utf8'), `schemas/${command}.schema.json is stale`).toBe(text);
    }
  }, 120_000);

  it('cover every registered command, and each has fixture runs', () => {
    expect(Object.keys(schemas).sort()).toEqual([...commands].sort());
    for (const c of commands) expect(RUNS.some((r) => r[0] === c), `no run of ${c}`).toBe(true);
  });

  it('close the objects the types close', () => {
    const kmo = JSON.parse(schemas.kmo);
    expect(kmo.additionalProperties).toBe(false);
    expect(kmo.properties.results.additionalProperties).toBe(false);
    expect(kmo.definitions.KmoWorked.additionalProperties).toBe(false);
    expect(kmo.properties.schemaVersion).toMatchObject({ type: 'string', const: SCHEMA_VERSION });
  });
});

describe('every command output validates against its schema', () => {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  const validators = Object.fromEntries(Object.entries(schemas).map(([c, text]) => [c, ajv.compile(JSON.parse(text))]));
  it.each(RUNS.map((r) => [r.join(' '), r] as const))('csat %s -f json', (_, args) => {
    const r = csat([...args, '-f', 'json']);
    expect([0, 4]).toContain(r.code);
    const out = JSON.parse(r.stdout);
    expect(out.schemaVersion).toBe(SCHEMA_VERSION);
    const validate = validators[out.command];
    const ok = validate(out);
    expect(ok ? [] : validate.errors?.slice(0, 5)).toEqual([]);
  });

  it('a member the types do not declare fails', () => {
    const out = JSON.parse(csat(['kmo', TEL, '--items', 'att1..qual5', '-f', 'json']).stdout);
    expect(validators.kmo(out)).toBe(true);
    expect(validators.kmo({ ...out, results: { ...out.results, extra: 1 } })).toBe(false);
    expect(validators.kmo({ ...out, extra: 1 })).toBe(false);
  });
});
