/**
 * The tables of `csat reliability`, per scale in SPSS RELIABILITY's order: Case Processing Summary,
 * Reliability Statistics, Item Statistics, Summary Item Statistics, Item-Total Statistics, Scale
 * Statistics; then what SPSS does not print: Feldt's interval for alpha, omega total, and a verdict
 * line (George & Mallery 2003: >= .9 excellent, .8 good, .7 acceptable, .6 questionable, .5 poor,
 * below unacceptable), which --no-verdict hides. CSV, which leaves text out, gets those three as a
 * small table (numbers unrounded, as in every CSV table). With several scales each table's title
 * carries its scale's name (`scaleInTitles`), so a section read on its own (CSV) says whose it is.
 * A scale that could not be computed gets a note in its place.
 */
import type { MissingMode, ReliabilityResult, ScaleNotComputed, ScaleReliability } from '../../analyses/reliability.js';
import type { SummaryStatistics } from '../../stats/reliability.js';
import { formatNumber } from '../format.js';
import { t, type Lang } from '../../i18n/index.js';
import { heading, table, text, type Block, type Cell, type CellValue, type Table } from '../table.js';

export interface ReliabilityTableOptions {
  /** Show the verdict line (default true). */
  verdict?: boolean;
  missingMode?: MissingMode;
  /** The weight column, for a footnote. */
  weight?: string | null;
  /** With several scales (computed or not), add the scale's name to each table title. */
  scaleInTitles?: boolean;
  /** The "Scale: NAME" line as a level-3 heading (analyze: in HTML and Word a scale's start is a heading, listed in the contents). */
  scaleHeadings?: boolean;
}

const MARK = 'ᵃ';

/** The George & Mallery band of alpha rounded to the three decimals the verdict line shows. */
export function verdictOf(alpha: number): 'excellent' | 'good' | 'acceptable' | 'questionable' | 'poor' | 'unacceptable' {
  const a = Number(formatNumber(alpha, 3));
  if (a >= 0.9) return 'excellent';
  if (a >= 0.8) return 'good';
  if (a >= 0.7) return 'acceptable';
  if (a >= 0.6) return 'questionable';
  if (a >= 0.5) return 'poor';
  return 'unacceptable';
}

function summaryRow(label: string, s: SummaryStatistics, k: number): CellValue[] {
  return [label, s.mean, s.min, s.max, s.range, s.maxOverMin, s.variance, k];
}

