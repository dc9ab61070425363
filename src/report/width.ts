/**
 * Display width of text in a terminal: East Asian Wide (W) and Fullwidth (F) characters take two
 * columns, combining marks, format and control characters none, everything else one (Ambiguous
 * characters count as one, as in a non-CJK locale). Used to align tables holding Chinese labels.
 * Reference: Unicode Standard Annex #11, East Asian Width (ranges below from Unicode 14 data).
 */

import { maxOf } from '../stats/extent.js';

/** Code point ranges of East Asian Width W or F (inclusive, sorted). */
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0],
  [0x23f3, 0x23f3], [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f],
  [0x2693, 0x2693], [0x26a1, 0x26a1], [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5],
  [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea], [0x26f2, 0x26f3], [0x26f5, 0x26f5],
  [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b], [0x2728, 0x2728],
  [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x303e], [0x3041, 0x3247], [0x3250, 0x4dbf], [0x4e00, 0xa4c6], [0xa960, 0xa97c],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6b], [0xff01, 0xff60],
  [0xffe0, 0xffe6], [0x16fe0, 0x1b2fb], [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a], [0x1f200, 0x1f320], [0x1f32d, 0x1f335], [0x1f337, 0x1f37c], [0x1f37e, 0x1f393],
  [0x1f3a0, 0x1f3ca], [0x1f3cf, 0x1f3d3], [0x1f3e0, 0x1f3f0], [0x1f3f4, 0x1f3f4], [0x1f3f8, 0x1f43e],
  [0x1f440, 0x1f440], [0x1f442, 0x1f4fc], [0x1f4ff, 0x1f53d], [0x1f54b, 0x1f54e], [0x1f550, 0x1f567],
  [0x1f57a, 0x1f57a], [0x1f595, 0x1f596], [0x1f5a4, 0x1f5a4], [0x1f5fb, 0x1f64f], [0x1f680, 0x1f6c5],
  [0x1f6cc, 0x1f6cc], [0x1f6d0, 0x1f6d2], [0x1f6d5, 0x1f6df], [0x1f6eb, 0x1f6ec], [0x1f6f4, 0x1f6fc],
  [0x1f7e0, 0x1f7f0], [0x1f90c, 0x1f93a], [0x1f93c, 0x1f945], [0x1f947, 0x1f9ff], [0x1fa70, 0x1faf6],
  [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

const ZERO = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
// SGR colour codes added by chalk take no room on screen.
const ANSI = /\x1b\[[0-9;]*m/g;

/** Columns one code point takes: 0, 1 or 2. */
export function charWidth(cp: number): number {
  if (cp >= 0x20 && cp < 0x7f) return 1;
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < WIDE[mid][0]) hi = mid - 1;
    else if (cp > WIDE[mid][1]) lo = mid + 1;
    else return 2;
  }
  // Hangul medial vowels and final consonants join the preceding leading consonant.
  if (cp >= 0x1160 && cp <= 0x11ff) return 0;
  return ZERO.test(String.fromCodePoint(cp)) ? 0 : 1;
}

