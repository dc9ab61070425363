import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'describe.descriptives': { en: 'Descriptive Statistics', zh: '描述统计' },
  'describe.statistics': { en: 'Statistics', zh: '统计' },
  'describe.n': { en: 'N', zh: '个案数' },
  'describe.valid': { en: 'Valid', zh: '有效' },
  'describe.missing': { en: 'Missing', zh: '缺失' },
  'describe.system': { en: 'System', zh: '系统' },
  'describe.total': { en: 'Total', zh: '总计' },
  'describe.minimum': { en: 'Minimum', zh: '最小值' },
  'describe.maximum': { en: 'Maximum', zh: '最大值' },
  'describe.mean': { en: 'Mean', zh: '平均值' },
  'describe.median': { en: 'Median', zh: '中位数' },
  'describe.sd': { en: 'Std. Deviation', zh: '标准偏差' },
  'describe.skewness': { en: 'Skewness', zh: '偏度' },
  'describe.kurtosis': { en: 'Kurtosis', zh: '峰度' },
  'describe.statistic': { en: 'Statistic', zh: '统计' },
  'describe.stdError': { en: 'Std. Error', zh: '标准错误' },
  'describe.validListwise': { en: 'Valid N (listwise)', zh: '有效个案数（成列）' },
  'describe.top2': { en: 'Top-2-Box %', zh: '前两项百分比' },
  'describe.frequency': { en: 'Frequency', zh: '频率' },
  'describe.percent': { en: 'Percent', zh: '百分比' },
  'describe.validPercent': { en: 'Valid Percent', zh: '有效百分比' },
  'describe.cumulativePercent': { en: 'Cumulative Percent', zh: '累积百分比' },
  'describe.weighted': { en: 'Cases weighted by {weight}.', zh: '个案按 {weight} 加权。' },
  'describe.reversedName': { en: '{name} (reversed)', zh: '{name}（反向计分）' },
  'describe.reversedNote': {
    en: '{names}: reverse-keyed (a negatively worded item), recoded as {sum} − x, so its mean and Top-2-Box read in the favourable direction: its top two points are the two most negative answers to its wording.',
    zh: '{names}：反向计分题（反向表述），按 {sum} − x 重新编码，因此其平均值和前两项百分比均按正向解读：最高两档是对该题表述最否定的两种回答。',
  },
  'describe.reversedFrequencies': {
    en: 'Reverse-keyed: each answer is counted at its recoded value ({sum} − x); the labels are the answers as given to the negatively worded statement.',
    zh: '反向计分：各回答按重新编码后的值（{sum} − x）计数；标签为对反向表述所作的原始回答。',
  },
  'describe.top2Note': {
    en: 'Top-2-Box %: share of valid answers in the two highest points of the scale (highest = {max}).',
    zh: '前两项百分比：有效回答中落在量表最高两档（最高 = {max}）的比例。',
  },
  'describe.top2NoteObserved': {
    en: "Top-2-Box %: share of valid answers in the two highest points of each item's scale: the scale of its answer labels, else its observed range (give --scale-range to fix the scale).",
    zh: '前两项百分比：有效回答中落在各题量表最高两档的比例；量表取其答案标签的范围，没有标签时取实际取值范围（可用 --scale-range 指定量表范围）。',
  },
  'describe.warn.oneAnswer': { en: '{count} answer', zh: '{count} 个答案' },
  'describe.err.noColumns': {
    en: '{file} has no per-variable statistics (a correlation matrix or an SQL result): describe needs the rows, or a moments file made by csat moments from them.',
    zh: '{file} 没有各变量的统计量（相关矩阵或 SQL 结果）：describe 需要原始数据，或由 csat moments 从原始数据生成的矩文件。',
  },
  'describe.warn.answers': { en: '{count} answers', zh: '{count} 个答案' },
  'describe.warn.outsideRangeOne': {
    en: "column '{column}': {answers} outside the scale range {lo}-{hi} ({values}); if it marks a skipped question, add it to --missing.",
    zh: "列 '{column}'：{answers}超出量表范围 {lo}-{hi}（{values}）；如果这是跳答代码，请将其加入 --missing。",
  },
  'describe.warn.outsideRangeMany': {
    en: "column '{column}': {answers} outside the scale range {lo}-{hi} ({values}); if they mark a skipped question, add them to --missing.",
    zh: "列 '{column}'：{answers}超出量表范围 {lo}-{hi}（{values}）；如果这些是跳答代码，请将其加入 --missing。",
  },
};
