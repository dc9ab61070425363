import { describe, expect, it } from 'vitest';
import { findMultiSets, optionOfColumn, splitJoined, stemColumns } from '../../src/data/multi-response.js';
import { UsageError } from '../../src/errors.js';

const names = ['id', 'Q7', 'Q1_1', 'Q1_2', 'Q10_1', 'Q10_2', '9(A)', '9(B)', '第12题(甲)', '第12题(乙)', 'Q13.1', 'Q13.2', 'Q1'];

describe('stemColumns: the columns of one question', () => {
  it('Q1_k, not Q10_k; 问卷星 7(选项) and 第7题(选项) under Q7 or 7; Q13.1', () => {
    expect(stemColumns(names, 'Q1')).toEqual(['Q1_1', 'Q1_2']);
    expect(stemColumns(names, 'Q10')).toEqual(['Q10_1', 'Q10_2']);
    expect(stemColumns(names, '9')).toEqual(['9(A)', '9(B)']);
    expect(stemColumns(names, 'Q9')).toEqual(['9(A)', '9(B)']);
    expect(stemColumns(names, 'Q12')).toEqual(['第12题(甲)', '第12题(乙)']);
    expect(stemColumns(names, 'Q13')).toEqual(['Q13.1', 'Q13.2']);
  });
  it('an option is what the column says after the stem, in brackets', () => {
    expect(optionOfColumn('第12题(甲)', 'Q12')).toBe('甲');
    expect(optionOfColumn('9（网银）', '9')).toBe('网银');
    expect(optionOfColumn('Q10_1', 'Q10')).toBe('Q10_1');
  });
});

describe('findMultiSets', () => {
  const src = { names, file: 'x.csv' };
  it('an exact column is a joined set; a stem, run or glob one column per option', () => {
    expect(findMultiSets(src, 'Q7,Q10, Q1_1..Q1_2 ,9*')).toEqual([
      { question: 'Q7', shape: 'joined', columns: ['Q7'] },
      { question: 'Q10', shape: 'columns', columns: ['Q10_1', 'Q10_2'] },
      { question: 'Q1_1..Q1_2', shape: 'columns', columns: ['Q1_1', 'Q1_2'] },
      { question: '9*', shape: 'columns', columns: ['9(A)', '9(B)'] },
    ]);
  });
  it('a name that forms no set: a usage error naming the closest columns', () => {
    expect(() => findMultiSets(src, 'Q8')).toThrow(UsageError);
    expect(() => findMultiSets(src, 'Q8')).toThrow(/no column 'Q8'.*closest: Q7/);
  });
});

describe('splitJoined', () => {
  it('┋ joins: options in order of first appearance; skipped cells and skip codes are no option', () => {
    const s = splitJoined(['B┋A', '', '(跳过)', '-3', 'A', 'C┋B'], new Set());
    expect(s.separator).toBe('┋');
    expect(s.options).toEqual(['B', 'A', 'C']);
    expect(s.indicators.map((x) => [...x])).toEqual([
      [1, 0, 0, 0, 0, 1],
      [1, 0, 0, 0, 1, 0],
      [0, 0, 0, 0, 0, 1],
    ]);
  });
  it('Google Forms ", "; an "other" text in 〖〗 is dropped; option codes in numeric order; --missing codes skipped', () => {
    expect(splitJoined(['Email, Chat', 'Chat'], new Set()).options).toEqual(['Email', 'Chat']);
    expect(splitJoined(['其他〖自己写的〗┋A', '其他〖别的〗'], new Set()).options).toEqual(['其他', 'A']);
    const codes = splitJoined(['3;1', '10', '2;99'], new Set([99]));
    expect(codes.separator).toBe(';');
    expect(codes.options).toEqual(['1', '2', '3', '10']);
    expect([...codes.indicators[3]]).toEqual([0, 1, 0]);
  });
});
