import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { csat } from './helpers/cli.js';

// The README's examples must stay true: every `$ csat ...` line that uses a bundled fixture runs
// and succeeds, unless the README shows it failing: then the next line is the error, 'csat: ...',
// and that is exactly what it prints. (Lines about the reader's own survey.csv are illustrations
// and are not run.)
const readme = readFileSync('README.md', 'utf8').replace(/\\\n\s*/g, '').split('\n');
const examples = readme.flatMap((l, i) =>
  l.startsWith('$ csat ') && l.includes('fixtures/') ? [{ line: l.slice('$ csat '.length), error: readme[i + 1]?.startsWith('csat: ') ? readme[i + 1] : null }] : [],
);
// The examples run in a scratch folder that sees the fixtures, so the files they write (-o scores.csv)
// land there and not in the checkout.
const cwd = mkdtempSync(join(tmpdir(), 'csat-readme-'));
symlinkSync(resolve('fixtures'), join(cwd, 'fixtures'));

const commands = examples.filter((e) => e.error === null).map((e) => e.line);

/**
 * Output the README shows for an example: a ``` block that follows the example's own ```sh block
 * with only blank lines between. It may be abridged, so each of its lines must appear in the real
 * output, in the same order.
 */
const shown = readme.flatMap((l, i) => {
  if (!l.startsWith('$ csat ') || !l.includes('fixtures/') || readme[i + 1] !== '```') return [];
  let k = i + 2;
  while (readme[k]?.trim() === '') k++;
  if (readme[k] !== '```') return [];
  const end = readme.indexOf('```', k + 1);
  return [[l.slice('$ csat '.length), readme.slice(k + 1, end)] as [string, string[]]];
});
// The analyze excerpt follows prose that names its option rather than an example line.
const excerpt = readme.findIndex((l) => l.startsWith("From the bank survey's output (`--no-frequencies`"));
if (excerpt >= 0 && readme[excerpt + 2] === '```') {
  shown.push(['analyze fixtures/bank-survey.csv --study fixtures/bank-survey.yml --no-frequencies', readme.slice(excerpt + 3, readme.indexOf('```', excerpt + 3))]);
}
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
    const r = csat(words(line), { cwd });
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });
  it('shows the output of the single-command examples', () => {
    expect(shown.length).toBeGreaterThanOrEqual(9);
  });
  it.each(shown)('csat %s prints what the README shows, line for line', (line, expected) => {
    const actual = csat(words(line), { cwd }).stdout.split('\n');
    let at = 0;
    // '...' marks where the README leaves lines out.
    for (const want of expected.filter((x) => x.trim() !== '' && x !== '...')) {
      const found = actual.indexOf(want, at);
      expect(found, `README line not in the output (or out of order): ${want}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
  it.each(failing)('csat %s fails with the line shown', (line, error) => {
    const r = csat(words(line), { env: { LANG: 'C' }, cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${error}\n`);
    expect(r.stdout).toBe('');
  });
});
