/** `csat explore`: SPSS EXAMINE (descriptives, percentiles, extreme values, normality tests, boxplots). */
import type { Command } from 'commander';
import { runExplore } from '../analyses/explore.js';
import { readSource } from '../data/read.js';
import { selectColumns } from '../data/select.js';
import { exploreBlocks, exploreSvgs } from '../report/tables/explore.js';
import { stackSvgs } from '../report/svg/boxplot.js';
import { writeOutput } from '../report/output.js';
import { UsageError } from '../errors.js';
import { msg, helpText } from '../i18n/index.js';
import { action, chartsWanted, checkOutputOptions, convertSource, emit, inputOptions, langOf, oneColumn, outputOptions, sourceOptions, type CommonOptions } from './common.js';

interface ExploreOptions extends CommonOptions {
  vars: string;
  by?: string;
  id?: string;
  plot?: string;
  chart: boolean;
}

export function registerExplore(program: Command): void {
  const cmd = program
    .command('explore')
    .alias('examine')
    .description(helpText('explore'))
    .argument('<file>', helpText('arg.file'))
    .requiredOption('--vars <columns>', helpText('explore.vars'))
    .option('--by <column>', helpText('explore.by'))
    .option('--id <column>', helpText('explore.id'))
    .option('--plot <file.svg>', helpText('explore.plot'))
    .option('--no-chart', helpText('explore.noChart'));
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat explore fixtures/crosstab-explore.csv --vars score --by gender --id id
  $ csat explore survey.csv --vars "sat*" --by region --plot box.svg -f html -o report.html`,
  );
  cmd.action(
    action(async (file: string, opts: ExploreOptions) => {
      checkOutputOptions(opts, { '--plot': opts.plot });
      if (opts.plot !== undefined && !/\.svg$/i.test(opts.plot)) throw new UsageError(msg('explore.err.plotFormat', { file: opts.plot }));
      const lang = langOf(opts);
      const source = await readSource(file, sourceOptions(opts));
      const vars = selectColumns(source.names, opts.vars, '--vars', source.file);
      const by = opts.by ? oneColumn(source, opts.by, '--by') : null;
      const id = opts.id ? oneColumn(source, opts.id, '--id') : null;
      const names = [...new Set([...vars, ...(by ? [by] : []), ...(id ? [id] : [])])];
      const { ds } = convertSource(source, opts, [{ option: '--vars', spec: undefined, names }]);
      const result = runExplore(ds, { vars: vars.filter((v) => v !== by && v !== id), by, id });
      await emit(
        {
          command: 'explore',
          blocks: exploreBlocks(result, lang, { svg: chartsWanted(opts), sketch: opts.chart }),
          results: result,
          warnings: ds.warnings,
        },
        opts,
        [ds.input],
      );
      if (opts.plot) await writeOutput(stackSvgs(exploreSvgs(result, lang)), { output: opts.plot, inputs: [file], option: '--plot' });
    }),
  );
}
