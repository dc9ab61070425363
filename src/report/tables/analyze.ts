/**
 * The report of `csat analyze`: each step's own tables under a step heading, then the summary
 * findings as a list (the HTML page also shows them at its top). With `svg` the scree plot and
 * the drivers' Betas are SVG charts for the HTML page; the other formats keep the text scree.
 */
import type { AnalyzeResult, AnalyzeRun } from '../../analyses/analyze.js';
import { componentLabel } from '../../i18n/names.js';
import { describeBlocks } from './describe.js';
import { reliabilityBlocks } from './reliability.js';
import { kmoBlocks } from './kmo.js';
import { factorBlocks } from './factor.js';
import { corrBlocks } from './corr.js';
import { regressBlocks } from './regress.js';
import { ipaBlocks } from './ipa.js';
import { withExplanations } from '../explain.js';
import { t, type Lang } from '../../i18n/index.js';
import { heading, list, table, text, type Block } from '../table.js';
import { betaSvg } from '../svg/betas.js';
import { fitTable } from './cfa.js';
import { validityBlocks } from './validity.js';
import { groupDifferencesBlocks } from './group-differences.js';
import { structuralBlocks } from './analyze-sem.js';

export interface AnalyzeTableOptions {
  weight: string | null;
  frequencies: boolean;
  /** Lines about auto-detected items (no study file). */
  detection: string[];
  /** Charts as SVG (the HTML page): the scree plot and the drivers' Betas. */
  svg?: boolean;
  /** The outcome column, if any (heads step 6 when the regression was skipped). */
  outcome?: string | null;
  /** The outcome's print decimals (the regression's Std. Error of the Estimate prints 3 more). */
  outcomeDecimals?: number;
}

export function analyzeBlocks(run: AnalyzeRun, lang: Lang, opts: AnalyzeTableOptions): Block[] {
  const r = run.result;
  const L = (key: string, vars?: Record<string, string | number>) => t(`analyze.${key}`, lang, vars);
  const step = (n: number, key: string, vars?: Record<string, string | number>) => heading(L('step', { n, title: L(key, vars) }), `step-${n}`);
  const blocks: Block[] = [];
  // Each step's skipped notes go under that step's heading, in words.
  const skippedAt = (n: number) => run.skipped.filter((s) => s.at === n).map((s) => text(L('skipped', { step: s.step, reason: s.reason })));

  blocks.push(step(1, 'stepSample'));
  if (opts.detection.length) blocks.push(text(opts.detection.join('\n')));
  blocks.push(...sampleBlocks(r, L, opts.weight));

  blocks.push(step(2, 'stepDescriptives'));
  blocks.push(...describeBlocks(r.descriptives, lang, { frequencies: opts.frequencies, svg: opts.svg }));

  blocks.push(step(3, 'stepReliability'));
  if (r.reliability.scales.length) blocks.push(...reliabilityBlocks(r.reliability, lang, { weight: opts.weight, missingMode: 'listwise', scaleInTitles: true, scaleHeadings: true }));
  blocks.push(...skippedAt(3));

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
  blocks.push(...skippedAt(4));

  if (r.cfa || skippedAt(5).length) {
    blocks.push(step(5, 'stepCfa'));
    if (r.cfa) blocks.push(fitTable(r.cfa, lang), ...validityBlocks(r.cfa.validity, lang));
    blocks.push(...skippedAt(5));
  }
  if (r.correlations || skippedAt(6).length) {
    blocks.push(step(6, 'stepCorrelations'));
    // The mean is what every table says unless told; a sum changes every number after it.
    if (r.scores === 'sum') blocks.push(text(L('scoresSum')));
    if (r.correlations) blocks.push(...corrBlocks(r.correlations, lang, { missing: 'listwise', weight: opts.weight }));
    blocks.push(...skippedAt(6));
  }
  if (!r.regression && skippedAt(7).length && opts.outcome) {
    blocks.push(step(7, 'stepRegression', { outcome: opts.outcome }));
    blocks.push(...skippedAt(7));
  }
  if (r.regression) {
    blocks.push(step(7, 'stepRegression', { outcome: r.regression.dependent }));
    blocks.push(...regressBlocks(r.regression, lang, { weight: opts.weight, dependentDecimals: opts.outcomeDecimals }));
    // With --on factors the coefficients name FACk_1: say which component each one is.
    const named = r.summary.drivers.filter((d) => d.name && d.name !== d.predictor).sort((a, b) => a.predictor.localeCompare(b.predictor, 'en', { numeric: true }));
    if (named.length) blocks.push(text(L('factorScoresNote', { list: named.map((d) => `${d.predictor} = ${d.name}`).join(lang === 'zh' ? '、' : ', ') })));
    blocks.push(
      table({
        id: 'drivers',
        title: L('driversTitle', { outcome: r.regression.dependent }),
        columns: [{ header: L('rank'), style: 'int' }, { header: L('predictor'), kind: 'label' }, { header: L('beta'), decimals: 3 }, { header: L('sig'), style: 'sig' }],
        rows: r.summary.drivers.map((d) => [d.rank, componentLabel(d.name, d.predictor, L), d.beta, d.p]),
      }),
    );
    if (opts.svg && r.summary.drivers.length) blocks.push(text(betaSvg(r.summary.drivers, r.regression.dependent, lang)));
    if (r.ipa) blocks.push(...ipaBlocks(r.ipa, lang, { svg: opts.svg, weight: opts.weight }));
  }
  if (r.sem) blocks.push(...structuralBlocks(r.sem, lang, { svg: opts.svg, step: 7 }));

  if (r.groupDifferences) {
    blocks.push(heading(L('step', { n: 8, title: t('groupDifferences.step', lang) }), 'step-8'));
    blocks.push(...groupDifferencesBlocks(r.groupDifferences, lang, { weight: opts.weight }), ...skippedAt(8));
  }

  blocks.push(step(9, 'stepSummary'));
  blocks.push(list(r.summary.sentences, L('summaryTitle')));
  return r.explain ? withExplanations(blocks, r.explain, lang) : blocks;
}

function sampleBlocks(r: AnalyzeResult, L: (key: string, vars?: Record<string, string | number>) => string, weight: string | null): Block[] {
  const s = r.sample;
  const pct = (x: number | null) => (x === null ? null : 100 * x);
  const validLabel = s.outcome === null ? L('validRows') : L('validRowsOutcome', { outcome: s.outcome });
  // Papers give the valid rate both ways: of the questionnaires distributed and of those returned.
  const withDistributed = s.distributed !== null;
  const rows: (string | number | null)[][] = withDistributed
    ? [
        [L('distributed'), s.distributed, null, null],
        [L('rowsRead'), s.rows, pct(s.responseRate), 100],
        [validLabel, s.valid, pct(s.validRate), pct(s.validOfReturned)],
      ]
    : [
        [L('rowsRead'), s.rows, 100],
        [validLabel, s.valid, pct(s.validOfReturned)],
      ];
  const percent = (header: string) => ({ header, style: 'percent' as const, decimals: 1 });
  const blocks: Block[] = [
    table({
      id: 'sample',
      title: L('sampleTitle'),
      columns: [
        { header: '', kind: 'label' },
        { header: L('count'), style: 'int' },
        ...(withDistributed ? [percent(L('percentDistributedHeader')), percent(L('percentReturnedHeader'))] : [percent(L('percent'))]),
      ],
      rows,
      footnotes: [...(withDistributed ? [] : [L('percentOfReturned')]), ...(weight ? [L('sampleUnweighted', { weight })] : [])],
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
