/**
 * The report of `csat analyze`: each step's own tables under a step heading, then the summary
 * findings as a list (the HTML page also shows them at its top). With `svg` the scree plot and
 * the drivers' Betas are SVG charts for the HTML page; the other formats keep the text scree.
 */
import type { AnalyzeResult, AnalyzeRun } from '../../analyses/analyze.js';
import { describeBlocks } from './describe.js';
import { reliabilityBlocks } from './reliability.js';
import { kmoBlocks } from './kmo.js';
import { factorBlocks } from './factor.js';
import { corrBlocks } from './corr.js';
import { regressBlocks } from './regress.js';
import { t, type Lang } from '../i18n.js';
import { heading, list, table, text, type Block } from '../table.js';
import { betaSvg } from '../svg/betas.js';
import '../labels/analyze.js';

export interface AnalyzeTableOptions {
  weight: string | null;
  frequencies: boolean;
  /** Lines about auto-detected items (no study file). */
  detection: string[];
  /** Charts as SVG (the HTML page): the scree plot and the drivers' Betas. */
  svg?: boolean;
}

export function analyzeBlocks(run: AnalyzeRun, lang: Lang, opts: AnalyzeTableOptions): Block[] {
  const r = run.result;
  const L = (key: string, vars?: Record<string, string | number>) => t(`analyze.${key}`, lang, vars);
  const step = (n: number, key: string, vars?: Record<string, string | number>) => heading(L('step', { n, title: L(key, vars) }), `step-${n}`);
  const blocks: Block[] = [];

  blocks.push(step(1, 'stepSample'));
  if (opts.detection.length) blocks.push(text(opts.detection.join('\n')));
  blocks.push(...sampleBlocks(r, L, opts.weight));

  blocks.push(step(2, 'stepDescriptives'));
  blocks.push(...describeBlocks(r.descriptives, lang, { frequencies: opts.frequencies, svg: opts.svg }));

  blocks.push(step(3, 'stepReliability'));
  blocks.push(...reliabilityBlocks(r.reliability, lang, { weight: opts.weight, missingMode: 'listwise' }));

  blocks.push(step(4, 'stepFactor'));
  // The factor tables begin with KMO and Bartlett; print them alone only when the factor step failed.
  if (r.kmo && !r.factor) blocks.push(...kmoBlocks(r.kmo, lang, { weight: opts.weight }));
  if (r.factor) {
    blocks.push(...factorBlocks(r.factor, lang, { sort: true, scree: true, weight: opts.weight, svg: opts.svg }));
    blocks.push(
      table({
        id: 'components-items',
        title: L('componentsTitle'),
        columns: [{ header: '', kind: 'label' }, { header: L('componentName'), kind: 'label' }, { header: L('items'), kind: 'label' }, { header: L('alpha'), decimals: 3 }],
        rows: r.factor.components.map((c) => [L('component', { k: c.component }), c.name ?? '', c.items.join(', '), c.alpha]),
      }),
    );
  }

  if (r.correlations) {
    blocks.push(step(5, 'stepCorrelations'));
    blocks.push(...corrBlocks(r.correlations, lang, { missing: 'listwise', weight: opts.weight }));
  }
  if (r.regression) {
    blocks.push(step(6, 'stepRegression', { outcome: r.regression.dependent }));
    blocks.push(...regressBlocks(r.regression, lang, { weight: opts.weight }));
    blocks.push(
      table({
        id: 'drivers',
        title: L('driversTitle', { outcome: r.regression.dependent }),
        columns: [{ header: L('rank'), style: 'int' }, { header: L('predictor'), kind: 'label' }, { header: L('beta'), decimals: 3 }, { header: L('sig'), style: 'sig' }],
        rows: r.summary.drivers.map((d) => [d.rank, d.predictor, d.beta, d.p]),
      }),
    );
    if (opts.svg && r.summary.drivers.length) blocks.push(text(betaSvg(r.summary.drivers, r.regression.dependent, lang)));
  }
  for (const s of run.skipped) blocks.push(text(L('skipped', { step: s.step, reason: s.reason })));

  blocks.push(step(7, 'stepSummary'));
  blocks.push(list(r.summary.sentences, L('summaryTitle')));
  return blocks;
}

function sampleBlocks(r: AnalyzeResult, L: (key: string, vars?: Record<string, string | number>) => string, weight: string | null): Block[] {
  const s = r.sample;
  const rows: (string | number | null)[][] = [];
  if (s.distributed !== null) rows.push([L('distributed'), s.distributed, null]);
  rows.push([L('rowsRead'), s.rows, 100 * (s.responseRate ?? 1)]);
  rows.push([L('validRows'), s.valid, s.validRate === null ? (s.validOfReturned === null ? null : 100 * s.validOfReturned) : 100 * s.validRate]);
  const blocks: Block[] = [
    table({
      id: 'sample',
      title: L('sampleTitle'),
      columns: [{ header: '', kind: 'label' }, { header: L('count'), style: 'int' }, { header: L('percent'), style: 'percent', decimals: 1 }],
      rows,
      footnotes: [L(s.distributed !== null ? 'percentOfDistributed' : 'percentOfReturned'), ...(weight ? [L('sampleUnweighted', { weight })] : [])],
    }),
  ];
  if (s.missingPerItem.some((m) => m.missing > 0)) {
    blocks.push(
      table({
        id: 'missing-per-item',
        title: L('missingPerItem'),
        columns: [{ header: L('item'), kind: 'label' }, { header: L('missing'), style: 'int' }],
        rows: s.missingPerItem.filter((m) => m.missing > 0).map((m) => [m.item, m.missing]),
      }),
    );
  }
  return blocks;
}
