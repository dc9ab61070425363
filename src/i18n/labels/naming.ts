/** Labels of variables in tables and charts (src/report/naming.ts). */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'naming.fullLabel': { en: '{name} (label in full): {label}', zh: '{name}（完整标签）：{label}' },
  'naming.statements': { en: '{names}: statements of the question "{stem}"', zh: '{names}：题目“{stem}”的分项' },
  'naming.legend': { en: '{name}: {label}', zh: '{name}：{label}' },
};
