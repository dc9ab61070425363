/** The table of `csat score`: what was saved, one row per score (as SPSS DESCRIPTIVES shows new variables). */
import type { ScoreResult } from '../../analyses/score.js';
import { t, type Lang } from '../../i18n/index.js';
import { table, text, type Block } from '../table.js';

export function scoreBlocks(r: ScoreResult, lang: Lang): Block[] {
  const L = (k: string, v?: Record<string, string | number>) => t(`score.${k}`, lang, v);
  const all = [...r.scales, ...(r.components ?? [])];
  const columns = r.savedScores.columns;
  return [
    table({
      id: 'scale-scores',
      title: L('title'),
      columns: [
        { header: L('scale'), kind: 'label' },
        { header: L('items'), style: 'int' },
        { header: L('valid'), style: 'int' },
        { header: L('missing'), style: 'int' },
        { header: L('mean'), decimals: 3 },
        { header: L('sd'), decimals: 3 },
        { header: L('minimum'), decimals: 2 },
        { header: L('maximum'), decimals: 2 },
      ],
      rows: all.map((s) => [s.name, s.items.length, s.n, s.missing, s.mean, s.sd, s.min, s.max]),
      footnotes: [L(r.method === 'sum' ? 'note.sum' : 'note.mean'), ...(r.components ? [L('note.factors')] : []), ...(r.weight ? [t('describe.weighted', lang, { weight: r.weight })] : [])],
    }),
    text(L('saved', { count: columns.length, rows: r.rows, file: r.savedScores.file, key: r.id ?? L('rowKey'), columns: columns.join(lang === 'zh' ? '、' : ', ') })),
  ];
}
