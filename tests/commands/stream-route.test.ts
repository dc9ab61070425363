/**
 * Large files take the streaming reader (src/data/stream.ts) in csat moments, kmo, factor and
 * listwise reliability: the same output as the whole-file reader. CSAT_STREAM_MIN_BYTES=0 streams
 * the small fixtures; text output is byte-identical, JSON numbers agree at 1e-12.
 */
import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';

const STREAM = { CSAT_STREAM_MIN_BYTES: '0' };
const WHOLE = { CSAT_STREAM_MIN_BYTES: '1e15' };

function close(a: unknown, b: unknown, at = ''): void {
  if (typeof b === 'number') expect(Math.abs((a as number) - b), at).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
  else if (b !== null && typeof b === 'object') for (const [k, v] of Object.entries(b)) close((a as Record<string, unknown>)[k], v, `${at}.${k}`);
  else expect(a, at).toEqual(b);
}

describe('streamed and whole-file reading give the same output', () => {
  const runs: string[][] = [
    ['kmo', 'fixtures/factor-survey.csv', '--items', 'q1..q12', '--anti-image'],
    ['factor', 'fixtures/factor-survey.csv', '--items', 'q1..q12', '--weight', 'w'],
    ['reliability', 'fixtures/factor-survey.csv', '--scale', 'A=q1..q4', '--scale', 'B=q5..q8'],
    ['reliability', 'fixtures/bank-survey.csv', '--items', 'Q1..Q12', '--encoding', 'gbk'],
    ['moments', 'fixtures/factor-survey.csv', '--items', 'q1..q12', '--weight', 'w'],
  ];
  for (const args of runs) {
    it(args.join(' '), () => {
      const json = args[0] === 'moments' ? [] : ['-f', 'json'];
      const s = csat([...args, ...json], { env: STREAM });
      const w = csat([...args, ...json], { env: WHOLE });
      expect(s.code).toBe(w.code);
      expect(s.stderr).toBe(w.stderr);
      close(JSON.parse(s.stdout), JSON.parse(w.stdout));
      if (args[0] !== 'moments') expect(csat(args, { env: STREAM }).stdout).toBe(csat(args, { env: WHOLE }).stdout);
    });
  }
  it('errors stay the whole-file reader\'s: an unknown column (exit 2), a ragged row (exit 3)', () => {
    for (const args of [['kmo', 'fixtures/factor-survey.csv', '--items', 'nope'], ['moments', 'fixtures/edge/ragged.csv', '--items', '*']]) {
      const s = csat(args, { env: STREAM });
      const w = csat(args, { env: WHOLE });
      expect([s.code, s.stderr]).toEqual([w.code, w.stderr]);
      expect(s.code).toBeGreaterThan(1);
    }
  });
});
