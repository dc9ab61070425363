/**
 * The group-differences tables of `csat analyze`, one per demographic, as Chinese satisfaction
 * papers print them: a row per variable (the outcome, then the scale scores), each group's M ± SD
 * (2 decimals), t or F (3 decimals; "a" marks Welch's), p, and for three or more groups the post
 * hoc result as pairs "1>3, 2>3" (the groups numbered as in the columns).
 */
import type { GroupDifferencesResult, DemographicDifferences } from '../../analyses/group-differences.js';
import { t, type Lang } from '../../i18n/index.js';
import { levelName, postHocLabel } from '../../i18n/names.js';
import { formatNumber } from '../format.js';
import { table, type Block, type Cell, type CellValue, type Column } from '../table.js';

export function groupDifferencesBlocks(r: GroupDifferencesResult, lang: Lang, opts: { weight: string | null }): Block[] {
  return r.demographics.filter((d) => d.comparisons.length).map((d, i) => demographicTable(r, d, i + 1, lang, opts.weight));
}

function demographicTable(r: GroupDifferencesResult, d: DemographicDifferences, index: number, lang: Lang, weight: string | null): Block {
  const L = (key: string, vars?: Record<string, string | number>) => t(`groupDifferences.${key}`, lang, vars);
  const f2 = (x: number) => formatNumber(x, 2);
  const isT = d.comparisons.every((c) => c.test === 't');
  const tests = [...new Set(d.comparisons.flatMap((c) => (c.posthoc ? [c.posthoc.test] : [])))];
  const asked = postHocLabel(r.posthoc, lang);
  // The groups' n in the headers when each group has the same n on every variable (no missing answers).
  const ns = d.groups.map((_, k) => new Set(d.comparisons.map((c) => c.groups[k].n)));
  const same = ns.every((x) => x.size === 1);
  const groupColumns: Column[] = d.groups.map((g, k) => {
    const n = same ? [...ns[k]][0] : null;
    const vars = { k: k + 1, group: levelName(g) };
    return { header: n === null ? L('group', vars) : L('groupN', { ...vars, n: formatNumber(n, Number.isInteger(n) ? 0 : 2) }), kind: 'number' };
  });
  const withPosthoc = !isT;
  const columns: Column[] = [
    { header: L('variable'), kind: 'label' },
    ...groupColumns,
    { header: isT ? 't' : d.comparisons.some((c) => c.test === 't') ? 't / F' : 'F', decimals: 3 },
    { header: L('p'), style: 'sig' },
    ...(withPosthoc ? [{ header: L('posthoc'), kind: 'label' as const }] : []),
  ];
  const rows: (CellValue | Cell)[][] = d.comparisons.map((c) => {
    const cells: (CellValue | Cell)[] = [c.variable];
    for (const g of c.groups) cells.push(g.mean === null ? null : g.sd === null ? f2(g.mean) : `${f2(g.mean)} ± ${f2(g.sd)}`);
    cells.push(c.statistic === null ? null : { value: c.statistic, decimals: 3, ...(c.welch ? { suffix: 'a' } : {}) });
    cells.push(c.p === null ? null : { value: c.p, style: 'sig' });
    if (withPosthoc) {
      const pairs = c.posthoc ? (c.posthoc.pairs.length ? c.posthoc.pairs.map((p) => `${p.higher + 1}>${p.lower + 1}`).join(', ') : L('noPairs')) : null;
      cells.push(pairs);
    }
    return cells;
  });
  const welch = d.comparisons.some((c) => c.welch && c.statistic !== null);
  const gh = d.comparisons.find((c) => c.welch && c.posthoc && c.posthoc.test !== r.posthoc)?.posthoc?.test;
  const footnotes = [
    L('noteCells', { test: L(isT ? 'noteT' : 'noteF') }),
    ...(welch ? [L('noteWelch', { stat: isT ? 't' : 'F', gh: gh ? L('noteWelchGh', { test: postHocLabel(gh, lang) }) : '' })] : []),
    ...(withPosthoc ? [L('notePosthoc', { test: asked })] : []),
    ...tests.filter((x) => x === 'snk' || x === 'duncan').map((x) => L('noteSubsets', { test: postHocLabel(x, lang) })),
    ...(weight ? [L('weighted', { weight })] : []),
  ];
  return table({
    id: `group-differences-${index}`,
    title: isT ? L('titleT', { demographic: d.demographic }) : L('titleF', { demographic: d.demographic, test: asked }),
    columns,
    rows,
    footnotes,
  });
}
