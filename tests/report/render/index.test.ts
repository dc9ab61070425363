import { describe, expect, it } from 'vitest';
import { FORMATS, render, type Format } from '../../../src/report/render/index.js';
import { demoReport } from '../demo.js';

const ctx = { lang: 'en' as const, color: false, version: '9.9.9', input: null };

describe('render', () => {
  it('dispatches every format to its renderer', () => {
    const report = demoReport('en');
    const signature: Record<Format, (s: string | Uint8Array) => boolean> = {
      text: (s) => typeof s === 'string' && s.includes('┌'),
      json: (s) => JSON.parse(s as string).csat === '9.9.9',
      markdown: (s) => typeof s === 'string' && s.includes('### Total Variance Explained'),
      csv: (s) => typeof s === 'string' && s.startsWith('\uFEFF'),
      html: (s) => typeof s === 'string' && s.startsWith('<!DOCTYPE html>'),
      docx: (s) => s instanceof Uint8Array && s[0] === 0x50 && s[1] === 0x4b,
    };
    expect([...FORMATS].sort()).toEqual(Object.keys(signature).sort());
    for (const f of FORMATS) expect(signature[f](render(report, f, ctx)), f).toBe(true);
    expect(render(report, 'text', { ...ctx, ascii: true })).not.toContain('┌');
  });

  it('refuses an unknown format', () => {
    expect(() => render(demoReport('en'), 'pdf' as Format, ctx)).toThrow(/pdf/);
  });
});
