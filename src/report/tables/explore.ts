/**
 * The tables of `csat explore`, as SPSS EXAMINE prints them: Case Processing Summary,
 * Descriptives, Percentiles, Extreme Values, Tests of Normality, then the boxplots (a terminal
 * sketch; with `svg`, the SVG chart for the HTML page as well).
 */
import type { ExploreCell, ExploreResult } from '../../analyses/explore.js';
import { formatNumber } from '../format.js';
import { t, type Lang } from '../../i18n/index.js';
import { table, text, type Block, type Cell, type CellValue, type Column } from '../table.js';
import { caseSummaryTable } from './case-summary.js';
import { boxplotSketch, type BoxSketch } from '../boxplot.js';
import { boxplotSvg } from '../svg/boxplot.js';

const groupName = (c: ExploreCell): string => (c.group ? (c.group.label ?? String(c.group.value)) : '');

/** The boxes of one variable, one per group (cells without cases have none). */
export function boxesOf(r: ExploreResult, variable: string): BoxSketch[] {
  return r.cells
    .filter((c) => c.variable === variable && c.boxplot)
    .map((c) => ({ label: r.by ? groupName(c) : variable, ...c.boxplot!, outliers: c.boxplot!.outliers, extremes: c.boxplot!.extremes }));
}

/** One SVG chart per variable (its groups side by side). */
export function exploreSvgs(r: ExploreResult, lang: Lang): string[] {
  return r.variables
    .map((v) => ({ v, boxes: boxesOf(r, v) }))
    .filter((x) => x.boxes.length > 0)
    .map(({ v, boxes }) => boxplotSvg(boxes, t('explore.boxplot', lang, { name: v }), v, r.decimals));
}

