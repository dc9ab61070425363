import { expect } from 'vitest';

/** Relative agreement (absolute near zero): |a - b| <= tol * max(1, |b|)... but relative for large and tiny values alike. */
export function expectClose(actual: number | null | undefined, expected: number, rel = 1e-9, abs = 1e-12, what = ''): void {
  expect(actual, what).not.toBeNull();
  expect(actual, what).not.toBeUndefined();
  const a = actual as number;
  const ok = Math.abs(a - expected) <= Math.max(abs, rel * Math.abs(expected));
  if (!ok) expect.fail(`${what}: expected ${expected}, got ${a} (rel. diff ${Math.abs(a - expected) / Math.abs(expected)})`);
}

/** Every number of two JSON values at `rel` (1e-13 absolute near zero), everything else equal; keys of `b` only. */
export function expectSameNumbers(a: unknown, b: unknown, rel: number, path = ''): void {
  if (typeof b === 'number') {
    expectClose(a as number, b, rel, 1e-13, path);
  } else if (Array.isArray(b)) {
    expect(Array.isArray(a), path).toBe(true);
    expect((a as unknown[]).length, path).toBe(b.length);
    b.forEach((x, i) => expectSameNumbers((a as unknown[])[i], x, rel, `${path}[${i}]`));
  } else if (b !== null && typeof b === 'object') {
    for (const [k, v] of Object.entries(b)) expectSameNumbers((a as Record<string, unknown>)[k], v, rel, `${path}.${k}`);
  } else expect(a, path).toEqual(b);
}
