/** The tables of `csat describe`: Descriptive Statistics, Statistics, and one frequency table per variable. */
import type { DescribeResult, VariableSummary } from '../../analyses/describe.js';
import { t, type Lang } from '../../i18n/index.js';
import { table, text, type Block, type CellValue } from '../table.js';
import { meansSvg } from '../svg/means.js';
import { maxOf, minOf } from '../../stats/extent.js';

/** Observed ranges wider than this are not one answer scale; their means get no shared axis. */
const MAX_SCALE_SPAN = 10;

/**
 * `svg`: after the Descriptive Statistics table, a chart of the means (for the HTML page), when the
 * variables are on one answer scale: the --scale-range, else observed values within a span of
 * MAX_SCALE_SPAN points (age in years beside a 1-5 item would make one axis meaningless).
 */
export function describeBlocks(r: DescribeResult, lang: Lang, opts: { frequencies: boolean; svg?: boolean }): Block[] {
  const L = (k: string, v?: Record<string, string | number>) => t(`describe.${k}`, lang, v);
  const weighted = r.weight ? [L('weighted', { weight: r.weight })] : [];
  // A reverse-keyed item is shown under a name that says so, and a footnote says what its numbers mean.
  const shown = (v: VariableSummary) => (v.reversed ? L('reversedName', { name: v.name }) : v.name);
  const reversed = r.variables.filter((v) => v.reversed);
  const sums = [...new Set(reversed.map((v) => v.reversed!.min + v.reversed!.max))];
  const reversedNote = sums.map((sum) =>
    L('reversedNote', { names: reversed.filter((v) => v.reversed!.min + v.reversed!.max === sum).map(shown).join(lang === 'zh' ? '、' : ', '), sum }),
  );
  const numeric = r.variables.filter((v) => v.kind !== 'string');
  const blocks: Block[] = [];
  if (numeric.length) {
    blocks.push(
      table({
        id: 'descriptive-statistics',
        title: L('descriptives'),
        groups: [
          { label: '', span: 1 },
          { label: L('n'), span: 1 },
          { label: L('minimum'), span: 1 },
          { label: L('maximum'), span: 1 },
          { label: L('mean'), span: 1 },
          { label: L('sd'), span: 1 },
          { label: L('skewness'), span: 2 },
          { label: L('kurtosis'), span: 2 },
        ],
        columns: [
          { header: '', kind: 'label' },
          { header: L('statistic'), style: 'int' },
          { header: L('statistic'), decimals: 2 },
          { header: L('statistic'), decimals: 2 },
          { header: L('statistic'), decimals: 3 },
          { header: L('statistic'), decimals: 3 },
          { header: L('statistic'), decimals: 3 },
          { header: L('stdError'), decimals: 3 },
          { header: L('statistic'), decimals: 3 },
          { header: L('stdError'), decimals: 3 },
        ],
        rows: [
          ...numeric.map((v) => [shown(v), v.n, v.min, v.max, v.mean, v.sd, v.skewness, v.seSkewness, v.kurtosis, v.seKurtosis]),
          ...(r.validListwise === null ? [] : [[L('validListwise'), r.validListwise, null, null, null, null, null, null, null, null]]),
        ],
        footnotes: [...reversedNote, ...weighted],
      }),
    );
    const charted = numeric.filter((v) => v.mean !== null);
    const range = r.scaleRange ?? observedRange(charted);
    if (opts.svg && charted.length && range && range[1] - range[0] <= MAX_SCALE_SPAN) {
      blocks.push(text(meansSvg(charted.map((v) => ({ name: shown(v), mean: v.mean as number, sd: v.sd })), range, lang)));
    }
  }
  const top = r.scaleRange ? r.scaleRange[1] : null;
  const anyTop2 = r.variables.some((v) => v.top2Box !== null);
  blocks.push(
    table({
      id: 'statistics',
      title: L('statistics'),
      groups: [
        { label: '', span: 1 },
        { label: L('n'), span: 2 },
        { label: '', span: anyTop2 ? 2 : 1 },
      ],
      columns: [
        { header: '', kind: 'label' },
        { header: L('valid'), style: 'int' },
        { header: L('missing'), style: 'int' },
        { header: L('median'), decimals: 2 },
        ...(anyTop2 ? [{ header: L('top2'), style: 'percent' as const, decimals: 1 }] : []),
      ],
      rows: r.variables.map((v) => [
        shown(v),
        v.n,
        v.missing,
        v.median,
        ...(anyTop2 ? [v.top2Box === null ? null : v.top2Box * 100] : []),
      ]),
      footnotes: [...(anyTop2 ? [top === null ? L('top2NoteObserved') : L('top2Note', { max: top })] : []), ...(anyTop2 ? reversedNote : []), ...weighted],
    }),
  );
  if (!opts.frequencies) return blocks;
  for (const v of r.variables) {
    // A variable a moments file did not count (not small integers) has valid cases but no table.
    if (v.n > 0 && v.frequencies.length === 0) continue;
    const rows: CellValue[][] = v.frequencies.map((f, i) => [
      i === 0 ? L('valid') : '',
      f.label ?? String(f.value),
      f.count,
      f.percent,
      f.validPercent,
      f.cumulativePercent,
    ]);
    const total = v.n + v.missing;
    // SPSS prints no Valid block at all for a variable without a valid value.
    if (v.n > 0) rows.push(['', L('total'), v.n, (100 * v.n) / total, 100, null]);
    if (v.missing > 0) {
      // SPSS lists each user-missing code, then System, and a Missing Total only below two or more.
      v.missingFrequencies.forEach((m, i) => {
        const label = m.value === null ? L('system') : (m.label ?? String(m.value));
        rows.push([i === 0 ? L('missing') : '', label, m.count, m.percent, null, null]);
      });
      if (v.missingFrequencies.length > 1) rows.push(['', L('total'), v.missing, (100 * v.missing) / total, null, null]);
      // From a moments file the missing cases are one count, not split by code.
      if (v.missingFrequencies.length === 0) rows.push([L('missing'), L('total'), v.missing, (100 * v.missing) / total, null, null]);
      rows.push([L('total'), '', total, 100, null, null]);
    }
    blocks.push(
      table({
        id: `frequencies-${v.name}`,
        title: shown(v),
        columns: [
          { header: '', kind: 'label' },
          { header: '', kind: 'label' },
          { header: L('frequency'), style: 'int' },
          { header: L('percent'), decimals: 1, style: 'percent' },
          { header: L('validPercent'), decimals: 1, style: 'percent' },
          { header: L('cumulativePercent'), decimals: 1, style: 'percent' },
        ],
        rows,
        footnotes: v.reversed ? [L('reversedFrequencies', { sum: v.reversed.min + v.reversed.max }), ...weighted] : weighted,
      }),
    );
  }
  return blocks;
}

/** The lowest and highest value any of the variables holds, or null when none has values. */
function observedRange(vars: VariableSummary[]): [number, number] | null {
  const mins = vars.map((v) => v.min).filter((x): x is number => x !== null);
  const maxs = vars.map((v) => v.max).filter((x): x is number => x !== null);
  return mins.length && maxs.length ? [minOf(mins), maxOf(maxs)] : null;
}
