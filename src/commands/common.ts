/**
 * What every command shares: the input and output options, loading the selected columns into a
 * Dataset, and rendering a Report to stdout or -o FILE. Commands stay thin by calling these.
 */
import { createRequire } from 'node:module';
import type { Command } from 'commander';
import { displayName, readSource, type ReadOptions } from '../data/read.js';
import { parsePlatform, PLATFORM_NAMES, PLATFORMS } from '../data/platform/index.js';
import { boundedOption } from './bounds.js';
import { selectColumns } from '../data/select.js';
import { toDataset, type ConvertOptions } from '../data/convert.js';
import { parseLabelMap } from '../data/labels.js';
import { parseNumberList, parseScaleRange } from '../data/options.js';
import type { Dataset, InputInfo } from '../data/dataset.js';
import type { Source } from '../data/source.js';
import type { Report, TextBlock } from '../report/table.js';
import type { CommandName, CommandResults, FailedThreshold } from '../report/json-results.js';
import { FORMATS, render, TABLE_STYLES, type Format, type TableStyle } from '../report/render/index.js';
import { chartImages } from '../report/render/png.js';
import { checkOutputs, colorWanted, writeOutput } from '../report/output.js';
import { msg, resolveLang, say, sayWarning, t, warning, type Lang, type MessageRef, helpText } from '../i18n/index.js';
import { EXIT, InputError, printLine, UsageError } from '../errors.js';
import { endProgress, progressStep } from '../progress.js';
import { specOf, type Study } from '../data/study.js';
import { applyStudyVariables } from '../data/study-variables.js';
import { isMatrixHeader, matrixFromSource, momentsFromJson, readMomentsFile, rowsOnly, type SummaryStats } from '../data/summary.js';
import { engineMoments, engineOption, engineWanted, type EngineOptions } from './engine.js';
import { streamMoments, type StreamedMoments } from '../data/stream-moments.js';
import { momentsFile } from '../analyses/moments.js';
import { everyRowComplete } from '../stats/moments.js';
import { takeDeprecations } from './deprecated.js';
import { NotStreamable, planStream, STREAM_MIN_BYTES, streamable, type HeadConverter, type StreamPlan } from '../data/stream.js';
import { labelReport } from '../report/naming.js';

export const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** Options every data command accepts (see inputOptions / outputOptions). */
export interface CommonOptions {
  format?: string;
  tableStyle?: string;
  /** --html-charts auto|svg: charts with Chinese text as shipped-font pictures (auto), or all SVG. */
  htmlCharts?: string;
  lang?: string;
  /** --names: variable names instead of labels in tables and charts. */
  names?: boolean;
  output?: string;
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  missing?: string;
  labels?: string;
  lenient?: boolean;
  reverse?: string;
  scaleRange?: string;
  weight?: string;
  maxInputBytes?: string;
  maxCellBytes?: string;
  maxColumns?: string;
  platform?: string;
  headerRows?: string;
  skipRows?: string;
}

/** --encoding, --delimiter, --missing, --labels, --lenient, --reverse, --scale-range, --weight. */
export function inputOptions(cmd: Command): Command {
  return cmd
    .option('--encoding <name>', helpText('encoding'))
    .option('--delimiter <char>', helpText('delimiter'))
    .option('--sheet <name|n>', helpText('sheet'))
    .option('--missing <codes>', helpText('missing'))
    .option('--labels <map>', helpText('labels'))
    .option('--lenient', helpText('lenient'))
    .option('--reverse <columns>', helpText('reverse'))
    .option('--scale-range <min-max>', helpText('scaleRange'))
    .option('--weight <column>', helpText('weight'))
    .option('--max-input-bytes <n>', helpText('maxInputBytes'))
    .option('--max-cell-bytes <n>', helpText('maxCellBytes'))
    .option('--max-columns <n>', helpText('maxColumns'))
    .option('--platform <name>', helpText('platform', { platforms: [...PLATFORMS, 'none'].join(', ') }))
    .option('--header-rows <n>', helpText('headerRows'))
    .option('--skip-rows <n>', helpText('skipRows'));
}

