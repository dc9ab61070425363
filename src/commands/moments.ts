/**
 * `csat moments`: write the moments file of the selected items (the sufficient statistics that
 * `--from-moments` reads back), computed from the rows, or from the one-row result of the query
 * `csat sql` prints (--from-sql-result).
 */
import type { Command } from 'commander';
import { momentsFile, momentsOf } from '../analyses/moments.js';
import { NotStreamable } from '../data/stream.js';
import { streamMoments } from '../data/stream-moments.js';
import { momentsFromResult } from '../analyses/moments-sql.js';
import { readSource } from '../data/read.js';
import { InputError, UsageError } from '../errors.js';
import { msg, helpText } from '../i18n/index.js';
import { engineMoments, engineOption, engineWanted, type EngineOptions } from './engine.js';
import { action, checkOutputOptions, emit, inputOptions, loadData, readLimits, streamPlanFor, type CommonOptions } from './common.js';

interface MomentsOptions extends CommonOptions, EngineOptions {
  items?: string;
  fromSqlResult?: string;
}

export function registerMoments(program: Command): void {
  const cmd = program
    .command('moments')
    .description(helpText('moments'))
    .argument('[file]', helpText('arg.fileOrParquet'))
    .option('--items <columns>', helpText('itemsSelection'))
    .option('--from-sql-result <file>', helpText('moments.fromSqlResult'));
  engineOption(cmd);
  inputOptions(cmd);
  cmd
    .option('-f, --format <format>', helpText('moments.format'), 'json')
    .option('--lang <lang>', helpText('messagesLang'))
    .option('-o, --output <file>', helpText('moments.output'));
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat moments survey.csv --items Q1..Q12 --missing -3 -o stats.json
  $ csat factor --from-moments stats.json --items Q1..Q12
  $ csat moments --from-sql-result result.csv --items Q1,Q2,Q3 -o stats.json`,
  );
  cmd.action(
    action(async (file: string | undefined, opts: MomentsOptions) => {
      // The moments file is the JSON envelope of the contract (schemas/moments.schema.json).
      if (opts.format !== 'json') throw new UsageError(msg('data.common.badFormat', { formats: 'json', format: String(opts.format) }));
      checkOutputOptions(opts);
      if (!opts.items) throw new UsageError(msg('sql.err.noItems', { command: 'moments' }));
      if (opts.fromSqlResult !== undefined && opts.engine !== undefined) throw new UsageError(msg('duckdb.err.summary', { option: '--from-sql-result' }));
      if (opts.fromSqlResult !== undefined) {
        if (file !== undefined) throw new UsageError(msg('summary.err.fileAndSummary', { option: '--from-sql-result', summary: opts.fromSqlResult, file }));
        const source = await readSource(opts.fromSqlResult, { encoding: opts.encoding, delimiter: opts.delimiter, ...readLimits(opts) });
        if (source.rows !== 1) throw new InputError(msg('sql.err.oneRow', { file: source.file, rows: source.rows }));
        const items = nameList(opts.items);
        const values = new Map(source.names.map((name, j) => [name.trim().toLowerCase(), source.cells[j][0]]));
        const results = momentsFromResult(values, items, opts.weight ?? null, source.file);
        await emit({ command: 'moments', blocks: [], results, warnings: source.warnings ?? [] }, opts, [
          { file: source.file, rows: 1, encoding: source.encoding, delimiter: source.delimiter },
        ]);
        return;
      }
      if (file === undefined) throw new UsageError(msg('cli.missingArgument', { name: 'file', command: 'moments' }));
      if (engineWanted(opts, file)) {
        const m = await engineMoments(file, opts, [{ option: '--items', spec: opts.items }], { perItem: true, separate: false });
        await emit({ command: 'moments', blocks: [], results: m.moments, warnings: [] }, opts, [
          { file, rows: m.moments.rows + m.moments.excluded, encoding: m.encoding, delimiter: opts.delimiter ?? '' },
        ]);
        return;
      }
      const selections = [{ option: '--items', spec: opts.items }];
      // A large file is streamed in bounded memory; anything the stream does not handle exactly
      // (or a small file) is read whole, with the same numbers, warnings and errors.
      const plan = await streamPlanFor(file, opts, selections);
      const streamed = plan === null ? null : await streamMoments(plan).catch((e: unknown) => {
        if (e instanceof NotStreamable) return null;
        throw e;
      });
      if (streamed !== null) {
        const results = momentsFile(streamed.moments, plan!.weight?.name ?? null, streamed.excluded, file);
        await emit({ command: 'moments', blocks: [], results, warnings: streamed.warnings }, opts, [streamed.input]);
        return;
      }
      const { ds, selected } = await loadData(file, opts, selections);
      const results = momentsOf(ds, selected[0], file);
      await emit({ command: 'moments', blocks: [], results, warnings: ds.warnings }, opts, [ds.input]);
    }),
  );
}

/** --items where there is no header to resolve it against (an SQL table): plain names, comma-separated. */
export function nameList(spec: string): string[] {
  const names = spec.split(/[,，]/).map((s) => s.trim());
  if (names.some((n) => n === '')) throw new UsageError(msg('sql.err.emptyName', { spec }));
  if (new Set(names).size !== names.length) throw new UsageError(msg('sql.err.twice', { spec }));
  return names;
}