export function exploreBlocks(r: ExploreResult, lang: Lang, opts: { svg?: boolean; sketch?: boolean } = {}): Block[] {
  const L = (k: string, v?: Record<string, string | number>) => t(`explore.${k}`, lang, v);
  const by = r.by !== null;
  const d = r.decimals;
  // The percentiles every cell has (EXAMINE's default set).
  const points = r.cells[0].percentiles.map((p) => p.p);
  const weighted = r.weight ? [L('weighted', { weight: r.weight })] : [];
  const lead = (c: ExploreCell, first: boolean): CellValue[] => {
    const firstOfVariable = first && r.cells.find((x) => x.variable === c.variable) === c;
    return by ? [firstOfVariable ? c.variable : '', first ? groupName(c) : ''] : [first ? c.variable : ''];
  };
  const leadColumns = (): Column[] => [
    { header: '', kind: 'label' },
    ...(by ? [{ header: r.by as string, kind: 'label' as const }] : []),
  ];
  const labels = { title: L('caseSummary'), valid: L('valid'), missing: L('missing'), total: L('total'), n: L('n'), percent: L('percent') };
  const blocks: Block[] = [
    caseSummaryTable({ id: 'case-processing-summary', labels, lead: leadColumns(), rows: r.cells.map((c) => ({ lead: lead(c, true), cases: c.cases })), footnotes: weighted }),
  ];

  const desc: (Cell | CellValue)[][] = [];
  for (const c of r.cells) {
    const s = c.descriptives;
    const n = (x: number | null, decimals: number): Cell => ({ value: x, decimals });
    const lines: [string, string, Cell, Cell | null][] = [
      [L('mean'), '', n(s.mean, d + 2), n(s.seMean, d + 3)],
      [L('ci'), L('lowerBound'), n(s.ciLower, d + 2), null],
      ['', L('upperBound'), n(s.ciUpper, d + 2), null],
      [L('trimmed'), '', n(s.trimmedMean, d + 2), null],
      [L('median'), '', n(s.median, d + 2), null],
      [L('variance'), '', n(s.variance, d + 3), null],
      [L('sd'), '', n(s.sd, d + 3), null],
      [L('minimum'), '', n(s.min, d), null],
      [L('maximum'), '', n(s.max, d), null],
      [L('range'), '', n(s.range, d), null],
      [L('iqr'), '', n(s.iqr, d + 2), null],
      [L('skewness'), '', n(s.skewness, 3), n(s.seSkewness, 3)],
      [L('kurtosis'), '', n(s.kurtosis, 3), n(s.seKurtosis, 3)],
    ];
    lines.forEach((line, k) => desc.push([...lead(c, k === 0), ...line]));
  }
  blocks.push(
    table({
      id: 'descriptives',
      title: L('descriptives'),
      columns: [...leadColumns(), { header: '', kind: 'label' }, { header: '', kind: 'label' }, { header: L('statistic') }, { header: L('stdError') }],
      rows: desc,
      footnotes: weighted,
    }),
  );

  blocks.push(
    table({
      id: 'percentiles',
      title: L('percentiles'),
      groups: [
        { label: '', span: (by ? 2 : 1) + 1 },
        { label: L('percentiles'), span: points.length },
      ],
      columns: [...leadColumns(), { header: '', kind: 'label' }, ...points.map((p): Column => ({ header: String(p), decimals: d + 2 }))],
      rows: r.cells.flatMap((c) => [
        [...lead(c, true), L('weightedAverage'), ...c.percentiles.map((p) => p.weightedAverage)],
        [...lead(c, false), L('tukey'), ...c.percentiles.map((p) => p.tukey)],
      ]),
    }),
  );

  const notes: string[] = [];
  const ext: (Cell | CellValue)[][] = [];
  const idColumn = r.id !== null;
  for (const c of r.cells) {
    const side = (list: ExploreCell['extremes']['highest'], partial: boolean, name: string, key: string, first: boolean) => {
      let flag = '';
      if (partial && list.length) {
        flag = String.fromCharCode(97 + notes.length);
        notes.push(L(key, { letter: flag, value: formatNumber(list[list.length - 1].value, d) }));
      }
      list.forEach((e, k) =>
        ext.push([
          ...lead(c, first && k === 0),
          k === 0 ? name : '',
          String(k + 1),
          e.case,
          ...(idColumn ? [e.id === null ? null : String(e.id)] : []),
          { value: e.value, decimals: d, suffix: k === list.length - 1 ? flag : '' },
        ]),
      );
    };
    side(c.extremes.highest, c.extremes.highestPartial, L('highest'), 'note.partialHigh', true);
    side(c.extremes.lowest, c.extremes.lowestPartial, L('lowest'), 'note.partialLow', c.extremes.highest.length === 0);
  }
  blocks.push(
    table({
      id: 'extreme-values',
      title: L('extremes'),
      columns: [
        ...leadColumns(),
        { header: '', kind: 'label' },
        { header: '', kind: 'label' },
        { header: L('caseNumber'), style: 'int' },
        ...(idColumn ? [{ header: r.id as string, kind: 'label' as const }] : []),
        { header: L('value'), decimals: d },
      ],
      rows: ext,
      footnotes: notes,
    }),
  );

  const anyBound = r.cells.some((c) => c.normality.kolmogorovSmirnov?.lowerBound);
  blocks.push(
    table({
      id: 'tests-of-normality',
      title: L('normality'),
      groups: [
        { label: '', span: by ? 2 : 1 },
        { label: `${L('ks')}a`, span: 3 },
        { label: L('sw'), span: 3 },
      ],
      columns: [
        ...leadColumns(),
        { header: L('statistic'), decimals: 3 },
        { header: L('df'), style: 'int' },
        { header: L('sig'), style: 'sig' },
        { header: L('statistic'), decimals: 3 },
        { header: L('df'), style: 'int' },
        { header: L('sig'), style: 'sig' },
      ],
      rows: r.cells.map((c) => {
        const ks = c.normality.kolmogorovSmirnov;
        const sw = c.normality.shapiroWilk;
        return [
          ...lead(c, true),
          ks?.statistic ?? null,
          ks?.df ?? null,
          ks ? { value: ks.p, suffix: ks.lowerBound ? '*' : '' } : null,
          sw?.statistic ?? null,
          sw?.df ?? null,
          sw?.p ?? null,
        ];
      }),
      footnotes: [...(anyBound ? [L('note.lowerBound')] : []), L('note.lilliefors'), ...weighted],
    }),
  );

  for (const v of r.variables) {
    const boxes = boxesOf(r, v);
    if (boxes.length === 0) continue;
    if (opts.sketch !== false) {
      blocks.push(
        text(
          boxplotSketch(boxes, d, {
            title: L('boxplot', { name: v }),
            key: L('boxKey'),
            outliers: (cases) => L('outliers', { cases }),
            extremes: (cases) => L('farOut', { cases }),
          }),
        ),
      );
    }
    if (opts.svg) blocks.push(text(boxplotSvg(boxes, L('boxplot', { name: v }), v, d)));
  }
  return blocks;
}
