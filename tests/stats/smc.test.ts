import { describe, expect, it } from 'vitest';
import { covariance, correlationFromCovariance, listwise } from '../../src/stats/covariance.js';
import { singularItem, squaredMultipleCorrelations, trySquaredMultipleCorrelations } from '../../src/stats/smc.js';
import { AnalysisError } from '../../src/errors.js';
import { say } from '../../src/i18n/index.js';
import { expectClose } from '../helpers/close.js';
import { expected, fixtureColumns } from '../helpers/reliability-fixture.js';

describe('squared multiple correlations vs R 1 - 1/diag(solve(R))', () => {
  for (const s of expected.scenarios.filter((x) => x.missingMode === 'listwise')) {
    it(s.name, () => {
      const { columns, weights } = fixtureColumns(s);
      const lw = listwise(columns, weights);
      const k = s.items.length;
      const R = correlationFromCovariance(covariance(lw.columns, lw.weights).cov, k);
      const smc = squaredMultipleCorrelations(R, k);
      s.itemTotal.forEach((e, j) => expectClose(smc[j], e.squaredMultipleCorrelation, 1e-9, 1e-12, e.item));
    });
  }

  it('two items: each SMC is r^2', () => {
    const smc = squaredMultipleCorrelations(Float64Array.from([1, 0.6, 0.6, 1]), 2);
    expectClose(smc[0], 0.36, 1e-14, 1e-15, 'smc1');
    expectClose(smc[1], 0.36, 1e-14, 1e-15, 'smc2');
  });

  it('a singular matrix has no SMCs: null, or an AnalysisError naming the item', () => {
    // c = a + b exactly (correlations of two independent unit-variance items and their sum).
    const r = Math.SQRT1_2;
    const R = Float64Array.from([1, 0, r, 0, 1, r, r, r, 1]);
    expect(trySquaredMultipleCorrelations(R, 3)).toBeNull();
    expect(singularItem(R, 3)).toBe(2);
    expect(() => squaredMultipleCorrelations(R, 3, ['a', 'b', 'c'])).toThrow(AnalysisError);
    expect(() => squaredMultipleCorrelations(R, 3, ['a', 'b', 'c'])).toThrow(/c is a linear combination of a, b/);
  });
});

describe('the singular-matrix message in English and Chinese', () => {
  const r = Math.SQRT1_2;
  const R = Float64Array.from([1, 0, r, 0, 1, r, r, r, 1]);
  const Z = Float64Array.from([0, 0, 0, 1]);
  const cases: [Float64Array, number, string[] | undefined, string, string][] = [
    [
      R,
      3,
      ['a', 'b', 'c'],
      'the correlation matrix is singular or not positive definite: c is a linear combination of a, b, so squared multiple correlations do not exist',
      '相关性矩阵为奇异矩阵或不是正定矩阵：c 是 a、b 的线性组合，因此平方多重相关性不存在',
    ],
    [
      R,
      3,
      undefined,
      'the correlation matrix is singular or not positive definite: item 3 is a linear combination of items 1..2, so squared multiple correlations do not exist',
      '相关性矩阵为奇异矩阵或不是正定矩阵：第 3 项 是 第 1..2 项 的线性组合，因此平方多重相关性不存在',
    ],
    [
      Z,
      2,
      ['a', 'b'],
      'the correlation matrix is singular or not positive definite: a is a linear combination of nothing (zero variance), so squared multiple correlations do not exist',
      '相关性矩阵为奇异矩阵或不是正定矩阵：a 方差为零（是空的线性组合），因此平方多重相关性不存在',
    ],
  ];
  it.each(cases)('%#: the English message and its Chinese label', (m, p, names, en, zh) => {
    let err: AnalysisError | undefined;
    try {
      squaredMultipleCorrelations(m, p, names);
    } catch (e) {
      err = e as AnalysisError;
    }
    expect(err).toBeInstanceOf(AnalysisError);
    expect(err!.message).toBe(en);
    expect(say(err!.label!, 'zh')).toBe(zh);
  });
});
