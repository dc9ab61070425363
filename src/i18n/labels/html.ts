/** Labels of the HTML page around the tables (src/report/render/html.ts). */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'html.contents': { en: 'Contents', zh: '目录' },
  'html.input': { en: 'Data: {files}', zh: '数据：{files}' },
  'html.stdin': { en: 'standard input', zh: '标准输入' },
};
