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
};
