/**
 * `--engine duckdb` (and any .parquet input): the selected items' moments computed by DuckDB
 * (src/analyses/moments-duckdb.ts), handed to the command as the summary statistics it would read
 * from `--from-moments`, so the numbers come out of the one summary code path.
 */
import type { Command } from 'commander';
import { ENGINES, isParquetName, openDuckdb, type Engine } from '../analyses/moments-duckdb.js';
import { parseNumberList } from '../data/options.js';
import { selectColumns } from '../data/select.js';
import type { MomentsFile } from '../data/summary.js';
import { InputError, UsageError } from '../errors.js';
import { helpText, msg } from '../i18n/index.js';
import type { CommonOptions, Selection } from './common.js';

export interface EngineOptions {
  engine?: string;
}

/** --engine (csat: read the rows in process; duckdb: moments in DuckDB). */
export function engineOption(cmd: Command): Command {
  return cmd.option('--engine <name>', helpText('engine', { engines: ENGINES.join(', ') }));
}

/** Whether the input goes through DuckDB: --engine duckdb, or a Parquet file (which only DuckDB reads). */
export function engineWanted(opts: EngineOptions, file: string | undefined): boolean {
  const engine = opts.engine?.trim().toLowerCase() as Engine | undefined;
  if (engine !== undefined && !ENGINES.includes(engine)) throw new UsageError(msg('corr.err.choice', { option: '--engine', allowed: [...ENGINES], value: opts.engine! }));
  const parquet = file !== undefined && isParquetName(file);
  if (parquet && engine === 'csat') throw new UsageError(msg('duckdb.err.parquetCsat', { file }));
  return engine === 'duckdb' || parquet;
}

/** Options that act on the rows in csat's own reader, which DuckDB does not apply. */
const ROW_READER_OPTIONS: [keyof CommonOptions, string][] = [
  ['labels', '--labels'],
  ['reverse', '--reverse'],
  ['scaleRange', '--scale-range'],
  ['lenient', '--lenient'],
  ['sheet', '--sheet'],
  ['platform', '--platform'],
  ['headerRows', '--header-rows'],
  ['skipRows', '--skip-rows'],
  ['maxInputBytes', '--max-input-bytes'],
  ['maxCellBytes', '--max-cell-bytes'],
  ['maxColumns', '--max-columns'],
];

export interface EngineMoments {
  moments: MomentsFile;
  /** The names each selection resolved to ([] for none given: every item). */
  selected: string[][];
  encoding: string;
}

/**
 * The moments of the selections' items, listwise over all of them, computed by DuckDB. With no
 * selection, every numeric column. `perItem`: also each item's own statistics (describe, moments).
 * `separate`: the selections are analysed one by one (reliability's scales), so with missing
 * answers the cases complete on all of them would not be each one's cases: an InputError.
 */
export async function engineMoments(
  file: string,
  opts: CommonOptions,
  selections: Selection[],
  flags: { perItem: boolean; separate: boolean },
): Promise<EngineMoments> {
  if (file === '-') throw new UsageError(msg('duckdb.err.stdin'));
  for (const [key, option] of ROW_READER_OPTIONS) if (opts[key] !== undefined) throw new UsageError(msg('duckdb.err.option', { option }));
  const missing = opts.missing ? parseNumberList(opts.missing, '--missing') : [];
  const table = await openDuckdb(file, { encoding: opts.encoding, delimiter: opts.delimiter });
  try {
    const selected = selections.map((s) => s.names ?? (s.spec === undefined ? [] : selectColumns(table.names, s.spec, s.option, file)));
    let items = [...new Set(selected.flat())];
    if (items.length === 0) items = table.names.filter((_, j) => table.numeric[j] && table.names[j] !== opts.weight);
    if (items.length === 0) throw new InputError(msg('duckdb.err.noNumeric', { file }));
    const weight = opts.weight ?? null;
    if (weight !== null && !table.names.includes(weight)) selectColumns(table.names, weight, '--weight', file);
    const moments = await table.moments(items, weight, missing, flags.perItem);
    const distinct = new Set(selected.filter((s) => s.length).map((s) => [...s].sort().join('\u0000')));
    if (flags.separate && distinct.size > 1 && moments.excluded > 0) throw new InputError(msg('duckdb.err.separate', { file, excluded: moments.excluded }));
    return { moments, selected, encoding: table.encoding };
  } finally {
    table.close();
  }
}
