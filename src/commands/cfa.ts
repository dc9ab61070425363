/**
 * `csat cfa` and `csat sem`: confirmatory factor analysis and structural equation models by
 * maximum likelihood, as lavaan (default) or AMOS (--mimic amos) report them.
 *
 * The model: --model 'lavaan syntax' or --model @file, else the study file's `model:`, else its
 * scales (each scale a factor, its items the indicators); `csat sem` adds the study's `paths:`
 * (or needs regressions in the model).
 */
import type { Command } from 'commander';
import { fitGateFailures, runCfa, type Mimic } from '../analyses/cfa.js';
import { cfaBlocks } from '../report/tables/cfa.js';
import { runCfaValidity } from '../analyses/validity.js';
import { commonMethodBiasBlocks, validityBlocks } from '../report/tables/validity.js';
import { diagramFromFit, pathDiagramSvg } from '../report/svg/path-diagram.js';
import { text } from '../report/table.js';
import { readSource } from '../data/read.js';
import { readStudy, studyColumns, surveyFiles, type Study } from '../data/study.js';
import { applyStudyVariables } from '../data/study-variables.js';
import { CsatError, InputError, UsageError } from '../errors.js';
import { readSideFile } from '../data/side-file.js';
import { msg, helpText } from '../i18n/index.js';
import { parseModel, scalesModel, type ModelStatement } from '../stats/sem/syntax.js';
import { buildModel } from '../stats/sem/model.js';
import { failureMessages, fitCutoffs, studyThresholds } from './fit-gates.js';
import { action, applyStudyOptions, chartsWanted, checkOutputOptions, convertSource, emit, inputOptions, langOf, outputOptions, sourceOptions, thresholdExit, type CommonOptions } from './common.js';

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
    return (await readSideFile(file)).toString('utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    if (e instanceof CsatError) throw e;
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

function register(program: Command, name: 'cfa' | 'sem'): void {
  const structural = name === 'sem';
  const cmd = program
    .command(name)
    .description(
      structural
        ? helpText('sem')
        : helpText('cfa'),
    )
    .argument('[file]', helpText('arg.fileOrStudy'))
    .option('--study <file>', helpText('studyCfa'))
    .option('--model <syntax|@file>', helpText('model'))
    .option('--std-lv', helpText('stdLv'))
    .option('--mimic <program>', helpText('mimic'), 'lavaan')
    .option('--mi', helpText('mi'))
    .option('--min-loading <x>', helpText('minLoading'))
    .option('--cmb', helpText('cfa.cmb'));
  if (structural) {
    cmd.option('--bootstrap <B>', helpText('sem.bootstrap'));
    cmd.option('--seed <n>', helpText('sem.seed'), '1');
  }
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    structural
      ? `
${helpText('title.example')}
  $ csat sem survey.csv --study study.yml                      # scales + paths: 满意度 ~ 形象 + 服务
  $ csat sem survey.csv --model 'X =~ a1 + a2 + a3; M =~ m1 + m2 + m3; M ~ X; y ~ X + M' --bootstrap 1000 --seed 7`
      : `
${helpText('title.example')}
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
      const source = applyStudyVariables(await readSource(file, sourceOptions(opts, { encoding: study?.encoding, delimiter: study?.delimiter })), study);
      const statements = await statementsOf(opts, study, source.names, structural);
      if (structural && !statements.some((s) => s.op === '~')) throw new UsageError(msg('cfa.err.noPaths'));
      const model = buildModel(statements, { stdLv: Boolean(opts.stdLv) });
      const header = new Set(source.names);
      const unknown = model.observed.find((n) => !header.has(n));
      if (unknown !== undefined) throw new UsageError(msg('cfa.model.notColumn', { name: unknown, file }));
      const { ds } = convertSource(source, opts, [{ option: '--model', spec: undefined, names: model.observed }]);
      const gates = studyThresholds(study).fit ?? {};
      const { result, warnings } = runCfa(ds, { statements, stdLv: Boolean(opts.stdLv), mimic, cutoffs: fitCutoffs(study, gates), bootstrap, modificationIndices: opts.mi ? 10 : 0 });
      const failures = failureMessages(fitGateFailures(result.fit, gates), lang);
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
          ...(Object.keys(gates).length ? { failures } : {}),
        },
        opts,
        [ds.input],
      );
      return thresholdExit(failures);
    }),
  );
}

export function registerCfa(program: Command): void {
  register(program, 'cfa');
}

export function registerSem(program: Command): void {
  register(program, 'sem');
}
