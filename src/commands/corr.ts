/** `csat corr`: Pearson or Spearman correlations with Sig. (2-tailed) and N (SPSS CORRELATIONS / NONPAR CORR). */
import type { Command } from 'commander';
import { SCORE_METHODS, type ScoreMethod } from '../analyses/scale-scores.js';
import { runCorrelations } from '../analyses/corr.js';
import { corrBlocks } from '../report/tables/corr.js';
import { corrWorked, explanations } from '../analyses/explain.js';
import { withExplanations } from '../report/explain.js';
import { UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';
import type { CorrelationMethod, MissingMode } from '../stats/correlation.js';
import { action, checkOutputOptions, emit, inputOptions, langOf, outputOptions, varsSelection } from './common.js';
import { loadWithScales, readWithScales, scaleOptions, selectWithScales, type ScaleOptions } from './scales.js';
import { deprecatedAlias } from './deprecated.js';

interface CorrOptions extends ScaleOptions {
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
    .argument('<file>', "survey export (CSV/TSV; '-' reads standard input)")
    .option('--vars <columns>', 'variables: names, A..B runs, globs (Q*), #3..#14 positions')
    .option('--with <columns>', 'correlate --vars (rows) with these (columns): a rectangular matrix')
    .option('--method <method>', 'pearson or spearman', 'pearson')
    .option('--missing-mode <mode>', 'pairwise (per pair, as SPSS CORRELATIONS and NONPAR CORR by default) or listwise (cases complete on every variable)', 'pairwise')
    .option('--explain', "after each table, the formula with this data's numbers put in (for teaching)");
  scaleOptions(cmd);
  deprecatedAlias(cmd, '--items <columns>', '--vars');
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Example:
  $ csat corr survey.csv --vars Q1..Q9,overall
  $ csat corr survey.csv --vars Q1..Q9 --with overall --method spearman --missing-mode pairwise --lang zh
  $ csat corr fixtures/bank-survey.csv --study fixtures/bank-survey.yml --vars 服务质量,客户关系,overall --score sum`,
  );
  cmd.action(
    action(async (file: string, opts: CorrOptions) => {
      checkOutputOptions(opts);
      const method = parseChoice<CorrelationMethod>(opts.method, ['pearson', 'spearman'], '--method');
      const missing = parseChoice<MissingMode>(opts.missingMode, ['listwise', 'pairwise'], '--missing-mode');
      const vars = varsSelection(opts);
      if (!vars?.spec) throw new UsageError(msg('corr.err.noVars'));
      const data = await readWithScales(file, opts, parseChoice<ScoreMethod>(opts.score, SCORE_METHODS, '--score'));
      const selected = [selectWithScales(data, vars.spec, '--vars'), opts.with ? selectWithScales(data, opts.with, '--with') : []];
      const ds = loadWithScales(data, opts, selected);
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
