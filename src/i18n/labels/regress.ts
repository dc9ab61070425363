/**
 * Labels of `csat regress`: SPSS REGRESSION's titles, columns and footnotes, in English and in
 * the terms of SPSS Statistics' Simplified Chinese edition (模型摘要, 系数, 未标准化系数, 容差, ...).
 */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'regress.model': { en: 'Model', zh: '模型' },
  'regress.enteredRemoved': { en: 'Variables Entered/Removed', zh: '输入/除去的变量' },
  'regress.entered': { en: 'Variables Entered', zh: '输入的变量' },
  'regress.removed': { en: 'Variables Removed', zh: '除去的变量' },
  'regress.method': { en: 'Method', zh: '方法' },
  'regress.methodEnter': { en: 'Enter', zh: '输入' },
  'regress.methodStepwise': {
    en: 'Stepwise (Criteria: Probability-of-F-to-enter <= {pin}, Probability-of-F-to-remove >= {pout}).',
    zh: '步进（条件：要输入的 F 的概率 <= {pin}，要除去的 F 的概率 >= {pout}）。',
  },
  'regress.methodForward': {
    en: 'Forward (Criterion: Probability-of-F-to-enter <= {pin})',
    zh: '向前（条件：要输入的 F 的概率 <= {pin}）',
  },
  'regress.methodBackward': {
    en: 'Backward (criterion: Probability of F-to-remove >= {pout}).',
    zh: '向后（条件：要除去的 F 的概率 >= {pout}）。',
  },
  'regress.dependentNote': { en: 'Dependent Variable: {name}', zh: '因变量：{name}' },
  'regress.predictorsNote': { en: 'Predictors: (Constant), {names}', zh: '预测变量：（常量）, {names}' },
  'regress.fromSummary': {
    en: 'From summary statistics (a matrix or moments file): no Durbin-Watson, Residuals Statistics or Casewise Diagnostics, which need the rows.',
    zh: '来自汇总统计量（矩阵或矩文件）：没有德宾-沃森、残差统计和个案诊断，它们需要数据的各行。',
  },
  'regress.predictorConstant': { en: 'Predictor: (constant)', zh: '预测变量：（常量）' },
  'regress.allEntered': { en: 'All requested variables entered.', zh: '已输入所有请求的变量。' },
  'regress.toleranceReached': { en: 'Tolerance = {tol} limit reached.', zh: '已达到容差 = {tol} 限制。' },
  'regress.noneEntered': { en: 'No variables were entered into the equation.', zh: '没有任何变量输入到方程中。' },
  'regress.modelSummary': { en: 'Model Summary', zh: '模型摘要' },
  'regress.r': { en: 'R', zh: 'R' },
  'regress.rSquare': { en: 'R Square', zh: 'R 方' },
  'regress.adjustedRSquare': { en: 'Adjusted R Square', zh: '调整后 R 方' },
  'regress.stdErrorOfEstimate': { en: 'Std. Error of the Estimate', zh: '标准估算的错误' },
  'regress.changeStatistics': { en: 'Change Statistics', zh: '更改统计' },
  'regress.rSquareChange': { en: 'R Square Change', zh: 'R 方变化量' },
  'regress.fChange': { en: 'F Change', zh: 'F 变化量' },
  'regress.df1': { en: 'df1', zh: '自由度 1' },
  'regress.df2': { en: 'df2', zh: '自由度 2' },
  'regress.sigFChange': { en: 'Sig. F Change', zh: '显著性 F 变化量' },
  'regress.durbinWatson': { en: 'Durbin-Watson', zh: '德宾-沃森' },
  'regress.anova': { en: 'ANOVA', zh: 'ANOVA（方差分析）' },
  'regress.sumOfSquares': { en: 'Sum of Squares', zh: '平方和' },
  'regress.df': { en: 'df', zh: '自由度' },
  'regress.meanSquare': { en: 'Mean Square', zh: '均方' },
  'regress.f': { en: 'F', zh: 'F' },
  'regress.sig': { en: 'Sig.', zh: '显著性' },
  'regress.regression': { en: 'Regression', zh: '回归' },
  'regress.residual': { en: 'Residual', zh: '残差' },
  'regress.total': { en: 'Total', zh: '总计' },
  'regress.coefficients': { en: 'Coefficients', zh: '系数' },
  'regress.unstandardized': { en: 'Unstandardized Coefficients', zh: '未标准化系数' },
  'regress.standardized': { en: 'Standardized Coefficients', zh: '标准化系数' },
  'regress.b': { en: 'B', zh: 'B' },
  'regress.stdError': { en: 'Std. Error', zh: '标准错误' },
  'regress.beta': { en: 'Beta', zh: 'Beta' },
  'regress.t': { en: 't', zh: 't' },
  'regress.ci': { en: '95.0% Confidence Interval for B', zh: 'B 的 95.0% 置信区间' },
  'regress.lower': { en: 'Lower Bound', zh: '下限' },
  'regress.upper': { en: 'Upper Bound', zh: '上限' },
  'regress.collinearity': { en: 'Collinearity Statistics', zh: '共线性统计' },
  'regress.tolerance': { en: 'Tolerance', zh: '容差' },
  'regress.vif': { en: 'VIF', zh: 'VIF' },
  'regress.constant': { en: '(Constant)', zh: '（常量）' },
  'regress.excludedVariables': { en: 'Excluded Variables', zh: '已排除的变量' },
  'regress.betaIn': { en: 'Beta In', zh: '输入 Beta' },
  'regress.partial': { en: 'Partial Correlation', zh: '偏相关' },
  'regress.minimumTolerance': { en: 'Minimum Tolerance', zh: '最小容差' },
  'regress.predictorsInModel': { en: 'Predictors in the Model: (Constant), {names}', zh: '模型中的预测变量：（常量）, {names}' },
  'regress.predictorsInModelConstant': { en: 'Predictors in the Model: (Constant)', zh: '模型中的预测变量：（常量）' },
  'regress.residualsStatistics': { en: 'Residuals Statistics', zh: '残差统计' },
  'regress.minimum': { en: 'Minimum', zh: '最小值' },
  'regress.maximum': { en: 'Maximum', zh: '最大值' },
  'regress.mean': { en: 'Mean', zh: '平均值' },
  'regress.sd': { en: 'Std. Deviation', zh: '标准偏差' },
  'regress.n': { en: 'N', zh: '个案数' },
  'regress.predictedValue': { en: 'Predicted Value', zh: '预测值' },
  'regress.stdPredictedValue': { en: 'Std. Predicted Value', zh: '标准预测值' },
  'regress.stdResidual': { en: 'Std. Residual', zh: '标准残差' },
  'regress.casewise': { en: 'Casewise Diagnostics', zh: '个案诊断' },
  'regress.caseNumber': { en: 'Case Number', zh: '个案号' },
  'regress.equation': { en: 'Fitted equation: {equation}', zh: '回归方程：{equation}' },
  'regress.standardizedEquation': { en: 'Standardized equation (Beta): {equation}', zh: '标准化回归方程（Beta）：{equation}' },
  'regress.reference': {
    en: "Categorical predictor '{variable}': dummy-coded, reference category '{reference}' ({dummies}).",
    zh: "分类预测变量“{variable}”：虚拟编码，参考类别为“{reference}”（{dummies}）。",
  },
  'regress.savedTo': { en: '{columns} written to {file}, one line per data row, keyed by the row number.', zh: '{columns} 已写入 {file}，每个数据行一行，以行号标识。' },
  'regress.savedToId': { en: '{columns} written to {file}, one line per data row, keyed by {key}.', zh: '{columns} 已写入 {file}，每个数据行一行，以 {key} 标识。' },
  'regress.weighted': { en: 'Cases weighted by {weight}.', zh: '个案按 {weight} 加权。' },
  'regress.meanSubstituted': {
    en: '{count} missing values replaced by the mean of their variable (SPSS /MISSING MEANSUBSTITUTION).',
    zh: '{count} 个缺失值已替换为所在变量的平均值（SPSS /MISSING MEANSUBSTITUTION）。',
  },
  'regress.casesExcluded': {
    en: '{used} cases used; {excluded} excluded (listwise: a missing value in a variable of the model).',
    zh: '使用了 {used} 个个案；排除了 {excluded} 个（成列：模型中某个变量有缺失值）。',
  },
  // Errors and warnings (src/commands/regress.ts, src/analyses/regress.ts, src/stats/regression.ts).
  'regress.err.formulaShape': {
    en: 'the formula must look like "y ~ a + b", not \'{formula}\'',
    zh: '公式必须形如 "y ~ a + b"，而不是 \'{formula}\'',
  },
  'regress.err.emptyTerm': { en: "empty term in the formula '{formula}'", zh: "公式 '{formula}' 中有空项" },
  'regress.err.missingMode': {
    en: "--missing-mode must be listwise (cases complete on every variable, SPSS's default) or meansub (missing values replaced by the variable's mean), not '{value}'",
    zh: "--missing-mode 必须是 listwise（个案在每个变量上都没有缺失值，SPSS 的默认设置）或 meansub（缺失值替换为该变量的平均值），而不是 '{value}'",
  },
  'regress.err.formulaTwice': {
    en: 'give the formula once: as an argument or with --formula',
    zh: '公式只能给出一次：作为参数，或者用 --formula',
  },
  'regress.err.formulaAndOptions': {
    en: 'give either a formula or --outcome with --iv/--block, not both',
    zh: '请给出公式，或者给出 --outcome 加 --iv/--block，不能两者都给',
  },
  'regress.err.noDependent': {
    en: 'regress needs --outcome (the dependent variable) or a formula "y ~ a + b"',
    zh: 'regress 需要 --outcome（因变量）或公式 "y ~ a + b"',
  },
  'regress.err.ivAndBlock': {
    en: 'give the predictors either with --iv (one block) or with --block (repeated), not both',
    zh: '请用 --iv（一个块）或 --block（可重复）给出预测变量，不能两者都用',
  },
  'regress.err.noPredictorsGiven': {
    en: 'regress needs predictors: --iv a,b, --block a --block b, or a formula "y ~ a + b"',
    zh: 'regress 需要预测变量：--iv a,b，--block a --block b，或公式 "y ~ a + b"',
  },
  'regress.err.savePredictedNoFile': {
    en: '--save-predicted without a file name adds PRE_1 to the --save-residuals file; give one of them a file',
    zh: '不带文件名的 --save-predicted 会把 PRE_1 加入 --save-residuals 的文件；请为其中一个选项指定文件',
  },
  'regress.err.saveIsReport': {
    en: "{option} {file} is the same file as the report (-o {output}); give the saved values a file of their own",
    zh: "{option} {file} 与报告（-o {output}）是同一个文件；请为保存的值另外指定一个文件",
  },
  'regress.err.idWithoutSave': {
    en: '--id goes with --save-residuals or --save-predicted',
    zh: '--id 须与 --save-residuals 或 --save-predicted 一起使用',
  },
  'regress.err.dependentColumns': {
    en: 'the dependent variable must be one column, not {count} ({columns})',
    zh: '因变量必须是一列，而不是 {count} 列（{columns}）',
  },
  'regress.err.referenceNotCategorical': {
    en: "--reference {ref}: '{column}' is not a --categorical predictor",
    zh: "--reference {ref}：'{column}' 不是 --categorical 预测变量",
  },
  'regress.err.referenceAmbiguous': {
    en: '--reference {ref}: with {count} categorical predictors, write COLUMN=LEVEL',
    zh: '--reference {ref}：有 {count} 个分类预测变量时，请写成 COLUMN=LEVEL',
  },
  'regress.err.referenceWithoutCategorical': {
    en: '--reference {ref} goes with --categorical (or factor(x) in a formula): name the predictor to dummy-code',
    zh: '--reference {ref} 须与 --categorical（或公式中的 factor(x)）一起使用：请指定要虚拟编码的预测变量',
  },
  'regress.err.oneCategory': {
    en: "the categorical predictor '{name}' has only one category ({level}) among the {cases} cases used, so it cannot be dummy-coded",
    zh: "分类预测变量 '{name}' 在所用的 {cases} 个个案中只有一个类别（{level}），因此无法进行虚拟编码",
  },
  'regress.err.noLevel': { en: 'none', zh: '无' },
  'regress.err.notACategory': {
    en: "--reference: '{level}' is not a category of '{name}'; its categories are {categories}",
    zh: "--reference：'{level}' 不是 '{name}' 的类别；其类别为 {categories}",
  },
  'regress.err.pinPout': {
    en: '--pin ({pin}) must be smaller than --pout ({pout}), or a variable could enter and leave forever',
    zh: '--pin（{pin}）必须小于 --pout（{pout}），否则变量可能无休止地反复输入和除去',
  },
  'regress.err.dependentAsPredictor': {
    en: "'{name}' is the dependent variable and cannot also be a predictor",
    zh: "'{name}' 是因变量，不能同时作为预测变量",
  },
  'regress.err.predictorTwice': { en: "'{name}' is named twice among the predictors", zh: "'{name}' 在预测变量中出现了两次" },
  'regress.err.noPredictors': {
    en: 'no predictors: give --iv, --block or a formula such as "y ~ a + b"',
    zh: '没有预测变量：请给出 --iv、--block 或 "y ~ a + b" 这样的公式',
  },
  'regress.err.textDependent': {
    en: "the dependent variable '{name}' holds text, not numbers",
    zh: "因变量 '{name}' 包含文本，而不是数字",
  },
  'regress.err.textPredictor': {
    en: "the predictor '{name}' holds text ({count} categories); dummy-code it with --categorical {name}",
    zh: "预测变量 '{name}' 包含文本（{count} 个类别）；请用 --categorical {name} 对其进行虚拟编码",
  },
  'regress.err.noValidValue': {
    en: "'{name}' has no valid value, so its mean cannot be substituted",
    zh: "'{name}' 没有有效值，因此无法用其平均值替换缺失值",
  },
  'regress.err.noCompleteCase': {
    en: "no case has '{name}' and every predictor present (listwise deletion)",
    zh: "没有个案在 '{name}' 和所有预测变量上都有值（成列删除）",
  },
  'regress.err.emptyColumn': {
    en: "'{name}' has no values (every row is empty or missing), so no case can be used",
    zh: "'{name}' 没有任何值（每一行都为空或缺失），因此没有可用的个案",
  },
  'regress.err.valuesTooSmall': {
    en: "the values of '{name}' (largest |value| {largest}) are too small for its sum of squares to exist in floating point; rescale it (multiply or divide by a power of ten) first",
    zh: "'{name}' 的值（最大绝对值 {largest}）太小，其平方和无法用浮点数表示；请先调整其尺度（乘以或除以 10 的幂）",
  },
  'regress.err.valuesTooLarge': {
    en: "the values of '{name}' (largest |value| {largest}) are too large for its sum of squares to exist in floating point; rescale it (multiply or divide by a power of ten) first",
    zh: "'{name}' 的值（最大绝对值 {largest}）太大，其平方和无法用浮点数表示；请先调整其尺度（乘以或除以 10 的幂）",
  },
  'regress.err.fewCases': {
    en: "the regression of '{name}' has {n} {cases}; a constant, one predictor and the error variance need at least 3",
    zh: "'{name}' 的回归只有 {n} 个个案；常量、一个预测变量和误差方差至少需要 3 个个案",
  },
  'regress.err.constantDependent': {
    en: "the dependent variable '{name}' has zero variance (every one of the {cases} cases has the value {value}), so no regression can be fitted",
    zh: "因变量 '{name}' 的方差为零（全部 {cases} 个个案的值都是 {value}），因此无法拟合回归",
  },
  'regress.err.noPredictorCanEnter': {
    en: "no predictor of '{name}' can enter the model: {predictors} {are} constant or perfectly collinear",
    zh: "'{name}' 的预测变量都无法输入模型：{predictors} 为常量或完全共线",
  },
  'regress.err.tooFewCases': {
    en: "the regression of '{name}' has {n} cases for {parameters} parameters (constant + {q} {predictors}); at least {needed} cases are needed to estimate the error variance",
    zh: "'{name}' 的回归有 {n} 个个案、{parameters} 个参数（常量 + {q} 个预测变量）；至少需要 {needed} 个个案才能估算误差方差",
  },
  'regress.err.tooFewCasesDropped': {
    en: "the regression of '{name}' has {n} cases for {parameters} parameters (constant + {asked} predictors); at least {needed} cases are needed to estimate the error variance ({dropped} left out as constant or collinear, and the {q} left still use up every case)",
    zh: "'{name}' 的回归有 {n} 个个案、{parameters} 个参数（常量 + {asked} 个预测变量）；至少需要 {needed} 个个案才能估算误差方差（{dropped} 因为常量或共线已被排除，剩下的 {q} 个仍用尽了全部个案）",
  },
  'regress.err.exactFit': {
    en: "'{name}' is an exact linear function of {predictors} (R Square = 1), so standard errors, t and F tests do not exist",
    zh: "'{name}' 是 {predictors} 的精确线性函数（R 方 = 1），因此标准错误、t 检验和 F 检验都不存在",
  },
  'regress.warn.leftOut': {
    en: "'{name}' was left out of the model: {reason}, as SPSS REGRESSION's tolerance criterion leaves it out",
    zh: "'{name}' 已从模型中排除：{reason}；SPSS REGRESSION 的容差条件同样会排除它",
  },
  'regress.warn.constant': { en: 'it is constant over the cases used', zh: '它在所用个案中为常量' },
  'regress.warn.noneEntered': {
    en: "no predictor of '{name}' meets the entry criterion (probability of F-to-enter <= {pin}): no variables were entered into the equation",
    zh: "'{name}' 的预测变量都不满足输入条件（要输入的 F 的概率 <= {pin}）：没有任何变量输入到方程中",
  },
  'regress.warn.allRemoved': {
    en: "every predictor of '{name}' met the removal criterion (probability of F-to-remove >= {pout}): only the constant is left in the equation",
    zh: "'{name}' 的每个预测变量都满足除去条件（要除去的 F 的概率 >= {pout}）：方程中只剩下常量",
  },
  'regress.warn.otherPredictors': { en: 'the other predictors', zh: '其他预测变量' },
  'regress.warn.collinear': {
    en: 'it is (almost) a linear combination of {others} (tolerance {tolerance}, below {limit})',
    zh: '它（几乎）是 {others} 的线性组合（容差 {tolerance}，低于 {limit}）',
  },
};
