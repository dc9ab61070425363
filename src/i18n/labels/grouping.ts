import type { Label } from '../index.js';

// Messages about a grouping variable (--by), shared by the group procedures (ttest, anova, ...).
export const labels: Record<string, Label> = {
  'grouping.err.continuous': {
    en: '--by {column} has more than {max} distinct values: it looks continuous; group by a categorical variable, or bin it into groups first (e.g. age groups).',
    zh: '--by {column} 的不同取值超过 {max} 个：它看起来是连续变量；请按分类变量分组，或先将其分段（例如年龄段）。',
  },
  'grouping.err.noSuchGroup': {
    en: "{option} names the group '{value}', which {column} does not have among the analysed cases (groups found: {groups}).",
    zh: "{option} 指定的组 '{value}' 不在 {column} 的分析个案中（现有组：{groups}）。",
  },
  'grouping.err.repeated': {
    en: '{option} names a group twice ({spec}): give two different groups.',
    zh: '{option} 重复指定了同一个组（{spec}）：请给出两个不同的组。',
  },
};
