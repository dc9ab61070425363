import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, terminalText } from '../../src/i18n/sanitize.js';
import { msg, say } from '../../src/i18n/index.js';

describe('terminalText', () => {
  it('removes escape sequences and shows other control characters', () => {
    expect(terminalText('a\x1b[2Jb\x1b]0;PWNED\x07c')).toBe('abc');
    expect(terminalText('x\x07y\x00z\x9b31m')).toBe('x\\x07y\\x00z');
    expect(terminalText('two\nlines')).toBe('two\\nlines');
    expect(terminalText('two\nlines', { multiline: true })).toBe('two\nlines');
  });
  it('leaves no control character in any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('\x1b', '[', ']', '\x07', '\n', '\r', '\x9b', '\x9d', ';', '0', 'm'), fc.string({ maxLength: 1 })) }), (s) => {
        expect(/[\x00-\x1f\x7f-\x9f]/.test(terminalText(s))).toBe(false);
        expect(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/.test(terminalText(s, { multiline: true }))).toBe(false);
      }),
    );
  });
});

describe('clip', () => {
  it('cuts long user text in messages', () => {
    const huge = 'x'.repeat(50_000);
    expect(clip(huge).length).toBeLessThan(260);
    expect(say(msg('data.read.badDelimiter', { value: huge }), 'en').length).toBeLessThan(400);
  });
});
