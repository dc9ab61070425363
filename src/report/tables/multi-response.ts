/**
 * The tables of `csat describe --multi`, as SPSS MULT RESPONSE prints them: the Case Summary of
 * every set, each set's "$Q7 Frequencies" (Responses N and Percent, Percent of Cases) and, with
 * --by, its crosstabulation against the group (Count and % within the group, based on respondents).
 */
import type { MultiResponseSet } from '../../analyses/multi-response.js';
import { levelName } from '../../i18n/names.js';
import { t, type Lang } from '../../i18n/index.js';
import { table, text, type Block, type Cell, type CellValue, type Column } from '../table.js';
import { caseSummaryTable, type CaseCounts } from './case-summary.js';

const pct = (x: number | null): Cell => ({ value: x, decimals: 1, suffix: x === null ? '' : '%' });
const count = (x: number): Cell => ({ value: x, style: 'int' });

type L = (k: string, v?: Record<string, string | number>) => string;

/** The footnote saying what counted as chosen, under `letter`. */
function countedNote(s: MultiResponseSet, letter: string, L: L): string {
  if (s.shape === 'joined') return L('note.joined', { letter, column: s.columns[0] });
  return s.countedValue === null ? L('note.text', { letter }) : L('note.value', { letter, value: s.countedValue });
}

/** Which columns formed the set: a line above its tables. */
function formed(s: MultiResponseSet, L: L, lang: Lang): string {
  if (s.shape === 'columns') return L('formedColumns', { name: s.name, columns: s.columns.join(lang === 'zh' ? '、' : ', ') });
  if (s.separator === '') return L('formedSingle', { name: s.name, column: s.columns[0], count: s.options.length });
  return L('formedJoined', { name: s.name, column: s.columns[0], separator: s.separator ?? '', count: s.options.length });
}

function caseSummary(id: string, rows: { name: string; cases: CaseCounts }[], footnotes: string[], L: L): Block {
  const labels = { title: L('caseSummary'), valid: L('valid'), missing: L('missing'), total: L('total'), n: L('n'), percent: L('percent') };
  return caseSummaryTable({ id, labels, lead: [{ header: '', kind: 'label' }], rows: rows.map((r) => ({ lead: [r.name], cases: r.cases })), footnotes });
}

export function multiResponseBlocks(sets: MultiResponseSet[], lang: Lang, opts: { weight: string | null }): Block[] {
  const L: L = (k, v) => t(`describe.multi.${k}`, lang, v);
  const weighted = opts.weight ? [L('weighted', { weight: opts.weight })] : [];
  const letter = (k: number) => String.fromCharCode(97 + (k % 26));
  const blocks: Block[] = sets.map((s) => text(formed(s, L, lang)));
  blocks.push(
    caseSummary(
      'multi-case-summary',
      sets.map((s, k) => ({ name: `${s.name}${letter(k)}`, cases: s.cases })),
      [...sets.map((s, k) => countedNote(s, letter(k), L)), ...weighted],
      L,
    ),
  );
  for (const s of sets) {
    const rows: (CellValue | Cell)[][] = s.options.map((o, k) => [k === 0 ? `${s.name}a` : '', o.label, count(o.responses), pct(o.percentOfResponses), pct(o.percentOfCases)]);
    rows.push([L('total'), '', count(s.totalResponses), pct(s.totalResponses > 0 ? 100 : null), pct(s.totalPercentOfCases)]);
    blocks.push(
      table({
        id: `multi-frequencies-${s.question}`,
        title: L('frequencies', { name: s.name }),
        groups: [
          { label: '', span: 2 },
          { label: L('responses'), span: 2 },
          { label: '', span: 1 },
        ],
        columns: [{ header: '', kind: 'label' }, { header: '', kind: 'label' }, { header: L('n'), style: 'int' }, { header: L('percent') }, { header: L('percentOfCases') }],
        rows,
        footnotes: [countedNote(s, 'a', L), ...weighted],
      }),
    );
  }
  const crossed = sets.filter((s) => s.crosstab !== null);
  if (crossed.length) {
    blocks.push(
      caseSummary(
        'multi-crosstab-case-summary',
        crossed.map((s, k) => ({ name: `${s.name}*${s.crosstab!.group}${letter(k)}`, cases: s.crosstab! })),
        [...crossed.map((s, k) => countedNote(s, letter(k), L)), ...weighted],
        L,
      ),
    );
  }
  for (const s of crossed) {
    const c = s.crosstab!;
    const within = L('within', { group: c.group });
    const rows: (CellValue | Cell)[][] = s.options.flatMap((o, k) => [
      [k === 0 ? `${s.name}a` : '', o.label, L('count'), ...c.counts[k].map(count), count(c.optionTotals[k])],
      ['', '', within, ...c.percents[k].map(pct), pct(c.optionTotalPercents[k])],
    ]);
    rows.push([L('total'), '', L('count'), ...c.cases.map(count), count(c.totalCases)]);
    blocks.push(
      table({
        id: `multi-crosstab-${s.question}`,
        title: L('crosstab', { name: s.name, group: c.group }),
        groups: [
          { label: '', span: 3 },
          { label: c.group, span: c.levels.length },
          { label: '', span: 1 },
        ],
        columns: [
          { header: '', kind: 'label' },
          { header: '', kind: 'label' },
          { header: '', kind: 'label' },
          ...c.levels.map((l): Column => ({ header: levelName(l) })),
          { header: L('total') },
        ],
        rows,
        footnotes: [L('note.respondents'), countedNote(s, 'a', L), ...weighted],
      }),
    );
  }
  return blocks;
}
