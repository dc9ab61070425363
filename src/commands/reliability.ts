/**
 * `csat reliability` (alias `alpha`): Cronbach's alpha as SPSS RELIABILITY prints it, for one
 * scale (--items) or several (--scale "Name=Q1,Q2" repeated, or --scales FILE), plus Feldt's
 * interval, omega total and a verdict line.
 */
import type { Command } from 'commander';
import { LineCounter, isNode, parseDocument } from 'yaml';
import { runReliability, type MissingMode } from '../analyses/reliability.js';
import { reliabilityBlocks } from '../report/tables/reliability.js';
import { alphaWorked, explanations } from '../analyses/explain.js';
import { withExplanations } from '../report/explain.js';
import { CsatError, InputError, UsageError } from '../errors.js';
import { readSideFile } from '../data/side-file.js';
import { msg, type MessageRef, helpText } from '../i18n/index.js';
import { action, checkOutputOptions, emit, inputMeta, inputOptions, langOf, loadInput, outputOptions, summaryOptions, type CommonOptions, type SummaryInputOptions } from './common.js';

interface ReliabilityOptions extends CommonOptions, SummaryInputOptions {
  items?: string;
  scale: string[];
  scales?: string;
  ci: string;
  verdict: boolean;
  missingMode: string;
  explain?: boolean;
}

/** The name SPSS gives a scale made of the listed variables. */
export const DEFAULT_SCALE_NAME = 'ALL VARIABLES';

/** A scale as the command line or a scales file gives it: a name and a column spec (names, A..B runs, globs). */
interface ScaleSource {
  name: string;
  spec: string;
  /** Where it came from, for messages. */
  option: string | MessageRef;
}

type Path = (string | number)[];

/** A scales file of the wrong shape: the problem, at the key (and line) where it is. */
class ShapeError extends Error {
  constructor(
    readonly path: Path,
    readonly what: MessageRef,
  ) {
    super(what.key);
  }
}

/** What the file holds where something else was expected, as the study-file messages say it. */
function received(value: unknown): MessageRef {
  if (Array.isArray(value)) return msg(value.length ? 'data.study.type.array' : 'reliability.got.emptyList');
  if (value === null || value === undefined) return msg('data.study.type.null');
  if (typeof value === 'object') return msg(Object.keys(value).length ? 'data.study.type.object' : 'reliability.got.emptyMapping');
  const text = typeof value === 'string' ? `'${value}'` : String(value);
  return msg('data.study.value', { value: text.length <= 40 ? text : `${text.slice(0, 37)}...` });
}

/** The key path as the study-file messages name it: scales.Image, or the n-th entry of a list. */
function keyName(path: Path): string | MessageRef {
  const last = path[path.length - 1];
  const prefix = path.slice(0, -1).map(String).join('.');
  if (typeof last === 'number') return prefix ? msg('reliability.scalesEntryIn', { n: last + 1, list: prefix }) : msg('reliability.scalesEntry', { n: last + 1 });
  return path.map(String).join('.');
}

/** A column spec: a non-empty name or a non-empty list of them. */
function itemsOf(value: unknown, path: Path): string {
  const ok = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
  if (ok(value)) return value;
  if (Array.isArray(value) && value.length > 0) {
    const bad = value.findIndex((v) => !ok(v));
    if (bad < 0) return value.join(',');
    throw new ShapeError([...path, bad], msg('reliability.err.scaleItems', { key: keyName(path), received: received(value[bad]) }));
  }
  throw new ShapeError(path, msg('reliability.err.scaleItems', { key: keyName(path), received: received(value) }));
}

