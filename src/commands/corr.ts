/** `csat corr`: Pearson or Spearman correlations with Sig. (2-tailed) and N (SPSS CORRELATIONS / NONPAR CORR). */
import type { Command } from 'commander';
import { runCorrelations } from '../analyses/corr.js';
import { corrBlocks } from '../report/tables/corr.js';
import { corrWorked, explanations } from '../analyses/explain.js';
import { withExplanations } from '../report/explain.js';
import { UsageError } from '../errors.js';
import { msg, helpText } from '../i18n/index.js';
import type { CorrelationMethod, MissingMode } from '../stats/correlation.js';
import { action, checkOutputOptions, emit, inputOptions, langOf, loadData, outputOptions, varsSelection, type CommonOptions } from './common.js';
import { deprecatedAlias } from './deprecated.js';

interface CorrOptions extends CommonOptions {
  vars?: string;
  items?: string;
  with?: string;
  method: string;
  missingMode: string;
  explain?: boolean;
}

export function parseChoice<T extends string>(value: string, allowed: readonly T[], option: string): T {
  const v = value.trim().toLowerCase() as T;
  if (!allowed.includes(v)) throw new UsageError(msg('corr.err.choice', { option, allowed: [...allowed], value }));
  return v;
}

export function registerCorr(program: Command): void {
  const cmd = program
    .command('corr')
    .alias('correlations')
    .description(helpText('corr'))
    .argument('<file>', helpText('arg.file'))
    .option('--vars <columns>', helpText('varsSelection'))
    .option('--with <columns>', helpText('corr.with'))
    .option('--method <method>', helpText('corr.method'), 'pearson')
    .option('--missing-mode <mode>', helpText('corr.missingMode'), 'pairwise')
    .option('--explain', helpText('explain'));
  deprecatedAlias(cmd, '--items <columns>', '--vars');
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat corr survey.csv --vars Q1..Q9,overall
  $ csat corr survey.csv --vars Q1..Q9 --with overall --method spearman --missing-mode pairwise --lang zh`,
  );
  cmd.action(
    action(async (file: string, opts: CorrOptions) => {
      checkOutputOptions(opts);
      const method = parseChoice<CorrelationMethod>(opts.method, ['pearson', 'spearman'], '--method');
      const missing = parseChoice<MissingMode>(opts.missingMode, ['listwise', 'pairwise'], '--missing-mode');
      const vars = varsSelection(opts);
      if (!vars?.spec) throw new UsageError(msg('corr.err.noVars'));
      const { ds, selected } = await loadData(file, opts, [vars, { option: '--with', spec: opts.with }]);
      const { results, warnings } = runCorrelations(ds, {
        variables: selected[0],
        with: opts.with ? selected[1] : null,
        method,
        missing,
      });
      const lang = langOf(opts);
      const blocks = corrBlocks(results, lang, { missing, weight: ds.weightName });
      const explained = opts.explain ? explanations({ corr: corrWorked(ds, results, missing) }) : null;
      await emit(
        {
          command: 'corr',
          blocks: explained ? withExplanations(blocks, explained, lang) : blocks,
          results: explained ? { ...results, explain: explained } : results,
          warnings: [...ds.warnings, ...warnings],
        },
        opts,
        [ds.input],
      );
    }),
  );
}
