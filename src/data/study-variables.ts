/**
 * The study file's `variables:` key, applied to a file as soon as it is read, so every command
 * that takes --study sees the columns as the study describes them:
 *
 *   variables:
 *     "3、贵行的社会声誉良好：": {name: Q3, label: 贵行的社会声誉良好}
 *     Q1..Q12: {values: {1: 很不满意, 2: 不满意, 3: 一般, 4: 满意, 5: 很满意}, level: ordinal}
 *     tenure: {order: [1年以下, 1-3年, 3-5年, 5年以上]}
 *
 * A key is a header of the file (exactly), else a column selection (Q1..Q12, several columns at
 * once; `name` then is refused). `name` renames the column: every other key of the study and the
 * command line use the new name. `label` is its variable label (tables show it, as a .sav
 * file's). `values` are its value labels, code -> label, as SPSS VALUE LABELS: codes in the file
 * are shown by their labels, and text answers in the file are read as those codes. `order` codes
 * its text categories 1..k in that order (categories it leaves out follow, in their natural
 * order). `level` is the SPSS measurement level; a nominal column is never taken for a rating.
 */
import { UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { parseNumber } from './options.js';
import { selectColumns } from './select.js';
import type { DeclaredColumn, Source } from './source.js';
import { studyProblem, type Study } from './study.js';

/** `source` with the study's `variables:` applied (the same object when the study has none). */
export function applyStudyVariables(source: Source, study: Study | null): Source {
  const specs = study?.variables;
  if (!study || !specs) return source;
  const entries = Object.entries(specs);
  // First the new names, each key a header of the file or a selection of one of its columns.
  const names = [...source.names];
  const renamed = new Map<string, { to: string; key: string }>();
  for (const [key, spec] of entries) {
    if (spec.name === undefined) continue;
    const columns = columnsOf(study, source, source.names, key);
    if (columns.length > 1) throw studyProblem(study, ['variables', key, 'name'], msg('data.study.vars.renameMany', { key, count: columns.length }));
    if (spec.name !== source.names[columns[0]]) {
      names[columns[0]] = spec.name;
      renamed.set(source.names[columns[0]], { to: spec.name, key });
    }
  }
  // A new name must name one column only: no other header, old or new, may be the same.
  for (const [from, { to, key }] of renamed) {
    const k = names.findIndex((n, i) => n === to && source.names[i] !== from);
    if (k !== -1) throw studyProblem(study, ['variables', key, 'name'], msg('data.study.vars.nameTaken', { key, name: to, other: source.names[k] }));
  }
  // Then the rest, a key naming columns by their header or their new name (Q3..Q9 after renaming).
  const labels = source.names.map((_, j) => source.labels?.[j]);
  const declared: (DeclaredColumn | undefined)[] = source.names.map((_, j) => source.declared?.[j]);
  for (const [key, spec] of entries) {
    const at = ['variables', key];
    const values = spec.values === undefined ? undefined : valueLabels(study, key, spec.values);
    for (const j of columnsOf(study, source, names, key)) {
      const d: DeclaredColumn = { ...declared[j] };
      if (values) d.values = values;
      if (spec.order) d.order = { list: spec.order, where: msg('data.study.vars.where', { path: study.path, line: lineRef(study, [...at, 'order']), key: `variables.${key}.order` }) };
      if (spec.level) d.measure = spec.level;
      declared[j] = d;
      if (spec.label !== undefined) labels[j] = spec.label;
    }
  }
  const rename = (n: string): string => renamed.get(n)?.to ?? n;
  const platform = source.platform && {
    ...source.platform,
    metadata: source.platform.metadata.map(rename),
    groups: source.platform.groups.map((g) => ({ ...g, columns: g.columns.map(rename) })),
  };
  return { ...source, names, labels, declared, ...(platform ? { platform } : {}), ...(source.weight ? { weight: rename(source.weight) } : {}) };
}

/**
 * The indices of the columns a key names: a header of the file exactly (question texts hold
 * commas), else a name of `names` exactly, else a selection of `names` (Q1..Q12); an unknown
 * column names the key and its line.
 */
function columnsOf(study: Study, source: Source, names: string[], key: string): number[] {
  const header = source.names.indexOf(key);
  if (header !== -1) return [header];
  const named = names.indexOf(key);
  if (named !== -1) return [named];
  try {
    return selectColumns(names, key, `variables.${key}`, source.file).map((n) => names.indexOf(n));
  } catch (e) {
    if (e instanceof UsageError) throw studyProblem(study, ['variables', key], e.label ?? e.message);
    throw e;
  }
}

/** `values: {1: 很不满意, ...}` as code -> label; a key that is no number names itself and its line. */
function valueLabels(study: Study, key: string, values: Record<string, string>): Map<number, string> {
  const out = new Map<number, string>();
  for (const [code, label] of Object.entries(values)) {
    const v = parseNumber(code);
    if (v === null) throw studyProblem(study, ['variables', key, 'values', code], msg('data.study.vars.badCode', { key, code }));
    out.set(v, label.trim());
  }
  return new Map([...out.entries()].sort((a, b) => a[0] - b[0]));
}

function lineRef(study: Study, key: string[]) {
  const line = study.lineOf(key);
  return line ? msg('data.lineAt', { line }) : '';
}
