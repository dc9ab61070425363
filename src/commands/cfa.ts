/**
 * `csat cfa` and `csat sem`: confirmatory factor analysis and structural equation models by
 * maximum likelihood, as lavaan (default) or AMOS (--mimic amos) report them.
 *
 * The model: --model 'lavaan syntax' or --model @file, else the study file's `model:`, else its
 * scales (each scale a factor, its items the indicators); `csat sem` adds the study's `paths:`
 * (or needs regressions in the model).
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { FIT_CUTOFFS, runCfa, type FitIndexName, type Mimic } from '../analyses/cfa.js';
import { cfaBlocks } from '../report/tables/cfa.js';
import { runCfaValidity } from '../analyses/validity.js';
import { commonMethodBiasBlocks, validityBlocks } from '../report/tables/validity.js';
import { diagramFromFit, pathDiagramSvg } from '../report/svg/path-diagram.js';
import { text } from '../report/table.js';
import { readSource } from '../data/read.js';
import { readStudy, studyColumns, surveyFiles, type Study } from '../data/study.js';
import { InputError, UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { parseModel, scalesModel, type ModelStatement } from '../stats/sem/syntax.js';
import { buildModel } from '../stats/sem/model.js';
import { action, applyStudyOptions, chartsWanted, checkOutputOptions, convertSource, emit, inputOptions, langOf, outputOptions, sourceOptions, type CommonOptions } from './common.js';

interface CfaCliOptions extends CommonOptions {
  study?: string;
  model?: string;
  stdLv?: boolean;
  mimic: string;
  bootstrap?: string;
  seed: string;
  items?: string;
  mi?: boolean;
  cmb?: boolean;
  minLoading?: string;
}

/** --model text, or @file read as UTF-8. */
async function modelSource(value: string): Promise<string> {
  if (!value.startsWith('@')) return value;
  const file = value.slice(1);
  try {
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(msg('cfa.err.cannotReadModel', { file, why: code === 'ENOENT' ? msg('data.noSuchFile') : (e as Error).message }));
  }
}

/** The model statements of a run (see the module note). */
async function statementsOf(opts: CfaCliOptions, study: Study | null, names: string[], structural: boolean): Promise<ModelStatement[]> {
  if (opts.model !== undefined) return parseModel(await modelSource(opts.model));
  if (study?.model) return parseModel(study.model);
  if (!study?.scales) throw new UsageError(msg('cfa.err.noModel'));
  const measurement = scalesModel(Object.entries(study.scales).map(([name, list]) => ({ name, items: studyColumns(study, names, ['scales', name], list) })));
  if (!structural) return measurement;
  const paths = study.paths === undefined ? [] : Array.isArray(study.paths) ? study.paths : [study.paths];
  if (paths.length === 0) throw new UsageError(msg('cfa.err.noPaths'));
  return [...measurement, ...parseModel(paths.join('\n'))];
}

function cutoffsOf(study: Study | null): Partial<Record<FitIndexName, number>> {
  const out: Partial<Record<FitIndexName, number>> = {};
  for (const [key, value] of Object.entries(study?.fit ?? {})) {
    const k = key.toLowerCase().replace(/[^a-z]/g, '') as FitIndexName;
    if (!(k in FIT_CUTOFFS)) throw new UsageError(msg('cfa.err.fitKey', { key, known: Object.keys(FIT_CUTOFFS) }));
    out[k] = value;
  }
  return out;
}

