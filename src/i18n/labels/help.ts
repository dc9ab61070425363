/**
 * The help text of every command, option and argument (`csat --help`, `csat <command> --help`),
 * in English and Chinese: the one source of the descriptions commander shows (src/commands use
 * helpText). Chinese follows the terms of SPSS's Chinese edition.
 */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'help.program': { en: 'Survey statistics from a CSV export, printed as SPSS prints them.', zh: '从 CSV 导出文件计算问卷统计，按 SPSS 的格式输出。' },
  'help.progress': { en: 'no progress line on the terminal during long runs (none is shown in pipes, CI or -f json anyway)', zh: '长时间运行时不在终端显示进度行（管道、CI 或 -f json 下本就不显示）' },
  'help.debug': { en: 'show stack traces for errors', zh: '出错时显示堆栈跟踪' },
  'help.version': { en: 'output the version number', zh: '显示版本号' },
  'help.help': { en: 'display help for command', zh: '显示命令的帮助' },
  'help.title.usage': { en: 'Usage:', zh: '用法：' },
  'help.title.options': { en: 'Options:', zh: '选项：' },
  'help.title.commands': { en: 'Commands:', zh: '命令：' },
  'help.title.arguments': { en: 'Arguments:', zh: '参数：' },
  'help.title.example': { en: 'Example:', zh: '示例：' },
  'help.title.examples': { en: 'Examples:', zh: '示例：' },
  'help.default': { en: ' (default: {value})', zh: '（默认：{value}）' },
  'help.arg.file': { en: 'survey export (CSV/TSV; \'-\' reads standard input)', zh: '调查数据导出文件（CSV/TSV；\'-\' 表示从标准输入读取）' },
  'help.arg.fileOrStudy': {
    en: 'survey export (CSV/TSV/XLSX; \'-\' reads standard input; default: the study\'s data)',
    zh: '调查数据导出文件（CSV/TSV/XLSX；\'-\' 表示从标准输入读取；默认：研究文件的 data）',
  },
  'help.explain': { en: 'after each table, the formula with this data\'s numbers put in (for teaching)', zh: '在每个表格之后给出公式，并代入本数据的数值（用于教学）' },
  'help.encoding': {
    en: 'input encoding: utf8, gbk, gb18030, utf16le, utf16be (default: detected)',
    zh: '输入编码：utf8、gbk、gb18030、utf16le、utf16be（默认：自动检测）',
  },
  'help.delimiter': { en: 'field delimiter: \',\', \';\', \'tab\', \'|\' (default: detected)', zh: '字段分隔符：\',\'、\';\'、\'tab\'、\'|\'（默认：自动检测）' },
  'help.sheet': { en: 'the worksheet of an .xlsx workbook, by name or position (default: the first)', zh: '.xlsx 工作簿中的工作表，按名称或位置指定（默认：第一个）' },
  'help.missing': { en: 'user-missing codes, e.g. -3,99 (empty, NA and . are always missing)', zh: '用户缺失值代码，例如 -3,99（空值、NA 和 . 总是视为缺失）' },
  'help.labels': {
    en: 'answer labels as "差=1,一般=2,好=3" or a JSON file (presets cover common 5/7-point scales)',
    zh: '答案标签，如 "差=1,一般=2,好=3"，或一个 JSON 文件（内置常见的 5 级和 7 级量表）',
  },
  'help.lenient': { en: 'treat unknown answer text as missing (counted in the warnings) instead of failing', zh: '将无法识别的答案文本视为缺失（在警告中计数），而不是报错' },
  'help.reverse': { en: 'reverse-keyed items, recoded as min + max - x', zh: '反向计分题，按 最小值 + 最大值 - x 重新编码' },
  'help.scaleRange': { en: 'the scale range, e.g. 1-5 (default: observed)', zh: '量表范围，例如 1-5（默认：观测到的范围）' },
  'help.weight': { en: 'case weights (frequency weights, as SPSS WEIGHT BY)', zh: '个案权重（频率权重，同 SPSS WEIGHT BY）' },
  'help.maxInputBytes': {
    en: 'most bytes read from standard input, a device or a FIFO (default 268435456)',
    zh: '从标准输入、设备或 FIFO 最多读取的字节数（默认 268435456）',
  },
  'help.maxCellBytes': { en: 'longest cell, and longest header line, in bytes (default 1048576)', zh: '单元格及标题行的最大长度，单位为字节（默认 1048576）' },
  'help.maxColumns': { en: 'most columns in the data (default 5000)', zh: '数据的最大列数（默认 5000）' },
  'help.format': { en: 'output format: {formats}', zh: '输出格式：{formats}' },
  'help.tableStyle': {
    en: 'html and docx tables: three-line (paper style, default), grid (every cell ruled)',
    zh: 'html 和 docx 的表格样式：three-line（三线表，论文样式，默认）、grid（网格，每个单元格都有边框）',
  },
  'help.htmlCharts': {
    en: 'HTML charts: auto (default) embeds a chart with Chinese text as a picture drawn with the font csat ships, so it never shows blank; svg keeps every chart as SVG',
    zh: 'HTML 图表：auto（默认）将含中文的图表以 csat 内置字体绘制为图片嵌入，确保不显示为空白；svg 将所有图表保留为 SVG',
  },
  'help.names': {
    en: 'show variable names instead of their labels in tables and charts (labels come from .sav files, platform exports and header rows)',
    zh: '在表格和图中显示变量名而不是变量标签（标签来自 .sav 文件、问卷平台导出文件和表头行）',
  },
  'help.lang': { en: 'language of the output: en, zh (default: from LANG)', zh: '输出语言：en、zh（默认：由 LANG 决定）' },
  'help.output': { en: 'write the output to a file (created whole or not at all; never over the input)', zh: '将输出写入文件（要么完整写入，要么不写；绝不覆盖输入文件）' },
  'help.itemsSelection': { en: 'items: names, A..B runs, globs (Q*), #3..#14 positions', zh: '题项：名称、A..B 区间、通配符（Q*）、#3..#14 位置' },
  'help.varsSelection': { en: 'variables: names, A..B runs, globs (Q*), #3..#14 positions', zh: '变量：名称、A..B 区间、通配符（Q*）、#3..#14 位置' },
  'help.noFrequencies': { en: 'leave out the frequency tables', zh: '不输出频率表' },
  'help.studyCfa': {
    en: 'study file: its scales are the factors (or `model:`), `paths:` the structural part, `fit:` the cut-offs',
    zh: '研究文件：其中的量表即因子（或用 `model:`），`paths:` 为结构部分，`fit:` 为拟合标准',
  },
  'help.model': {
    en: 'the model in lavaan syntax, e.g. \'F1 =~ q1 + q2 + q3; F2 =~ q4 + q5 + q6\', or @model.txt',
    zh: 'lavaan 语法的模型，例如 \'F1 =~ q1 + q2 + q3; F2 =~ q4 + q5 + q6\'，或 @model.txt',
  },
  'help.stdLv': { en: 'fix the factors\' variances to 1 instead of their first loadings', zh: '将因子方差固定为 1，而不是固定第一个载荷' },
  'help.mimic': { en: 'lavaan (S with divisor N, chi-square N F) or amos (N - 1)', zh: 'lavaan（S 的除数为 N，卡方为 N F）或 amos（N - 1）' },
  'help.mi': { en: 'the 10 largest modification indices with the expected parameter change', zh: '最大的 10 个修正指数及预期参数改变量' },
  'help.minLoading': {
    en: 'the standardized loading the Construct Validity table asks for (default .5; .7 is stricter)',
    zh: '构念效度表要求的标准化载荷（默认 .5；.7 更严格）',
  },
  'help.level': {
    en: 'confidence level of the intervals: a percentage from 50 to under 100 (95) or a proportion (0.95)',
    zh: '区间的置信水平：50 到 100（不含）之间的百分数（95）或比例（0.95）',
  },
  'help.noChart': { en: 'leave out the terminal chart', zh: '不输出终端图表' },
  'help.analyze': {
    en: 'the whole paper\'s analysis: sample, descriptives, reliability, KMO/Bartlett, PCA + varimax, correlations, regression, group differences, summary',
    zh: '整篇论文的分析：样本、描述统计、信度、KMO/Bartlett、主成分 + 最大方差旋转、相关、回归、组间差异、总结',
  },
  'help.analyze.arg.file': {
    en: 'survey export (CSV/TSV; \'-\' reads standard input); optional when the study file names its data',
    zh: '调查数据导出文件（CSV/TSV；\'-\' 表示从标准输入读取）；研究文件指定了 data 时可省略',
  },
  'help.analyze.study': {
    en: 'study file (YAML or JSON): items, scales, labels, missing codes, outcome, thresholds ...',
    zh: '研究文件（YAML 或 JSON）：题项、量表、标签、缺失值代码、结果变量、阈值……',
  },
  'help.analyze.score': { en: "scale scores: the mean or the sum of each scale's items (a respondent missing an item gets none)", zh: '维度得分：各维度题项的均值或总和（缺答任一题项的受访者没有得分）' },
  'help.scales.study': {
    en: "study file: its scales' names select their scores (with its missing codes, labels, reverse-keyed items, weight)",
    zh: '研究文件：以其中的维度名选择维度得分（并使用其缺失值代码、标签、反向题和权重）',
  },
  'help.scales.score': { en: "a scale's score: the mean or the sum of its items (a respondent missing an item gets none)", zh: '维度得分：其题项的均值或总和（缺答任一题项的受访者没有得分）' },
  'help.score': { en: "save each respondent's scale scores (and with --factors component scores) to a file, with an id", zh: '将每位受访者的维度得分（加 --factors 时还有成分得分）连同标识保存到文件' },
  'help.score.scales': { en: "only these of the study's scales (default: all), e.g. 服务质量,客户关系", zh: '只保存研究文件中的这些维度（默认：全部），例如 服务质量,客户关系' },
  'help.score.id': { en: 'key each saved row by this column (default: the row number)', zh: '以此列作为每个保存行的标识（默认：行号）' },
  'help.score.factors': { en: "also the regression-method component scores (PCA, varimax) of the scales' items: FAC1_1, FAC2_1 ...", zh: '同时保存维度题项的回归法成分得分（主成分，最大方差旋转）：FAC1_1、FAC2_1 ...' },
  'help.score.note': {
    en: '-o FILE is the file the scores are saved to (.csv, or .sav for SPSS); the summary of what was saved goes to standard output.',
    zh: '-o FILE 为保存得分的文件（.csv，或供 SPSS 使用的 .sav）；保存内容的摘要输出到标准输出。',
  },
  'help.analyze.items': { en: 'the Likert items (default: the study file, else detected)', zh: '李克特题项（默认：取自研究文件，否则自动检测）' },
  'help.analyze.outcome': { en: 'overall satisfaction: adds the regression on the scale scores', zh: '总体满意度：增加以量表得分为自变量的回归' },
  'help.analyze.demographics': { en: 'demographic columns: frequency tables, and the outcome and scale scores compared across their groups', zh: '人口统计变量列：频率表，以及因变量和各量表得分的组间比较' },
  'help.analyze.distributed': { en: 'questionnaires distributed (for the response rate)', zh: '发放的问卷数（用于计算回收率）' },
  'help.analyze.on': {
    en: 'regress the outcome on: scales (scale scores) or factors (component scores)',
    zh: '结果变量的回归自变量：scales（量表得分）或 factors（成分得分）',
  },
  'help.analyze.failUnder': {
    en: 'exit 4 when a scale, the KMO or the CFA fit falls short, e.g. alpha=0.7,kmo=0.6,cfi=0.9,rmsea=0.08 (RMSEA fails above)',
    zh: '当量表、KMO 或 CFA 拟合未达标准时以退出码 4 结束，例如 alpha=0.7,kmo=0.6,cfi=0.9,rmsea=0.08（RMSEA 高于该值为不达标）',
  },
  'help.describe': {
    en: 'descriptive statistics and frequency tables (SPSS DESCRIPTIVES + FREQUENCIES)',
    zh: '描述统计和频率表（SPSS DESCRIPTIVES + FREQUENCIES）',
  },
  'help.describe.vars': {
    en: 'variables: names, A..B runs, globs (Q*), #3..#14 positions (default: every column)',
    zh: '变量：名称、A..B 区间、通配符（Q*）、#3..#14 位置（默认：所有列）',
  },
  'help.reliability': {
    en: 'Cronbach\'s alpha with item-total statistics (SPSS RELIABILITY), Feldt CI, omega total and a verdict',
    zh: '克隆巴赫 Alpha 及项总计统计（SPSS RELIABILITY）、Feldt 置信区间、总 omega 和结论',
  },
  'help.reliability.items': {
    en: 'the items of one scale: names, A..B runs, globs (Q*), #3..#14 positions',
    zh: '一个量表的题项：名称、A..B 区间、通配符（Q*）、#3..#14 位置',
  },
  'help.reliability.scale': { en: 'a named scale, e.g. "Image=Q1,Q2"; repeat for several scales', zh: '一个命名的量表，例如 "Image=Q1,Q2"；多个量表时重复此选项' },
  'help.reliability.scales': {
    en: 'scales from a JSON or YAML file: {"Image": ["Q1", "Q2"], "Product": "Q3..Q5"}',
    zh: '从 JSON 或 YAML 文件读取量表：{"Image": ["Q1", "Q2"], "Product": "Q3..Q5"}',
  },
  'help.reliability.ci': { en: 'confidence level of Feldt\'s interval for alpha', zh: 'Alpha 的 Feldt 区间的置信水平' },
  'help.reliability.noVerdict': { en: 'leave out the verdict line (George & Mallery)', zh: '不输出结论行（George & Mallery）' },
  'help.reliability.missingMode': {
    en: 'listwise (SPSS: cases that answered every item of the scale) or pairwise (each covariance from the cases that answered both items)',
    zh: 'listwise（成列，同 SPSS：回答了量表全部题项的个案）或 pairwise（成对，每个协方差取两题都回答了的个案）',
  },
  'help.kmo': {
    en: 'KMO measure of sampling adequacy and Bartlett\'s test of sphericity (SPSS FACTOR /PRINT KMO)',
    zh: 'KMO 取样适切性量数和巴特利特球形度检验（SPSS FACTOR /PRINT KMO）',
  },
  'help.kmo.antiImage': {
    en: 'also print the anti-image covariance and correlation matrices (MSA on the diagonal)',
    zh: '同时输出反映像协方差和相关性矩阵（对角线为 MSA）',
  },
  'help.factor': {
    en: 'principal components / principal axis factoring with varimax, quartimax or promax rotation (SPSS FACTOR)',
    zh: '主成分分析 / 主轴因子分解，可用最大方差法、四次幂极大法或最优斜交法旋转（SPSS FACTOR）',
  },
  'help.factor.extraction': { en: 'pc (principal components) or paf (principal axis factoring)', zh: 'pc（主成分）或 paf（主轴因子分解）' },
  'help.factor.rotation': { en: 'varimax, quartimax, promax or none', zh: 'varimax（最大方差法）、quartimax（四次幂极大法）、promax（最优斜交法）或 none（不旋转）' },
  'help.factor.factors': { en: 'extract exactly n components (default: eigenvalues > 1)', zh: '提取恰好 n 个成分（默认：特征值 > 1）' },
  'help.factor.minEigen': { en: 'extract components whose eigenvalue exceeds x (SPSS MINEIGEN, default 1)', zh: '提取特征值大于 x 的成分（SPSS MINEIGEN，默认 1）' },
  'help.factor.parallel': {
    en: 'choose the number of components by Horn\'s parallel analysis (random 95th percentile)',
    zh: '用 Horn 平行分析确定成分个数（随机数据的第 95 百分位数）',
  },
  'help.factor.replicates': { en: 'random data sets for --parallel', zh: '--parallel 使用的随机数据集个数' },
  'help.factor.seed': { en: 'seed of the random generator for --parallel', zh: '--parallel 的随机数生成器种子' },
  'help.factor.iterate': { en: 'most iterations for extraction (PAF) and rotation (SPSS ITERATE)', zh: '提取（PAF）和旋转的最大迭代次数（SPSS ITERATE）' },
  'help.factor.rconverge': { en: 'rotation convergence: change in the criterion (SPSS RCONVERGE)', zh: '旋转收敛标准：准则的变化量（SPSS RCONVERGE）' },
  'help.factor.econverge': { en: 'PAF convergence: largest change in a communality (SPSS ECONVERGE)', zh: 'PAF 收敛标准：公因子方差的最大变化量（SPSS ECONVERGE）' },
  'help.factor.kappa': { en: 'promax power (SPSS PROMAX(kappa))', zh: '最优斜交法的幂（SPSS PROMAX(kappa)）' },
  'help.factor.sort': { en: 'sort items by size of loading within component (SPSS /FORMAT SORT)', zh: '在每个成分内按载荷大小排列题项（SPSS /FORMAT SORT）' },
  'help.factor.blank': { en: 'hide loadings with absolute value below x (SPSS /FORMAT BLANK)', zh: '隐藏绝对值小于 x 的载荷（SPSS /FORMAT BLANK）' },
  'help.factor.noScree': { en: 'leave out the scree plot', zh: '不输出碎石图' },
  'help.factor.saveScores': {
    en: 'write regression-method scores (SPSS /SAVE REG) appended to the rows, as CSV (or an SPSS file: name.sav)',
    zh: '将回归法因子得分（SPSS /SAVE REG）附加到各行后，写成 CSV（或 SPSS 数据文件：name.sav）',
  },
  'help.factor.id': { en: 'with --save-scores: write only this id column and the scores', zh: '与 --save-scores 一起使用：只写出此标识列和得分' },
  'help.cfa': {
    en: 'confirmatory factor analysis by ML (lavaan/AMOS): model fit with cut-offs, loadings, covariances, variances, R-square',
    zh: '最大似然法验证性因子分析（lavaan/AMOS）：模型拟合及判断标准、载荷、协方差、方差、R 方',
  },
  'help.cfa.cmb': {
    en: 'common method bias: Harman\'s single-factor test and a one-factor CFA against the model',
    zh: '共同方法偏差：Harman 单因子检验，以及单因子 CFA 与原模型的比较',
  },
  'help.sem': {
    en: 'structural equation model by ML (lavaan/AMOS): measurement model plus paths, direct/indirect/total effects, bootstrap CIs',
    zh: '最大似然法结构方程模型（lavaan/AMOS）：测量模型加路径、直接/间接/总效应、自助法置信区间',
  },
  'help.sem.bootstrap': { en: 'bootstrap the indirect effects with B resamples (percentile 95% CIs)', zh: '用 B 次重抽样对间接效应做自助法（百分位 95% 置信区间）' },
  'help.sem.seed': { en: 'seed of the bootstrap', zh: '自助法的随机种子' },
  'help.corr': {
    en: 'correlation matrix with two-tailed significance and N (SPSS CORRELATIONS / NONPAR CORR)',
    zh: '相关矩阵及双尾显著性和个案数（SPSS CORRELATIONS / NONPAR CORR）',
  },
  'help.corr.with': { en: 'correlate --vars (rows) with these (columns): a rectangular matrix', zh: '将 --vars（行）与这些变量（列）求相关：得到矩形矩阵' },
  'help.corr.method': { en: 'pearson or spearman', zh: 'pearson（皮尔逊）或 spearman（斯皮尔曼）' },
  'help.corr.missingMode': {
    en: 'pairwise (per pair, as SPSS CORRELATIONS and NONPAR CORR by default) or listwise (cases complete on every variable)',
    zh: 'pairwise（成对排除，SPSS CORRELATIONS 和 NONPAR CORR 的默认方式）或 listwise（成列排除：所有变量都完整的个案）',
  },
  'help.regress': {
    en: 'linear regression: model summary, ANOVA, coefficients with Beta and VIF (SPSS REGRESSION)',
    zh: '线性回归：模型摘要、ANOVA、含 Beta 和 VIF 的系数（SPSS REGRESSION）',
  },
  'help.regress.arg.formula': {
    en: 'a formula "y ~ a + b" (instead of --outcome/--iv); factor(x) dummy-codes x',
    zh: '公式 "y ~ a + b"（代替 --outcome/--iv）；factor(x) 表示对 x 做虚拟编码',
  },
  'help.regress.outcome': { en: 'the dependent variable', zh: '因变量' },
  'help.regress.iv': { en: 'the predictors, entered together (one block)', zh: '自变量，一同进入（一个块）' },
  'help.regress.formula': { en: 'same as the [formula] argument', zh: '同 [formula] 参数' },
  'help.regress.block': {
    en: 'a block of predictors; repeat for hierarchical regression (R Square change per block)',
    zh: '一个自变量块；重复此选项进行分层回归（每块的 R 方变化量）',
  },
  'help.regress.method': { en: 'enter, stepwise, forward or backward', zh: 'enter（输入）、stepwise（步进）、forward（向前）或 backward（向后）' },
  'help.regress.pin': { en: 'probability of F-to-enter for stepwise/forward (default .05)', zh: '步进/向前法中进入的 F 的概率（默认 .05）' },
  'help.regress.pout': { en: 'probability of F-to-remove for stepwise/backward (default .10)', zh: '步进/向后法中除去的 F 的概率（默认 .10）' },
  'help.regress.categorical': { en: 'dummy-code these predictors (repeatable)', zh: '对这些自变量做虚拟编码（可重复）' },
  'help.regress.reference': {
    en: 'reference category of a --categorical predictor: LEVEL, or COLUMN=LEVEL when there are several (default: the first category)',
    zh: '--categorical 自变量的参考类别：LEVEL，有多个时用 COLUMN=LEVEL（默认：第一个类别）',
  },
  'help.regress.saveResiduals': {
    en: 'write the residuals (RES_1) and standardized residuals (ZRE_1) per row to a CSV file (or an SPSS file: name.sav)',
    zh: '将每行的残差（RES_1）和标准化残差（ZRE_1）写入 CSV 文件（或 SPSS 数据文件：name.sav）',
  },
  'help.regress.savePredicted': {
    en: 'write the predicted values (PRE_1; also for cases whose dependent variable is missing, as SPSS does): to this file, or into the --save-residuals file',
    zh: '写出预测值（PRE_1；因变量缺失的个案也有，与 SPSS 相同）：写入此文件，或写入 --save-residuals 的文件',
  },
  'help.regress.id': {
    en: 'with --save-residuals/--save-predicted: key the saved rows by this column (default: the row number)',
    zh: '与 --save-residuals/--save-predicted 一起使用：以此列标识保存的行（默认：行号）',
  },
  'help.regress.missingMode': {
    en: 'listwise (cases complete on every variable) or meansub (missing values replaced by the mean, SPSS MEANSUBSTITUTION)',
    zh: 'listwise（成列排除：所有变量都完整的个案）或 meansub（以平均值替换缺失值，SPSS MEANSUBSTITUTION）',
  },
  'help.index': {
    en: 'customer satisfaction index (0-100) per dimension and overall, with weights, bootstrap CIs, value weighting, waves and targets',
    zh: '各维度及总体的顾客满意度指数（0-100），含权重、自助法置信区间、价值加权、多轮比较和目标',
  },
  'help.index.arg.files': {
    en: 'survey export(s); several files are waves compared in order (\'-\' reads standard input); default: the study\'s data:',
    zh: '调查数据导出文件；多个文件视为按顺序比较的各轮调查（\'-\' 表示从标准输入读取）；默认：研究文件的 data:',
  },
  'help.index.items': {
    en: 'the satisfaction items (when no --dimension is given); with a study file\'s scales, only these items count',
    zh: '满意度题项（未给出 --dimension 时）；与研究文件的量表一起使用时，只计入这些题项',
  },
  'help.index.dimension': { en: 'a dimension and its items, e.g. "Service=q3..q5" (repeat for each)', zh: '一个维度及其题项，例如 "Service=q3..q5"（每个维度重复一次）' },
  'help.index.study': {
    en: 'study file (YAML/JSON): items, scales, scaleRange, value, target(s), outcome ...',
    zh: '研究文件（YAML/JSON）：题项、量表、scaleRange、价值、目标、结果变量……',
  },
  'help.index.weights': {
    en: 'equal, factor, regression, correlation, or a file of weights (name,weight)',
    zh: 'equal（等权）、factor（因子）、regression（回归）、correlation（相关），或一个权重文件（名称,权重）',
  },
  'help.index.outcome': { en: 'overall-satisfaction column for regression/correlation weights', zh: '用于回归/相关权重的总体满意度列' },
  'help.index.valueWeight': { en: 'customer value (revenue, profit): D\'ij = (Ki / K0) Dij', zh: '顾客价值（收入、利润）：D\'ij = (Ki / K0) Dij' },
  'help.index.valueBase': { en: 'K0: mean, min or a number', zh: 'K0：mean（平均值）、min（最小值）或一个数' },
  'help.index.bootstrap': {
    en: 'bootstrap resamples for the CIs: 0 = none, else at least 40 at 95% (at most 100000)',
    zh: '置信区间的自助法重抽样次数：0 = 不做，否则在 95% 时至少 40（最多 100000）',
  },
  'help.index.seed': { en: 'seed of the bootstrap generator', zh: '自助法随机数生成器的种子' },
  'help.index.by': { en: 'compare groups or waves given by this column', zh: '按此列比较各组或各轮' },
  'help.index.target': {
    en: 'target index: 85 (overall) or overall=85,Service=80; exit 4 when missed',
    zh: '目标指数：85（总体）或 overall=85,Service=80；未达目标时退出码为 4',
  },
  'help.index.tiers': {
    en: 'index per value tier: a numeric column gives the top 20% / next 30% / bottom 50%, a text column named tiers',
    zh: '按价值层级计算指数：数值列分为前 20% / 其后 30% / 后 50%，文本列则按其命名的层级',
  },
  'help.index.saveComposite': {
    en: 'with --weights factor: write each respondent\'s composite score F to a CSV file (or an SPSS file: name.sav)',
    zh: '与 --weights factor 一起使用：将每位受访者的综合得分 F 写入 CSV 文件（或 SPSS 数据文件：name.sav）',
  },
  'help.ipa': {
    en: 'importance-performance analysis (quadrant chart): stated or derived importance against performance',
    zh: '重要性-绩效分析（四象限图）：陈述的或推导的重要性对绩效',
  },
  'help.ipa.arg.file': {
    en: 'survey export (CSV/TSV; \'-\' reads standard input); default: the study\'s data:',
    zh: '调查数据导出文件（CSV/TSV；\'-\' 表示从标准输入读取）；默认：研究文件的 data:',
  },
  'help.ipa.items': { en: 'the items rated for performance (satisfaction)', zh: '评价绩效（满意度）的题项' },
  'help.ipa.study': {
    en: 'study file (YAML/JSON): items, scaleRange, outcome, labels, missing ...',
    zh: '研究文件（YAML/JSON）：题项、scaleRange、结果变量、标签、缺失值……',
  },
  'help.ipa.importanceSuffix': { en: 'stated importance: each item\'s column name plus this suffix (e.g. _imp)', zh: '陈述的重要性：各题项列名加此后缀（例如 _imp）' },
  'help.ipa.importancePrefix': { en: 'stated importance: this prefix plus each item\'s column name (e.g. imp_)', zh: '陈述的重要性：此前缀加各题项列名（例如 imp_）' },
  'help.ipa.importance': {
    en: 'stated importance columns: q1=imp_q1,q2=imp_q2 or a selection in item order',
    zh: '陈述的重要性列：q1=imp_q1,q2=imp_q2，或按题项顺序的一组列',
  },
  'help.ipa.derived': {
    en: 'derived importance from --outcome: correlation or regression (standardized Beta)',
    zh: '由 --outcome 推导的重要性：correlation（相关）或 regression（标准化 Beta）',
  },
  'help.ipa.outcome': { en: 'overall-satisfaction column for derived importance', zh: '用于推导重要性的总体满意度列' },
  'help.ipa.crosshair': {
    en: 'cross-hairs at importance,performance (default: the means; "mean,3.5" fixes one)',
    zh: '十字线位置：重要性,绩效（默认：平均值；"mean,3.5" 固定其中之一）',
  },
  'help.ipa.plot': { en: 'write the quadrant chart as an SVG file', zh: '将四象限图写成 SVG 文件' },
  'help.crosstab': { en: 'crosstabulation with chi-square tests and phi, Cramer\'s V (SPSS CROSSTABS)', zh: '交叉表及卡方检验、Phi 和克莱姆 V（SPSS CROSSTABS）' },
  'help.crosstab.rows': { en: 'the row variable', zh: '行变量' },
  'help.crosstab.cols': { en: 'the column variable', zh: '列变量' },
  'help.crosstab.layer': { en: 'a layer variable: one table per category, and a Total', zh: '层变量：每个类别一个表，另加总计' },
  'help.crosstab.cells': { en: 'cell statistics: {kinds}', zh: '单元格统计：{kinds}' },
  'help.crosstab.exact': {
    en: 'Fisher\'s exact test for tables larger than 2x2 (every table with the margins enumerated)',
    zh: '大于 2x2 的表的费希尔精确检验（枚举边际固定的所有表）',
  },
  'help.explore': {
    en: 'descriptives, percentiles, extreme values, normality tests and boxplots, by group (SPSS EXAMINE)',
    zh: '描述统计、百分位数、极值、正态性检验和箱图，可分组（SPSS EXAMINE）',
  },
  'help.explore.vars': { en: 'the variables: names, A..B runs, globs (Q*), #3..#14 positions', zh: '变量：名称、A..B 区间、通配符（Q*）、#3..#14 位置' },
  'help.explore.by': { en: 'a factor: every statistic per category', zh: '因子：每个类别分别计算各统计量' },
  'help.explore.id': { en: 'label the extreme values with this column (besides the case number)', zh: '用此列标注极值（个案号之外）' },
  'help.explore.plot': { en: 'write the boxplots to an SVG file', zh: '将箱图写入 SVG 文件' },
  'help.explore.noChart': { en: 'leave out the terminal boxplot sketch', zh: '不输出终端箱图草图' },
  'help.ttest': {
    en: 'independent-samples, one-sample and paired t tests with effect sizes; Mann-Whitney U and Wilcoxon signed ranks (SPSS T-TEST, NPAR TESTS)',
    zh: '独立样本、单样本和配对样本 t 检验及效应量；曼-惠特尼 U 和威尔科克森符号秩检验（SPSS T-TEST、NPAR TESTS）',
  },
  'help.ttest.vars': { en: 'the test variables: names, A..B runs, globs (Q*), #3..#14 positions', zh: '检验变量：名称、A..B 区间、通配符（Q*）、#3..#14 位置' },
  'help.ttest.by': { en: 'independent samples: the grouping variable', zh: '独立样本：分组变量' },
  'help.ttest.groups': {
    en: 'the two groups of --by to compare, by code or label, group 1 first (needed when --by has more than two)',
    zh: '要比较的 --by 的两个组，按代码或标签，先写组 1（--by 多于两组时必须给出）',
  },
  'help.ttest.testValue': { en: 'one sample: test the mean of each variable against x', zh: '单样本：检验各变量的平均值是否等于 x' },
  'help.ttest.pairs': {
    en: 'paired samples: each pair first=second (the difference is first - second)',
    zh: '配对样本：每对写作 first=second（差值为 first - second）',
  },
  'help.ttest.missingMode': {
    en: 'analysis (each test uses the cases valid on its variables, SPSS /MISSING=ANALYSIS) or listwise (cases valid on every analysed variable)',
    zh: 'analysis（每个检验使用其变量有效的个案，SPSS /MISSING=ANALYSIS）或 listwise（所有分析变量都有效的个案）',
  },
  'help.ttest.nonparametric': {
    en: 'rank tests instead: Mann-Whitney U (with --by), Wilcoxon signed ranks (with --pairs), as SPSS NPAR TESTS',
    zh: '改用秩检验：曼-惠特尼 U（与 --by 一起）、威尔科克森符号秩（与 --pairs 一起），同 SPSS NPAR TESTS',
  },
  'help.anova': {
    en: 'one-way ANOVA: descriptives, Levene, F, Welch and Brown-Forsythe, effect sizes, post hoc tests (SPSS ONEWAY); Kruskal-Wallis with --nonparametric',
    zh: '单因素 ANOVA：描述统计、莱文检验、F、韦尔奇和布朗-福塞斯检验、效应量、事后检验（SPSS ONEWAY）；--nonparametric 时为克鲁斯卡尔-沃利斯检验',
  },
  'help.anova.vars': { en: 'the dependent variables: names, A..B runs, globs (Q*), #3..#14 positions', zh: '因变量：名称、A..B 区间、通配符（Q*）、#3..#14 位置' },
  'help.anova.by': { en: 'the factor: its categories are the groups', zh: '因子：其类别即各组' },
  'help.anova.posthoc': { en: 'post hoc tests, comma-separated: {tests}', zh: '事后检验，以逗号分隔：{tests}' },
  'help.anova.control': {
    en: 'dunnett\'s control group: first, last (SPSS\'s default) or a group\'s value or label',
    zh: '邓尼特检验的控制组：first（第一个）、last（最后一个，SPSS 的默认）或某组的值或标签',
  },
  'help.anova.nonparametric': {
    en: 'Kruskal-Wallis H instead of the ANOVA (SPSS NPAR TESTS /K-W)',
    zh: '用克鲁斯卡尔-沃利斯 H 代替 ANOVA（SPSS NPAR TESTS /K-W）',
  },
  'help.anova.missingMode': {
    en: 'analysis (per variable, SPSS ONEWAY /MISSING ANALYSIS) or listwise (cases complete on every --vars)',
    zh: 'analysis（按变量，SPSS ONEWAY /MISSING ANALYSIS）或 listwise（所有 --vars 都完整的个案）',
  },
  'help.anova.level': { en: 'confidence level of the intervals: a percentage (95) or a proportion (0.95)', zh: '区间的置信水平：百分数（95）或比例（0.95）' },
  'help.schema': {
    en: 'the JSON Schema of a command\'s "-f json" output (without a command: the commands that have one)',
    zh: '命令的 "-f json" 输出的 JSON Schema（不给命令时：列出有 Schema 的命令）',
  },
  'help.schema.arg.command': { en: 'a command name or alias, e.g. reliability', zh: '命令名或别名，例如 reliability' },
  'help.schema.lang': { en: 'language of the messages: en, zh (default: from LANG)', zh: '消息的语言：en、zh（默认：由 LANG 决定）' },
  'help.schema.output': { en: 'write the schema to a file (created whole or not at all)', zh: '将 Schema 写入文件（要么完整写入，要么不写）' },
  'help.arg.fileOrParquet': {
    en: 'survey export (CSV/TSV; \'-\' reads standard input; .parquet through DuckDB)',
    zh: '调查数据导出文件（CSV/TSV；\'-\' 表示从标准输入读取；.parquet 经由 DuckDB 读取）',
  },
  'help.arg.fileOrSummary': {
    en: 'survey export (CSV/TSV; \'-\' reads standard input; .parquet through DuckDB), or a matrix or moments file',
    zh: '调查数据导出文件（CSV/TSV；\'-\' 表示从标准输入读取；.parquet 经由 DuckDB 读取），或矩阵文件、矩文件',
  },
  'help.matrix': {
    en: 'read a correlation or covariance matrix (SPSS MATRIX DATA: ROWTYPE_, VARNAME_ columns) instead of the rows',
    zh: '读取相关矩阵或协方差矩阵（SPSS MATRIX DATA：ROWTYPE_、VARNAME_ 列），而不是逐行数据',
  },
  'help.fromMoments': {
    en: 'read the moments written by csat moments (or csat moments --from-sql-result) instead of the rows',
    zh: '读取 csat moments（或 csat moments --from-sql-result）写出的矩统计量，而不是逐行数据',
  },
  'help.engine': {
    en: 'how the moments are computed: csat (in process) or duckdb (DuckDB reads the CSV or Parquet file, out of core; needs npm install @duckdb/node-api); one of {engines}',
    zh: '矩统计量的计算方式：csat（进程内）或 duckdb（由 DuckDB 读取 CSV 或 Parquet 文件，不受内存限制；需要 npm install @duckdb/node-api）；可选 {engines}',
  },
  'help.moments': {
    en: 'write the sufficient statistics of the items (n, means, cross-products) for --from-moments',
    zh: '写出题项的充分统计量（n、均值、交叉乘积），供 --from-moments 使用',
  },
  'help.moments.fromSqlResult': {
    en: 'the one-row result (CSV) of the query csat sql prints, instead of the rows; --items as given to csat sql',
    zh: 'csat sql 所输出查询的单行结果（CSV），代替逐行数据；--items 与传给 csat sql 的相同',
  },
  'help.moments.format': { en: 'json: the moments file is the JSON envelope of every command', zh: 'json：矩文件采用所有命令共用的 JSON 封装' },
  'help.moments.output': {
    en: 'write the moments file here (created whole or not at all; never over the input)',
    zh: '将矩文件写到此处（要么完整写入，要么不写；绝不覆盖输入文件）',
  },
  'help.messagesLang': { en: 'language of the messages: en, zh (default: from LANG)', zh: '消息语言：en、zh（默认：由 LANG 决定）' },
  'help.sql': {
    en: 'print the SQL aggregate query whose result csat moments --from-sql-result reads (DuckDB, Spark, BigQuery, ClickHouse)',
    zh: '输出 SQL 聚合查询，其结果由 csat moments --from-sql-result 读取（DuckDB、Spark、BigQuery、ClickHouse）',
  },
  'help.sql.dialect': { en: 'SQL dialect: {dialects}', zh: 'SQL 方言：{dialects}' },
  'help.sql.items': { en: 'the items, comma-separated column names of the table', zh: '题项：表中的列名，以逗号分隔' },
  'help.sql.table': {
    en: 'the table (or a FROM expression such as read_parquet(\'survey.parquet\')), written as given',
    zh: '表名（或 FROM 表达式，如 read_parquet(\'survey.parquet\')），按原样写入',
  },
  'help.sql.missing': { en: 'user-missing codes, e.g. -3,99 (NULL is always missing)', zh: '用户缺失值代码，例如 -3,99（NULL 总是视为缺失）' },
  'help.sql.output': { en: 'write the query to a file', zh: '将查询写入文件' },
  'help.platform': {
    en: 'the survey platform whose export this is: {platforms} (default: detected)',
    zh: '导出文件所属的问卷平台：{platforms}（默认：自动检测）',
  },
  'help.headerRows': {
    en: 'header rows in all: names first, rows 2..N as variable labels (default 1)',
    zh: '表头行数：第 1 行为变量名，第 2..N 行为变量标签（默认 1）',
  },
  'help.skipRows': { en: 'lines before the header row to skip (a title, a note)', zh: '跳过表头行之前的行数（标题、说明）' },
  'help.describe.multi': {
    en: 'multiple-response sets (SPSS MULT RESPONSE): a column of joined options (┋, ", ", ;) or the stem of one column per option (Q7 -> Q7_1.., 7(A).., 第7题(A)..), or a run Q7_1..Q7_5; several: Q7,Q9',
    zh: '多重响应集（SPSS MULT RESPONSE）：一列以分隔符连接的选项（┋、", "、;），或每个选项一列时的题干（Q7 -> Q7_1..、7(A)..、第7题(A)..），或区间 Q7_1..Q7_5；多个：Q7,Q9',
  },
  'help.describe.multiValue': {
    en: 'with --multi: the value that means chosen in option columns (default 1)',
    zh: '与 --multi 一起使用：选项列中表示“已选”的值（默认 1）',
  },
  'help.describe.multiBy': {
    en: 'with --multi: crosstabulate each set against this group (counts and percent of cases)',
    zh: '与 --multi 一起使用：将每个响应集与此分组变量交叉制表（计数和个案百分比）',
  },
};
