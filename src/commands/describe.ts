/** `csat describe`: SPSS DESCRIPTIVES + FREQUENCIES for the selected variables. */
import type { Command } from 'commander';
import { rangeWarnings, runDescribe } from '../analyses/describe.js';
import { describeBlocks } from '../report/tables/describe.js';
import { parseScaleRange } from '../data/options.js';
import { action, chartsWanted, checkOutputOptions, convertSource, emit, inputOptions, langOf, outputOptions, sourceOptions, varsSelection, type CommonOptions } from './common.js';
import { readSource } from '../data/read.js';
import { deprecatedAlias } from './deprecated.js';
import { helpText } from '../i18n/index.js';

interface DescribeOptions extends CommonOptions {
  vars?: string;
  frequencies: boolean;
}

export function registerDescribe(program: Command): void {
  const cmd = program
    .command('describe')
    .alias('desc')
    .description(helpText('describe'))
    .argument('<file>', helpText('arg.file'))
    .option('--vars <columns>', helpText('describe.vars'))
    .option('--no-frequencies', helpText('noFrequencies'));
  deprecatedAlias(cmd, '--items <columns>', '--vars');
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat describe fixtures/telephone-survey.csv --vars att1..qual5 --scale-range 1-5
  $ csat describe survey.csv --vars "Q*" --missing -3 --format json`,
  );
  cmd.action(
    action(async (file: string, opts: DescribeOptions & { items?: string }) => {
      checkOutputOptions(opts);
      // No selection: every column but a survey platform's metadata (submission time, IP address).
      const source = await readSource(file, sourceOptions(opts));
      const metadata = new Set(source.platform?.metadata ?? []);
      const { ds } = convertSource(source, opts, [varsSelection(opts) ?? { option: '--vars', spec: undefined, names: source.names.filter((n) => !metadata.has(n)) }]);
      const result = runDescribe(ds, { scaleRange: opts.scaleRange ? parseScaleRange(opts.scaleRange) : undefined });
      await emit(
        {
          command: 'describe',
          blocks: describeBlocks(result, langOf(opts), { frequencies: opts.frequencies, svg: chartsWanted(opts) }),
          results: result,
          warnings: [...ds.warnings, ...rangeWarnings(result)],
        },
        opts,
        [ds.input],
      );
    }),
  );
}
