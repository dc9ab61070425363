/**
 * `csat index`: the customer satisfaction index (0-100) overall and per dimension, with the
 * weights used, bootstrap CIs, customer-value weighting, waves or groups, targets (exit 4 when one
 * is missed) and Pareto value tiers.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { runCsi, type CsiInput, type CsiOptions, type CsiTarget, type WeightsMethod } from '../analyses/index-run.js';
import { csiBlocks, missedTargets } from '../report/tables/csi.js';
import { writeOutput } from '../report/output.js';
import { savedFile } from './saved-file.js';
import { parseNumber, parseScaleRange } from '../data/options.js';
import { readStudy, specOf, surveyFiles, type Study } from '../data/study.js';
import { CsatError, InputError, UsageError } from '../errors.js';
import { readSideFile } from '../data/side-file.js';
import { msg, t, helpText } from '../i18n/index.js';
import type { ValueBase } from '../stats/csi.js';
import { action, applyStudyOptions, chartsWanted, checkOutputOptions, emit, inputOptions, langOf, loadData, outputOptions, thresholdExit, type CommonOptions, type Selection } from './common.js';
import { deprecatedAlias } from './deprecated.js';
import { boundedOption } from './bounds.js';
import { parseChoice } from './common.js';

interface IndexCliOptions extends CommonOptions {
  items?: string;
  dimension: string[];
  study?: string;
  weights: string;
  outcome?: string;
  valueWeight?: string;
  valueBase: string;
  bootstrap: string;
  seed: string;
  level: string;
  by?: string;
  target?: string;
  tiers?: string;
  saveComposite?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];
const METHODS = ['equal', 'factor', 'regression', 'correlation'] as const;

/**
 * --level as a proportion: a value in (0, 1) is a proportion (0.95, as `csat reliability --ci`
 * takes it), a value in [50, 100) a percentage (95); anything else is a UsageError, so 0.95 is
 * never read as 0.95%.
 */
export function parseLevel(value: string): number {
  const v = parseNumber(value);
  if (v !== null && v > 0 && v < 1) return v;
  if (v !== null && v >= 50 && v < 100) return v / 100;
  throw new UsageError(msg('csi.err.level', { value }));
}

/** The most bootstrap resamples accepted: far more than a percentile interval needs, and still seconds of work. */
export const MAX_REPLICATES = 100000;

/**
 * B = 0 (no intervals) or enough resamples for a percentile interval at `levelPct`: each tail must
 * hold at least one resample, B (1 - level) / 2 >= 1 (40 for 95%, 200 for 99%), and at most
 * MAX_REPLICATES.
 */
export function checkReplicates(b: number, levelPct: number): void {
  if (b === 0) return;
  const least = Math.ceil(2 / (1 - levelPct / 100) - 1e-9);
  if (least > MAX_REPLICATES) throw new UsageError(msg('csi.err.levelNeedsMore', { level: levelPct, least, max: MAX_REPLICATES }));
  if (b < least) throw new UsageError(msg('csi.err.tooFewReplicates', { b, level: levelPct, least }));
  if (b > MAX_REPLICATES) throw new UsageError(msg('csi.err.tooManyReplicates', { b, max: MAX_REPLICATES }));
}

/**
 * The label of each wave file: its name without folder and extension; the paths as given when two
 * names are alike (2023/survey.csv, 2024/survey.csv); a position (#2) added when even those are.
 */
export function waveLabels(files: string[]): string[] {
  if (files.length === 1) return ['all'];
  const unique = (xs: string[]) => new Set(xs).size === xs.length;
  const names = files.map((f) => (f === '-' ? 'stdin' : path.basename(f).replace(/\.[^.]+$/, '')));
  if (unique(names)) return names;
  const paths = files.map((f) => (f === '-' ? 'stdin' : f.replace(/\.[^./\\]+$/, '')));
  if (unique(paths)) return paths;
  return paths.map((p, k) => `${p} #${k + 1}`);
}

