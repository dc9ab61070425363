/** `csat ttest`: SPSS T-TEST (independent, one-sample, paired) and, with --nonparametric, NPAR TESTS /M-W and /WILCOXON. */
import type { Command } from 'commander';
import { runTTest, type MissingMode } from '../analyses/ttest.js';
import { readSource } from '../data/read.js';
import { selectColumns } from '../data/select.js';
import { parseNumber } from '../data/options.js';
import { constantVariables, ttestBlocks } from '../report/tables/ttest.js';
import { AnalysisError, UsageError } from '../errors.js';
import { msg, warning, helpText } from '../i18n/index.js';
import { action, checkOutputOptions, convertSource, emit, inputOptions, langOf, oneColumn, outputOptions, sourceOptions, type CommonOptions } from './common.js';
import { parseChoice } from './common.js';
import { parseLevel } from './index-command.js';

interface TTestOptions extends CommonOptions {
  vars?: string;
  by?: string;
  groups?: string;
  testValue?: string;
  pairs?: string;
  level: string;
  missingMode: string;
  nonparametric?: boolean;
}

/** "pre=post,a=b" -> [["pre", "post"], ["a", "b"]] (names as written; resolved against the header later). */
export function parsePairs(spec: string): [string, string][] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const parts = s.split('=').map((x) => x.trim());
      if (parts.length !== 2 || parts[0] === '' || parts[1] === '') throw new UsageError(msg('ttest.err.pairSpec', { value: s }));
      return [parts[0], parts[1]] as [string, string];
    });
}

export function registerTTest(program: Command): void {
  const cmd = program
    .command('ttest')
    .alias('t-test')
    .description(helpText('ttest'))
    .argument('<file>', helpText('arg.file'))
    .option('--vars <columns>', helpText('ttest.vars'))
    .option('--by <column>', helpText('ttest.by'))
    .option('--groups <a,b>', helpText('ttest.groups'))
    .option('--test-value <x>', helpText('ttest.testValue'))
    .option('--pairs <first=second,...>', helpText('ttest.pairs'))
    .option('--level <level>', helpText('level'), '95')
    .option('--missing-mode <mode>', helpText('ttest.missingMode'), 'analysis')
    .option('--nonparametric', helpText('ttest.nonparametric'));
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat ttest fixtures/groups-survey.csv --vars sat,q1 --by gender
  $ csat ttest fixtures/groups-survey.csv --vars sat --test-value 3
  $ csat ttest fixtures/groups-survey.csv --pairs pre=post --nonparametric
  $ csat ttest survey.csv --vars "Q*" --by age_group --groups 1,3 --weight w --lang zh`,
  );
  cmd.action(
    action(async (file: string, opts: TTestOptions) => {
      checkOutputOptions(opts);
      const modes = [opts.by !== undefined, opts.testValue !== undefined, opts.pairs !== undefined].filter(Boolean).length;
      if (modes === 0) throw new UsageError(msg('ttest.err.mode'));
      if (modes > 1) throw new UsageError(msg('ttest.err.modes'));
      if (opts.groups !== undefined && opts.by === undefined) throw new UsageError(msg('ttest.err.groupsWithoutBy'));
      if (opts.pairs === undefined && opts.vars === undefined) throw new UsageError(msg('ttest.err.varsNeeded', { option: opts.by !== undefined ? '--by' : '--test-value' }));
      if (opts.nonparametric && opts.testValue !== undefined) throw new UsageError(msg('ttest.err.nonparametricOne'));
      let testValue: number | null = null;
      if (opts.testValue !== undefined) {
        testValue = parseNumber(opts.testValue.trim());
        if (testValue === null) throw new UsageError(msg('ttest.err.testValue', { value: opts.testValue }));
      }
      const level = parseLevel(opts.level);
      const missing = parseChoice<MissingMode>(opts.missingMode, ['analysis', 'listwise'], '--missing-mode');
      const source = await readSource(file, sourceOptions(opts));
      const vars = opts.vars !== undefined ? selectColumns(source.names, opts.vars, '--vars', source.file) : [];
      const by = opts.by !== undefined ? oneColumn(source, opts.by, '--by') : null;
      if (by !== null && vars.includes(by)) throw new UsageError(msg('ttest.err.byInVars', { column: by }));
      const pairs = opts.pairs !== undefined ? parsePairs(opts.pairs).map(([a, b]) => [oneColumn(source, a, '--pairs'), oneColumn(source, b, '--pairs')] as [string, string]) : [];
      for (const [a, b] of pairs) if (a === b) throw new UsageError(msg('ttest.err.pairSame', { column: a }));
      const names = [...new Set([...vars, ...pairs.flat(), ...(by ? [by] : [])])];
      const { ds } = convertSource(source, opts, [{ option: '--vars', spec: undefined, names }]);
      const result = runTTest(ds, { vars, by, groups: opts.groups ?? null, testValue, pairs, level, missing, nonparametric: Boolean(opts.nonparametric) });
      const constant = constantVariables(result);
      if (constant.length > 0 && constant.length === result.independent.length) throw new AnalysisError(msg('ttest.err.constant', { columns: constant }));
      const warnings = constant.length ? [warning(msg('ttest.note.constant', { columns: constant.join(', ') }))] : [];
      await emit(
        {
          command: 'ttest',
          blocks: ttestBlocks(result, langOf(opts)),
          results: result,
          warnings: [...ds.warnings, ...warnings],
        },
        opts,
        [ds.input],
      );
    }),
  );
}
