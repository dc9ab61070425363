import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csat } from './helpers/cli.js';

// The README's examples must stay true: every `$ csat ...` line that uses a bundled fixture runs
// and succeeds, unless the README shows it failing: then the next line is the error, 'csat: ...',
// and that is exactly what it prints. (Lines about the reader's own survey.csv are illustrations
// and are not run.)
const readme = readFileSync('README.md', 'utf8').replace(/\\\n\s*/g, '').split('\n');
const examples = readme.flatMap((l, i) =>
  l.startsWith('$ csat ') && l.includes('fixtures/') ? [{ line: l.slice('$ csat '.length), error: readme[i + 1]?.startsWith('csat: ') ? readme[i + 1] : null }] : [],
);
const commands = examples.filter((e) => e.error === null).map((e) => e.line);
const failing = examples.filter((e) => e.error !== null).map((e) => [e.line, e.error as string]);

/** Split a shell line into words, honouring double quotes. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

describe('README examples', () => {
  it('has examples to check', () => {
    expect(commands.length).toBeGreaterThan(8);
    expect(failing.length).toBeGreaterThan(0);
  });
  it.each(commands)('csat %s', (line) => {
    const r = csat(words(line));
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });
  it.each(failing)('csat %s fails with the line shown', (line, error) => {
    const r = csat(words(line), { env: { LANG: 'C' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${error}\n`);
    expect(r.stdout).toBe('');
  });
});
