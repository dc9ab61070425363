/**
 * The table of `csat corr` as SPSS CORRELATIONS prints it: for each row variable the correlation,
 * Sig. (2-tailed) and (pairwise) N rows; ** / * flags for p < .01 / .05 with SPSS's footnotes;
 * listwise deletion shows one "Listwise N" footnote instead of N rows.
 */
import type { CorrResult } from '../../analyses/corr.js';
import type { MissingMode } from '../../stats/correlation.js';
import { formatNumber } from '../format.js';
import { t, type Lang } from '../../i18n/index.js';
import { table, type Block, type Cell, type CellValue } from '../table.js';

export interface CorrTableOptions {
  missing?: MissingMode;
  weight?: string | null;
}

/** SPSS's flag for a two-tailed p: '**' below .01, '*' below .05. */
export function significanceFlag(p: number | null): string {
  if (p === null) return '';
  return p < 0.01 ? '**' : p < 0.05 ? '*' : '';
}

export function corrBlocks(r: CorrResult, lang: Lang, opts: CorrTableOptions = {}): Block[] {
  const L = (k: string, v?: Record<string, string | number>) => t(`corr.${k}`, lang, v);
  const cols = r.with ?? r.variables;
  const listwise = (opts.missing ?? 'listwise') === 'listwise';
  const spearman = r.method === 'spearman';
  const rLabel = spearman ? L('coefficient') : L('pearson');
  let flag01 = false;
  let flag05 = false;
  let constant = false;
  const rows: (CellValue | Cell)[][] = [];
  r.variables.forEach((name, i) => {
    const rRow: (CellValue | Cell)[] = [name, rLabel];
    const pRow: (CellValue | Cell)[] = ['', L('sig')];
    const nRow: (CellValue | Cell)[] = ['', L('n')];
    cols.forEach((_, j) => {
      const v = r.r[i][j];
      const p = r.p[i][j];
      const f = significanceFlag(p);
      if (f === '**') flag01 = true;
      if (f === '*') flag05 = true;
      if (v === null && r.n[i][j] >= 2) constant = true;
      // A variable's correlation with itself: CORRELATIONS prints a plain 1 over a blank Sig.,
      // NONPAR CORR prints 1.000 over a Sig. of ".".
      const self = r.variables[i] === cols[j] && v === 1;
      if (self && spearman) {
        rRow.push({ value: 1, decimals: 3 });
        pRow.push('.');
      } else {
        rRow.push(self ? { value: 1, decimals: 0 } : { value: v, decimals: 3, suffix: f || undefined });
        pRow.push({ value: p, decimals: 3, style: 'sig' });
      }
      nRow.push({ value: r.n[i][j], style: 'int' });
    });
    rows.push(rRow, pRow);
    if (!listwise) rows.push(nRow);
  });
  const footnotes: string[] = [];
  if (flag01) footnotes.push(L('flag01'));
  if (flag05) footnotes.push(L('flag05'));
  if (constant) footnotes.push(L('constant'));
  if (listwise) footnotes.push(L('listwiseN', { n: formatNumber(r.n[0]?.[0] ?? 0, 0, 'int') }));
  if (opts.weight) footnotes.push(L('weighted', { weight: opts.weight }));
  return [
    table({
      id: 'correlations',
      title: L('title'),
      columns: [
        { header: spearman ? L('spearmanRho') : '', kind: 'label' },
        { header: '', kind: 'label' },
        ...cols.map((c) => ({ header: c, decimals: 3 })),
      ],
      rows,
      footnotes,
    }),
  ];
}
