/** Labels of `csat ipa` (importance-performance analysis, 四分图模型). */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'ipa.title': { en: 'Importance-Performance Analysis', zh: '重要性-绩效分析（四分图）' },
  'ipa.quadrantsTitle': { en: 'Items by Quadrant', zh: '各象限题项' },
  'ipa.chartTitle': { en: 'Importance-Performance Map', zh: '重要性-满意度四分图' },
  'ipa.item': { en: 'Item', zh: '题项' },
  'ipa.items': { en: 'Items', zh: '题项' },
  'ipa.importance': { en: 'Importance', zh: '重要性' },
  'ipa.performance': { en: 'Performance', zh: '满意度' },
  'ipa.quadrant': { en: 'Quadrant', zh: '象限' },
  'ipa.distance': { en: 'Distance', zh: '距离' },
  'ipa.keep-up': { en: 'Keep up the good work', zh: '优势区' },
  'ipa.concentrate': { en: 'Concentrate here', zh: '修补区' },
  'ipa.low-priority': { en: 'Low priority', zh: '机会区' },
  'ipa.overkill': { en: 'Possible overkill', zh: '维持区' },
  'ipa.keep-up.hint': { en: 'high importance, high performance', zh: '高重要性、高满意度' },
  'ipa.concentrate.hint': { en: 'high importance, low performance', zh: '高重要性、低满意度' },
  'ipa.low-priority.hint': { en: 'low importance, low performance', zh: '低重要性、低满意度' },
  'ipa.overkill.hint': { en: 'low importance, high performance', zh: '低重要性、高满意度' },
  'ipa.none': { en: '(none)', zh: '（无）' },
  'ipa.method.stated': { en: 'stated importance (mean of each item\'s importance column)', zh: '自述重要性（各题项重要性列的平均值）' },
  'ipa.method.correlation': { en: "derived importance (Pearson r with '{overall}')", zh: '推导重要性（与“{overall}”的皮尔逊相关系数）' },
  'ipa.method.regression': { en: "derived importance (standardized Beta on '{overall}')", zh: '推导重要性（对“{overall}”的标准化系数 Beta）' },
  'ipa.footMethod': { en: 'Importance: {method}; performance: mean answer.', zh: '重要性：{method}；满意度：平均值。' },
  'ipa.footCrosshair': { en: 'Cross-hairs at importance {importance} ({isrc}) and performance {performance} ({psrc}).', zh: '交叉线：重要性 {importance}（{isrc}），满意度 {performance}（{psrc}）。' },
  'ipa.footDistance': { en: 'Distance to the cross-hairs in standard deviations of each axis across items.', zh: '距离：到交叉点的距离，以各轴在题项间的标准差为单位。' },
  'ipa.src.mean': { en: 'mean', zh: '平均值' },
  'ipa.src.given': { en: 'given', zh: '给定值' },
  'ipa.warn.excluded': { en: '{n} row(s) with a missing answer were left out (listwise).', zh: '{n} 行有缺失回答，已按列表删除。' },
  'ipa.warn.negative': { en: 'Negative derived importance (a higher score goes with lower overall satisfaction): {items}.', zh: '推导重要性为负（得分越高，总体满意度越低）：{items}。' },
  'ipa.warn.sameAxis': { en: 'Every item has the same {axis} ({value}), so the quadrants do not separate the items on {axis}.', zh: '所有题项的{axis}相同（{value}），四个象限在{axis}上无法区分题项。' },
  'ipa.warn.aboveAxis': { en: "Every item's {axis} is at or above the cross-hair {value}, so the quadrants do not separate the items on {axis}.", zh: '所有题项的{axis}都不低于交叉线 {value}，四个象限在{axis}上无法区分题项。' },
  'ipa.warn.belowAxis': { en: "Every item's {axis} is below the cross-hair {value}, so the quadrants do not separate the items on {axis}.", zh: '所有题项的{axis}都低于交叉线 {value}，四个象限在{axis}上无法区分题项。' },
  'ipa.axis.importance': { en: 'importance', zh: '重要性' },
  'ipa.axis.performance': { en: 'performance', zh: '满意度' },
  'ipa.footWeighted': { en: 'Cases weighted by {weight}.', zh: '个案按 {weight} 加权。' },

  // Errors (src/commands/ipa.ts, src/analyses/ipa.ts).
  'ipa.err.crosshairParts': {
    en: "--crosshair takes importance,performance (e.g. 5,3.5 or mean,3.5), not '{spec}'",
    zh: "--crosshair 的格式为 重要性,满意度（例如 5,3.5 或 mean,3.5），而不是 '{spec}'",
  },
  'ipa.err.crosshairValue': { en: "--crosshair: '{value}' is neither a number nor 'mean'", zh: "--crosshair：'{value}' 既不是数字，也不是 'mean'" },
  'ipa.err.importancePair': {
    en: "--importance: expected item=column pairs such as q1=imp_q1, got '{part}'",
    zh: "--importance：应为 q1=imp_q1 这样的 题项=列 对，而不是 '{part}'",
  },
  'ipa.err.importanceTwice': { en: "--importance gives the item '{item}' two importance columns", zh: "--importance 为题项 '{item}' 给出了两个重要性列" },
  'ipa.err.importanceNotItem': {
    en: "--importance names '{item}', which is not among the items ({items})",
    zh: "--importance 中的 '{item}' 不是题项之一（题项：{items}）",
  },
  'ipa.err.importanceMissing': { en: "--importance gives no importance column for the item '{item}'", zh: "--importance 没有为题项 '{item}' 给出重要性列" },
  'ipa.err.noImportanceColumn': {
    en: "no importance column '{column}' for the item '{item}' (from {option})",
    zh: "题项 '{item}' 没有重要性列 '{column}'（由 {option} 得出）",
  },
  'ipa.err.needItems': { en: 'ipa needs the items (--items or a study file)', zh: 'ipa 需要题项（--items 或研究文件）' },
  'ipa.err.oneStated': {
    en: 'give one of --importance, --importance-suffix, --importance-prefix',
    zh: '--importance、--importance-suffix、--importance-prefix 只能给出其中一个',
  },
  'ipa.err.statedOrDerived': {
    en: 'give stated importance (--importance...) or --derived, not both',
    zh: '请给出自述重要性（--importance...）或 --derived，不能同时给出',
  },
  'ipa.err.needImportance': {
    en: 'ipa needs the importance: --importance-suffix/--importance-prefix/--importance (stated) or --derived correlation|regression',
    zh: 'ipa 需要重要性：--importance-suffix/--importance-prefix/--importance（自述）或 --derived correlation|regression',
  },
  'ipa.err.derivedNeedsOverall': {
    en: '--derived {method} needs the overall-satisfaction column (--outcome COL)',
    zh: '--derived {method} 需要总体满意度列（--outcome 列名）',
  },
  'ipa.err.overallOne': { en: '--outcome takes one column, not {count}', zh: '--outcome 只能指定一列，而不是 {count} 列' },
  'ipa.err.what.item': { en: 'item', zh: '题项' },
  'ipa.err.what.importance': { en: 'importance column', zh: '重要性列' },
  'ipa.err.what.overall': { en: 'overall column', zh: '总体满意度列' },
  'ipa.err.notRead': { en: "{what} '{name}' is not among the columns read from {file}", zh: "{what} '{name}' 不在从 {file} 读取的列中" },
  'ipa.err.text': {
    en: "the {what} '{name}' in {file} holds text ({examples} ...), not ratings",
    zh: "{file} 中的{what} '{name}' 是文本（{examples} ...），不是评分",
  },
  'ipa.err.fewItems': {
    en: 'an importance-performance analysis needs at least 2 items; the selection has {p}',
    zh: '重要性-绩效分析至少需要 2 个题项；当前只选择了 {p} 个',
  },
  'ipa.err.columnCount': {
    en: '{p} items but {n} importance columns; give one importance column per item',
    zh: '有 {p} 个题项，却有 {n} 个重要性列；请为每个题项给出一个重要性列',
  },
  'ipa.err.importanceIsItem': {
    en: 'the importance column {columns} is also among the items; give the columns that hold the importance ratings',
    zh: '重要性列 {columns} 同时也是题项；请给出存放重要性评分的列',
  },
  'ipa.err.importanceAreItems': {
    en: 'the importance columns {columns} are also among the items; give the columns that hold the importance ratings',
    zh: '重要性列 {columns} 同时也是题项；请给出存放重要性评分的列',
  },
  'ipa.err.overallIsItem': {
    en: "the overall column '{overall}' is also one of the items; importance is derived from an overall rating outside them",
    zh: "总体满意度列 '{overall}' 同时也是题项之一；推导重要性所依据的总体评分必须在题项之外",
  },
  'ipa.err.fewRowsStated': {
    en: 'only {kept} complete row(s) over the items and their importance columns; an importance-performance analysis needs at least 3',
    zh: '题项及其重要性列上只有 {kept} 行完整数据；重要性-绩效分析至少需要 3 行',
  },
  'ipa.err.fewRowsDerived': {
    en: "only {kept} complete row(s) over the items and '{overall}'; an importance-performance analysis needs at least 3",
    zh: "题项和 '{overall}' 上只有 {kept} 行完整数据；重要性-绩效分析至少需要 3 行",
  },
  'ipa.err.outsideRange': {
    en: "item '{item}' has the answer {value} outside the scale range {min}-{max}; declare such codes missing (--missing) or correct --scale-range",
    zh: "题项 '{item}' 有超出量表范围 {min}-{max} 的答案 {value}；请将此类代码声明为缺失值（--missing）或更正 --scale-range",
  },
  'ipa.err.noVariance': { en: 'cannot derive importance: {reason}', zh: '无法推导重要性：{reason}' },
  'ipa.err.noCorrelation': {
    en: "cannot derive importance from '{overall}': a correlation or Beta does not exist",
    zh: "无法由 '{overall}' 推导重要性：相关系数或 Beta 不存在",
  },
};
