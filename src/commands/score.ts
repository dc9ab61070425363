/**
 * `csat score`: save each respondent's scale scores (the study's scales, the mean or sum of their
 * items) and, with --factors, the regression-method component scores, keyed by an id column or
 * the row number, to -o FILE; standard output gets the summary of what was saved.
 */
import type { Command } from 'commander';
import { runScores, type ScoreResult } from '../analyses/score.js';
import { SCORE_METHODS, type ScoreMethod } from '../analyses/scale-scores.js';
import { UsageError } from '../errors.js';
import { helpText, msg, t } from '../i18n/index.js';
import { writeOutput } from '../report/output.js';
import { scoreBlocks } from '../report/tables/score.js';
import { action, checkOutputOptions, emit, inputOptions, langOf, oneColumn, outputOptions } from './common.js';
import { parseChoice } from './common.js';
import { scoreNames } from './factor.js';
import { savedFile, sourceColumn } from './saved-file.js';
import { loadWithScales, readWithScales, scaleOptions, type ScaleOptions } from './scales.js';

interface ScoreOptions extends ScaleOptions {
  id?: string;
  factors?: boolean;
  scales?: string;
}

export function registerScore(program: Command): void {
  const cmd = program
    .command('score')
    .description(helpText('score'))
    .argument('[file]', helpText('arg.fileOrStudy'));
  scaleOptions(cmd);
  cmd
    .option('--scales <names>', helpText('score.scales'))
    .option('--id <column>', helpText('score.id'))
    .option('--factors', helpText('score.factors'));
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('score.note')}

${helpText('title.example')}
  $ csat score fixtures/bank-survey.csv --study fixtures/bank-survey.yml -o scores.csv
  $ csat score --study fixtures/bank-survey.yml --score sum --id 序号 --factors -o scores.csv -f json`,
  );
  cmd.action(
    action(async (file: string | undefined, opts: ScoreOptions) => {
      checkOutputOptions(opts);
      if (!opts.study) throw new UsageError(msg('score.err.noStudy'));
      if (opts.output === undefined || opts.output === '-') throw new UsageError(msg('score.err.noOutput'));
      const output = opts.output;
      const method = parseChoice<ScoreMethod>(opts.score, SCORE_METHODS, '--score');
      const data = await readWithScales(file, opts, method);
      if (data.scales.length === 0) throw new UsageError(msg('score.err.noScales', { path: opts.study }));
      let scales = data.scales;
      if (opts.scales !== undefined) {
        const wanted = opts.scales.split(/[,，]/).map((s) => s.trim()).filter((s) => s !== '');
        for (const w of wanted) {
          if (!scales.some((s) => s.name === w)) throw new UsageError(msg('score.err.unknownScale', { name: w, scales: scales.map((s) => s.name) }));
        }
        scales = scales.filter((s) => wanted.includes(s.name));
      }
      const source = data.source;
      const idColumn = opts.id ? oneColumn(source, opts.id, '--id') : null;
      const ds = loadWithScales({ ...data, scales: [] }, opts, [scales.flatMap((s) => s.items)]);
      const run = runScores(ds, scales, method, opts.factors ? (k) => scoreNames(k, source.names) : undefined);
      // In a .sav each score gets a variable label: how it was made, as SPSS labels its saved scores.
      const lang = langOf(opts);
      const saved = [
        ...run.scales.map((v, k) => ({ ...v, label: t(`score.label.${method}`, lang, { items: scales[k].items.join(', ') }) })),
        ...run.components.map((v, k) => ({ ...v, label: `REGR factor score ${k + 1} for analysis ${v.name.slice(v.name.indexOf('_') + 1)}` })),
      ];
      const key = idColumn !== null ? sourceColumn(source, source.names.indexOf(idColumn)) : { name: 'row', values: Float64Array.from({ length: source.rows }, (_, i) => i + 1) };
      await writeOutput(savedFile(output, [key, ...saved]), { output, inputs: [ds.input.file], option: '-o' });
      const results: ScoreResult = {
        method,
        scales: run.summaries,
        components: run.componentSummaries,
        id: idColumn,
        rows: source.rows,
        weight: ds.weightName,
        savedScores: { file: output, columns: saved.map((v) => v.name) },
      };
      await emit({ command: 'score', blocks: scoreBlocks(results, lang), results, warnings: ds.warnings }, { ...opts, output: undefined }, [ds.input]);
    }),
  );
}
