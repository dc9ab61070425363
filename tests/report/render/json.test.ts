import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderJson, sanitize } from '../../../src/report/render/json.js';
import { SCHEMA_VERSION } from '../../../src/report/json-results.js';
import { demoReport } from '../demo.js';

const input = { file: 'survey.csv', rows: 120, encoding: 'gbk', delimiter: ',' };

describe('renderJson', () => {
  it('prints the envelope in contract order, 2-space indented, full precision', () => {
    const out = renderJson(demoReport('en'), { version: '0.1.0', input });
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'csat', 'command', 'input', 'warnings', 'results']);
    expect(parsed).toEqual({
      schemaVersion: SCHEMA_VERSION,
      csat: '0.1.0',
      command: 'demo',
      input,
      warnings: ['2 cells were read as missing'],
      results: { alpha: 0.8123456789, eigenvalues: [2.5, 1.25, 0.25] },
    });
    expect(out).toContain('\n  "csat": "0.1.0",\n');
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('accepts several inputs or none', () => {
    const many = JSON.parse(renderJson(demoReport('en'), { version: '1', input: [input, { ...input, file: 'b.csv' }] }));
    expect(many.input).toHaveLength(2);
    expect(JSON.parse(renderJson(demoReport('en'), { version: '1', input: null })).input).toBeNull();
  });
});

describe('sanitize', () => {
  it('turns NaN, infinities and undefined into null, keeping the keys', () => {
    expect(sanitize({ a: NaN, b: Infinity, c: -Infinity, d: undefined, e: [1, NaN, undefined], f: -0 })).toEqual({
      a: null,
      b: null,
      c: null,
      d: null,
      e: [1, null, null],
      f: 0,
    });
  });

  it('turns typed arrays and Sets into arrays, Maps into objects', () => {
    const out = sanitize({ col: new Float64Array([1.5, NaN]), ints: new Int32Array([3]), s: new Set(['x']), m: new Map<unknown, unknown>([['k', { v: 1 }], [2, 'two']]) });
    expect(out).toEqual({ col: [1.5, null], ints: [3], s: ['x'], m: { k: { v: 1 }, 2: 'two' } });
    expect(Array.isArray((out as { col: unknown }).col)).toBe(true);
    expect(sanitize(new Map([[{ a: 1 }, 2]]))).toEqual({ '{"a":1}': 2 });
  });

  it('keeps a "__proto__" key as data and allows shared (non-cyclic) references', () => {
    const shared = { x: 1 };
    const weird = JSON.parse('{"__proto__": 5}');
    expect(JSON.stringify(sanitize({ a: shared, b: shared, w: weird }))).toBe('{"a":{"x":1},"b":{"x":1},"w":{"__proto__":5}}');
  });

  it('refuses a cycle', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => sanitize(a)).toThrow(/cycle/);
  });

  it('always gives JSON that parses and holds only finite numbers (property)', () => {
    const finiteOnly = (v: unknown): boolean =>
      typeof v === 'number' ? Number.isFinite(v) : Array.isArray(v) ? v.every(finiteOnly) : v !== null && typeof v === 'object' ? Object.values(v).every(finiteOnly) : true;
    fc.assert(
      fc.property(fc.anything({ withTypedArray: true, withMap: true, withSet: true, withDate: true, withBigInt: true, withSparseArray: true, withNullPrototype: true }), (value) => {
        const text = renderJson({ command: 'p', blocks: [], warnings: [], results: value }, { version: '0', input: null });
        // A bare NaN, Infinity or undefined would make JSON.parse throw.
        const parsed = JSON.parse(text);
        expect(finiteOnly(parsed)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
