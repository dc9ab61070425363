import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelEntries } from '../../src/i18n/index.js';

// Issue 2: every title, column, footnote and message goes through the label catalog in English
// and Chinese. These checks read the source, so a new English-only message fails here.

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const sources = files('src').map((f) => ({ f, s: readFileSync(f, 'utf8') }));

/** Where `pattern` is followed by a string or template literal (a sentence written in place). */
function literalsAfter(pattern: RegExp): string[] {
  return sources.flatMap(({ f, s }) =>
    [...s.matchAll(pattern)].filter((m) => /^\s*[`'"]/.test(s.slice((m.index as number) + m[0].length))).map((m) => `${f}:${s.slice(0, m.index).split('\n').length}`),
  );
}

describe('the label catalog covers every message', () => {
  it('no error is built from an English literal: each takes msg(key, ...) (or passes on another error)', () => {
    expect(literalsAfter(/new (?:Analysis|Usage|Input|Csat)Error\(/g)).toEqual([]);
  });
  it('no warning is pushed as an English literal: each is warning(msg(key, ...))', () => {
    expect(literalsAfter(/\bwarnings?\.push\(/g)).toEqual([]);
  });
  it('every label in every labels module has a Chinese text, translated wherever the English has words', () => {
    const entries = labelEntries();
    expect(entries.length).toBeGreaterThan(300);
    const words = (s: string) => s.replace(/\{\w+\}|--?[\w-]+|'[^']*'|\b[A-Z]{2,}\b|https?:\S+/g, '').match(/[A-Za-z]{3,}/g) ?? [];
    // Kept as they are in SPSS's Chinese edition and in Chinese papers: the symbol Beta, and
    // verdict lines that are a number, a translated word (a var) and an author's name; Phi in
    // CROSSTABS' Symmetric Measures.
    const keptAsIs = new Set(['analyze.beta', 'regress.beta', 'kmo.verdict', 'reliability.verdict', 'crosstab.phi']);
    const untranslated = entries
      .filter(([k, l]) => l.zh.trim() === '' || (!keptAsIs.has(k) && words(l.en).length > 0 && !/[\u3400-\u9fff]/.test(l.zh)))
      .map(([k]) => k);
    expect(untranslated).toEqual([]);
  });
});