/** An option's value among `allowed` (case-insensitive), or one usage error listing them. */
export function parseChoice<T extends string>(value: string, allowed: readonly T[], option: string): T {
  const v = value.trim().toLowerCase() as T;
  if (!allowed.includes(v)) throw new UsageError(msg('corr.err.choice', { option, allowed: [...allowed], value }));
  return v;
}

/** --format, --lang, -o. */
export function outputOptions(cmd: Command): Command {
  return cmd
    .option('-f, --format <format>', helpText('format', { formats: FORMATS.join(', ') }), 'text')
    .option('--table-style <style>', helpText('tableStyle'))
    .option('--html-charts <kind>', helpText('htmlCharts'))
    .option('--lang <lang>', helpText('lang'))
    .option('--names', helpText('names'))
    .option('-o, --output <file>', helpText('output'))
    .option('--no-progress', helpText('progress'));
}

/** One column selection to resolve: an option's value (e.g. --items) and its name for messages. */
export interface Selection {
  option: string | MessageRef;
  spec: string | undefined;
  /** Names already resolved (e.g. from a study file); used instead of spec. */
  names?: string[];
  /** Its columns are ratings on the scale range (--scale-range or the study's): a value outside it is never an answer. */
  rated?: boolean;
}

export interface Loaded {
  source: Source;
  ds: Dataset;
  /** The names each selection resolved to, in the order the selections were given. */
  selected: string[][];
}

/**
 * Read `file`, resolve each selection against its header, and convert the union of the selected
 * columns (plus --reverse and --weight) into a Dataset. An empty selection means "none", not "all".
 */
export async function loadData(file: string, opts: CommonOptions, selections: Selection[], defaults: StudyDefaults = {}): Promise<Loaded> {
  const source = applyStudyVariables(await readSource(file, sourceOptions(opts, defaults)), defaults.study ?? null);
  return { source, ...convertSource(source, opts, selections, defaults) };
}

/**
 * The streaming reader's plan for `file` and these selections (data/stream.ts), or null when the
 * file is to be read whole: standard input, a device, a small file (it starts faster), or a file
 * whose head shows anything only the whole-file reader handles exactly.
 */
export async function streamPlanFor(file: string, opts: CommonOptions, selections: Selection[], defaults: StudyDefaults = {}, min?: number): Promise<StreamPlan | null> {
  if (!(await streamable(file, min ?? streamMinBytes()))) return null;
  // The whole-file reader checks every rated value against the scale range and applies the
  // study's variables: key; the stream does neither, so those runs read the file whole.
  if (defaults.study?.variables || (answerOptions(opts, defaults).scaleRange && selections.some((s) => s.rated))) return null;
  try {
    return await planStream(file, sourceOptions(opts, defaults), (head) => headConversion(head, opts, selections, defaults));
  } catch (e) {
    if (e instanceof NotStreamable) return null;
    throw e;
  }
}

/**
 * The selections converted on the head of a streamed file: what decides how the stream reads each
 * column. The weight is only named here (its counts on the head say nothing of the whole file).
 */
export function headConversion(head: Source, opts: CommonOptions, selections: Selection[], defaults: StudyDefaults = {}): ReturnType<HeadConverter> {
  const r = convertSource(head, { ...opts, weight: undefined }, selections, { ...defaults, weight: undefined });
  const weight = opts.weight ? oneColumn(head, opts.weight, '--weight') : (defaults.weight ?? null);
  return { ds: r.ds, selected: r.selected, reverse: r.convert.reverse ?? [], weight, labels: r.convert.labels, missing: r.convert.missing ?? [] };
}

/**
 * The size from which files are streamed: STREAM_MIN_BYTES, or CSAT_STREAM_MIN_BYTES (tests set
 * it low to run small fixtures through the stream).
 */
function streamMinBytes(): number {
  const v = Number(process.env.CSAT_STREAM_MIN_BYTES);
  return Number.isFinite(v) && v >= 0 ? v : STREAM_MIN_BYTES;
}

/**
 * How the file is read: encoding, delimiter, worksheet, limits, and its layout (--platform,
 * --header-rows, --skip-rows); the command line wins over the study's encoding and delimiter.
 */
