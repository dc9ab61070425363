/** The tables of `csat kmo` (and the KMO table `csat factor` opens with): SPSS FACTOR /PRINT KMO DET AIC. */
import type { KmoResult } from '../../analyses/kmo.js';
import { formatNumber } from '../format.js';
import { pInSentence } from '../../i18n/numbers.js';
import { t, type Lang } from '../../i18n/index.js';
import { table, text, type Block, type Cell, type CellValue } from '../table.js';

/** A number as SPSS prints a determinant: 5.271E-04 (free text only). */
export function scientific(x: number): string {
  if (x === 0) return '.000';
  const [m, e] = x.toExponential(3).split('e');
  const exp = Number(e);
  return `${m}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** The KMO and Bartlett's Test table. */
export function kmoTable(k: number, bartlett: KmoResult['bartlett'], lang: Lang): Block {
  const L = (key: string) => t(`kmo.${key}`, lang);
  return table({
    id: 'kmo-bartlett',
    title: L('title'),
    columns: [
      { header: '', kind: 'label' },
      { header: '', kind: 'label' },
      { header: '', decimals: 3 },
    ],
    rows: [
      [L('measure'), '', { value: k, decimals: 3 }],
      [L('bartlett'), L('chiSquare'), { value: bartlett.chiSquare, decimals: 3 }],
      ['', L('df'), { value: bartlett.df, style: 'int' }],
      ['', L('sig'), { value: bartlett.p, style: 'sig' }],
    ],
  });
}

/** Kaiser's verdict and Bartlett's reading, as free text. */
export function kmoVerdict(r: Pick<KmoResult, 'kmo' | 'adequacy' | 'bartlett'>, lang: Lang): Block {
  const p = r.bartlett.p;
  const pText = pInSentence(p);
  const lines = [
    t('kmo.verdict', lang, { kmo: formatNumber(r.kmo, 3), label: t(`kmo.${r.adequacy}`, lang) }),
    t(p < 0.05 ? 'kmo.bartlettSignificant' : 'kmo.bartlettNotSignificant', lang, {
      chi: formatNumber(r.bartlett.chiSquare, 3),
      df: r.bartlett.df,
      p: pText,
    }),
  ];
  return text(lines.join('\n'));
}

export function kmoBlocks(r: KmoResult, lang: Lang, opts: { weight?: string | null } = {}): Block[] {
  const L = (key: string, v?: Record<string, string | number>) => t(`kmo.${key}`, lang, v);
  const notes: string[] = [];
  if (opts.weight) notes.push(t('factor.weighted', lang, { weight: opts.weight }));
  if (r.excluded > 0) notes.push(L(r.excluded === 1 ? 'excludedOne' : 'excluded', { n: r.excluded }));
  const blocks: Block[] = [kmoTable(r.kmo, r.bartlett, lang)];
  blocks.push(
    table({
      id: 'kmo-msa',
      title: L('msaTitle'),
      columns: [
        { header: '', kind: 'label' },
        { header: L('msa'), decimals: 3 },
      ],
      rows: r.msa.map((m) => [m.item, m.msa]),
      footnotes: [L('determinant', { value: scientific(r.determinant) }), ...notes],
    }),
  );
  if (r.antiImage) {
    const rows: (CellValue | Cell)[][] = [];
    r.antiImage.covariance.forEach((row, i) => rows.push([i === 0 ? L('antiImageCovariance') : '', r.items[i], ...row]));
    r.antiImage.correlation.forEach((row, i) =>
      rows.push([i === 0 ? L('antiImageCorrelation') : '', r.items[i], ...row.map((v, j): Cell => (i === j ? { value: v, suffix: 'a' } : { value: v }))]),
    );
    blocks.push(
      table({
        id: 'anti-image',
        title: L('antiImageTitle'),
        columns: [{ header: '', kind: 'label' }, { header: '', kind: 'label' }, ...r.items.map((item) => ({ header: item, decimals: 3 }))],
        rows,
        footnotes: [L('msaFootnote')],
      }),
    );
  }
  blocks.push(kmoVerdict(r, lang));
  return blocks;
}
