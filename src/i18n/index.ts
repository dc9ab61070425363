/**
 * One label catalog for every title, column name, footnote and message, usable from every layer
 * (data, stats, analyses, report) without importing the renderers. Each concept keeps its labels in
 * src/i18n/labels/<concept>.ts; labels/index.ts lists them all; `t` looks them up.
 * Chinese follows the terms of SPSS's Chinese edition.
 */
import { catalogs } from './labels/index.js';
import { clip } from './sanitize.js';

export type Lang = 'en' | 'zh';

export interface Label {
  en: string;
  zh: string;
}

const catalog = new Map<string, Label>();

/** Add labels; a key defined twice with different text is a programming error. */
function defineLabels(labels: Record<string, Label>): void {
  for (const [key, label] of Object.entries(labels)) {
    const old = catalog.get(key);
    if (old && (old.en !== label.en || old.zh !== label.zh)) {
      throw new Error(`label '${key}' defined twice with different text`);
    }
    catalog.set(key, label);
  }
}
for (const labels of Object.values(catalogs)) defineLabels(labels);

/** Every registered label (for the catalog's own checks). */
export function labelEntries(): [string, Label][] {
  return [...catalog.entries()];
}

/** The label for `key` in `lang`, with {name} placeholders filled from `vars`. */
export function t(key: string, lang: Lang, vars: Record<string, string | number> = {}): string {
  const label = catalog.get(key);
  if (!label) throw new Error(`no label '${key}'`);
  return label[lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** The language from --lang, else LC_ALL / LC_MESSAGES / LANG (zh_* -> zh), else English. */
export function resolveLang(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (option === 'en' || option === 'zh') return option;
  const loc = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(loc) ? 'zh' : 'en';
}

/**
 * A message as catalog key + values, so it can be shown in either language. A value may be a
 * message itself, or a list (joined with ', ' in English and '、' in Chinese).
 */
export interface MessageRef {
  key: string;
  vars: Record<string, MessageVar>;
}
export type MessageVar = string | number | string[] | MessageRef;

/** A message reference (no lookup yet, so it can be said later in either language). */
export function msg(key: string, vars: Record<string, MessageVar> = {}): MessageRef {
  return { key, vars };
}

/**
 * The text of `ref` in `lang`, nested messages first. Each quoted value (a cell, a name) is
 * clipped, so that a huge cell does not fill the terminal.
 */
export function say(ref: MessageRef, lang: Lang): string {
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(ref.vars)) {
    vars[k] = Array.isArray(v)
      ? clip(v.map((x) => clip(x)).join(lang === 'zh' ? '、' : ', '), 2000)
      : typeof v === 'object'
        ? say(v, lang)
        : typeof v === 'string'
          ? clip(v)
          : v;
  }
  return t(ref.key, lang, vars);
}

// Warnings travel as plain English strings (Dataset.warnings, Report.warnings); the message each
// came from is remembered here so the CLI can print it in the user's language.
const warningRefs = new Map<string, MessageRef>();

/** The English text of a warning, remembering its message so `sayWarning` can translate it. */
export function warning(ref: MessageRef): string {
  const en = say(ref, 'en');
  warningRefs.set(en, ref);
  return en;
}

/** A warning string in `lang`: translated when it came from `warning`, else as it is. */
export function sayWarning(text: string, lang: Lang): string {
  const ref = warningRefs.get(text);
  return ref && lang !== 'en' ? say(ref, lang) : text;
}

// The language commander's help is built in: set by the CLI from --lang or the locale before the
// commands are registered, because commander takes each description as a string when it is declared.
let helpLanguage: Lang = 'en';

/** Build the help of the commands registered from now on in `lang`. */
export function setHelpLanguage(lang: Lang): void {
  helpLanguage = lang;
}

/** The help text `help.<key>` (a command, option or argument description) in the help language. */
export function helpText(key: string, vars: Record<string, string | number> = {}): string {
  return t(`help.${key}`, helpLanguage, vars);
}
