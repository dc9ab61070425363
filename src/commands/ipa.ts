/**
 * `csat ipa`: importance-performance analysis (四分图模型): each item's importance (stated, or
 * derived from an overall rating) against its performance, quadrants at the cross-hairs, a
 * terminal chart, and --plot FILE.svg for a chart to put in a report.
 */
import type { Command } from 'commander';
import { runIpa, type IpaOptions } from '../analyses/ipa.js';
import { ipaBlocks } from '../report/tables/ipa.js';
import { ipaSvg } from '../report/svg/ipa.js';
import { writeOutput } from '../report/output.js';
import { parseNumber, parseScaleRange } from '../data/options.js';
import { readStudy, surveyFiles } from '../data/study.js';
import { UsageError } from '../errors.js';
import { msg, helpText } from '../i18n/index.js';
import { action, chartsWanted, applyStudyOptions, checkOutputOptions, emit, inputOptions, langOf, loadData, outputOptions, type CommonOptions } from './common.js';
import { deprecatedAlias } from './deprecated.js';
import { parseChoice } from './common.js';

interface IpaCliOptions extends CommonOptions {
  items?: string;
  study?: string;
  importance?: string;
  importanceSuffix?: string;
  importancePrefix?: string;
  derived?: string;
  outcome?: string;
  crosshair?: string;
  plot?: string;
  chart: boolean;
}

/** "5,3.5", "mean,3.5" or "5" (importance only): the cross-hairs; 'mean' (or empty) keeps the mean. */
export function parseCrosshair(spec: string): { importance?: number; performance?: number } {
  const parts = spec.split(/[,，]/).map((p) => p.trim());
  if (parts.length > 2) throw new UsageError(msg('ipa.err.crosshairParts', { spec }));
  const one = (p: string | undefined): number | undefined => {
    if (p === undefined || p === '' || p.toLowerCase() === 'mean') return undefined;
    const v = parseNumber(p);
    if (v === null) throw new UsageError(msg('ipa.err.crosshairValue', { value: p }));
    return v;
  };
  return { importance: one(parts[0]), performance: one(parts[1]) };
}

/**
 * Stated importance: the column selection to read (so the file is read once, standard input too)
 * and, once read, the importance column of each item: --importance "q1=imp_q1,..." (a mapping), a
 * column selection in item order, or the item's name with --importance-prefix / --importance-suffix.
 */
export function importanceSpec(opts: IpaCliOptions): string {
  if (opts.importance && /[=＝]/.test(opts.importance)) {
    return opts.importance
      .split(/[,，]/)
      .filter((p) => p.trim() !== '')
      .map((part) => {
        const [item, col] = part.split(/[=＝]/).map((x) => x.trim());
        if (!item || !col) throw new UsageError(msg('ipa.err.importancePair', { part }));
        return col;
      })
      .join(',');
  }
  if (opts.importance) return opts.importance;
  return opts.importancePrefix !== undefined ? `${opts.importancePrefix}*` : `*${opts.importanceSuffix}`;
}

export function importanceColumns(items: string[], read: string[], opts: IpaCliOptions): string[] {
  if (opts.importance && /[=＝]/.test(opts.importance)) {
    const map = new Map<string, string>();
    for (const part of opts.importance.split(/[,，]/).filter((p) => p.trim() !== '')) {
      const [item, col] = part.split(/[=＝]/).map((x) => x.trim());
      if (map.has(item)) throw new UsageError(msg('ipa.err.importanceTwice', { item }));
      if (!items.includes(item)) throw new UsageError(msg('ipa.err.importanceNotItem', { item, items }));
      map.set(item, col);
    }
    return items.map((it) => {
      const col = map.get(it);
      if (!col) throw new UsageError(msg('ipa.err.importanceMissing', { item: it }));
      return col;
    });
  }
  if (opts.importance) return read;
  const prefix = opts.importancePrefix ?? '';
  const suffix = opts.importanceSuffix ?? '';
  return items.map((it) => {
    const col = `${prefix}${it}${suffix}`;
    if (!read.includes(col)) {
      throw new UsageError(
        msg('ipa.err.noImportanceColumn', { column: col, item: it, option: opts.importancePrefix !== undefined ? '--importance-prefix' : '--importance-suffix' }),
      );
    }
    return col;
  });
}