/** [{name, items}, ...] or {Name: items, ...} at `path` -> [name, spec] pairs. */
function scalesAt(value: unknown, path: Path): [string, string][] {
  if (Array.isArray(value)) {
    if (value.length === 0) throw new ShapeError(path, msg('reliability.err.scalesShape', { received: received(value) }));
    return value.map((entry, i): [string, string] => {
      const at = [...path, i];
      if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
        throw new ShapeError(at, msg('reliability.err.scaleEntry', { key: keyName(at), received: received(entry) }));
      }
      const e = entry as Record<string, unknown>;
      const unknown = Object.keys(e).find((k) => k !== 'name' && k !== 'items');
      if (unknown !== undefined) throw new ShapeError([...at, unknown], msg('reliability.err.scaleEntryKey', { key: keyName(at), name: unknown }));
      const name = typeof e.name === 'number' ? String(e.name) : e.name;
      if (typeof name !== 'string' || name.trim() === '') {
        throw new ShapeError('name' in e ? [...at, 'name'] : at, msg('reliability.err.scaleName', { key: keyName(at), received: received(e.name) }));
      }
      if (!('items' in e)) throw new ShapeError(at, msg('reliability.err.scaleNoItems', { key: keyName(at) }));
      return [name, itemsOf(e.items, [...at, 'items'])];
    });
  }
  if (value !== null && typeof value === 'object' && Object.keys(value).length > 0) {
    return Object.entries(value).map(([name, items]): [string, string] => [name, itemsOf(items, [...path, name])]);
  }
  throw new ShapeError(path, msg('reliability.err.scalesShape', { received: received(value) }));
}

/**
 * The scales of a parsed scales file: a study file's `scales:` (a mapping with that key holding a
 * mapping or a list; its other keys are the study's), else the whole file as a mapping or a list.
 */
function scalesOf(data: unknown): [string, string][] {
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && 'scales' in data) {
    const inner = (data as Record<string, unknown>).scales;
    // A scale that happens to be named "scales" (its items a spec) is a plain mapping of scales.
    if (inner !== null && typeof inner === 'object') return scalesAt(inner, ['scales']);
  }
  return scalesAt(data, []);
}

/** "Name=Q1,Q2" or "Name=Q3..Q5" -> a scale. */
export function parseScaleOption(value: string): ScaleSource {
  const eq = value.indexOf('=');
  const name = eq > 0 ? value.slice(0, eq).trim() : '';
  const spec = eq > 0 ? value.slice(eq + 1).trim() : '';
  if (!name || !spec) throw new UsageError(msg('reliability.err.scaleOption', { value }));
  return { name, spec, option: `--scale ${name}` };
}

