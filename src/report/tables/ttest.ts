/**
 * The tables of `csat ttest`, as SPSS T-TEST prints them (Group Statistics, Independent Samples
 * Test, Independent Samples Effect Sizes; One-Sample Statistics, Test and Effect Sizes; Paired
 * Samples Statistics, Correlations, Test and Effect Sizes) and, with --nonparametric, as NPAR TESTS
 * prints Mann-Whitney U and Wilcoxon signed ranks (Ranks, Test Statistics).
 *
 * Decimals as SPSS derives them from the variable's format (d = the data's decimals): means d + 2,
 * standard deviations, standard errors, differences and their intervals d + 3; t, F, effect sizes 3.
 */
import type { Describe, EffectSizes, RankSide, TTestResult } from '../../analyses/ttest.js';
import type { EffectSizeWithCi } from '../../stats/effect-size.js';
import type { TTestRow } from '../../stats/ttest.js';
import { formatNumber } from '../format.js';
import { t, type Lang } from '../../i18n/index.js';
import { table, type Block, type Cell, type CellValue, type Column } from '../table.js';
import { levelName } from '../../i18n/names.js';
import { maxOf } from '../../stats/extent.js';

type Row = (Cell | CellValue)[];


/** The variables t cannot be computed for (both groups' SDs 0), for SPSS's note. */
export const constantVariables = (r: TTestResult): string[] => r.independent.filter((x) => x.constant).map((x) => x.variable);

/** Whether some group (or sample) has a single case, so its SD and the tests that need it are missing. */
const hasSingleCaseGroup = (r: TTestResult): boolean =>
  r.independent.some((x) => x.groups.some((g) => g.n > 0 && g.sd === null)) || r.oneSample.some((x) => x.statistics.n > 0 && x.statistics.sd === null);

/** A df: whole numbers as integers, Welch's (or a weighted) df with 3 decimals. */
const dfCell = (df: number | null | undefined): Cell => ({ value: df ?? null, decimals: df != null && Number.isInteger(df) ? 0 : 3 });