export function registerIpa(program: Command): void {
  const cmd = program
    .command('ipa')
    .description(helpText('ipa'))
    .argument('[file]', helpText('ipa.arg.file'))
    .option('--items <columns>', helpText('ipa.items'))
    .option('--study <file>', helpText('ipa.study'))
    .option('--importance-suffix <text>', helpText('ipa.importanceSuffix'))
    .option('--importance-prefix <text>', helpText('ipa.importancePrefix'))
    .option('--importance <map|columns>', helpText('ipa.importance'))
    .option('--derived <method>', helpText('ipa.derived'))
    .option('--outcome <column>', helpText('ipa.outcome'))
    .option('--crosshair <I,P>', helpText('ipa.crosshair'))
    .option('--plot <file.svg>', helpText('ipa.plot'))
    .option('--no-chart', helpText('noChart'));
  deprecatedAlias(cmd, '--overall <column>', '--outcome');
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat ipa fixtures/index-survey.csv --items q1..q6 --importance-prefix imp_ --plot ipa.svg
  $ csat ipa survey.csv --items Q1..Q9 --derived regression --outcome overall --lang zh --plot 四分图.svg`,
  );
  cmd.action(
    action(async (fileArg: string | undefined, opts: IpaCliOptions) => {
      checkOutputOptions(opts, { '--plot': opts.plot });
      const study = opts.study ? await readStudy(opts.study) : null;
      if (study) {
        applyStudyOptions(opts, study);
        opts.outcome ??= study.outcome;
      }
      const [file] = surveyFiles(fileArg === undefined ? [] : [fileArg], study);
      const lang = langOf(opts);
      if (!opts.items) throw new UsageError(msg('ipa.err.needItems'));
      const stated = [opts.importance, opts.importanceSuffix, opts.importancePrefix].filter((x) => x !== undefined).length;
      if (stated > 1) throw new UsageError(msg('ipa.err.oneStated'));
      if (stated === 1 && opts.derived) throw new UsageError(msg('ipa.err.statedOrDerived'));
      if (stated === 0 && !opts.derived) throw new UsageError(msg('ipa.err.needImportance'));
      const derived = opts.derived ? parseChoice(opts.derived, ['correlation', 'regression'] as const, '--derived') : null;
      if (derived && !opts.outcome) throw new UsageError(msg('ipa.err.derivedNeedsOverall', { method: derived }));
      const crosshair = opts.crosshair ? parseCrosshair(opts.crosshair) : {};

      const { ds, selected } = await loadData(file, opts, [
        { option: '--items', spec: opts.items, rated: true },
        { option: opts.importance ? '--importance' : opts.importancePrefix !== undefined ? '--importance-prefix' : '--importance-suffix', spec: derived ? undefined : importanceSpec(opts) },
        { option: '--outcome', spec: derived ? opts.outcome : undefined },
      ], { study });
      const items = selected[0];
      const importance = derived ? [] : importanceColumns(items, selected[1], opts);
      if (derived && selected[2].length !== 1) throw new UsageError(msg('ipa.err.overallOne', { count: selected[2].length }));
      const ipaOptions: IpaOptions = {
        items,
        importance: derived ? { method: derived, overall: selected[2][0] } : { method: 'stated', columns: importance },
        crosshair,
        scaleRange: opts.scaleRange ? parseScaleRange(opts.scaleRange) : null,
        lang,
      };
      const { result, warnings } = runIpa(ds, ipaOptions);
      await emit(
        {
          command: 'ipa',
          blocks: ipaBlocks(result, lang, { chart: opts.chart, svg: chartsWanted(opts), weight: ds.weightName }),
          results: result,
          warnings: [...ds.warnings, ...warnings],
        },
        opts,
        [ds.input],
      );
      if (opts.plot) await writeOutput(ipaSvg(result, lang), { output: opts.plot, inputs: [file], option: '--plot' });
    }),
  );
}
