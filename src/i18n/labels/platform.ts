/** Messages of the survey-platform layouts (src/data/platform) and of skip codes among text answers. */
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
};
