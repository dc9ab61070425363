import type { Label } from '../index.js';

// `csat score` and the study's scales as variables (corr, regress --study).
export const labels: Record<string, Label> = {
  'data.scales.nameClash': {
    en: "'{name}' names both a study scale and a selected column; rename one of them.",
    zh: "'{name}' 既是研究文件中的维度名，也是所选的列名；请重命名其中之一。",
  },
  'score.title': { en: 'Scale Scores', zh: '维度得分' },
  'score.scale': { en: 'Scale', zh: '维度' },
  'score.items': { en: 'Items', zh: '题项数' },
  'score.valid': { en: 'Valid N', zh: '有效个案数' },
  'score.missing': { en: 'Missing', zh: '缺失' },
  'score.mean': { en: 'Mean', zh: '均值' },
  'score.sd': { en: 'Std. Deviation', zh: '标准偏差' },
  'score.minimum': { en: 'Minimum', zh: '最小值' },
  'score.maximum': { en: 'Maximum', zh: '最大值' },
  'score.note.mean': { en: "Each score is the mean of the scale's items, for respondents who answered all of them.", zh: '每个得分为该维度题项的均值，仅针对回答了全部题项的受访者。' },
  'score.note.sum': { en: "Each score is the sum of the scale's items, for respondents who answered all of them.", zh: '每个得分为该维度题项之和，仅针对回答了全部题项的受访者。' },
  'score.note.factors': { en: 'FAC1_1 ... : regression-method component scores (PCA, varimax) of the items of every scale.', zh: 'FAC1_1 ...：全部维度题项的回归法成分得分（主成分，最大方差旋转）。' },
  'score.saved': { en: 'Saved {count} columns for {rows} respondents to {file}, keyed by {key}: {columns}.', zh: '已将 {rows} 位受访者的 {count} 列保存到 {file}，以 {key} 为键：{columns}。' },
  'score.label.mean': { en: 'Mean of {items}', zh: '{items} 的均值' },
  'score.label.sum': { en: 'Sum of {items}', zh: '{items} 之和' },
  'score.rowKey': { en: 'the row number', zh: '行号' },
  'score.err.noStudy': { en: 'csat score needs --study FILE: the scales whose scores it saves.', zh: 'csat score 需要 --study FILE：其中的维度即要保存得分的维度。' },
  'score.err.noScales': { en: 'The study file {path} has no scales: to save scale scores, add scales: (name: items).', zh: '研究文件 {path} 没有 scales：要保存维度得分，请添加 scales:（名称: 题项）。' },
  'score.err.noOutput': { en: 'csat score needs -o FILE: the file the scores are saved to (.csv or .sav).', zh: 'csat score 需要 -o FILE：保存得分的文件（.csv 或 .sav）。' },
  'score.err.unknownScale': { en: "--scales: the study has no scale '{name}'; its scales: {scales}.", zh: "--scales：研究文件中没有维度 '{name}'；已有维度：{scales}。" },
};
