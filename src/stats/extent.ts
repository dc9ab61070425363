/**
 * The largest and smallest of a list, by a loop. `Math.max(...xs)` passes every element as an
 * argument on the stack, and about 125,000 of them exceed V8's stack ("Maximum call stack size
 * exceeded": describe on a column of 130,000 distinct values, analyze's item detection), so every
 * list that may be as long as the data goes through these. Same results as Math.max/Math.min:
 * NaN if any element is NaN, and `start` (default -Infinity / Infinity) for an empty list.
 */

/** max(start, ...xs) without the spread. */
export function maxOf(xs: Iterable<number>, start = -Infinity): number {
  let m = start;
  for (const x of xs) {
    if (Number.isNaN(x)) return Number.NaN;
    if (x > m) m = x;
  }
  return m;
}

/** min(start, ...xs) without the spread. */
export function minOf(xs: Iterable<number>, start = Infinity): number {
  let m = start;
  for (const x of xs) {
    if (Number.isNaN(x)) return Number.NaN;
    if (x < m) m = x;
  }
  return m;
}
