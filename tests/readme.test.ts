import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csat } from './helpers/cli.js';

// The README's examples must stay true: every `$ csat ...` line that uses a bundled fixture runs
// and succeeds. (Lines about the reader's own survey.csv are illustrations and are not run.)
const readme = readFileSync('README.md', 'utf8');
const commands = readme
  .replace(/\\\n\s*/g, '')
  .split('\n')
  .filter((l) => l.startsWith('$ csat ') && l.includes('fixtures/'))
  .map((l) => l.slice('$ csat '.length));

/** Split a shell line into words, honouring double quotes. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

describe('README examples', () => {
  it('has examples to check', () => {
    expect(commands.length).toBeGreaterThan(8);
  });
  it.each(commands)('csat %s', (line) => {
    const r = csat(words(line));
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });
});