export function ttestBlocks(r: TTestResult, lang: Lang): Block[] {
  const L = (k: string, v?: Record<string, string | number>) => t(`ttest.${k}`, lang, v);
  const dec = (...names: string[]) => maxOf(names.map((n) => r.decimals[n] ?? 0));
  const num = (value: number | null | undefined, decimals: number): Cell => ({ value: value ?? null, decimals });
  const level = formatNumber(r.level * 100, Number.isInteger(r.level * 100) ? 0 : 1);
  const mean: Column = { header: L('mean') };
  const spread = (header: string): Column => ({ header });
  const notes = [...(r.weight ? [L('weighted', { weight: r.weight })] : []), ...(r.missing === 'listwise' ? [L('listwise')] : [])];
  const describeCells = (s: Describe, d: number): Row => [{ value: s.n, style: 'int' }, num(s.mean, d + 2), num(s.sd, d + 3), num(s.seMean, d + 3)];
  const statColumns = (): Column[] => [{ header: L('n'), style: 'int' }, mean, spread(L('sd')), spread(L('seMean'))];
  const testCells = (x: TTestRow | null): Row => [x?.t ?? null, dfCell(x?.df), { value: x?.p ?? null, style: 'sig' }];
  const ciGroup = { label: L('ciDifference', { level }), span: 2 };
  const ciColumns = (): Column[] => [spread(L('lower')), spread(L('upper'))];
  const effectColumns: Column[] = [
    { header: '', kind: 'label' },
    { header: '', kind: 'label' },
    { header: `${L('standardizer')}a` },
    { header: L('pointEstimate'), decimals: 3 },
    { header: L('lower'), decimals: 3 },
    { header: L('upper'), decimals: 3 },
  ];
  const effectGroups = [
    { label: '', span: 4 },
    { label: L('ci', { level }), span: 2 },
  ];
  const effectRow = (lead: string, name: string, e: EffectSizeWithCi | null, d: number): Row => [lead, name, num(e?.standardizer, d + 3), e?.estimate ?? null, e?.ciLower ?? null, e?.ciUpper ?? null];
  const dgRows = (lead: string, e: EffectSizes | null, d: number): Row[] => [effectRow(lead, L('cohensD'), e?.cohensD ?? null, d), effectRow('', L('hedges'), e?.hedgesG ?? null, d)];
  const diffCells = (x: TTestRow | null, d: number): Row => [num(x?.difference, d + 3), num(x?.ciLower, d + 3), num(x?.ciUpper, d + 3)];
  const blocks: Block[] = [];

  if (r.kind === 'independent' && !r.nonparametric) {
    const [g1, g2] = r.groups!.map(levelName);
    const by = r.by!;
    const constant = constantVariables(r);
    const extra = [...(constant.length ? [L('note.constant', { columns: constant.join(', ') })] : []), ...(hasSingleCaseGroup(r) ? [L('note.singleCase')] : [])];
    blocks.push(
      table({
        id: 'group-statistics',
        title: L('groupStatistics'),
        columns: [{ header: '', kind: 'label' }, { header: by, kind: 'label' }, ...statColumns()],
        rows: r.independent.flatMap((x) => [
          [x.variable, g1, ...describeCells(x.groups[0], dec(x.variable))],
          ['', g2, ...describeCells(x.groups[1], dec(x.variable))],
        ]),
        footnotes: notes,
      }),
      table({
        id: 'independent-samples-test',
        title: L('independentTest'),
        groups: [
          { label: '', span: 2 },
          { label: L('levene'), span: 2 },
          { label: L('tTest'), span: 5 },
          ciGroup,
        ],
        columns: [
          { header: '', kind: 'label' },
          { header: '', kind: 'label' },
          { header: L('f'), decimals: 3 },
          { header: L('sig'), style: 'sig' },
          { header: L('t'), decimals: 3 },
          { header: L('df') },
          { header: L('sig2'), style: 'sig' },
          spread(L('meanDifference')),
          spread(L('seDifference')),
          ...ciColumns(),
        ],
        rows: r.independent.flatMap((x) => {
          const line = (lead: string, name: string, lev: boolean, row: TTestRow | null): Row => [
            lead,
            name,
            lev ? (x.levene?.f ?? null) : null,
            lev ? { value: x.levene?.p ?? null, style: 'sig' } : null,
            ...testCells(row),
            num(row?.difference, dec(x.variable) + 3),
            num(row?.se, dec(x.variable) + 3),
            num(row?.ciLower, dec(x.variable) + 3),
            num(row?.ciUpper, dec(x.variable) + 3),
          ];
          return [line(x.variable, L('equal'), true, x.equalVariances), line('', L('unequal'), false, x.unequalVariances)];
        }),
        footnotes: [...extra, ...notes],
      }),
      table({
        id: 'independent-samples-effect-sizes',
        title: L('independentEffects'),
        groups: effectGroups,
        columns: effectColumns,
        rows: r.independent.flatMap((x) => [...dgRows(x.variable, x.effectSizes, dec(x.variable)), effectRow('', L('glass'), x.effectSizes?.glassDelta ?? null, dec(x.variable))]),
        footnotes: [L('note.independentEffects', { letter: 'a' }), ...notes],
      }),
    );
  }

  if (r.kind === 'one-sample') {
    const single = hasSingleCaseGroup(r) ? [L('note.singleCase')] : [];
    blocks.push(
      table({
        id: 'one-sample-statistics',
        title: L('oneSampleStatistics'),
        columns: [{ header: '', kind: 'label' }, ...statColumns()],
        rows: r.oneSample.map((x) => [x.variable, ...describeCells(x.statistics, dec(x.variable))]),
        footnotes: notes,
      }),
      table({
        id: 'one-sample-test',
        title: L('oneSampleTest'),
        groups: [
          { label: '', span: 1 },
          { label: L('testValue', { value: formatNumber(r.testValue ?? 0, decimalsOf(r.testValue ?? 0)) }), span: 4 },
          ciGroup,
        ],
        columns: [
          { header: '', kind: 'label' },
          { header: L('t'), decimals: 3 },
          { header: L('df') },
          { header: L('sig2'), style: 'sig' },
          spread(L('meanDifference')),
          ...ciColumns(),
        ],
        rows: r.oneSample.map((x) => [x.variable, ...testCells(x.test), ...diffCells(x.test, dec(x.variable))]),
        footnotes: [...single, ...notes],
      }),
      table({
        id: 'one-sample-effect-sizes',
        title: L('oneSampleEffects'),
        groups: effectGroups,
        columns: effectColumns,
        rows: r.oneSample.flatMap((x) => dgRows(x.variable, x.effectSizes, dec(x.variable))),
        footnotes: [L('note.oneSampleEffects', { letter: 'a' }), ...notes],
      }),
    );
  }

  if (r.kind === 'paired' && !r.nonparametric) {
    const pair = (k: number) => L('pair', { k: k + 1 });
    blocks.push(
      table({
        id: 'paired-samples-statistics',
        title: L('pairedStatistics'),
        columns: [{ header: '', kind: 'label' }, { header: '', kind: 'label' }, mean, { header: L('n'), style: 'int' }, spread(L('sd')), spread(L('seMean'))],
        rows: r.paired.flatMap((x, k) =>
          x.statistics.map((s, j): Row => {
            const d = dec(j === 0 ? x.first : x.second);
            return [j === 0 ? pair(k) : '', j === 0 ? x.first : x.second, num(s.mean, d + 2), { value: s.n, style: 'int' }, num(s.sd, d + 3), num(s.seMean, d + 3)];
          }),
        ),
        footnotes: notes,
      }),
      table({
        id: 'paired-samples-correlations',
        title: L('pairedCorrelations'),
        columns: [{ header: '', kind: 'label' }, { header: '', kind: 'label' }, { header: L('n'), style: 'int' }, { header: L('correlation'), decimals: 3 }, { header: L('sig'), style: 'sig' }],
        rows: r.paired.map((x, k) => [pair(k), `${x.first} & ${x.second}`, x.n, x.correlation, { value: x.correlationP, style: 'sig' }]),
        footnotes: notes,
      }),
      table({
        id: 'paired-samples-test',
        title: L('pairedTest'),
        groups: [
          { label: '', span: 2 },
          { label: L('pairedDifferences'), span: 3 },
          ciGroup,
          { label: '', span: 3 },
        ],
        columns: [
          { header: '', kind: 'label' },
          { header: '', kind: 'label' },
          spread(L('mean')),
          spread(L('sd')),
          spread(L('seMean')),
          ...ciColumns(),
          { header: L('t'), decimals: 3 },
          { header: L('df') },
          { header: L('sig2'), style: 'sig' },
        ],
        rows: r.paired.map((x, k) => [
          pair(k),
          `${x.first} - ${x.second}`,
          num(x.differences.mean, dec(x.first, x.second) + 3),
          num(x.differences.sd, dec(x.first, x.second) + 3),
          num(x.differences.seMean, dec(x.first, x.second) + 3),
          num(x.test?.ciLower, dec(x.first, x.second) + 3),
          num(x.test?.ciUpper, dec(x.first, x.second) + 3),
          ...testCells(x.test),
        ]),
        footnotes: notes,
      }),
      table({
        id: 'paired-samples-effect-sizes',
        title: L('pairedEffects'),
        groups: effectGroups,
        columns: effectColumns,
        rows: r.paired.flatMap((x, k) => dgRows(`${pair(k)} ${x.first} - ${x.second}`, x.effectSizes, dec(x.first, x.second))),
        footnotes: [L('note.pairedEffects', { letter: 'a' }), ...notes],
      }),
    );
  }

  const rankCells = (s: RankSide): Row => [{ value: s.n, style: 'int' }, { value: s.meanRank, decimals: 2 }, { value: s.rankSum, decimals: 2 }];
  if (r.kind === 'independent' && r.nonparametric) {
    const [g1, g2] = r.groups!.map(levelName);
    const exact = r.mannWhitney.some((m) => m.exactP !== null);
    blocks.push(
      table({
        id: 'ranks',
        title: L('ranks'),
        columns: [{ header: '', kind: 'label' }, { header: r.by!, kind: 'label' }, { header: L('n'), style: 'int' }, { header: L('meanRank') }, { header: L('sumOfRanks') }],
        rows: r.mannWhitney.flatMap((m) => [
          [m.variable, g1, ...rankCells(m.ranks[0])],
          ['', g2, ...rankCells(m.ranks[1])],
          ['', L('total'), { value: m.n, style: 'int' }, null, null],
        ]),
        footnotes: notes,
      }),
      table({
        id: 'test-statistics',
        title: `${L('testStatistics')}a`,
        columns: [{ header: '', kind: 'label' }, ...r.mannWhitney.map((m): Column => ({ header: m.variable, decimals: 3 }))],
        rows: [
          [L('mannWhitney'), ...r.mannWhitney.map((m) => m.u)],
          [L('wilcoxonW'), ...r.mannWhitney.map((m) => m.wilcoxonW)],
          [L('z'), ...r.mannWhitney.map((m) => m.z)],
          [L('asymp'), ...r.mannWhitney.map((m): Cell => ({ value: m.p, style: 'sig' }))],
          ...(exact ? [[`${L('exact')}`, ...r.mannWhitney.map((m): Cell => ({ value: m.exactP, style: 'sig', suffix: m.exactP === null ? '' : 'b' }))]] : []),
        ],
        footnotes: [L('note.grouping', { letter: 'a', name: r.by! }), ...(exact ? [L('note.notCorrected', { letter: 'b' })] : []), ...notes],
      }),
    );
  }

  if (r.kind === 'paired' && r.nonparametric) {
    const rows: Row[] = [];
    const notesRanks: string[] = [];
    let letter = 0;
    const next = () => String.fromCharCode(97 + letter++);
    for (const x of r.wilcoxon) {
      const v = { first: x.first, second: x.second };
      const [a, b, c] = [next(), next(), next()];
      notesRanks.push(L('note.less', { letter: a, ...v }), L('note.greater', { letter: b, ...v }), L('note.equalPair', { letter: c, ...v }));
      const lead = `${x.second} - ${x.first}`;
      rows.push(
        [lead, L('negativeRanks'), { value: x.negative.n, style: 'int', suffix: a }, { value: x.negative.meanRank, decimals: 2 }, { value: x.negative.rankSum, decimals: 2 }],
        ['', L('positiveRanks'), { value: x.positive.n, style: 'int', suffix: b }, { value: x.positive.meanRank, decimals: 2 }, { value: x.positive.rankSum, decimals: 2 }],
        ['', L('ties'), { value: x.ties, style: 'int', suffix: c }, null, null],
        ['', L('total'), { value: x.total, style: 'int' }, null, null],
      );
    }
    blocks.push(
      table({
        id: 'ranks',
        title: L('ranks'),
        columns: [{ header: '', kind: 'label' }, { header: '', kind: 'label' }, { header: L('n'), style: 'int' }, { header: L('meanRank') }, { header: L('sumOfRanks') }],
        rows,
        footnotes: [...notesRanks, ...notes],
      }),
    );
    const sides = [...new Set(r.wilcoxon.map((x) => x.basedOn).filter((s) => s !== null))];
    const sideLetter = (s: 'negative' | 'positive' | null) => (s === null ? '' : String.fromCharCode(98 + sides.indexOf(s)));
    blocks.push(
      table({
        id: 'test-statistics',
        title: `${L('testStatistics')}a`,
        columns: [{ header: '', kind: 'label' }, ...r.wilcoxon.map((x): Column => ({ header: `${x.second} - ${x.first}`, decimals: 3 }))],
        rows: [
          [L('z'), ...r.wilcoxon.map((x): Cell => ({ value: x.z, suffix: sideLetter(x.basedOn) }))],
          [L('asymp'), ...r.wilcoxon.map((x): Cell => ({ value: x.p, style: 'sig' }))],
        ],
        footnotes: [L('note.wilcoxon', { letter: 'a' }), ...sides.map((s) => L(`note.basedOn.${s}`, { letter: sideLetter(s) })), ...notes],
      }),
    );
  }
  return blocks;
}

/** Decimals a test value is written with (3 -> 0, 3.5 -> 1), at most 4. */
function decimalsOf(x: number): number {
  for (let k = 0; k < 4; k++) if (Math.abs(x * 10 ** k - Math.round(x * 10 ** k)) < 1e-9) return k;
  return 4;
}
