/**
 * The one reader for the small files a run reads beside its data: a study file, a --model @file,
 * a --scales file, a --weights file, a moments file. Each was read with a bare readFile, so
 * `--study /dev/zero` grew without end (22 GB before the kernel killed it). Here a device, FIFO
 * or socket is read as a bounded stream and a regular file is refused above the limit, both
 * with one InputError naming the file; nothing larger is ever held in memory.
 */
import { readFile, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { InputError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { displayName, readBounded } from './read.js';

/** Most bytes of a study, model, scales or weights file: 16 MiB, thousands of times any real one. */
export const MAX_SIDE_BYTES = 16 * 1024 ** 2;

/**
 * The bytes of `file`, at most `max`. System errors (ENOENT, EISDIR, EACCES) pass through for the
 * caller's own "cannot read" message; a file over the limit is an InputError.
 */
export async function readSideFile(file: string, max = MAX_SIDE_BYTES): Promise<Buffer> {
  const st = await stat(file);
  // A folder fails in the stream with EISDIR, as readFile would.
  if (!st.isFile()) return readBounded(createReadStream(file), file, max);
  if (st.size > max) throw new InputError(msg('data.read.sideTooLarge', { file: displayName(file), size: st.size, max }));
  return readFile(file);
}
