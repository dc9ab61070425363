/**
 * The tables of `csat crosstab`, as SPSS CROSSTABS prints them: Case Processing Summary, the
 * crosstabulation (one block per layer category and a Total), Chi-Square Tests and Symmetric
 * Measures, with SPSS's lettered footnotes.
 */
import type { CellKind, CrosstabResult, CrosstabTable, Category } from '../../analyses/crosstab.js';
import { ENUMERATION_LIMIT } from '../../stats/crosstab.js';
import { formatNumber } from '../format.js';
import { t, type Lang } from '../../i18n/index.js';
import { table, text, type Block, type Cell, type CellValue, type Column } from '../table.js';
import { caseSummaryTable } from './case-summary.js';

const RESIDUALS: ReadonlySet<CellKind> = new Set(['residual', 'std-residual', 'adjusted']);
const name = (c: Category): string => c.label ?? String(c.value);
const pct = (x: number): Cell => ({ value: x, decimals: 1, suffix: '%' });
const num = (x: number | null, decimals: number): Cell => ({ value: x, decimals });

/** The cell values of one kind in row i (or the Total row, i = -1), then its Total column. */
function cellRow(tab: CrosstabTable, kind: CellKind, i: number): (Cell | CellValue)[] {
  const N = tab.total;
  const J = tab.cols.length;
  const total = i < 0;
  const count = (j: number) => (total ? tab.colTotals[j] : tab.counts[i][j]);
  const rowTotal = total ? N : tab.rowTotals[i];
  const cells: (Cell | CellValue)[] = [];
  for (let j = 0; j <= J; j++) {
    const margin = j === J;
    const f = margin ? rowTotal : count(j);
    switch (kind) {
      case 'count':
        cells.push({ value: f, style: 'int' });
        break;
      case 'expected':
        cells.push(num(margin || total ? f : tab.expected[i][j], 1));
        break;
      case 'row':
        cells.push(pct((100 * f) / rowTotal));
        break;
      case 'column':
        cells.push(pct((100 * f) / (margin ? N : tab.colTotals[j])));
        break;
      case 'total':
        cells.push(pct((100 * f) / N));
        break;
      case 'residual':
        cells.push(num(margin || total ? null : tab.residual[i][j], 1));
        break;
      case 'std-residual':
        cells.push(num(margin || total ? null : tab.standardized[i][j], 1));
        break;
      case 'adjusted':
        cells.push(num(margin || total ? null : tab.adjusted[i][j], 1));
        break;
    }
  }
  return cells;
}

export function crosstabBlocks(r: CrosstabResult, lang: Lang, opts: { cells: CellKind[] }): Block[] {
  const L = (k: string, v?: Record<string, string | number>) => t(`crosstab.${k}`, lang, v);
  const layered = r.layerVariable !== null;
  const dims = [r.rowVariable, r.colVariable, ...(layered ? [r.layerVariable as string] : [])].join(' * ');
  const weighted = r.weight ? [L('weighted', { weight: r.weight })] : [];
  const blocks: Block[] = [];
  const labels = { title: L('caseSummary'), valid: L('valid'), missing: L('missing'), total: L('total'), n: L('n'), percent: L('percent') };
  blocks.push(caseSummaryTable({ id: 'case-processing-summary', labels, lead: [{ header: '', kind: 'label' }], rows: [{ lead: [dims], cases: r.cases }], footnotes: weighted }));


  const layerLabel = (tab: CrosstabTable): string => (tab.layer ? name(tab.layer) : L('total'));
  const lead = (tab: CrosstabTable, first: boolean, k: number): CellValue[] =>
    layered ? [k === 0 && tab === r.tables[0] && first ? (r.layerVariable as string) : '', first && k === 0 ? layerLabel(tab) : ''] : [];
  const kindLabel = (kind: CellKind): string =>
    kind === 'row' ? L('cell.row', { name: r.rowVariable }) : kind === 'column' ? L('cell.column', { name: r.colVariable }) : L(`cell.${kind}`);

  // One crosstabulation for all layers: the column categories are those of the Total layer.
  const all = r.tables[r.tables.length - 1];
  const colIndex = (tab: CrosstabTable) => all.cols.map((c) => tab.cols.findIndex((d) => d.value === c.value));
  const rows: (Cell | CellValue)[][] = [];
  for (const tab of r.tables) {
    const at = colIndex(tab);
    // A category without cases in this layer: blank, as SPSS leaves it.
    const place = (cells: (Cell | CellValue)[]): (Cell | CellValue)[] => [...at.map((j) => (j < 0 ? null : cells[j])), cells[tab.cols.length]];
    tab.rows.forEach((row, i) => {
      opts.cells.forEach((kind, k) => {
        rows.push([...lead(tab, i === 0, k), i === 0 && k === 0 ? r.rowVariable : '', k === 0 ? name(row) : '', kindLabel(kind), ...place(cellRow(tab, kind, i))]);
      });
    });
    // SPSS's Total row has no residuals.
    opts.cells
      .filter((kind) => !RESIDUALS.has(kind))
      .forEach((kind, k) => rows.push([...lead(tab, false, 1), k === 0 ? L('total') : '', '', kindLabel(kind), ...place(cellRow(tab, kind, -1))]));
  }
  blocks.push(
    table({
      id: 'crosstabulation',
      title: L('title', { name: dims }),
      groups: [
        { label: '', span: (layered ? 2 : 0) + 3 },
        { label: r.colVariable, span: all.cols.length },
        { label: '', span: 1 },
      ],
      columns: [
        ...Array.from({ length: (layered ? 2 : 0) + 3 }, (): Column => ({ header: '', kind: 'label' })),
        ...all.cols.map((c): Column => ({ header: name(c), decimals: 0 })),
        { header: L('total'), decimals: 0 },
      ],
      rows,
      footnotes: weighted,
    }),
  );

  const computed = r.tables.filter((tab) => tab.tests !== null);
  if (computed.length === 0) {
    blocks.push(text(L('constant', { name: r.tables[r.tables.length - 1].constant as string })));
    return blocks;
  }
  blocks.push(chiSquareTable(r, lang, layerLabel));
  blocks.push(measuresTable(r, lang, layerLabel));
  return blocks;
}

