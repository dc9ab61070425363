/** Labels of the HTML page around the tables (src/report/render/html.ts). */
import { defineLabels } from '../i18n.js';

defineLabels({
  'html.contents': { en: 'Contents', zh: '目录' },
  'html.input': { en: 'Data: {files}', zh: '数据：{files}' },
  'html.stdin': { en: 'standard input', zh: '标准输入' },
});
