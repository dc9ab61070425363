/** `csat regress` (alias `ols`): linear regression as SPSS REGRESSION prints it. */
import { explanations, regressionWorked } from '../analyses/explain.js';
import { withExplanations } from '../report/explain.js';
import type { Command } from 'commander';
import {
  runRegression,
  runRegressionFromSummary,
  type EmptyRegressOutput,
  type RegressMissing,
  type RegressOptions,
  type RegressOutput,
} from '../analyses/regress.js';
import { rowsOnly } from '../data/summary.js';
import { regressBlocks } from '../report/tables/regress.js';
import { printDecimals } from '../data/print-decimals.js';
import { sameFile, writeOutput } from '../report/output.js';
import { UsageError } from '../errors.js';
import { msg, t, helpText } from '../i18n/index.js';
import { savedFile, sourceColumn, type SavedVariable } from './saved-file.js';
import { text } from '../report/table.js';
import type { SavedColumn } from '../report/json-results.js';
import type { SelectionMethod } from '../stats/stepwise.js';
import { boundedOption } from './bounds.js';
import {
  action,
  chartsWanted,
  checkOutputOptions,
  emit,
  inputOptions,
  langOf,
  loadInput,
  outputOptions,
  oneColumn,
  summaryOptions,
  type Input,
  type SummaryInputOptions,
} from './common.js';
import { scaleInput, scaleOptions, type ScaleOptions } from './scales.js';
import { SCORE_METHODS, type ScoreMethod } from '../analyses/scale-scores.js';
import { parseChoice } from './common.js';
import { deprecatedAlias } from './deprecated.js';

interface RegressCliOptions extends ScaleOptions, SummaryInputOptions {
  explain?: boolean;
  outcome?: string;
  iv?: string;
  formula?: string;
  block: string[];
  method: string;
  pin?: string;
  pout?: string;
  categorical: string[];
  reference: string[];
  saveResiduals?: string;
  savePredicted?: string | boolean;
  id?: string;
  missingMode: string;
}

// Repeatable options start undefined (so --help shows no '(default: [])') and collect from there.
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** A probability option in (0, 1). */
export interface ParsedFormula {
  dependent: string;
  terms: string[];
  /** Terms written factor(x) or C(x): categorical. */
  categorical: string[];
}

/** "y ~ a + b + factor(region)" -> dependent y, terms a, b, region (region categorical). */
export function parseFormula(formula: string): ParsedFormula {
  const parts = formula.split('~');
  if (parts.length !== 2 || !parts[0].trim() || !parts[1].trim()) {
    throw new UsageError(msg('regress.err.formulaShape', { formula }));
  }
  const terms: string[] = [];
  const categorical: string[] = [];
  for (const raw of parts[1].split('+')) {
    const term = raw.trim();
    if (!term) throw new UsageError(msg('regress.err.emptyTerm', { formula }));
    const m = /^(?:factor|C)\((.+)\)$/.exec(term);
    if (m) {
      terms.push(m[1].trim());
      categorical.push(m[1].trim());
    } else terms.push(term);
  }
  return { dependent: parts[0].trim(), terms, categorical };
}

/** The variable labels SPSS gives the saved values. */
const SAVED_LABELS: Record<SavedColumn, string> = { PRE_1: 'Unstandardized Predicted Value', RES_1: 'Unstandardized Residual', ZRE_1: 'Standardized Residual' };

/**
 * SPSS /SAVE: one row per input row, blank where the case was not used; keyed by the data row
 * number, or with --id by that column (to join back to the data). CSV, or .sav by the file name.
 */
function savedData(output: string, out: RegressOutput | EmptyRegressOutput, columns: SavedColumn[], id: SavedVariable | null): string | Buffer {
  const arrays = { PRE_1: out.saved.predicted, RES_1: out.saved.residuals, ZRE_1: out.saved.stdResiduals };
  const n = out.saved.predicted.length;
  const key = id ?? { name: 'row', values: Float64Array.from({ length: n }, (_, i) => i + 1) };
  return savedFile(output, [key, ...columns.map((c) => ({ name: c, values: arrays[c], label: SAVED_LABELS[c] }))]);
}

/**
 * regress from a MATRIX DATA or moments file: the models from the cross-products. What needs
 * the rows (saved values, dummy coding, mean substitution, --explain's worked sums) is one
 * usage error naming the option.
 */
async function fromSummary(
  input: Extract<Input, { kind: 'summary' }>,
  ro: RegressOptions,
  categorical: string[],
  missing: RegressMissing,
  opts: RegressCliOptions,
): Promise<void> {
  const file = input.summary.file;
  const needsRows: [string, unknown][] = [
    ['--save-residuals', opts.saveResiduals],
    ['--save-predicted', opts.savePredicted],
    ['--id', opts.id],
    ['--categorical', categorical.length ? categorical : undefined],
    ['--reference', opts.reference.length ? opts.reference : undefined],
    ['--missing-mode meansub', missing === 'meansub' ? true : undefined],
    ['--explain', opts.explain],
  ];
  for (const [option, value] of needsRows) if (value !== undefined) throw rowsOnly(option, file);
  const { results, warnings } = runRegressionFromSummary(input.summary, ro);
  const lang = langOf(opts);
  await emit({ command: 'regress', blocks: regressBlocks(results, lang, {}), results, warnings }, opts, [input.input]);
}

