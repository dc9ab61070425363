/**
 * The tables of `csat factor`, named and footnoted as SPSS FACTOR prints them: KMO and Bartlett's
 * Test, Communalities, Total Variance Explained, the scree plot (text, or SVG for HTML), Component
 * (Factor) Matrix, Rotated Component Matrix or Pattern / Structure / Component Correlation
 * matrices, Component Transformation Matrix, Component Score Coefficient Matrix; then parallel
 * analysis and the items assigned to components. --sort and --blank change only these tables, never the JSON.
 */
import type { FactorOutcome, FactorResult, LoadingRow } from '../../analyses/factor.js';
import { moreIterations } from '../../stats/paf.js';
import { formatNumber } from '../format.js';
import { t, type Lang } from '../../i18n/index.js';
import { table, text, type Block, type Cell, type CellValue } from '../table.js';
import { kmoTable, kmoVerdict } from './kmo.js';
import { lineChart } from '../chart.js';
import { screeSvg } from '../svg/scree.js';
import { kmoAdequacy } from '../../stats/sphericity.js';

export interface FactorTableOptions {
  /** SPSS /FORMAT SORT: items grouped by their largest loading, largest first. */
  sort?: boolean;
  /** SPSS /FORMAT BLANK(x): hide loadings with |value| < x. */
  blank?: number;
  weight?: string | null;
  /** Print the text scree plot (default true). */
  scree?: boolean;
  /** Draw the scree plot as SVG instead of text (for the HTML page). */
  svg?: boolean;
}

/** Row order of SPSS /FORMAT SORT for one loading matrix. */
export function sortedOrder(rows: LoadingRow[]): number[] {
  const k = rows[0]?.loadings.length ?? 0;
  const best = rows.map((r) => {
    let b = 0;
    for (let j = 1; j < k; j++) if (Math.abs(r.loadings[j]) > Math.abs(r.loadings[b])) b = j;
    return b;
  });
  return rows
    .map((_, i) => i)
    .sort((a, b) => best[a] - best[b] || Math.abs(rows[b].loadings[best[b]]) - Math.abs(rows[a].loadings[best[a]]) || a - b);
}

function loadingRows(rows: LoadingRow[], opts: FactorTableOptions): (CellValue | Cell)[][] {
  const order = opts.sort ? sortedOrder(rows) : rows.map((_, i) => i);
  const blank = opts.blank ?? 0;
  return order.map((i) => [rows[i].item, ...rows[i].loadings.map((v) => (Math.abs(v) < blank ? null : v))]);
}

