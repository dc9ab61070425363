/**
 * Every failure csat reports to a user is one of these. The CLI prints `message` as one line on
 * stderr and exits with `exitCode`; a stack trace appears only with --debug.
 */
export class CsatError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
    this.name = new.target.name;
  }
}

/** Exit 1: the input was read, but the analysis is impossible on this data (explained). */
export class AnalysisError extends CsatError {
  constructor(message: string) {
    super(message, 1);
  }
}

/** Exit 2: the command line (or a study/scale file's options) is wrong. */
export class UsageError extends CsatError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** Exit 3: the input file cannot be read or decoded, or a cell cannot be understood. */
export class InputError extends CsatError {
  constructor(message: string) {
    super(message, 3);
  }
}

/** Exit codes, named once so commands and tests agree. */
export const EXIT = { ok: 0, analysis: 1, usage: 2, input: 3, threshold: 4 } as const;
