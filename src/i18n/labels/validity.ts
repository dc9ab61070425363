/**
 * Labels of the construct-validity tables that follow a CFA (composite reliability, AVE,
 * Fornell-Larcker, HTMT, common method bias) and of the path diagram, in English and in the terms
 * Chinese papers print: 组合信度 CR, 平均方差抽取量 AVE, 聚合效度, 区分效度, 异质-单质比率 HTMT,
 * 共同方法偏差, Harman 单因素检验, 标准化因子载荷.
 */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'validity.constructTitle': { en: 'Construct Validity', zh: '结构效度' },
  'validity.factor': { en: 'Factor', zh: '因子' },
  'validity.items': { en: 'N of Items', zh: '题项数' },
  'validity.loadings': { en: 'Standardized Loadings', zh: '标准化因子载荷' },
  'validity.min': { en: 'Minimum', zh: '最小值' },
  'validity.max': { en: 'Maximum', zh: '最大值' },
  'validity.alpha': { en: "Cronbach's Alpha", zh: '克隆巴赫 Alpha' },
  'validity.cr': { en: 'CR', zh: '组合信度 CR' },
  'validity.ave': { en: 'AVE', zh: '平均方差抽取量 AVE' },
  'validity.sqrtAve': { en: '√AVE', zh: 'AVE 平方根' },
  'validity.convergent': { en: 'Convergent Validity', zh: '聚合效度' },
  'validity.yes': { en: 'Yes', zh: '是' },
  'validity.no': { en: 'No', zh: '否' },
  'validity.belowMark': { en: 'a. Below its threshold.', zh: 'a. 低于其标准。' },
  'validity.constructThresholds': {
    en: 'Thresholds: standardized loading >= {loading} (Hair et al. 2010), alpha >= {alpha} (Nunnally 1978), CR >= {cr} (Hair et al. 2010), AVE >= {ave} (Fornell & Larcker 1981); √AVE above the largest correlation with another factor.',
    zh: '标准：标准化因子载荷 >= {loading}（Hair et al. 2010），Alpha >= {alpha}（Nunnally 1978），CR >= {cr}（Hair et al. 2010），AVE >= {ave}（Fornell & Larcker 1981）；AVE 平方根大于该因子与其他因子的最大相关系数。',
  },
  'validity.crDefinition': {
    en: 'CR = (sum of standardized loadings)² / model-implied variance of the standardized sum; AVE = mean squared standardized loading.',
    zh: 'CR = （标准化载荷之和）² / 标准化总分的模型隐含方差；AVE = 标准化载荷平方的均值。',
  },
  'validity.crossLoadingNote': {
    en: 'AVE is not computed for {factors}: an item loads on another factor too.',
    zh: '未计算 {factors} 的 AVE：有题项同时负载在其他因子上。',
  },
  'validity.singleItemNote': {
    en: 'CR and AVE are not computed for {factors}: a single item.',
    zh: '未计算 {factors} 的 CR 和 AVE：只有一个题项。',
  },
  'validity.flTitle': { en: 'Discriminant Validity (Fornell-Larcker)', zh: '区分效度（Fornell-Larcker 准则）' },
  'validity.flMet': { en: 'Criterion Met', zh: '符合准则' },
  'validity.flNote': {
    en: 'Diagonal: √AVE; below it: the factor correlations. Fornell & Larcker (1981): each √AVE should exceed the factor’s correlations with all other factors.',
    zh: '对角线为 AVE 平方根，其下为因子间相关系数。Fornell & Larcker（1981）：各因子的 AVE 平方根应大于其与其他因子的相关系数。',
  },
  'validity.flFailMark': { en: 'b. √AVE not above the largest correlation of the factor.', zh: 'b. AVE 平方根不大于该因子的最大相关系数。' },
  'validity.htmtTitle': { en: 'Discriminant Validity (HTMT)', zh: '区分效度（异质-单质比率 HTMT）' },
  'validity.htmtNote': {
    en: 'HTMT (Henseler, Ringle & Sarstedt 2015) from the item correlations ({mean}); discriminant validity holds below {strict} (strict) or {liberal} (liberal).',
    zh: 'HTMT（Henseler, Ringle & Sarstedt 2015）由题项相关系数计算（{mean}）；低于 {strict}（严格）或 {liberal}（宽松）即具有区分效度。',
  },
  'validity.htmtArithmetic': { en: 'arithmetic means, the original HTMT', zh: '算术平均，原始 HTMT' },
  'validity.htmtGeometric': { en: 'geometric means, HTMT2', zh: '几何平均，HTMT2' },
  'validity.htmtMarks': { en: '* at or above {strict}; ** at or above {liberal}.', zh: '* 大于等于 {strict}；** 大于等于 {liberal}。' },
  'validity.cmbTitle': { en: 'Common Method Bias', zh: '共同方法偏差检验' },
  'validity.test': { en: 'Test', zh: '检验' },
  'validity.value': { en: 'Value', zh: '值' },
  'validity.threshold': { en: 'Threshold', zh: '标准' },
  'validity.verdict': { en: 'Verdict', zh: '结论' },
  'validity.harman': { en: "Harman's single-factor test (first unrotated component, % of variance)", zh: 'Harman 单因素检验（未旋转第一主成分解释的方差 %）' },
  'validity.harmanBelow': { en: 'no dominant factor', zh: '无单一主导因子' },
  'validity.harmanAbove': { en: 'common method bias suspected', zh: '可能存在共同方法偏差' },
  'validity.below': { en: '< {value}%', zh: '< {value}%' },
  'validity.harmanNote': {
    en: "Harman's test (Podsakoff et al. 2003) runs an unrotated principal component analysis of all {items} items. It is weak: passing it does not rule common method bias out.",
    zh: 'Harman 单因素检验（Podsakoff et al. 2003）对全部 {items} 个题项做未旋转的主成分分析。该检验较弱：通过检验并不能排除共同方法偏差。',
  },
  'validity.oneFactorTitle': { en: 'Common Method Bias: One-Factor Model', zh: '共同方法偏差：单因子模型' },
  'validity.model': { en: 'Model', zh: '模型' },
  'validity.oneFactor': { en: 'One factor (all items)', zh: '单因子（全部题项）' },
  'validity.studyModel': { en: 'Study model', zh: '研究模型' },
  'validity.difference': { en: 'Difference', zh: '差值' },
  'validity.chiSquare': { en: 'Chi-square', zh: '卡方' },
  'validity.df': { en: 'df', zh: '自由度' },
  'validity.chiSquareDf': { en: 'Chi-square/df', zh: '卡方/自由度' },
  'validity.sig': { en: 'Sig.', zh: '显著性' },
  'validity.oneFactorWorse': {
    en: 'The one-factor model fits significantly worse than the study model (Δχ² = {chi}, df = {df}, p {p}): a single method factor does not account for the data.',
    zh: '单因子模型的拟合显著差于研究模型（Δχ² = {chi}，df = {df}，p {p}）：单一方法因子不能解释数据。',
  },
  'validity.oneFactorNotWorse': {
    en: 'The one-factor model does not fit significantly worse than the study model (Δχ² = {chi}, df = {df}, p {p}): common method bias cannot be ruled out.',
    zh: '单因子模型的拟合并不显著差于研究模型（Δχ² = {chi}，df = {df}，p {p}）：不能排除共同方法偏差。',
  },
  'validity.warn.oneFactorFailed': { en: 'The one-factor model could not be fitted: {reason}', zh: '单因子模型无法拟合：{reason}' },
  'validity.err.minLoading': { en: '--min-loading must be a number between 0 and 1, not {value}.', zh: '--min-loading 必须是 0 到 1 之间的数，而不是 {value}。' },
  'validity.diagramTitle': { en: 'Path diagram (standardized estimates)', zh: '路径图（标准化估计值）' },
};
