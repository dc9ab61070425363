/**
 * The tables of `csat anova`, as SPSS ONEWAY prints them: Descriptives, Tests of Homogeneity of
 * Variances, ANOVA, Robust Tests of Equality of Means, ANOVA Effect Sizes, then the post hoc
 * tests' Multiple Comparisons and Homogeneous Subsets; with --nonparametric, NPAR TESTS' Ranks and
 * Test Statistics (Kruskal-Wallis) instead.
 */
import type { AnovaResult, AnovaVariable, TestRow } from '../../analyses/anova.js';
import { levelName as nameOf } from '../../i18n/names.js';
import type { PostHocName } from '../../stats/posthoc/types.js';
import { t, type Lang } from '../../i18n/index.js';
import { formatNumber } from '../format.js';
import { heading, table, type Block, type Cell, type CellValue } from '../table.js';
import { maxOf } from '../../stats/extent.js';

/** How a group prints: its value label, else its code. */
/** The variable's name on its first row only, as SPSS labels a block of rows. */
const lead = (name: string, first: boolean): CellValue => (first ? name : '');

/** A df: whole numbers as such, fractional ones (adjusted or weighted) with three decimals. */
const dfCell = (x: number | null): Cell => ({ value: x, decimals: x !== null && Number.isInteger(x) ? 0 : 3 });

/** Tests whose Multiple Comparisons SPSS prints (SNK and Duncan have Homogeneous Subsets only). */
const PAIRWISE: readonly PostHocName[] = ['tukey', 'scheffe', 'lsd', 'bonferroni', 'sidak', 'dunnett', 'tamhane', 'games-howell'];
/** Homogeneous Subsets, in SPSS's order. */
const SUBSETS: readonly PostHocName[] = ['snk', 'tukey', 'duncan'];

