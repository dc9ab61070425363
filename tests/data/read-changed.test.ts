/** A file that grows or shrinks while it is read is an InputError (exit 3), not half an analysis. */
import { describe, expect, it } from 'vitest';
import { checkUnchanged } from '../../src/data/read.js';
import { InputError } from '../../src/errors.js';

describe('checkUnchanged', () => {
  const at = (size: number, mtimeMs = 1000) => ({ size, mtimeMs });
  it('passes a file read whole and left alone', () => {
    expect(() => checkUnchanged('a.csv', at(10), 10, at(10))).not.toThrow();
  });
  it('names the file and both sizes when it grew, shrank or was rewritten', () => {
    const cases: [number, { size: number; mtimeMs: number }, string][] = [
      [10, at(25, 2000), 'a.csv changed while csat read it (10 bytes when opened, 25 after)'],
      [4, at(4, 2000), 'a.csv changed while csat read it (10 bytes when opened, 4 after)'],
      [10, at(10, 2000), 'a.csv changed while csat read it (10 bytes when opened, 10 after)'],
    ];
    for (const [read, after, text] of cases) {
      let err: unknown;
      try {
        checkUnchanged('a.csv', at(10), read, after);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).exitCode).toBe(3);
      expect((err as Error).message).toContain(text);
    }
  });
});