export function factorBlocks(r: FactorOutcome, lang: Lang, opts: FactorTableOptions = {}): Block[] {
  const L = (key: string, v?: Record<string, string | number>) => t(`factor.${key}`, lang, v);
  const pc = r.extraction === 'pc';
  const k = r.factors;
  const p = r.items.length;
  const unit = L(pc ? 'component' : 'factor');
  const extractionNote = L(pc ? 'extractionPc' : 'extractionPaf');
  const rotationNote =
    r.rotation === 'varimax' ? L('rotationVarimax') : r.rotation === 'quartimax' ? L('rotationQuartimax') : r.rotation === 'promax' ? L('rotationPromax') : null;
  const convergedNote =
    r.rotationIterations === null ? null : r.rotationConverged ? L('converged', { n: r.rotationIterations }) : L('notConverged', { n: r.rotationIterations });
  const extractedNote = pc
    ? L('componentsExtracted', { n: k })
    : r.extractionConverged
      ? L('factorsExtracted', { n: k, it: r.extractionIterations ?? 0 })
      : L('factorsNotConverged', { n: k, it: r.extractionIterations ?? 0, c: formatNumber(r.extractionChange ?? 0, 3) });
  const display: string[] = [];
  // --sort adds no note: SPSS's FORMAT=SORT prints the same notes as an unsorted matrix.
  if (opts.blank) display.push(L('blankNote', { blank: formatNumber(opts.blank, 2) }));
  const weighted = opts.weight ? [L('weighted', { weight: opts.weight })] : [];
  const componentColumns = Array.from({ length: k }, (_, j) => ({ header: String(j + 1), decimals: 3 }));
  const componentGroups = [
    { label: '', span: 1 },
    { label: unit, span: k },
  ];
  const blocks: Block[] = [];

  blocks.push(kmoTable(r.kmo, r.bartlett, lang));
  blocks.push(kmoVerdict({ kmo: r.kmo, adequacy: kmoAdequacy(r.kmo), bartlett: r.bartlett }, lang));

  blocks.push(
    table({
      id: 'communalities',
      title: L('communalities'),
      columns: [
        { header: '', kind: 'label' },
        { header: L('initial'), decimals: 3 },
        { header: L('extraction'), decimals: 3 },
      ],
      rows: r.communalities.map((c) => [c.item, c.initial, c.extraction]),
      footnotes: [
        extractionNote,
        ...(r.heywoodItems.length ? [L('heywood')] : []),
        ...weighted,
        ...(r.excluded > 0 ? [t(r.excluded === 1 ? 'kmo.excludedOne' : 'kmo.excluded', lang, { n: r.excluded })] : []),
      ],
    }),
  );

  const ve = r.varianceExplained;
  const oblique = r.rotation === 'promax';
  const rotCols = ve.rotation ? (oblique ? 1 : 3) : 0;
  const triple = [
    { header: L('total'), decimals: 3 },
    { header: L('percentVariance'), decimals: 3 },
    { header: L('cumulative'), decimals: 3 },
  ];
  blocks.push(
    table({
      id: 'total-variance-explained',
      title: L('totalVariance'),
      groups: [
        { label: '', span: 1 },
        { label: L('initialEigenvalues'), span: 3 },
        { label: L('extractionSums'), span: 3 },
        ...(rotCols ? [{ label: L('rotationSums') + (oblique ? 'ᵃ' : ''), span: rotCols }] : []),
      ],
      columns: [{ header: unit, kind: 'label' }, ...triple, ...triple, ...(rotCols === 3 ? triple : rotCols === 1 ? [triple[0]] : [])],
      rows: ve.initial.map((row, j) => {
        const ext = j < k && ve.extraction ? ve.extraction[j] : null;
        const rot = j < k && ve.rotation ? ve.rotation[j] : null;
        const cells: CellValue[] = [String(j + 1), row.total, row.percent, row.cumulative];
        cells.push(ext ? ext.total : null, ext ? ext.percent : null, ext ? ext.cumulative : null);
        if (rotCols === 3) cells.push(rot ? rot.total : null, rot ? rot.percent : null, rot ? rot.cumulative : null);
        if (rotCols === 1) cells.push(rot ? rot.total : null);
        return cells;
      }),
      footnotes: [extractionNote, ...(oblique ? [L(pc ? 'obliqueSumsNote' : 'obliqueSumsNoteFactor')] : []), ...weighted],
    }),
  );

  // SPSS prints the scree plot right after Total Variance Explained.
  if ((opts.scree ?? true) && opts.svg) blocks.push(text(screeSvg(r.eigenvalues, lang, { retained: k, unit: pc ? 'component' : 'factor' })));
  else if (opts.scree ?? true) blocks.push(text(screePlot(r, lang)));

  // A terminated extraction keeps SPSS's Factor Matrix with its footnote, and no loadings.
  blocks.push(
    table({
      id: 'component-matrix',
      title: `${L(pc ? 'componentMatrix' : 'factorMatrix')}ᵃ`,
      groups: componentGroups,
      columns: [{ header: '', kind: 'label' }, ...componentColumns],
      rows: r.componentMatrix ? loadingRows(r.componentMatrix, opts) : r.items.map((item) => [item, ...Array<null>(k).fill(null)]),
      footnotes: [extractionNote, extractedNote, ...(r.componentMatrix ? display : [])],
    }),
  );
  if (r.componentMatrix === null) {
    const it = r.extractionIterations ?? 0;
    blocks.push(text(L('terminatedHint', { it, more: moreIterations(it) })));
    return blocks;
  }
  if (k === 1 && r.rotatedComponentMatrix === null) blocks.push(text(L(pc ? 'oneComponent' : 'oneFactor')));

  const rotFootnotes = [extractionNote, ...(rotationNote ? [rotationNote] : []), ...(convergedNote ? [convergedNote] : [])];
  if (r.rotatedComponentMatrix && r.rotation !== 'promax') {
    blocks.push(
      table({
        id: 'rotated-component-matrix',
        title: `${L(pc ? 'rotatedComponentMatrix' : 'rotatedFactorMatrix')}ᵃ`,
        groups: componentGroups,
        columns: [{ header: '', kind: 'label' }, ...componentColumns],
        rows: loadingRows(r.rotatedComponentMatrix, opts),
        footnotes: [...rotFootnotes, ...display],
      }),
    );
  }
  if (r.rotation === 'promax' && r.rotatedComponentMatrix && r.structureMatrix && r.componentCorrelationMatrix) {
    blocks.push(
      table({
        id: 'pattern-matrix',
        title: `${L('patternMatrix')}ᵃ`,
        groups: componentGroups,
        columns: [{ header: '', kind: 'label' }, ...componentColumns],
        rows: loadingRows(r.rotatedComponentMatrix, opts),
        footnotes: [...rotFootnotes, ...display],
      }),
      table({
        id: 'structure-matrix',
        title: L('structureMatrix'),
        groups: componentGroups,
        columns: [{ header: '', kind: 'label' }, ...componentColumns],
        rows: loadingRows(r.structureMatrix, opts),
        footnotes: [extractionNote, ...(rotationNote ? [rotationNote] : []), ...display],
      }),
      table({
        id: 'component-correlation-matrix',
        title: L(pc ? 'componentCorrelationMatrix' : 'factorCorrelationMatrix'),
        columns: [{ header: unit, kind: 'label' }, ...componentColumns],
        rows: r.componentCorrelationMatrix.map((row, i) => [String(i + 1), ...row]),
        footnotes: [extractionNote, ...(rotationNote ? [rotationNote] : [])],
      }),
    );
  }
  if (r.transformationMatrix && r.rotation !== 'promax') {
    blocks.push(
      table({
        id: 'component-transformation-matrix',
        title: L(pc ? 'componentTransformationMatrix' : 'factorTransformationMatrix'),
        columns: [{ header: unit, kind: 'label' }, ...componentColumns],
        rows: r.transformationMatrix.map((row, i) => [String(i + 1), ...row]),
        footnotes: [extractionNote, ...(rotationNote ? [rotationNote] : [])],
      }),
    );
  }
  blocks.push(
    table({
      id: 'component-score-coefficient-matrix',
      title: L(pc ? 'componentScoreMatrix' : 'factorScoreMatrix'),
      groups: componentGroups,
      columns: [{ header: '', kind: 'label' }, ...componentColumns],
      rows: r.scoreCoefficients.map((s) => [s.item, ...s.coefficients]),
      footnotes: [extractionNote, ...(rotationNote ? [rotationNote] : []), L(pc ? 'componentScores' : 'factorScores')],
    }),
  );

  if (r.parallel) {
    const pa = r.parallel;
    blocks.push(
      table({
        id: 'parallel-analysis',
        title: L('parallelTitle'),
        columns: [
          { header: unit, kind: 'label' },
          { header: L('observed'), decimals: 3 },
          { header: L('randomMean'), decimals: 3 },
          { header: L('randomPercentile', { pct: pa.percentile }), decimals: 3 },
          { header: L('retain'), kind: 'label' },
        ],
        rows: r.eigenvalues.map((v, j) => [String(j + 1), v, pa.mean[j], pa.quantile[j], j < k ? L('yes') : L('no')]),
        footnotes: [L('parallelNote', { reps: pa.replicates, n: formatNumber(r.n, 0, 'int'), p, seed: pa.seed, pct: pa.percentile })],
      }),
    );
  }
  blocks.push(text(assignmentText(r, lang)));
  return blocks;
}

/** The scree plot as a text line chart (shared ../chart.ts), with the eigenvalue-1 line dashed. */
export function screePlot(r: Pick<FactorOutcome, 'eigenvalues'>, lang: Lang): string {
  return lineChart(r.eigenvalues, { title: t('factor.scree', lang), hline: 1 });
}

/** The items of each component (largest absolute rotated loading), strongest first. */
export function assignmentText(r: FactorResult, lang: Lang): string {
  const pc = r.extraction === 'pc';
  const unit = t(pc ? 'factor.component' : 'factor.factor', lang);
  const lines = [t(pc ? 'factor.assignmentTitle' : 'factor.assignmentTitleFactor', lang)];
  for (let j = 1; j <= r.factors; j++) {
    const items = r.assignment.filter((a) => a.component === j).sort((a, b) => Math.abs(b.loading) - Math.abs(a.loading));
    const list = items.length ? items.map((a) => `${a.item} (${formatNumber(a.loading, 3)})`).join(', ') : t('factor.none', lang);
    lines.push(`  ${unit} ${j}: ${list}`);
  }
  return lines.join('\n');
}

