/**
 * The tables of `csat cfa` and `csat sem`, as AMOS prints them (Model Fit; Regression Weights,
 * Covariances, Variances with Estimate, S.E., C.R., P and the standardized value; Squared Multiple
 * Correlations), and in Chinese as Chinese papers title them (模型拟合指标, 因子载荷, 路径系数 ...).
 */
import type { CfaResult, FitVerdict } from '../../analyses/cfa.js';
import type { EstimateRow } from '../../stats/sem/solution.js';
import { formatNumber } from '../../i18n/numbers.js';
import { t, type Lang } from '../../i18n/index.js';
import { table, text, type Block, type Cell, type CellValue } from '../table.js';

const fmt3 = (x: number | null): string => (x === null ? '' : formatNumber(x, 3));

/** AMOS's P column: *** below .001, else three decimals. */
export function pCell(p: number | null): CellValue | Cell {
  if (p === null) return null;
  return p < 0.001 ? '***' : { value: p, decimals: 3 };
}

function verdictOf(v: FitVerdict | undefined, lang: Lang): [string, string] {
  if (!v) return ['', ''];
  const cutoff = `${v.rule === '>=' ? '≥' : '≤'} ${formatNumber(v.cutoff, v.cutoff >= 1 ? 1 : 2)}`;
  return [cutoff, v.pass === null ? '' : t(v.pass ? 'cfa.pass' : 'cfa.fail', lang)];
}

export function fitTable(r: CfaResult, lang: Lang): Block {
  const L = (k: string) => t(`cfa.fit.${k}`, lang);
  const f = r.fit;
  const v = new Map(r.verdicts.map((x) => [x.index, x]));
  const amos = r.mimic === 'amos';
  const row = (key: string, value: CellValue | Cell, verdict?: FitVerdict): (CellValue | Cell)[] => [L(key), value, ...verdictOf(verdict, lang)];
  const rows: (CellValue | Cell)[][] = [
    row('chisq', { value: f.chisq, decimals: 3 }),
    row('df', { value: f.df, style: 'int' }),
    row('pvalue', f.pvalue === null ? null : { value: f.pvalue, style: 'sig' }, v.get('pvalue')),
    row('cmindf', f.cmindf, v.get('cmindf')),
    row('gfi', f.gfi, v.get('gfi')),
    row('agfi', f.agfi, v.get('agfi')),
    row('nfi', f.nfi, v.get('nfi')),
    row('ifi', f.ifi, v.get('ifi')),
    row('tli', f.tli, v.get('tli')),
    row('cfi', f.cfi, v.get('cfi')),
    row('rmsea', f.rmsea, v.get('rmsea')),
    row('rmseaCi', f.rmseaLower === null ? null : `[${fmt3(f.rmseaLower)}, ${fmt3(f.rmseaUpper)}]`),
    row('pclose', f.pclose === null ? null : { value: f.pclose, style: 'sig' }, v.get('pclose')),
    row('srmr', f.srmr, v.get('srmr')),
    row('rmr', f.rmr, v.get('rmr')),
    row('aic', { value: amos ? f.aicAmos : f.aic, decimals: 3 }),
    row('bic', { value: amos ? f.bicAmos : f.bic, decimals: 3 }),
  ];
  const notes = [t(amos ? 'cfa.fitNoteAmos' : 'cfa.fitNoteLavaan', lang, { iterations: r.iterations }), t('cfa.casesNote', lang, { n: formatNumber(r.n, Number.isInteger(r.n) ? 0 : 2), excluded: formatNumber(r.nExcluded, Number.isInteger(r.nExcluded) ? 0 : 2) })];
  return table({
    id: 'cfa-fit',
    title: t('cfa.fitTitle', lang),
    columns: [
      { header: t('cfa.index', lang), kind: 'label' },
      { header: t('cfa.value', lang), decimals: 3 },
      { header: t('cfa.cutoff', lang), kind: 'label' },
      { header: t('cfa.verdict', lang), kind: 'label' },
    ],
    rows,
    footnotes: notes,
  });
}

const ARROW = { '=~': '<---', '~': '<---', '~~': '<-->' } as const;

function pathLabel(e: EstimateRow): string {
  if (e.op === '=~') return `${e.rhs} ${ARROW['=~']} ${e.lhs}`;
  if (e.op === '~') return `${e.lhs} ${ARROW['~']} ${e.rhs}`;
  return e.lhs === e.rhs ? e.lhs : `${e.lhs} ${ARROW['~~']} ${e.rhs}`;
}

function estimateTable(id: string, title: string, rows: EstimateRow[], lang: Lang, stdHeader: string, footnotes: string[] = []): Block {
  return table({
    id,
    title,
    columns: [
      { header: t('cfa.path', lang), kind: 'label' },
      { header: t('cfa.estimate', lang), decimals: 3 },
      { header: t('cfa.se', lang), decimals: 3 },
      { header: t('cfa.cr', lang), decimals: 3 },
      { header: t('cfa.p', lang), decimals: 3 },
      { header: stdHeader, decimals: 3 },
    ],
    rows: rows.map((e) => [pathLabel(e), e.est, e.se, e.z, pCell(e.p), e.stdAll]),
    footnotes,
  });
}