/** The layer columns that open each line of a per-layer table, and their headers. */
function layerColumns(r: CrosstabResult, layerLabel: (tab: CrosstabTable) => string) {
  const layered = r.layerVariable !== null;
  return {
    head: (tab: CrosstabTable, k: number): CellValue[] =>
      layered ? [k === 0 && tab === r.tables[0] ? (r.layerVariable as string) : '', k === 0 ? layerLabel(tab) : ''] : [],
    columns: Array.from({ length: layered ? 2 : 0 }, (): Column => ({ header: '', kind: 'label' })),
  };
}

function chiSquareTable(r: CrosstabResult, lang: Lang, layerLabel: (tab: CrosstabTable) => string): Block {
  const L = (k: string, v?: Record<string, string | number>) => t(`crosstab.${k}`, lang, v);
  const layer = layerColumns(r, layerLabel);
  const exactColumns = r.tables.some((tab) => tab.tests?.fisher);
  const footnotes: string[] = [];
  const letter = (note: (l: string) => string): string => {
    const l = String.fromCharCode(97 + footnotes.length);
    footnotes.push(note(l));
    return l;
  };
  let twoByTwo: string | null = null;
  const rows: (Cell | CellValue)[][] = [];
  const blank = exactColumns ? [null, null] : [];
  for (const tab of r.tables) {
    const head = (k: number) => layer.head(tab, k);
    const s = tab.tests;
    if (!s) {
      const l = letter((x) => `${x}. ${L('constant', { name: tab.constant as string })}`);
      rows.push([...head(0), L('nValid'), { value: tab.total, style: 'int', suffix: l }, null, null, ...blank]);
      continue;
    }
    const e = s.expected;
    const a = letter((x) =>
      L('note.expected', { letter: x, count: e.below5, percent: e.percent.toFixed(1), min: formatNumber(e.minimum, 2) }),
    );
    const lines: (Cell | CellValue)[][] = [];
    lines.push([L('pearson'), { value: s.pearson.value, decimals: 3, suffix: a }, s.pearson.df, { value: s.pearson.p, style: 'sig' }, ...blank]);
    if (s.continuity) {
      twoByTwo ??= letter((x) => L('note.twoByTwo', { letter: x }));
      lines.push([L('continuity'), { value: s.continuity.value, decimals: 3, suffix: twoByTwo }, s.continuity.df, { value: s.continuity.p, style: 'sig' }, ...blank]);
    }
    lines.push([L('likelihood'), { value: s.likelihood.value, decimals: 3 }, s.likelihood.df, { value: s.likelihood.p, style: 'sig' }, ...blank]);
    if (s.fisher) {
      lines.push([
        L('fisher'),
        s.fisher.value === null ? null : { value: s.fisher.value, decimals: 3 },
        null,
        null,
        { value: s.fisher.p2, style: 'sig' },
        s.fisher.p1 === null ? null : { value: s.fisher.p1, style: 'sig' },
      ]);
    }
    lines.push([L('linear'), { value: s.linear.value, decimals: 3 }, s.linear.df, { value: s.linear.p, style: 'sig' }, ...blank]);
    lines.push([L('nValid'), { value: s.n, style: 'int' }, null, null, ...blank]);
    lines.forEach((line, k) => rows.push([...head(k), ...line]));
    if (tab.exactTooLarge) footnotes.push(L('note.exactTooLarge', { limit: ENUMERATION_LIMIT }));
  }
  if (exactColumns && r.weight && r.tables.some((tab) => tab.counts.flat().some((x) => !Number.isInteger(x)))) footnotes.push(L('note.exactRounded'));
  return table({
    id: 'chi-square-tests',
    title: L('chiSquareTests'),
    columns: [
      ...layer.columns,
      { header: '', kind: 'label' },
      { header: L('value'), decimals: 3 },
      { header: L('df'), style: 'int' },
      { header: L('asymptotic'), style: 'sig' },
      ...(exactColumns ? [{ header: L('exact2'), style: 'sig' as const }, { header: L('exact1'), style: 'sig' as const }] : []),
    ],
    rows,
    footnotes,
  });
}

function measuresTable(r: CrosstabResult, lang: Lang, layerLabel: (tab: CrosstabTable) => string): Block {
  const L = (k: string) => t(`crosstab.${k}`, lang);
  const layer = layerColumns(r, layerLabel);
  const rows: (Cell | CellValue)[][] = [];
  for (const tab of r.tables) {
    const m = tab.measures;
    if (!m) continue;
    const sig = { value: m.p, style: 'sig' as const };
    [
      [L('nominal'), L('phi'), m.phi, sig],
      ['', L('cramer'), m.cramersV, sig],
      ['', L('contingency'), m.contingency, sig],
      [L('nValid'), '', { value: m.n, style: 'int' as const }, null],
    ].forEach((line, k) => rows.push([...layer.head(tab, k), ...line]));
  }
  return table({
    id: 'symmetric-measures',
    title: L('symmetric'),
    columns: [
      ...layer.columns,
      { header: '', kind: 'label' },
      { header: '', kind: 'label' },
      { header: L('value'), decimals: 3 },
      { header: L('approximate'), style: 'sig' },
    ],
    rows,
  });
}