function register(program: Command, name: 'cfa' | 'sem'): void {
  const structural = name === 'sem';
  const cmd = program
    .command(name)
    .description(
      structural
        ? 'structural equation model by ML (lavaan/AMOS): measurement model plus paths, direct/indirect/total effects, bootstrap CIs'
        : 'confirmatory factor analysis by ML (lavaan/AMOS): model fit with cut-offs, loadings, covariances, variances, R-square',
    )
    .argument('[file]', "survey export (CSV/TSV/XLSX; '-' reads standard input; default: the study's data)")
    .option('--study <file>', 'study file: its scales are the factors (or `model:`), `paths:` the structural part, `fit:` the cut-offs')
    .option('--model <syntax|@file>', "the model in lavaan syntax, e.g. 'F1 =~ q1 + q2 + q3; F2 =~ q4 + q5 + q6', or @model.txt")
    .option('--std-lv', "fix the factors' variances to 1 instead of their first loadings")
    .option('--mimic <program>', 'lavaan (S with divisor N, chi-square N F) or amos (N - 1)', 'lavaan')
    .option('--mi', 'the 10 largest modification indices with the expected parameter change')
    .option('--min-loading <x>', 'the standardized loading the Construct Validity table asks for (default .5; .7 is stricter)')
    .option('--cmb', "common method bias: Harman's single-factor test and a one-factor CFA against the model");
  if (structural) {
    cmd.option('--bootstrap <B>', 'bootstrap the indirect effects with B resamples (percentile 95% CIs)');
    cmd.option('--seed <n>', 'seed of the bootstrap', '1');
  }
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    structural
      ? `
Example:
  $ csat sem survey.csv --study study.yml                      # scales + paths: 满意度 ~ 形象 + 服务
  $ csat sem survey.csv --model 'X =~ a1 + a2 + a3; M =~ m1 + m2 + m3; M ~ X; y ~ X + M' --bootstrap 1000 --seed 7`
      : `
Example:
  $ csat cfa survey.csv --study study.yml --lang zh
  $ csat cfa survey.csv --model 'F1 =~ q1 + q2 + q3; F2 =~ q4 + q5 + q6' --mimic amos -f json`,
  );
  cmd.action(
    action(async (fileArg: string | undefined, opts: CfaCliOptions) => {
      checkOutputOptions(opts);
      const lang = langOf(opts);
      const mimic = opts.mimic.trim().toLowerCase() as Mimic;
      if (mimic !== 'lavaan' && mimic !== 'amos') throw new UsageError(msg('cfa.err.mimic', { value: opts.mimic }));
      let bootstrap = null;
      if (structural && opts.bootstrap !== undefined) {
        const replicates = Number(opts.bootstrap);
        if (!Number.isInteger(replicates) || replicates < 100 || replicates > 100000) throw new UsageError(msg('cfa.err.bootstrap', { value: opts.bootstrap }));
        const seed = Number(opts.seed);
        if (!Number.isSafeInteger(seed)) throw new UsageError(msg('cfa.err.seed', { value: opts.seed }));
        bootstrap = { replicates, seed, level: 0.95 };
      }
      const minLoading = opts.minLoading === undefined ? undefined : Number(opts.minLoading);
      if (minLoading !== undefined && !(minLoading > 0 && minLoading < 1)) throw new UsageError(msg('validity.err.minLoading', { value: String(opts.minLoading) }));
      const study = opts.study ? await readStudy(opts.study) : null;
      if (study) applyStudyOptions(opts, study);
      const [file] = surveyFiles(fileArg === undefined ? [] : [fileArg], study);
      const source = await readSource(file, sourceOptions(opts, { encoding: study?.encoding, delimiter: study?.delimiter }));
      const statements = await statementsOf(opts, study, source.names, structural);
      if (structural && !statements.some((s) => s.op === '~')) throw new UsageError(msg('cfa.err.noPaths'));
      const model = buildModel(statements, { stdLv: Boolean(opts.stdLv) });
      const header = new Set(source.names);
      const unknown = model.observed.find((n) => !header.has(n));
      if (unknown !== undefined) throw new UsageError(msg('cfa.model.notColumn', { name: unknown, file }));
      const { ds } = convertSource(source, opts, [{ option: '--model', spec: undefined, names: model.observed }]);
      const { result, warnings } = runCfa(ds, { statements, stdLv: Boolean(opts.stdLv), mimic, cutoffs: cutoffsOf(study), bootstrap, modificationIndices: opts.mi ? 10 : 0 });
      const checks = runCfaValidity(ds, result, { cmb: Boolean(opts.cmb), mimic, thresholds: minLoading === undefined ? {} : { loading: minLoading } });
      await emit(
        {
          command: name,
          title: study?.title,
          blocks: [
            ...cfaBlocks(result, lang, { weight: ds.weightName }),
            ...(checks.validity ? validityBlocks(checks.validity, lang) : []),
            ...(checks.commonMethodBias ? commonMethodBiasBlocks(checks.commonMethodBias, lang) : []),
            ...(chartsWanted(opts) ? [text(pathDiagramSvg(diagramFromFit(model, result.parameters), lang))] : []),
          ],
          results: { ...result, validity: checks.validity, ...(checks.commonMethodBias ? { commonMethodBias: checks.commonMethodBias } : {}) },
          warnings: [...ds.warnings, ...warnings, ...checks.warnings],
        },
        opts,
        [ds.input],
      );
    }),
  );
}

export function registerCfa(program: Command): void {
  register(program, 'cfa');
}

export function registerSem(program: Command): void {
  register(program, 'sem');
}
