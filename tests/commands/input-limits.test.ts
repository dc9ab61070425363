import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';

describe('input limits', () => {
  it('an endless device is read only up to --max-input-bytes, with a clear error', () => {
    const r = csat(['describe', '/dev/zero', '--max-input-bytes', '1000000']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('csat: /dev/zero is not a regular file and gave more than 1000000 bytes; csat stopped reading it\n');
  });
  it('standard input too', () => {
    const r = csat(['describe', '-', '--max-input-bytes', '10'], { input: 'a,b\n1,2\n3,4\n' });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('standard input is not a regular file and gave more than 10 bytes');
    expect(csat(['describe', '-', '--max-input-bytes', '0'], { input: 'a\n1\n' }).code).toBe(2);
  });
});
