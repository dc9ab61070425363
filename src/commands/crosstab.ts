/** `csat crosstab`: SPSS CROSSTABS with chi-square tests and symmetric measures. */
import type { Command } from 'commander';
import { CELL_KINDS, runCrosstab, type CellKind } from '../analyses/crosstab.js';
import { readSource } from '../data/read.js';
import { crosstabBlocks } from '../report/tables/crosstab.js';
import { UsageError } from '../errors.js';
import { msg, helpText } from '../i18n/index.js';
import { action, checkOutputOptions, convertSource, emit, inputOptions, langOf, oneColumn, outputOptions, sourceOptions, type CommonOptions } from './common.js';

interface CrosstabOptions extends CommonOptions {
  rows: string;
  cols: string;
  layer?: string;
  cells: string;
  exact?: boolean;
}

/** "count,expected,row" -> the cell statistics, in the order SPSS prints them. */
export function parseCells(spec: string): CellKind[] {
  const wanted = new Set<CellKind>();
  for (const part of spec.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    if (!(CELL_KINDS as readonly string[]).includes(part)) throw new UsageError(msg('crosstab.err.cells', { value: part, choices: [...CELL_KINDS] }));
    wanted.add(part as CellKind);
  }
  if (wanted.size === 0) wanted.add('count');
  return CELL_KINDS.filter((k) => wanted.has(k));
}

export function registerCrosstab(program: Command): void {
  const cmd = program
    .command('crosstab')
    .description(helpText('crosstab'))
    .argument('<file>', helpText('arg.file'))
    .requiredOption('--rows <column>', helpText('crosstab.rows'))
    .requiredOption('--cols <column>', helpText('crosstab.cols'))
    .option('--layer <column>', helpText('crosstab.layer'))
    .option('--cells <list>', helpText('crosstab.cells', { kinds: CELL_KINDS.join(', ') }), 'count')
    .option('--exact', helpText('crosstab.exact'));
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat crosstab fixtures/crosstab-explore.csv --rows gender --cols churn --cells count,expected,row
  $ csat crosstab survey.csv --rows gender --cols Q1 --layer region --weight w --lang zh`,
  );
  cmd.action(
    action(async (file: string, opts: CrosstabOptions) => {
      checkOutputOptions(opts);
      const cells = parseCells(opts.cells);
      const source = await readSource(file, sourceOptions(opts));
      const rows = oneColumn(source, opts.rows, '--rows');
      const cols = oneColumn(source, opts.cols, '--cols');
      const layer = opts.layer ? oneColumn(source, opts.layer, '--layer') : null;
      if (rows === cols) throw new UsageError(msg('crosstab.err.sameColumn', { column: rows }));
      if (layer !== null && (layer === rows || layer === cols)) throw new UsageError(msg('crosstab.err.layerSame', { column: layer }));
      const { ds } = convertSource(source, opts, [{ option: '--rows', spec: undefined, names: [rows, cols, ...(layer ? [layer] : [])] }]);
      const { result, warnings } = runCrosstab(ds, { rows, cols, layer }, { exact: Boolean(opts.exact) });
      await emit(
        {
          command: 'crosstab',
          blocks: crosstabBlocks(result, langOf(opts), { cells }),
          results: result,
          warnings: [...ds.warnings, ...warnings],
        },
        opts,
        [ds.input],
      );
    }),
  );
}
