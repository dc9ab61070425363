import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';

const FILE = 'fixtures/factor-survey.csv';
const BIN = resolve(__dirname, '../../bin/csat.js');
const index = ['index', FILE, '--items', 'q1..q12', '--scale-range', '1-5', '--bootstrap', '0', '--weights', 'factor'];

describe('one output transaction for every file a run writes', () => {
  it('the same file named twice is a usage error before any work (index, ipa)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-out-'));
    const x = join(dir, 'X');
    const a = csat([...index, '--save-composite', x, '-o', x]);
    expect(a.code).toBe(2);
    expect(a.stderr).toBe(`csat: -o and --save-composite both name '${x}': one output would overwrite the other\n`);
    const b = csat(['ipa', 'fixtures/index-survey.csv', '--items', 'q1..q6', '--importance-prefix', 'imp_', '--plot', x, '-o', x]);
    expect(b.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a failed run leaves nothing behind, not even the outputs written before the failure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-out-'));
    const r = csat([...index, '-o', join(dir, 'r.txt'), '--save-composite', join(dir, 'no', 'dir', 'c.csv')]);
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    // A failure after the side file was written (the report's -o is bad) removes the side file.
    const f = csat(['factor', FILE, '--items', 'q1..q12', '--save-scores', join(dir, 's.csv'), '-o', join(dir, 'nofolder', 'r.txt')]);
    expect(f.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an empty name, a trailing slash and a name too long get clear errors; 244 characters work', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-out-'));
    expect(csat(['describe', FILE, '-o', '']).stderr).toBe('csat: -o needs a file name, not an empty one\n');
    const slash = csat(['describe', FILE, '-o', join(dir, 'newdir') + '/']);
    expect(slash.code).toBe(2);
    expect(slash.stderr).toContain('ending in a slash');
    const long = csat(['describe', FILE, '-o', join(dir, 'b'.repeat(300))]);
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('longer than 255 bytes');
    expect(csat(['describe', FILE, '-o', join(dir, 'a'.repeat(244))]).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['a'.repeat(244)]);
  });

  it('a symbolic link to /proc/self/fd/1 is written to as a stream, not replaced', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-out-'));
    const link = join(dir, 'out');
    symlinkSync('/proc/self/fd/1', link);
    // Standard output a pipe, as in `csat ... -o /dev/stdout | less`.
    const out = execFileSync('sh', ['-c', `"${process.execPath}" bin/csat.js describe ${FILE} -o "${link}" | cat`], { encoding: 'utf8' });
    expect(out).toContain('Descriptive Statistics');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, 'out'))).toBe(true);
    expect(readdirSync(dir)).toEqual(['out']);
  });
});

describe('a signal mid-run removes the temporary files (src/report/output.ts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csat-signal-'));
  const data = join(dir, 'big.csv');
  // 60,000 rows: the saved scores take long enough to write that the temporary file is seen.
  let seed = 1;
  const next = () => ((seed = (seed * 48271) % 2147483647), 1 + (seed % 5));
  const rows = Array.from({ length: 60_000 }, () => Array.from({ length: 12 }, next).join(','));
  writeFileSync(data, `${Array.from({ length: 12 }, (_, j) => `q${j + 1}`).join(',')}\n${rows.join('\n')}\n`);

  /** Run factor --save-scores -o in `out`, send `signal` once a temporary file exists; the exit code and what is left. */
  function interrupt(signal: NodeJS.Signals, out: string): Promise<{ code: number | null; sawTemp: boolean; left: string[] }> {
    mkdirSync(out);
    const child = spawn(process.execPath, [BIN, 'factor', data, '--items', 'q1..q12', '--save-scores', 'scores.csv', '-f', 'csv', '-o', 'r.csv'], { cwd: out, stdio: 'ignore' });
    return new Promise((resolvePromise) => {
      let sawTemp = false;
      const poll = setInterval(() => {
        if (!sawTemp && readdirSync(out).some((f) => f.endsWith('.tmp'))) {
          sawTemp = true;
          child.kill(signal);
        }
      }, 2);
      child.on('exit', (code) => {
        clearInterval(poll);
        resolvePromise({ code, sawTemp, left: readdirSync(out) });
      });
    });
  }

  it('a run busy computing, with no file staged yet, ends on SIGTERM at once (no handler holds it)', async () => {
    const out = join(dir, 'busy');
    mkdirSync(out);
    // About 25 s of parallel-analysis replicates before anything is written.
    const child = spawn(process.execPath, [BIN, 'factor', resolve(FILE), '--items', 'q1..q12', '--parallel', '--replicates', '100000', '-o', 'r.txt'], { cwd: out, stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 1500));
    const sent = Date.now();
    child.kill('SIGTERM');
    const signal = await new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, sig) => r(sig)));
    expect(Date.now() - sent).toBeLessThan(5000);
    expect(signal).toBe('SIGTERM');
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    // A closed terminal or ssh session: this one left its .csat-*.tmp behind.
    ['SIGHUP', 129],
  ] as const)('%s: exit %i, nothing left', async (signal, code) => {
    const r = await interrupt(signal, join(dir, signal));
    expect(r.sawTemp).toBe(true);
    expect(r.left).toEqual([]);
    expect(r.code).toBe(code);
  }, 120_000);
});