export function anovaBlocks(r: AnovaResult, lang: Lang): Block[] {
  const L = (k: string, v?: Record<string, string | number>) => t(`anova.${k}`, lang, v);
  const d = r.decimals;
  const pct = Math.round(r.level * 1000) / 10;
  const weighted = r.weight ? [L('weighted', { weight: r.weight })] : [];
  const blocks: Block[] = [];

  if (r.nonparametric) return [...kruskalBlocks(r, L, weighted)];

  blocks.push(
    table({
      id: 'descriptives',
      title: L('descriptives'),
      groups: [
        { label: '', span: 6 },
        { label: L('ciMean', { level: pct }), span: 2 },
        { label: '', span: 2 },
      ],
      columns: [
        { header: '', kind: 'label' },
        { header: '', kind: 'label' },
        { header: L('n'), style: 'int' },
        { header: L('mean'), decimals: d + 2 },
        { header: L('sd'), decimals: d + 3 },
        { header: L('stdError'), decimals: d + 3 },
        { header: L('lowerBound'), decimals: d + 2 },
        { header: L('upperBound'), decimals: d + 2 },
        { header: L('minimum'), decimals: d },
        { header: L('maximum'), decimals: d },
      ],
      rows: r.tests.flatMap((v) =>
        v.descriptives.map((row, k) => [
          lead(v.variable, k === 0),
          row.group ? nameOf(row.group) : L('total'),
          row.n,
          row.mean,
          row.sd,
          row.stdError,
          row.ciLower,
          row.ciUpper,
          row.min,
          row.max,
        ]),
      ),
      footnotes: weighted,
    }),
  );

  const homogeneity: [string, (v: AnovaVariable) => TestRow | null][] = [
    ['basedOnMean', (v) => v.homogeneity?.mean ?? null],
    ['basedOnMedian', (v) => v.homogeneity?.median ?? null],
    ['basedOnMedianAdjusted', (v) => v.homogeneity?.medianAdjusted ?? null],
    ['basedOnTrimmed', (v) => v.homogeneity?.trimmed ?? null],
  ];
  const testCells = (x: TestRow | null): (Cell | CellValue)[] => [x?.statistic ?? null, dfCell(x?.df1 ?? null), dfCell(x?.df2 ?? null), x?.p ?? null];
  const testColumns = (statistic: string) => [
    { header: '', kind: 'label' as const },
    { header: '', kind: 'label' as const },
    { header: statistic, decimals: 3 },
    { header: L('df1') },
    { header: L('df2') },
    { header: L('sig'), style: 'sig' as const },
  ];
  blocks.push(
    table({
      id: 'homogeneity',
      title: L('homogeneity'),
      columns: testColumns(L('levene')),
      rows: r.tests.flatMap((v) => homogeneity.map(([key, get], k) => [lead(v.variable, k === 0), L(key), ...testCells(get(v))])),
      footnotes: weighted,
    }),
  );

  blocks.push(
    table({
      id: 'anova',
      title: L('anova'),
      columns: [
        { header: '', kind: 'label' },
        { header: '', kind: 'label' },
        { header: L('sumOfSquares'), decimals: 3 },
        { header: L('df') },
        { header: L('meanSquare'), decimals: 3 },
        { header: 'F', decimals: 3 },
        { header: L('sig'), style: 'sig' },
      ],
      rows: r.tests.flatMap((v) => {
        const a = v.anova;
        if (!a) return [];
        return [
          [lead(v.variable, true), L('between'), a.betweenGroups.sumOfSquares, dfCell(a.betweenGroups.df), a.betweenGroups.meanSquare, a.f, a.p],
          ['', L('within'), a.withinGroups.sumOfSquares, dfCell(a.withinGroups.df), a.withinGroups.meanSquare, null, null],
          ['', L('total'), a.total.sumOfSquares, dfCell(a.total.df), null, null, null],
        ];
      }),
      footnotes: weighted,
    }),
  );

  blocks.push(
    table({
      id: 'robust-tests',
      title: L('robust'),
      columns: testColumns(`${L('statistic')}a`),
      rows: r.tests.flatMap((v) => [
        [lead(v.variable, true), L('welch'), ...testCells(v.robust?.welch ?? null)],
        ['', L('brownForsythe'), ...testCells(v.robust?.brownForsythe ?? null)],
      ]),
      footnotes: [L('note.asymptoticF'), ...weighted],
    }),
  );

  blocks.push(
    table({
      id: 'effect-sizes',
      title: `${L('effectSizes')}a,b`,
      groups: [
        { label: '', span: 3 },
        { label: L('ci', { level: pct }), span: 2 },
      ],
      columns: [
        { header: '', kind: 'label' },
        { header: '', kind: 'label' },
        { header: L('pointEstimate'), decimals: 3 },
        { header: L('lower'), decimals: 3 },
        { header: L('upper'), decimals: 3 },
      ],
      rows: r.tests.flatMap((v) => {
        const e = v.effectSizes;
        if (!e) return [];
        return (
          [
            ['etaSquared', e.etaSquared],
            ['epsilonSquared', e.epsilonSquared],
            ['omegaSquared', e.omegaSquared],
          ] as const
        ).map(([key, x], k) => [lead(v.variable, k === 0), L(key), x.estimate, x.ciLower, x.ciUpper]);
      }),
      footnotes: [L('note.fixedEffect'), L('note.negative'), ...weighted],
    }),
  );

  blocks.push(...postHocBlocks(r, L, weighted));
  return blocks;
}

type Labeller = (k: string, v?: Record<string, string | number>) => string;

