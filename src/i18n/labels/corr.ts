/**
 * Labels of `csat corr`: SPSS CORRELATIONS / NONPAR CORR titles, row labels and footnotes, in
 * English and in the terms of SPSS Statistics' Simplified Chinese edition.
 */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
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
  // Errors and warnings (src/commands/corr.ts, src/analyses/corr.ts).
  'corr.err.choice': { en: "{option} must be one of {allowed}, not '{value}'", zh: "{option} 必须是 {allowed} 之一，而不是 '{value}'" },
  'corr.err.noVars': { en: 'corr needs --vars (the variables to correlate)', zh: 'corr 需要 --vars（要计算相关性的变量）' },
  'corr.err.text': {
    en: "'{name}' holds text ({count} distinct answers such as '{example}'), not numbers, so it cannot be correlated",
    zh: "'{name}' 包含文本（{count} 种不同的回答，例如 '{example}'），而不是数字，因此无法计算相关性",
  },
  'corr.err.emptyOne': {
    en: "'{name}' has no answers at all (every value is missing), so it cannot be correlated; remove it from the variables",
    zh: "'{name}' 没有任何回答（所有值均缺失），因此无法计算相关性；请将其从变量中移除",
  },
  'corr.err.emptyMany': {
    en: '{names} have no answers at all (every value is missing), so they cannot be correlated; remove them from the variables',
    zh: '{names} 没有任何回答（所有值均缺失），因此无法计算相关性；请将其从变量中移除',
  },
  'corr.warn.empty': {
    en: "'{name}' has no answers at all (every value is missing), so its correlations are blank (null in JSON)",
    zh: "'{name}' 没有任何回答（所有值均缺失），因此其相关性显示为空白（JSON 中为 null）",
  },
  'corr.err.noVariables': { en: 'no variables to correlate', zh: '没有要计算相关性的变量' },
  'corr.err.oneVariable': {
    en: "one variable ('{name}') cannot be correlated: give at least two, or --with",
    zh: "只有一个变量（'{name}'）无法计算相关性：请至少给出两个变量，或使用 --with",
  },
  'corr.err.listwiseTooFew': {
    en: 'only {n} {respondents} complete answers on {names}; correlations need at least 2 (try --missing-mode pairwise)',
    zh: '只有 {n} 名受访者在 {names} 上的回答完整；相关性至少需要 2 名（可尝试 --missing-mode pairwise）',
  },
  'corr.err.pairwiseTooFew': {
    en: 'no two of {names} are answered together by at least 2 respondents, so no correlation can be computed',
    zh: '{names} 中没有任何两个变量被至少 2 名受访者同时回答，因此无法计算相关性',
  },
  'corr.warn.constant': {
    en: "'{name}' is constant over the cases used, so its correlations cannot be computed (shown blank, null in JSON)",
    zh: "'{name}' 在所用个案中为常量，因此无法计算其相关性（显示为空白，JSON 中为 null）",
  },
  'corr.warn.fewCases': {
    en: 'some correlations rest on fewer than 3 cases, so their significance cannot be computed',
    zh: '部分相关性所依据的个案少于 3 个，因此无法计算其显著性',
  },
};
