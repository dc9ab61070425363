/**
 * SPSS's Case Processing Summary (CROSSTABS, EXAMINE, MULT RESPONSE): per row, Valid, Missing and
 * Total, each as N and Percent of the row's total.
 */
import { table, type Block, type Cell, type CellValue, type Column } from '../table.js';

export interface CaseCounts {
  valid: number;
  missing: number;
  total: number;
}

export interface CaseSummarySpec {
  id: string;
  /** The procedure's own terms: title, valid, missing, total, n, percent. */
  labels: Record<'title' | 'valid' | 'missing' | 'total' | 'n' | 'percent', string>;
  /** The leading label columns (one, or two with a grouping variable). */
  lead: Column[];
  rows: { lead: CellValue[]; cases: CaseCounts }[];
  footnotes: string[];
}

/** A share of the row's total; no percent (blank) when the row has no cases. */
const share = (x: number, total: number): Cell => ({ value: total > 0 ? (100 * x) / total : null, decimals: 1, suffix: total > 0 ? '%' : '' });

export function caseSummaryTable(s: CaseSummarySpec): Block {
  const L = s.labels;
  return table({
    id: s.id,
    title: L.title,
    groups: [
      { label: '', span: s.lead.length },
      { label: L.valid, span: 2 },
      { label: L.missing, span: 2 },
      { label: L.total, span: 2 },
    ],
    columns: [...s.lead, ...[0, 1, 2].flatMap((): Column[] => [{ header: L.n, style: 'int' }, { header: L.percent, decimals: 1 }])],
    rows: s.rows.map(({ lead, cases: c }) => [...lead, c.valid, share(c.valid, c.total), c.missing, share(c.missing, c.total), c.total, share(c.total, c.total)]),
    footnotes: s.footnotes,
  });
}
