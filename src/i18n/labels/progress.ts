/** The stages the progress line names while a long run goes on (src/progress.ts). */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'progress.reading': { en: 'reading {file}', zh: '正在读取 {file}' },
  'progress.parsing': { en: 'parsing {file}', zh: '正在解析 {file}' },
  'progress.converting': { en: 'converting the answers', zh: '正在转换答案' },
  'progress.step': { en: 'computing: {step}', zh: '正在计算：{step}' },
  'progress.writing': { en: 'writing the results', zh: '正在输出结果' },
};
