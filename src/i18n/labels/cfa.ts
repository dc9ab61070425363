/**
 * Labels of `csat cfa` and `csat sem`: AMOS's table names and columns (Model Fit, Regression
 * Weights, Estimate, S.E., C.R., P, ...) and, in Chinese, the terms Chinese papers print
 * (模型拟合指标, 标准化载荷, 卡方自由度比, 组合信度 ...). Also the model-syntax and estimation errors.
 */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  // Model syntax (src/stats/sem/syntax.ts, model.ts)
  'cfa.syntax.at': { en: 'model syntax, line {line}, column {column}: {what}', zh: '模型语法，第 {line} 行第 {column} 列：{what}' },
  'cfa.syntax.unexpected': { en: "unexpected character '{char}'.", zh: "意外的字符 '{char}'。" },
  'cfa.syntax.nameExpected': { en: 'a variable name is missing here.', zh: '此处缺少变量名。' },
  'cfa.syntax.modifier': {
    en: "'{modifier}*' is not supported: only numbers fix a parameter (e.g. 1*x1); labels and constraints are not.",
    zh: "不支持 '{modifier}*'：只能用数字固定参数（如 1*x1），不支持标签和约束。",
  },
  'cfa.syntax.modifierLeft': { en: 'a fixed value belongs on the right-hand side.', zh: '固定值只能写在运算符右侧。' },
  'cfa.syntax.secondOperator': { en: "a second operator '{op}' in one statement; end the statement with a new line or ';'.", zh: "一条语句中出现第二个运算符 '{op}'；请用换行或 ';' 分隔语句。" },
  'cfa.syntax.plusExpected': { en: "expected '+' before '{got}'.", zh: "'{got}' 之前应为 '+'。" },
  'cfa.syntax.noOperator': { en: 'a statement without an operator; use =~ (indicators), ~ (regression) or ~~ (covariance).', zh: '语句缺少运算符；请用 =~（指标）、~（回归）或 ~~（协方差）。' },
  'cfa.syntax.unknownOperator': { en: "unknown operator '{op}'; use =~ (indicators), ~ (regression) or ~~ (covariance).", zh: "未知运算符 '{op}'；请用 =~（指标）、~（回归）或 ~~（协方差）。" },
  'cfa.syntax.noIndicators': { en: "the factor '{factor}' has no indicators.", zh: "因子 '{factor}' 没有指标。" },
  'cfa.syntax.intercept': { en: 'intercepts (~ 1) are not supported: the model is fitted to the covariance matrix.', zh: '不支持截距（~ 1）：模型拟合的是协方差矩阵。' },
  'cfa.syntax.duplicate': { en: "the path '{path}' is given twice (first on line {line}).", zh: "路径 '{path}' 重复出现（第一次在第 {line} 行）。" },
  'cfa.model.indicatorRegressed': {
    en: "'{name}' is an indicator of a factor and also in a regression; regress its factor instead.",
    zh: "'{name}' 既是因子的指标又出现在回归中；请改为对其因子回归。",
  },
  'cfa.model.mixedCovariance': { en: "a covariance between the indicator and the structural variable in '{a} ~~ {b}' is not supported.", zh: "不支持 '{a} ~~ {b}' 中指标与结构变量之间的协方差。" },
  'cfa.model.singleIndicator': {
    en: "the model is not identified: the factor '{factor}' has one indicator ({item}) and nothing else fixed; fix its error variance (e.g. {item} ~~ 0*{item}) or give it more items.",
    zh: "模型无法识别：因子 '{factor}' 只有一个指标（{item}）且没有其他固定参数；请固定其误差方差（如 {item} ~~ 0*{item}）或增加题项。",
  },
  'cfa.model.cyclic': {
    en: 'the structural paths form a cycle ({cycle}); non-recursive models are not supported.',
    zh: '结构路径构成循环（{cycle}）；不支持非递归模型。',
  },
  'cfa.model.notColumn': { en: "'{name}' in the model is neither a factor nor a column of {file}.", zh: "模型中的 '{name}' 既不是因子也不是 {file} 中的列。" },
  // Estimation (src/stats/sem/estimate.ts, solution.ts)
  'cfa.err.sampleNotPd': {
    en: "the sample covariance matrix is not positive definite: '{item}' is (nearly) a linear combination of the variables before it, or has no variance.",
    zh: "样本协方差矩阵不是正定的：'{item}' （几乎）是前面变量的线性组合，或方差为零。",
  },
  'cfa.err.negativeDf': {
    en: 'the model is not identified: it has {q} free parameters but the covariance matrix has only {moments} moments (df = {df}).',
    zh: '模型无法识别：有 {q} 个自由参数，而协方差矩阵只有 {moments} 个矩（df = {df}）。',
  },
  'cfa.err.fewCases': { en: 'too few cases: {n} complete cases for {q} free parameters.', zh: '个案太少：{n} 个完整个案，{q} 个自由参数。' },
  'cfa.err.badStart': { en: 'the model-implied covariance matrix at the starting values is not positive definite.', zh: '初始值下的模型隐含协方差矩阵不是正定的。' },
  'cfa.err.notConverged': {
    en: 'the estimation did not converge in {iterations} iterations; the model may be misspecified or not identified.',
    zh: '估计在 {iterations} 次迭代内未收敛；模型可能设定错误或无法识别。',
  },
  'cfa.err.notIdentified': {
    en: 'the model is not identified: the information matrix at the estimates is singular (some parameters cannot be told apart).',
    zh: '模型无法识别：估计值处的信息矩阵奇异（部分参数无法区分）。',
  },
  // Warnings
  'cfa.warn.negativeVariance': {
    en: "Heywood case: the variance of '{name}' is negative ({value}); the estimates are shown, but the model needs attention.",
    zh: "Heywood 现象：'{name}' 的方差为负（{value}）；仍显示估计值，但模型需要检查。",
  },
  'cfa.warn.loadingAboveOne': {
    en: "Heywood case: the standardized loading of '{item}' on '{factor}' is above 1 ({value}); the estimates are shown, but the model needs attention.",
    zh: "Heywood 现象：'{item}' 在 '{factor}' 上的标准化载荷大于 1（{value}）；仍显示估计值，但模型需要检查。",
  },
  'cfa.warn.bootstrapFailed': { en: '{failed} of {replicates} bootstrap samples could not be estimated and are left out of the intervals.', zh: '{replicates} 个自助样本中有 {failed} 个无法估计，未计入区间。' },
  // Command errors
  'cfa.err.noModel': {
    en: 'no model: give --study with scales (each scale a factor), a study `model:`, or --model.',
    zh: '没有模型：请用 --study 提供量表（每个量表一个因子）、研究文件的 `model:`，或 --model。',
  },
  'cfa.err.noPaths': {
    en: 'no structural paths: give them in the study file (`paths:` or `model:`) or with --model, e.g. 满意度 ~ 形象 + 服务.',
    zh: '没有结构路径：请在研究文件（`paths:` 或 `model:`）或 --model 中给出，如 满意度 ~ 形象 + 服务。',
  },
  'cfa.err.cannotReadModel': { en: "cannot read the model file '{file}': {why}", zh: "无法读取模型文件 '{file}'：{why}" },
  'cfa.err.mimic': { en: "--mimic must be lavaan or amos, not '{value}'.", zh: "--mimic 只能是 lavaan 或 amos，而不是 '{value}'。" },
  'cfa.err.bootstrap': { en: "--bootstrap must be a whole number from 100 to 100000, not '{value}'.", zh: "--bootstrap 必须是 100 到 100000 之间的整数，而不是 '{value}'。" },
  'cfa.err.seed': { en: "--seed must be a whole number, not '{value}'.", zh: "--seed 必须是整数，而不是 '{value}'。" },
  'cfa.err.fitKey': { en: "unknown fit index '{key}' under fit: in the study file; known: {known}.", zh: "研究文件 fit: 下的拟合指标 '{key}' 未知；可用：{known}。" },
  // Tables
  'cfa.fitTitle': { en: 'Model Fit', zh: '模型拟合指标' },
  'cfa.index': { en: 'Index', zh: '拟合指标' },
  'cfa.value': { en: 'Value', zh: '指标值' },
  'cfa.cutoff': { en: 'Cut-off', zh: '参考标准' },
  'cfa.verdict': { en: 'Verdict', zh: '结论' },
  'cfa.pass': { en: 'good', zh: '达标' },
  'cfa.fail': { en: 'poor', zh: '未达标' },
  'cfa.fit.chisq': { en: 'Chi-square (CMIN)', zh: '卡方值 (χ²)' },
  'cfa.fit.df': { en: 'df', zh: '自由度 (df)' },
  'cfa.fit.pvalue': { en: 'P', zh: '显著性 P' },
  'cfa.fit.cmindf': { en: 'CMIN/DF', zh: '卡方自由度比 (χ²/df)' },
  'cfa.fit.gfi': { en: 'GFI', zh: 'GFI' },
  'cfa.fit.agfi': { en: 'AGFI', zh: 'AGFI' },
  'cfa.fit.nfi': { en: 'NFI', zh: 'NFI' },
  'cfa.fit.ifi': { en: 'IFI', zh: 'IFI' },
  'cfa.fit.tli': { en: 'TLI', zh: 'TLI' },
  'cfa.fit.cfi': { en: 'CFI', zh: 'CFI' },
  'cfa.fit.rmsea': { en: 'RMSEA', zh: 'RMSEA' },
  'cfa.fit.rmseaCi': { en: 'RMSEA 90% CI', zh: 'RMSEA 90% 置信区间' },
  'cfa.fit.pclose': { en: 'PCLOSE', zh: 'PCLOSE' },
  'cfa.fit.srmr': { en: 'SRMR', zh: 'SRMR' },
  'cfa.fit.rmr': { en: 'RMR', zh: 'RMR' },
  'cfa.fit.aic': { en: 'AIC', zh: 'AIC' },
  'cfa.fit.bic': { en: 'BIC', zh: 'BIC' },
  'cfa.fitNoteLavaan': {
    en: 'Maximum likelihood, lavaan convention: S with divisor N, chi-square = N F; AIC and BIC from the log-likelihood (-2 logL + 2q, -2 logL + q ln N). {iterations} iterations, converged.',
    zh: '最大似然估计，lavaan 约定：样本协方差除以 N，卡方 = N F；AIC 与 BIC 由对数似然计算（-2 logL + 2q，-2 logL + q ln N）。迭代 {iterations} 次，已收敛。',
  },
  'cfa.fitNoteAmos': {
    en: 'Maximum likelihood, AMOS convention: S with divisor N - 1, chi-square = (N - 1) F; AIC = CMIN + 2q, BIC = CMIN + q ln N. {iterations} iterations, converged.',
    zh: '最大似然估计，AMOS 约定：样本协方差除以 N - 1，卡方 = (N - 1) F；AIC = CMIN + 2q，BIC = CMIN + q ln N。迭代 {iterations} 次，已收敛。',
  },
  'cfa.casesNote': {
    en: 'Listwise deletion: {n} complete cases used, {excluded} excluded for a missing answer.',
    zh: '成列删除：使用 {n} 个完整个案，{excluded} 个因缺失被排除。',
  },
  'cfa.weighted': { en: 'Cases weighted by {weight}.', zh: '个案按 {weight} 加权。' },
  'cfa.loadingsTitle': { en: 'Factor Loadings (Regression Weights)', zh: '因子载荷（标准化载荷）' },
  'cfa.regressionsTitle': { en: 'Regression Weights (Structural Paths)', zh: '路径系数' },
  'cfa.covariancesTitle': { en: 'Covariances', zh: '协方差' },
  'cfa.variancesTitle': { en: 'Variances', zh: '方差' },
  'cfa.smcTitle': { en: 'Squared Multiple Correlations', zh: '多元相关平方 (R²)' },
  'cfa.effectsTitle': { en: 'Direct, Indirect and Total Effects', zh: '直接效应、间接效应与总效应' },
  'cfa.path': { en: 'Path', zh: '路径' },
  'cfa.estimate': { en: 'Estimate', zh: '非标准化估计' },
  'cfa.se': { en: 'S.E.', zh: '标准误 S.E.' },
  'cfa.cr': { en: 'C.R.', zh: '临界比 C.R.' },
  'cfa.p': { en: 'P', zh: 'P' },
  'cfa.standardized': { en: 'Standardized', zh: '标准化估计' },
  'cfa.correlation': { en: 'Correlation', zh: '相关系数' },
  'cfa.r2': { en: 'Estimate', zh: '估计值' },
  'cfa.variable': { en: 'Variable', zh: '变量' },
  'cfa.direct': { en: 'Direct', zh: '直接效应' },
  'cfa.indirect': { en: 'Indirect', zh: '间接效应' },
  'cfa.total': { en: 'Total', zh: '总效应' },
  'cfa.indirectCi': { en: 'Indirect {level}% CI', zh: '间接效应 {level}% 置信区间' },
  'cfa.lower': { en: 'Lower', zh: '下限' },
  'cfa.upper': { en: 'Upper', zh: '上限' },
  'cfa.stdLvNote': { en: 'Factor variances fixed to 1 (--std-lv).', zh: '因子方差固定为 1（--std-lv）。' },
  'cfa.markerNote': { en: 'Each factor scaled by its first loading, fixed to 1 (Estimate shown without S.E.).', zh: '每个因子以第一个载荷固定为 1 设定尺度（该行无标准误）。' },
  'cfa.pStars': { en: '*** p < .001 (as AMOS prints it).', zh: '*** 表示 p < .001（与 AMOS 相同）。' },
  'cfa.effectsNote': {
    en: 'Standardized effects; indirect = total - direct. Bootstrap: {replicates} resamples of the cases (seed {seed}), percentile intervals of the unstandardized indirect effect.',
    zh: '标准化效应；间接效应 = 总效应 - 直接效应。自助法：对个案重抽样 {replicates} 次（种子 {seed}），给出非标准化间接效应的百分位区间。',
  },
  'cfa.effectsNoteNoBoot': { en: 'Standardized effects; indirect = total - direct. Bootstrap intervals with --bootstrap B.', zh: '标准化效应；间接效应 = 总效应 - 直接效应。用 --bootstrap B 得到自助法区间。' },
  'cfa.summary': {
    en: 'The model {fits}: chi2/df = {cmindf}, CFI = {cfi}, TLI = {tli}, RMSEA = {rmsea}, SRMR = {srmr} ({passed} of {total} indices meet their cut-offs).',
    zh: '模型{fits}：χ²/df = {cmindf}，CFI = {cfi}，TLI = {tli}，RMSEA = {rmsea}，SRMR = {srmr}（{total} 项指标中 {passed} 项达标）。',
  },
  'cfa.fitsWell': { en: 'fits', zh: '拟合良好' },
  'cfa.fitsPoorly': { en: 'does not fit well', zh: '拟合欠佳' },
};