export function sourceOptions(opts: CommonOptions, defaults: Pick<StudyDefaults, 'encoding' | 'delimiter'> = {}): ReadOptions {
  return {
    encoding: opts.encoding ?? defaults.encoding,
    delimiter: opts.delimiter ?? defaults.delimiter,
    ...readLimits(opts),
    sheet: opts.sheet,
    platform: opts.platform === undefined ? undefined : parsePlatform(opts.platform),
    headerRows: boundedOption(opts.headerRows, '--header-rows'),
    skipRows: boundedOption(opts.skipRows, '--skip-rows'),
  };
}

/** --max-input-bytes (undefined: the default). */
export function maxInputBytes(opts: CommonOptions): number | undefined {
  return boundedOption(opts.maxInputBytes, '--max-input-bytes');
}

/** --max-input-bytes, --max-cell-bytes, --max-columns as read options (undefined: the default). */
export function readLimits(opts: CommonOptions): Pick<ReadOptions, 'maxBytes' | 'maxCellBytes' | 'maxColumns'> {
  return {
    maxBytes: maxInputBytes(opts),
    maxCellBytes: boundedOption(opts.maxCellBytes, '--max-cell-bytes'),
    maxColumns: boundedOption(opts.maxColumns, '--max-columns'),
  };
}

/**
 * Settings a study file gives (already resolved against the header); the command line wins over
 * each of them.
 */
export interface StudyDefaults {
  encoding?: string;
  delimiter?: string;
  missing?: number[];
  labels?: Map<string, number>;
  reverse?: string[];
  scaleRange?: [number, number];
  weight?: string;
  /** The study whose `variables:` (names, labels, value labels, order, level) apply as the file is read. */
  study?: Study | null;
}

/** How answers are read (missing codes, labels, leniency, scale range): the command line, else the study. */
export function answerOptions(opts: CommonOptions, defaults: StudyDefaults = {}): ConvertOptions {
  return {
    missing: opts.missing ? parseNumberList(opts.missing, '--missing') : (defaults.missing ?? []),
    labels: opts.labels ? parseLabelMap(opts.labels) : defaults.labels,
    lenient: Boolean(opts.lenient),
    scaleRange: opts.scaleRange ? parseScaleRange(opts.scaleRange) : defaults.scaleRange,
  };
}

/** Resolve the selections against a Source already read and convert them (see loadData). */
export function convertSource(source: Source, opts: CommonOptions, selections: Selection[], defaults: StudyDefaults = {}): { ds: Dataset; selected: string[][]; convert: ConvertOptions } {
  const selected = selections.map((s) => s.names ?? (s.spec === undefined ? [] : selectColumns(source.names, s.spec, s.option, source.file)));
  const reverse = opts.reverse ? selectColumns(source.names, opts.reverse, '--reverse', source.file) : (defaults.reverse ?? []);
  // A .sav file's own weight variable counts as --weight unless one is given (SPSS keeps WEIGHT BY in the file).
  const fileWeight = !opts.weight && defaults.weight === undefined ? (source.weight ?? null) : null;
  const weight = opts.weight ? oneColumn(source, opts.weight, '--weight') : (defaults.weight ?? fileWeight);
  const names = [...new Set(selected.flat())];
  progressStep(msg('progress.converting'));
  const rated = selections.flatMap((s, k) => (s.rated ? selected[k] : []));
  const convert: ConvertOptions = { ...answerOptions(opts, defaults), reverse, weight, rated };
  const ds = toDataset(source, names, convert);
  if (fileWeight !== null) ds.warnings.push(warning(msg('data.sav.fileWeight', { file: displayName(source.file), column: fileWeight })));
  return { ds, selected, convert };
}

/** The one column an option such as --weight or --id names; a spec that selects several is a usage error. */
export function oneColumn(source: Source, spec: string, option: string): string {
  const cols = selectColumns(source.names, spec, option, source.file);
  if (cols.length > 1) throw new UsageError(msg('data.common.oneColumn', { option, count: cols.length }));
  return cols[0];
}

