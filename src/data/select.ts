/**
 * Column selection, as --items, --vars, --reverse and the study file write it.
 *
 * A spec is a comma-separated list (ASCII or full-width comma) of parts; each part is
 *   - an exact column name (tried first, so a column literally called "Q*" or "A..B" still works),
 *   - a glob with * (any run of characters) and ? (one character): `Q*`, `sat_*`, `Q?`,
 *   - a position `#5` (1-based, file order),
 *   - a run `A..B` in file order, inclusive, where each end is a name or a position (`Q3..Q5`,
 *     `#3..#14`, `#2..Q6`); A must not come after B.
 * The result keeps the order given, without duplicates. Anything that selects nothing is a
 * UsageError that names the option and lists the closest existing names (edit distance).
 */
import { UsageError } from '../errors.js';
import { msg, type MessageRef } from '../i18n/index.js';

/**
 * Resolves `spec` against the header `names`. `option` names the option in messages (e.g. '--items',
 * or a message saying which file and scale the spec came from); `file`, when given, names the file.
 */
export function selectColumns(names: string[], spec: string, option: string | MessageRef, file?: string): string[] {
  const where = file === undefined ? '' : msg('data.select.in', { file: file === '-' ? msg('data.stdin') : file });
  const parts = spec
    .split(/[,，]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) throw new UsageError(msg('data.select.none', { option }));
  const index = new Map<string, number>();
  names.forEach((n, i) => {
    if (!index.has(n)) index.set(n, i);
  });
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (i: number): void => {
    const n = names[i];
    if (!seen.has(n)) {
      seen.add(n);
      out.push(n);
    }
  };
  for (const part of parts) {
    for (const i of resolvePart(part, names, index, option, where)) add(i);
  }
  return out;
}

/** The positions (0-based) one part selects, in the order it selects them. */
function resolvePart(part: string, names: string[], index: Map<string, number>, option: string | MessageRef, where: string | MessageRef): number[] {
  const exact = index.get(part);
  if (exact !== undefined) return [exact];
  const range = splitRange(part);
  if (range) {
    const a = resolveEnd(range[0], names, index, option, where);
    const b = resolveEnd(range[1], names, index, option, where);
    if (a > b) {
      throw new UsageError(
        msg('data.select.order', { option, part, first: describeEnd(range[0], names, a), last: describeEnd(range[1], names, b) }),
      );
    }
    const run: number[] = [];
    for (let i = a; i <= b; i++) run.push(i);
    return run;
  }
  if (/^#/.test(part)) return [resolveEnd(part, names, index, option, where)];
  if (part.includes('*') || part.includes('?')) {
    const re = globToRegExp(part);
    const hits: number[] = [];
    names.forEach((n, i) => {
      if (re.test(n)) hits.push(i);
    });
    if (hits.length === 0) throw new UsageError(msg('data.select.noMatch', { option, part, where, closest: closest(part, names) }));
    return hits;
  }
  throw unknownName(part, names, option, where);
}

/** Splits "A..B" at the first ".." whose both sides are non-empty. */
function splitRange(part: string): [string, string] | null {
  const k = part.indexOf('..');
  if (k <= 0) return null;
  const a = part.slice(0, k).trim();
  const b = part.slice(k + 2).trim();
  if (a === '' || b === '') return null;
  return [a, b];
}

/** One end of a run (or a lone position): a name or #n. */
function resolveEnd(end: string, names: string[], index: Map<string, number>, option: string | MessageRef, where: string | MessageRef): number {
  const exact = index.get(end);
  if (exact !== undefined) return exact;
  const pos = /^#\s*(\d+)$/.exec(end);
  if (pos) {
    const n = Number(pos[1]);
    if (n < 1 || n > names.length) {
      const cols = names.length === 1 ? 'is 1 column' : `are ${names.length} columns`;
      throw new UsageError(msg('data.select.outOfRange', { option, n, cols, where, count: names.length }));
    }
    return n - 1;
  }
  if (/^#/.test(end)) throw new UsageError(msg('data.select.notPosition', { option, end }));
  throw unknownName(end, names, option, where);
}

function describeEnd(end: string, names: string[], i: number): string {
  return end.startsWith('#') && names[i] !== end ? `${end} (${names[i]})` : `'${end}'`;
}

function unknownName(part: string, names: string[], option: string | MessageRef, where: string | MessageRef): UsageError {
  return new UsageError(msg('data.select.unknown', { option, part, where, closest: closest(part, names) }));
}

/** Glob to an anchored regular expression: * = any run, ? = one character (code point). */
export function globToRegExp(glob: string): RegExp {
  let src = '';
  for (const ch of glob) {
    if (ch === '*') src += '.*';
    else if (ch === '?') src += '.';
    else src += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${src}$`, 'su');
}

/**
 * Up to three names nearest to `wanted`: Levenshtein distance over code points, ignoring case
 * first (so 'q1' finds 'Q1'), then the case-sensitive distance, then file order.
 */
export function closest(wanted: string, names: string[], count = 3): string[] {
  const w = wanted.toLowerCase();
  const scored = names.map((n, i) => ({ n, i, d: levenshtein(w, n.toLowerCase()), e: levenshtein(wanted, n) }));
  scored.sort((x, y) => x.d - y.d || x.e - y.e || x.i - y.i);
  const out: string[] = [];
  for (const s of scored) {
    if (!out.includes(s.n)) out.push(s.n);
    if (out.length === count) break;
  }
  return out;
}

/** Edit distance (insertions, deletions, substitutions) between two strings, by code point. */
export function levenshtein(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  let cur = new Array<number>(t.length + 1);
  for (let i = 1; i <= s.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[t.length];
}
