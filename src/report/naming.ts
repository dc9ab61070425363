/**
 * Variables in tables as SPSS shows them by default ("Variables in item labels shown as: Labels"):
 * a variable that has a label (a .sav file's, a platform's question text, a header row, the study
 * file's) is shown by its label in every table; `--names` shows names instead. Charts keep the
 * names, short enough for an axis, and get a legend mapping each name to its label.
 *
 * Commands build their tables from names (the names users type in options and find in JSON); this
 * one step, applied to the report before any renderer, puts the labels in. It replaces a labelled
 * name where it stands as a whole token (not inside a longer name: Q1 is not replaced in Q10) in a
 * table's title, column headers, column group labels, text cells of label columns and footnotes,
 * so composed texts ("Q1 * Q2 Crosstabulation", "Dependent Variable: Q7", "Q3 (reversed)") read as
 * SPSS prints them too. Sentences outside tables (findings, verdicts) keep the names.
 *
 * A label wider than LABEL_WIDTH display columns gets a short form (shortenLabel), and the table a
 * footnote with the label in full; JSON always carries the full label beside the name (`input.variables`).
 */
import { t, type Lang } from '../i18n/index.js';
import type { VariableLabel } from '../data/dataset.js';
import type { Block, Cell, CellValue, Report, Table } from './table.js';
import { displayWidth, wrapText } from './width.js';
import { withLegend } from './svg/legend.js';

/** Widest label a table shows whole, in display columns (a Chinese character takes two): 20 Chinese characters, or about six English words. */
export const LABEL_WIDTH = 40;

// Punctuation and spaces that should not end a cut label (the ellipsis follows the last word).
const TRAILING = /[\s,，、;；:：\-–—]+$/u;
// The statement of a matrix question: "question - statement" (Qualtrics, SurveyMonkey) or "question [statement]" (Google Forms).
const STATEMENT = [/^(.+)\s-\s(.+)$/su, /^(.+?)\s*\[([^\]]+)\]$/su];

/**
 * The label as a table shows it, at most `width` display columns:
 * 1. the label whole, when it fits;
 * 2. else, for a matrix question's row ("How much do you agree? - Service was fast",
 *    "...[Service was fast]"), the statement, when it fits;
 * 3. else the label cut at the last word boundary (a space, or between Chinese words) that leaves
 *    room for an ellipsis, with "…" after the last whole word;
 * 4. else (its first word alone is too wide) null: the name is shown.
 */
export function shortenLabel(label: string, width = LABEL_WIDTH): string | null {
  const one = oneLine(label);
  if (displayWidth(one) <= width) return one;
  const part = statementOf(one);
  if (part && displayWidth(part.statement) <= width) return part.statement;
  // The first line of a wrap needs only the label's start (a 1 MB label would be segmented whole);
  // 4 code points per column hold more than the line and the word after it.
  const start = Array.from(one.slice(0, 8 * width)).slice(0, 4 * width).join('');
  const first = wrapText(start, width - 1)[0].replace(TRAILING, '');
  return first !== '' && displayWidth(first) <= width - 1 ? `${first}…` : null;
}

/** The label on one line: line breaks and runs of spaces as one space. */
function oneLine(label: string): string {
  return label.replace(/\s+/g, ' ').trim();
}

/** A matrix question's row split into the question (stem) and the statement, or null. */
export function statementOf(label: string): { stem: string; statement: string } | null {
  for (const form of STATEMENT) {
    const m = form.exec(label);
    if (m && m[2].trim() !== '') return { stem: m[1].trim(), statement: m[2].trim() };
  }
  return null;
}

/** How one variable is shown: `shown` in tables; `shortened` when that is not the full label. */
interface Shown {
  name: string;
  label: string;
  shown: string;
  shortened: boolean;
}

/**
 * What each labelled variable is shown as. Two variables whose short forms would be the same
 * (labels that differ only after the cut) are shown by their names, so no two rows read alike.
 */
export function shownNames(vars: readonly VariableLabel[], width = LABEL_WIDTH): Map<string, Shown> {
  const out = new Map<string, Shown>();
  for (const v of vars) {
    if (v.label.trim() === '' || v.label === v.name || out.has(v.name)) continue;
    const short = shortenLabel(v.label, width);
    out.set(v.name, { name: v.name, label: v.label, shown: short ?? v.name, shortened: short !== v.label });
  }
  const uses = new Map<string, number>();
  for (const s of out.values()) uses.set(s.shown, (uses.get(s.shown) ?? 0) + 1);
  for (const s of out.values()) if (s.shortened && uses.get(s.shown)! > 1) s.shown = s.name;
  return out;
}

