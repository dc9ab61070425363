/**
 * `csat factor` (alias `efa`): SPSS FACTOR: principal components (or principal axis factoring) of
 * the items' correlation matrix, rotated (varimax by default), with regression scores on request.
 */
import { explanations, factorWorked, kmoWorked, type Explanations } from '../analyses/explain.js';
import { itemCorrelations, summaryCorrelations } from '../analyses/factor-input.js';
import { rowsOnly } from '../data/summary.js';
import { withExplanations } from '../report/explain.js';
import type { Command } from 'commander';
import { factorFromCorrelations, factorScores, terminateUnconverged, type Extraction, type Rotation } from '../analyses/factor.js';
import { moreIterations } from '../stats/paf.js';
import { AnalysisError, UsageError } from '../errors.js';
import { factorBlocks } from '../report/tables/factor.js';
import { msg, t, helpText } from '../i18n/index.js';
import { boundedOption } from './bounds.js';
import { sameFile, writeOutput } from '../report/output.js';
import { savedFile, sourceColumn } from './saved-file.js';
import { text } from '../report/table.js';
import { action, chartsWanted, checkOutputOptions, emit, inputMeta, inputOptions, langOf, loadInput, outputOptions, oneColumn, summaryOptions, type CommonOptions, type SummaryInputOptions } from './common.js';

interface FactorCommandOptions extends CommonOptions, SummaryInputOptions {
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
    .description(helpText('factor'))
    .argument('[file]', helpText('arg.fileOrSummary'))
    .option('--items <columns>', helpText('itemsSelection'))
    .option('--extraction <method>', helpText('factor.extraction'), 'pc')
    .option('--rotation <method>', helpText('factor.rotation'), 'varimax')
    .option('--factors <n>', helpText('factor.factors'))
    .option('--min-eigen <x>', helpText('factor.minEigen'))
    .option('--parallel', helpText('factor.parallel'))
    .option('--replicates <n>', helpText('factor.replicates'), '1000')
    .option('--seed <n>', helpText('factor.seed'), '1')
    .option('--iterate <n>', helpText('factor.iterate'), '25')
    .option('--rconverge <x>', helpText('factor.rconverge'), '0.0001')
    .option('--econverge <x>', helpText('factor.econverge'), '0.001')
    .option('--kappa <x>', helpText('factor.kappa'), '4')
    .option('--sort', helpText('factor.sort'))
    .option('--blank <x>', helpText('factor.blank'))
    .option('--no-scree', helpText('factor.noScree'))
    .option('--save-scores <file>', helpText('factor.saveScores'))
    .option('--id <column>', helpText('factor.id'))
    .option('--explain', helpText('explain'));
  summaryOptions(cmd);
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat factor survey.csv --items Q1..Q12 --sort --blank 0.4
  $ csat efa survey.csv --items "Q*" --extraction paf --rotation promax --factors 3
  $ csat factor survey.csv --items Q1..Q12 --parallel --seed 7 --save-scores scores.csv --id respondent
  $ csat factor --matrix correlations.csv --items Q1..Q12 --factors 2`,
  );
  cmd.action(
    action(async (file: string | undefined, opts: FactorCommandOptions) => {
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

      // Without per-respondent output a large file is streamed into moments (bounded memory).
      const input = await loadInput('factor', file, opts, [{ option: '--items', spec: opts.items, rated: true }], {}, !opts.saveScores);
      const { selected } = input;
      if (input.kind === 'summary' && opts.saveScores) throw rowsOnly('--save-scores', input.summary.file);
      const idColumn = opts.id && input.kind === 'rows' ? oneColumn(input.source, opts.id, '--id') : null;
      const c = input.kind === 'rows' ? itemCorrelations(input.ds, selected[0]) : summaryCorrelations(input.summary, selected[0]);
      const meta = inputMeta(input);
      const result = terminateUnconverged(factorFromCorrelations(c, {
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
      }));
      const { warnings, ...results } = result;
      const lang = langOf(opts);
      const tables = factorBlocks(result, lang, { sort: opts.sort, blank, weight: meta.weight, scree: opts.scree, svg: chartsWanted(opts) });
      let explained: Explanations | null = null;
      if (opts.explain) {
        explained = explanations({ kmo: kmoWorked(c), ...(result.componentMatrix ? { factor: factorWorked(c, result, rconverge) } : {}) });
      }
      const blocks = explained ? withExplanations(tables, explained, lang) : tables;

      let saved: { file: string; columns: string[] } | null = null;
      if (opts.saveScores && input.kind === 'rows') {
        if (result.componentMatrix === null) {
          const it = result.extractionIterations ?? 0;
          throw new AnalysisError(msg('factor.err.terminatedScores', { it, more: moreIterations(it) }));
        }
        const { ds, source } = input;
        const scores = factorScores(ds, result);
        const keep = idColumn !== null ? [source.names.indexOf(idColumn)] : source.names.map((_, j) => j);
        // SPSS names the first set of saved regression scores FAC1_1, FAC2_1, ...; when the data
        // already hold those, the next set FAC1_2, FAC2_2, ... (and so on), with or without --id.
        const names = scoreNames(scores.length, source.names);
        // In a .sav each score gets the variable label SPSS gives it.
        const set = names.length > 0 ? names[0].slice(names[0].indexOf('_') + 1) : '1';
        const columns = [
          ...keep.map((j) => sourceColumn(source, j)),
          ...scores.map((values, k) => ({ name: names[k], values, label: `REGR factor score ${k + 1} for analysis ${set}` })),
        ];
        await writeOutput(savedFile(opts.saveScores, columns), { output: opts.saveScores, inputs: [source.file], option: '--save-scores' });
        saved = { file: opts.saveScores, columns: names };
        blocks.push(text(t('factor.scoresSaved', lang, { k: names.length, file: opts.saveScores, columns: names.join(', ') })));
      }
      await emit(
        {
          command: 'factor',
          blocks,
          results: { ...results, savedScores: saved, ...(explained ? { explain: explained } : {}) },
          warnings: [...meta.warnings, ...warnings],
        },
        opts,
        [meta.info],
      );
    }),
  );
}
