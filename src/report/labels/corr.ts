/**
 * Labels of `csat corr`: SPSS CORRELATIONS / NONPAR CORR titles, row labels and footnotes, in
 * English and in the terms of SPSS Statistics' Simplified Chinese edition.
 */
import { defineLabels } from '../i18n.js';

defineLabels({
  'corr.title': { en: 'Correlations', zh: '相关性' },
  'corr.pearson': { en: 'Pearson Correlation', zh: '皮尔逊相关性' },
  'corr.spearmanRho': { en: "Spearman's rho", zh: '斯皮尔曼 Rho' },
  'corr.coefficient': { en: 'Correlation Coefficient', zh: '相关系数' },
  'corr.sig': { en: 'Sig. (2-tailed)', zh: '显著性（双尾）' },
  'corr.n': { en: 'N', zh: '个案数' },
  'corr.flag01': {
    en: '**. Correlation is significant at the 0.01 level (2-tailed).',
    zh: '**. 在 0.01 级别（双尾），相关性显著。',
  },
  'corr.flag05': {
    en: '*. Correlation is significant at the 0.05 level (2-tailed).',
    zh: '*. 在 0.05 级别（双尾），相关性显著。',
  },
  'corr.listwiseN': { en: 'Listwise N = {n}', zh: '成列 N = {n}' },
  'corr.constant': {
    en: 'Cannot be computed because at least one of the variables is constant.',
    zh: '由于至少有一个变量为常量，因此无法进行计算。',
  },
  'corr.weighted': { en: 'Cases weighted by {weight}.', zh: '个案按 {weight} 加权。' },
});