/** The text of an XML element's content (escapeXml's inverse). */
function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher of the names as whole tokens: not preceded or followed by a letter, digit or underscore (nor preceded by a dot). */
function tokenPattern(names: string[]): RegExp {
  // Longest first, so that a name containing another (Q3_1 and Q3) is matched whole.
  const alternatives = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}_.])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
}

/**
 * The report with labels in its tables and legends under its charts (see the module comment);
 * unchanged with `names` (--names) or when no variable has a label.
 */
export function labelReport<R extends Report>(report: R, vars: readonly VariableLabel[], opts: { names: boolean; lang: Lang }): R {
  if (opts.names) return report;
  const shown = shownNames(vars);
  if (shown.size === 0) return report;
  const pattern = tokenPattern([...shown.keys()]);
  const blocks = report.blocks.map((b): Block => {
    if (b.kind === 'table') return { kind: 'table', ...labelTable(b, shown, pattern, opts.lang) };
    if (b.kind === 'text' && (b.chart || b.text.startsWith('<svg'))) return chartLegend(b, shown, opts.lang);
    return b;
  });
  return { ...report, blocks };
}

function labelTable(table: Table, shown: Map<string, Shown>, pattern: RegExp, lang: Lang): Table {
  const used = new Set<string>();
  const put = (s: string): string =>
    s.replace(pattern, (name) => {
      const v = shown.get(name)!;
      used.add(name);
      return v.shown;
    });
  const cell = (c: CellValue | Cell, col: number): CellValue | Cell => {
    if (table.columns[col]?.kind !== 'label') return c;
    if (typeof c === 'string') return put(c);
    return c !== null && typeof c === 'object' && typeof c.value === 'string' ? { ...c, value: put(c.value) } : c;
  };
  const labelled: Table = {
    ...table,
    title: put(table.title),
    columns: table.columns.map((c) => ({ ...c, header: put(c.header) })),
    ...(table.groups ? { groups: table.groups.map((g) => ({ ...g, label: put(g.label) })) } : {}),
    rows: table.rows.map((r) => r.map(cell)),
    ...(table.footnotes ? { footnotes: table.footnotes.map(put) } : {}),
  };
  const shortened = [...used].map((n) => shown.get(n)!).filter((v) => v.shortened);
  if (shortened.length === 0) return labelled;
  // Rows of one matrix question shown by their statements share one note naming the question.
  const stems = new Map<string, string[]>();
  const notes: string[] = [];
  for (const v of shortened) {
    const part = statementOf(oneLine(v.label));
    if (part && part.statement === v.shown) stems.set(part.stem, [...(stems.get(part.stem) ?? []), v.name]);
    else notes.push(t('naming.fullLabel', lang, { name: v.name, label: oneLine(v.label) }));
  }
  const sep = lang === 'zh' ? '、' : ', ';
  notes.unshift(...[...stems].map(([stem, names]) => t('naming.statements', lang, { names: names.join(sep), stem })));
  return { ...labelled, footnotes: [...(labelled.footnotes ?? []), ...notes] };
}

/**
 * A chart keeps the names (short on an axis, never a label cut in the middle of a word) and gets
 * a legend line `name: label` for each labelled name it shows: inside the SVG for the page and
 * the Word file, as lines under a chart laid out in characters.
 */
function chartLegend(b: Extract<Block, { kind: 'text' }>, shown: Map<string, Shown>, lang: Lang): Block {
  const svg = b.text.startsWith('<svg');
  // Names the chart shows as tokens of its texts: an SVG's <text> elements (an axis label, a title
  // "Drivers of Q7"; not tooltips), or the lines of a text chart.
  const shownText = svg ? [...b.text.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1])).join('\n') : b.text;
  const present = [...shown.values()].filter((v) => tokenPattern([v.name]).test(shownText));
  if (present.length === 0) return b;
  const lines = present.map((v) => t('naming.legend', lang, { name: v.name, label: oneLine(v.label) }));
  return { ...b, text: svg ? withLegend(b.text, lines) : `${b.text.replace(/\n+$/, '')}\n${lines.join('\n')}\n` };
}
