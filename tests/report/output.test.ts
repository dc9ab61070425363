import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { colorWanted, writeOutput } from '../../src/report/output.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'csat-output-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('writeOutput to a file', () => {
  it('creates the file whole and leaves no temporary file behind', async () => {
    const target = path.join(dir, 'out.txt');
    await writeOutput('满意度 .482\n', { output: target, inputs: [] });
    expect(await fs.readFile(target, 'utf8')).toBe('满意度 .482\n');
    expect(await fs.readdir(dir)).toEqual(['out.txt']);
  });

  it('replaces an existing other file whole, keeping its permissions', async () => {
    const target = path.join(dir, 'old.md');
    await fs.writeFile(target, 'x'.repeat(10000));
    await fs.chmod(target, 0o640);
    await writeOutput('new', { output: target, inputs: [path.join(dir, 'data.csv')] });
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect((await fs.stat(target)).mode & 0o777).toBe(0o640);
    expect(await fs.readdir(dir)).toEqual(['old.md']);
  });

  it('writes through a symbolic link to the file it points at', async () => {
    const real = path.join(dir, 'real.txt');
    await fs.writeFile(real, 'old');
    await fs.symlink(real, path.join(dir, 'link.txt'));
    await writeOutput('new', { output: path.join(dir, 'link.txt'), inputs: [] });
    expect(await fs.readFile(real, 'utf8')).toBe('new');
    expect((await fs.lstat(path.join(dir, 'link.txt'))).isSymbolicLink()).toBe(true);
  });

  describe('never over an input', () => {
    const input = () => path.join(dir, 'survey.csv');
    beforeEach(async () => {
      await fs.writeFile(input(), 'q1,q2\n1,2\n');
    });
    const refused = async (output: string, inputs: string[]) => {
      const err = await writeOutput('results', { output, inputs }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UsageError);
      expect((err as UsageError).exitCode).toBe(2);
      expect((err as Error).message).toMatch(/refusing to write .* input file/);
      expect(await fs.readFile(input(), 'utf8')).toBe('q1,q2\n1,2\n');
    };

    it('same path', () => refused(input(), [input()]));
    it('same file spelled differently', () => refused(path.join(dir, 'sub', '..', 'survey.csv'), [input()]));
    it('relative spelling of the input', async () => {
      vi.spyOn(process, 'cwd').mockReturnValue(dir);
      await refused(input(), [path.relative(process.cwd(), input())]);
    });
    it('a symbolic link to the input', async () => {
      await fs.symlink(input(), path.join(dir, 'alias.csv'));
      await refused(path.join(dir, 'alias.csv'), ['-', input()]);
    });
    it('a hard link to the input', async () => {
      await fs.link(input(), path.join(dir, 'hard.csv'));
      await refused(path.join(dir, 'hard.csv'), [input()]);
    });
  });

  it('explains a missing folder, a folder as target and an unwritable place', async () => {
    await expect(writeOutput('x', { output: path.join(dir, 'nope', 'out.txt'), inputs: [] })).rejects.toThrow(/folder .* does not exist/);
    await expect(writeOutput('x', { output: dir, inputs: [] })).rejects.toThrow(/is a folder/);
    if (process.getuid?.() !== 0) {
      const locked = path.join(dir, 'locked');
      await fs.mkdir(locked, 0o500);
      const err = await writeOutput('x', { output: path.join(locked, 'out.txt'), inputs: [] }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UsageError);
      expect(await fs.readdir(locked)).toEqual([]);
    }
  });
});

describe('writeOutput to stdout', () => {
  it('writes the content unchanged when there is no -o or -o -', async () => {
    const chunks: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string, cb?: (err?: Error | null) => void) => {
      chunks.push(chunk);
      cb?.();
      return true;
    }) as typeof process.stdout.write);
    await writeOutput('a\n', { inputs: ['data.csv'] });
    await writeOutput('b\n', { output: '-', inputs: [] });
    expect(chunks).toEqual(['a\n', 'b\n']);
  });
});

describe('colorWanted', () => {
  it('colours a terminal only, never a file, and honours NO_COLOR', () => {
    expect(colorWanted({ isTTY: true, env: {} })).toBe(true);
    expect(colorWanted({ isTTY: false, env: {} })).toBe(false);
    expect(colorWanted({ isTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(colorWanted({ isTTY: true, env: { NO_COLOR: '' } })).toBe(true);
    expect(colorWanted({ isTTY: true, env: {}, output: 'out.txt' })).toBe(false);
    expect(colorWanted({ isTTY: true, env: {}, output: '-' })).toBe(true);
  });
});
