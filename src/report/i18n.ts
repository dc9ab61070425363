/**
 * One label catalog for every title, column name, footnote and message. Each concept registers its
 * own labels (src/report/labels/*.ts) so modules never edit a shared file; `t` looks them up.
 * Chinese follows the terms of SPSS's Chinese edition.
 */

export type Lang = 'en' | 'zh';

export interface Label {
  en: string;
  zh: string;
}

const catalog = new Map<string, Label>();

/** Register labels; a key defined twice with different text is a programming error. */
export function defineLabels(labels: Record<string, Label>): void {
  for (const [key, label] of Object.entries(labels)) {
    const old = catalog.get(key);
    if (old && (old.en !== label.en || old.zh !== label.zh)) {
      throw new Error(`label '${key}' defined twice with different text`);
    }
    catalog.set(key, label);
  }
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
