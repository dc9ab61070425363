/**
 * Where a rendered report goes: standard output, or with -o a file that appears whole or not at
 * all (written to a temporary file in the same folder, flushed, then renamed over the target)
 * and is never one of the inputs (compared by real path and by file identity, so symbolic and
 * hard links to an input are refused too).
 */
import { randomBytes } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';

export interface OutputOptions {
  /** -o FILE; undefined or '-' means standard output. */
  output?: string;
  /** The files the command read ('-' for standard input is ignored). */
  inputs: string[];
}

export async function writeOutput(content: string, opts: OutputOptions): Promise<void> {
  if (opts.output === undefined || opts.output === '-') return writeStdout(content);
  const target = await resolveTarget(opts.output);
  const existing = await statOrNull(target);
  if (existing?.isDirectory()) throw new UsageError(msg('data.output.isFolder', { output: opts.output }));
  await refuseInputs(opts.output, opts.inputs);

  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new UsageError(msg('data.output.failed', { output: opts.output, reason }));
  }
}

/** The real path the output will take: a symbolic link is followed, the folder must exist. */
async function resolveTarget(output: string): Promise<string> {
  const abs = path.resolve(output);
  try {
    return await fs.realpath(abs);
  } catch {
    const dir = path.dirname(abs);
    try {
      return path.join(await fs.realpath(dir), path.basename(abs));
    } catch {
      throw new UsageError(msg('data.output.noFolder', { output, dir }));
    }
  }
}

async function refuseInputs(output: string, inputs: string[]): Promise<void> {
  for (const input of inputs) {
    if (input !== '-' && (await sameFile(input, output))) throw new UsageError(msg('data.output.isInput', { output, input }));
  }
}

/** Where a path points: the real path (links followed), else the real folder and the name. */
async function realPath(file: string): Promise<string> {
  const abs = path.resolve(file);
  try {
    return await fs.realpath(abs);
  } catch {
    return path.join(await fs.realpath(path.dirname(abs)).catch(() => path.dirname(abs)), path.basename(abs));
  }
}

/**
 * Whether two paths name one file: the same real path, or one file under two names (hard links).
 * Commands that write side files (saved scores, residuals) check them against -o with it.
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all([realPath(a), realPath(b)]);
  if (ra === rb) return true;
  const [sa, sb] = await Promise.all([statOrNull(ra), statOrNull(rb)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

async function statOrNull(p: string): Promise<Stats | null> {
  return fs.stat(p).catch(() => null);
}

/** Write to stdout and wait until it is flushed; a closed pipe (`| head`) is not an error. */
function writeStdout(content: string): Promise<void> {
  ignoreClosedPipe();
  return new Promise((resolve, reject) => {
    process.stdout.write(content, (err) => {
      if (err && (err as NodeJS.ErrnoException).code !== 'EPIPE') reject(err);
      else resolve();
    });
  });
}

/**
 * A reader that stops early (`csat ... | head`) closes the pipe: the rest of the output is not
 * wanted, which is no error. Without a listener Node raises the stream's EPIPE as an uncaught
 * exception with a stack trace.
 */
export function ignoreClosedPipe(): void {
  if (process.stdout.listenerCount('error') > 0) return;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
}

/** Colour only for a terminal, never into a file, and not when NO_COLOR is set (no-color.org). */
export function colorWanted(opts: { output?: string; isTTY?: boolean; env?: NodeJS.ProcessEnv } = {}): boolean {
  const env = opts.env ?? process.env;
  const tty = opts.isTTY ?? process.stdout.isTTY === true;
  const toFile = opts.output !== undefined && opts.output !== '-';
  return tty && !toFile && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}
