import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runIpa } from '../../src/analyses/ipa.js';
import { UsageError } from '../../src/errors.js';
import { readIndexFixture } from '../helpers/index-fixture.js';
import { expectClose } from '../helpers/close.js';

// Expected values: fixtures/oracle/index.R on fixtures/index-survey.csv.
const ref = JSON.parse(readFileSync('fixtures/expected/index.json', 'utf8'));
const ds = readIndexFixture();
const items = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];

function check(r: ReturnType<typeof runIpa>['result'], e: { performance: number[]; importance: number[]; crosshair: number[]; quadrant: string[] }) {
  r.items.forEach((x, k) => {
    expectClose(x.performance, e.performance[k], 1e-12, 0, `performance ${k}`);
    expectClose(x.importance, e.importance[k], 1e-10, 1e-12, `importance ${k}`);
  });
  expectClose(r.crosshair.importance, e.crosshair[0], 1e-10);
  expectClose(r.crosshair.performance, e.crosshair[1], 1e-12);
  expect(r.items.map((x) => x.quadrant)).toEqual(e.quadrant);
}

describe('csat ipa against R', () => {
  it('stated importance', () => {
    const { result } = runIpa(ds, { items, importance: { method: 'stated', columns: items.map((i) => `imp_${i}`) } });
    expect(result.importanceMethod).toBe('stated');
    expect(result.n).toBe(ref.ipaStated.n);
    check(result, ref.ipaStated);
    expect(Object.values(result.quadrants).flat().sort()).toEqual(items);
    // Each quadrant lists its items farthest from the cross-hair first.
    for (const list of Object.values(result.quadrants)) {
      const d = list.map((it) => result.items.find((x) => x.item === it)!.distance);
      expect(d).toEqual([...d].sort((a, b) => b - a));
    }
    for (const x of result.items) expect(result.quadrants[x.quadrant]).toContain(x.item);
  });
  it('derived importance: correlation and standardized Beta with overall', () => {
    const c = runIpa(ds, { items, importance: { method: 'correlation', overall: 'overall' } }).result;
    expect(c.n).toBe(ref.ipaCorrelation.n);
    check(c, ref.ipaCorrelation);
    const g = runIpa(ds, { items, importance: { method: 'regression', overall: 'overall' } }).result;
    check(g, { ...ref.ipaRegression, performance: ref.ipaCorrelation.performance });
  });
  it('given cross-hairs', () => {
    const r = runIpa(ds, { items, importance: { method: 'stated', columns: items.map((i) => `imp_${i}`) }, crosshair: { importance: 5, performance: 3.5 } }).result;
    expect(r.crosshair).toEqual({ importance: 5, performance: 3.5 });
    expect(r.crosshairSource).toEqual({ importance: 'given', performance: 'given' });
  });
  it('warns when an axis does not split the items (cross-hair outside them, or all items alike)', () => {
    const imp = { method: 'stated' as const, columns: items.map((i) => `imp_${i}`) };
    const far = runIpa(ds, { items, importance: imp, crosshair: { importance: 100, performance: 100 } });
    expect(far.result.items.every((x) => x.quadrant === 'low-priority')).toBe(true);
    expect(far.warnings).toContain("Every item's importance is below the cross-hair 100, so the quadrants do not separate the items on importance.");
    expect(far.warnings).toContain("Every item's performance is below the cross-hair 100, so the quadrants do not separate the items on performance.");
    expect(runIpa(ds, { items, importance: imp }).warnings.some((w) => /do not separate/.test(w))).toBe(false);
    const same = { ...ds, variables: ds.variables.map((v) => (v.name.startsWith('imp_') ? { ...v, values: v.values.map((x) => (Number.isNaN(x) ? x : 5)) } : v)) };
    expect(runIpa(same, { items, importance: imp }).warnings).toContain('Every item has the same importance (5), so the quadrants do not separate the items on importance.');
    // In Chinese with --lang zh.
    const zh = runIpa(ds, { items, importance: imp, crosshair: { importance: 100 }, lang: 'zh' }).warnings;
    expect(zh).toContain('7 行有缺失回答，已按列表删除。');
    expect(zh).toContain('所有题项的重要性都低于交叉线 100，四个象限在重要性上无法区分题项。');
  });
  it('explained errors', () => {
    expect(() => runIpa(ds, { items, importance: { method: 'stated', columns: ['imp_q1'] } })).toThrow(UsageError);
    expect(() => runIpa(ds, { items: ['q1'], importance: { method: 'correlation', overall: 'overall' } })).toThrow(/at least 2 items/);
    // The overall rating or the importance columns among the items would correlate an item with itself.
    expect(() => runIpa(ds, { items, importance: { method: 'regression', overall: 'q1' } })).toThrow(/the overall column 'q1' is also one of the items/);
    expect(() => runIpa(ds, { items, importance: { method: 'stated', columns: items } })).toThrow(/importance columns q1, q2, q3, q4, q5, q6 are also among the items/);
    expect(() => runIpa(ds, { items, importance: { method: 'correlation', overall: 'region' } })).toThrow(/the overall column 'region' .* holds text/);
    // A declared scale range catches a "don't know" code left among the answers, as csat index does.
    const coded = { ...ds, variables: ds.variables.map((v) => (v.name === 'q2' ? { ...v, values: v.values.map((x, i) => (i === 0 ? 9 : x)) } : v)) };
    expect(() => runIpa(coded, { items, importance: { method: 'correlation', overall: 'overall' }, scaleRange: [1, 5] })).toThrow(/item 'q2' has the answer 9 outside the scale range 1-5/);
    expect(() => runIpa(coded, { items, importance: { method: 'correlation', overall: 'overall' } })).not.toThrow();
    expect(() => runIpa(ds, { items: ['q1', 'region'], importance: { method: 'correlation', overall: 'overall' } })).toThrow(/the item 'region' .* not ratings/);
  });
  it('no variance: the constant column is named (the outcome first)', () => {
    const tiny = (cols: Record<string, number[]>) => ({
      ...ds,
      input: { ...ds.input, file: 'tiny.csv', rows: 4 },
      variables: Object.entries(cols).map(([name, v]) => ({ name, values: Float64Array.from(v), labels: new Map(), kind: 'numeric' as const })),
      weights: null,
    });
    const flatItem = tiny({ a: [1, 1, 1, 1], b: [2, 3, 4, 2], y: [3, 4, 5, 2] });
    expect(() => runIpa(flatItem, { items: ['a', 'b'], importance: { method: 'correlation', overall: 'y' } })).toThrow(/cannot derive importance: a \(always 1\) has the same answer/);
    const flatY = tiny({ a: [1, 2, 3, 4], b: [2, 3, 4, 2], y: [4, 4, 4, 4] });
    for (const method of ['correlation', 'regression'] as const) {
      expect(() => runIpa(flatY, { items: ['a', 'b'], importance: { method, overall: 'y' } })).toThrow(/the overall column 'y' has the same answer \(4\)/);
    }
  });
});
