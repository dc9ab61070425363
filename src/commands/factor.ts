/**
 * `csat factor` (alias `efa`): SPSS FACTOR: principal components (or principal axis factoring) of
 * the items' correlation matrix, rotated (varimax by default), with regression scores on request.
 */
import { explanations, factorWorked, kmoWorked, type Explanations } from '../analyses/explain.js';
import { itemCorrelations } from '../analyses/factor-input.js';
import { withExplanations } from '../report/explain.js';
import type { Command } from 'commander';
import { factorFromCorrelations, factorScores, type Extraction, type Rotation } from '../analyses/factor.js';
import { UsageError } from '../errors.js';
import { factorBlocks } from '../report/tables/factor.js';
import { msg, t } from '../i18n/index.js';
import { boundedOption } from './bounds.js';
import { sameFile } from '../report/output.js';
import { writeRespondentValues } from '../report/saved-values.js';
import { text } from '../report/table.js';
import { action, chartsWanted, checkOutputOptions, emit, inputOptions, langOf, loadData, outputOptions, oneColumn, type CommonOptions } from './common.js';

interface FactorCommandOptions extends CommonOptions {
  explain?: boolean;
  items?: string;
  extraction: string;
  rotation: string;
  factors?: string;
  minEigen?: string;
  parallel?: boolean;
  replicates?: string;
  seed?: string;
  iterate?: string;
  rconverge?: string;
  econverge?: string;
  kappa?: string;
  sort?: boolean;
  blank?: string;
  scree: boolean;
  saveScores?: string;
  id?: string;
}

/**
 * Names of saved scores as SPSS gives them: FAC1_m, FAC2_m, ... with m the first set number
 * whose names are all free among `taken` (compared ignoring case, as SPSS variable names are).
 */
export function scoreNames(k: number, taken: string[]): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  for (let m = 1; ; m++) {
    const names = Array.from({ length: k }, (_, j) => `FAC${j + 1}_${m}`);
    if (names.every((n) => !used.has(n.toLowerCase()))) return names;
  }
}