/** "Image=q1,q2" -> a named dimension whose items are a column selection. */
function parseDimension(spec: string): { name: string; spec: string } {
  const k = spec.indexOf('=');
  if (k <= 0 || k === spec.length - 1 || spec.slice(0, k).trim() === '' || spec.slice(k + 1).trim() === '') throw new UsageError(msg('csi.err.dimensionSpec', { spec }));
  return { name: spec.slice(0, k).trim(), spec: spec.slice(k + 1).trim() };
}

/** "85" (the overall index) or "overall=85,Image=80". */
export function parseTargets(spec: string): { name: string; target: number }[] {
  const single = parseNumber(spec);
  if (single !== null) return [{ name: 'overall', target: single }];
  return spec.split(/[,，]/).filter((p) => p.trim() !== '').map((part) => {
    const k = part.lastIndexOf('=');
    const target = k > 0 ? parseNumber(part.slice(k + 1)) : null;
    if (target === null) throw new UsageError(msg('csi.err.targetSpec', { spec }));
    return { name: part.slice(0, k).trim(), target };
  });
}

export function parseValueBase(spec: string): ValueBase {
  const word = spec.trim().toLowerCase();
  if (word === 'mean' || word === 'min') return word;
  const v = parseNumber(spec);
  if (v === null || !(v > 0 && Number.isFinite(v))) throw new UsageError(msg('csi.err.valueBase', { spec }));
  return v;
}

/**
 * A weights file: JSON or YAML ({"Image": 0.4, ...}) or two-column CSV/TSV lines "name,weight"
 * (a first line whose weight is not a number is a header).
 */
export async function readWeightsFile(file: string): Promise<Map<string, number>> {
  let content: string;
  try {
    content = (await readSideFile(file)).toString('utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    if (e instanceof CsatError) throw e;
    throw new InputError(msg('csi.err.readWeights', { file, why: (e as NodeJS.ErrnoException).code === 'ENOENT' ? msg('data.noSuchFile') : (e as Error).message }));
  }
  const out = new Map<string, number>();
  if (/\.(json|ya?ml)$/i.test(file)) {
    let obj: unknown;
    try {
      obj = parseYaml(content);
    } catch (e) {
      throw new InputError(msg('csi.err.weightsSyntax', { file, why: (e as Error).message.split('\n')[0] }));
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new InputError(msg('csi.err.weightsNotObject', { file }));
    for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new InputError(msg('csi.err.weightNotNumber', { file, name: k }));
      out.set(k, v);
    }
    return out;
  }
  const lines = content.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    // Tab, else semicolon (then a comma is a decimal comma, as European Excel writes), else comma.
    const delimiter = line.includes('\t') ? '\t' : line.includes(';') ? ';' : ',';
    const cells = line.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    while (cells.length > 2 && cells[cells.length - 1] === '') cells.pop();
    const w = cells.length === 2 ? parseNumber(delimiter === ';' ? cells[1].replace(',', '.') : cells[1]) : null;
    if (w === null || !Number.isFinite(w)) {
      if (i === 0 && cells.length === 2) return;
      throw new InputError(msg('csi.err.weightsLine', { file, line: i + 1, text: line }));
    }
    if (out.has(cells[0])) throw new InputError(msg('csi.err.weightTwice', { file, line: i + 1, name: cells[0] }));
    out.set(cells[0], w);
  });
  if (out.size === 0) throw new InputError(msg('csi.err.weightsEmpty', { file }));
  return out;
}

/**
 * The study file's settings as command-line defaults (the command line wins). Returns the study's
 * targets (target:, targets:) when --target is not given, each with its line for error messages.
 */
function applyStudy(opts: IndexCliOptions, study: Study): CsiTarget[] | null {
  applyStudyOptions(opts, study);
  opts.outcome ??= study.outcome;
  opts.valueWeight ??= study.value;
  if (opts.dimension.length === 0 && study.scales) {
    opts.dimension = Object.entries(study.scales).map(([name, list]) => `${name}=${specOf(list)}`);
  }
  if (opts.target !== undefined) return null;
  const source = (key: string[]) => ({ path: study.path, line: study.lineOf(key), key: key.join('.') });
  const targets: CsiTarget[] = [
    ...(study.target !== undefined ? [{ name: 'overall', target: study.target, source: source(['target']) }] : []),
    ...Object.entries(study.targets ?? {}).map(([k, v]) => ({ name: k, target: v, source: source(['targets', k]) })),
  ];
  return targets.length ? targets : null;
}

