/**
 * The construct-validity tables that follow a CFA: Construct Validity (one row per factor: the
 * standardized loadings' range, alpha, CR, AVE, sqrt(AVE), each value under its threshold marked
 * `a`), the Fornell-Larcker matrix, the HTMT matrix (lower triangle; `*` / `**` at the strict and
 * the liberal threshold), and Common Method Bias (Harman's share with the 50% rule and its caveat;
 * the one-factor CFA against the study model when both were fitted). Thresholds and their sources
 * are footnoted; analyses/validity.ts holds the defaults.
 */
import type { CommonMethodBiasResult, FitSummary, ValidityResult } from '../../analyses/validity.js';
import { formatNumber } from '../format.js';
import { pInSentence } from '../../i18n/numbers.js';
import { t, type Lang } from '../../i18n/index.js';
import { table, text, type Block, type Cell, type CellValue } from '../table.js';

const L = (key: string, lang: Lang, vars?: Record<string, string | number>) => t(`validity.${key}`, lang, vars);

/** A number, marked `a` when it misses its threshold (pass === false). */
function judged(value: number | null, pass: boolean | null, suffix = 'a'): Cell {
  return pass === false ? { value, suffix } : { value };
}

const yesNo = (v: boolean | null, lang: Lang): string => (v === null ? '' : L(v ? 'yes' : 'no', lang));

/** Threshold as the tables print it: .50, .70 (two decimals, SPSS style). */
const th = (x: number) => formatNumber(x, 2);

export function constructValidityTable(r: ValidityResult, lang: Lang): Block {
  const T = r.thresholds;
  const notes: string[] = [];
  const marked = r.constructs.some((c) => !c.loadingsPass || c.alphaPass === false || c.crPass === false || c.avePass === false || c.sqrtAvePass === false);
  if (marked) notes.push(L('belowMark', lang));
  notes.push(L('constructThresholds', lang, { loading: th(T.loading), alpha: th(T.alpha), cr: th(T.cr), ave: th(T.ave) }));
  notes.push(L('crDefinition', lang));
  const single = r.constructs.filter((c) => c.items.length < 2).map((c) => c.factor);
  const cross = r.constructs.filter((c) => c.items.length > 1 && c.crossLoading).map((c) => c.factor);
  const list = (names: string[]) => names.join(lang === 'zh' ? '、' : ', ');
  if (single.length > 0) notes.push(L('singleItemNote', lang, { factors: list(single) }));
  if (cross.length > 0) notes.push(L('crossLoadingNote', lang, { factors: list(cross) }));
  return table({
    id: 'construct-validity',
    title: L('constructTitle', lang),
    columns: [
      { header: L('factor', lang), kind: 'label' },
      { header: L('items', lang), style: 'int' },
      { header: L('min', lang), decimals: 3 },
      { header: L('max', lang), decimals: 3 },
      { header: L('alpha', lang), decimals: 3 },
      { header: L('cr', lang), decimals: 3 },
      { header: L('ave', lang), decimals: 3 },
      { header: L('sqrtAve', lang), decimals: 3 },
      { header: L('convergent', lang), kind: 'label' },
    ],
    groups: [
      { label: '', span: 2 },
      { label: L('loadings', lang), span: 2 },
      { label: '', span: 5 },
    ],
    rows: r.constructs.map((c): (CellValue | Cell)[] => [
      c.factor,
      c.items.length,
      judged(c.loadingMin, c.loadingsPass),
      c.loadingMax,
      judged(c.alpha, c.alphaPass),
      judged(c.cr, c.crPass),
      judged(c.ave, c.avePass),
      judged(c.sqrtAve, c.sqrtAvePass),
      yesNo(c.convergent, lang),
    ]),
    footnotes: notes,
  });
}

export function fornellLarckerTable(r: ValidityResult, lang: Lang): Block {
  const m = r.fornellLarcker;
  const notes = [L('flNote', lang)];
  if (m.passes.some((p) => p === false)) notes.push(L('flFailMark', lang));
  return table({
    id: 'fornell-larcker',
    title: L('flTitle', lang),
    columns: [{ header: '', kind: 'label' }, ...r.factors.map((f) => ({ header: f, decimals: 3 })), { header: L('flMet', lang), kind: 'label' }],
    rows: r.factors.map((f, i): (CellValue | Cell)[] => [
      f,
      ...r.factors.map((_, j): CellValue | Cell => (j < i ? m.matrix[i][j] : j === i ? judged(m.matrix[i][i], m.passes[i], 'b') : null)),
      yesNo(m.passes[i], lang),
    ]),
    footnotes: notes,
  });
}

