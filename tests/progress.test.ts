import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { msg } from '../src/i18n/index.js';
import { Progress, progressWanted } from '../src/progress.js';

/** A terminal stand-in: isTTY, the cursor calls a spinner makes, and everything written. */
class FakeTty extends Writable {
  isTTY = true;
  columns = 100;
  out = '';
  calls: string[] = [];
  _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.out += chunk.toString();
    done();
  }
  // Writable.write runs _write synchronously for a string; the spinner writes through it.
  cursorTo(x: number): boolean {
    this.calls.push(`cursorTo(${x})`);
    return true;
  }
  clearLine(dir: number): boolean {
    this.calls.push(`clearLine(${dir})`);
    return true;
  }
  moveCursor(dx: number, dy: number): boolean {
    this.calls.push(`moveCursor(${dx},${dy})`);
    return true;
  }
}

// yocto-spinner draws nothing interactive under CI, as csat wants; these tests play a terminal.
beforeEach(() => {
  vi.stubEnv('CI', undefined);
  vi.stubEnv('TERM', 'xterm-256color');
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('progressWanted', () => {
  const tty = { isTTY: true };
  it('shows progress on a terminal only', () => {
    expect(progressWanted(tty, {}, { format: 'text' })).toBe(true);
    expect(progressWanted({ isTTY: false }, {}, { format: 'text' })).toBe(false);
    expect(progressWanted({}, {}, { format: 'text' })).toBe(false);
  });
  it('never in CI, on a dumb terminal, for JSON or under --no-progress', () => {
    expect(progressWanted(tty, { CI: 'true' }, {})).toBe(false);
    expect(progressWanted(tty, { CI: '' }, {})).toBe(false);
    expect(progressWanted(tty, { TERM: 'dumb' }, {})).toBe(false);
    expect(progressWanted(tty, {}, { format: 'json' })).toBe(false);
    expect(progressWanted(tty, {}, { format: 'html', progress: false })).toBe(false);
    expect(progressWanted(tty, {}, { format: 'docx', progress: true })).toBe(true);
  });
});

describe('Progress', () => {
  it('stays silent for the first second, then names the stage and the seconds', () => {
    const tty = new FakeTty();
    let now = 200;
    const p = new Progress(tty, { lang: 'en', now: () => now });
    p.step(msg('progress.reading', { file: 'survey.csv' }));
    expect(tty.out).toBe('');
    expect(p.shown).toBe(false);
    now = 1450;
    p.step(msg('progress.parsing', { file: 'survey.csv' }));
    expect(p.shown).toBe(true);
    expect(tty.out).toContain('csat: parsing survey.csv (1.4 s)');
    expect(tty.out).toContain('\u001B[?25l'); // cursor hidden while the line is up
    now = 2600;
    p.step(msg('progress.step', { step: 'KMO and Bartlett' }));
    expect(tty.out).toContain('csat: computing: KMO and Bartlett (2.6 s)');
    tty.calls.length = 0;
    p.end();
    expect(p.shown).toBe(false);
    // The line is cleared and the cursor given back, so the results start on a clean line.
    expect(tty.calls).toContain('clearLine(1)');
    expect(tty.out.endsWith('\u001B[?25h')).toBe(true);
  });

  it('speaks the run language', () => {
    const tty = new FakeTty();
    const p = new Progress(tty, { lang: 'zh', now: () => 3000 });
    p.step(msg('progress.reading', { file: '问卷.xlsx' }));
    expect(tty.out).toContain('csat: 正在读取 问卷.xlsx (3.0 s)');
    p.end();
  });

  it('draws the stage when the delay passes while the event loop is free (an asynchronous read)', () => {
    vi.useFakeTimers();
    const tty = new FakeTty();
    let now = 100;
    const p = new Progress(tty, { lang: 'en', now: () => now });
    p.step(msg('progress.reading', { file: 'big.csv' }));
    vi.advanceTimersByTime(800);
    expect(tty.out).toBe('');
    now = 1100;
    vi.advanceTimersByTime(200);
    expect(tty.out).toContain('csat: reading big.csv (1.1 s)');
    p.end();
  });

  it('a run that ends within the delay writes nothing, and end() is safe without a line', () => {
    const tty = new FakeTty();
    const p = new Progress(tty, { lang: 'en', now: () => 500 });
    p.step(msg('progress.converting'));
    p.end();
    p.end();
    expect(tty.out).toBe('');
    expect(tty.calls).toEqual([]);
  });
});

describe('the CLI in a pipe', () => {
  it('prints no progress on standard error, even on a run longer than the delay and outside CI', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LANG: 'C', TERM: 'xterm-256color' };
    delete env.CI;
    const started = performance.now();
    const r = spawnSync(process.execPath, [resolve(__dirname, '../bin/csat.js'), 'analyze', 'fixtures/telephone-survey.csv', '--study', 'fixtures/telephone-survey.yml'], {
      encoding: 'utf8',
      env,
      cwd: resolve(__dirname, '..'),
    });
    const ms = performance.now() - started;
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Cronbach');
    expect(r.stderr).not.toMatch(/reading|parsing|computing|\u001B\[\?25/);
    // Not a vacuous check when the run was long enough that a terminal would have shown the line.
    if (ms > 1500) expect(r.stderr).not.toContain('telephone-survey.csv (');
  });
});
