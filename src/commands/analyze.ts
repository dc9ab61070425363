/** `csat analyze`: the whole paper's analysis in one command, from a study file or with none. */
import type { Command } from 'commander';
import { runAnalyze, type AnalyzeConfig } from '../analyses/analyze.js';
import { FIT_CUTOFFS } from '../analyses/cfa.js';
import { analyzeBlocks } from '../report/tables/analyze.js';
import { printDecimals } from '../data/print-decimals.js';
import { readStudy, studyColumns, surveyFiles, type Study } from '../data/study.js';
import { applyStudyVariables } from '../data/study-variables.js';
import { describeDetection, detectLikertItems, outcomeByName } from '../data/detect.js';
import { readSource } from '../data/read.js';
import { selectColumns } from '../data/select.js';
import { parseScaleRange } from '../data/options.js';
import { msg, t, warning, helpText } from '../i18n/index.js';
import { UsageError } from '../errors.js';
import { boundedOption } from './bounds.js';
import { failureMessages, fitCutoffs, studyThresholds } from './fit-gates.js';
import { parseChoice } from './common.js';
import { studyDefaults, studyScales } from './scales.js';
import { SCORE_METHODS, type ScoreMethod } from '../analyses/scale-scores.js';
import {
  action,
  chartsWanted,
  checkOutputOptions,
  sourceOptions,
  answerOptions,
  convertSource,
  emit,
  inputOptions,
  langOf,
  outputOptions,
  thresholdExit,
  type CommonOptions,
  type StudyDefaults,
} from './common.js';

interface AnalyzeOptions extends CommonOptions {
  explain?: boolean;
  study?: string;
  items?: string;
  outcome?: string;
  demographics?: string;
  distributed?: string;
  on: string;
  failUnder?: string;
  frequencies: boolean;
  score: string;
}

/** "alpha=0.7,kmo=0.6,cfi=0.9,rmsea=0.08" -> {alpha: 0.7, kmo: 0.6, fit: {cfi: 0.9, rmsea: 0.08}}. */
export function parseThresholds(spec: string): AnalyzeConfig['thresholds'] {
  const out: AnalyzeConfig['thresholds'] = {};
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([a-z]+)\s*=\s*([0-9]*\.?[0-9]+)$/i.exec(part);
    const name = m ? m[1].toLowerCase() : '';
    const isFit = name in FIT_CUTOFFS;
    if (!m || !(name === 'alpha' || name === 'kmo' || isFit)) throw new UsageError(msg('analyze.err.failUnderForm', { part }));
    const value = Number(m[2]);
    // Alpha, KMO and the incremental fit indices never exceed 1: a larger threshold would fail
    // every run (chi-square/df, RMSEA and the residual indices are only bounded below).
    const unbounded = name === 'cmindf' || name === 'rmsea' || name === 'rmr' || name === 'srmr';
    if (!(value > 0 && (unbounded || value <= 1))) throw new UsageError(msg('analyze.err.failUnderRange', { part, name }));
    if (isFit) out.fit = { ...out.fit, [name]: value };
    else out[name as 'alpha' | 'kmo'] = value;
  }
  return out;
}

