import type { Label } from '../index.js';

// SPSS MULT RESPONSE (describe --multi) in English and in the terms of SPSS's Chinese edition.
export const labels: Record<string, Label> = {
  'describe.multi.caseSummary': { en: 'Case Summary', zh: '个案摘要' },
  'describe.multi.cases': { en: 'Cases', zh: '个案' },
  'describe.multi.valid': { en: 'Valid', zh: '有效' },
  'describe.multi.missing': { en: 'Missing', zh: '缺失' },
  'describe.multi.total': { en: 'Total', zh: '总计' },
  'describe.multi.n': { en: 'N', zh: '个案数' },
  'describe.multi.percent': { en: 'Percent', zh: '百分比' },
  'describe.multi.frequencies': { en: '{name} Frequencies', zh: '{name} 频率' },
  'describe.multi.responses': { en: 'Responses', zh: '响应' },
  'describe.multi.percentOfCases': { en: 'Percent of Cases', zh: '个案百分比' },
  'describe.multi.crosstab': { en: '{name}*{group} Crosstabulation', zh: '{name}*{group} 交叉表' },
  'describe.multi.count': { en: 'Count', zh: '计数' },
  'describe.multi.within': { en: '% within {group}', zh: '占 {group} 的百分比' },
  'describe.multi.note.value': { en: '{letter}. Dichotomy group tabulated at value {value}.', zh: '{letter}. 使用了值 {value} 对二分组进行制表。' },
  'describe.multi.note.joined': {
    en: '{letter}. Dichotomy group of the options joined in {column}, tabulated at chosen.',
    zh: '{letter}. 由 {column} 中连接的选项构成的二分组，按“已选”制表。',
  },
  'describe.multi.note.text': { en: '{letter}. Dichotomy group tabulated at any answer (text columns).', zh: '{letter}. 按任一回答对二分组进行制表（文本列）。' },
  'describe.multi.note.respondents': { en: 'Percentages and totals are based on respondents.', zh: '百分比和总计以响应者为基础。' },
  'describe.multi.weighted': { en: 'Weighted by {weight}.', zh: '按 {weight} 加权。' },
  'describe.multi.formedJoined': {
    en: 'Set {name}: the options joined with "{separator}" in column {column}, split into {count} options.',
    zh: '集合 {name}：列 {column} 中以“{separator}”连接的选项，拆分为 {count} 个选项。',
  },
  'describe.multi.formedSingle': {
    en: 'Set {name}: the answers of column {column} ({count} options; no cell holds two).',
    zh: '集合 {name}：列 {column} 的回答（{count} 个选项；没有单元格包含两个选项）。',
  },
  'describe.multi.formedColumns': { en: 'Set {name}: columns {columns}.', zh: '集合 {name}：列 {columns}。' },
  'data.multi.noSet': {
    en: "{option}: no column '{part}', and no columns named {part}_1, {part}(A) ... that would form a multiple-response set; closest: {closest}.",
    zh: "{option}：没有名为 '{part}' 的列，也没有可构成多重响应集的 {part}_1、{part}(A) ... 等列；最接近的：{closest}。",
  },
  'describe.multi.err.oneOption': {
    en: 'Multiple-response set {set} (from {columns}) has {count} option(s) ({options}); a set needs two or more.',
    zh: '多重响应集 {set}（来自 {columns}）只有 {count} 个选项（{options}）；一个集合至少需要两个选项。',
  },
  'describe.multi.err.noResponses': {
    en: 'Multiple-response set {set} (from {columns}): no case chose any option.',
    zh: '多重响应集 {set}（来自 {columns}）：没有任何个案选择了选项。',
  },
  'describe.multi.err.valueNeverSeen': {
    en: 'Multiple-response set {set}: no cell holds the counted value {value} (--multi-value); values found: {values}.',
    zh: '多重响应集 {set}：没有单元格取计数值 {value}（--multi-value）；出现的值：{values}。',
  },
  'describe.multi.err.byWithoutMulti': { en: '--by needs --multi: it crosstabulates a multiple-response set against a group.', zh: '--by 需要与 --multi 一起使用：它将多重响应集与分组做交叉表。' },
  'describe.multi.err.valueWithoutMulti': { en: '--multi-value needs --multi.', zh: '--multi-value 需要与 --multi 一起使用。' },
  'describe.multi.err.badValue': { en: "--multi-value: '{value}' is not a number.", zh: "--multi-value：'{value}' 不是数字。" },
};
