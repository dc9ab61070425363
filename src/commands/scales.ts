/**
 * A study's scales as variables of any command that takes columns (corr, regress, score): with
 * --study, a selection part naming a scale (`--iv 服务质量,服务态度`) means that scale's score,
 * the mean or the sum of its items (--score), beside plain columns. The study's data settings
 * (missing codes, labels, reverse keying, weight, scale range) apply as analyze applies them.
 */
import type { Command } from 'commander';
import { scaleScore, type ScoreMethod } from '../analyses/scale-scores.js';
import { rowsOnly } from '../data/summary.js';
import type { Dataset } from '../data/dataset.js';
import { readSource } from '../data/read.js';
import { selectColumns } from '../data/select.js';
import type { Source } from '../data/source.js';
import { readStudy, studyColumns, surveyFiles, type Study } from '../data/study.js';
import { applyStudyVariables } from '../data/study-variables.js';
import { UsageError } from '../errors.js';
import { helpText, msg, type MessageRef } from '../i18n/index.js';
import { convertSource, sourceOptions, type CommonOptions, type Loaded, type Selection, type StudyDefaults } from './common.js';

export interface ScaleOptions extends CommonOptions {
  study?: string;
  score: string;
}

/** --study and --score, for a command whose selections may name the study's scales. */
export function scaleOptions(cmd: Command): Command {
  return cmd
    .option('--study <file>', helpText('scales.study'))
    .option('--score <method>', helpText('scales.score'), 'mean');
}

export interface Scale {
  name: string;
  items: string[];
}

/** The study's data settings, resolved against the header, as defaults for the command line. */
export function studyDefaults(study: Study, names: string[]): StudyDefaults {
  return {
    encoding: study.encoding,
    delimiter: study.delimiter,
    missing: study.missing,
    labels: study.labels ? new Map(Object.entries(study.labels)) : undefined,
    scaleRange: study.scaleRange,
    reverse: studyColumns(study, names, ['reverse'], study.reverse),
    weight: study.weight ? studyColumns(study, names, ['weight'], study.weight)[0] : undefined,
  };
}

/** The study's scales, each resolved against the header. */
export function studyScales(study: Study | null, names: string[]): Scale[] {
  if (!study?.scales) return [];
  return Object.entries(study.scales).map(([name, list]) => ({ name, items: studyColumns(study, names, ['scales', name], list) }));
}

export interface ScaleData {
  source: Source;
  study: Study | null;
  scales: Scale[];
  method: ScoreMethod;
  defaults: StudyDefaults;
}

/** --study and the file (the study's data: when none is given), read once; `method` is --score. */
export async function readWithScales(file: string | undefined, opts: ScaleOptions, method: ScoreMethod): Promise<ScaleData> {
  const study = opts.study ? await readStudy(opts.study) : null;
  const [path] = surveyFiles(file === undefined ? [] : [file], study);
  const source = applyStudyVariables(await readSource(path, sourceOptions(opts, { encoding: study?.encoding, delimiter: study?.delimiter })), study);
  return { source, study, scales: studyScales(study, source.names), method, defaults: study ? studyDefaults(study, source.names) : {} };
}

/**
 * The names a selection resolves to: each part naming a study scale stays that name (the scale
 * wins over a column of the same name, since --study was asked for), the others select columns.
 */
export function selectWithScales(d: ScaleData, spec: string, option: string | MessageRef): string[] {
  const out: string[] = [];
  for (const part of spec.split(/[,，]/).map((p) => p.trim()).filter((p) => p !== '')) {
    const names = d.scales.some((s) => s.name === part) ? [part] : selectColumns(d.source.names, part, option, d.source.file);
    for (const n of names) if (!out.includes(n)) out.push(n);
  }
  if (out.length === 0) throw new UsageError(msg('data.select.none', { option }));
  return out;
}

/**
 * Converts the selected names (from selectWithScales; scale names among them) into one Dataset:
 * the plain columns, the items of every scale named, and each named scale's score as a variable.
 */
export function loadWithScales(d: ScaleData, opts: CommonOptions, selected: string[][]): Dataset {
  const used = d.scales.filter((s) => selected.some((names) => names.includes(s.name)));
  const plain = [...new Set(selected.flat())].filter((n) => !used.some((s) => s.name === n));
  const items = used.flatMap((s) => s.items);
  const { ds } = convertSource(
    d.source,
    opts,
    [
      { option: '--vars', spec: undefined, names: plain },
      { option: '--vars', spec: undefined, names: items.filter((n) => !plain.includes(n)), rated: true },
    ],
    d.defaults,
  );
  for (const s of used) {
    if (plain.includes(s.name)) throw new UsageError(msg('data.scales.nameClash', { name: s.name }));
  }
  const scores = used.map((s) => scaleScore(s.name, s.items.map((n) => ds.variables.find((v) => v.name === n)!), d.method));
  return { ...ds, variables: [...ds.variables, ...scores] };
}

/** The rows of a command whose selections may name the study's scales (`method` is --score). */
export async function scaleInput(file: string | undefined, opts: ScaleOptions & { matrix?: string; fromMoments?: string }, selections: Selection[], method: ScoreMethod): Promise<Loaded> {
  const summary = opts.matrix ?? opts.fromMoments;
  if (summary !== undefined) throw rowsOnly('--study', summary);
  const data = await readWithScales(file, opts, method);
  const selected = selections.map((s) => (s.spec === undefined ? [] : selectWithScales(data, s.spec, s.option)));
  return { source: data.source, ds: loadWithScales(data, opts, selected), selected };
}
