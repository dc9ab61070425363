/**
 * Labels of `csat reliability`: SPSS RELIABILITY's titles and columns, in English and in the terms
 * of SPSS Statistics' Simplified Chinese edition (可靠性统计, 项总计统计, 删除项后的克隆巴赫 Alpha, ...).
 */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'reliability.scaleTitle': { en: 'Scale: {scale}', zh: '标度：{scale}' },
  'reliability.allVariables': { en: 'ALL VARIABLES', zh: '所有变量' },
  'reliability.titleOfScale': { en: '{title} ({scale})', zh: '{title}（{scale}）' },
  'reliability.notComputed': { en: 'Not computed: {reason}', zh: '未计算：{reason}' },
  'reliability.caseProcessing': { en: 'Case Processing Summary', zh: '个案处理摘要' },
  'reliability.cases': { en: 'Cases', zh: '个案' },
  'reliability.valid': { en: 'Valid', zh: '有效' },
  'reliability.excluded': { en: 'Excluded', zh: '排除' },
  'reliability.total': { en: 'Total', zh: '总计' },
  'reliability.n': { en: 'N', zh: '个案数' },
  'reliability.percent': { en: '%', zh: '%' },
  'reliability.listwiseNote': {
    en: 'Listwise deletion based on all variables in the procedure.',
    zh: '基于过程中所有变量的成列删除。',
  },
  'reliability.pairwiseNote': {
    en: 'Pairwise deletion: Valid = cases that answered at least one item; each covariance uses the cases that answered both items.',
    zh: '成对删除：有效 = 至少回答了一项的个案；每个协方差使用同时回答了两项的个案。',
  },
  'reliability.weighted': { en: 'Cases weighted by {weight}.', zh: '个案按 {weight} 加权。' },
  'reliability.statistics': { en: 'Reliability Statistics', zh: '可靠性统计' },
  'reliability.alpha': { en: "Cronbach's Alpha", zh: '克隆巴赫 Alpha' },
  'reliability.standardizedAlpha': {
    en: "Cronbach's Alpha Based on Standardized Items",
    zh: '基于标准化项的克隆巴赫 Alpha',
  },
  'reliability.nOfItems': { en: 'N of Items', zh: '项数' },
  'reliability.negativeAlphaNote': {
    en: 'The value is negative due to a negative average covariance among items. This violates reliability model assumptions. You may want to check item codings.',
    zh: '由于项之间的平均协方差为负，因此值为负。这违反了可靠性模型假设。您可能需要检查项编码。',
  },
  'reliability.removedNote': {
    en: 'The following items have zero variance and are removed from the scale: {items}.',
    zh: '以下项的方差为零，已从标度中移除：{items}。',
  },
  'reliability.itemStatistics': { en: 'Item Statistics', zh: '项统计' },
  'reliability.mean': { en: 'Mean', zh: '平均值' },
  'reliability.sd': { en: 'Std. Deviation', zh: '标准偏差' },
  'reliability.reversedNote': {
    en: 'Reverse-keyed (recoded min + max - x): {items}.',
    zh: '反向计分（重新编码为 最小值 + 最大值 - x）：{items}。',
  },
  'reliability.summaryItemStatistics': { en: 'Summary Item Statistics', zh: '摘要项统计' },
  'reliability.minimum': { en: 'Minimum', zh: '最小值' },
  'reliability.maximum': { en: 'Maximum', zh: '最大值' },
  'reliability.range': { en: 'Range', zh: '范围' },
  'reliability.maxOverMin': { en: 'Maximum / Minimum', zh: '最大值/最小值' },
  'reliability.variance': { en: 'Variance', zh: '方差' },
  'reliability.itemMeans': { en: 'Item Means', zh: '项平均值' },
  'reliability.itemVariances': { en: 'Item Variances', zh: '项方差' },
  'reliability.interItemCorrelations': { en: 'Inter-Item Correlations', zh: '项间相关性' },
  'reliability.itemTotalStatistics': { en: 'Item-Total Statistics', zh: '项总计统计' },
  'reliability.scaleMeanIfDeleted': { en: 'Scale Mean if Item Deleted', zh: '删除项后的标度平均值' },
  'reliability.scaleVarianceIfDeleted': { en: 'Scale Variance if Item Deleted', zh: '删除项后的标度方差' },
  'reliability.correctedItemTotal': { en: 'Corrected Item-Total Correlation', zh: '修正后的项与总计相关性' },
  'reliability.smc': { en: 'Squared Multiple Correlation', zh: '平方多重相关性' },
  'reliability.alphaIfDeleted': { en: "Cronbach's Alpha if Item Deleted", zh: '删除项后的克隆巴赫 Alpha' },
  'reliability.singularNote': {
    en: 'The correlation matrix is singular, so squared multiple correlations cannot be computed.',
    zh: '相关性矩阵为奇异矩阵，因此无法计算平方多重相关性。',
  },
  'reliability.scaleStatistics': { en: 'Scale Statistics', zh: '标度统计' },
  'reliability.ciLine': {
    en: "{level}% confidence interval for Cronbach's alpha (Feldt): [{lower}, {upper}]",
    zh: '克隆巴赫 Alpha 的 {level}% 置信区间（Feldt）：[{lower}, {upper}]',
  },
  'reliability.ciPairwise': {
    en: ' (n = the smallest pairwise N)',
    zh: '（n = 成对个案数的最小值）',
  },
  'reliability.omegaLine': {
    en: "McDonald's omega total (one factor, minres): {omega}",
    zh: 'McDonald 的 omega 总系数（单因子，最小残差法）：{omega}',
  },
  'reliability.omegaMissing': {
    en: "McDonald's omega total: not available ({reason})",
    zh: 'McDonald 的 omega 总系数：无法计算（{reason}）',
  },
  'reliability.omegaReason.fewItems': { en: 'needs at least 3 items', zh: '至少需要 3 项' },
  'reliability.omegaReason.other': {
    en: 'the one-factor solution has a communality above 1 or did not converge',
    zh: '单因子解的公因子方差大于 1 或未收敛',
  },
  // The CI, omega and verdict lines as a table, for CSV.
  'reliability.extraTitle': { en: 'Additional Reliability Statistics', zh: '其他可靠性统计' },
  'reliability.value': { en: 'Value', zh: '值' },
  'reliability.ciGroup': { en: '{level}% Confidence Interval (Feldt)', zh: '{level}% 置信区间（Feldt）' },
  'reliability.lowerBound': { en: 'Lower Bound', zh: '下限' },
  'reliability.upperBound': { en: 'Upper Bound', zh: '上限' },
  'reliability.omegaRow': { en: "McDonald's Omega Total (one factor, minres)", zh: 'McDonald 的 omega 总系数（单因子，最小残差法）' },
  'reliability.verdictRow': { en: 'Verdict (George & Mallery)', zh: '结论（George & Mallery）' },
  'reliability.ciPairwiseNote': {
    en: "Feldt's interval uses n = the smallest pairwise N.",
    zh: 'Feldt 区间使用的 n = 成对个案数的最小值。',
  },
  'reliability.verdict': { en: 'α = {alpha}: {verdict} (George & Mallery)', zh: 'α = {alpha}：{verdict}（George & Mallery）' },
  'reliability.verdict.excellent': { en: 'excellent', zh: '优秀' },
  'reliability.verdict.good': { en: 'good', zh: '良好' },
  'reliability.verdict.acceptable': { en: 'acceptable', zh: '可接受' },
  'reliability.verdict.questionable': { en: 'questionable', zh: '存疑' },
  'reliability.verdict.poor': { en: 'poor', zh: '较差' },
  'reliability.verdict.unacceptable': { en: 'unacceptable', zh: '不可接受' },
  'reliability.verdict.none': { en: 'α does not exist (the scale has no variance)', zh: 'α 不存在（标度没有方差）' },

  'reliability.warn.zeroVariance': {
    en: "scale '{scale}': removed from the scale for zero variance (every case gave the same answer): {items}",
    zh: '标度“{scale}”：{items} 方差为零，已从标度中移除',
  },
  'reliability.warn.notComputed': {
    en: '{reason}; the scale is left out and the other scales are reported',
    zh: '{reason}；该标度未计算，其他标度照常报告',
  },
  'reliability.warn.singular': {
    en: "scale '{scale}': the items' correlation matrix is singular ({item} is a linear combination of the items before it), so squared multiple correlations are missing",
    zh: '标度“{scale}”：项的相关性矩阵为奇异矩阵（{item} 是其前面各项的线性组合），因此平方多重相关性缺失',
  },
  'reliability.warn.negativeItemTotal': {
    en: "scale '{scale}': {item} has a negative corrected item-total correlation ({r}); is it reverse-keyed? (recode it with --reverse)",
    zh: '标度“{scale}”：{item} 的修正后的项与总计相关性为负（{r}）；是否为反向计分题？（可用 --reverse 重新编码）',
  },
  'reliability.warn.negativeAlpha': {
    en: "scale '{scale}': The value is negative due to a negative average covariance among items. This violates reliability model assumptions. You may want to check item codings.",
    zh: '标度“{scale}”：由于项之间的平均协方差为负，因此值为负。这违反了可靠性模型假设。您可能需要检查项编码。',
  },
  'reliability.warn.omega.heywood': {
    en: "scale '{scale}': omega is not reported because the one-factor solution has a communality above 1 (a Heywood case)",
    zh: '标度“{scale}”：单因子解的公因子方差大于 1（Heywood 情形），因此不报告 omega',
  },
  'reliability.warn.omega.not-converged': {
    en: "scale '{scale}': omega is not reported because the one-factor solution did not converge",
    zh: '标度“{scale}”：单因子解未收敛，因此不报告 omega',
  },

  'reliability.error.fewItems': {
    en: "scale '{scale}' has {k} item(s) ({items}); reliability needs at least 2",
    zh: '标度“{scale}”只有 {k} 项（{items}）；可靠性分析至少需要 2 项',
  },
  'reliability.error.fewVarying': {
    en: "scale '{scale}' has {k} item(s) with any variance left after removing the constant ones ({items}); reliability needs at least 2",
    zh: '标度“{scale}”移除方差为零的项（{items}）后只剩 {k} 项；可靠性分析至少需要 2 项',
  },
  'reliability.error.fewCases': {
    en: "scale '{scale}': only {n} case(s) answered every item; reliability needs at least 2",
    zh: '标度“{scale}”：只有 {n} 个个案回答了所有项；可靠性分析至少需要 2 个个案',
  },
  'reliability.error.fewCasesPairwise': {
    en: "scale '{scale}': only {n} case(s) answered {item}; pairwise deletion needs at least 2 answers to each item",
    zh: '标度“{scale}”：只有 {n} 个个案回答了 {item}；成对删除要求每项至少有 2 个个案回答',
  },
  'reliability.error.noneComputed': {
    en: 'no scale could be computed: {reasons}',
    zh: '没有一个标度可以计算：{reasons}',
  },
  'reliability.error.pairwise': {
    en: "scale '{scale}': fewer than 2 cases answered both {a} and {b}, so their covariance does not exist",
    zh: '标度“{scale}”：同时回答 {a} 和 {b} 的个案少于 2 个，无法计算其协方差',
  },
  'reliability.error.unknownItem': {
    en: "scale '{scale}': no column '{item}' in the data",
    zh: '标度“{scale}”：数据中没有列“{item}”',
  },
  'reliability.error.duplicate': {
    en: "scale '{scale}' lists {item} twice",
    zh: '标度“{scale}”中 {item} 出现了两次',
  },
  'reliability.error.textItem': {
    en: "scale '{scale}': {item} is a free-text column, not a rating item",
    zh: '标度“{scale}”：{item} 是文本列，不是评分项',
  },
  'reliability.error.overflow': {
    en: "scale '{scale}': the values of {item} are too large for their variance to be computed (it exceeds 1.8e308); rescale the item",
    zh: '标度“{scale}”：{item} 的值过大，其方差超出可计算范围（大于 1.8e308）；请先对该项重新缩放',
  },
  'reliability.error.duplicateScale': { en: "two scales are named '{scale}'", zh: '有两个标度都名为“{scale}”' },
  'reliability.error.noScales': { en: 'no scale to analyse: give --items or --scale', zh: '没有要分析的标度：请指定 --items 或 --scale' },
  'reliability.error.ciLevel': {
    en: 'the confidence level must lie between 0 and 1 (e.g. 0.95), not {level}',
    zh: '置信水平必须在 0 与 1 之间（如 0.95），而不是 {level}',
  },

  // The command line and scales files (src/commands/reliability.ts).
  'reliability.err.scaleOption': {
    en: "--scale takes \"Name=Q1,Q2\" (a name, '=', then the items), not '{value}'",
    zh: "--scale 的格式是 \"Name=Q1,Q2\"（名称、'='，然后是各项），而不是 '{value}'",
  },
  'reliability.err.cannotReadScales': { en: 'cannot read the scales file {file}: {why}', zh: '无法读取标度文件 {file}：{why}' },
  'reliability.err.scalesNotYaml': { en: '{file}: not valid JSON/YAML ({detail})', zh: '{file}：不是有效的 JSON/YAML（{detail}）' },
  'reliability.scaleInFile': { en: "{file}: scale '{name}'", zh: "{file}：标度 '{name}'" },
  // A scales file of the wrong shape: after "file, line N: " (data.study.at), as study-file errors.
  'reliability.err.scalesShape': {
    en: 'expected scales as {"Name": ["Q1", "Q2"]}, [{"name": "Name", "items": ["Q1", "Q2"]}] or a study file with a scales key, got {received}',
    zh: '标度应写成 {"Name": ["Q1", "Q2"]}、[{"name": "Name", "items": ["Q1", "Q2"]}]，或带有 scales 键的研究文件，实际为{received}',
  },
  'reliability.err.scaleItems': {
    en: '{key}: expected a column name or a list of column names, got {received}',
    zh: '{key}：应为一个列名或列名的列表，实际为{received}',
  },
  'reliability.err.scaleEntry': {
    en: '{key}: expected a scale as {"name": "Name", "items": ["Q1", "Q2"]}, got {received}',
    zh: '{key}：标度应写成 {"name": "Name", "items": ["Q1", "Q2"]}，实际为{received}',
  },
  'reliability.err.scaleEntryKey': {
    en: "{key}: unknown key '{name}' (a scale has name and items)",
    zh: '{key}：未知的键“{name}”（标度只有 name 和 items 两个键）',
  },
  'reliability.err.scaleName': {
    en: "{key}: name: expected the scale's name, got {received}",
    zh: '{key}：name：应为标度名称，实际为{received}',
  },
  'reliability.err.scaleNoItems': {
    en: "{key}: items is missing (the scale's columns)",
    zh: '{key}：缺少 items（标度的各列）',
  },
  'reliability.scalesEntry': { en: 'entry {n}', zh: '第 {n} 项' },
  'reliability.scalesEntryIn': { en: 'entry {n} of {list}', zh: '{list} 的第 {n} 项' },
  'reliability.got.emptyFile': { en: 'an empty file', zh: '空文件' },
  'reliability.got.emptyList': { en: 'an empty list', zh: '空列表' },
  'reliability.got.emptyMapping': { en: 'an empty mapping', zh: '空映射' },
  'reliability.err.ci': {
    en: "--ci takes a confidence level between 0 and 1 (e.g. 0.95), not '{value}'",
    zh: "--ci 的值应为 0 与 1 之间的置信水平（如 0.95），而不是 '{value}'",
  },
  'reliability.err.missingMode': {
    en: "--missing-mode must be listwise or pairwise, not '{value}'",
    zh: "--missing-mode 必须是 listwise 或 pairwise，而不是 '{value}'",
  },
  'reliability.err.noItems': {
    en: 'reliability needs the items: --items Q1..Q12, --scale "Name=Q1,Q2" or --scales FILE',
    zh: '可靠性分析需要指定项：--items Q1..Q12、--scale "Name=Q1,Q2" 或 --scales FILE',
  },
};
