/** Labels of the SVG charts of the HTML page (src/report/svg/scree.ts, betas.ts, means.ts). */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'chart.screeTitle': { en: 'Scree Plot', zh: '碎石图' },
  'chart.componentNumber': { en: 'Component Number', zh: '成分号' },
  'chart.factorNumber': { en: 'Factor Number', zh: '因子号' },
  'chart.eigenvalue': { en: 'Eigenvalue', zh: '特征值' },
  'chart.eigenvalueOne': { en: 'Eigenvalue = 1', zh: '特征值 = 1' },
  'chart.retained': { en: 'Extracted', zh: '已提取' },
  'chart.notRetained': { en: 'Not extracted', zh: '未提取' },
  'chart.betaTitle': { en: 'Drivers of {outcome}: standardized coefficients (Beta)', zh: '{outcome} 的影响因素：标准化系数 Beta' },
  'chart.beta': { en: 'Standardized coefficient (Beta)', zh: '标准化系数 Beta' },
  'chart.significant': { en: 'Significant (p < .05)', zh: '显著（p < .05）' },
  'chart.notSignificant': { en: 'Not significant (p ≥ .05)', zh: '不显著（p ≥ .05）' },
  'chart.indexAxis': { en: 'Satisfaction index (0-100)', zh: '满意度指数（0-100）' },
  'chart.meansTitle': { en: 'Means', zh: '平均值' },
  'chart.mean': { en: 'Mean (scale {lo} to {hi})', zh: '平均值（量表 {lo} 至 {hi}）' },
  'chart.midpoint': { en: 'Midpoint {value}', zh: '中点 {value}' },
};
