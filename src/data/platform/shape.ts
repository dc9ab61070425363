/**
 * Helpers the platform layouts share: taking header rows out of a Source, renaming columns to
 * short names (made unique), and telling a blank header cell from a named one.
 */
import type { PlatformShape, Source } from '../source.js';

/** Whether column j's header was blank in the file (read.ts names a blank header V<position>). */
export function blankHeader(src: Source, j: number): boolean {
  return src.names[j] === `V${j + 1}`;
}

/** Row r of every column (trimmed), e.g. a second header row. */
export function headerRow(src: Source, r: number): string[] {
  return src.cells.map((col) => (col[r] ?? '').trim());
}

/** `src` without its first `n` data rows (header rows a platform writes below the names). */
export function dropRows(src: Source, n: number): Source {
  if (n <= 0) return src;
  return { ...src, cells: src.cells.map((col) => col.slice(n)), rows: Math.max(0, src.rows - n) };
}

/**
 * Names made unique as read.ts does for a header (a repeated name gets .1, .2 ...), so a platform's
 * short names (Q3, Q7_1) never collide with a column that already had such a name.
 */
export function uniqueShortNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((n) => {
    let candidate = n;
    for (let k = 1; taken.has(candidate); k++) candidate = `${n}.${k}`;
    taken.add(candidate);
    return candidate;
  });
}

/** A label worth keeping: non-empty and different from the name. */
export function labelOf(text: string | undefined, name: string): string | undefined {
  const t = text?.replace(/\s+/g, ' ').trim();
  return t && t !== name ? t : undefined;
}

/** Source with new names and labels (file order) and the shape found. */
export function reshaped(src: Source, names: string[], labels: (string | undefined)[], shape: PlatformShape): Source {
  const unique = uniqueShortNames(names);
  const rename = new Map(names.map((n, j) => [n, unique[j]]));
  return {
    ...src,
    names: unique,
    labels,
    platform: {
      ...shape,
      metadata: shape.metadata.map((n) => rename.get(n) ?? n),
      groups: shape.groups.map((g) => ({ ...g, columns: g.columns.map((c) => rename.get(c) ?? c) })),
    },
  };
}