/** Columns `s` takes on a terminal (ANSI colour codes ignored). */
export function displayWidth(s: string): number {
  if (/^[\x20-\x7e]*$/.test(s)) return s.length;
  let w = 0;
  for (const ch of s.replace(ANSI, '')) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/** `s` followed by spaces up to `width` display columns (unchanged if already wider). */
export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** `s` preceded by spaces up to `width` display columns (unchanged if already wider). */
export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

/** `s` centred in `width` display columns (an odd spare column goes to the right). */
export function padCenter(s: string, width: number): string {
  const spare = Math.max(0, width - displayWidth(s));
  const left = Math.floor(spare / 2);
  return ' '.repeat(left) + s + ' '.repeat(spare - left);
}

/**
 * Break `s` into lines of at most `width` display columns, greedily, at spaces and between Chinese
 * words (never inside 克隆巴赫, never before a closing punctuation mark such as ，); a word longer
 * than `width` stays whole on its own line.
 */
export function wrapText(s: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const { text, space } of breakUnits(s)) {
    const joined = line === '' ? text : line + (space ? ' ' : '') + text;
    if (line !== '' && displayWidth(joined) > width) {
      lines.push(line);
      line = text;
    } else {
      line = joined;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** A column header wider than this many terminal columns (and than its numbers) is wrapped. */
export const HEADER_WRAP = 16;
const HEADER_MAX_LINES = 3;

/**
 * The lines of a column header, the same in every renderer (text, HTML, docx), so that a header
 * breaks between words and never inside one (删除项后的 / 克隆巴赫 Alpha) nor before a "，":
 * one line, or, when it is long and its numbers narrow, the fewest lines (two, else three) that
 * fit in the column's width (`cellWidth`, display columns of its widest cell) or HEADER_WRAP
 * columns, whichever is wider. Line breaks written into the header are kept as they are.
 */
export function wrapHeader(header: string, cellWidth: number): string[] {
  if (header.includes('\n')) return header.split('\n'); // the table's author chose the breaks
  const full = displayWidth(header);
  const room = Math.max(cellWidth, HEADER_WRAP);
  if (full <= room) return [header];
  const longest = maxOf(wrapText(header, 1).map(displayWidth));
  for (let lines = 2; lines <= HEADER_MAX_LINES; lines++) {
    for (let w = Math.max(longest, Math.ceil(full / lines)); w <= room; w++) {
      const wrapped = wrapText(header, w);
      if (wrapped.length <= lines) return wrapped;
    }
  }
  for (let w = Math.max(room, longest); ; w++) {
    const wrapped = wrapText(header, w);
    if (wrapped.length <= HEADER_MAX_LINES) return wrapped;
  }
}

/** wrapHeader for a column whose cells (as printed, lines split at line breaks) are `cells`. */
export function wrapColumnHeader(header: string, cells: string[]): string[] {
  return wrapHeader(header, maxOf(cells.map((c) => maxOf(c.split(/\r?\n/).map(displayWidth))), 0));
}

/**
 * `line` with a WORD JOINER (U+2060) between the wide characters of each word, so that a renderer
 * that breaks Chinese text between any two characters (Word, LibreOffice, browsers) can break it
 * only between words; spaces stay break points. Latin words need none (no renderer breaks
 * inside them), so "Total" stays findable as typed.
 */
export function noBreakJoin(line: string): string {
  const wide = (ch: string) => charWidth(ch.codePointAt(0)!) === 2;
  return breakUnits(line)
    .map((u) => {
      const chars = [...u.text];
      const joined = chars.map((ch, i) => (i > 0 && (wide(ch) || wide(chars[i - 1])) ? '\u2060' : '') + ch).join('');
      return (u.space ? ' ' : '') + joined;
    })
    .join('');
}

/** The pieces of `s` that may not be broken: latin words, Chinese words (with their punctuation). */
export function unbreakable(s: string): string[] {
  return breakUnits(s).map((u) => u.text);
}

/** Chinese words by ICU's dictionary; the names it splits (克|隆|巴赫) are kept whole by KEEP_WHOLE. */
const zhWords = new Intl.Segmenter('zh', { granularity: 'word' });
// Terms of SPSS's Chinese edition the dictionary splits: transliterated names, and a few statistical words.
const KEEP_WHOLE = ['满意度', '满意率', '相关性', '显著性', '标准差', '标准化', '平均值', '自由度', '克隆巴赫', '巴特利特', '皮尔逊', '斯皮尔曼', '肯德尔', '莱文', '韦尔奇', '费希尔', '凯撒', '迈耶', '奥尔金', '麦克唐纳', '夏皮洛', '威尔克', '柯尔莫戈洛夫', '斯米诺夫', '惠特尼', '克鲁斯卡尔', '沃利斯', '图基', '邦弗伦尼', '雪费', '邓肯', '邓尼特', '塔姆黑尼', '盖姆斯', '豪厄尔', '德宾', '沃森', '瓦里马克斯'];
/** Marks that may not begin a line (Chinese line-breaking rules), and those that may not end one. */
const NO_LINE_START = /^[，。、；：！？）】」』》〉’”％…,.;:!?)\]}%]/;
const NO_LINE_END = /[（【「『《〈‘“]$/;

/** A run of wide characters cut into words: ICU's segments, with KEEP_WHOLE terms unbroken. */
function wideWords(run: string): string[] {
  const ends = new Set<number>();
  for (const seg of zhWords.segment(run)) ends.add(seg.index + seg.segment.length);
  const words: string[] = [];
  let p = 0;
  while (p < run.length) {
    const term = KEEP_WHOLE.find((t) => run.startsWith(t, p));
    let q = p + 1;
    if (term) q = p + term.length;
    else while (q < run.length && !ends.has(q)) q++;
    words.push(run.slice(p, q));
    p = q;
  }
  return words;
}

/** Units that may not be split: latin words, Chinese words; `space` = a space before. */
function breakUnits(s: string): { text: string; space: boolean }[] {
  const units: { text: string; space: boolean }[] = [];
  let word = '';
  let wide = '';
  let space = false;
  let pendingSpace = false;
  const flush = () => {
    if (word !== '') units.push({ text: word, space });
    if (wide !== '') wideWords(wide).forEach((w, k) => units.push({ text: w, space: k === 0 && space }));
    word = '';
    wide = '';
  };
  for (const ch of s) {
    if (/\s/.test(ch)) {
      flush();
      pendingSpace = true;
      continue;
    }
    const isWide = charWidth(ch.codePointAt(0)!) === 2;
    if (isWide !== (wide !== '') && (word !== '' || wide !== '')) flush();
    if (word === '' && wide === '') {
      space = pendingSpace;
      pendingSpace = false;
    }
    if (isWide) wide += ch;
    else word += ch;
  }
  flush();
  // Closing marks stay with the word before them, opening marks with the word after.
  const glued: { text: string; space: boolean }[] = [];
  for (const u of units) {
    const prev = glued[glued.length - 1];
    if (prev && !u.space && (NO_LINE_START.test(u.text) || NO_LINE_END.test(prev.text))) prev.text += u.text;
    else glued.push({ ...u });
  }
  return glued;
}
