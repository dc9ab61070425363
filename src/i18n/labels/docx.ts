/** Labels of the Word output (src/report/render/docx.ts, png.ts) and its checks. */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'docx.err.terminal': {
    en: '-f docx writes a binary Word file: name it with -o FILE.docx (or redirect standard output to a file)',
    zh: '-f docx 输出二进制 Word 文件：请用 -o 文件.docx 指定文件（或把标准输出重定向到文件）',
  },
  'docx.noCharts': {
    en: 'the Word file has every table but no charts: for charts, install {packages} (npm install {packages})',
    zh: 'Word 文件包含所有表格，但没有图表：如需图表，请安装 {packages}（npm install {packages}）',
  },
  'html.noChartFont': {
    en: 'the HTML charts with Chinese text rely on this machine\'s fonts and may show it blank elsewhere: to embed them as pictures drawn with a shipped font, install {packages} (npm install {packages})',
    zh: 'HTML 中含中文的图表依赖本机字体，在其他电脑上中文可能显示为空白：如需以内置字体绘制为图片嵌入，请安装 {packages}（npm install {packages}）',
  },
  'docx.chartFailed': {
    en: 'a chart could not be drawn as a picture and is left out of the Word file ({reason})',
    zh: '有一个图表无法转为图片，未写入 Word 文件（{reason}）',
  },
};
