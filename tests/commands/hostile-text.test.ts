import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';

const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

describe('user text printed to a terminal or stream is sanitised', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csat-hostile-'));
  const file = join(dir, 'e.csv');
  writeFileSync(file, '\x1b[2J\x1b]0;PWNED\x07q,b,b\n"\x1b[31mred",2,1\n3,4,2\n4,5,1\n');

  it('errors, "closest:" suggestions and the duplicate-name warning carry no control character', () => {
    for (const args of [['describe', file, '--vars', 'zzz'], ['describe', file, '--vars', 'q'], ['describe', file, '--vars', 'b']]) {
      const r = csat(args);
      expect(r.stderr).not.toMatch(CONTROL);
      expect(r.stdout).not.toMatch(CONTROL);
      expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(3);
    }
  });

  it('text and markdown reports carry no escape sequence', () => {
    for (const f of ['text', 'markdown']) {
      const r = csat(['describe', file, '-f', f, '--lenient']);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(CONTROL);
    }
  });

  // CSV and HTML printed ESC sequences raw (a CSV report on stdout cleared the screen), HTML took
  // the data file's name raw into <title>, and an item so named made the IPA plot's SVG not
  // well-formed XML. Line ends (CRLF in CSV) and tabs are the only controls left.
  it('csv and html reports, and SVG charts, carry no escape sequence, the file name included', () => {
    const named = join(dir, '\x1b]0;PWNED\x07.csv');
    writeFileSync(named, '\x1b[2J\x1b]0;PWNED\x07q,b,c\n1,2,1\n3,4,2\n4,5,1\n2,2,2\n5,1,4\n');
    const LINE_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
    for (const f of ['csv', 'html']) {
      const r = csat(['describe', named, '-f', f]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(LINE_CONTROL);
      expect(r.stdout).toContain('q');
    }
    const svg = join(dir, 'ipa.svg');
    const r = csat(['ipa', named, '--items', '#1,#2', '--derived', 'correlation', '--outcome', '#3', '--plot', svg]);
    expect(r.code).toBe(0);
    const text = readFileSync(svg, 'utf8');
    expect(text).not.toMatch(LINE_CONTROL);
    expect(text).toMatch(/>(\[2J)?q: /);
  });

  it("--delimiter $'\\n' gives a one-line message", () => {
    const r = csat(['describe', file, '--delimiter', '\n']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an unparseable huge cell is not echoed whole', () => {
    const big = join(dir, 'big.csv');
    writeFileSync(big, `q\n${'x'.repeat(1_000_000)}\n1\n`);
    const r = csat(['describe', big, '--vars', 'q']);
    expect(r.code).toBe(3);
    expect(r.stderr.length).toBeLessThan(1000);
  });
});
