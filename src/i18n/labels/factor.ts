/**
 * Labels of `csat kmo` and `csat factor`. English follows SPSS FACTOR's output; Chinese follows
 * SPSS Statistics' Simplified Chinese edition (KMO 和巴特利特检验, 公因子方差, 总方差解释, 成分矩阵 ...).
 */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  // KMO and Bartlett
  'kmo.title': { en: "KMO and Bartlett's Test", zh: 'KMO 和巴特利特检验' },
  'kmo.measure': { en: 'Kaiser-Meyer-Olkin Measure of Sampling Adequacy.', zh: 'KMO 取样适切性量数。' },
  'kmo.bartlett': { en: "Bartlett's Test of Sphericity", zh: '巴特利特球形度检验' },
  'kmo.chiSquare': { en: 'Approx. Chi-Square', zh: '近似卡方' },
  'kmo.df': { en: 'df', zh: '自由度' },
  'kmo.sig': { en: 'Sig.', zh: '显著性' },
  'kmo.msaTitle': { en: 'Measures of Sampling Adequacy (MSA)', zh: '取样适切性量数 (MSA)' },
  'kmo.msa': { en: 'MSA', zh: 'MSA' },
  'kmo.antiImageTitle': { en: 'Anti-image Matrices', zh: '反映像矩阵' },
  'kmo.antiImageCovariance': { en: 'Anti-image Covariance', zh: '反映像协方差' },
  'kmo.antiImageCorrelation': { en: 'Anti-image Correlation', zh: '反映像相关性' },
  'kmo.msaFootnote': { en: 'a. Measures of Sampling Adequacy(MSA)', zh: 'a. 取样适切性量数(MSA)' },
  'kmo.determinant': { en: 'Determinant of the correlation matrix = {value}', zh: '相关性矩阵行列式 = {value}' },
  'kmo.excluded': { en: '{n} cases with a missing answer were excluded listwise.', zh: '{n} 个有缺失回答的个案已成列排除。' },
  'kmo.excludedOne': { en: '{n} case with a missing answer was excluded listwise.', zh: '{n} 个有缺失回答的个案已成列排除。' },
  'kmo.verdict': { en: 'KMO = {kmo}: {label} (Kaiser 1974).', zh: 'KMO = {kmo}：{label}（Kaiser 1974）。' },
  'kmo.marvelous': { en: 'marvelous', zh: '极佳' },
  'kmo.meritorious': { en: 'meritorious', zh: '良好' },
  'kmo.middling': { en: 'middling', zh: '中等' },
  'kmo.mediocre': { en: 'mediocre', zh: '一般' },
  'kmo.miserable': { en: 'miserable', zh: '勉强' },
  'kmo.unacceptable': { en: 'unacceptable: the items share too little to factor', zh: '不可接受：项目之间的共同部分太少，不适合做因子分析' },
  'kmo.bartlettSignificant': {
    en: "Bartlett's test: chi-square = {chi}, df = {df}, p {p}; the correlation matrix is not an identity matrix, so the items can be factored.",
    zh: '巴特利特检验：卡方 = {chi}，自由度 = {df}，p {p}；相关性矩阵不是单位矩阵，可以做因子分析。',
  },
  'kmo.bartlettNotSignificant': {
    en: "Bartlett's test: chi-square = {chi}, df = {df}, p {p}; the correlations could be zero, so factor analysis is not warranted.",
    zh: '巴特利特检验：卡方 = {chi}，自由度 = {df}，p {p}；相关可能全为零，不宜做因子分析。',
  },

  // FACTOR tables
  'factor.communalities': { en: 'Communalities', zh: '公因子方差' },
  'factor.initial': { en: 'Initial', zh: '初始' },
  'factor.extraction': { en: 'Extraction', zh: '提取' },
  'factor.totalVariance': { en: 'Total Variance Explained', zh: '总方差解释' },
  'factor.component': { en: 'Component', zh: '成分' },
  'factor.factor': { en: 'Factor', zh: '因子' },
  'factor.total': { en: 'Total', zh: '总计' },
  'factor.percentVariance': { en: '% of Variance', zh: '方差百分比' },
  'factor.cumulative': { en: 'Cumulative %', zh: '累积 %' },
  'factor.initialEigenvalues': { en: 'Initial Eigenvalues', zh: '初始特征值' },
  'factor.extractionSums': { en: 'Extraction Sums of Squared Loadings', zh: '提取载荷平方和' },
  'factor.rotationSums': { en: 'Rotation Sums of Squared Loadings', zh: '旋转载荷平方和' },
  'factor.obliqueSumsNote': {
    en: 'a. When components are correlated, sums of squared loadings cannot be added to obtain a total variance.',
    zh: 'a. 成分相关时，无法通过添加载荷平方和来获得总方差。',
  },
  'factor.obliqueSumsNoteFactor': {
    en: 'a. When factors are correlated, sums of squared loadings cannot be added to obtain a total variance.',
    zh: 'a. 因子相关时，无法通过添加载荷平方和来获得总方差。',
  },
  'factor.componentMatrix': { en: 'Component Matrix', zh: '成分矩阵' },
  'factor.factorMatrix': { en: 'Factor Matrix', zh: '因子矩阵' },
  'factor.rotatedComponentMatrix': { en: 'Rotated Component Matrix', zh: '旋转后的成分矩阵' },
  'factor.rotatedFactorMatrix': { en: 'Rotated Factor Matrix', zh: '旋转后的因子矩阵' },
  'factor.patternMatrix': { en: 'Pattern Matrix', zh: '模式矩阵' },
  'factor.structureMatrix': { en: 'Structure Matrix', zh: '结构矩阵' },
  'factor.componentCorrelationMatrix': { en: 'Component Correlation Matrix', zh: '成分相关性矩阵' },
  'factor.factorCorrelationMatrix': { en: 'Factor Correlation Matrix', zh: '因子相关性矩阵' },
  'factor.componentTransformationMatrix': { en: 'Component Transformation Matrix', zh: '成分转换矩阵' },
  'factor.factorTransformationMatrix': { en: 'Factor Transformation Matrix', zh: '因子转换矩阵' },
  'factor.componentScoreMatrix': { en: 'Component Score Coefficient Matrix', zh: '成分得分系数矩阵' },
  'factor.factorScoreMatrix': { en: 'Factor Score Coefficient Matrix', zh: '因子得分系数矩阵' },
  'factor.componentScores': { en: 'Component Scores.', zh: '成分得分。' },
  'factor.factorScores': { en: 'Factor Scores.', zh: '因子得分。' },
  'factor.extractionPc': { en: 'Extraction Method: Principal Component Analysis.', zh: '提取方法：主成分分析法。' },
  'factor.extractionPaf': { en: 'Extraction Method: Principal Axis Factoring.', zh: '提取方法：主轴因子分解。' },
  'factor.rotationVarimax': { en: 'Rotation Method: Varimax with Kaiser Normalization.', zh: '旋转方法：凯撒正态化最大方差法。' },
  'factor.rotationQuartimax': { en: 'Rotation Method: Quartimax with Kaiser Normalization.', zh: '旋转方法：凯撒正态化四次幂极大法。' },
  'factor.rotationPromax': { en: 'Rotation Method: Promax with Kaiser Normalization.', zh: '旋转方法：凯撒正态化最优斜交法。' },
  'factor.converged': { en: 'a. Rotation converged in {n} iterations.', zh: 'a. 旋转在 {n} 次迭代后已收敛。' },
  'factor.notConverged': { en: 'a. Rotation failed to converge in {n} iterations. (Loadings after the last iteration.)', zh: 'a. 旋转未能在 {n} 次迭代中收敛。（显示最后一次迭代后的载荷。）' },
  'factor.componentsExtracted': { en: 'a. {n} components extracted.', zh: 'a. 提取了 {n} 个成分。' },
  'factor.factorsExtracted': { en: 'a. {n} factors extracted. {it} iterations required.', zh: 'a. 提取了 {n} 个因子。需要进行 {it} 次迭代。' },
  'factor.factorsNotConverged': {
    en: 'a. Attempted to extract {n} factors. More than {it} iterations required. (Convergence={c}). Extraction was terminated.',
    zh: 'a. 尝试提取 {n} 个因子。需要超过 {it} 次迭代。（收敛 = {c}）。提取已终止。',
  },
  'factor.terminatedHint': {
    en: 'Extraction was terminated after {it} iterations: no loadings, rotation or scores. Allow more iterations with --iterate {more} (SPSS /CRITERIA ITERATE({more})).',
    zh: '提取在 {it} 次迭代后终止：没有载荷、旋转和得分。可用 --iterate {more} 允许更多次迭代（SPSS /CRITERIA ITERATE({more})）。',
  },
  'factor.err.terminatedScores': {
    en: '--save-scores: no factor scores, because the extraction was terminated after {it} iterations; allow more with --iterate {more}',
    zh: '--save-scores：提取在 {it} 次迭代后终止，因此没有因子得分；可用 --iterate {more} 允许更多次迭代',
  },
  'factor.heywood': {
    en: 'One or more communality estimates greater than 1 were encountered during iterations. The resulting solution should be interpreted with caution.',
    zh: '迭代期间遇到了一个或多个大于 1 的公因子方差估算值。应谨慎解释得到的解。',
  },
  'factor.oneComponent': { en: 'Only one component was extracted. The solution cannot be rotated.', zh: '只提取了一个成分。无法旋转此解。' },
  'factor.oneFactor': { en: 'Only one factor was extracted. The solution cannot be rotated.', zh: '只提取了一个因子。无法旋转此解。' },
  'factor.blankNote': { en: 'Loadings with an absolute value below {blank} are not shown.', zh: '绝对值小于 {blank} 的载荷未显示。' },
  'factor.weighted': { en: 'Cases weighted by {weight}.', zh: '个案按 {weight} 加权。' },

  // Parallel analysis
  'factor.parallelTitle': { en: 'Parallel Analysis', zh: '平行分析' },
  'factor.observed': { en: 'Observed Eigenvalue', zh: '实际特征值' },
  'factor.randomMean': { en: 'Random Mean', zh: '随机均值' },
  'factor.randomPercentile': { en: 'Random {pct}th Percentile', zh: '随机第 {pct} 百分位数' },
  'factor.retain': { en: 'Retain', zh: '保留' },
  'factor.yes': { en: 'yes', zh: '是' },
  'factor.no': { en: 'no', zh: '否' },
  'factor.parallelNote': {
    en: "Horn's parallel analysis: {reps} random normal data sets of {n} cases x {p} items (seed {seed}); a component is retained while its eigenvalue exceeds the random {pct}th percentile.",
    zh: 'Horn 平行分析：{reps} 个 {n} 个案 x {p} 项的随机正态数据集（种子 {seed}）；特征值高于随机第 {pct} 百分位数的成分予以保留。',
  },

  // Scree plot and assignment
  'factor.scree': { en: 'Scree Plot', zh: '碎石图' },
  'factor.assignmentTitle': { en: 'Items by component (largest absolute loading):', zh: '各成分的项（按绝对载荷最大者归属）：' },
  'factor.assignmentTitleFactor': { en: 'Items by factor (largest absolute loading):', zh: '各因子的项（按绝对载荷最大者归属）：' },
  'factor.none': { en: '(none)', zh: '（无）' },
  'factor.scoresSaved': { en: 'Regression-method scores of {k} components written to {file} ({columns}).', zh: '{k} 个成分的回归法得分已写入 {file}（{columns}）。' },

  // Errors and warnings of `csat kmo` and `csat factor` (commands, analyses, src/stats/smc.ts).
  'kmo.err.noItems': { en: 'csat kmo needs --items (for example --items Q1..Q12)', zh: 'csat kmo 需要 --items（例如 --items Q1..Q12）' },
  'factor.err.noItems': { en: 'csat factor needs --items (for example --items Q1..Q12)', zh: 'csat factor 需要 --items（例如 --items Q1..Q12）' },
  'factor.err.extraction': { en: "--extraction must be pc or paf, not '{value}'", zh: "--extraction 必须是 pc 或 paf，而不是 '{value}'" },
  'factor.err.rotation': {
    en: "--rotation must be varimax, quartimax, promax or none, not '{value}'",
    zh: "--rotation 必须是 varimax、quartimax、promax 或 none，而不是 '{value}'",
  },
  'factor.err.factorsAndParallel': { en: 'give either --factors or --parallel, not both', zh: '请指定 --factors 或 --parallel 之一，不能同时指定' },
  'factor.err.idWithoutScores': { en: '--id goes with --save-scores', zh: '--id 须与 --save-scores 一起使用' },
  'factor.err.iterate': {
    en: '--iterate must be a whole number of at least 1, not {value}',
    zh: '--iterate 必须是不小于 1 的整数，而不是 {value}',
  },
  'factor.err.factors': {
    en: '--factors must be a whole number from 1 to {p} (the number of items), not {value}',
    zh: '--factors 必须是 1 到 {p}（项数）之间的整数，而不是 {value}',
  },
  'factor.err.noEigenvalue': {
    en: 'no eigenvalue of the correlation matrix exceeds {minEigen}, so no component is extracted; give --factors N',
    zh: '相关性矩阵没有大于 {minEigen} 的特征值，因此未提取任何成分；请用 --factors N 指定成分数',
  },
  'factor.err.noSmc': {
    en: 'the correlation matrix is not positive definite, so squared multiple correlations do not exist',
    zh: '相关性矩阵不是正定矩阵，因此平方多重相关性不存在',
  },
  'factor.err.smcSingular': {
    en: 'the correlation matrix is singular or not positive definite: {item} is a linear combination of {before}, so squared multiple correlations do not exist',
    zh: '相关性矩阵为奇异矩阵或不是正定矩阵：{item} 是 {before} 的线性组合，因此平方多重相关性不存在',
  },
  'factor.err.smcItem': { en: 'item {n}', zh: '第 {n} 项' },
  'factor.err.smcItemsBefore': { en: 'items 1..{n}', zh: '第 1..{n} 项' },
  'factor.err.smcZeroVariance': {
    en: 'the correlation matrix is singular or not positive definite: {item} is a linear combination of nothing (zero variance), so squared multiple correlations do not exist',
    zh: '相关性矩阵为奇异矩阵或不是正定矩阵：{item} 方差为零（是空的线性组合），因此平方多重相关性不存在',
  },
  'factor.err.noItem': { en: "no item named '{name}' in the data", zh: "数据中没有名为 '{name}' 的项" },
  'factor.err.textItem': {
    en: "the item '{item}' holds text ({count} distinct answers such as '{example}'), not scale answers, so it cannot be factor analysed; remove it from --items or map its answers to codes with --labels",
    zh: "项 '{item}' 是文本（有 {count} 种不同的回答，例如 '{example}'），不是量表回答，因此无法做因子分析；请将其从 --items 中移除，或用 --labels 将其回答映射为代码",
  },
  'factor.err.list': { en: '{head}, {tail}', zh: '{head}、{tail}' },
  'factor.err.always': { en: '{item} (always {value})', zh: '{item}（始终为 {value}）' },
  'factor.err.constantOne': {
    en: 'the correlation matrix cannot be computed: {items} has the same answer from every respondent used (no variance); remove it from --items',
    zh: '无法计算相关性矩阵：所用的每个个案对此项的回答都相同（没有方差）：{items}；请将其从 --items 中移除',
  },
  'factor.err.constantMany': {
    en: 'the correlation matrix cannot be computed: {items} have the same answer from every respondent used (no variance); remove them from --items',
    zh: '无法计算相关性矩阵：所用的每个个案对这些项的回答都相同（没有方差）：{items}；请将它们从 --items 中移除',
  },
  'factor.err.tooFewCases': {
    en: 'the correlation matrix of {p} items is singular: only {n} respondents have complete answers, and {p} items need at least {need}; use fewer items or more respondents',
    zh: '{p} 项的相关性矩阵为奇异矩阵：只有 {n} 个个案的回答完整，而 {p} 项至少需要 {need} 个；请减少项数或增加个案',
  },
  'factor.err.singular': {
    en: 'the correlation matrix is singular (not positive definite): {what}; remove one of these items from --items',
    zh: '相关性矩阵为奇异矩阵（不是正定矩阵）：{what}；请从 --items 中移除其中一项',
  },
  'factor.err.degenerate': { en: '{item} is degenerate', zh: '{item} 是退化的' },
  'factor.err.perfect': {
    en: '{item} and {other} are perfectly correlated (r = {r})',
    zh: '{item} 与 {other} 完全相关（r = {r}）',
  },
  'factor.err.combination': {
    en: '{item} is a linear combination of {others} (R squared = {r2})',
    zh: '{item} 是 {others} 的线性组合（R 方 = {r2}）',
  },
  'factor.err.notPositiveDefinite': {
    en: 'the correlation matrix of {items} is not positive definite',
    zh: '{items} 的相关性矩阵不是正定矩阵',
  },
  'factor.err.fewItems': {
    en: 'this analysis needs at least {min} items; the selection has {p}',
    zh: '此分析至少需要 {min} 项；所选的只有 {p} 项',
  },
  'factor.err.fewItemsListed': {
    en: 'this analysis needs at least {min} items; the selection has {p} ({items})',
    zh: '此分析至少需要 {min} 项；所选的只有 {p} 项（{items}）',
  },
  'factor.err.sameOutput': {
    en: '--save-scores {scores} and --output {output} are the same file, so one would replace the other; give two different files',
    zh: '--save-scores {scores} 与 --output {output} 是同一个文件，后写的会覆盖先写的；请给出两个不同的文件',
  },
  'factor.err.emptyOne': {
    en: "the item '{item}' has no answers at all (every value is missing), so no respondent is complete; remove it from --items",
    zh: "项 '{item}' 没有任何回答（所有值均缺失），因此没有回答完整的个案；请将其从 --items 中移除",
  },
  'factor.err.emptyMany': {
    en: 'the items {items} have no answers at all (every value is missing), so no respondent is complete; remove them from --items',
    zh: '项 {items} 没有任何回答（所有值均缺失），因此没有回答完整的个案；请将其从 --items 中移除',
  },
  'factor.err.bothStdout': {
    en: '--save-scores - and the report would both go to standard output; write the report with -o FILE, or the scores to a file',
    zh: '--save-scores - 与报告都会写到标准输出；请用 -o FILE 将报告写入文件，或将得分写入文件',
  },
  'factor.err.fewCasesOne': {
    en: 'only {rows} respondent has complete answers on {items}; correlations need at least 2',
    zh: '只有 {rows} 个个案在 {items} 上的回答完整；相关性至少需要 2 个个案',
  },
  'factor.err.fewCasesMany': {
    en: 'only {rows} respondents have complete answers on {items}; correlations need at least 2',
    zh: '只有 {rows} 个个案在 {items} 上的回答完整；相关性至少需要 2 个个案',
  },
  'factor.warn.parallelNone': {
    en: 'parallel analysis found no component whose eigenvalue exceeds the random 95th percentile; one component is extracted',
    zh: '平行分析没有找到特征值高于随机第 95 百分位数的成分；提取一个成分',
  },
  'factor.warn.notConverged': {
    en: 'Attempted to extract {k} factors. More than {iterate} iterations required (the largest communality change in the last one was {change}, above ECONVERGE {econverge}). Extraction was terminated and, as in SPSS, no loadings are shown; allow more iterations with --iterate {more}',
    zh: '尝试提取 {k} 个因子。需要超过 {iterate} 次迭代（最后一次迭代中公因子方差的最大变化为 {change}，大于 ECONVERGE {econverge}）。提取已终止，与 SPSS 一样不显示载荷；可用 --iterate {more} 允许更多次迭代',
  },
  'factor.warn.heywood': {
    en: 'One or more communality estimates greater than 1 were encountered during iterations ({items}): a Heywood case; interpret the solution with caution',
    zh: '迭代期间遇到了一个或多个大于 1 的公因子方差估算值（{items}）：Heywood 情形；应谨慎解释此解',
  },
  'factor.warn.rotationNotConverged': { en: 'Rotation failed to converge in {n} iterations', zh: '旋转未能在 {n} 次迭代中收敛' },
};
