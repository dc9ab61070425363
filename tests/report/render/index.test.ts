import { describe, expect, it } from 'vitest';
import { FORMATS, render, type Format } from '../../../src/report/render/index.js';
import { demoReport } from '../demo.js';

const ctx = { lang: 'en' as const, color: false, version: '9.9.9', input: null };

describe('render', () => {
  it('dispatches every format to its renderer', () => {
    const report = demoReport('en');
    const signature: Record<Format, (s: string) => boolean> = {
      text: (s) => s.includes('┌'),
      json: (s) => JSON.parse(s).csat === '9.9.9',
      markdown: (s) => s.includes('### Total Variance Explained'),
      csv: (s) => s.startsWith('\uFEFF'),
      html: (s) => s.startsWith('<!DOCTYPE html>'),
    };
    expect([...FORMATS].sort()).toEqual(Object.keys(signature).sort());
    for (const f of FORMATS) expect(signature[f](render(report, f, ctx)), f).toBe(true);
    expect(render(report, 'text', { ...ctx, ascii: true })).not.toContain('┌');
  });

  it('refuses an unknown format', () => {
    expect(() => render(demoReport('en'), 'pdf' as Format, ctx)).toThrow(/pdf/);
  });
});
