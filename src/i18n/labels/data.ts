/**
 * Messages of the data layer and the shared plumbing (reading, column selection, conversion,
 * options, study files, output files): errors and warnings, in plain SPSS-style Chinese.
 * Values such as file names, columns and cell text are filled in unchanged.
 */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  // Pieces other messages are built from.
  'data.text': { en: '{text}', zh: '{text}' },
  'data.lineAt': { en: ', line {line}', zh: '，第 {line} 行' },
  'data.noSuchFile': { en: 'no such file', zh: '找不到文件' },
  'data.isDirectory': { en: 'it is a directory', zh: '这是一个文件夹' },
  'data.permissionDenied': { en: 'permission denied', zh: '没有访问权限' },
  'data.fileTooLargeForMemory': { en: 'the file is too large to read into memory', zh: '文件太大，无法读入内存' },
  'data.stdin': { en: 'standard input', zh: '标准输入' },

  // Reading the file (src/data/read.ts).
  'data.read.empty': { en: '{file} is empty: there is no header row and no data.', zh: '{file} 是空文件：没有标题行，也没有数据。' },
  'data.read.streamTooLarge': {
    en: '{file} is not a regular file and gave more than {max} bytes; csat stopped reading it',
    zh: '{file} 不是普通文件，且已超过 {max} 字节；csat 已停止读取',
  },
  'data.read.changedWhileRead': {
    en: '{file} changed while csat read it ({before} bytes when opened, {after} after); read it again once it is no longer being written',
    zh: '{file} 在 csat 读取期间发生了变化（打开时 {before} 字节，读完后 {after} 字节）；请在文件写完后重新读取',
  },
  'data.read.cellTooLong': {
    en: "{file}, row {row}, column '{name}': the cell is {size} bytes long, more than the limit of {max}; --max-cell-bytes raises it",
    zh: "{file}，第 {row} 行，列 '{name}'：该单元格长 {size} 字节，超过上限 {max}；可用 --max-cell-bytes 提高上限",
  },
  'data.read.headerTooLong': {
    en: '{file}: the header line is {size} bytes long, more than the limit of {max}; --max-cell-bytes raises it',
    zh: '{file}：标题行长 {size} 字节，超过上限 {max}；可用 --max-cell-bytes 提高上限',
  },
  'data.read.tooManyColumns': {
    en: '{file} has {count} columns, more than the limit of {max}; --max-columns raises it',
    zh: '{file} 有 {count} 列，超过上限 {max}；可用 --max-columns 提高上限',
  },
  'data.read.sideTooLarge': {
    en: '{file} is {size} bytes long, more than the {max} a study, model, scales or weights file may be; csat did not read it',
    zh: '{file} 长 {size} 字节，超过研究、模型、量表或权重文件的上限 {max} 字节；csat 未读取它',
  },
  'data.read.tooLarge': {
    en: '{file} is too large: its text exceeds what one JavaScript string can hold (about 512 MB).',
    zh: '{file} 太大：其文本超出一个 JavaScript 字符串的容量（约 512 MB）。',
  },
  'data.read.cannotRead': { en: 'Cannot read {file}: {why}.', zh: '无法读取 {file}：{why}。' },
  'data.read.noStdin': {
    en: "'-' reads the survey from standard input, but nothing is piped in (try: csat describe - < survey.csv).",
    zh: "'-' 表示从标准输入读取数据，但没有输入任何内容（例如：csat describe - < survey.csv）。",
  },
  'data.read.unknownEncoding': {
    en: "--encoding: unknown encoding '{name}' (try utf8, gbk, gb18030, utf16le, utf16be or latin1).",
    zh: "--encoding：未知的编码 '{name}'（可用 utf8、gbk、gb18030、utf16le、utf16be 或 latin1）。",
  },
  'data.read.badBytes': {
    en: '{file}: {count} byte sequence(s) are not valid {encoding} and were replaced by U+FFFD.',
    zh: '{file}：有 {count} 处字节序列不是有效的 {encoding}，已替换为 U+FFFD。',
  },
  'data.read.bomNotUtf8': {
    en: '{file} starts with a UTF-8 byte-order mark but is not valid UTF-8; give its encoding with --encoding.',
    zh: '{file} 以 UTF-8 字节顺序标记开头，但不是有效的 UTF-8；请用 --encoding 指定其编码。',
  },
  'data.read.badUtf8': {
    en: '{file}: {count} byte sequence(s) are not valid UTF-8 and were replaced by U+FFFD (give --encoding if the file is not UTF-8).',
    zh: '{file}：有 {count} 处字节序列不是有效的 UTF-8，已替换为 U+FFFD（如果文件不是 UTF-8，请用 --encoding 指定编码）。',
  },
  'data.read.windows1252': {
    en: '{file}: read as Windows-1252 (Western European): it is neither UTF-8 nor Chinese GBK text; give --encoding if that is wrong.',
    zh: '{file}：按 Windows-1252（西欧）编码读取，因为它既不是 UTF-8 也不是中文 GBK 文本；如有误请用 --encoding 指定编码。',
  },
  'data.read.unknownText': {
    en: '{file} is neither UTF-8 nor GBK/GB18030 text; give its encoding with --encoding (for example latin1 or utf16le).',
    zh: '{file} 既不是 UTF-8 也不是 GBK/GB18030 文本；请用 --encoding 指定其编码（例如 latin1 或 utf16le）。',
  },
  'data.read.zip': {
    en: '{file} is a ZIP archive (an Excel .xlsx workbook?), not a CSV file; save it as CSV first.',
    zh: '{file} 是 ZIP 压缩文件（Excel .xlsx 工作簿？），不是 CSV 文件；请先另存为 CSV。',
  },
  'data.read.badDelimiter': {
    en: "--delimiter: '{value}' is not a delimiter (use ',', ';', 'tab' or '|').",
    zh: "--delimiter：'{value}' 不是分隔符（请使用 ','、';'、'tab' 或 '|'）。",
  },
  'data.read.noDataRows': { en: '{file} has a header row but no data rows.', zh: '{file} 只有标题行，没有数据行。' },
  'data.read.ragged': {
    en: '{file}, row {row} (line {line}): {got} {fields} where the header has {want}; check for an unquoted delimiter or a missing field.',
    zh: '{file}，第 {row} 行（文件第 {line} 行）：有 {got} 个字段，而标题行有 {want} 个；请检查是否有未加引号的分隔符或缺少的字段。',
  },
  'data.read.quote': { en: '{file}, {where} (line {line}): {what}.', zh: '{file}，{where}（文件第 {line} 行）：{what}。' },
  'data.read.atHeader': { en: 'the header', zh: '标题行' },
  'data.read.atRow': { en: 'row {row}', zh: '第 {row} 行' },
  'data.read.quoteUnclosed': { en: 'a quoted field is never closed', zh: '带引号的字段没有结束引号' },
  'data.read.quoteTrailing': {
    en: 'a quoted field has text after its closing quote (a quote inside a quoted field must be doubled: "")',
    zh: '带引号的字段在结束引号之后还有文本（引号字段内的引号必须写成两个：""）',
  },
  'data.read.duplicateName': {
    en: "{file}: the column name '{name}' appears {times} times; the repeats are renamed {renamed}.",
    zh: "{file}：列名 '{name}' 出现了 {times} 次；重复的列已重命名为 {renamed}。",
  },

  // Column selection (src/data/select.ts).
  'data.select.in': { en: ' in {file}', zh: '在 {file} 中' },
  'data.select.none': { en: '{option}: no columns given.', zh: '{option}：没有给出任何列。' },
  'data.select.order': {
    en: "{option}: in '{part}', {first} comes after {last} in the file; write the run in file order.",
    zh: "{option}：在 '{part}' 中，{first} 在文件中位于 {last} 之后；请按文件中的顺序书写范围。",
  },
  'data.select.noMatch': {
    en: "{option}: no column matches '{part}'{where}; closest: {closest}.",
    zh: "{option}：{where}没有与 '{part}' 匹配的列；最接近的：{closest}。",
  },
  'data.select.outOfRange': {
    en: '{option}: position #{n} is out of range; there {cols}{where} (#1..#{count}).',
    zh: '{option}：位置 #{n} 超出范围；{where}共有 {count} 列（#1..#{count}）。',
  },
  'data.select.notPosition': {
    en: "{option}: '{end}' is not a position; write #1, #2, ...",
    zh: "{option}：'{end}' 不是列位置；请写 #1、#2……",
  },
  'data.select.unknown': {
    en: "{option}: no column '{part}'{where}; closest: {closest}.",
    zh: "{option}：{where}没有名为 '{part}' 的列；最接近的：{closest}。",
  },

  // Converting cells to values (src/data/convert.ts).
  'data.convert.noColumn': { en: "no column '{name}' in {file}.", zh: "{file} 中没有名为 '{name}' 的列。" },
  'data.convert.unknownAnswer': {
    en: "{file}, row {row}, column '{column}': '{value}' is neither a number, a missing code nor a known answer label (use --labels or --lenient).",
    zh: "{file}，第 {row} 行，列 '{column}'：'{value}' 既不是数字、缺失值代码，也不是已知的答案标签（请使用 --labels 或 --lenient）。",
  },
  'data.convert.mixedLabelSets': {
    en: "{file}, row {row}, column '{column}': '{value}' is an answer label of another set than the column's other answers: the column mixes two label sets (give every label's code with --labels).",
    zh: "{file}，第 {row} 行，列 '{column}'：'{value}' 属于与该列其他答案不同的另一套答案标签：该列混用了两套标签（请用 --labels 给出每个标签的代码）。",
  },
  'data.convert.unknownAnswersMissing': {
    en: "{file}, column '{column}': {count} {cells} matched no number, missing code or answer label and {are} treated as missing (first: '{value}' in row {row}).",
    zh: "{file}，列 '{column}'：有 {count} 个单元格既不是数字、缺失值代码，也不是答案标签，已按缺失值处理（第一个：第 {row} 行的 '{value}'）。",
  },
  'data.convert.strayCode': {
    en: "{file}, column '{column}': {count} {cells} {hold} {codes}, which is not an answer code ({lo}-{hi}); if it marks a skipped question, add it to --missing.",
    zh: "{file}，列 '{column}'：有 {count} 个单元格的值为 {codes}，不是答案代码（{lo}-{hi}）；如果它表示跳过的问题，请将其加入 --missing。",
  },
  'data.convert.strayCodes': {
    en: "{file}, column '{column}': {count} {cells} {hold} {codes}, which are not answer codes ({lo}-{hi}); if they mark skipped questions, add them to --missing.",
    zh: "{file}，列 '{column}'：有 {count} 个单元格的值为 {codes}，不是答案代码（{lo}-{hi}）；如果它们表示跳过的问题，请将其加入 --missing。",
  },
  'data.convert.reverseText': {
    en: "--reverse: column '{column}' holds text categories, not scale answers, and cannot be reverse-keyed.",
    zh: "--reverse：列 '{column}' 是文本类别，不是量表答案，无法反向计分。",
  },
  'data.convert.outsideScale': {
    en: "{file}, row {row}, column '{column}': {value} lies outside the scale range {lo}-{hi}, so it cannot be reverse-keyed (fix --scale-range or add the code to --missing).",
    zh: "{file}，第 {row} 行，列 '{column}'：{value} 超出量表范围 {lo}-{hi}，无法反向计分（请更正 --scale-range 或将该代码加入 --missing）。",
  },
  'data.convert.outOfRange': {
    en: "{file}, row {row}, column '{column}': {value} lies outside the scale range {lo}-{hi}; if it marks a skipped question, add it to --missing (or give --lenient to read such answers as missing).",
    zh: "{file}，第 {row} 行，列 '{column}'：{value} 超出量表范围 {lo}-{hi}；如果它表示跳过的问题，请将其加入 --missing（或给出 --lenient，把这类答案读作缺失值）。",
  },
  'data.convert.outOfRangeMissing': {
    en: "{file}: {count} {cells} outside the scale range {lo}-{hi} {are} read as missing (--lenient); the first: row {row}, column '{column}', {value}.",
    zh: "{file}：有 {count} 个单元格超出量表范围 {lo}-{hi}，已按缺失值处理（--lenient）；第一个：第 {row} 行，列 '{column}'，{value}。",
  },
  'data.convert.reverseEmpty': {
    en: "column '{column}' has no values, so reverse keying leaves it as it is.",
    zh: "列 '{column}' 没有任何值，因此反向计分不改变它。",
  },
  'data.convert.reverseObserved': {
    en: "column '{column}' is reverse-keyed as {lo} + {hi} - x from its observed range {lo} to {hi}; give --scale-range (e.g. 1-5) if the scale is wider.",
    zh: "列 '{column}' 按观测范围 {lo} 到 {hi} 反向计分为 {lo} + {hi} - x；如果量表范围更宽，请给出 --scale-range（例如 1-5）。",
  },
  'data.convert.reverseLabels': {
    en: "column '{column}' is reverse-keyed as {lo} + {hi} - x from the range of its answer labels, {lo} ({first}) to {hi} ({last}); give --scale-range if the scale differs.",
    zh: "列 '{column}' 按答案标签的范围 {lo}（{first}）到 {hi}（{last}）反向计分为 {lo} + {hi} - x；如果量表范围不同，请给出 --scale-range。",
  },
  'data.convert.reverseNotAnalysed': {
    en: "column '{column}' is to be reverse-keyed but is not among the analysed columns, so reversing it has no effect.",
    zh: "列 '{column}' 被指定为反向计分，但不在分析的列中，因此反向计分对它不起作用。",
  },
  'data.convert.weightText': {
    en: "{file}, row {row}, column '{column}': '{value}' is not a number; a weight column must hold numbers.",
    zh: "{file}，第 {row} 行，列 '{column}'：'{value}' 不是数字；权重列必须是数字。",
  },
  'data.convert.weightNone': {
    en: "weight column '{column}': no case has a positive weight, so nothing can be analysed.",
    zh: "权重列 '{column}'：没有任何个案的权重为正数，因此无法进行分析。",
  },
  'data.convert.weightOverflow': {
    en: "weight column '{column}': the weights add up to more than 1.8e308, too large to count cases; rescale them.",
    zh: "权重列 '{column}'：权重总和超过 1.8e308，太大而无法计数个案；请重新缩放权重。",
  },
  'data.convert.weightDropped': {
    en: "weight column '{column}': {which} {weights}; those cases are left out, as SPSS WEIGHT BY does.",
    zh: "权重列 '{column}'：{which}；这些个案已排除在外，与 SPSS WEIGHT BY 的做法相同。",
  },
  'data.convert.weightMissing': { en: '{missing} missing', zh: '{missing} 个缺失权重' },
  'data.convert.weightNonPositive': { en: '{nonPositive} zero or negative', zh: '{nonPositive} 个为零或负数的权重' },
  'data.convert.weightBoth': {
    en: '{missing} missing and {nonPositive} zero or negative',
    zh: '{missing} 个缺失权重和 {nonPositive} 个为零或负数的权重',
  },

  // Study files (src/data/study.ts).
  'data.sav.fileWeight': {
    en: "{file} is weighted by '{column}' (SPSS WEIGHT BY), used as --weight; give --weight to use another column.",
    zh: "{file} 以 '{column}' 加权（SPSS WEIGHT BY），已用作 --weight；可用 --weight 指定其他列。",
  },
  'data.sav.unreadable': { en: '{file} is not a readable SPSS system file: {why}.', zh: '{file} 不是可读取的 SPSS 数据文件：{why}。' },
  'data.sav.why.labelNoVariable': { en: 'a value label names a variable that does not exist', zh: '有值标签指向不存在的变量' },
  'data.sav.why.labelNoList': { en: 'a value-label record is not followed by its variable list', zh: '值标签记录后缺少其变量列表' },
  'data.sav.why.manyMissing': { en: 'a variable has more than three missing values', zh: '有变量定义了三个以上的缺失值' },
  'data.sav.why.magic': { en: 'it does not start with $FL2 or $FL3', zh: '文件不以 $FL2 或 $FL3 开头' },
  'data.sav.why.midRecord': { en: 'it ends in the middle of a record', zh: '文件在记录中间结束' },
  'data.sav.why.layout': { en: 'its layout code is unknown', zh: '其布局代码未知' },
  'data.sav.why.noWeight': { en: 'its weight variable does not exist', zh: '其权重变量不存在' },
  'data.sav.why.beforeLast': { en: 'the data end before the last case', zh: '数据在最后一个个案之前结束' },
  'data.sav.why.midCase': { en: 'the data end in the middle of a case', zh: '数据在个案中间结束' },
  'data.sav.why.midValue': { en: 'the data end in the middle of a value', zh: '数据在值中间结束' },
  'data.sav.why.bias': { en: 'its compression bias is {bias}, not 100', zh: '其压缩偏移量为 {bias}，而不是 100' },
  'data.sav.why.veryLong': { en: 'the very long string {name} lacks its segments', zh: '超长字符串变量 {name} 缺少其分段' },
  'data.sav.why.missingNoVariable': { en: 'a missing-value record names a variable that does not exist', zh: '有缺失值记录指向不存在的变量' },
  'data.sav.why.zlibHeader': { en: 'its zlib data header is corrupt', zh: '其 zlib 数据头已损坏' },
  'data.sav.why.zlibTruncated': { en: 'its zlib data end before their last block', zh: '其 zlib 数据在最后一个数据块之前结束' },
  'data.sav.why.zlibBlock': { en: 'zlib data block {block} is corrupt', zh: '第 {block} 个 zlib 数据块已损坏' },
  'data.sav.why.compression': { en: 'compression type {type} is not supported', zh: '不支持压缩类型 {type}' },
  'data.sav.why.recordType': { en: 'it has a record of unknown type {type}', zh: '含有未知类型 {type} 的记录' },
  'data.sav.why.encoding': { en: 'its character encoding {encoding} is unknown', zh: '其字符编码 {encoding} 未知' },
  'data.sav.why.caseCount': { en: 'the header promises {promised} cases but the data hold {found}', zh: '文件头声明 {promised} 个个案，但数据中有 {found} 个' },
  'data.sav.why.empty': { en: 'the file is empty', zh: '文件为空' },
  'data.sav.why.short': { en: 'the file is shorter than its header', zh: '文件比其文件头还短' },
  'data.study.noFile': {
    en: 'no survey file: give one on the command line or as data: in the study file',
    zh: '没有调查数据文件：请在命令行中给出，或在研究文件中用 data: 指定',
  },
  'data.study.cannotRead': { en: 'cannot read the study file {path}: {why}', zh: '无法读取研究文件 {path}：{why}' },
  'data.study.at': { en: '{path}{line}: {what}', zh: '{path}{line}：{what}' },
  'data.study.notYaml': { en: 'not valid YAML/JSON ({detail})', zh: '不是有效的 YAML/JSON（{detail}）' },
  // YAML syntax, by the parser's error code (src/data/study.ts).
  'data.study.yaml.column': { en: 'column {col}: {what}', zh: '第 {col} 列：{what}' },
  'data.study.yaml.badIndent': {
    en: 'the indentation is wrong, or a [ list ] or { mapping } is not closed',
    zh: '缩进不正确，或 [ 列表 ] / { 映射 } 没有闭合',
  },
  'data.study.yaml.tab': { en: 'a tab is used for indentation; use spaces', zh: '用制表符缩进了，请改用空格' },
  'data.study.yaml.duplicateKey': { en: 'a key appears twice in one mapping', zh: '同一映射中有重复的键' },
  'data.study.yaml.missingChar': { en: 'a closing quote or bracket is missing', zh: '缺少右引号或右括号' },
  'data.study.yaml.unexpected': { en: 'a character or line is out of place', zh: '字符或行的位置不对' },
  'data.study.yaml.nestedCompact': {
    en: 'a mapping cannot start on the line of its key (put it on the next line, indented)',
    zh: '映射不能与其键写在同一行（请换行并缩进）',
  },
  'data.study.yaml.multilineKey': { en: 'a key must fit on one line', zh: '键必须写在一行内' },
  'data.study.yaml.multipleDocs': { en: 'the file holds more than one document (---)', zh: '文件中有多个文档（---）' },
  'data.study.yaml.badEscape': { en: 'a backslash escape in double quotes is not valid', zh: '双引号中的反斜杠转义无效' },
  'data.study.yaml.reserved': {
    en: 'a value starts with a reserved character (@ or `): put it in quotes',
    zh: '值以保留字符（@ 或 `）开头：请加引号',
  },
  'data.study.yaml.longKey': { en: 'a key is longer than 1024 characters', zh: '键的长度超过 1024 个字符' },
  'data.study.yaml.badAlias': { en: 'an alias (*name) is not valid', zh: '别名（*名称）无效' },
  'data.study.yaml.unresolvedAlias': {
    en: 'the alias *{name} has no anchor &{name} before it',
    zh: '别名 *{name} 之前没有对应的锚点 &{name}',
  },
  'data.study.yaml.aliases': {
    en: 'it expands more than {max} aliases (*name), as a file built to exhaust memory does',
    zh: '其中展开的别名（*名称）超过 {max} 个，像是为耗尽内存而构造的文件',
  },
  'data.study.zod.oneOf': { en: 'must be one of {values}', zh: '必须是 {values} 之一' },
  // The study's variables: key (src/data/study-variables.ts).
  'data.study.vars.renameMany': {
    en: "variables.{key}.name: '{key}' selects {count} columns, and a name can rename only one",
    zh: "variables.{key}.name：'{key}' 选中了 {count} 列，而一个名称只能用于重命名一列",
  },
  'data.study.vars.nameTaken': {
    en: "variables.{key}.name: '{name}' is already the name of column '{other}'",
    zh: "variables.{key}.name：'{name}' 已经是列 '{other}' 的名称",
  },
  'data.study.vars.badCode': {
    en: "variables.{key}.values: '{code}' is not a number; value labels map codes to labels, e.g. 1: 很不满意",
    zh: "variables.{key}.values：'{code}' 不是数字；值标签把代码映射到标签，例如 1: 很不满意",
  },
  'data.study.vars.where': { en: '{path}{line}: {key}', zh: '{path}{line}：{key}' },
  'data.study.vars.orderNotText': {
    en: "{where}: column '{column}' holds numbers or coded answers, whose codes give their order; order: is for text categories",
    zh: "{where}：列 '{column}' 是数字或已编码的答案，其顺序由代码决定；order: 只用于文本类别",
  },
  'data.study.vars.orderLeaves': {
    en: "{where}: column '{column}' has {count} categories the order does not list ({list}); they follow the listed ones",
    zh: "{where}：列 '{column}' 有 {count} 个类别未列在顺序中（{list}），排在所列类别之后",
  },
  'data.study.unknownKey': { en: "unknown key '{key}' (known: {known})", zh: "未知的键 '{key}'（可用的键：{known}）" },
  'data.study.badValue': { en: '{key}: {problem}', zh: '{key}：{problem}' },
  'data.study.topLevel': { en: '(top level)', zh: '（顶层）' },
  'data.study.minBelowMax': { en: 'the minimum must be below the maximum', zh: '最小值必须小于最大值' },
  // Schema problems, built from zod's issue (src/data/study.ts).
  'data.study.zod.type': { en: 'expected {expected}, got {received}', zh: '类型不对：应为{expected}，实际为{received}' },
  'data.study.zod.missing': { en: 'missing: expected {expected}', zh: '缺少此项：应为{expected}' },
  'data.study.zod.tooSmall': { en: 'must be greater than {limit}', zh: '必须大于 {limit}' },
  'data.study.zod.tooSmallInclusive': { en: 'must be at least {limit}', zh: '必须大于或等于 {limit}' },
  'data.study.zod.tooBig': { en: 'must be less than {limit}', zh: '必须小于 {limit}' },
  'data.study.zod.tooBigInclusive': { en: 'must be at most {limit}', zh: '必须小于或等于 {limit}' },
  'data.study.zod.tooShortString': { en: 'must have at least {limit} character(s)', zh: '至少需要 {limit} 个字符' },
  'data.study.zod.tooShortArray': { en: 'must list at least {limit} item(s)', zh: '列表至少需要 {limit} 项' },
  'data.study.zod.tooLongArray': { en: 'must list at most {limit} item(s)', zh: '列表最多只能有 {limit} 项' },
  'data.study.zod.columns': { en: 'expected a column name or a list of column names', zh: '值无效：应为一个列名或列名的列表' },
  // A value from the file quoted in a sentence (Chinese sets it off with a space).
  'data.study.value': { en: '{value}', zh: ' {value}' },
  'data.study.type.string': { en: 'text', zh: '文本' },
  'data.study.type.number': { en: 'a number', zh: '数字' },
  'data.study.type.int': { en: 'a whole number', zh: '整数' },
  'data.study.type.boolean': { en: 'true or false', zh: '布尔值' },
  'data.study.type.null': { en: 'nothing (null)', zh: '空值' },
  'data.study.type.array': { en: 'a list', zh: '列表' },
  'data.study.type.tuple': { en: 'a list', zh: '列表' },
  'data.study.type.record': { en: 'a mapping (name: value)', zh: '映射（键: 值）' },
  'data.study.type.object': { en: 'a mapping (key: value)', zh: '映射（键: 值）' },

  // Answer label maps (src/data/labels.ts).
  'data.labels.expectedPairs': {
    en: '{option}: expected pairs such as "差=1,一般=2,好=3" or a JSON file.',
    zh: '{option}：应为 "差=1,一般=2,好=3" 这样的标签=代码对，或一个 JSON 文件。',
  },
  'data.labels.neither': {
    en: '{option}: \'{spec}\' is neither label=code pairs (such as "差=1,一般=2") nor an existing JSON file.',
    zh: '{option}：\'{spec}\' 既不是标签=代码对（例如 "差=1,一般=2"），也不是已有的 JSON 文件。',
  },
  'data.labels.notPair': { en: "{option}: '{pair}' is not a label=code pair.", zh: "{option}：'{pair}' 不是标签=代码对。" },
  'data.labels.codeNotNumber': { en: "{option}: in '{pair}', '{code}' is not a number.", zh: "{option}：在 '{pair}' 中，'{code}' 不是数字。" },
  'data.labels.expectedObject': {
    en: '{where}: expected an object of label: code pairs such as {"差": 1, "一般": 2}.',
    zh: '{where}：应为 {"差": 1, "一般": 2} 这样由标签: 代码对组成的对象。',
  },
  'data.labels.codeMustBeNumber': {
    en: "{where}: the code of '{label}' must be a number, not {code}.",
    zh: "{where}：'{label}' 的代码必须是数字，而不是 {code}。",
  },
  'data.labels.emptyLabel': { en: '{where}: a label is empty.', zh: '{where}：有一个标签为空。' },
  'data.labels.emptyMap': { en: '{where}: the label map is empty.', zh: '{where}：标签映射为空。' },
  'data.labels.twoCodes': {
    en: "{where}: the label '{label}' is given two codes ({first} and {second}).",
    zh: "{where}：标签 '{label}' 被赋予了两个代码（{first} 和 {second}）。",
  },
  'data.labels.cannotRead': { en: '{option}: cannot read the label file {path}.', zh: '{option}：无法读取标签文件 {path}。' },
  'data.labels.notJson': { en: '{option}: {path} is not valid JSON ({detail}).', zh: '{option}：{path} 不是有效的 JSON（{detail}）。' },

  // Number lists and ranges in options (src/data/options.ts).
  'data.options.expectedList': {
    en: "{option}: expected a list of numbers such as -3,99, got '{spec}'",
    zh: "{option}：应为 -3,99 这样的数字列表，而不是 '{spec}'",
  },
  'data.options.notNumber': {
    en: "{option}: '{part}' is not a number (expected a list such as -3,99)",
    zh: "{option}：'{part}' 不是数字（应为 -3,99 这样的列表）",
  },
  'data.options.expectedRange': {
    en: "{option}: expected a range such as 1-5, got '{spec}'",
    zh: "{option}：应为 1-5 这样的范围，而不是 '{spec}'",
  },
  'data.options.minBelowMax': {
    en: "{option}: the minimum must be below the maximum, got '{spec}'",
    zh: "{option}：最小值必须小于最大值，而给出的是 '{spec}'",
  },

  // Writing the output file (src/report/output.ts).
  'data.output.isFolder': { en: "cannot write '{output}': it is a folder", zh: "无法写入 '{output}'：这是一个文件夹" },
  'data.output.failed': { en: "cannot write '{output}' ({reason})", zh: "无法写入 '{output}'（{reason}）" },
  'data.output.noFolder': {
    en: "cannot write '{output}': folder '{dir}' does not exist",
    zh: "无法写入 '{output}'：文件夹 '{dir}' 不存在",
  },
  'data.output.empty': { en: '{option} needs a file name, not an empty one', zh: '{option} 需要一个文件名，而不是空字符串' },
  'data.output.trailingSlash': {
    en: "cannot write '{output}': a name ending in a slash is a folder, and no such folder exists; give a file name",
    zh: "无法写入 '{output}'：以斜杠结尾的名称是文件夹，而该文件夹不存在；请给出文件名",
  },
  'data.output.tooLong': {
    en: "cannot write '{output}...': the file name is longer than {max} bytes, which the file system does not allow",
    zh: "无法写入 '{output}...'：文件名超过 {max} 字节，文件系统不允许",
  },
  'data.output.readOnly': { en: "cannot write '{output}': the file is read-only", zh: "无法写入 '{output}'：该文件是只读的" },
  'data.output.twice': {
    en: "{a} and {b} both name '{file}': one output would overwrite the other",
    zh: "{a} 和 {b} 都指向 '{file}'：一个输出会覆盖另一个",
  },
  'data.sys.ENOENT': { en: 'no such file or folder', zh: '文件或文件夹不存在' },
  'data.sys.EACCES': { en: 'permission denied', zh: '没有权限' },
  'data.sys.EISDIR': { en: 'it is a folder', zh: '这是一个文件夹' },
  'data.sys.ENOSPC': { en: 'no space left on the disk', zh: '磁盘空间不足' },
  'data.sys.EROFS': { en: 'the file system is read-only', zh: '文件系统是只读的' },
  'data.sys.ENAMETOOLONG': { en: 'the name is too long', zh: '名称太长' },
  'data.sys.ENOTDIR': { en: 'a part of the path is not a folder', zh: '路径中的某一部分不是文件夹' },
  'data.output.isInput': {
    en: "refusing to write '{output}': it is the input file '{input}', which csat never overwrites",
    zh: "拒绝写入 '{output}'：它是输入文件 '{input}'，csat 从不覆盖输入文件",
  },

  // Options every command shares (src/commands/common.ts).
  'data.common.oneColumn': { en: '{option} takes one column, not {count}', zh: '{option} 只能指定一列，而不是 {count} 列' },
  'data.common.badLang': { en: "--lang must be en or zh, not '{lang}'", zh: "--lang 必须是 en 或 zh，而不是 '{lang}'" },
  'data.common.badFormat': { en: "--format must be one of {formats}, not '{format}'", zh: "--format 必须是 {formats} 之一，而不是 '{format}'" },
  'data.common.badTableStyle': { en: "--table-style must be one of {styles}, not '{style}'", zh: "--table-style 必须是 {styles} 之一，而不是 '{style}'" },

  // Items found without a study file (src/data/detect.ts): why each column is or is not an item.
  'data.detect.group': { en: '{names} ({reason})', zh: '{names}（{reason}）' },
  'data.detect.sep': { en: '; ', zh: '；' },
  'data.detect.id': { en: 'an identifier column', zh: '标识变量' },
  'data.detect.weight': {
    en: 'named like a case weight; to weight the cases by it, give --weight {name}',
    zh: '名称表明是个案权重；如需按它对个案加权，请给出 --weight {name}',
  },
  'data.detect.mixed': { en: 'mixes numbers with unknown text', zh: '数字与无法识别的文本混杂' },
  'data.detect.nominal': { en: 'nominal (the study file says so)', zh: '名义变量（研究文件如此声明）' },
  'data.detect.text': { en: 'text with {count} categories that match no answer scale', zh: '文本，{count} 个类别，不符合任何答案量表' },
  'data.detect.missing': { en: 'more than half of the answers are missing', zh: '一半以上的回答缺失' },
  'data.detect.notWhole': { en: 'not whole numbers', zh: '不是整数' },
  'data.detect.notScale': {
    en: '{count} distinct values from {min} to {max}: not a rating scale',
    zh: '{count} 个不同的值，从 {min} 到 {max}：不是评分量表',
  },
  'data.detect.textAnswers': { en: 'text answers {first} ... {last}', zh: '文本答案 {first} ... {last}' },
  'data.detect.whole': { en: 'whole numbers from {min} to {max}', zh: '{min} 到 {max} 的整数' },
  'data.detect.otherScale': {
    en: 'a different answer scale ({lo} to {hi}) from the items ({min} to {max})',
    zh: '答案量表为 {lo} 到 {hi}，与题项的 {min} 到 {max} 不同',
  },
};