export function registerRegress(program: Command): void {
  const cmd = program
    .command('regress')
    .alias('ols')
    .description(helpText('regress'))
    .argument('[file]', helpText('arg.file'))
    .argument('[formula]', helpText('regress.arg.formula'))
    .option('--outcome <column>', helpText('regress.outcome'))
    .option('--iv <columns>', helpText('regress.iv'))
    .option('--formula <formula>', helpText('regress.formula'))
    .option('--block <columns>', helpText('regress.block'), collect)
    .option('--method <method>', helpText('regress.method'), 'enter')
    .option('--pin <p>', helpText('regress.pin'))
    .option('--pout <p>', helpText('regress.pout'))
    .option('--categorical <columns>', helpText('regress.categorical'), collect)
    .option('--reference <level>', helpText('regress.reference'), collect)
    .option('--save-residuals <file>', helpText('regress.saveResiduals'))
    .option('--save-predicted [file]', helpText('regress.savePredicted'))
    .option('--id <column>', helpText('regress.id'))
    .option('--missing-mode <mode>', helpText('regress.missingMode'), 'listwise')
    .option('--explain', helpText('explain'));
  scaleOptions(cmd);
  summaryOptions(cmd);
  deprecatedAlias(cmd, '--dv <column>', '--outcome');
  inputOptions(cmd);
  outputOptions(cmd);
  cmd.addHelpText(
    'after',
    `
${helpText('title.example')}
  $ csat regress survey.csv --outcome overall --iv attitude,quality
  $ csat ols survey.csv "overall ~ attitude + quality + factor(region)" --reference North
  $ csat regress survey.csv --outcome overall --block age,gender --block Q1..Q9 --format json
  $ csat regress survey.csv --outcome overall --iv Q1..Q9 --method stepwise --save-residuals res.csv --save-predicted
  $ csat regress fixtures/bank-survey.csv --study fixtures/bank-survey.yml --outcome overall --iv 服务质量,客户关系 --score sum
  $ csat regress --matrix fixtures/summary/teach4.csv --outcome d --iv a,b,c`,
  );
  cmd.action(
    action(async (fileArg: string | undefined, formulaArg: string | undefined, opts: RegressCliOptions) => {
      checkOutputOptions(opts);
      // With --matrix or --from-moments there is no data file: a lone positional is the formula.
      let file = fileArg;
      if ((opts.matrix !== undefined || opts.fromMoments !== undefined) && formulaArg === undefined && fileArg?.includes('~')) {
        formulaArg = fileArg;
        file = undefined;
      }
      const method = parseChoice<SelectionMethod>(opts.method, ['enter', 'stepwise', 'forward', 'backward'], '--method');
      const mode = opts.missingMode.trim().toLowerCase();
      const missing: RegressMissing | null = mode === 'listwise' ? 'listwise' : ['meansub', 'meansubstitution', 'mean'].includes(mode) ? 'meansub' : null;
      if (missing === null) {
        throw new UsageError(msg('regress.err.missingMode', { value: opts.missingMode }));
      }
      opts.block ??= [];
      opts.categorical ??= [];
      opts.reference ??= [];
      const pin = boundedOption(opts.pin, '--pin');
      const pout = boundedOption(opts.pout, '--pout');
      if (formulaArg && opts.formula) throw new UsageError(msg('regress.err.formulaTwice'));
      const formulaText = formulaArg ?? opts.formula;
      const formula = formulaText ? parseFormula(formulaText) : null;
      if (formula && (opts.outcome || opts.iv || opts.block.length)) {
        throw new UsageError(msg('regress.err.formulaAndOptions'));
      }
      if (!formula && !opts.outcome) throw new UsageError(msg('regress.err.noDependent'));
      if (opts.iv && opts.block.length) throw new UsageError(msg('regress.err.ivAndBlock'));
      if (!formula && !opts.iv && !opts.block.length && !opts.categorical.length) {
        throw new UsageError(msg('regress.err.noPredictorsGiven'));
      }
      if (opts.id && !opts.saveResiduals && !opts.savePredicted) throw new UsageError(msg('regress.err.idWithoutSave'));
      if (opts.savePredicted === true && !opts.saveResiduals) {
        throw new UsageError(msg('regress.err.savePredictedNoFile'));
      }
      // Two outputs to one file would leave only the last: the same file for --save-predicted and
      // --save-residuals means one file with all three columns (as --save-predicted without a
      // file does); the report (-o) and a saved file may not share one.
      if (typeof opts.savePredicted === 'string' && opts.saveResiduals && (await sameFile(opts.savePredicted, opts.saveResiduals))) {
        opts.savePredicted = true;
      }
      if (opts.output !== undefined && opts.output !== '-') {
        for (const [option, file] of [['--save-residuals', opts.saveResiduals], ['--save-predicted', opts.savePredicted]] as const) {
          if (typeof file === 'string' && (await sameFile(file, opts.output))) {
            throw new UsageError(msg('regress.err.saveIsReport', { option, file, output: opts.output }));
          }
        }
      }

      // Every selection resolves against the header in one read (names, runs like Q1..Q9, globs).
      const blockSpecs: { option: string; spec: string }[][] = formula
        ? [formula.terms.map((spec) => ({ option: 'formula', spec }))]
        : opts.iv
          ? [[{ option: '--iv', spec: opts.iv }]]
          : opts.block.map((spec) => [{ option: '--block', spec }]);
      const catSpecs = [
        ...(formula ? formula.categorical.map((spec) => ({ option: 'formula', spec })) : []),
        ...opts.categorical.map((spec) => ({ option: '--categorical', spec })),
      ];
      const dvSpec = { option: formula ? 'formula' : '--outcome', spec: formula ? formula.dependent : (opts.outcome as string) };
      const selections = [dvSpec, ...blockSpecs.flat(), ...catSpecs];
      const input: Input =
        opts.study !== undefined
          ? { kind: 'rows', ...(await scaleInput(file, opts, selections, parseChoice<ScoreMethod>(opts.score, SCORE_METHODS, '--score'))) }
          : await loadInput('regress', file, opts, selections);
      const selected = input.selected;
      const dv = selected[0];
      if (dv.length !== 1) throw new UsageError(msg('regress.err.dependentColumns', { count: dv.length, columns: dv }));
      let k = 1;
      const blocks = blockSpecs.map((specs) => specs.flatMap(() => selected[k++]));
      const categoricalNames = [...new Set(selected.slice(k).flat())];
      if (input.kind === 'summary') {
        await fromSummary(input, { dependent: dv[0], blocks, method, pin, pout }, categoricalNames, missing, opts);
        return;
      }
      const { source, ds } = input;
      const idColumn = opts.id ? oneColumn(source, opts.id, '--id') : null;
      const id = idColumn !== null ? sourceColumn(source, source.names.indexOf(idColumn)) : null;
      const references = new Map<string, string>();
      for (const ref of opts.reference) {
        const eq = ref.indexOf('=');
        const col = eq > 0 ? ref.slice(0, eq).trim() : null;
        if (col !== null && ds.allNames.includes(col)) {
          if (!categoricalNames.includes(col)) throw new UsageError(msg('regress.err.referenceNotCategorical', { ref, column: col }));
          references.set(col, ref.slice(eq + 1));
        } else {
          if (categoricalNames.length === 0) throw new UsageError(msg('regress.err.referenceWithoutCategorical', { ref }));
          if (categoricalNames.length !== 1) {
            throw new UsageError(msg('regress.err.referenceAmbiguous', { ref, count: categoricalNames.length }));
          }
          references.set(categoricalNames[0], ref);
        }
      }
      const out = runRegression(ds, {
        dependent: dv[0],
        blocks,
        method,
        pin,
        pout,
        categorical: categoricalNames.map((variable) => ({ variable, reference: references.get(variable) ?? null })),
        missing,
      });
      const inputs = [ds.input.file];
      const lang = langOf(opts);
      const depVar = ds.variables.find((v) => v.name === dv[0]);
      const tables = regressBlocks(out.results, lang, {
        weight: ds.weightName,
        svg: chartsWanted(opts),
        ...(depVar ? { dependentDecimals: printDecimals(depVar) } : {}),
      });
      const explained = opts.explain ? explanations({ ols: regressionWorked(out) }) : null;
      const report = explained ? withExplanations(tables, explained, lang) : tables;
      const saved: { file: string; columns: SavedColumn[] }[] = [];
      if (opts.saveResiduals) {
        const cols: SavedColumn[] = opts.savePredicted === true ? ['PRE_1', 'RES_1', 'ZRE_1'] : ['RES_1', 'ZRE_1'];
        await writeOutput(savedData(opts.saveResiduals, out, cols, id), { output: opts.saveResiduals, inputs, option: '--save-residuals' });
        saved.push({ file: opts.saveResiduals, columns: cols });
      }
      if (typeof opts.savePredicted === 'string') {
        await writeOutput(savedData(opts.savePredicted, out, ['PRE_1'], id), { output: opts.savePredicted, inputs, option: '--save-predicted' });
        saved.push({ file: opts.savePredicted, columns: ['PRE_1'] });
      }
      for (const f of saved) {
        report.push(text(t(id ? 'regress.savedToId' : 'regress.savedTo', lang, { columns: f.columns.join(', '), file: f.file, key: id ? id.name : '' })));
      }
      await emit(
        {
          command: 'regress',
          blocks: report,
          results: { ...out.results, ...(saved.length ? { savedValues: saved } : {}), ...(explained ? { explain: explained } : {}) },
          warnings: [...ds.warnings, ...out.warnings],
        },
        opts,
        [ds.input],
      );
    }),
  );
}