export function registerAnalyze(program: Command): void {
  const cmd = program
    .command('analyze')
    .description(helpText('analyze'))
    .argument('[file]', helpText('analyze.arg.file'))
    .option('--study <file>', helpText('analyze.study'))
    .option('--items <columns>', helpText('analyze.items'))
    .option('--outcome <column>', helpText('analyze.outcome'))
    .option('--demographics <columns>', helpText('analyze.demographics'))
    .option('--distributed <n>', helpText('analyze.distributed'))
    .option('--on <what>', helpText('analyze.on'), 'scales')
    .option('--score <method>', helpText('analyze.score'), 'mean')
    .option('--fail-under <thresholds>', helpText('analyze.failUnder'))
    .option('--no-frequencies', helpText('noFrequencies'))
    .option('--explain', helpText('explain'));
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('title.examples')}
  $ csat analyze fixtures/bank-survey.csv --study fixtures/bank-survey.yml
  $ csat analyze fixtures/telephone-survey.csv --outcome overall --format json
  $ csat analyze survey.csv --study study.yml --fail-under alpha=0.7,kmo=0.6 --format json`,
  );
  cmd.action(
    action(async (fileArg: string | undefined, opts: AnalyzeOptions) => {
      checkOutputOptions(opts);
      const lang = langOf(opts);
      if (opts.on !== 'scales' && opts.on !== 'factors') throw new UsageError(msg('analyze.err.badOn', { on: opts.on }));
      const score = parseChoice<ScoreMethod>(opts.score, SCORE_METHODS, '--score');
      const study: Study | null = opts.study ? await readStudy(opts.study) : null;
      const [file] = surveyFiles(fileArg === undefined ? [] : [fileArg], study);
      const source = applyStudyVariables(await readSource(file, sourceOptions(opts, { encoding: study?.encoding, delimiter: study?.delimiter })), study);
      const names = source.names;

      const defaults: StudyDefaults = study ? studyDefaults(study, names) : {};
      let outcome = opts.outcome ? selectColumns(names, opts.outcome, '--outcome') : study?.outcome ? studyColumns(study, names, ['outcome'], study.outcome) : [];
      if (outcome.length > 1) throw new UsageError(msg('analyze.err.outcomeOne', { count: outcome.length }));
      const demographics = opts.demographics
        ? selectColumns(names, opts.demographics, '--demographics')
        : study
          ? studyColumns(study, names, ['demographics'], study.demographics)
          : [];
      let scales = studyScales(study, names);

      let items: string[];
      const detection: string[] = [];
      if (opts.items) items = selectColumns(names, opts.items, '--items');
      else if (study?.items) items = studyColumns(study, names, ['items'], study.items);
      else if (scales.length) items = [...new Set(scales.flatMap((s) => s.items))];
      else {
        const weightCol = opts.weight ?? defaults.weight;
        const found = detectLikertItems(source, answerOptions(opts, defaults), [...outcome, ...demographics, ...(weightCol ? [weightCol] : [])]);
        // The overall-satisfaction question is what the items explain, not one of them.
        const named = outcome.length || study?.outcome !== undefined ? null : outcomeByName(found.filter((f) => f.item).map((f) => f.name));
        if (named) outcome = [named];
        const detected = found.filter((f) => f.item && f.name !== named);
        items = detected.map((f) => f.name);
        detection.push(t('analyze.detected', lang, { items: describeDetection(detected, lang) || '-' }));
        if (named) detection.push(t('analyze.outcomeDetected', lang, { name: named }));
        const left = found.filter((f) => !f.item);
        if (left.length) detection.push(t('analyze.notItems', lang, { list: describeDetection(left, lang) }));
        if (items.length < 2) throw new UsageError(msg('analyze.err.noLikert', { count: items.length, file }));
      }
      const notes: string[] = [];
      if (opts.items) {
        // The command line wins: --items is the instrument, and each study scale keeps only its
        // items among them (a scale left with fewer than 2 is dropped, with a warning).
        scales = scales.flatMap((s) => {
          const kept = s.items.filter((i) => items.includes(i));
          if (kept.length === s.items.length) return [s];
          const left = s.items.filter((i) => !items.includes(i));
          if (kept.length < 2) {
            notes.push(warning(msg('analyze.warn.scaleDropped', { scale: s.name, kept: kept.length, total: s.items.length })));
            return [];
          }
          notes.push(warning(msg('analyze.warn.scaleNarrowed', { scale: s.name, kept, left })));
          return [{ name: s.name, items: kept }];
        });
      } else {
        // The study's scales belong to its instrument even when its items: list leaves them out.
        for (const s of scales) {
          const outside = s.items.filter((i) => !items.includes(i));
          if (outside.length) items = [...items, ...outside];
        }
      }
      if (items.length < 2) {
        throw new UsageError(msg('analyze.err.fewItems', { count: items.length, first: items.length ? msg('analyze.err.firstItem', { item: items[0] }) : '' }));
      }
      // The outcome explained by scores built from itself would be a regression on itself.
      if (outcome.length && items.includes(outcome[0])) {
        throw new UsageError(msg('analyze.err.outcomeIsItem', { outcome: outcome[0] }));
      }

      const { ds } = convertSource(source, opts, [
        { option: '--items', spec: undefined, names: items, rated: true },
        { option: '--outcome', spec: undefined, names: outcome },
        { option: '--demographics', spec: undefined, names: demographics },
      ], defaults);

      // An outcome the user asked for must be a rating: text cannot be regressed on anything.
      const outcomeVar = outcome.length ? ds.variables.find((v) => v.name === outcome[0]) : undefined;
      if (outcomeVar && outcomeVar.kind === 'string') {
        const line = opts.outcome ? undefined : study?.lineOf(['outcome']);
        const where = opts.outcome
          ? msg('analyze.err.outcomeOption')
          : msg('analyze.err.outcomeStudy', { path: study!.path, line: line ? msg('data.lineAt', { line }) : '' });
        const example = [...outcomeVar.labels.values()][0] ?? '';
        throw new UsageError(msg('analyze.err.outcomeText', { where, outcome: outcome[0], count: outcomeVar.labels.size, example }));
      }
      if (opts.on === 'factors' && !outcome.length) notes.push(warning(msg('analyze.warn.onWithoutOutcome')));

      const thresholds = opts.failUnder ? parseThresholds(opts.failUnder) : studyThresholds(study);
      const distributed = opts.distributed !== undefined ? boundedOption(opts.distributed, '--distributed')! : (study?.distributed ?? null);
      if (distributed !== null && !(Number.isInteger(distributed) && distributed > 0)) throw new UsageError(msg('analyze.err.distributed', { value: String(opts.distributed) }));
      if (distributed !== null && distributed < source.rows) {
        const line = study?.lineOf(['distributed']);
        const where =
          opts.distributed !== undefined
            ? msg('analyze.err.distributedOption', { n: distributed })
            : msg('analyze.err.distributedStudy', { path: study!.path, line: line ? msg('data.lineAt', { line }) : '', key: 'distributed', n: distributed });
        throw new UsageError(msg('analyze.err.fewerDistributed', { where, rows: source.rows, file: file === '-' ? msg('data.stdin') : file }));
      }
      const cfg: AnalyzeConfig = {
        items,
        scales,
        outcome: outcome[0] ?? null,
        demographics,
        distributed,
        on: opts.on as 'scales' | 'factors',
        score,
        thresholds,
        fitCutoffs: fitCutoffs(study, thresholds.fit),
        scaleRange: opts.scaleRange ? parseScaleRange(opts.scaleRange) : (study?.scaleRange ?? null),
        lang,
        explain: opts.explain,
        posthoc: study?.posthoc,
        groups: study?.groups,
      };
      const run = runAnalyze(ds, cfg);
      const outcomeVariable = ds.variables.find((v) => v.name === outcome[0]);
      const checked = Object.values(thresholds).some((x) => x !== undefined);
      const failures = failureMessages(run.result.summary.thresholdFailures, lang);
      await emit(
        {
          command: 'analyze',
          ...(study?.title ? { title: study.title } : {}),
          blocks: analyzeBlocks(run, lang, {
            weight: ds.weightName,
            frequencies: opts.frequencies,
            detection,
            svg: chartsWanted(opts),
            outcome: outcome[0] ?? null,
            ...(outcomeVariable ? { outcomeDecimals: printDecimals(outcomeVariable) } : {}),
          }),
          results: run.result,
          warnings: [...notes, ...run.warnings, ...run.skipped.map((s) => t('analyze.skipped', lang, { step: s.step, reason: s.reason }))],
          ...(checked ? { failures } : {}),
        },
        opts,
        [ds.input],
      );
      return thresholdExit(failures);
    }),
  );
}