/** --vars as a selection (its old spelling --items is mapped onto it, see deprecated.ts); null when not given. */
export function varsSelection(opts: { vars?: string }): Selection | null {
  return opts.vars !== undefined ? { option: '--vars', spec: opts.vars } : null;
}

/** The language for this run (--lang, else the locale). */
export function langOf(opts: CommonOptions): Lang {
  if (opts.lang !== undefined && opts.lang !== 'en' && opts.lang !== 'zh') {
    throw new UsageError(msg('data.common.badLang', { lang: String(opts.lang) }));
  }
  return resolveLang(opts.lang);
}

function formatOf(opts: CommonOptions): Format {
  const f = (opts.format ?? 'text') as Format;
  if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(msg('data.common.badFormat', { formats: FORMATS.join(', '), format: String(opts.format) }));
  return f;
}

function tableStyleOf(opts: CommonOptions): TableStyle | undefined {
  const s = opts.tableStyle as TableStyle | undefined;
  if (s !== undefined && !TABLE_STYLES.includes(s)) throw new UsageError(msg('data.common.badTableStyle', { styles: TABLE_STYLES.join(', '), style: String(s) }));
  return s;
}

/**
 * Validate the output options before any work is done, so a typo fails fast: the format, the
 * language, and every file the run will write (-o and the command's side files, e.g.
 * `{ '--plot': opts.plot }`), each writable and none named twice (see checkOutputs).
 */
export function checkOutputOptions(opts: CommonOptions, sideFiles: Record<string, string | undefined> = {}): void {
  checkBinaryTarget(formatOf(opts), opts);
  tableStyleOf(opts);
  langOf(opts);
  checkOutputs([{ option: '-o', file: opts.output }, ...Object.entries(sideFiles).map(([option, file]) => ({ option, file }))]);
}

/** A Word file is binary: never written to a terminal (a file or a pipe is fine). */
export function checkBinaryTarget(format: Format, opts: CommonOptions, isTTY = process.stdout.isTTY === true): void {
  if (format === 'docx' && (opts.output === undefined || opts.output === '-') && isTTY) throw new UsageError(msg('docx.err.terminal'));
}

/** Whether the command should draw its SVG charts: for the formats that show pictures (html, docx). */
export function chartsWanted(opts: CommonOptions): boolean {
  return opts.format === 'html' || opts.format === 'docx';
}

/**
 * Render `report` in the chosen format and write it to stdout or -o FILE; warnings go to stderr.
 * For a command of the JSON contract (../report/json-results.ts)
 * the compiler holds `results` to the type its published schema is generated from.
 */
export async function emit<C extends string>(
  report: Report & { command: C; results: C extends CommandName ? CommandResults[C] : unknown },
  opts: CommonOptions,
  inputs: InputInfo[],
): Promise<void> {
  const format = formatOf(opts);
  const lang = langOf(opts);
  const tableStyle = tableStyleOf(opts);
  checkBinaryTarget(format, opts);
  report = { ...report, blocks: [...platformLines(inputs, lang), ...report.blocks], warnings: [...takeDeprecations(), ...report.warnings] };
  // Before the charts are drawn as PNG: docx looks each picture up by the chart's final text.
  report = labelReport(report, inputs.flatMap((i) => i.variables ?? []), { names: opts.names === true, lang });
  const color = format === 'text' && colorWanted({ output: opts.output });
  // Docx: the charts as PNG pictures (HTML: those with Chinese text), when the optional renderer and font are installed. Why
  // one is missing is said on stderr only: it concerns this machine, not the document's reader.
  progressStep(msg('progress.writing'));
  const htmlCharts = opts.htmlCharts === undefined ? 'auto' : parseChoice(opts.htmlCharts, ['auto', 'svg'] as const, '--html-charts');
  const charts = format === 'docx' ? await chartImages(report) : format === 'html' && htmlCharts === 'auto' ? await chartImages(report, undefined, true) : null;
  const content = render(report, format, {
    lang,
    color,
    tableStyle,
    images: charts?.images,
    version: VERSION,
    input: inputs.length === 1 ? inputs[0] : inputs,
  });
  // The progress line leaves the terminal before the results arrive on it.
  endProgress();
  await writeOutput(content, { output: opts.output, inputs: inputs.map((i) => i.file) });
  const label = t('common.warning', lang).toLowerCase();
  // JSON carries them in its envelope instead, so `2>&1 | jq` still reads one valid object.
  if (format !== 'json') for (const w of [...report.warnings, ...(charts?.warnings ?? [])]) printLine(`${label}: ${sayWarning(w, lang)}`);
  // A missed threshold is in the JSON too, and on standard error in every format (for CI logs).
  for (const f of report.failures ?? []) printLine(f.message);
}

