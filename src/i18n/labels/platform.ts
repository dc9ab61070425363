/** Messages of the survey-platform layouts (src/data/platform) and of variable labels. */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'platform.bad': { en: "--platform must be one of {platforms}, not '{value}'.", zh: "--platform 必须是 {platforms} 之一，而不是 '{value}'。" },
  'platform.read': {
    en: 'Read as a {platform} export: {metadata} metadata {columns} ({names}) left out of the items.',
    zh: '按 {platform} 导出文件读取：{metadata} 个元数据列（{names}）不作为题项。',
  },
  'platform.readNoMeta': { en: 'Read as a {platform} export.', zh: '按 {platform} 导出文件读取。' },
  'platform.detectMetadata': { en: 'response metadata of the {platform} export', zh: '{platform} 导出文件的元数据' },
  'platform.skipCodes': {
    en: "{file}, column '{column}': {count} {cells} held the negative {codes} {list} among text answers, read as missing (a skip code, not an answer).",
    zh: "{file}，列 '{column}'：文本答案中有 {count} 个单元格为负数代码 {list}，已按缺失值处理（跳题代码，而非答案）。",
  },
  'platform.outsideRange': {
    en: "{file}, row {row}, column '{column}': {value} lies outside the scale range {lo}-{hi} (fix --scale-range, add the code to --missing, or use --lenient to read such values as missing).",
    zh: "{file}，第 {row} 行，列 '{column}'：{value} 超出量表范围 {lo}-{hi}（请更正 --scale-range、将该代码加入 --missing，或用 --lenient 将此类值按缺失值处理）。",
  },
  'platform.outsideRangeMissing': {
    en: "{file}, column '{column}': {count} {cells} outside the scale range {lo}-{hi} read as missing (first: {value} in row {row}).",
    zh: "{file}，列 '{column}'：有 {count} 个单元格超出量表范围 {lo}-{hi}，已按缺失值处理（第一个：第 {row} 行的 {value}）。",
  },
  'platform.legend': { en: 'Variables: {list}.', zh: '变量：{list}。' },
};
