import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';

// One name for one idea (issue 16): each old spelling gives the same results as the new one, and
// says so in a warning naming the new one, on stderr and in the JSON.
const T = 'fixtures/telephone-survey.csv';
const I = 'fixtures/index-survey.csv';

const cases: { name: string; old: string[]; now: string[]; oldFlag: string; newFlag: string }[] = [
  {
    name: 'regress --dv',
    old: ['regress', T, '--dv', 'overall', '--iv', 'att1,att2'],
    now: ['regress', T, '--outcome', 'overall', '--iv', 'att1,att2'],
    oldFlag: '--dv',
    newFlag: '--outcome',
  },
  {
    name: 'ipa --overall',
    old: ['ipa', T, '--items', 'att1..qual5', '--derived', 'regression', '--overall', 'overall'],
    now: ['ipa', T, '--items', 'att1..qual5', '--derived', 'regression', '--outcome', 'overall'],
    oldFlag: '--overall',
    newFlag: '--outcome',
  },
  {
    name: 'index --overall',
    old: ['index', I, '--items', 'q1..q6', '--scale-range', '1-5', '--weights', 'correlation', '--overall', 'overall', '--bootstrap', '0'],
    now: ['index', I, '--items', 'q1..q6', '--scale-range', '1-5', '--weights', 'correlation', '--outcome', 'overall', '--bootstrap', '0'],
    oldFlag: '--overall',
    newFlag: '--outcome',
  },
  { name: 'describe --items', old: ['describe', T, '--items', 'att1,att2'], now: ['describe', T, '--vars', 'att1,att2'], oldFlag: '--items', newFlag: '--vars' },
  { name: 'corr --items', old: ['corr', T, '--items', 'att1,att2'], now: ['corr', T, '--vars', 'att1,att2'], oldFlag: '--items', newFlag: '--vars' },
];

describe('old option spellings keep working for one minor version, with a warning', () => {
  it.each(cases)('$name: the same results as $newFlag, and a warning naming it', ({ old, now, oldFlag, newFlag }) => {
    const a = csat([...old, '-f', 'json']);
    const b = csat([...now, '-f', 'json']);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const ja = JSON.parse(a.stdout);
    const jb = JSON.parse(b.stdout);
    expect(ja.results).toEqual(jb.results);
    const warning = `${oldFlag} is deprecated and will be removed in the next minor version: use ${newFlag}`;
    expect(ja.warnings).toContain(warning);
    expect(jb.warnings).not.toContain(warning);
    const text = csat(old);
    expect(text.code).toBe(0);
    expect(text.stderr).toContain(`csat: warning: ${warning}\n`);
    expect(csat(now).stderr).not.toContain('deprecated');
    const zh = csat([...old, '--lang', 'zh']);
    expect(zh.stderr).toContain(`${oldFlag} 已弃用，将在下一个次版本中移除：请使用 ${newFlag}`);
  });

  it.each(cases)('$name: giving the old and the new spelling together is a usage error', ({ old, oldFlag, newFlag }) => {
    const r = csat([...old, newFlag, old[old.indexOf(oldFlag) + 1]]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`csat: ${oldFlag} is the old spelling of ${newFlag}: give only ${newFlag}\n`);
  });

  it('the old spellings are hidden from --help, the new ones shown', () => {
    const help = csat(['regress', '--help']).stdout;
    expect(help).toContain('--outcome <column>');
    expect(help).not.toContain('--dv');
  });

  it('JSON keys: regress and ipa name the outcome `outcome`, with the old keys repeating it until 0.3', () => {
    const r = JSON.parse(csat(['regress', T, '--outcome', 'overall', '--iv', 'att1', '-f', 'json']).stdout).results;
    expect(r.outcome).toBe('overall');
    expect(r.dependent).toBe(r.outcome);
    const p = JSON.parse(csat(['ipa', T, '--items', 'att1..qual5', '--derived', 'correlation', '--outcome', 'overall', '-f', 'json']).stdout).results;
    expect(p.outcome).toBe('overall');
    expect(p.overall).toBe(p.outcome);
  });
});
