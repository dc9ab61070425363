import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { selectColumns, closest, levenshtein, globToRegExp } from '../../src/data/select.js';
import { CsatError, EXIT, UsageError } from '../../src/errors.js';

const survey = ['id', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9', 'Q10', 'Q11', 'Q12', 'overall', 'gender', 'sat_staff', 'sat_speed'];
const zh = ['序号', '服务态度', '服务质量', '网点环境', '总体满意度', '性别'];

function usage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    expect((e as CsatError).exitCode).toBe(EXIT.usage);
    return (e as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('selectColumns', () => {
  it('exact names, in the order given, without duplicates', () => {
    expect(selectColumns(survey, 'Q3,Q1,overall', '--items')).toEqual(['Q3', 'Q1', 'overall']);
    expect(selectColumns(survey, ' Q3 , Q1 ,Q3,, ', '--items')).toEqual(['Q3', 'Q1']);
    expect(selectColumns(survey, 'Q1,Q*', '--items')).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9', 'Q10', 'Q11', 'Q12']);
  });

  it('A..B runs in file order, inclusive', () => {
    expect(selectColumns(survey, 'Q3..Q5', '--items')).toEqual(['Q3', 'Q4', 'Q5']);
    expect(selectColumns(survey, 'Q9..Q12,Q1', '--items')).toEqual(['Q9', 'Q10', 'Q11', 'Q12', 'Q1']);
    expect(selectColumns(survey, 'Q4..Q4', '--items')).toEqual(['Q4']);
    expect(selectColumns(survey, 'Q3 .. Q5', '--items')).toEqual(['Q3', 'Q4', 'Q5']);
    expect(usage(() => selectColumns(survey, 'Q5..Q3', '--items'))).toBe("--items: in 'Q5..Q3', 'Q5' comes after 'Q3' in the file; write the run in file order.");
  });

  it('positions #n and #i..#j (1-based), and mixed runs', () => {
    expect(selectColumns(survey, '#2..#4', '--items')).toEqual(['Q1', 'Q2', 'Q3']);
    expect(selectColumns(survey, '#1', '--vars')).toEqual(['id']);
    expect(selectColumns(survey, '#2..Q3,#14', '--vars')).toEqual(['Q1', 'Q2', 'Q3', 'overall']);
    expect(usage(() => selectColumns(survey, '#18', '--items', 'survey.csv'))).toBe('--items: position #18 is out of range; there are 17 columns in survey.csv (#1..#17).');
    expect(usage(() => selectColumns(survey, '#0..#3', '--items'))).toMatch(/position #0 is out of range/);
    expect(usage(() => selectColumns(survey, '#4..#2', '--items'))).toBe("--items: in '#4..#2', #4 (Q3) comes after #2 (Q1) in the file; write the run in file order.");
    expect(usage(() => selectColumns(survey, '#x', '--items'))).toBe("--items: '#x' is not a position; write #1, #2, ...");
  });

  it('globs with * and ?', () => {
    expect(selectColumns(survey, 'sat_*', '--items')).toEqual(['sat_staff', 'sat_speed']);
    expect(selectColumns(survey, 'Q?', '--items')).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9']);
    expect(selectColumns(survey, 'Q1?', '--items')).toEqual(['Q10', 'Q11', 'Q12']);
    expect(selectColumns(['a.b', 'axb', 'a(1)'], 'a.*', '--vars')).toEqual(['a.b']);
    expect(selectColumns(['a.b', 'axb', 'a(1)'], 'a(*', '--vars')).toEqual(['a(1)']);
    expect(usage(() => selectColumns(survey, 'x*', '--items', 'survey.csv'))).toMatch(/^--items: no column matches 'x\*' in survey\.csv; closest: /);
  });

  it('an exact name wins over run and glob syntax', () => {
    const odd = ['A..B', 'Q*', 'A', 'B', 'Q1'];
    expect(selectColumns(odd, 'A..B', '--vars')).toEqual(['A..B']);
    expect(selectColumns(odd, 'Q*', '--vars')).toEqual(['Q*']);
  });

  it('Chinese names, globs and the full-width comma', () => {
    expect(selectColumns(zh, '服务态度，网点环境', '--items')).toEqual(['服务态度', '网点环境']);
    expect(selectColumns(zh, '服务*', '--items')).toEqual(['服务态度', '服务质量']);
    expect(selectColumns(zh, '服务态度..总体满意度', '--items')).toEqual(['服务态度', '服务质量', '网点环境', '总体满意度']);
    expect(selectColumns(zh, '服务??', '--items')).toEqual(['服务态度', '服务质量']);
    expect(usage(() => selectColumns(zh, '服务水平', '--items', '银行.csv'))).toBe("--items: no column '服务水平' in 银行.csv; closest: 服务态度, 服务质量, 序号.");
  });

  it('an unknown name lists the closest names', () => {
    expect(usage(() => selectColumns(survey, 'Q13', '--items', 'survey.csv'))).toBe("--items: no column 'Q13' in survey.csv; closest: Q1, Q3, Q10.");
    expect(usage(() => selectColumns(survey, 'q1', '--items'))).toBe("--items: no column 'q1'; closest: Q1, Q2, Q3.");
    expect(usage(() => selectColumns(survey, 'Q1..Q99', '--items'))).toMatch(/^--items: no column 'Q99'; closest: Q9, /);
    expect(usage(() => selectColumns(survey, 'Overal', '--items'))).toMatch(/closest: overall/);
    expect(usage(() => selectColumns(survey, ' , ', '--items'))).toBe('--items: no columns given.');
  });

  it('duplicate header names resolve to the first', () => {
    expect(selectColumns(['a', 'b', 'a'], 'a,#3', '--vars')).toEqual(['a']);
  });
});

describe('helpers', () => {
  it('levenshtein counts code points', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('满意度', '满意')).toBe(1);
    expect(levenshtein('🙂a', 'a')).toBe(1);
  });

  it('closest returns at most three names, nearest first', () => {
    expect(closest('Q13', survey)).toEqual(['Q1', 'Q3', 'Q10']);
    expect(closest('x', ['a'])).toEqual(['a']);
  });

  it('globToRegExp anchors and escapes', () => {
    expect(globToRegExp('a+b*').test('a+bcd')).toBe(true);
    expect(globToRegExp('a+b*').test('xa+b')).toBe(false);
    expect(globToRegExp('[x]?').test('[x]1')).toBe(true);
  });
});

describe('properties', () => {
  const names = fc.uniqueArray(fc.stringMatching(/^[A-Za-z满意度_][A-Za-z0-9满意度_]{0,5}$/), { minLength: 1, maxLength: 30 });

  it('#i..#j selects the slice i-1..j of the header', () => {
    fc.assert(
      fc.property(names, fc.nat(), fc.nat(), (ns, a, b) => {
        const i = 1 + (a % ns.length);
        const j = i + (b % (ns.length - i + 1));
        expect(selectColumns(ns, `#${i}..#${j}`, '--items')).toEqual(ns.slice(i - 1, j));
      }),
    );
  });

  it('A..B by name equals the same run by position, and every name selects itself', () => {
    fc.assert(
      fc.property(names, fc.nat(), fc.nat(), (ns, a, b) => {
        const i = a % ns.length;
        const j = i + (b % (ns.length - i));
        // Names containing ".." or glob characters are not generated, so this is a plain run.
        expect(selectColumns(ns, `${ns[i]}..${ns[j]}`, '--items')).toEqual(ns.slice(i, j + 1));
        expect(selectColumns(ns, ns.join(','), '--items')).toEqual(ns);
      }),
    );
  });

  it('the result never has duplicates and keeps first-mention order', () => {
    fc.assert(
      fc.property(names, fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), (ns, picks) => {
        const spec = picks.map((p) => `#${1 + (p % ns.length)}`).join(',');
        const got = selectColumns(ns, spec, '--items');
        const want = [...new Set(picks.map((p) => ns[p % ns.length]))];
        expect(got).toEqual(want);
      }),
    );
  });
});