function postHocBlocks(r: AnovaResult, L: Labeller, weighted: string[]): Block[] {
  const d = r.decimals;
  const pct = Math.round(r.level * 1000) / 10;
  const blocks: Block[] = [];
  const rows: (Cell | CellValue)[][] = [];
  let anyStar = false;
  const dunnettAsked = r.posthoc.includes('dunnett');
  for (const v of r.tests) {
    let firstOfVariable = true;
    for (const name of PAIRWISE) {
      const res = v.posthoc.find((p) => p.test === name);
      if (!res) continue;
      let lastI = -1;
      res.comparisons.forEach((c, k) => {
        const star = c.p !== null && c.p < 0.05;
        anyStar ||= star;
        rows.push([
          firstOfVariable ? v.variable : '',
          k === 0 ? `${L(`test.${name}`)}${name === 'dunnett' ? 'a' : ''}` : '',
          c.i !== lastI ? nameOf(v.groups[c.i]) : '',
          nameOf(v.groups[c.j]),
          { value: c.meanDifference, decimals: d + 3, suffix: star ? '*' : '' },
          c.stdError,
          c.p,
          c.lower,
          c.upper,
        ]);
        lastI = c.i;
        firstOfVariable = false;
      });
    }
  }
  if (rows.length > 0) {
    blocks.push(
      table({
        id: 'multiple-comparisons',
        title: L('multipleComparisons'),
        groups: [
          { label: '', span: 7 },
          { label: L('ci', { level: pct }), span: 2 },
        ],
        columns: [
          { header: L('dependent'), kind: 'label' },
          { header: '', kind: 'label' },
          { header: `(I) ${r.by}`, kind: 'label' },
          { header: `(J) ${r.by}`, kind: 'label' },
          { header: L('meanDifference'), decimals: d + 3 },
          { header: L('stdError'), decimals: d + 3 },
          { header: L('sig'), style: 'sig' },
          { header: L('lowerBound'), decimals: d + 2 },
          { header: L('upperBound'), decimals: d + 2 },
        ],
        rows,
        footnotes: [...(anyStar ? [L('note.significant')] : []), ...(dunnettAsked ? [L('note.dunnett')] : []), ...weighted],
      }),
    );
  }
  const alpha = String(Math.round((1 - r.level) * 1e6) / 1e6);
  let headed = false;
  for (const v of r.tests) {
    const withSubsets = SUBSETS.map((name) => v.posthoc.find((p) => p.test === name && p.subsets)).filter((p) => p !== undefined);
    if (withSubsets.length === 0) continue;
    if (!headed) blocks.push(heading(L('homogeneousSubsets'), 'homogeneous-subsets', 3));
    headed = true;
    const width = maxOf(withSubsets.map((p) => p.subsets!.subsets.length));
    const sub: (Cell | CellValue)[][] = [];
    const notes: string[] = [L('note.subsetsDisplayed')];
    const unequal = new Set(v.descriptives.slice(0, -1).map((x) => x.n)).size > 1;
    const harmonic = withSubsets[0].subsets!.harmonicN;
    for (const p of withSubsets) {
      const s = p.subsets!;
      s.order.forEach((g, k) => {
        const mean = v.descriptives[g].mean;
        sub.push([
          k === 0 ? `${L(`test.${p.test}`)}a${unequal ? ',b' : ''}` : '',
          nameOf(v.groups[g]),
          v.descriptives[g].n,
          ...Array.from({ length: width }, (_, c) => (s.subsets[c]?.members.includes(g) ? { value: mean, decimals: d + 2 } : null)),
        ]);
      });
      sub.push(['', L('sig'), null, ...Array.from({ length: width }, (_, c) => (s.subsets[c] ? { value: s.subsets[c].p, style: 'sig' as const, decimals: 3 } : null))]);
    }
    notes.push(L('note.harmonic', { n: formatNumber(harmonic, 3) }));
    if (unequal) notes.push(L('note.unequal'));
    blocks.push(
      table({
        id: `homogeneous-subsets-${v.variable}`,
        title: v.variable,
        groups: [
          { label: '', span: 3 },
          { label: L('subsetFor', { alpha }), span: width },
        ],
        columns: [
          { header: '', kind: 'label' },
          { header: r.by, kind: 'label' },
          { header: L('n'), style: 'int' },
          ...Array.from({ length: width }, (_, c) => ({ header: String(c + 1), decimals: d + 2 })),
        ],
        rows: sub,
        footnotes: [...notes, ...weighted],
      }),
    );
  }
  return blocks;
}

function kruskalBlocks(r: AnovaResult, L: Labeller, weighted: string[]): Block[] {
  return [
    table({
      id: 'ranks',
      title: L('ranks'),
      columns: [
        { header: '', kind: 'label' },
        { header: r.by, kind: 'label' },
        { header: L('n'), style: 'int' },
        { header: L('meanRank'), decimals: 2 },
      ],
      rows: r.tests.flatMap((v) => {
        const kw = v.kruskalWallis!;
        return [...kw.ranks.map((x, k) => [lead(v.variable, k === 0), nameOf(x.group), x.n, x.meanRank]), ['', L('total'), kw.total, null]];
      }),
      footnotes: weighted,
    }),
    table({
      id: 'test-statistics',
      title: `${L('testStatistics')}a,b`,
      columns: [{ header: '', kind: 'label' }, ...r.tests.map((v) => ({ header: v.variable, decimals: 3 }))],
      rows: [
        [L('kruskalH'), ...r.tests.map((v) => v.kruskalWallis!.h)],
        [L('df'), ...r.tests.map((v) => dfCell(v.kruskalWallis!.df))],
        [L('asympSig'), ...r.tests.map((v): Cell => ({ value: v.kruskalWallis!.p, style: 'sig' }))],
      ],
      footnotes: [L('note.kruskal'), L('note.grouping', { by: r.by }), ...weighted],
    }),
  ];
}