export function cfaBlocks(r: CfaResult, lang: Lang, opts: { weight?: string | null } = {}): Block[] {
  const blocks: Block[] = [];
  const fitting = r.verdicts.filter((v) => ['cmindf', 'cfi', 'tli', 'rmsea', 'srmr'].includes(v.index));
  const passed = r.verdicts.filter((v) => v.pass === true).length;
  const total = r.verdicts.filter((v) => v.pass !== null).length;
  const f = r.fit;
  blocks.push(
    text(
      t('cfa.summary', lang, {
        fits: t(fitting.every((v) => v.pass !== false) ? 'cfa.fitsWell' : 'cfa.fitsPoorly', lang),
        cmindf: fmt3(f.cmindf),
        cfi: fmt3(f.cfi),
        tli: fmt3(f.tli),
        rmsea: fmt3(f.rmsea),
        srmr: fmt3(f.srmr),
        passed,
        total,
      }),
    ),
  );
  const fit = fitTable(r, lang);
  if (opts.weight && fit.kind === 'table') fit.footnotes = [...(fit.footnotes ?? []), t('cfa.weighted', lang, { weight: opts.weight })];
  blocks.push(fit);
  const loadings = r.parameters.filter((e) => e.op === '=~');
  const stars = r.parameters.some((e) => e.p !== null && e.p < 0.001) ? [t('cfa.pStars', lang)] : [];
  blocks.push(estimateTable('cfa-loadings', t('cfa.loadingsTitle', lang), loadings, lang, t('cfa.standardized', lang), [t(r.stdLv ? 'cfa.stdLvNote' : 'cfa.markerNote', lang), ...stars]));
  const regressions = r.parameters.filter((e) => e.op === '~');
  if (regressions.length) blocks.push(estimateTable('cfa-regressions', t('cfa.regressionsTitle', lang), regressions, lang, t('cfa.standardized', lang)));
  const covariances = r.parameters.filter((e) => e.op === '~~' && e.lhs !== e.rhs);
  if (covariances.length) blocks.push(estimateTable('cfa-covariances', t('cfa.covariancesTitle', lang), covariances, lang, t('cfa.correlation', lang)));
  const variances = r.parameters.filter((e) => e.op === '~~' && e.lhs === e.rhs);
  blocks.push(estimateTable('cfa-variances', t('cfa.variancesTitle', lang), variances, lang, t('cfa.standardized', lang)));
  blocks.push(
    table({
      id: 'cfa-smc',
      title: t('cfa.smcTitle', lang),
      columns: [
        { header: t('cfa.variable', lang), kind: 'label' },
        { header: t('cfa.r2', lang), decimals: 3 },
      ],
      rows: r.rSquare.map((x) => [x.name, x.r2]),
    }),
  );
  if (r.effects.length) blocks.push(effectsTable(r, lang));
  if (r.modificationIndices) {
    blocks.push(
      table({
        id: 'cfa-modification-indices',
        title: t('cfa.miTitle', lang),
        columns: [
          { header: t('cfa.path', lang), kind: 'label' },
          { header: t('cfa.mi', lang), decimals: 3 },
          { header: t('cfa.epc', lang), decimals: 3 },
        ],
        rows: r.modificationIndices.map((m) => [m.op === '=~' ? `${m.rhs} <--- ${m.lhs}` : `${m.lhs} <--> ${m.rhs}`, m.mi, m.epc]),
        footnotes: [t('cfa.miNote', lang)],
      }),
    );
  }
  return blocks;
}

function effectsTable(r: CfaResult, lang: Lang): Block {
  const boot = r.bootstrap;
  const columns = [
    { header: t('cfa.path', lang), kind: 'label' as const },
    { header: t('cfa.direct', lang), decimals: 3 },
    { header: t('cfa.indirect', lang), decimals: 3 },
    { header: t('cfa.total', lang), decimals: 3 },
  ];
  if (boot) columns.push({ header: t('cfa.lower', lang), decimals: 3 }, { header: t('cfa.upper', lang), decimals: 3 });
  return table({
    id: 'cfa-effects',
    title: t('cfa.effectsTitle', lang),
    columns,
    groups: boot ? [{ label: '', span: 4 }, { label: t('cfa.indirectCi', lang, { level: formatNumber(boot.level * 100, 0) }), span: 2 }] : undefined,
    rows: r.effects.map((e) => {
      const row: CellValue[] = [`${e.from} → ${e.to}`, e.directStd, e.indirect === 0 ? null : e.indirectStd, e.totalStd];
      if (boot) row.push(e.indirectCI ? e.indirectCI[0] : null, e.indirectCI ? e.indirectCI[1] : null);
      return row;
    }),
    footnotes: [boot ? t('cfa.effectsNote', lang, { replicates: boot.replicates, seed: boot.seed }) : t('cfa.effectsNoteNoBoot', lang)],
  });
}
