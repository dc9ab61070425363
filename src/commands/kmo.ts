/** `csat kmo`: KMO and Bartlett's test (SPSS FACTOR /PRINT KMO DET AIC) for the selected items. */
import type { Command } from 'commander';
import { kmoFromCorrelations } from '../analyses/kmo.js';
import { kmoBlocks } from '../report/tables/kmo.js';
import { explanations, kmoWorked } from '../analyses/explain.js';
import { itemCorrelations, summaryCorrelations } from '../analyses/factor-input.js';
import { withExplanations } from '../report/explain.js';
import { UsageError } from '../errors.js';
import { msg, helpText } from '../i18n/index.js';
import { action, checkOutputOptions, emit, inputMeta, inputOptions, langOf, loadInput, outputOptions, summaryOptions, type CommonOptions, type SummaryInputOptions } from './common.js';

interface KmoCommandOptions extends CommonOptions, SummaryInputOptions {
  items?: string;
  antiImage?: boolean;
  explain?: boolean;
}

export function registerKmo(program: Command): void {
  const cmd = program
    .command('kmo')
    .description(helpText('kmo'))
    .argument('[file]', helpText('arg.fileOrSummary'))
    .option('--items <columns>', helpText('itemsSelection'))
    .option('--anti-image', helpText('kmo.antiImage'))
    .option('--explain', helpText('explain'));
  summaryOptions(cmd);
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat kmo survey.csv --items Q1..Q12
  $ csat kmo survey.csv --items "Q*" --missing -3 --anti-image --format json
  $ csat kmo --matrix correlations.csv --items Q1..Q12`,
  );
  cmd.action(
    action(async (file: string | undefined, opts: KmoCommandOptions) => {
      checkOutputOptions(opts);
      if (!opts.items) throw new UsageError(msg('kmo.err.noItems'));
      const input = await loadInput('kmo', file, opts, [{ option: '--items', spec: opts.items, rated: true }], {}, true);
      const c = input.kind === 'rows' ? itemCorrelations(input.ds, input.selected[0]) : summaryCorrelations(input.summary, input.selected[0]);
      const meta = inputMeta(input);
      const result = kmoFromCorrelations(c, Boolean(opts.antiImage));
      const lang = langOf(opts);
      const blocks = kmoBlocks(result, lang, { weight: meta.weight });
      const explained = opts.explain ? explanations({ kmo: kmoWorked(c) }) : null;
      await emit(
        {
          command: 'kmo',
          blocks: explained ? withExplanations(blocks, explained, lang) : blocks,
          results: explained ? { ...result, explain: explained } : result,
          warnings: meta.warnings,
        },
        opts,
        [meta.info],
      );
    }),
  );
}
