import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';

const base = ['factor', 'fixtures/factor-survey.csv', '--items', 'q1..q12'];

describe('numeric options have bounds: out of range is a usage error naming the range', () => {
  it.each([
    [['--parallel', '--replicates', '1e8'], "csat: --replicates must be a whole number from 10 to 100000, not '1e8'\n"],
    [['--iterate', '1000000'], "csat: --iterate must be a whole number from 1 to 10000, not '1000000'\n"],
    [['--econverge', '5'], "csat: --econverge must be a number above 0 and at most 1, not '5'\n"],
    [['--parallel', '--seed', '1e12'], "csat: --seed must be a whole number from 0 to 4294967295, not '1e12'\n"],
  ])('%j', (args, stderr) => {
    const r = csat([...base, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(stderr);
  });
});

describe('the bound table covers every command (src/commands/bounds.ts)', () => {
  it.each([
    [['index', 'fixtures/index-survey.csv', '--items', 'q1..q6', '--bootstrap', '1e9'], "csat: --bootstrap must be a whole number from 0 to 100000, not '1e9'\n"],
    [['index', 'fixtures/index-survey.csv', '--items', 'q1..q6', '--seed', 'x'], "csat: --seed must be a whole number from 0 to 4294967295, not 'x'\n"],
    [['regress', 'fixtures/regression.csv', '--outcome', 'y', '--iv', 'x2', '--pin', '2'], "csat: --pin must be a number above 0 and below 1, not '2'\n"],
    [['analyze', 'fixtures/survey-en.csv', '--distributed', '1e12'], "csat: --distributed must be a whole number from 1 to 1000000000, not '1e12'\n"],
    [[...base, '--kappa', '1000'], "csat: --kappa must be a number from 1 to 100, not '1000'\n"],
    [[...base, '--factors', '1e7'], "csat: --factors must be a whole number from 1 to 1000000, not '1e7'\n"],
    [['describe', 'fixtures/survey-en.csv', '--max-input-bytes', '1e12'], "csat: --max-input-bytes must be a whole number from 1 to 2147483648, not '1e12'\n"],
    [['describe', 'fixtures/survey-en.csv', '--max-cell-bytes', ''], "csat: --max-cell-bytes must be a whole number from 1 to 536870912, not ''\n"],
  ])('%j', (args, stderr) => {
    const r = csat(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(stderr);
  });
  it('reads the same range in Chinese', () => {
    expect(csat([...base, '--iterate', '0', '--lang', 'zh']).stderr).toBe("csat: --iterate 必须是1 到 10000 之间的整数，而不是 '0'\n");
  });
});