/** "Read as a 问卷星 (wjx) export: ..." above the tables, one line per platform file read (JSON has it in `input`). */
function platformLines(inputs: InputInfo[], lang: Lang): TextBlock[] {
  return inputs.flatMap((i) => {
    if (i.platform === undefined) return [];
    const platform = PLATFORM_NAMES[i.platform];
    const metadata = i.metadata ?? [];
    const ref = metadata.length
      ? msg('platform.read', { platform, metadata: metadata.length, columns: metadata.length === 1 ? 'column' : 'columns', names: metadata })
      : msg('platform.readNoMeta', { platform });
    return [{ kind: 'text' as const, text: say(ref, lang) }];
  });
}

/** The exit code of a run whose thresholds were checked: 4 when one was missed. */
export function thresholdExit(failures: FailedThreshold[]): number | undefined {
  return failures.length ? EXIT.threshold : undefined;
}

/** Exit status a command asks for after it has printed everything (e.g. 4 for a failed threshold). */
export const exitState = { code: 0 };

/** Wrap a command action so it can return an exit code. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<number | void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const code = await fn(...args);
    if (typeof code === 'number') exitState.code = code;
  };
}

/**
 * The study file's data settings as defaults for a command's options (the command line wins):
 * items, scale range, missing codes, labels, reverse-keyed items, weight.
 */
export function applyStudyOptions(opts: CommonOptions & { items?: string }, study: Study): void {
  opts.items ??= specOf(study.items);
  if (!opts.scaleRange && study.scaleRange) opts.scaleRange = study.scaleRange.join('-');
  if (!opts.missing && study.missing) opts.missing = study.missing.join(',');
  if (!opts.labels && study.labels) opts.labels = Object.entries(study.labels).map(([k, v]) => `${k}=${v}`).join(',');
  if (!opts.reverse && study.reverse) opts.reverse = specOf(study.reverse);
  opts.weight ??= study.weight;
}

/** --matrix FILE / --from-moments FILE: summary statistics instead of the rows. */
export interface SummaryInputOptions extends EngineOptions {
  matrix?: string;
  fromMoments?: string;
}

/** The options of summary input (src/data/summary.ts), for commands that can work from it. */
export function summaryOptions(cmd: Command): Command {
  return engineOption(cmd.option('--matrix <file>', helpText('matrix')).option('--from-moments <file>', helpText('fromMoments')));
}

/** What a command that accepts summary input reads: the rows, or one SummaryStats. */
export type Input =
  | ({ kind: 'rows' } & Loaded)
  | { kind: 'summary'; summary: SummaryStats; selected: string[][]; input: InputInfo; warnings?: string[] };

/**
 * Load the rows (loadData), or the summary statistics when --matrix or --from-moments is given,
 * the file is a moments file (.json), or its header is a MATRIX DATA header (ROWTYPE_). Selections
 * resolve against the summary's variable names just as against a header.
 */
