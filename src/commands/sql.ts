/**
 * `csat sql`: print the aggregate query whose one-row result `csat moments --from-sql-result`
 * turns into a moments file, so that a distributed engine scans the data and csat does the
 * statistics (src/analyses/moments-sql.ts has the query and its numerics).
 */
import type { Command } from 'commander';
import { DIALECTS, momentsQuery, type Dialect } from '../analyses/moments-sql.js';
import { parseNumberList } from '../data/options.js';
import { UsageError } from '../errors.js';
import { msg, helpText } from '../i18n/index.js';
import { checkOutputs, writeOutput } from '../report/output.js';
import { action, langOf } from './common.js';
import { parseChoice } from './common.js';
import { nameList } from './moments.js';

interface SqlOptions {
  dialect: string;
  items?: string;
  table: string;
  weight?: string;
  missing?: string;
  lang?: string;
  output?: string;
}

export function registerSql(program: Command): void {
  const cmd = program
    .command('sql')
    .description(helpText('sql'))
    .option('--dialect <name>', helpText('sql.dialect', { dialects: DIALECTS.join(', ') }), 'duckdb')
    .option('--items <columns>', helpText('sql.items'))
    .option('--table <name>', helpText('sql.table'), 'survey')
    .option('--weight <column>', helpText('weight'))
    .option('--missing <codes>', helpText('sql.missing'))
    .option('--lang <lang>', helpText('messagesLang'))
    .option('-o, --output <file>', helpText('sql.output'));
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat sql --dialect bigquery --items Q1,Q2,Q3 --table project.survey.wave3 --missing -3 > moments.sql
  $ csat sql --items Q1,Q2,Q3 --table "read_parquet('survey.parquet')" | duckdb -csv > result.csv
  $ csat moments --from-sql-result result.csv --items Q1,Q2,Q3 -o stats.json`,
  );
  cmd.action(
    action(async (opts: SqlOptions) => {
      langOf(opts);
      checkOutputs([{ option: '-o', file: opts.output }]);
      const dialect = parseChoice<Dialect>(opts.dialect, DIALECTS, '--dialect');
      if (!opts.items) throw new UsageError(msg('sql.err.noItems', { command: 'sql' }));
      const items = nameList(opts.items);
      const query = momentsQuery({
        dialect,
        items,
        table: opts.table,
        weight: opts.weight ?? null,
        missing: opts.missing ? parseNumberList(opts.missing, '--missing') : [],
      });
      await writeOutput(query, { output: opts.output, inputs: [] });
    }),
  );
}
