/**
 * The study file (YAML or JSON) that describes a questionnaire once so `csat analyze` (and
 * `csat index`) need no options: items, scale range, labels, missing codes, reverse-keyed items,
 * scales, outcome, demographics, weight, questionnaires distributed, CI thresholds and targets.
 *
 * Validated with a zod schema; an error names the file, the key and its line.
 */
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { z, type core } from 'zod';
import { UsageError, InputError, CsatError } from '../errors.js';
import { readSideFile } from './side-file.js';
import { msg, say, type MessageRef } from '../i18n/index.js';
import { selectColumns } from './select.js';
import { decodeBuffer } from './read.js';

const columnSpec = z.string().min(1);
const columnList = z.union([columnSpec, z.array(columnSpec).min(1)]);
/** A threshold of an index between 0 and 1 (alpha, KMO, CFI ...), and of one unbounded above (RMSEA, chi-square/df ...). */
const unit = z.number().gt(0).max(1).optional();
const positive = z.number().gt(0).optional();

/** The post hoc tests the group-differences step of `csat analyze` can use (study key `posthoc`). */
export const STUDY_POSTHOC = ['lsd', 'tukey', 'bonferroni', 'sidak', 'scheffe', 'snk', 'duncan', 'tamhane', 'games-howell'] as const;

/** SPSS measurement levels (VARIABLE LEVEL), the study key `variables.<column>.level`. */
export const LEVELS = ['scale', 'ordinal', 'nominal'] as const;

/**
 * What the study declares about one column (or each column a selection names): a new name, the
 * variable label, value labels (code -> label), the order of its text categories, the level.
 */
const variableSpec = z.strictObject({
  name: z.string().min(1).optional(),
  label: z.string().min(1).optional(),
  values: z.record(z.string(), z.coerce.string()).optional(),
  order: z.array(z.coerce.string()).min(1).optional(),
  level: z.enum(LEVELS).optional(),
});

export type VariableSpec = z.infer<typeof variableSpec>;

export const studySchema = z.strictObject({
  title: z.string().optional(),
  data: z.string().optional(),
  encoding: z.string().optional(),
  delimiter: z.string().optional(),
  items: columnList.optional(),
  scaleRange: z.tuple([z.number(), z.number()]).refine(([a, b]) => a < b, say(msg('data.study.minBelowMax'), 'en')).optional(),
  missing: z.array(z.number()).optional(),
  labels: z.record(z.string(), z.number()).optional(),
  reverse: columnList.optional(),
  scales: z.record(z.string(), columnList).optional(),
  outcome: columnSpec.optional(),
  demographics: columnList.optional(),
  weight: columnSpec.optional(),
  value: columnSpec.optional(),
  distributed: z.number().int().positive().optional(),
  thresholds: z
    .strictObject({
      alpha: unit,
      kmo: unit,
      // The fit gates, by the names of --fail-under and of the JSON `fit` (src/analyses/cfa.ts
      // FIT_CUTOFFS): at least the value, or at most it for cmindf, rmsea, srmr and rmr (unbounded above).
      pvalue: unit,
      cmindf: positive,
      gfi: unit,
      agfi: unit,
      nfi: unit,
      ifi: unit,
      tli: unit,
      cfi: unit,
      rmsea: positive,
      pclose: unit,
      srmr: positive,
      rmr: positive,
    })
    .optional(),
  target: z.number().optional(),
  targets: z.record(z.string(), z.number()).optional(),
  /** csat cfa / sem: a model in lavaan syntax (instead of the scales), structural paths, fit cut-offs. */
  model: z.string().min(1).optional(),
  paths: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  fit: z.record(z.string(), z.number()).optional(),
  /** csat analyze's group differences: the post hoc test, and per demographic the order (codes or labels) and labels of its groups. */
  posthoc: z.enum(STUDY_POSTHOC).optional(),
  groups: z
    .record(z.string(), z.strictObject({ order: z.array(z.coerce.string()).min(1).optional(), labels: z.record(z.string(), z.string()).optional() }))
    .optional(),
  /** Per column of the file (its header, or a selection such as Q1..Q12): name, label, values, order, level. */
  variables: z.record(z.string(), variableSpec).optional(),
});

export type StudyFile = z.infer<typeof studySchema>;