/** Scales from a JSON or YAML file: {Name: [Q1, Q2]}, [{name, items}], or a study file's `scales:`. */
export async function readScalesFile(file: string): Promise<ScaleSource[]> {
  let source: string;
  try {
    source = (await readSideFile(file)).toString('utf8');
  } catch (e) {
    if (e instanceof CsatError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(msg('reliability.err.cannotReadScales', { file, why: code === 'ENOENT' ? msg('data.noSuchFile') : (e as Error).message }));
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true });
  if (doc.errors.length) {
    throw new UsageError(msg('reliability.err.scalesNotYaml', { file, detail: doc.errors[0].message.split('\n')[0] }));
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) {
    // An empty file (or only comments): no key or line to name.
    throw new UsageError(msg('data.study.at', { path: file, line: '', what: msg('reliability.err.scalesShape', { received: msg('reliability.got.emptyFile') }) }));
  }
  let entries: [string, string][];
  try {
    entries = scalesOf(data);
  } catch (e) {
    if (!(e instanceof ShapeError)) throw e;
    // The line of the deepest node of the path that the file has.
    let line: number | null = null;
    for (let k = e.path.length; k >= 0 && line === null; k--) {
      const node = k === 0 ? doc.contents : doc.getIn(e.path.slice(0, k), true);
      if (isNode(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
    }
    throw new UsageError(msg('data.study.at', { path: file, line: line ? msg('data.lineAt', { line }) : '', what: e.what }));
  }
  return entries.map(([name, spec]) => ({ name, spec, option: msg('reliability.scaleInFile', { file, name }) }));
}

function parseLevel(value: string): number {
  const level = Number(value);
  if (!(level > 0 && level < 1)) throw new UsageError(msg('reliability.err.ci', { value }));
  return level;
}

export function registerReliability(program: Command): void {
  const cmd = program
    .command('reliability')
    .alias('alpha')
    .description(helpText('reliability'))
    .argument('[file]', helpText('arg.fileOrSummary'))
    .option('--items <columns>', helpText('reliability.items'))
    .option(
      '--scale <name=items>',
      helpText('reliability.scale'),
      (value: string, prev: string[]) => [...prev, value],
      [] as string[],
    )
    .option('--scales <file>', helpText('reliability.scales'))
    .option('--ci <level>', helpText('reliability.ci'), '0.95')
    .option('--no-verdict', helpText('reliability.noVerdict'))
    .option(
      '--missing-mode <mode>',
      helpText('reliability.missingMode'),
      'listwise',
    )
    .option('--explain', helpText('explain'));
  summaryOptions(cmd);
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat reliability survey.csv --items Q1..Q12 --reverse Q7 --scale-range 1-5
  $ csat alpha survey.csv --scale "Image=Q1,Q2" --scale "Product=Q3..Q5" --ci 0.90 --lang zh
  $ csat alpha survey.csv --scales scales.yml --missing -3 --format json
  $ csat alpha --from-moments stats.json --scale "Image=Q1,Q2,Q3"`,
  );
  cmd.action(
    action(async (file: string | undefined, opts: ReliabilityOptions) => {
      checkOutputOptions(opts);
      const missingMode = opts.missingMode.trim().toLowerCase() as MissingMode;
      if (missingMode !== 'listwise' && missingMode !== 'pairwise') {
        throw new UsageError(msg('reliability.err.missingMode', { value: opts.missingMode }));
      }
      const ciLevel = parseLevel(opts.ci);
      const sources: ScaleSource[] = [];
      if (opts.items !== undefined) sources.push({ name: DEFAULT_SCALE_NAME, spec: opts.items, option: '--items' });
      for (const s of opts.scale) sources.push(parseScaleOption(s));
      if (opts.scales) sources.push(...(await readScalesFile(opts.scales)));
      if (sources.length === 0) {
        throw new UsageError(msg('reliability.err.noItems'));
      }
      const input = await loadInput(
        'reliability',
        file,
        opts,
        // One --scale-range describes one scale; scales on different ranges (a 1-5 and a 1-7) are not checked against it.
        sources.map((s) => ({ option: s.option, spec: s.spec, rated: sources.length === 1 })),
        {},
        missingMode === 'listwise',
      );
      const { selected } = input;
      if (input.kind === 'summary' && missingMode === 'pairwise') throw new UsageError(msg('summary.err.pairwise', { file: input.summary.file, n: input.summary.n }));
      const meta = inputMeta(input);
      const lang = langOf(opts);
      const result = runReliability(
        input.kind === 'rows' ? input.ds : input.summary,
        sources.map((s, i) => ({ name: s.name, items: selected[i] })),
        { missingMode, ciLevel, lang, keepGoing: true },
      );
      const blocks = reliabilityBlocks(result, lang, { verdict: opts.verdict, missingMode, weight: meta.weight, scaleInTitles: true });
      const explained = opts.explain ? explanations({ alpha: result.scales.map(alphaWorked) }) : null;
      const results = { scales: result.scales, notComputed: (result.notComputed ?? []).map((n) => ({ name: n.name, reason: n.reason })) };
      await emit(
        {
          command: 'reliability',
          blocks: explained ? withExplanations(blocks, explained, lang) : blocks,
          results: explained ? { ...results, explain: explained } : results,
          warnings: [...meta.warnings, ...result.warnings],
        },
        opts,
        [meta.info],
      );
    }),
  );
}
