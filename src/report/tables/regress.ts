/**
 * The tables of `csat regress` in SPSS REGRESSION's order: Variables Entered/Removed, Model
 * Summary (with Change Statistics when there is more than one model, Durbin-Watson on the last),
 * ANOVA, Coefficients (with 95% CI and collinearity statistics), Excluded Variables, Residuals
 * Statistics and Casewise Diagnostics; then the fitted equation as papers report it
 * ("sales = -26.613 + 0.085 adverts + 3.367 airplay + 11.086 attract") and notes on dummy coding.
 * SPSS lists the predictors of a model in its footnotes last-entered first; so do these.
 */
import type { EmptyRegressResult, ExcludedEntry, RegressResult } from '../../analyses/regress.js';
import type { SelectionMethod } from '../../stats/stepwise.js';
import type { Coefficient, ResidualStatistics } from '../../stats/regression.js';
import { formatNumber } from '../format.js';
import { t, type Lang } from '../../i18n/index.js';
import { table, text, type Block, type Cell, type CellValue } from '../table.js';
import { betaSvg } from '../svg/betas.js';

export interface RegressTableOptions {
  weight?: string | null;
  /**
   * Decimals of the dependent variable's print format (data/print-decimals.ts): the Std. Error of
   * the Estimate prints with three more, as SPSS prints it. Unknown (no data rows): 4 decimals.
   */
  dependentDecimals?: number;
  /** Add the Betas of the final model as an SVG bar chart (for the HTML page). */
  svg?: boolean;
}

/**
 * SPSS prints the Std. Error of the Estimate with the dependent variable's print decimals + 3:
 * 6.964 for whole-number (F?.0) answers, 2.03647 for an F8.2 variable (its REGRESSION
 * Descriptives, mean d + 2 and SD d + 3 decimals, show the format).
 */
export const ESTIMATE_EXTRA_DECIMALS = 3;

/** a, b, c, ... for footnotes. */
const letter = (i: number): string => String.fromCharCode(97 + i);
/** The superscript form of a footnote letter, as SPSS marks the cell it explains. */
const SUPERSCRIPT = 'ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ';
const mark = (i: number): string => [...SUPERSCRIPT][i] ?? '';

/** A coefficient with a leading zero (0.656, -0.038), as equations in papers are written. */
function paperNumber(x: number, decimals = 3): string {
  let s = formatNumber(Math.abs(x), decimals);
  // Keep three significant digits for a tiny non-zero coefficient instead of printing 0.000.
  if (!/[1-9]/.test(s) && x !== 0) s = Math.abs(x).toPrecision(3);
  return s.startsWith('.') ? `0${s}` : s;
}

/** "y = b0 + b1 x1 - b2 x2" from the coefficients ("(Constant)" first). */
export function fittedEquation(dependent: string, coefficients: Coefficient[]): string {
  const [constant, ...rest] = coefficients;
  let s = `${dependent} = ${constant.b < 0 ? '-' : ''}${paperNumber(constant.b)}`;
  for (const c of rest) s += ` ${c.b < 0 ? '-' : '+'} ${paperNumber(c.b)} ${c.term}`;
  return s;
}

/** The standardized equation "y = Beta1 x1 + Beta2 x2" (no constant), as papers also report it. */
export function standardizedEquation(dependent: string, coefficients: Coefficient[]): string {
  const terms = coefficients.filter((c) => c.beta !== null);
  return `${dependent} = ${terms
    .map((c, i) => {
      const b = c.beta as number;
      const sign = i === 0 ? (b < 0 ? '-' : '') : b < 0 ? ' - ' : ' + ';
      return `${sign}${paperNumber(b)} ${c.term}`;
    })
    .join('')}`;
}