export interface Study extends StudyFile {
  /** Where the study came from, for messages. */
  path: string;
  /** Line of each top-level or nested key path ('scales.Image'), for messages. */
  lineOf(path: (string | number)[]): number | null;
}

/** Read and validate a study file; a problem is a UsageError naming the key and line. */
export async function readStudy(path: string): Promise<Study> {
  let bytes: Buffer;
  try {
    bytes = await readSideFile(path);
  } catch (e) {
    if (e instanceof CsatError) throw e;
    throw new InputError(
      msg('data.study.cannotRead', { path, why: (e as NodeJS.ErrnoException).code === 'ENOENT' ? msg('data.noSuchFile') : (e as Error).message }),
    );
  }
  // Decoded as data files are (UTF-8 with or without BOM, UTF-16 with BOM, GBK/GB18030, ...):
  // a study written in Notepad on a Chinese Windows is GBK.
  return parseStudy(decodeBuffer(bytes, path).text.replace(/^\uFEFF/, ''), path);
}

/** Parse study text (YAML; JSON is YAML too). */
export function parseStudy(source: string, path: string): Study {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = e.linePos?.[0];
    throw new UsageError(at(path, pos?.line, msg('data.study.notYaml', { detail: yamlProblem(e.code, e.message, pos?.col) })));
  }
  const lineOf = (p: (string | number)[]): number | null => {
    for (let k = p.length; k >= 0; k--) {
      const node = k === 0 ? doc.contents : doc.getIn(p.slice(0, k), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (e) {
    // The parser throws a ReferenceError for an alias it cannot resolve or for too many of them
    // (an alias bomb): the file's fault, so a usage error in the user's language.
    if (!(e instanceof ReferenceError)) throw e;
    const unresolved = /^Unresolved alias.*: (.*)$/.exec(e.message);
    const detail = unresolved
      ? msg('data.study.yaml.unresolvedAlias', { name: unresolved[1].slice(0, 40) })
      : msg('data.study.yaml.aliases', { max: MAX_ALIAS_COUNT });
    throw new UsageError(at(path, null, msg('data.study.notYaml', { detail })));
  }
  const parsed = studySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const keyPath = (issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path) as (string | number)[];
    const key = keyPath.map(String).join('.') || msg('data.study.topLevel');
    const line = lineOf(keyPath) ?? (issue.code === 'unrecognized_keys' ? keyLine(source, issue.keys[0]) : null);
    const what =
      issue.code === 'unrecognized_keys'
        ? msg('data.study.unknownKey', { key, known: knownKeys(issue.path as (string | number)[]) })
        : msg('data.study.badValue', { key, problem: problemOf(issue, valueAt(data, issue.path as (string | number)[])) });
    throw new UsageError(at(path, line, what));
  }
  return { ...parsed.data, path, lineOf };
}

/** Aliases a study may expand (the parser's own default): a real study uses none or a few. */
const MAX_ALIAS_COUNT = 100;

/** The parser's error codes the catalog words; another code keeps the parser's English. */
const YAML_CODES: Record<string, string> = {
  BAD_INDENT: 'badIndent',
  TAB_AS_INDENT: 'tab',
  DUPLICATE_KEY: 'duplicateKey',
  MISSING_CHAR: 'missingChar',
  UNEXPECTED_TOKEN: 'unexpected',
  BLOCK_AS_IMPLICIT_KEY: 'nestedCompact',
  MULTILINE_IMPLICIT_KEY: 'multilineKey',
  MULTIPLE_DOCS: 'multipleDocs',
  BAD_DQ_ESCAPE: 'badEscape',
  BAD_SCALAR_START: 'reserved',
  KEY_OVER_1024_CHARS: 'longKey',
  BAD_ALIAS: 'badAlias',
};

/** A YAML syntax error as one sentence of the catalog, with its column when the parser knows it. */
function yamlProblem(code: string, message: string, col: number | undefined): MessageRef | string {
  const key = YAML_CODES[code];
  const what = key ? msg(`data.study.yaml.${key}`) : message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return col === undefined ? what : msg('data.study.yaml.column', { col, what });
}

/** The keys the schema allows in the mapping at `path` (top level: []). */
function knownKeys(path: (string | number)[]): string[] {
  let schema: z.ZodType = studySchema;
  for (const step of [...path, null]) {
    while (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
    if (step === null) break;
    // A record (scales, variables): every key holds the same kind of value.
    if (schema instanceof z.ZodRecord) {
      schema = schema.valueType as z.ZodType;
      continue;
    }
    if (!(schema instanceof z.ZodObject)) return [];
    schema = (schema.shape as Record<string, z.ZodType>)[String(step)];
    if (!schema) return [];
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let v = data;
  for (const step of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[step] : undefined;
  return v;
}

/** A type name of the schema, as a phrase of the catalog (unknown names as they are). */
const TYPES = new Set(['string', 'number', 'int', 'boolean', 'null', 'array', 'tuple', 'record', 'object']);
const typeRef = (name: string): string | MessageRef => (TYPES.has(name) ? msg(`data.study.type.${name}`) : name);

/** What the file holds where the schema wanted something else: a short scalar as it is, else its kind. */
function receivedRef(value: unknown): string | MessageRef {
  if (Array.isArray(value)) return typeRef('array');
  if (value === null) return typeRef('null');
  if (typeof value === 'object') return typeRef('object');
  const text = typeof value === 'string' ? `'${value}'` : String(value);
  return text.length <= 40 ? msg('data.study.value', { value: text }) : typeRef(typeof value);
}

/**
 * A schema problem as a catalog sentence, built from the issue's own fields (expected type, limit,
 * inclusive) and the value in the file; an issue of another kind keeps zod's text.
 */
function problemOf(issue: core.$ZodIssue, value: unknown): MessageRef {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? msg('data.study.zod.missing', { expected: typeRef(issue.expected) })
        : msg('data.study.zod.type', { expected: typeRef(issue.expected), received: receivedRef(value) });
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = String(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'string' && small) return msg('data.study.zod.tooShortString', { limit });
      if (issue.origin === 'array') return msg(small ? 'data.study.zod.tooShortArray' : 'data.study.zod.tooLongArray', { limit });
      if (issue.origin === 'number') return msg(`data.study.zod.${small ? 'tooSmall' : 'tooBig'}${issue.inclusive ? 'Inclusive' : ''}`, { limit });
      return msg('data.text', { text: issue.message });
    }
    case 'invalid_union':
      // The schema's one union: a column selection, one spec or a list of them.
      return msg('data.study.zod.columns');
    case 'invalid_value':
      // The schema's enums (posthoc, variables.<column>.level).
      return msg('data.study.zod.oneOf', { values: issue.values.map(String) });
    case 'custom':
      return msg('data.study.minBelowMax');
    default:
      return msg('data.text', { text: issue.message });
  }
}

/** "path, line N: what" (the line when known). */
function at(path: string, line: number | null | undefined, what: string | MessageRef): MessageRef {
  return msg('data.study.at', { path, line: line ? msg('data.lineAt', { line }) : '', what });
}

/** A problem with what the study says at `key` (its line when known), as a usage error (exit 2). */
export function studyProblem(study: Study, key: (string | number)[], what: string | MessageRef): UsageError {
  return new UsageError(at(study.path, study.lineOf(key), what));
}

/** The line of the first `key:` in the text (unknown keys have no schema path to look up). */
function keyLine(source: string, key: string): number | null {
  const lines = source.split(/\r?\n/);
  const re = new RegExp(`^\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
  const i = lines.findIndex((l) => re.test(l));
  return i >= 0 ? i + 1 : null;
}

/** Column specs in a list as one comma-separated selection. */
export function specOf(list: string | string[] | undefined): string | undefined {
  if (list === undefined) return undefined;
  return Array.isArray(list) ? list.join(',') : list;
}

/**
 * Resolve a column selection from the study against the file's header; an unknown column is a
 * UsageError naming the study key and its line.
 */
export function studyColumns(study: Study, names: string[], key: (string | number)[], list: string | string[] | undefined): string[] {
  const spec = specOf(list);
  if (spec === undefined) return [];
  try {
    return selectColumns(names, spec, key.join('.'));
  } catch (e) {
    if (e instanceof CsatError) throw studyProblem(study, key, e.label ?? e.message);
    throw e;
  }
}

/**
 * The survey file(s) a command reads: those on the command line, else the study's `data:` (a path
 * relative to the study file), else a usage error.
 */
export function surveyFiles(args: string[], study: Study | null): string[] {
  if (args.length) return args;
  if (study?.data) return [resolve(dirname(study.path), study.data)];
  throw new UsageError(msg('data.study.noFile'));
}
