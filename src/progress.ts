/**
 * A one-line note on standard error while a run takes long ("csat: reading survey.xlsx (2.1 s)"),
 * so that a researcher with a large export sees that csat is working. Shown only on a terminal,
 * and only once the run has lasted PROGRESS_DELAY_MS: a pipe, a file, CI, a dumb terminal,
 * `-f json` and `--no-progress` get nothing, and a quick run never flickers.
 *
 * csat's reading and arithmetic are synchronous, so a timer alone would not fire until they end:
 * the readers and analyses call `progressStep` between their stages, and that call draws the line
 * itself once the delay has passed (a timer still draws it while a file is read asynchronously).
 * The drawing is yocto-spinner's: it clears the line before anything else csat writes to the
 * terminal (a warning mid-run), hides the cursor and gives it back on Ctrl-C.
 *
 * Floor 0 (beside errors.ts): every layer may report a stage; none depends on it being shown.
 */
import type { Writable } from 'node:stream';
import yoctoSpinner, { type Spinner } from 'yocto-spinner';
import { say, type Lang, type MessageRef } from './i18n/index.js';

/** A run shorter than this shows no progress at all. */
export const PROGRESS_DELAY_MS = 1000;

/** What progress is drawn on: standard error, or a stand-in in tests. */
export type ProgressStream = Writable & { isTTY?: boolean };

/**
 * Whether a run may show progress: standard error is a terminal, not a dumb one, CI is not set,
 * the output is not JSON (a machine reads it) and --no-progress was not given.
 */
export function progressWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, opts: { format?: string; progress?: boolean }): boolean {
  return stream.isTTY === true && !('CI' in env) && env.TERM !== 'dumb' && opts.format !== 'json' && opts.progress !== false;
}

export interface ProgressOptions {
  lang: Lang;
  /** Milliseconds since the run began (default: since the process started). */
  now?: () => number;
  delayMs?: number;
}

/** The progress line of one run: the current stage, shown once the run has lasted the delay. */
export class Progress {
  private spinner: Spinner | null = null;
  private text = '';
  private timer: NodeJS.Timeout | null = null;
  private readonly now: () => number;
  private readonly delay: number;

  constructor(
    private readonly stream: ProgressStream,
    private readonly opts: ProgressOptions,
  ) {
    this.now = opts.now ?? (() => performance.now());
    this.delay = opts.delayMs ?? PROGRESS_DELAY_MS;
    const wait = this.delay - this.now();
    // While a file is read asynchronously the event loop is free and this draws the line;
    // unref'd, so a run that ends without end() still exits.
    if (wait > 0) {
      this.timer = setTimeout(() => this.draw(), wait);
      this.timer.unref();
    }
  }

  /** The run has reached `stage`: shown now if the run has lasted the delay. */
  step(stage: MessageRef): void {
    this.text = say(stage, this.opts.lang);
    if (this.now() >= this.delay) this.draw();
  }

  /** The line as shown: the stage and the seconds so far. */
  line(): string {
    return `csat: ${this.text} (${(this.now() / 1000).toFixed(1)} s)`;
  }

  /** Whether the line is on the terminal now. */
  get shown(): boolean {
    return this.spinner !== null;
  }

  private draw(): void {
    if (this.text === '') return;
    if (this.spinner) this.spinner.text = this.line();
    else this.spinner = yoctoSpinner({ stream: this.stream, text: this.line() }).start();
  }

  /** Take the line off the terminal (before the results are written, and at the end of the run). */
  end(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.spinner?.stop();
    this.spinner = null;
  }
}

let current: Progress | null = null;

/** Begin the run's progress on `stream` (the CLI calls this once it knows the options). */
export function beginProgress(stream: ProgressStream, opts: ProgressOptions): Progress {
  current?.end();
  current = new Progress(stream, opts);
  return current;
}

/** Report a stage of the run; nothing happens when no progress was begun (pipes, tests, library use). */
export function progressStep(stage: MessageRef): void {
  current?.step(stage);
}

/** End the run's progress, clearing its line; safe to call when none was begun. */
export function endProgress(): void {
  current?.end();
  current = null;
}
