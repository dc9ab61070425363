/**
 * lavaan-like model syntax -> a list of statements (lhs, op, rhs, fixed value, position).
 *
 *   F1 =~ x1 + x2 + 0.8*x3     latent F1 measured by x1, x2, x3 (x3's loading fixed at 0.8)
 *   y ~ F1 + F2                 regression of y on F1 and F2
 *   x1 ~~ x2                    (residual) covariance; x1 ~~ 0*x1 fixes a variance
 *   # comment                   also after a statement; statements end at a newline or ';'
 *
 * A line that ends in an operator or '+' continues on the next. Several left-hand names
 * (`y1 + y2 ~ x`) give one statement each. Names are anything but white space and the syntax's
 * own characters, so Chinese names need no quoting. Every error is a UsageError naming the line
 * and column (1-based) of the model text (Rosseel 2012, lavaan model syntax, is the reference).
 */
import { UsageError } from '../../errors.js';
import { msg, type MessageRef } from '../../i18n/index.js';

export type Operator = '=~' | '~' | '~~';

export interface ModelStatement {
  lhs: string;
  op: Operator;
  rhs: string;
  /** The value a numeric modifier (`0.5*x`) fixes the parameter at; null when free. */
  fixed: number | null;
  /** 1-based position of the rhs name in the model text (0 for statements built, not parsed). */
  line: number;
  column: number;
}

/** A model syntax error: the sentence, with the line and column it is at. */
export class ModelSyntaxError extends UsageError {
  constructor(line: number, column: number, what: MessageRef) {
    super(line > 0 ? msg('cfa.syntax.at', { line, column, what }) : what);
  }
}

interface Token {
  kind: 'name' | 'op' | 'plus' | 'star';
  text: string;
  line: number;
  column: number;
}

const OPERATOR_CHARS = '=~<>:|';
const SPECIAL = new Set([...OPERATOR_CHARS, '+', '*', ';', '#', '!', '(', ')', ',', '"', "'"]);
const KNOWN: Operator[] = ['=~', '~~', '~'];

/** The tokens of one physical line (comments removed), or a syntax error. */
function tokenize(text: string, line: number): Token[] {
  const tokens: Token[] = [];
  const chars = [...text];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i];
    const column = i + 1;
    if (c === '#' || c === '!') break;
    if (/\s/u.test(c)) {
      i++;
    } else if (c === '+') {
      tokens.push({ kind: 'plus', text: c, line, column });
      i++;
    } else if (c === '*') {
      tokens.push({ kind: 'star', text: c, line, column });
      i++;
    } else if (c === ';') {
      tokens.push({ kind: 'op', text: ';', line, column });
      i++;
    } else if (OPERATOR_CHARS.includes(c)) {
      let j = i;
      while (j < chars.length && OPERATOR_CHARS.includes(chars[j])) j++;
      tokens.push({ kind: 'op', text: chars.slice(i, j).join(''), line, column });
      i = j;
    } else if (SPECIAL.has(c)) {
      throw new ModelSyntaxError(line, column, msg('cfa.syntax.unexpected', { char: c }));
    } else {
      let j = i;
      while (j < chars.length && !SPECIAL.has(chars[j]) && !/\s/u.test(chars[j])) j++;
      tokens.push({ kind: 'name', text: chars.slice(i, j).join(''), line, column });
      i = j;
    }
  }
  return tokens;
}

/** Physical lines -> statements (token lists), joining a line that ends in an operator or '+'. */
function statements(source: string): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  const lines = source.split(/\r\n|\r|\n/);
  lines.forEach((text, k) => {
    for (const tok of tokenize(text, k + 1)) {
      if (tok.kind === 'op' && tok.text === ';') {
        if (current.length) out.push(current);
        current = [];
      } else current.push(tok);
    }
    const last = current[current.length - 1];
    // `F =~ x1 +` or `F =~` at the end of a line goes on in the next line.
    const continues = last !== undefined && last.kind !== 'name';
    if (!continues && current.length) {
      out.push(current);
      current = [];
    }
  });
  if (current.length) out.push(current);
  return out;
}

