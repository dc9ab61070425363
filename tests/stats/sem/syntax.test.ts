import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { modelText, parseModel, scalesModel } from '../../../src/stats/sem/syntax.js';

const errorOf = (src: string): string => {
  try {
    parseModel(src);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('model syntax', () => {
  it('reads =~, ~, ~~, fixed values, comments, ; and continued lines', () => {
    const s = parseModel('# measurement\nF1 =~ x1 + 0.5*x2 +\n  x3 ; F2 =~ 1*y1 + y2 # two items\nF2 ~ F1\nx1 ~~ x2\nx3 ~~ 0*x3');
    expect(s.map((x) => [x.lhs, x.op, x.rhs, x.fixed, x.line])).toEqual([
      ['F1', '=~', 'x1', null, 2],
      ['F1', '=~', 'x2', 0.5, 2],
      ['F1', '=~', 'x3', null, 3],
      ['F2', '=~', 'y1', 1, 3],
      ['F2', '=~', 'y2', null, 3],
      ['F2', '~', 'F1', null, 4],
      ['x1', '~~', 'x2', null, 5],
      ['x3', '~~', 'x3', 0, 6],
    ]);
  });

  it('takes Chinese names and several left-hand names', () => {
    const s = parseModel('满意度 ~ 银行形象 + 服务\n形象1 + 形象2 ~~ 形象3');
    expect(s.map((x) => `${x.lhs}${x.op}${x.rhs}`)).toEqual(['满意度~银行形象', '满意度~服务', '形象1~~形象3', '形象2~~形象3']);
  });

  it('names the line and column of each error', () => {
    expect(errorOf('F =~ x1 + x2\nG => y1')).toBe("model syntax, line 2, column 3: unknown operator '=>'; use =~ (indicators), ~ (regression) or ~~ (covariance).");
    expect(errorOf('F =~')).toBe("model syntax, line 1, column 3: the factor 'F' has no indicators.");
    expect(errorOf('F =~ x1 + x2\nF =~ x2')).toBe("model syntax, line 2, column 6: the path 'F =~ x2' is given twice (first on line 1).");
    expect(errorOf('a ~~ b\nb ~~ a')).toContain("the path 'b ~~ a' is given twice");
    expect(errorOf('F =~ x1 + + x2')).toBe('model syntax, line 1, column 11: a variable name is missing here.');
    expect(errorOf('F =~ a*x1')).toContain("'a*' is not supported");
    expect(errorOf('y ~ 1')).toContain('intercepts');
    expect(errorOf('x1 x2')).toContain('without an operator');
    expect(errorOf('F =~ x1 G =~ x2')).toContain("expected '+' before 'G'");
  });

  it('builds the measurement model of study scales, and prints statements back', () => {
    const s = scalesModel([
      { name: '形象', items: ['q1', 'q2'] },
      { name: '服务', items: ['q3', 'q4', 'q5'] },
    ]);
    expect(modelText(s)).toBe('形象 =~ q1 + q2\n服务 =~ q3 + q4 + q5');
    expect(() => scalesModel([{ name: 'E', items: [] }])).toThrow("the factor 'E' has no indicators.");
  });
});
