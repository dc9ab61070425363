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
