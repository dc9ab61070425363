/**
 * 问卷星 (wjx.cn) downloads, "按选项文本" (answer text) and "按选项序号" (answer codes) alike: one
 * header row of 序号, 提交答卷时间, 所用时间, 来源, 来源详情, 来自IP (and 总分 for a quiz), then one
 * column per question headed "3、贵行的社会声誉良好：", and for a multi-select or matrix question
 * in the code download one sub-column per option headed "7(选项A)" or "第7题(选项A)".
 * Questions become Q3 with the question text as label; sub-columns Q7_1, Q7_2 ... grouped as Q7.
 * Skip codes (-2, -3) and (跳过), (空) are read as missing by convert.ts (see platform/index.ts).
 */
import type { PlatformShape, Source } from '../source.js';
import { labelOf, reshaped } from './shape.js';

const METADATA = new Set(['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP', '来自ip', '总分', '开始答题时间', '答题时长', '用户ID', '微信昵称', '填写设备', '操作系统', '浏览器']);
const QUESTION = /^(\d+)[、.．]\s*(.*?)[：:]?\s*$/s;
const SUB = /^第?(\d+)题?\s*[(（](.+)[)）]\s*$/s;

export function detectWjx(src: Source): boolean {
  const meta = src.names.filter((n) => METADATA.has(n)).length;
  return meta >= 3 && src.names.includes('提交答卷时间');
}

export function applyWjx(src: Source): Source {
  const names: string[] = [];
  const labels: (string | undefined)[] = [];
  const shape: PlatformShape = { id: 'wjx', metadata: [], groups: [], missing: [-2, -3] };
  const subCount = new Map<string, number>();
  src.names.forEach((h, j) => {
    if (METADATA.has(h)) {
      shape.metadata.push(h);
      names.push(h);
      labels.push(src.labels?.[j]);
      return;
    }
    const q = QUESTION.exec(h);
    if (q) {
      names.push(`Q${q[1]}`);
      labels.push(labelOf(q[2], `Q${q[1]}`));
      return;
    }
    const s = SUB.exec(h);
    if (s) {
      const question = `Q${s[1]}`;
      const k = (subCount.get(question) ?? 0) + 1;
      subCount.set(question, k);
      const name = `${question}_${k}`;
      names.push(name);
      labels.push(labelOf(s[2], name));
      let g = shape.groups.find((x) => x.name === question);
      if (!g) shape.groups.push((g = { name: question, columns: [] }));
      g.columns.push(name);
      return;
    }
    names.push(h);
    labels.push(src.labels?.[j]);
  });
  return reshaped(src, names, labels, shape);
}