export function registerFactor(program: Command): void {
  const cmd = program
    .command('factor')
    .alias('efa')
    .description('principal components / principal axis factoring with varimax, quartimax or promax rotation (SPSS FACTOR)')
    .argument('<file>', "survey export (CSV/TSV; '-' reads standard input)")
    .option('--items <columns>', 'items: names, A..B runs, globs (Q*), #3..#14 positions')
    .option('--extraction <method>', 'pc (principal components) or paf (principal axis factoring)', 'pc')
    .option('--rotation <method>', 'varimax, quartimax, promax or none', 'varimax')
    .option('--factors <n>', 'extract exactly n components (default: eigenvalues > 1)')
    .option('--min-eigen <x>', 'extract components whose eigenvalue exceeds x (SPSS MINEIGEN, default 1)')
    .option('--parallel', "choose the number of components by Horn's parallel analysis (random 95th percentile)")
    .option('--replicates <n>', 'random data sets for --parallel', '1000')
    .option('--seed <n>', 'seed of the random generator for --parallel', '1')
    .option('--iterate <n>', 'most iterations for extraction (PAF) and rotation (SPSS ITERATE)', '25')
    .option('--rconverge <x>', 'rotation convergence: change in the criterion (SPSS RCONVERGE)', '0.0001')
    .option('--econverge <x>', 'PAF convergence: largest change in a communality (SPSS ECONVERGE)', '0.001')
    .option('--kappa <x>', 'promax power (SPSS PROMAX(kappa))', '4')
    .option('--sort', 'sort items by size of loading within component (SPSS /FORMAT SORT)')
    .option('--blank <x>', 'hide loadings with absolute value below x (SPSS /FORMAT BLANK)')
    .option('--no-scree', 'leave out the scree plot')
    .option('--save-scores <file>', 'write regression-method scores (SPSS /SAVE REG) appended to the rows, as CSV')
    .option('--id <column>', 'with --save-scores: write only this id column and the scores')
    .option('--explain', "after each table, the formula with this data's numbers put in (for teaching)");
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Example:
  $ csat factor survey.csv --items Q1..Q12 --sort --blank 0.4
  $ csat efa survey.csv --items "Q*" --extraction paf --rotation promax --factors 3
  $ csat factor survey.csv --items Q1..Q12 --parallel --seed 7 --save-scores scores.csv --id respondent`,
  );
  cmd.action(
    action(async (file: string, opts: FactorCommandOptions) => {
      checkOutputOptions(opts);
      if (!opts.items) throw new UsageError(msg('factor.err.noItems'));
      const extraction = opts.extraction as Extraction;
      if (extraction !== 'pc' && extraction !== 'paf') throw new UsageError(msg('factor.err.extraction', { value: opts.extraction }));
      const rotation = opts.rotation as Rotation;
      if (!['varimax', 'quartimax', 'promax', 'none'].includes(rotation)) {
        throw new UsageError(msg('factor.err.rotation', { value: opts.rotation }));
      }
      if (opts.factors !== undefined && opts.parallel) throw new UsageError(msg('factor.err.factorsAndParallel'));
      const factors = boundedOption(opts.factors, '--factors');
      const minEigen = boundedOption(opts.minEigen, '--min-eigen');
      const replicates = boundedOption(opts.replicates, '--replicates');
      const seed = boundedOption(opts.seed, '--seed');
      const iterate = boundedOption(opts.iterate, '--iterate');
      const rconverge = boundedOption(opts.rconverge, '--rconverge');
      const econverge = boundedOption(opts.econverge, '--econverge');
      const kappa = boundedOption(opts.kappa, '--kappa');
      const blank = boundedOption(opts.blank, '--blank');
      if (opts.id && !opts.saveScores) throw new UsageError(msg('factor.err.idWithoutScores'));
      if (opts.saveScores) {
        const toStdout = (f: string | undefined) => f === undefined || f === '-';
        if (opts.saveScores === '-' && toStdout(opts.output)) throw new UsageError(msg('factor.err.bothStdout'));
        if (!toStdout(opts.output) && opts.saveScores !== '-' && (await sameFile(opts.saveScores, opts.output!))) {
          throw new UsageError(msg('factor.err.sameOutput', { scores: opts.saveScores, output: opts.output! }));
        }
      }

      const { ds, selected, source } = await loadData(file, opts, [{ option: '--items', spec: opts.items }]);
      const idColumn = opts.id ? oneColumn(source, opts.id, '--id') : null;
      const c = itemCorrelations(ds, selected[0]);
      const result = factorFromCorrelations(c, {
        items: selected[0],
        extraction,
        rotation,
        factors,
        minEigen,
        parallel: opts.parallel,
        replicates,
        seed,
        iterate,
        rconverge,
        econverge,
        kappa,
      });
      const { warnings, ...results } = result;
      const lang = langOf(opts);
      const tables = factorBlocks(result, lang, { sort: opts.sort, blank, weight: ds.weightName, scree: opts.scree, svg: chartsWanted(opts) });
      let explained: Explanations | null = null;
      if (opts.explain) {
        explained = explanations({ kmo: kmoWorked(c), factor: factorWorked(c, result, rconverge) });
      }
      const blocks = explained ? withExplanations(tables, explained, lang) : tables;

      let saved: { file: string; columns: string[] } | null = null;
      if (opts.saveScores) {
        const scores = factorScores(ds, result);
        const keep = idColumn !== null ? [source.names.indexOf(idColumn)] : source.names.map((_, j) => j);
        // SPSS names the first set of saved regression scores FAC1_1, FAC2_1, ...; when the data
        // already hold those, the next set FAC1_2, FAC2_2, ... (and so on), with or without --id.
        const names = scoreNames(scores.length, source.names);
        const keys = keep.map((j) => ({ name: source.names[j], cells: source.cells[j] }));
        const columns = scores.map((values, j) => ({ name: names[j], values }));
        await writeRespondentValues(opts.saveScores, keys, columns, source.rows, { inputs: [file], option: '--save-scores' });
        saved = { file: opts.saveScores, columns: names };
        blocks.push(text(t('factor.scoresSaved', lang, { k: names.length, file: opts.saveScores, columns: names.join(', ') })));
      }
      await emit(
        {
          command: 'factor',
          blocks,
          results: { ...results, savedScores: saved, ...(explained ? { explain: explained } : {}) },
          warnings: [...ds.warnings, ...warnings],
        },
        opts,
        [ds.input],
      );
    }),
  );
}
