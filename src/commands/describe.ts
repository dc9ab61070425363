/** `csat describe`: SPSS DESCRIPTIVES + FREQUENCIES for the selected variables. */
import type { Command } from 'commander';
import { describeFromSummary, rangeWarnings, runDescribe } from '../analyses/describe.js';
import { groupingOf } from '../analyses/grouping.js';
import { runMultiResponse, type MultiResponseSet } from '../analyses/multi-response.js';
import { describeBlocks } from '../report/tables/describe.js';
import { multiResponseBlocks } from '../report/tables/multi-response.js';
import { findMultiSets } from '../data/multi-response.js';
import { parseNumber, parseScaleRange } from '../data/options.js';
import { readSource } from '../data/read.js';
import { isMatrixHeader, rowsOnly, selectSummary } from '../data/summary.js';
import { InputError, UsageError } from '../errors.js';
import { msg, helpText } from '../i18n/index.js';
import type { Block } from '../report/table.js';
import { engineWanted } from './engine.js';
import { action, answerOptions, chartsWanted, checkOutputOptions, convertSource, emit, inputOptions, langOf, loadInput, oneColumn, outputOptions, sourceOptions, summaryOptions, varsSelection, type CommonOptions, type SummaryInputOptions } from './common.js';
import { deprecatedAlias } from './deprecated.js';

interface DescribeOptions extends CommonOptions, SummaryInputOptions {
  vars?: string;
  frequencies: boolean;
  multi?: string;
  multiValue?: string;
  by?: string;
}

export function registerDescribe(program: Command): void {
  const cmd = program
    .command('describe')
    .alias('desc')
    .description(helpText('describe'))
    .argument('[file]', helpText('arg.fileOrSummary'))
    .option('--vars <columns>', helpText('describe.vars'))
    .option('--no-frequencies', helpText('noFrequencies'))
    .option('--multi <sets>', helpText('describe.multi'))
    .option('--multi-value <n>', helpText('describe.multiValue'))
    .option('--by <column>', helpText('describe.multiBy'));
  deprecatedAlias(cmd, '--items <columns>', '--vars');
  summaryOptions(cmd);
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat describe fixtures/telephone-survey.csv --vars att1..qual5 --scale-range 1-5
  $ csat describe survey.csv --vars "Q*" --missing -3 --format json
  $ csat describe fixtures/multi-response.csv --multi q7,Q10 --by gender
  $ csat describe --from-moments stats.json --vars Q1..Q9`,
  );
  cmd.action(
    action(async (file: string | undefined, opts: DescribeOptions & { items?: string }) => {
      checkOutputOptions(opts);
      if (!opts.multi && opts.by !== undefined) throw new UsageError(msg('describe.multi.err.byWithoutMulti'));
      if (!opts.multi && opts.multiValue !== undefined) throw new UsageError(msg('describe.multi.err.valueWithoutMulti'));
      const countedValue = opts.multiValue === undefined ? 1 : parseNumber(opts.multiValue);
      if (countedValue === null) throw new UsageError(msg('describe.multi.err.badValue', { value: String(opts.multiValue) }));
      const scaleRange = opts.scaleRange ? parseScaleRange(opts.scaleRange) : undefined;
      // A moments file (csat moments): the same tables from its per-variable statistics, no rows read.
      if (opts.matrix !== undefined || opts.fromMoments !== undefined || file === undefined || /\.json$/i.test(file) || engineWanted(opts, file)) {
        if (opts.multi) throw rowsOnly('--multi', opts.fromMoments ?? opts.matrix ?? file ?? '');
        const selection = varsSelection(opts) ?? { option: '--vars', spec: undefined };
        const input = await loadInput('describe', file, { ...opts, scaleRange: undefined }, [selection]);
        if (input.kind !== 'summary') throw new InputError(msg('describe.err.noColumns', { file: file ?? '' }));
        const all = input.selected[0].length === 0;
        const summary = all ? input.summary : selectSummary(input.summary, input.selected[0]);
        const result = describeFromSummary(summary, { scaleRange, all: all || summary.names.length === input.summary.names.length });
        const blocks = describeBlocks(result, langOf(opts), { frequencies: opts.frequencies, svg: chartsWanted(opts) });
        await emit({ command: 'describe', blocks, results: result, warnings: rangeWarnings(result) }, opts, [input.input]);
        return;
      }
      const source = await readSource(file, sourceOptions(opts));
      if (isMatrixHeader(source.names)) throw new InputError(msg('describe.err.noColumns', { file: source.file }));
      // No selection: every column but a survey platform's metadata (submission time, IP address); with --multi alone, none.
      const metadata = new Set(source.platform?.metadata ?? []);
      const vars = varsSelection(opts) ?? (opts.multi ? { option: '--vars', spec: undefined } : { option: '--vars', spec: undefined, names: source.names.filter((n) => !metadata.has(n)) });
      // Variables named with --vars are the ratings --scale-range describes; all columns (ids, ages) are not.
      const { ds } = convertSource(source, opts, [{ ...vars, rated: opts.vars !== undefined }]);
      const result = runDescribe(ds, { scaleRange });
      const lang = langOf(opts);
      const blocks: Block[] = opts.multi && !opts.vars ? [] : describeBlocks(result, lang, { frequencies: opts.frequencies, svg: chartsWanted(opts) });
      const warnings = [...ds.warnings, ...rangeWarnings(result)];
      let multipleResponse: MultiResponseSet[] | undefined;
      if (opts.multi) {
        const specs = findMultiSets(source, opts.multi);
        const by = opts.by !== undefined ? oneColumn(source, opts.by, '--by') : null;
        const columns = specs.filter((s) => s.shape === 'columns').flatMap((s) => s.columns);
        const multi = convertSource(source, opts, [{ option: '--multi', spec: undefined, names: [...columns, ...(by ? [by] : [])] }]).ds;
        multipleResponse = runMultiResponse(source, multi, specs, { countedValue, missing: answerOptions(opts).missing ?? [], group: by ? groupingOf(multi, by) : null });
        blocks.push(...multiResponseBlocks(multipleResponse, lang, { weight: multi.weightName }));
        warnings.push(...multi.warnings.filter((w) => !warnings.includes(w)));
      }
      await emit(
        {
          command: 'describe',
          blocks,
          results: multipleResponse ? { ...result, multipleResponse } : result,
          warnings,
        },
        opts,
        [ds.input],
      );
    }),
  );
}
