/** `csat kmo`: KMO and Bartlett's test (SPSS FACTOR /PRINT KMO DET AIC) for the selected items. */
import type { Command } from 'commander';
import { kmoFromCorrelations } from '../analyses/kmo.js';
import { kmoBlocks } from '../report/tables/kmo.js';
import { explanations, kmoWorked } from '../analyses/explain.js';
import { itemCorrelations } from '../analyses/factor-input.js';
import { withExplanations } from '../report/explain.js';
import { UsageError } from '../errors.js';
import { msg, helpText } from '../i18n/index.js';
import { action, checkOutputOptions, emit, inputOptions, langOf, loadData, outputOptions, type CommonOptions } from './common.js';

interface KmoCommandOptions extends CommonOptions {
  items?: string;
  antiImage?: boolean;
  explain?: boolean;
}

export function registerKmo(program: Command): void {
  const cmd = program
    .command('kmo')
    .description(helpText('kmo'))
    .argument('<file>', helpText('arg.file'))
    .option('--items <columns>', helpText('itemsSelection'))
    .option('--anti-image', helpText('kmo.antiImage'))
    .option('--explain', helpText('explain'));
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat kmo survey.csv --items Q1..Q12
  $ csat kmo survey.csv --items "Q*" --missing -3 --anti-image --format json`,
  );
  cmd.action(
    action(async (file: string, opts: KmoCommandOptions) => {
      checkOutputOptions(opts);
      if (!opts.items) throw new UsageError(msg('kmo.err.noItems'));
      const { ds, selected } = await loadData(file, opts, [{ option: '--items', spec: opts.items }]);
      const c = itemCorrelations(ds, selected[0]);
      const result = kmoFromCorrelations(c, Boolean(opts.antiImage));
      const lang = langOf(opts);
      const blocks = kmoBlocks(result, lang, { weight: ds.weightName });
      const explained = opts.explain ? explanations({ kmo: kmoWorked(c) }) : null;
      await emit(
        {
          command: 'kmo',
          blocks: explained ? withExplanations(blocks, explained, lang) : blocks,
          results: explained ? { ...result, explain: explained } : result,
          warnings: ds.warnings,
        },
        opts,
        [ds.input],
      );
    }),
  );
}
