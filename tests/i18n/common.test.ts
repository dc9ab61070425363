import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';

describe('common labels', () => {
  it.each([
    ['common.valid', 'Valid', '有效'],
    ['common.excluded', 'Excluded', '排除'],
    ['common.total', 'Total', '总计'],
    ['common.n', 'N', '个案数'],
    ['common.mean', 'Mean', '平均值'],
    ['common.stdDeviation', 'Std. Deviation', '标准偏差'],
    ['common.minimum', 'Minimum', '最小值'],
    ['common.maximum', 'Maximum', '最大值'],
    ['common.variance', 'Variance', '方差'],
    ['common.sig2', 'Sig. (2-tailed)', '显著性（双尾）'],
    ['common.percent', 'Percent', '百分比'],
    ['common.validPercent', 'Valid Percent', '有效百分比'],
    ['common.cumulativePercent', 'Cumulative Percent', '累积百分比'],
    ['common.frequency', 'Frequency', '频率'],
    ['common.missing', 'Missing', '缺失'],
    ['common.system', 'System', '系统'],
    ['common.warning', 'Warning', '警告'],
  ])('%s is "%s" / "%s" (SPSS English / Chinese edition)', (key, en, zh) => {
    expect(t(key, 'en')).toBe(en);
    expect(t(key, 'zh')).toBe(zh);
  });
});