export function regressBlocks(r: RegressResult | EmptyRegressResult, lang: Lang, opts: RegressTableOptions = {}): Block[] {
  const L = (k: string, v?: Record<string, string | number>) => t(`regress.${k}`, lang, v);
  const models = r.models;
  const depNote = `a. ${L('dependentNote', { name: r.dependent })}`;
  const reversed = (names: string[]) => [...names].reverse().join(', ');
  const blocks: Block[] = [];
  const constantLabel = (term: string) => (term === '(Constant)' ? L('constant') : term);

  // Variables Entered/Removed.
  const methodText = (method: SelectionMethod): string => {
    const crit = r.criteria;
    const pin = crit ? formatNumber(crit.pin, 3) : '';
    const pout = crit ? formatNumber(crit.pout, 3) : '';
    if (method === 'stepwise') return L('methodStepwise', { pin, pout });
    if (method === 'forward') return L('methodForward', { pin });
    if (method === 'backward') return L('methodBackward', { pout });
    return L('methodEnter');
  };
  // A selection that left no predictor in the equation: no final model (SPSS's note instead).
  const empty = r.modelSummary === null ? (r as EmptyRegressResult) : null;
  const enteredFootnotes = [depNote];
  if (models.some((m) => m.method === 'enter')) {
    enteredFootnotes.push(
      r.collinear.length === 0 ? `b. ${L('allEntered')}` : `b. ${L('toleranceReached', { tol: formatNumber(0, 3) })}`,
    );
  }
  // SPSS links "b. All requested variables entered." to the entered cell of each Enter model.
  const enteredRows: CellValue[][] = models.map((m) => [
    String(m.model),
    m.entered.length ? reversed(m.entered) + (m.method === 'enter' ? mark(1) : '') : '.',
    m.removed.length ? reversed(m.removed) : '.',
    methodText(m.method),
  ]);
  if (empty) enteredFootnotes.push(`${letter(enteredFootnotes.length)}. ${L('noneEntered')}`);
  blocks.push(
    table({
      id: 'variables-entered-removed',
      title: `${L('enteredRemoved')}${mark(0)}`,
      columns: [
        { header: L('model'), kind: 'label' },
        { header: L('entered'), kind: 'label' },
        { header: L('removed'), kind: 'label' },
        { header: L('method'), kind: 'label' },
      ],
      rows: enteredRows,
      footnotes: enteredFootnotes,
    }),
  );
  if (models.length === 0 && empty) return [...blocks, ...excludedBlocks(r, L, [], depNote), ...notes(r, L, opts)];

  // Model Summary.
  const change = models.length > 1;
  // The constant-only model (every predictor removed) has SPSS's singular note.
  const predictorsOf = (m: { predictors: string[] }) => (m.predictors.length ? L('predictorsNote', { names: reversed(m.predictors) }) : L('predictorConstant'));
  const predictorNotes = models.map((m, i) => `${letter(i)}. ${predictorsOf(m)}`);
  const last = models.length - 1;
  // Without the rows (matrix or moments input) there is no Durbin-Watson: no column for it.
  const dw = models[last].durbinWatson !== null;
  blocks.push(
    table({
      id: 'model-summary',
      title: `${L('modelSummary')}${mark(models.length)}`,
      groups: change
        ? [
            { label: '', span: 5 },
            { label: L('changeStatistics'), span: 5 },
            ...(dw ? [{ label: '', span: 1 }] : []),
          ]
        : undefined,
      columns: [
        { header: L('model'), kind: 'label' },
        { header: L('r'), decimals: 3 },
        { header: L('rSquare'), decimals: 3 },
        { header: L('adjustedRSquare'), decimals: 3 },
        { header: L('stdErrorOfEstimate'), decimals: opts.dependentDecimals === undefined ? 4 : opts.dependentDecimals + ESTIMATE_EXTRA_DECIMALS },
        ...(change
          ? [
              { header: L('rSquareChange'), decimals: 3 },
              { header: L('fChange'), decimals: 3 },
              { header: L('df1'), style: 'int' as const },
              { header: L('df2'), style: 'int' as const },
              { header: L('sigFChange'), style: 'sig' as const, decimals: 3 },
            ]
          : []),
        ...(dw ? [{ header: L('durbinWatson'), decimals: 3 }] : []),
      ],
      rows: models.map((m, i) => [
        String(m.model),
        { value: m.r, suffix: mark(i) },
        m.rSquare,
        m.adjustedRSquare,
        m.stdErrorOfEstimate,
        ...(change ? [m.rSquareChange, m.fChange, m.df1, m.df2, m.pChange] : []),
        ...(dw ? [i === last ? m.durbinWatson : null] : []),
      ]),
      footnotes: [...predictorNotes, `${letter(models.length)}. ${L('dependentNote', { name: r.dependent })}`],
    }),
  );

  // ANOVA.
  const anovaRows: (CellValue | Cell)[][] = [];
  models.forEach((m, i) => {
    const a = m.anova;
    // No predictor: no regression mean square, F or Sig.; SPSS shows its system-missing '.'.
    const none = a.f === null;
    anovaRows.push(
      [String(m.model), L('regression'), a.regression.sumOfSquares, a.regression.df, none ? '.' : a.regression.meanSquare, none ? '.' : a.f, { value: none ? '.' : a.p, suffix: mark(i + 1) }],
      ['', L('residual'), a.residual.sumOfSquares, a.residual.df, a.residual.meanSquare, null, null],
      ['', L('total'), a.total.sumOfSquares, a.total.df, null, null, null],
    );
  });
  blocks.push(
    table({
      id: 'anova',
      title: `${L('anova')}${mark(0)}`,
      columns: [
        { header: L('model'), kind: 'label' },
        { header: '', kind: 'label' },
        { header: L('sumOfSquares'), decimals: 3 },
        { header: L('df'), style: 'int' },
        { header: L('meanSquare'), decimals: 3 },
        { header: L('f'), decimals: 3 },
        { header: L('sig'), style: 'sig', decimals: 3 },
      ],
      rows: anovaRows,
      footnotes: [depNote, ...models.map((m, i) => `${letter(i + 1)}. ${predictorsOf(m)}`)],
    }),
  );

  // Coefficients.
  const coefRows: CellValue[][] = [];
  for (const m of models) {
    m.coefficients.forEach((c, i) => {
      coefRows.push([
        i === 0 ? String(m.model) : '',
        constantLabel(c.term),
        c.b,
        c.stdError,
        c.beta,
        c.t,
        c.p,
        c.ciLower,
        c.ciUpper,
        c.tolerance,
        c.vif,
      ]);
    });
  }
  blocks.push(
    table({
      id: 'coefficients',
      title: `${L('coefficients')}${mark(0)}`,
      groups: [
        { label: '', span: 2 },
        { label: L('unstandardized'), span: 2 },
        { label: L('standardized'), span: 1 },
        { label: '', span: 2 },
        { label: L('ci'), span: 2 },
        { label: L('collinearity'), span: 2 },
      ],
      columns: [
        { header: L('model'), kind: 'label' },
        { header: '', kind: 'label' },
        { header: L('b'), style: 'coefficient', decimals: 3 },
        { header: L('stdError'), style: 'coefficient', decimals: 3 },
        { header: L('beta'), decimals: 3 },
        { header: L('t'), decimals: 3 },
        { header: L('sig'), style: 'sig', decimals: 3 },
        { header: L('lower'), style: 'coefficient', decimals: 3 },
        { header: L('upper'), style: 'coefficient', decimals: 3 },
        { header: L('tolerance'), decimals: 3 },
        { header: L('vif'), decimals: 3 },
      ],
      rows: coefRows,
      footnotes: [depNote],
    }),
  );
  if (!empty) blocks.push(text(L('equation', { equation: fittedEquation(r.dependent, r.coefficients) })));
  if (!empty && r.predictors.length) blocks.push(text(L('standardizedEquation', { equation: standardizedEquation(r.dependent, r.coefficients) })));
  if (opts.svg && !empty) {
    // Largest |Beta| first, as the drivers of `csat analyze` are ranked.
    const bars = r.coefficients
      .filter((c) => c.beta !== null && Number.isFinite(c.beta))
      .map((c) => ({ predictor: c.term, beta: c.beta as number, p: Number.isFinite(c.p) ? c.p : null }))
      .sort((a, b) => Math.abs(b.beta) - Math.abs(a.beta));
    if (bars.length) blocks.push(text(betaSvg(bars, r.dependent, lang)));
  }

  blocks.push(...excludedBlocks(r, L, models, depNote));

  // Casewise Diagnostics (SPSS prints them before the residual statistics).
  if (r.casewiseDiagnostics.length) {
    blocks.push(
      table({
        id: 'casewise-diagnostics',
        title: `${L('casewise')}${mark(0)}`,
        columns: [
          { header: L('caseNumber'), style: 'int' },
          { header: L('stdResidual'), decimals: 3 },
          { header: r.dependent, decimals: 3 },
          { header: L('predictedValue'), decimals: 4 },
          { header: L('residual'), decimals: 4 },
        ],
        rows: r.casewiseDiagnostics.map((c) => [c.case, c.stdResidual, c.observed, c.predicted, c.residual]),
        footnotes: [depNote],
      }),
    );
  }

  // Residuals Statistics.
  if (empty) return [...blocks, ...notes(r, L, opts)];
  const rs = (r as RegressResult).residualsStatistics;
  // From a matrix or moments file there are no residuals: say what is missing and why.
  if (rs === null) return [...blocks, text(L('fromSummary')), ...notes(r, L, opts)];
  const rsRow = (label: string, d: ResidualStatistics['predicted'], decimals: number): (CellValue | Cell)[] => [
    label,
    { value: d.min, decimals },
    { value: d.max, decimals },
    { value: d.mean, decimals },
    { value: d.sd, decimals },
    { value: d.n, style: 'int' },
  ];
  blocks.push(
    table({
      id: 'residuals-statistics',
      title: `${L('residualsStatistics')}${mark(0)}`,
      columns: [
        { header: '', kind: 'label' },
        { header: L('minimum'), decimals: 4 },
        { header: L('maximum'), decimals: 4 },
        { header: L('mean'), decimals: 4 },
        { header: L('sd'), decimals: 4 },
        { header: L('n'), style: 'int' },
      ],
      rows: [
        rsRow(L('predictedValue'), rs.predicted, 4),
        rsRow(L('residual'), rs.residual, 4),
        rsRow(L('stdPredictedValue'), rs.stdPredicted, 3),
        rsRow(L('stdResidual'), rs.stdResidual, 3),
      ],
      footnotes: [depNote],
    }),
  );

  return [...blocks, ...notes(r, L, opts)];
}

