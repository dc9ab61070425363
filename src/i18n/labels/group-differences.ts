import type { Label } from '../index.js';

/** The group-differences step of `csat analyze` (src/analyses/group-differences.ts, src/report/tables/group-differences.ts). */
export const labels: Record<string, Label> = {
  'groupDifferences.step': { en: 'Group differences', zh: '差异分析' },
  'groupDifferences.skipStep': { en: 'group differences by {demographic}', zh: '按 {demographic} 的差异分析' },
  'groupDifferences.titleT': { en: 'Differences by {demographic} (independent-samples t test)', zh: '不同 {demographic} 的差异分析（独立样本 t 检验）' },
  'groupDifferences.titleF': { en: 'Differences by {demographic} (one-way ANOVA, post hoc {test})', zh: '不同 {demographic} 的差异分析（单因素方差分析，事后检验 {test}）' },
  'groupDifferences.variable': { en: 'Variable', zh: '变量' },
  'groupDifferences.group': { en: '({k}) {group}', zh: '({k}) {group}' },
  'groupDifferences.groupN': { en: '({k}) {group}\n(n = {n})', zh: '({k}) {group}\n(n = {n})' },
  'groupDifferences.p': { en: 'p', zh: 'p' },
  'groupDifferences.posthoc': { en: 'Post hoc', zh: '事后比较' },
  'groupDifferences.noPairs': { en: 'none', zh: '无' },
  'groupDifferences.noteCells': {
    en: 'Cells: M ± SD. {test}; groups numbered as in the columns.',
    zh: '单元格为 M ± SD。{test}；组别编号与列一致。',
  },
  'groupDifferences.noteT': { en: 't: independent-samples t test, group (1) minus group (2)', zh: 't：独立样本 t 检验，组 (1) 减组 (2)' },
  'groupDifferences.noteF': { en: 'F: one-way ANOVA', zh: 'F：单因素方差分析' },
  'groupDifferences.noteWelch': {
    en: "a. Levene's test (based on the mean) rejects equal variances at .05: Welch's {stat}{gh}.",
    zh: 'a. 莱文方差齐性检验（基于平均值）在 .05 水平上拒绝方差相等：采用韦尔奇 {stat}{gh}。',
  },
  'groupDifferences.noteWelchGh': { en: ', and {test} for the post hoc comparisons', zh: '，事后比较采用 {test}' },
  'groupDifferences.notePosthoc': {
    en: 'Post hoc: {test} at the .05 level, run when the overall test is significant; i>j: the mean of group i is significantly higher than that of group j.',
    zh: '事后比较：{test}，显著性水平 .05，仅在整体检验显著时进行；i>j 表示组 i 的平均值显著高于组 j。',
  },
  'groupDifferences.noteSubsets': {
    en: '{test} prints homogeneous subsets only: two groups differ when no subset holds both.',
    zh: '{test} 只给出齐性子集：两组不在同一子集中即为差异显著。',
  },
  'groupDifferences.weighted': { en: 'Weighted by {weight}: n is the summed weight.', zh: '按 {weight} 加权：n 为权重之和。' },

  // Skipped notes (each names what was not compared and why).
  'groupDifferences.oneGroup': {
    en: '{demographic} has {count} group(s) with cases ({groups}): there is nothing to compare',
    zh: '{demographic} 只有 {count} 个有个案的组（{groups}）：无法比较',
  },
  'groupDifferences.groupCases': { en: '{group} (n = {n})', zh: '{group}（n = {n}）' },
  'groupDifferences.fewCases': {
    en: '{groups}: fewer than 2 cases on {variable}, so no SD; left out of the comparison',
    zh: '{groups}：{variable} 的个案少于 2 个，没有标准差；不参与比较',
  },
  'groupDifferences.fewGroups': {
    en: '{variable} has fewer than two groups of {demographic} with 2 or more cases: not compared',
    zh: '{variable} 在 {demographic} 中有 2 个及以上个案的组少于两个：不做比较',
  },
  'groupDifferences.constant': {
    en: '{variable} is constant within every group of {demographic}: there is no within-group variance to test against',
    zh: '{variable} 在 {demographic} 的每个组内都是常量：没有组内方差，无法检验',
  },
  'groupDifferences.welchConstant': {
    en: "Levene's test rejects equal variances for {variable}, but Welch's test needs spread in every group, and {groups} has none",
    zh: '{variable} 的莱文检验拒绝方差相等，但韦尔奇检验要求每组都有变异，而 {groups} 组内没有变异',
  },
  'groupDifferences.fractional': {
    en: '{variable}: no post hoc test, because the weighted group sizes are not whole numbers',
    zh: '{variable}：加权后的组样本量不是整数，不做事后比较',
  },
  'groupDifferences.err.notDemographic': {
    en: "study key groups: '{name}' is not one of the demographics ({demographics})",
    zh: "研究文件的 groups：'{name}' 不是人口学变量之一（{demographics}）",
  },

  // Summary sentences (one per significant difference).
  'groupDifferences.plainT': { en: 't', zh: 't' },
  'groupDifferences.plainF': { en: 'F', zh: 'F' },
  'groupDifferences.welchT': { en: "Welch's t", zh: '韦尔奇 t' },
  'groupDifferences.welchF': { en: "Welch's F", zh: '韦尔奇 F' },
  'groupDifferences.sentenceT': {
    en: '{variable} differs by {demographic}: {high} (M = {highMean}) above {low} (M = {lowMean}), {stat}, p {p}.',
    zh: '不同 {demographic} 在 {variable} 上存在显著差异：{high}（M = {highMean}）高于{low}（M = {lowMean}），{stat}，p {p}。',
  },
  'groupDifferences.sentenceF': {
    en: '{variable} differs by {demographic} ({stat}, p {p}{posthoc}).',
    zh: '不同 {demographic} 在 {variable} 上存在显著差异（{stat}，p {p}{posthoc}）。',
  },
  'groupDifferences.sentencePairs': { en: '; {test}: {pairs}', zh: '；{test}：{pairs}' },
  'groupDifferences.sentenceNoPairs': { en: '; {test} finds no two groups that differ', zh: '；{test} 未发现两两之间的显著差异' },
};