/** `a + b + c` (with optional `number*` modifiers) -> terms; `after` is the token before them, for positions. */
function terms(tokens: Token[], after: Token): { name: Token; fixed: number | null }[] {
  const out: { name: Token; fixed: number | null }[] = [];
  let i = 0;
  let prev = after;
  while (i <= tokens.length) {
    const t = tokens[i];
    if (!t || t.kind !== 'name') throw new ModelSyntaxError((t ?? prev).line, t ? t.column : prev.column + prev.text.length, msg('cfa.syntax.nameExpected'));
    let fixed: number | null = null;
    let name = t;
    if (tokens[i + 1]?.kind === 'star') {
      const value = Number(t.text);
      if (!Number.isFinite(value) || t.text.trim() === '') {
        throw new ModelSyntaxError(t.line, t.column, msg('cfa.syntax.modifier', { modifier: t.text }));
      }
      const n = tokens[i + 2];
      if (!n || n.kind !== 'name') throw new ModelSyntaxError(tokens[i + 1].line, tokens[i + 1].column + 1, msg('cfa.syntax.nameExpected'));
      fixed = value;
      name = n;
      i += 2;
    }
    out.push({ name, fixed });
    prev = name;
    const sep = tokens[i + 1];
    if (!sep) break;
    if (sep.kind !== 'plus') {
      throw new ModelSyntaxError(sep.line, sep.column, sep.kind === 'op' ? msg('cfa.syntax.secondOperator', { op: sep.text }) : msg('cfa.syntax.plusExpected', { got: sep.text }));
    }
    prev = sep;
    i += 2;
  }
  return out;
}

/** Parse model text into statements; duplicates and empty factors are errors at their position. */
export function parseModel(source: string): ModelStatement[] {
  const out: ModelStatement[] = [];
  for (const toks of statements(source)) {
    const opAt = toks.findIndex((t) => t.kind === 'op');
    if (opAt < 0) throw new ModelSyntaxError(toks[0].line, toks[0].column, msg('cfa.syntax.noOperator'));
    const opTok = toks[opAt];
    if (!KNOWN.includes(opTok.text as Operator)) {
      throw new ModelSyntaxError(opTok.line, opTok.column, msg('cfa.syntax.unknownOperator', { op: opTok.text }));
    }
    const op = opTok.text as Operator;
    if (opAt === 0) throw new ModelSyntaxError(opTok.line, opTok.column, msg('cfa.syntax.nameExpected'));
    const left = terms(toks.slice(0, opAt), toks[0]);
    const fixedLeft = left.find((l) => l.fixed !== null);
    if (fixedLeft) throw new ModelSyntaxError(fixedLeft.name.line, fixedLeft.name.column, msg('cfa.syntax.modifierLeft'));
    const rest = toks.slice(opAt + 1);
    if (rest.length === 0) {
      throw new ModelSyntaxError(
        opTok.line,
        opTok.column,
        op === '=~' ? msg('cfa.syntax.noIndicators', { factor: left[0].name.text }) : msg('cfa.syntax.nameExpected'),
      );
    }
    const right = terms(rest, opTok);
    for (const l of left) {
      for (const r of right) {
        if (r.name.text === '1') throw new ModelSyntaxError(r.name.line, r.name.column, msg('cfa.syntax.intercept'));
        out.push({ lhs: l.name.text, op, rhs: r.name.text, fixed: r.fixed, line: r.name.line, column: r.name.column });
      }
    }
  }
  checkDuplicates(out);
  return out;
}

/** The key of a statement: `~~` is symmetric, so a ~~ b and b ~~ a are one path. */
function keyOf(s: ModelStatement): string {
  const [a, b] = s.op === '~~' && s.rhs < s.lhs ? [s.rhs, s.lhs] : [s.lhs, s.rhs];
  return `${a}\u0000${s.op}\u0000${b}`;
}

function checkDuplicates(list: ModelStatement[]): void {
  const seen = new Map<string, ModelStatement>();
  for (const s of list) {
    const k = keyOf(s);
    const first = seen.get(k);
    if (first) {
      throw new ModelSyntaxError(s.line, s.column, msg('cfa.syntax.duplicate', { path: `${s.lhs} ${s.op} ${s.rhs}`, line: first.line }));
    }
    seen.set(k, s);
  }
}

/** The measurement model of study scales: each scale a factor, its items the indicators. */
export function scalesModel(scales: { name: string; items: string[] }[]): ModelStatement[] {
  const out: ModelStatement[] = [];
  for (const s of scales) {
    if (s.items.length === 0) throw new ModelSyntaxError(0, 0, msg('cfa.syntax.noIndicators', { factor: s.name }));
    for (const item of s.items) out.push({ lhs: s.name, op: '=~', rhs: item, fixed: null, line: 0, column: 0 });
  }
  checkDuplicates(out);
  return out;
}

/** Statements back as model text, one line per lhs and operator (for the report). */
export function modelText(list: ModelStatement[]): string {
  const lines: string[] = [];
  const groups = new Map<string, string[]>();
  for (const s of list) {
    const k = `${s.lhs} ${s.op}`;
    if (!groups.has(k)) {
      groups.set(k, []);
      lines.push(k);
    }
    groups.get(k)!.push(s.fixed === null ? s.rhs : `${s.fixed}*${s.rhs}`);
  }
  return lines.map((k) => `${k} ${groups.get(k)!.join(' + ')}`).join('\n');
}