export async function loadInput(
  command: string,
  file: string | undefined,
  opts: CommonOptions & SummaryInputOptions,
  selections: Selection[],
  defaults: StudyDefaults = {},
  stream = false,
): Promise<Input> {
  if (opts.matrix !== undefined && opts.fromMoments !== undefined) throw new UsageError(msg('summary.err.twoSummaries'));
  if (stream && file !== undefined && opts.matrix === undefined && opts.fromMoments === undefined && !/\.json$/i.test(file)) {
    const streamed = await streamedSummary(file, opts, selections, defaults);
    if (streamed !== null) return streamed;
  }
  const given = opts.matrix !== undefined ? { option: '--matrix', file: opts.matrix } : opts.fromMoments !== undefined ? { option: '--from-moments', file: opts.fromMoments } : null;
  if (given && file !== undefined) throw new UsageError(msg('summary.err.fileAndSummary', { option: given.option, summary: given.file, file }));
  if (!given && file === undefined) throw new UsageError(msg('summary.err.noInput', { command }));
  let summary: SummaryStats;
  let encoding = 'utf-8';
  let delimiter = '';
  if (engineWanted(opts, given?.file ?? file)) {
    if (given) throw new UsageError(msg('duckdb.err.summary', { option: given.option }));
    const m = await engineMoments(file!, opts, selections, { perItem: command === 'describe', separate: command === 'reliability' });
    summary = momentsFromJson(m.moments, file!);
    return { kind: 'summary', summary, selected: m.selected, input: { file: file!, rows: summary.rows ?? summary.n, encoding: m.encoding, delimiter: opts.delimiter ?? '' } };
  }
  if (given?.option === '--from-moments' || (!given && /\.json$/i.test(file!))) {
    summary = await readMomentsFile(given?.file ?? file!);
  } else {
    const path = given?.file ?? file!;
    const source = applyStudyVariables(await readSource(path, sourceOptions(opts, defaults)), defaults.study ?? null);
    if (!given && !isMatrixHeader(source.names)) return { kind: 'rows', source, ...convertSource(source, opts, selections, defaults) };
    if (!isMatrixHeader(source.names)) throw new InputError(msg('summary.err.notMatrix', { file: path }));
    summary = matrixFromSource(source);
    encoding = source.encoding;
    delimiter = source.delimiter;
  }
  // Options that act on the rows have nothing to act on.
  const rowOptions: [string, unknown][] = [['--weight', opts.weight], ['--reverse', opts.reverse], ['--missing', opts.missing], ['--labels', opts.labels], ['--scale-range', opts.scaleRange]];
  for (const [option, value] of rowOptions) if (value !== undefined) throw rowsOnly(option, summary.file);
  // Items the file does not hold: the file does not match the analysis asked for (exit 3).
  const resolve = (spec: string, option: string | MessageRef): string[] => {
    try {
      return selectColumns(summary.names, spec, option, summary.file);
    } catch (e) {
      if (e instanceof UsageError) throw new InputError(e.label ?? e.message);
      throw e;
    }
  };
  const selected = selections.map((s) => s.names ?? (s.spec === undefined ? [] : resolve(s.spec, s.option)));
  return { kind: 'summary', summary, selected, input: { file: summary.file, rows: summary.rows ?? summary.n, encoding, delimiter } };
}

/**
 * The moments of a large file's selected columns, streamed in bounded memory (data/stream.ts),
 * as the summary an analysis reads; null when the file is to be read whole (see streamPlanFor),
 * and when the selections' own listwise cases may differ (several selections and a missing value)
 * or there are too few cases (the rows path then says so in its own words). Only for analyses
 * whose summary path prints what the rows path prints: kmo, factor, listwise reliability.
 */
async function streamedSummary(file: string, opts: CommonOptions, selections: Selection[], defaults: StudyDefaults): Promise<Input | null> {
  const plan = await streamPlanFor(file, opts, selections, defaults);
  if (plan === null || isMatrixHeader(plan.head.names)) return null;
  let s: StreamedMoments;
  try {
    s = await streamMoments(plan);
  } catch (e) {
    if (e instanceof NotStreamable) return null;
    throw e;
  }
  if ((plan.selected.length > 1 && !everyRowComplete(s.moments)) || s.moments.rows < 2) return null;
  const summary = momentsFromJson(momentsFile(s.moments, plan.weight?.name ?? null, s.excluded, file), file);
  return { kind: 'summary', summary, selected: plan.selected, input: s.input, warnings: s.warnings };
}

/** The weight variable, the reading warnings and the input description of an Input, for emit. */
export function inputMeta(input: Input): { weight: string | null; warnings: string[]; info: InputInfo } {
  return input.kind === 'rows'
    ? { weight: input.ds.weightName, warnings: input.ds.warnings, info: input.ds.input }
    : { weight: input.summary.weight, warnings: input.warnings ?? [], info: input.input };
}
