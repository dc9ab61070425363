import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csat } from '../helpers/cli.js';

describe('csat schema', () => {
  it('prints the published schema of a command, by name or alias', () => {
    const r = csat(['schema', 'reliability']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync('schemas/reliability.schema.json', 'utf8'));
    expect(csat(['schema', 'alpha']).stdout).toBe(r.stdout);
    expect(JSON.parse(r.stdout).properties.command.const).toBe('reliability');
  });
  it('lists the commands that have one', () => {
    const r = csat(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toContain('regress');
    expect(r.stdout.split('\n')).not.toContain('schema');
  });
  it('writes to -o', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'csat-schema-')), 'kmo.json');
    expect(csat(['schema', 'kmo', '-o', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync('schemas/kmo.schema.json', 'utf8'));
  });
  it('names the commands it knows when asked for another, in both languages', () => {
    const r = csat(['schema', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^csat: no JSON schema for 'nope'; csat schema has one for analyze, .*reliability, score, sem, ttest\n$/);
    expect(csat(['schema', 'nope', '--lang', 'zh']).stderr).toMatch(/^csat: 'nope' 没有 JSON 模式/);
  });
});
