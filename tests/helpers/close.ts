import { expect } from 'vitest';

/** Relative agreement (absolute near zero): |a - b| <= tol * max(1, |b|)... but relative for large and tiny values alike. */
export function expectClose(actual: number | null | undefined, expected: number, rel = 1e-9, abs = 1e-12, what = ''): void {
  expect(actual, what).not.toBeNull();
  expect(actual, what).not.toBeUndefined();
  const a = actual as number;
  const ok = Math.abs(a - expected) <= Math.max(abs, rel * Math.abs(expected));
  if (!ok) expect.fail(`${what}: expected ${expected}, got ${a} (rel. diff ${Math.abs(a - expected) / Math.abs(expected)})`);
}
