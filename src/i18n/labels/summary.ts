/**
 * Labels of summary input (SPSS MATRIX DATA files and csat moments files, src/data/summary.ts),
 * `csat moments` and `csat sql`, in English and Chinese.
 */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'summary.err.cell': {
    en: "{file}, row {row}, column '{column}': '{value}' is not a number",
    zh: '{file} 第 {row} 行 “{column}” 列：“{value}” 不是数字',
  },
  'summary.err.missingCell': {
    en: '{file}: the {kind} matrix has no value for {a} with {b} (neither in the lower nor in the upper triangle)',
    zh: '{file}：{kind} 矩阵缺少 {a} 与 {b} 的值（下三角和上三角都没有）',
  },
  'summary.err.asymmetric': {
    en: '{file}: the {kind} matrix is not symmetric: {a} with {b} is {ab} but {b} with {a} is {ba}',
    zh: '{file}：{kind} 矩阵不对称：{a} 与 {b} 为 {ab}，而 {b} 与 {a} 为 {ba}',
  },
  'summary.err.noVarname': {
    en: '{file}: a matrix file needs a VARNAME_ column beside ROWTYPE_, naming the variable of each CORR or COV row',
    zh: '{file}：矩阵文件在 ROWTYPE_ 之外还需要 VARNAME_ 列，写明每个 CORR 或 COV 行的变量',
  },
  'summary.err.split': {
    en: '{file}: columns before ROWTYPE_ ({columns}) would split the file into groups, which matrix input does not read; give one matrix per file',
    zh: '{file}：ROWTYPE_ 之前的列（{columns}）会把文件分组，矩阵输入不支持；请每个文件只给一个矩阵',
  },
  'summary.err.noVariables': { en: '{file}: the matrix file has no variable columns after ROWTYPE_ and VARNAME_', zh: '{file}：矩阵文件在 ROWTYPE_ 和 VARNAME_ 之后没有变量列' },
  'summary.err.rowtype': {
    en: "{file}, row {row}: ROWTYPE_ '{type}' is not one csat reads (N, MEAN, STDDEV, CORR or COV)",
    zh: '{file} 第 {row} 行：ROWTYPE_ “{type}” 无法读取（可用 N、MEAN、STDDEV、CORR 或 COV）',
  },
  'summary.err.twice': { en: '{file}, row {row}: a second {type} row', zh: '{file} 第 {row} 行：第二个 {type} 行' },
  'summary.err.badN': {
    en: "{file}, row {row}: N '{value}' is not a positive number of cases",
    zh: '{file} 第 {row} 行：N “{value}” 不是正的个案数',
  },
  'summary.err.nDiffers': {
    en: '{file}, row {row}: the N row gives different counts per variable; matrix input needs one N for the whole matrix',
    zh: '{file} 第 {row} 行：N 行的各变量个案数不同；矩阵输入需要整个矩阵共用一个 N',
  },
  'summary.err.rowCell': { en: "{file}, row {row}: the {type} row has no value for '{column}'", zh: '{file} 第 {row} 行：{type} 行缺少 “{column}” 的值' },
  'summary.err.sd': {
    en: "{file}, row {row}: the standard deviation of '{column}' is {value}; it must be positive",
    zh: '{file} 第 {row} 行：“{column}” 的标准差为 {value}，必须为正数',
  },
  'summary.err.corrAndCov': { en: '{file}: the file has both CORR and COV rows; keep one matrix', zh: '{file}：文件同时有 CORR 行和 COV 行；请只保留一个矩阵' },
  'summary.err.varname': {
    en: "{file}, row {row}: VARNAME_ '{name}' is not one of the variable columns ({names})",
    zh: '{file} 第 {row} 行：VARNAME_ “{name}” 不是变量列之一（{names}）',
  },
  'summary.err.varnameTwice': { en: "{file}, row {row}: a second matrix row for '{name}'", zh: '{file} 第 {row} 行：“{name}” 的第二个矩阵行' },
  'summary.err.noMatrix': { en: '{file}: the matrix file has no CORR or COV rows', zh: '{file}：矩阵文件没有 CORR 或 COV 行' },
  'summary.err.rowsMissing': { en: '{file}: the {kind} matrix has no row for {names}', zh: '{file}：{kind} 矩阵缺少以下变量的行：{names}' },
  'summary.err.noN': {
    en: '{file}: the matrix file has no N row; the number of cases is needed for the tests, p-values and standard errors',
    zh: '{file}：矩阵文件没有 N 行；检验、p 值和标准误都需要个案数',
  },
  'summary.err.variance': {
    en: "{file}: the variance of '{column}' on the COV diagonal is {value}; it must be positive",
    zh: '{file}：COV 对角线上 “{column}” 的方差为 {value}，必须为正数',
  },
  'summary.err.sdMismatch': {
    en: "{file}: the STDDEV of '{column}' ({sd}) is not the square root of its COV diagonal ({cov})",
    zh: '{file}：“{column}” 的 STDDEV（{sd}）不是其 COV 对角线的平方根（{cov}）',
  },
  'summary.err.diagonal': {
    en: "{file}: the CORR diagonal of '{column}' is {value}; a correlation matrix has 1 there",
    zh: '{file}：“{column}” 的 CORR 对角线为 {value}；相关矩阵的对角线应为 1',
  },
  'summary.err.range': {
    en: '{file}: the correlation of {a} with {b} is {value}, outside -1..1',
    zh: '{file}：{a} 与 {b} 的相关系数为 {value}，超出 -1..1',
  },
  'summary.err.moments': { en: '{file} is not a csat moments file: {what}', zh: '{file} 不是 csat 矩文件：{what}' },
  'summary.err.read': { en: 'cannot read {file}: {why}', zh: '无法读取 {file}：{why}' },
  'summary.err.notInFile': {
    en: "{file} holds no statistics for '{name}' (it has {names})",
    zh: '{file} 中没有 “{name}” 的统计量（其中有 {names}）',
  },
  'summary.err.needsRows': {
    en: '{option} needs the rows of the data, and {file} holds only summary statistics',
    zh: '{option} 需要数据的各行，而 {file} 只有汇总统计量',
  },
  'summary.err.noSd': {
    en: '{file} gives correlations without standard deviations (no STDDEV row); {what} needs them',
    zh: '{file} 只有相关系数而没有标准差（没有 STDDEV 行）；{what} 需要标准差',
  },
  'summary.err.noMeans': {
    en: '{file} gives no means (no MEAN row); {what} needs them',
    zh: '{file} 没有均值（没有 MEAN 行）；{what} 需要均值',
  },
  'summary.err.twoSummaries': { en: 'give --matrix or --from-moments, not both', zh: '请给出 --matrix 或 --from-moments，不要同时给出' },
  'summary.err.fileAndSummary': {
    en: '{option} {summary} replaces the data file; leave out {file}',
    zh: '{option} {summary} 代替数据文件；请去掉 {file}',
  },
  'summary.err.noInput': {
    en: "missing required argument 'file' (or --matrix FILE / --from-moments FILE; csat {command} --help shows an example)",
    zh: "缺少必需的参数 'file'（或 --matrix FILE / --from-moments FILE；csat {command} --help 有示例）",
  },
  'summary.err.spearman': {
    en: "{file} holds Pearson statistics; Spearman's rho needs the rows",
    zh: '{file} 只有皮尔逊统计量；斯皮尔曼 Rho 需要数据的各行',
  },
  'summary.err.pairwise': {
    en: '{file} holds one matrix of {n} cases; --missing-mode pairwise needs the rows',
    zh: '{file} 只有一个基于 {n} 个个案的矩阵；--missing-mode pairwise 需要数据的各行',
  },
  'summary.err.notMatrix': {
    en: '{file} is not a matrix file: its header has no ROWTYPE_ column (SPSS MATRIX DATA: ROWTYPE_, VARNAME_, then the variables)',
    zh: '{file} 不是矩阵文件：其标题行没有 ROWTYPE_ 列（SPSS MATRIX DATA：ROWTYPE_、VARNAME_，然后是各变量）',
  },
  'summary.err.notPd': {
    en: 'the correlation matrix of {items} in {file} is not positive definite (its smallest eigenvalue is {value}): no data set has such correlations; a matrix typed from a rounded table or computed pairwise can, so check the values',
    zh: '{file} 中 {items} 的相关性矩阵不是正定矩阵（最小特征值为 {value}）：任何数据都不会有这样的相关系数；由四舍五入的表格录入或按对计算的矩阵可能如此，请检查数值',
  },
  'summary.err.fewCases': {
    en: '{file} rests on N = {n} cases, and {p} items need at least {need}; the matrix cannot come from such data',
    zh: '{file} 基于 N = {n} 个个案，而 {p} 项至少需要 {need} 个；这样的数据得不出该矩阵',
  },
  'summary.err.momentsFewCases': {
    en: 'only {rows} respondents answered every one of {items}; moments need at least 2 complete cases',
    zh: '只有 {rows} 个个案回答了以下全部各项：{items}；矩至少需要 2 个完整个案',
  },
  'duckdb.err.notInstalled': {
    en: '--engine duckdb (and Parquet input) needs DuckDB, which is not installed: run npm install {package}',
    zh: '--engine duckdb（以及 Parquet 输入）需要 DuckDB，但尚未安装：请运行 npm install {package}',
  },
  'duckdb.err.query': { en: 'DuckDB could not read {file}: {why}', zh: 'DuckDB 无法读取 {file}：{why}' },
  'duckdb.err.notParquet': { en: '{file} is named .parquet but is not a Parquet file (it does not start with PAR1)', zh: '{file} 名为 .parquet，但不是 Parquet 文件（开头不是 PAR1）' },
  'duckdb.err.parquetCsat': {
    en: '{file} is a Parquet file, which csat reads through DuckDB only: leave out --engine csat',
    zh: '{file} 是 Parquet 文件，csat 只能通过 DuckDB 读取：请去掉 --engine csat',
  },
  'duckdb.err.parquetRows': {
    en: '{file} is a Parquet file; csat reads Parquet through DuckDB for the commands that need only moments (describe, reliability, kmo, factor, corr, moments), and this one needs the rows: export it to CSV first',
    zh: '{file} 是 Parquet 文件；csat 通过 DuckDB 读取 Parquet，仅用于只需矩统计量的命令（describe、reliability、kmo、factor、corr、moments），而本命令需要数据的各行：请先导出为 CSV',
  },
  'duckdb.err.summary': { en: '--engine duckdb reads a data file; {option} already gives the statistics', zh: '--engine duckdb 读取数据文件；{option} 已经给出了统计量' },
  'duckdb.err.stdin': { en: '--engine duckdb reads a file, not standard input', zh: '--engine duckdb 读取文件，不能读取标准输入' },
  'duckdb.err.option': {
    en: "{option} acts on the rows in csat's own reader, which --engine duckdb does not use; leave out one of them",
    zh: '{option} 作用于 csat 自身读取器中的各行，而 --engine duckdb 不使用该读取器；请去掉其中之一',
  },
  'duckdb.err.noNumeric': { en: '{file} has no numeric column for DuckDB to summarise; name the items', zh: '{file} 没有可供 DuckDB 汇总的数值列；请指定题项' },
  'duckdb.err.pairwise': {
    en: '{file}: {excluded} respondents missed an item, and --engine duckdb computes listwise moments, not pairwise ones; give --missing-mode listwise, or leave out --engine',
    zh: '{file}：有 {excluded} 个个案缺答某一题项，而 --engine duckdb 计算的是列表删除的矩统计量，而非成对删除；请指定 --missing-mode listwise，或去掉 --engine',
  },
  'duckdb.err.separate': {
    en: '{file}: with --engine duckdb the scales share one listwise pass, and {excluded} respondents missed an item, so a scale\'s own cases would differ; run one scale per command, or leave out --engine',
    zh: '{file}：使用 --engine duckdb 时各量表共用一次列表删除，有 {excluded} 个个案缺答某一题项，各量表自身的个案会不同；请每条命令只分析一个量表，或去掉 --engine',
  },
  'sql.err.noItems': { en: 'give the items with --items (csat {command} --help shows an example)', zh: '请用 --items 给出各项（csat {command} --help 有示例）' },
  'sql.err.emptyName': { en: "--items '{spec}' has an empty name", zh: "--items '{spec}' 中有空名称" },
  'sql.err.twice': { en: "--items '{spec}' names a column twice", zh: "--items '{spec}' 重复列出了某一列" },
  'sql.err.backtick': { en: "the column name '{name}' holds a backtick, which a {dialect} identifier cannot quote", zh: '列名 “{name}” 含有反引号，{dialect} 标识符无法引用' },
  'sql.err.oneRow': { en: '{file} holds {rows} rows; the result of the query csat sql prints is one row', zh: '{file} 有 {rows} 行；csat sql 所给查询的结果只有一行' },
  'sql.err.column': {
    en: "{file} has no column '{column}': it is not the result of the query csat sql prints for these {p} items",
    zh: '{file} 没有 “{column}” 列：它不是 csat sql 为这 {p} 项给出的查询的结果',
  },
  'sql.err.extra': {
    en: '{file} has columns ({columns}) that the query csat sql prints for {p} items does not give; are --items the ones given to csat sql?',
    zh: '{file} 有 csat sql 为 {p} 项给出的查询所没有的列（{columns}）；--items 是否与给 csat sql 的相同？',
  },
  'sql.err.value': { en: "{file}, column '{column}': '{value}' is not a number", zh: '{file} “{column}” 列：“{value}” 不是数字' },
  'sql.err.fewRows': { en: '{file}: the query found {rows} complete cases; moments need at least 2', zh: '{file}：查询只找到 {rows} 个完整个案；矩至少需要 2 个' },
};
