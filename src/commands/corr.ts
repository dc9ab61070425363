/** `csat corr`: Pearson or Spearman correlations with Sig. (2-tailed) and N (SPSS CORRELATIONS / NONPAR CORR). */
import type { Command } from 'commander';
import { correlationsFromSummary, runCorrelations } from '../analyses/corr.js';
import { rowsOnly } from '../data/summary.js';
import { corrBlocks } from '../report/tables/corr.js';
import { corrWorked, explanations } from '../analyses/explain.js';
import { withExplanations } from '../report/explain.js';
import { UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';
import type { CorrelationMethod, MissingMode } from '../stats/correlation.js';
import { action, checkOutputOptions, emit, inputMeta, inputOptions, langOf, loadInput, outputOptions, summaryOptions, varsSelection, type CommonOptions, type SummaryInputOptions } from './common.js';
import { deprecatedAlias } from './deprecated.js';

interface CorrOptions extends CommonOptions, SummaryInputOptions {
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
    .description('correlation matrix with two-tailed significance and N (SPSS CORRELATIONS / NONPAR CORR)')
    .argument('[file]', "survey export (CSV/TSV; '-' reads standard input), or a matrix or moments file")
    .option('--vars <columns>', 'variables: names, A..B runs, globs (Q*), #3..#14 positions')
    .option('--with <columns>', 'correlate --vars (rows) with these (columns): a rectangular matrix')
    .option('--method <method>', 'pearson or spearman', 'pearson')
    .option('--missing-mode <mode>', 'pairwise (per pair, as SPSS CORRELATIONS and NONPAR CORR by default) or listwise (cases complete on every variable)', 'pairwise')
    .option('--explain', "after each table, the formula with this data's numbers put in (for teaching)");
  deprecatedAlias(cmd, '--items <columns>', '--vars');
  summaryOptions(cmd);
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Example:
  $ csat corr survey.csv --vars Q1..Q9,overall
  $ csat corr survey.csv --vars Q1..Q9 --with overall --method spearman --missing-mode pairwise --lang zh
  $ csat corr --from-moments stats.json --vars Q1..Q9`,
  );
  cmd.action(
    action(async (file: string | undefined, opts: CorrOptions) => {
      checkOutputOptions(opts);
      const method = parseChoice<CorrelationMethod>(opts.method, ['pearson', 'spearman'], '--method');
      const missing = parseChoice<MissingMode>(opts.missingMode, ['listwise', 'pairwise'], '--missing-mode');
      const vars = varsSelection(opts);
      if (!vars?.spec) throw new UsageError(msg('corr.err.noVars'));
      const input = await loadInput('corr', file, opts, [vars, { option: '--with', spec: opts.with }]);
      const { selected } = input;
      if (input.kind === 'summary' && opts.explain) throw rowsOnly('--explain', input.summary.file);
      const corrOpts = { variables: selected[0], with: opts.with ? selected[1] : null, method, missing };
      const { results, warnings } = input.kind === 'rows' ? runCorrelations(input.ds, corrOpts) : correlationsFromSummary(input.summary, corrOpts);
      const meta = inputMeta(input);
      const lang = langOf(opts);
      const blocks = corrBlocks(results, lang, { missing, weight: meta.weight });
      const explained = opts.explain && input.kind === 'rows' ? explanations({ corr: corrWorked(input.ds, results, missing) }) : null;
      await emit(
        {
          command: 'corr',
          blocks: explained ? withExplanations(blocks, explained, lang) : blocks,
          results: explained ? { ...results, explain: explained } : results,
          warnings: [...meta.warnings, ...warnings],
        },
        opts,
        [meta.info],
      );
    }),
  );
}