export function htmtTable(r: ValidityResult, lang: Lang): Block {
  const T = r.thresholds;
  const h = r.htmt;
  const values = h.mean === 'arithmetic' ? h.arithmetic : h.geometric;
  const flag = (v: number | null): Cell => ({ value: v, ...(v !== null && v >= T.htmtLiberal ? { suffix: '**' } : v !== null && v >= T.htmt ? { suffix: '*' } : {}) });
  const notes = [L('htmtNote', lang, { mean: L(h.mean === 'arithmetic' ? 'htmtArithmetic' : 'htmtGeometric', lang), strict: th(T.htmt), liberal: th(T.htmtLiberal) })];
  if (h.aboveStrict.length > 0) notes.push(L('htmtMarks', lang, { strict: th(T.htmt), liberal: th(T.htmtLiberal) }));
  // The first factor's row would be empty (no factor before it), so the rows start at the second.
  return table({
    id: 'htmt',
    title: L('htmtTitle', lang),
    columns: [{ header: '', kind: 'label' }, ...r.factors.slice(0, -1).map((f) => ({ header: f, decimals: 3 }))],
    rows: r.factors.slice(1).map((f, k) => [f, ...r.factors.slice(0, -1).map((_, j): CellValue | Cell => (j <= k ? flag(values[k + 1][j]) : null))]),
    footnotes: notes,
  });
}

function fitRow(label: string, f: FitSummary): CellValue[] {
  return [label, f.chiSquare, f.df, f.df > 0 ? f.chiSquare / f.df : null, f.cfi, f.tli, f.rmsea, f.srmr];
}

export function commonMethodBiasBlocks(r: CommonMethodBiasResult, lang: Lang): Block[] {
  const h = r.harman;
  const blocks: Block[] = [
    table({
      id: 'common-method-bias',
      title: L('cmbTitle', lang),
      columns: [
        { header: L('test', lang), kind: 'label' },
        { header: L('value', lang), style: 'percent', decimals: 2 },
        { header: L('threshold', lang), kind: 'label' },
        { header: L('verdict', lang), kind: 'label' },
      ],
      rows: [[L('harman', lang), h.share * 100, L('below', lang, { value: formatNumber(h.threshold * 100, 0, 'int') }), L(h.exceeds ? 'harmanAbove' : 'harmanBelow', lang)]],
      footnotes: [L('harmanNote', lang, { items: h.items.length })],
    }),
  ];
  if (r.oneFactor && r.model) {
    const rows: CellValue[][] = [fitRow(L('oneFactor', lang), r.oneFactor), fitRow(L('studyModel', lang), r.model)];
    const d = r.difference;
    if (d) rows.push([L('difference', lang), d.chiSquare, d.df, null, null, null, null, null]);
    blocks.push(
      table({
        id: 'one-factor-model',
        title: L('oneFactorTitle', lang),
        columns: [
          { header: L('model', lang), kind: 'label' },
          { header: L('chiSquare', lang), decimals: 3 },
          { header: L('df', lang), style: 'int' },
          { header: L('chiSquareDf', lang), decimals: 3 },
          { header: 'CFI', decimals: 3 },
          { header: 'TLI', decimals: 3 },
          { header: 'RMSEA', decimals: 3 },
          { header: 'SRMR', decimals: 3 },
        ],
        rows,
      }),
    );
    if (d) {
      const vars = { chi: formatNumber(d.chiSquare, 3), df: d.df, p: pInSentence(d.p) };
      blocks.push(text(L(d.p < 0.05 ? 'oneFactorWorse' : 'oneFactorNotWorse', lang, vars)));
    }
  }
  return blocks;
}

/** Construct Validity, Fornell-Larcker and HTMT, in that order (what `csat cfa` prints after the fit). */
export function validityBlocks(r: ValidityResult, lang: Lang): Block[] {
  return [constructValidityTable(r, lang), fornellLarckerTable(r, lang), htmtTable(r, lang)];
}
