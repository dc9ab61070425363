import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'analyze.allItems': { en: 'All items', zh: '全部题项' },
  'analyze.component': { en: 'Component {k}', zh: '成分 {k}' },
  'analyze.factorScore': { en: 'FAC{k}_1', zh: 'FAC{k}_1' },
  'analyze.reliable': {
    en: 'Reliable (α ≥ {min}): {scales}.',
    zh: '信度达标（α ≥ {min}）：{scales}。',
  },
  'analyze.unreliable': {
    en: 'Below the reliability threshold (α < {min}): {scales}.',
    zh: '信度未达标（α < {min}）：{scales}。',
  },
  'analyze.reverseHintItems': {
    en: 'A negative corrected item-total correlation ({items}) usually marks a reverse-keyed item: declare it under reverse: in the study file (or with --reverse) and run again.',
    zh: '校正后的项与总计相关性为负（{items}），通常说明该题项为反向计分：请在研究文件的 reverse: 中声明（或使用 --reverse）后重新分析。',
  },
  'analyze.reverseHint': {
    en: 'A negative α usually means reverse-keyed items: declare them under reverse: in the study file (or with --reverse) and run again.',
    zh: 'α 为负，通常说明存在反向计分题项：请在研究文件的 reverse: 中声明（或使用 --reverse）后重新分析。',
  },
  'analyze.kmoSuitable': {
    en: "The data suit factor analysis: KMO = {kmo} (≥ {min}) and Bartlett's test is significant (χ² = {chi}, df = {df}, p {p}).",
    zh: '数据适合做因子分析：KMO = {kmo}（≥ {min}），巴特利特球形度检验显著（χ² = {chi}，自由度 = {df}，p {p}）。',
  },
  'analyze.kmoUnsuitable': {
    en: "The data are doubtful for factor analysis: KMO = {kmo} (threshold {min}), Bartlett's χ² = {chi}, df = {df}, p {p}.",
    zh: '数据不太适合做因子分析：KMO = {kmo}（阈值 {min}），巴特利特 χ² = {chi}，自由度 = {df}，p {p}。',
  },
  'analyze.components': {
    en: '{k} components with eigenvalue > 1 explain {cum}% of the variance (principal components, varimax).',
    zh: '特征值大于 1 的成分共 {k} 个，累计解释方差 {cum}%（主成分分析，最大方差法旋转）。',
  },
  'analyze.componentsOne': {
    en: '1 component with eigenvalue > 1 explains {cum}% of the variance (principal components; a single component is not rotated).',
    zh: '特征值大于 1 的成分只有 1 个，解释方差 {cum}%（主成分分析；单个成分无法旋转）。',
  },
  'analyze.componentsNamed': { en: 'Components match the study scales: {list}.', zh: '成分与量表维度对应：{list}。' },
  'analyze.componentsDiffer': {
    en: 'The components do not reproduce the study scales.',
    zh: '成分未能重现研究文件中的量表维度。',
  },
  'analyze.scaleSplit': { en: '{scale} is split: {groups}.', zh: '{scale} 被拆分：{groups}。' },
  'analyze.inComponent': { en: '{items} in component {k}', zh: '{items} 在成分 {k}' },
  'analyze.scaleJoined': { en: '{scale} falls in component {k} together with {others}.', zh: '{scale} 落在成分 {k}，与 {others} 同属一个成分。' },
  'analyze.componentsSame': { en: 'Components with the same items as a study scale: {list}.', zh: '与量表维度题项相同的成分：{list}。' },
  'analyze.notComputed': { en: 'Not computed ({steps}): {reason}.', zh: '无法计算（{steps}）：{reason}。' },
  'analyze.factorNamed': { en: '{name} ({id})', zh: '{name}（{id}）' },
  'analyze.factorScoresNote': {
    en: 'Predictors: the components\' regression-method scores: {list}.',
    zh: '自变量为各成分的回归法得分：{list}。',
  },
  'analyze.model': {
    en: 'The regression of {outcome} explains R² = {r2} of its variance (F = {f}, p {p}).',
    zh: '{outcome} 的回归模型 R² = {r2}（F = {f}，p {p}）。',
  },
  'analyze.topDriver': {
    en: 'The strongest driver of satisfaction is {driver} (Beta = {beta}, p {p}).',
    zh: '对满意度影响最大的因素是 {driver}（Beta = {beta}，p {p}）。',
  },
  'analyze.topDriverNamed': {
    en: 'The strongest driver of satisfaction is {name} ({id}, Beta = {beta}, p {p}).',
    zh: '对满意度影响最大的因素是 {name}（{id}，Beta = {beta}，p {p}）。',
  },
  'analyze.notSignificant': { en: 'Not significant at .05: {list}.', zh: '在 .05 水平上不显著：{list}。' },
  'analyze.summaryTitle': { en: 'Summary of findings', zh: '分析结论' },
  'analyze.sampleTitle': { en: 'Sample', zh: '样本情况' },
  'analyze.rowsRead': { en: 'Questionnaires returned (rows read)', zh: '回收问卷（读取行数）' },
  'analyze.validRows': { en: 'Valid questionnaires (every item answered)', zh: '有效问卷（全部题项作答）' },
  'analyze.validRowsOutcome': { en: 'Valid questionnaires (every item and {outcome} answered)', zh: '有效问卷（全部题项及 {outcome} 作答）' },
  'analyze.percentDistributedHeader': { en: 'Percent of Distributed', zh: '占发放问卷 %' },
  'analyze.percentReturnedHeader': { en: 'Percent of Returned', zh: '占回收问卷 %' },
  'analyze.percentOfReturned': { en: 'Percent of the questionnaires returned.', zh: '百分比以回收问卷数为基数。' },
  'analyze.sampleUnweighted': {
    en: 'Counts are questionnaires (rows), not weighted by {weight}; a row whose weight is missing, zero or negative is not a valid questionnaire.',
    zh: '计数为问卷份数（行数），未按 {weight} 加权；权重缺失、为零或为负的行不计为有效问卷。',
  },
  'analyze.distributed': { en: 'Questionnaires distributed', zh: '发放问卷' },
  'analyze.count': { en: 'Count', zh: '数量' },
  'analyze.percent': { en: 'Percent', zh: '百分比' },
  'analyze.missingPerItem': { en: 'Missing answers per item', zh: '各题项缺失' },
  'analyze.item': { en: 'Item', zh: '题项' },
  'analyze.missing': { en: 'Missing', zh: '缺失' },
  'analyze.detected': { en: 'Items detected (no study file): {items}', zh: '自动识别的题项（无研究文件）：{items}' },
  'analyze.notItems': { en: 'Left out: {list}', zh: '未纳入：{list}' },
  'analyze.outcomeDetected': {
    en: "Outcome: {name} (named like the overall-satisfaction question; --outcome names another, --items with {name} makes it an item)",
    zh: '结果变量：{name}（名称与总体满意度题相符；用 --outcome 指定其他变量，或在 --items 中列出 {name} 使其成为题项）',
  },
  'analyze.componentsTitle': { en: 'Components: scale names and reliability', zh: '成分对应的维度与信度' },
  'analyze.componentName': { en: 'Name', zh: '名称' },
  'analyze.items': { en: 'Items', zh: '题项' },
  'analyze.alpha': { en: "Cronbach's Alpha", zh: '克隆巴赫 Alpha' },
  'analyze.driversTitle': { en: 'Drivers of {outcome} (ranked by |Beta|)', zh: '{outcome} 的影响因素（按 |Beta| 排序）' },
  'analyze.rank': { en: 'Rank', zh: '排名' },
  'analyze.predictor': { en: 'Predictor', zh: '自变量' },
  'analyze.beta': { en: 'Beta', zh: 'Beta' },
  'analyze.sig': { en: 'Sig.', zh: '显著性' },
  'analyze.reliabilityOf': { en: 'reliability of {scale}', zh: '{scale} 的信度分析' },
  'analyze.skipped': { en: 'Skipped the {step}: {reason}', zh: '已跳过 {step}：{reason}' },
  'analyze.thresholdFailed': {
    en: "Cronbach's alpha of {name} is {value}, below the threshold {threshold}",
    zh: '{name} 的克隆巴赫 Alpha 为 {value}，低于阈值 {threshold}',
  },
  'analyze.thresholdMissing': {
    en: "Cronbach's alpha of {name} could not be computed on this data (see the skipped steps), so it does not meet the threshold {threshold}",
    zh: '{name} 的克隆巴赫 Alpha 无法在此数据上计算（见已跳过的步骤），因此未达到阈值 {threshold}',
  },
  'analyze.kmoMissing': {
    en: 'KMO could not be computed on this data (see the skipped steps), so it does not meet the threshold {threshold}',
    zh: 'KMO 无法在此数据上计算（见已跳过的步骤），因此未达到阈值 {threshold}',
  },
  'analyze.fitFailed': { en: '{name} is {value}, {side} the threshold {threshold}', zh: '{name} 为 {value}，{side}阈值 {threshold}' },
  'analyze.fitAbove': { en: 'above', zh: '高于' },
  'analyze.fitBelow': { en: 'below', zh: '低于' },
  'analyze.fitMissing': {
    en: '{name} could not be computed on this data (see the skipped steps), so it does not meet the threshold {threshold}',
    zh: '{name} 无法在此数据上计算（见已跳过的步骤），因此未达到阈值 {threshold}',
  },
  'analyze.cfaFits': {
    en: 'The measurement model fits (χ²/df = {cmindf}, CFI = {cfi}, RMSEA = {rmsea}).',
    zh: '测量模型拟合良好（χ²/df = {cmindf}，CFI = {cfi}，RMSEA = {rmsea}）。',
  },
  'analyze.cfaFitsNot': {
    en: 'The measurement model does not fit well (χ²/df = {cmindf}, CFI = {cfi}, RMSEA = {rmsea}; cut-offs CFI >= {cfiMin}, RMSEA <= {rmseaMax}).',
    zh: '测量模型拟合欠佳（χ²/df = {cmindf}，CFI = {cfi}，RMSEA = {rmsea}；标准 CFI >= {cfiMin}，RMSEA <= {rmseaMax}）。',
  },
  // The structural model (src/analyses/analyze-sem.ts): '{fit}{path}.' as one sentence.
  'analyze.semSentence': { en: '{fit}{path}.', zh: '{fit}{path}。' },
  'analyze.semFits': { en: 'The structural model fits (CFI = {cfi}, RMSEA = {rmsea})', zh: '结构模型拟合良好（CFI = {cfi}，RMSEA = {rmsea}）' },
  'analyze.semFitsNot': { en: 'The structural model does not fit: {misses}', zh: '结构模型拟合欠佳：{misses}' },
  'analyze.semMiss': { en: '{index} = {value} (cut-off {rule} {cutoff})', zh: '{index} = {value}（标准 {rule} {cutoff}）' },
  'analyze.semStrongest': { en: '; the strongest path is {from} → {to} (β = {beta}{p})', zh: '；影响最大的路径是 {from} → {to}（β = {beta}{p}）' },
  'analyze.semP': { en: ', p {p}', zh: '，p {p}' },
  'analyze.semTitle': { en: 'Structural model: the scales → {outcome}', zh: '结构方程模型：各维度 → {outcome}' },
  'analyze.semPathsTitle': { en: 'Structural Paths to {outcome}', zh: '{outcome} 的结构路径系数' },
  'analyze.semBeta': { en: 'β', zh: 'β' },
  'analyze.semB': { en: 'B', zh: 'B' },
  'analyze.semNote': {
    en: 'β: standardized estimate; B: unstandardized estimate. Each scale of 2 or more items is a factor measured by its items, and {outcome} is regressed on every factor (ML as lavaan, as `csat sem`).',
    zh: 'β：标准化系数；B：非标准化系数。每个含 2 个及以上题项的维度为一个潜变量，由其题项测量；{outcome} 对各潜变量回归（最大似然法，与 lavaan 相同，同 `csat sem`）。',
  },
  'analyze.convergentAll': { en: 'Convergent validity holds for every factor (loadings, CR and AVE at their thresholds).', zh: '所有因子的聚合效度良好（载荷、CR 和 AVE 均达到标准）。' },
  'analyze.convergentNot': { en: 'Convergent validity falls short for {list}.', zh: '{list} 的聚合效度未达标准。' },
  'analyze.discriminantAll': { en: 'Discriminant validity holds: √AVE exceeds the factor correlations and no HTMT reaches {htmt}.', zh: '区分效度良好：AVE 平方根均大于因子间相关系数，且 HTMT 均小于 {htmt}。' },
  'analyze.discriminantNot': { en: 'Discriminant validity is in doubt for {list}.', zh: '{list} 的区分效度存疑。' },
  'analyze.kmoFailed': { en: 'KMO is {value}, below the threshold {threshold}', zh: 'KMO 为 {value}，低于阈值 {threshold}' },
  'analyze.step': { en: 'Step {n}. {title}', zh: '第 {n} 步 {title}' },
  'analyze.stepSample': { en: 'Sample', zh: '样本' },
  'analyze.stepDescriptives': { en: 'Descriptive statistics', zh: '描述统计' },
  'analyze.stepReliability': { en: 'Reliability', zh: '信度分析' },
  'analyze.stepFactor': { en: 'KMO, Bartlett and factor analysis', zh: 'KMO、巴特利特检验与因子分析' },
  'analyze.stepCfa': { en: 'Confirmatory factor analysis', zh: '验证性因子分析' },
  'analyze.stepCorrelations': { en: 'Correlations of the scale scores', zh: '维度得分的相关分析' },
  'analyze.scoresSum': { en: "Scale scores are the sums of each scale's items (--score sum), not their means.", zh: '维度得分为各维度题项之和（--score sum），而非均值。' },
  'analyze.stepRegression': { en: 'Regression: drivers of {outcome}', zh: '回归分析：{outcome} 的影响因素' },
  'analyze.stepSummary': { en: 'Summary', zh: '结论' },

  // Steps that can be skipped (src/analyses/analyze.ts).
  'analyze.skipStep.kmo': { en: "KMO and Bartlett's test", zh: 'KMO 和巴特利特检验' },
  'analyze.skipStep.factor': { en: 'factor analysis', zh: '因子分析' },
  'analyze.skipStep.componentReliability': { en: 'reliability of the components', zh: '成分的信度分析' },
  'analyze.skipStep.cfa': { en: 'confirmatory factor analysis', zh: '验证性因子分析' },
  'analyze.skipStep.correlations': { en: 'correlations', zh: '相关分析' },
  'analyze.skipStep.regression': { en: 'regression', zh: '回归分析' },
  'analyze.skipStep.ipa': { en: 'importance-performance analysis', zh: '重要性-表现分析' },
  'analyze.skipStep.sem': { en: 'structural model', zh: '结构模型' },

  // Errors (src/commands/analyze.ts).
  'analyze.err.failUnderForm': {
    en: "--fail-under: '{part}' is not of the form alpha=0.7, kmo=0.6 or a fit index such as cfi=0.9, rmsea=0.08",
    zh: "--fail-under：'{part}' 的格式不是 alpha=0.7、kmo=0.6 或 cfi=0.9、rmsea=0.08 这样的拟合指数",
  },
  'analyze.err.failUnderRange': {
    en: "--fail-under: '{part}': a threshold lies between 0 and 1, e.g. {name}=0.7",
    zh: "--fail-under：'{part}'：阈值应在 0 和 1 之间，例如 {name}=0.7",
  },
  'analyze.err.badOn': { en: "--on must be scales or factors, not '{on}'", zh: "--on 必须是 scales 或 factors，而不是 '{on}'" },
  'analyze.err.outcomeOne': { en: '--outcome takes one column, not {count}', zh: '--outcome 只能指定一列，而不是 {count} 列' },
  'analyze.err.noLikert': {
    en: 'found {count} Likert item(s) in {file}; name them with --items or a study file',
    zh: '在 {file} 中找到 {count} 个李克特题项；请用 --items 或研究文件指定题项',
  },
  'analyze.err.fewItems': {
    en: 'analyze needs at least 2 items (reliability, KMO and components rest on several); got {count}{first}',
    zh: 'analyze 至少需要 2 个题项（信度、KMO 和成分都基于多个题项）；实际为 {count} 个{first}',
  },
  'analyze.err.firstItem': { en: ' ({item})', zh: '（{item}）' },
  'analyze.err.outcomeIsItem': {
    en: "the outcome '{outcome}' is also one of the items; leave it out of --items (or the study's items and scales)",
    zh: "因变量 '{outcome}' 同时也是题项之一；请将其从 --items（或研究文件的 items 和 scales）中去掉",
  },
  'analyze.err.distributed': {
    en: "--distributed must be a positive whole number, not '{value}'",
    zh: "--distributed 必须是正整数，而不是 '{value}'",
  },
  'analyze.err.fewerDistributed': {
    en: '{where} is fewer than the {rows} questionnaires returned (data rows in {file})',
    zh: '{where} 少于回收的 {rows} 份问卷（{file} 中的数据行数）',
  },
  'analyze.err.outcomeText': {
    en: "{where}: '{outcome}' holds text ({count} distinct answers such as '{example}'), not ratings, so it cannot be the outcome of the regression; choose a numeric column or map its answers to codes with --labels",
    zh: "{where}：'{outcome}' 包含文本（{count} 种不同的回答，例如 '{example}'），而不是评分，因此不能作为回归的因变量；请选择数值列，或用 --labels 将其回答映射为代码",
  },
  'analyze.err.outcomeOption': { en: '--outcome', zh: '--outcome' },
  'analyze.err.outcomeStudy': { en: '{path}{line}: outcome', zh: '{path}{line}：outcome（因变量）' },

  // Warnings (src/commands/analyze.ts).
  'analyze.warn.scaleDropped': {
    en: "study scale '{scale}' left out: only {kept} of its {total} items are among --items, and a scale needs at least 2",
    zh: "研究文件中的量表 '{scale}' 未纳入：其 {total} 个题项中只有 {kept} 个在 --items 中，而量表至少需要 2 个题项",
  },
  'analyze.warn.scaleNarrowed': {
    en: "study scale '{scale}' keeps only its items among --items: {kept} (left out: {left})",
    zh: "研究文件中的量表 '{scale}' 只保留 --items 中的题项：{kept}（未纳入：{left}）",
  },
  'analyze.warn.onWithoutOutcome': {
    en: '--on factors has no effect without an outcome (--outcome or the study\'s outcome:): there is no regression',
    zh: '没有因变量（--outcome 或研究文件的 outcome:）时 --on factors 不起作用：不做回归分析',
  },
  'analyze.err.distributedOption': { en: '--distributed {n}', zh: '--distributed {n}' },
  'analyze.err.distributedStudy': { en: '{path}{line}: {key}: {n}', zh: '{path}{line}：{key}: {n}' },
};