function scaleBlocks(s: ScaleReliability, lang: Lang, opts: ReliabilityTableOptions, suffix: string, named: boolean): Block[] {
  const L = (key: string, vars?: Record<string, string | number>) => t(`reliability.${key}`, lang, vars);
  // A table title, with the scale's name when several scales share the output.
  const title = (key: string) => (named ? L('titleOfScale', { title: L(key), scale: s.name }) : L(key));
  const pairwise = opts.missingMode === 'pairwise';
  const weighted = opts.weight ? [L('weighted', { weight: opts.weight })] : [];
  const total = s.n + s.nExcluded;
  const pct = (x: number): number | null => (total > 0 ? (100 * x) / total : null);
  const blocks: Block[] = [];

  blocks.push(
    table({
      id: `case-processing-summary${suffix}`,
      title: title('caseProcessing'),
      columns: [
        { header: '', kind: 'label' },
        { header: '', kind: 'label' },
        { header: L('n'), style: 'int' },
        { header: L('percent'), decimals: 1 },
      ],
      rows: [
        [L('cases'), L('valid'), s.n, pct(s.n)],
        ['', L('excluded') + MARK, s.nExcluded, pct(s.nExcluded)],
        ['', L('total'), total, pct(total)],
      ],
      footnotes: [`a. ${L(pairwise ? 'pairwiseNote' : 'listwiseNote')}`, ...weighted],
    }),
  );

  const negative = s.alpha !== null && s.alpha < 0;
  const alphaCell: Cell = { value: s.alpha, suffix: negative ? MARK : undefined };
  blocks.push(
    table({
      id: `reliability-statistics${suffix}`,
      title: title('statistics'),
      columns: [
        { header: L('alpha'), decimals: 3 },
        { header: L('standardizedAlpha'), decimals: 3 },
        { header: L('nOfItems'), style: 'int' },
      ],
      rows: [[alphaCell, s.standardizedAlpha, s.items.length]],
      footnotes: [
        ...(negative ? [`a. ${L('negativeAlphaNote')}`] : []),
        ...(s.removed.length ? [L('removedNote', { items: s.removed.join(lang === 'zh' ? '、' : ', ') })] : []),
      ],
    }),
  );

  blocks.push(
    table({
      id: `item-statistics${suffix}`,
      title: title('itemStatistics'),
      columns: [
        { header: '', kind: 'label' },
        { header: L('mean'), decimals: 2 },
        { header: L('sd'), decimals: 3 },
        { header: L('n'), style: 'int' },
      ],
      rows: s.itemStatistics.map((r) => [r.item, r.mean, r.sd, r.n]),
      footnotes: s.reversed.length ? [L('reversedNote', { items: s.reversed.join(', ') })] : [],
    }),
  );

  const k = s.items.length;
  blocks.push(
    table({
      id: `summary-item-statistics${suffix}`,
      title: title('summaryItemStatistics'),
      columns: [
        { header: '', kind: 'label' },
        { header: L('mean'), decimals: 3 },
        { header: L('minimum'), decimals: 3 },
        { header: L('maximum'), decimals: 3 },
        { header: L('range'), decimals: 3 },
        { header: L('maxOverMin'), decimals: 3 },
        { header: L('variance'), decimals: 3 },
        { header: L('nOfItems'), style: 'int' },
      ],
      rows: [
        summaryRow(L('itemMeans'), s.summaryItemStatistics.means, k),
        summaryRow(L('itemVariances'), s.summaryItemStatistics.variances, k),
        summaryRow(L('interItemCorrelations'), s.summaryItemStatistics.interItemCorrelations, k),
      ],
    }),
  );

  const singular = s.itemTotal.every((r) => r.squaredMultipleCorrelation === null);
  blocks.push(
    table({
      id: `item-total-statistics${suffix}`,
      title: title('itemTotalStatistics'),
      columns: [
        { header: '', kind: 'label' },
        { header: L('scaleMeanIfDeleted'), decimals: 2 },
        { header: L('scaleVarianceIfDeleted'), decimals: 3 },
        { header: L('correctedItemTotal'), decimals: 3 },
        { header: L('smc'), decimals: 3 },
        { header: L('alphaIfDeleted'), decimals: 3 },
      ],
      rows: s.itemTotal.map((r) => [
        r.item,
        r.scaleMeanIfDeleted,
        r.scaleVarianceIfDeleted,
        r.correctedItemTotalCorrelation,
        r.squaredMultipleCorrelation,
        r.alphaIfDeleted,
      ]),
      footnotes: singular ? [L('singularNote')] : [],
    }),
  );

  blocks.push(
    table({
      id: `scale-statistics${suffix}`,
      title: title('scaleStatistics'),
      columns: [
        { header: L('mean'), decimals: 2 },
        { header: L('variance'), decimals: 3 },
        { header: L('sd'), decimals: 3 },
        { header: L('nOfItems'), style: 'int' },
      ],
      rows: [[s.scale.mean, s.scale.variance, s.scale.sd, s.scale.nItems]],
    }),
  );

  const lines: string[] = [];
  const level = formatNumber(100 * s.alphaCI.level, Number.isInteger(100 * s.alphaCI.level) ? 0 : 1);
  if (s.alphaCI.lower !== null && s.alphaCI.upper !== null) {
    lines.push(
      L('ciLine', { level, lower: formatNumber(s.alphaCI.lower, 3), upper: formatNumber(s.alphaCI.upper, 3) }) +
        (pairwise ? L('ciPairwise') : ''),
    );
  }
  const omegaMissing = L('omegaMissing', { reason: L(k < 3 ? 'omegaReason.fewItems' : 'omegaReason.other') });
  if (s.omega !== null) lines.push(L('omegaLine', { omega: formatNumber(s.omega, 3) }));
  else lines.push(omegaMissing);
  const verdict = s.alpha === null ? L('verdict.none') : L(`verdict.${verdictOf(s.alpha)}`);
  if (opts.verdict !== false) {
    lines.push(s.alpha === null ? verdict : L('verdict', { alpha: formatNumber(s.alpha, 3), verdict }));
  }

  // The same lines as a table for CSV: the interval and omega as numbers a spreadsheet can use.
  const extraRows: CellValue[][] = [
    [L('alpha'), s.alpha, s.alphaCI.lower, s.alphaCI.upper],
    [L('omegaRow'), s.omega, null, null],
  ];
  if (opts.verdict !== false) extraRows.push([L('verdictRow'), verdict, null, null]);
  const extra: Table = {
    id: `alpha-ci-omega${suffix}`,
    title: title('extraTitle'),
    columns: [
      { header: '', kind: 'label' },
      { header: L('value'), decimals: 3 },
      { header: L('lowerBound'), decimals: 3 },
      { header: L('upperBound'), decimals: 3 },
    ],
    groups: [
      { label: '', span: 2 },
      { label: L('ciGroup', { level }), span: 2 },
    ],
    rows: extraRows,
    footnotes: [...(pairwise ? [L('ciPairwiseNote')] : []), ...(s.omega === null ? [omegaMissing] : [])],
  };
  blocks.push(text(lines.join('\n'), extra));
  return blocks;
}

/** In place of a scale that could not be computed: why. */
function notComputedBlock(n: ScaleNotComputed, lang: Lang): Block {
  return text(t('reliability.notComputed', lang, { reason: n.reason }));
}

/**
 * Blocks for every scale, each after a "Scale: NAME" line as SPSS titles them, in the order the
 * scales were given; a scale that could not be computed gets a note in its place.
 */
export function reliabilityBlocks(r: ReliabilityResult, lang: Lang, opts: ReliabilityTableOptions = {}): Block[] {
  const failed = r.notComputed ?? [];
  const many = r.scales.length > 1;
  const named = opts.scaleInTitles === true && r.scales.length + failed.length > 1;
  const blocks: Block[] = [];
  const entries: (ScaleReliability | ScaleNotComputed)[] = [...r.scales];
  for (const f of [...failed].sort((a, b) => a.position - b.position)) entries.splice(Math.min(f.position, entries.length), 0, f);
  let i = 0;
  for (const s of entries) {
    // SPSS's default scale name is printed in the output language (标度：所有变量); JSON keeps 'ALL VARIABLES'.
    const scale = s.name === 'ALL VARIABLES' ? t('reliability.allVariables', lang) : s.name;
    const line = t('reliability.scaleTitle', lang, { scale });
    blocks.push(opts.scaleHeadings ? heading(line, `reliability-scale-${blocks.length}`, 3) : text(line));
    if ('reason' in s) blocks.push(notComputedBlock(s, lang));
    else blocks.push(...scaleBlocks(s, lang, opts, many ? `-${++i}` : '', named));
  }
  return blocks;
}
