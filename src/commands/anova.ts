/** `csat anova`: one-way analysis of variance with post hoc tests (SPSS ONEWAY), or Kruskal-Wallis (NPAR TESTS /K-W). */
import type { Command } from 'commander';
import { runAnova, type AnovaMissing } from '../analyses/anova.js';
import { anovaBlocks } from '../report/tables/anova.js';
import { UsageError } from '../errors.js';
import { msg, helpText } from '../i18n/index.js';
import { isPostHocName, POST_HOC_NAMES } from '../stats/posthoc/index.js';
import type { PostHocName } from '../stats/posthoc/types.js';
import { action, checkOutputOptions, convertSource, emit, inputOptions, langOf, oneColumn, outputOptions, sourceOptions, type CommonOptions } from './common.js';
import { parseChoice } from './common.js';
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
    .description(helpText('anova'))
    .argument('<file>', helpText('arg.file'))
    .requiredOption('--vars <columns>', helpText('anova.vars'))
    .requiredOption('--by <column>', helpText('anova.by'))
    .option('--posthoc <tests>', helpText('anova.posthoc', { tests: POST_HOC_NAMES.join(', ') }))
    .option('--control <first|last|value>', helpText('anova.control'))
    .option('--nonparametric', helpText('anova.nonparametric'))
    .option('--missing-mode <mode>', helpText('anova.missingMode'), 'analysis')
    .option('--level <level>', helpText('anova.level'), '95');
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
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
