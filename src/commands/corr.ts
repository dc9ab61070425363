/** `csat corr`: Pearson or Spearman correlations with Sig. (2-tailed) and N (SPSS CORRELATIONS / NONPAR CORR). */
import type { Command } from 'commander';
import { SCORE_METHODS, type ScoreMethod } from '../analyses/scale-scores.js';
import { correlationsFromSummary, runCorrelations } from '../analyses/corr.js';
import { rowsOnly } from '../data/summary.js';
import { engineWanted } from './engine.js';
import { corrBlocks } from '../report/tables/corr.js';
import { corrWorked, explanations } from '../analyses/explain.js';
import { withExplanations } from '../report/explain.js';
import { InputError, UsageError } from '../errors.js';
import { msg, helpText } from '../i18n/index.js';
import type { CorrelationMethod, MissingMode } from '../stats/correlation.js';
import { action, checkOutputOptions, emit, inputMeta, inputOptions, langOf, loadInput, outputOptions, summaryOptions, varsSelection, type Input, type SummaryInputOptions } from './common.js';
import { scaleInput, scaleOptions, type ScaleOptions } from './scales.js';
import { deprecatedAlias } from './deprecated.js';
import { parseChoice } from './common.js';

interface CorrOptions extends ScaleOptions, SummaryInputOptions {
  vars?: string;
  items?: string;
  with?: string;
  method: string;
  missingMode: string;
  explain?: boolean;
}

export function registerCorr(program: Command): void {
  const cmd = program
    .command('corr')
    .alias('correlations')
    .description(helpText('corr'))
    .argument('[file]', helpText('arg.fileOrSummary'))
    .option('--vars <columns>', helpText('varsSelection'))
    .option('--with <columns>', helpText('corr.with'))
    .option('--method <method>', helpText('corr.method'), 'pearson')
    .option('--missing-mode <mode>', helpText('corr.missingMode'), 'pairwise')
    .option('--explain', helpText('explain'));
  scaleOptions(cmd);
  deprecatedAlias(cmd, '--items <columns>', '--vars');
  summaryOptions(cmd);
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat corr survey.csv --vars Q1..Q9,overall
  $ csat corr survey.csv --vars Q1..Q9 --with overall --method spearman --missing-mode pairwise --lang zh
  $ csat corr --from-moments stats.json --vars Q1..Q9
  $ csat corr fixtures/bank-survey.csv --study fixtures/bank-survey.yml --vars 服务质量,客户关系,overall --score sum`,
  );
  cmd.action(
    action(async (file: string | undefined, opts: CorrOptions) => {
      checkOutputOptions(opts);
      const method = parseChoice<CorrelationMethod>(opts.method, ['pearson', 'spearman'], '--method');
      const missing = parseChoice<MissingMode>(opts.missingMode, ['listwise', 'pairwise'], '--missing-mode');
      const vars = varsSelection(opts);
      if (!vars?.spec) throw new UsageError(msg('corr.err.noVars'));
      const selections = [vars, { option: '--with', spec: opts.with }];
      const input: Input = opts.study !== undefined ? { kind: 'rows', ...(await scaleInput(file, opts, selections, parseChoice<ScoreMethod>(opts.score, SCORE_METHODS, '--score'))) } : await loadInput('corr', file, opts, selections);
      const { selected } = input;
      if (input.kind === 'summary' && opts.explain) throw rowsOnly('--explain', input.summary.file);
      // DuckDB's moments are listwise; with missing answers they are not the pairwise correlations asked for.
      if (input.kind === 'summary' && missing === 'pairwise' && input.summary.excluded > 0 && engineWanted(opts, file)) {
        throw new InputError(msg('duckdb.err.pairwise', { file: input.summary.file, excluded: input.summary.excluded }));
      }
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