type Labeller = (k: string, v?: Record<string, string | number>) => string;

/** The notes under the tables: dummy coding, mean substitution, cases left out, weighting. */
function notes(r: RegressResult | EmptyRegressResult, L: Labeller, opts: RegressTableOptions): Block[] {
  const blocks: Block[] = [];
  for (const c of r.categorical) {
    blocks.push(text(L('reference', { variable: c.variable, reference: c.reference, dummies: c.dummies.map((d) => d.name).join(', ') })));
  }
  if (r.cases.substituted > 0) blocks.push(text(L('meanSubstituted', { count: r.cases.substituted })));
  if (r.cases.excluded > 0) blocks.push(text(L('casesExcluded', { used: r.cases.used, excluded: r.cases.excluded })));
  if (opts.weight) blocks.push(text(L('weighted', { weight: opts.weight })));
  return blocks;
}

/** SPSS's Excluded Variables: per model, the candidates not in its equation. */
function excludedBlocks(
  r: RegressResult | EmptyRegressResult,
  L: Labeller,
  models: RegressResult['models'],
  depNote: string,
): Block[] {
  const blocks: Block[] = [];
  const reversed = (names: string[]) => [...names].reverse().join(', ');
  const withExcluded: { model: number; excluded: ExcludedEntry[]; predictors: string[] }[] = models.filter((m) => m.excluded.length > 0);
  // With no predictor left, every candidate is excluded from the equation of the constant alone.
  if (r.modelSummary === null && r.excluded.length) withExcluded.push({ model: models.length + 1, excluded: r.excluded, predictors: [] });
  if (withExcluded.length) {
    const rows: (CellValue | Cell)[][] = [];
    withExcluded.forEach((m, k) => {
      m.excluded.forEach((e, i) => {
        rows.push([
          i === 0 ? String(m.model) : '',
          e.variable,
          { value: e.betaIn, suffix: mark(k + 1) },
          e.t,
          e.p,
          e.partialCorrelation,
          e.tolerance,
          e.vif,
          e.minimumTolerance,
        ]);
      });
    });
    blocks.push(
      table({
        id: 'excluded-variables',
        title: `${L('excludedVariables')}${mark(0)}`,
        groups: [
          { label: '', span: 6 },
          { label: L('collinearity'), span: 3 },
        ],
        columns: [
          { header: L('model'), kind: 'label' },
          { header: '', kind: 'label' },
          { header: L('betaIn'), decimals: 3 },
          { header: L('t'), decimals: 3 },
          { header: L('sig'), style: 'sig', decimals: 3 },
          { header: L('partial'), decimals: 3 },
          { header: L('tolerance'), decimals: 3 },
          { header: L('vif'), decimals: 3 },
          { header: L('minimumTolerance'), decimals: 3 },
        ],
        rows,
        footnotes: [depNote, ...withExcluded.map((m, k) =>
              `${letter(k + 1)}. ${m.predictors.length ? L('predictorsInModel', { names: reversed(m.predictors) }) : L('predictorsInModelConstant')}`,
          )],
      }),
    );
  }

  return blocks;
}