export function registerCsi(program: Command): void {
  const cmd = program
    .command('index')
    .alias('csi')
    .description(helpText('index'))
    .argument('[files...]', helpText('index.arg.files'))
    .option('--items <columns>', helpText('index.items'))
    .option('--dimension <name=columns>', helpText('index.dimension'), collect, [])
    .option('--study <file>', helpText('index.study'))
    .option('--weights <method|file>', helpText('index.weights'), 'equal')
    .option('--outcome <column>', helpText('index.outcome'))
    .option('--value-weight <column>', helpText('index.valueWeight'))
    .option('--value-base <base>', helpText('index.valueBase'), 'mean')
    .option('--bootstrap <B>', helpText('index.bootstrap'), '2000')
    .option('--seed <n>', helpText('index.seed'), '1')
    .option('--level <level>', helpText('level'), '95')
    .option('--by <column>', helpText('index.by'))
    .option('--target <spec>', helpText('index.target'))
    .option('--tiers <column>', helpText('index.tiers'))
    .option('--save-composite <file>', helpText('index.saveComposite'));
  deprecatedAlias(cmd, '--overall <column>', '--outcome');
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat index fixtures/index-survey.csv --dimension Image=q1,q2 --dimension Service=q3,q4 \\
      --dimension Environment=q5,q6 --scale-range 1-5 --value-weight value --by wave --target 70
  $ csat index wave1.csv wave2.csv --items q1..q6 --scale-range 1-5 --weights regression --outcome overall
  $ csat index survey.csv --study study.yml --weights factor --save-composite composite.csv --lang zh`,
  );
  cmd.action(
    action(async (fileArgs: string[], opts: IndexCliOptions) => {
      checkOutputOptions(opts, { '--save-composite': opts.saveComposite });
      // --items on the command line with the study's scales as the dimensions: the scales keep only those items.
      const restrictScales = opts.study !== undefined && opts.items !== undefined && opts.dimension.length === 0;
      const study = opts.study ? await readStudy(opts.study) : null;
      const studyTargets = study ? applyStudy(opts, study) : null;
      const files = surveyFiles(fileArgs, study);
      const lang = langOf(opts);
      const method: WeightsMethod = (METHODS as readonly string[]).includes(opts.weights.trim().toLowerCase())
        ? parseChoice(opts.weights, METHODS, '--weights')
        : 'file';
      const weightsFile = method === 'file' ? { path: opts.weights, weights: await readWeightsFile(opts.weights) } : undefined;
      const valueBase = parseValueBase(opts.valueBase);
      const bootstrap = boundedOption(opts.bootstrap, '--bootstrap')!;
      const seed = boundedOption(opts.seed, '--seed')!;
      const level = parseLevel(opts.level);
      // 0.95 and 95 alike; rounded so that 0.999 shows as 99.9, not 99.89999999999999.
      checkReplicates(bootstrap, Math.round(level * 1e10) / 1e8);
      const dims = opts.dimension.map(parseDimension);
      if (dims.length === 0 && !opts.items) throw new UsageError(msg('csi.err.needsItems'));
      if (files.length > 1 && opts.by) throw new UsageError(msg('csi.err.filesAndBy'));
      if (opts.saveComposite && method !== 'factor') throw new UsageError(msg('csi.err.compositeNeedsFactor'));
      const needsOverall = method === 'regression' || method === 'correlation';
      if (needsOverall && !opts.outcome) throw new UsageError(msg('csi.err.needsOverall', { method }));

      const selections: Selection[] = [
        ...(dims.length ? dims.map((d) => ({ option: `--dimension ${d.name}`, spec: d.spec, rated: true })) : [{ option: '--items', spec: opts.items, rated: true }]),
        { option: '--outcome', spec: needsOverall ? opts.outcome : undefined },
        { option: '--value-weight', spec: opts.valueWeight },
        { option: '--by', spec: opts.by },
        { option: '--tiers', spec: opts.tiers },
        // With dimensions, the declared items too: one that belongs to no dimension is named in a warning.
        { option: '--items', spec: dims.length ? opts.items : undefined },
      ];
      const loaded = [];
      for (const file of files) loaded.push(await loadData(file, opts, selections, { study }));
      const first = loaded[0];
      const one = (k: number, option: string): string | null => {
        const names = first.selected[k];
        if (names.length > 1) throw new UsageError(msg('csi.err.oneColumn', { option, n: names.length, columns: names }));
        return names[0] ?? null;
      };
      const nd = dims.length ? dims.length : 1;
      // Every wave file must have the same columns selected.
      const firstItems = first.selected.slice(0, nd).flat().join(',');
      loaded.slice(1).forEach((l, k) => {
        const a = l.selected.slice(0, nd).flat().join(',');
        if (a !== firstItems) throw new UsageError(msg('csi.err.waveItems', { file: files[k + 1], items: a, first: files[0], firstItems }));
      });
      let dimensions = dims.length ? dims.map((d, k) => ({ name: d.name, items: first.selected[k] })) : null;
      const given = first.selected[nd + 4];
      let dropped: string[] = [];
      if (dimensions && restrictScales) {
        const keep = new Set(given);
        const cut = dimensions.map((d) => ({ name: d.name, items: d.items.filter((x) => keep.has(x)) }));
        dropped = cut.filter((d) => d.items.length === 0).map((d) => d.name);
        // No scale keeps an item: the index of the given items, without dimensions.
        dimensions = cut.length > dropped.length ? cut.filter((d) => d.items.length > 0) : null;
      }
      const items = dimensions ? dimensions.flatMap((d) => d.items) : dims.length ? given : first.selected[0];
      const value = one(nd + 1, '--value-weight');
      const labels = waveLabels(files);
      const inputs: CsiInput[] = loaded.map((l, k) => ({ label: labels[k], ds: l.ds }));
      const csiOptions: CsiOptions = {
        items,
        dimensions,
        scaleRange: opts.scaleRange ? parseScaleRange(opts.scaleRange) : null,
        weightsMethod: method,
        weightsFile,
        overall: needsOverall ? one(nd, '--outcome') : null,
        value: value ? { column: value, base: valueBase } : null,
        bootstrap,
        seed,
        level,
        // A study target of a scale that --items left out goes with it.
        targets: opts.target ? parseTargets(opts.target) : (studyTargets?.filter((x) => !dropped.includes(x.name)) ?? null),
        tiers: one(nd + 3, '--tiers'),
        by: one(nd + 2, '--by'),
        lang,
      };
      const loose = dimensions ? given.filter((x) => !items.includes(x)) : [];
      const outside = [
        ...(dropped.length ? [t('csi.warn.scalesDropped', lang, { names: dropped.join(lang === 'zh' ? '、' : ', '), study: opts.study ?? '' })] : []),
        ...(loose.length ? [t('csi.warn.noDimension', lang, { items: loose.join(', ') })] : []),
      ];
      const run = runCsi(inputs, csiOptions);
      const failures = missedTargets(run.result, lang);
      await emit(
        {
          command: 'index',
          blocks: csiBlocks(run.result, lang, { weight: first.ds.weightName, weightsFile: weightsFile?.path ?? null, overall: csiOptions.overall ?? null, svg: chartsWanted(opts) }),
          results: run.result,
          warnings: [...loaded.flatMap((l) => l.ds.warnings), ...outside, ...run.warnings],
          ...(run.result.targets ? { failures } : {}),
        },
        opts,
        loaded.map((l) => l.ds.input),
      );
      if (opts.saveComposite && run.composite) {
        const bounds = loaded.map((l) => l.ds.input.rows);
        const where = run.composite.rows.map((orig) => {
          let k = 0;
          let row = orig;
          while (row >= bounds[k]) row -= bounds[k++];
          return { file: files[k], row: row + 1 };
        });
        const columns = [
          { name: 'file', values: where.map((w) => w.file) },
          { name: 'row', values: Float64Array.from(where, (w) => w.row) },
          { name: 'composite', values: Float64Array.from(run.composite.scores), label: 'Composite score F' },
        ];
        await writeOutput(savedFile(opts.saveComposite, columns), { output: opts.saveComposite, inputs: files, option: '--save-composite' });
      }
      return thresholdExit(failures);
    }),
  );
}

