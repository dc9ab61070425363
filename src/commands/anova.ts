/** `csat anova`: one-way analysis of variance with post hoc tests (SPSS ONEWAY), or Kruskal-Wallis (NPAR TESTS /K-W). */
import type { Command } from 'commander';
import { runAnova, type AnovaMissing } from '../analyses/anova.js';
import { anovaBlocks } from '../report/tables/anova.js';
import { UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { isPostHocName, POST_HOC_NAMES } from '../stats/posthoc/index.js';
import type { PostHocName } from '../stats/posthoc/types.js';
import { action, checkOutputOptions, convertSource, emit, inputOptions, langOf, oneColumn, outputOptions, sourceOptions, type CommonOptions } from './common.js';
import { parseChoice } from './corr.js';
import { parseLevel } from './index-command.js';
import { readSource } from '../data/read.js';
import { selectColumns } from '../data/select.js';

interface AnovaCommandOptions extends CommonOptions {
  vars: string;
  by: string;
  posthoc?: string;
  control?: string;
  nonparametric?: boolean;
  missingMode: string;
  level: string;
}

/** --posthoc tukey,lsd,...: each name known, in the order given. */
function parsePostHoc(spec: string): PostHocName[] {
  const names = spec.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  for (const name of names) if (!isPostHocName(name)) throw new UsageError(msg('anova.err.posthoc', { name, names: POST_HOC_NAMES.join(', ') }));
  return names as PostHocName[];
}

export function registerAnova(program: Command): void {
  const cmd = program
    .command('anova')
    .alias('oneway')
    .description('one-way ANOVA: descriptives, Levene, F, Welch and Brown-Forsythe, effect sizes, post hoc tests (SPSS ONEWAY); Kruskal-Wallis with --nonparametric')
    .argument('<file>', "survey export (CSV/TSV; '-' reads standard input)")
    .requiredOption('--vars <columns>', 'the dependent variables: names, A..B runs, globs (Q*), #3..#14 positions')
    .requiredOption('--by <column>', 'the factor: its categories are the groups')
    .option('--posthoc <tests>', `post hoc tests, comma-separated: ${POST_HOC_NAMES.join(', ')}`)
    .option('--control <first|last|value>', "dunnett's control group: first, last (SPSS's default) or a group's value or label")
    .option('--nonparametric', 'Kruskal-Wallis H instead of the ANOVA (SPSS NPAR TESTS /K-W)')
    .option('--missing-mode <mode>', 'analysis (per variable, SPSS ONEWAY /MISSING ANALYSIS) or listwise (cases complete on every --vars)', 'analysis')
    .option('--level <level>', 'confidence level of the intervals: a percentage (95) or a proportion (0.95)', '95');
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Example:
  $ csat anova fixtures/groups-survey.csv --vars sat,q1 --by age --posthoc tukey,lsd
  $ csat anova survey.csv --vars "Q*" --by income --nonparametric --lang zh`,
  );
  cmd.action(
    action(async (file: string, opts: AnovaCommandOptions) => {
      checkOutputOptions(opts);
      const lang = langOf(opts);
      const missing = parseChoice<AnovaMissing>(opts.missingMode, ['analysis', 'listwise'], '--missing-mode');
      const level = parseLevel(opts.level);
      const posthoc = opts.posthoc === undefined ? [] : parsePostHoc(opts.posthoc);
      if (opts.nonparametric && posthoc.length > 0) throw new UsageError(msg('anova.err.posthocNonparametric'));
      if (opts.control !== undefined && !posthoc.includes('dunnett')) throw new UsageError(msg('anova.err.controlWithout'));
      const source = await readSource(file, sourceOptions(opts));
      const by = oneColumn(source, opts.by, '--by');
      const vars = selectColumns(source.names, opts.vars, '--vars', source.file).filter((v) => v !== by);
      const { ds } = convertSource(source, opts, [{ option: '--vars', spec: undefined, names: [...vars, by] }]);
      const { result, warnings } = runAnova(ds, { vars, by, posthoc, control: opts.control, nonparametric: opts.nonparametric, missing, level });
      await emit({ command: 'anova', blocks: anovaBlocks(result, lang), results: result, warnings: [...ds.warnings, ...warnings] }, opts, [ds.input]);
    }),
  );
}
