/**
 * Where a rendered report goes: standard output, or with -o a file. Every file a run writes (-o,
 * --plot, --save-scores, ...) is one output of the run's transaction:
 * - checked up front (checkOutputs): an empty name, a trailing slash, a folder, a missing
 *   folder, a name longer than the file system allows, a read-only file (refused as a shell `>`
 *   would refuse it) and the same file named twice are usage errors before any work is done;
 * - written to a temporary file (a short name of its own, so a 255-byte target name still
 *   works) in the target's folder, flushed, and renamed over the target only when the run
 *   succeeds (commitOutputs); a failed run (abortOutputs) or SIGINT/SIGTERM/SIGHUP removes the
 *   temporary files, so nothing is left behind and an existing target stays as it was;
 * - a device, FIFO or socket (/dev/null, /dev/stdout, /proc/self/fd/1) is written to directly
 *   as a stream, never replaced by a regular file;
 * - never one of the inputs (compared by real path and by file identity, so symbolic and hard
 *   links to an input are refused too).
 * Without an open transaction (a library caller), writeOutput renames at once.
 */
import { randomBytes } from 'node:crypto';
import { constants, promises as fs, realpathSync, rmSync, statSync, accessSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { msg, type MessageRef } from '../i18n/index.js';
import { holdTemporary } from '../data/temporary.js';

export interface OutputOptions {
  /** -o FILE; undefined or '-' means standard output. */
  output?: string;
  /** The files the command read ('-' for standard input is ignored). */
  inputs: string[];
  /** The option that named the file, for messages (default -o). */
  option?: string;
}

/** Longest file name (bytes) most file systems take (NAME_MAX). */
const NAME_MAX = 255;

/** Why a path cannot be written, or null; the checks a run makes before any work. */
function outputProblem(option: string, file: string): MessageRef | null {
  if (file === '') return msg('data.output.empty', { option });
  const stat = statOrNullSync(file);
  if (stat?.isDirectory()) return msg('data.output.isFolder', { output: file });
  if (/[\/]$/.test(file)) return msg('data.output.trailingSlash', { output: file });
  if (Buffer.byteLength(path.basename(file)) > NAME_MAX) return msg('data.output.tooLong', { output: path.basename(file).slice(0, 40), max: NAME_MAX });
  const dir = path.dirname(path.resolve(file));
  if (!statOrNullSync(dir)?.isDirectory()) return msg('data.output.noFolder', { output: file, dir });
  if (stat?.isFile()) {
    try {
      accessSync(file, constants.W_OK);
    } catch {
      return msg('data.output.readOnly', { output: file });
    }
  }
  return null;
}

/**
 * Check every output of a run before any work: each must be writable (outputProblem) and no
 * file may be named twice. Standard output ('-' or absent) is skipped here.
 */
export function checkOutputs(outputs: { option: string; file: string | undefined }[]): void {
  const files = outputs.filter((o): o is { option: string; file: string } => o.file !== undefined && o.file !== '-');
  for (const o of files) {
    const problem = outputProblem(o.option, o.file);
    if (problem) throw new UsageError(problem);
  }
  for (let i = 0; i < files.length; i++) {
    for (let j = 0; j < i; j++) {
      if (sameFileSync(files[i].file, files[j].file)) {
        throw new UsageError(msg('data.output.twice', { a: files[j].option, b: files[i].option, file: files[i].file }));
      }
    }
  }
}

interface Staged {
  temp: string;
  target: string;
  /** Removes the temporary file; until called, an exit or a signal removes it (data/temporary.ts). */
  release: () => void;
}

/** The open transaction of a CLI run: temporary files waiting for their rename. */
let run: { staged: Staged[]; targets: string[] } | null = null;

function removeTempsSync(): void {
  for (const s of run?.staged ?? []) s.release();
}

/** Open the run's transaction (the CLI does, once per run). */
export function beginOutputs(): void {
  run = { staged: [], targets: [] };
}

function endOutputs(): void {
  run = null;
}

/** The run succeeded: every output takes its place. */
export async function commitOutputs(): Promise<void> {
  const staged = run?.staged ?? [];
  try {
    for (const s of staged) {
      await fs.rename(s.temp, s.target).catch((err: unknown) => {
        throw new UsageError(msg('data.output.failed', { output: s.target, reason: systemReason(err) }));
      });
    }
  } finally {
    removeTempsSync();
    endOutputs();
  }
}

/** The run failed: its temporary files are removed and no output appears. */
export function abortOutputs(): void {
  removeTempsSync();
  endOutputs();
}

/** Write `content` (text as UTF-8, or bytes: a docx) to stdout or, through the run's transaction, to -o FILE. */
export async function writeOutput(content: string | Uint8Array, opts: OutputOptions): Promise<void> {
  if (opts.output === undefined || opts.output === '-') return writeStdout(content);
  const option = opts.option ?? '-o';
  const problem = outputProblem(option, opts.output);
  if (problem) throw new UsageError(problem);
  await refuseInputs(opts.output, opts.inputs);
  const existing = statOrNullSync(opts.output);
  // A device, FIFO or socket: written to as a stream, as a shell `>` would.
  if (existing && !existing.isFile()) return writeStream(content, opts.output);
  const target = await resolveTarget(opts.output);
  if (run) {
    for (const t of run.targets) {
      if (await sameFile(t, target)) throw new UsageError(msg('data.output.twice', { a: '-o', b: option, file: opts.output }));
    }
    run.targets.push(target);
  }
  const temp = path.join(path.dirname(target), `.csat-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  if (run) run.staged.push({ temp, target, release: holdTemporary(() => rmSync(temp, { force: true })) });
  try {
    const handle = await fs.open(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (!run) await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw new UsageError(msg('data.output.failed', { output: opts.output, reason: systemReason(err) }));
  }
}

async function writeStream(content: string | Uint8Array, file: string): Promise<void> {
  try {
    const handle = await fs.open(file, 'w');
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw new UsageError(msg('data.output.failed', { output: file, reason: systemReason(err) }));
  }
}

/** A system error in words (the common codes translated), else its code. */
export function systemReason(err: unknown): MessageRef | string {
  const code = (err as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    ENOENT: 'data.sys.ENOENT',
    EACCES: 'data.sys.EACCES',
    EPERM: 'data.sys.EACCES',
    EISDIR: 'data.sys.EISDIR',
    ENOSPC: 'data.sys.ENOSPC',
    EROFS: 'data.sys.EROFS',
    ENAMETOOLONG: 'data.sys.ENAMETOOLONG',
    ENOTDIR: 'data.sys.ENOTDIR',
    EDQUOT: 'data.sys.ENOSPC',
  };
  return code && known[code] ? msg(known[code]) : (code ?? (err as Error).message);
}

/** sameFile, synchronously, for the checks made before any work. */
function sameFileSync(a: string, b: string): boolean {
  const real = (f: string) => {
    const abs = path.resolve(f);
    try {
      return realpathSync(abs);
    } catch {
      try {
        return path.join(realpathSync(path.dirname(abs)), path.basename(abs));
      } catch {
        return abs;
      }
    }
  };
  const [ra, rb] = [real(a), real(b)];
  if (ra === rb) return true;
  const [sa, sb] = [statOrNullSync(ra), statOrNullSync(rb)];
  return sa !== null && sb !== null && sa.isFile() && sa.dev === sb.dev && sa.ino === sb.ino;
}

function statOrNullSync(p: string): Stats | null {
  try {
    return statSync(p);
  } catch {
    return null;
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
function writeStdout(content: string | Uint8Array): Promise<void> {
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
