import { expect } from 'vitest';
import { csat } from './cli.js';

/** One message checked end to end: [what, arguments, standard input, exit code, English line, Chinese line]. */
export type MessageCase = [string, string[], string | undefined, number, string, string];

/** The built CLI prints `csat: <line>` alone on stderr, in English and with --lang zh in Chinese, with the same exit code. */
export function expectMessageInBothLanguages(args: string[], input: string | undefined, code: number, en: string, zh: string): void {
  for (const [lang, line] of [
    ['en', en],
    ['zh', zh],
  ]) {
    const r = csat([...args, '--lang', lang], { input });
    expect(r.code, lang).toBe(code);
    expect(r.stderr).toBe(`csat: ${line}\n`);
  }
}
