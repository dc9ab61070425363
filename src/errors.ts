import { type MessageRef, say } from './i18n/index.js';
import { clip, terminalText } from './i18n/sanitize.js';
// The data layer's messages, registered before any error can be built from them.

/**
 * Every failure csat reports to a user is one of these. The CLI prints `message` as one line on
 * stderr and exits with `exitCode`; a stack trace appears only with --debug.
 */
export class CsatError extends Error {
  /**
   * The catalog message behind `message` (English), so the CLI can print it under --lang zh.
   * Not enumerable: two errors with the same class and message still compare equal.
   */
  declare readonly label?: MessageRef;
  constructor(message: string | MessageRef, readonly exitCode: number) {
    super(typeof message === 'string' ? message : say(message, 'en'));
    if (typeof message !== 'string') Object.defineProperty(this, 'label', { value: message, enumerable: false });
    this.name = new.target.name;
  }
}

/** Exit 1: the input was read, but the analysis is impossible on this data (explained). */
export class AnalysisError extends CsatError {
  constructor(message: string | MessageRef) {
    super(message, 1);
  }
}

/** Exit 2: the command line (or a study/scale file's options) is wrong. */
export class UsageError extends CsatError {
  constructor(message: string | MessageRef) {
    super(message, 2);
  }
}

/** Exit 3: the input file cannot be read or decoded, or a cell cannot be understood. */
export class InputError extends CsatError {
  constructor(message: string | MessageRef) {
    super(message, 3);
  }
}

/** Exit codes, named once so commands and tests agree. */
export const EXIT = { ok: 0, analysis: 1, usage: 2, input: 3, threshold: 4 } as const;

/**
 * Print one `csat: ...` line on stderr: every message, warning and suggestion goes through here,
 * sanitised (no escape sequence or control character reaches the terminal, no second line) and
 * clipped, since it may quote cells and column names.
 */
export function printLine(text: string): void {
  process.stderr.write(`csat: ${clip(terminalText(text), 4000)}\n`);
}
