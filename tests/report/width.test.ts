import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charWidth, displayWidth, noBreakJoin, padCenter, padEnd, padStart, wrapColumnHeader, wrapHeader, wrapText } from '../../src/report/width.js';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['中文', 4],
    ['非常满意', 8],
    ['满意度，"总体"', 14], // the fullwidth comma is wide, ASCII quotes narrow
    ['、。「」', 8],
    ['ａｂ', 4], // fullwidth latin
    ['ｶﾅ', 2], // halfwidth katakana
    ['한국', 4],
    ['e\u0301', 1], // combining acute accent
    ['\u200b', 0], // zero-width space
    ['😀', 2],
    ['①±°', 3], // East Asian Ambiguous counts as narrow
    ['\x1b[1mbold\x1b[22m', 4], // ANSI colour codes take no room
    ['𠀀', 2], // CJK extension B (astral plane)
  ])('%j is %i columns', (s, w) => {
    expect(displayWidth(s)).toBe(w);
  });

  it('classifies single code points', () => {
    expect(charWidth(0x4e00)).toBe(2);
    expect(charWidth(0x9fa5)).toBe(2);
    expect(charWidth(0x41)).toBe(1);
    expect(charWidth(0x300)).toBe(0);
    expect(charWidth(0x1160)).toBe(0);
  });
});

describe('padding by display width', () => {
  it('pads to the display width, CJK counted twice', () => {
    expect(padEnd('中', 4)).toBe('中  ');
    expect(padStart('中', 4)).toBe('  中');
    expect(padCenter('中', 5)).toBe(' 中  ');
    expect(padEnd('中文字', 4)).toBe('中文字');
  });

  it('always reaches the requested width (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '中', 'é', ' ', '，', 'Ｑ') }), fc.integer({ min: 0, max: 40 }), (s, w) => {
        const target = Math.max(w, displayWidth(s));
        expect(displayWidth(padEnd(s, w))).toBe(target);
        expect(displayWidth(padStart(s, w))).toBe(target);
        expect(displayWidth(padCenter(s, w))).toBe(target);
      }),
    );
  });
});

describe('wrapText', () => {
  it('breaks at spaces and between CJK characters', () => {
    expect(wrapText('Corrected Item-Total Correlation', 11)).toEqual(['Corrected', 'Item-Total', 'Correlation']);
    expect(wrapText('校正后的项与总计相关性', 12)).toEqual(['校正后的项与', '总计相关性']);
    expect(wrapText('Cumulative Percent', 10)).toEqual(['Cumulative', 'Percent']);
    expect(wrapText('short', 20)).toEqual(['short']);
    expect(wrapText('', 5)).toEqual(['']);
  });

  it('breaks Chinese between words, keeps SPSS terms whole, and never starts a line with a closing mark', () => {
    expect(wrapText('删除项后的克隆巴赫 Alpha', 12)).toEqual(['删除项后的', '克隆巴赫', 'Alpha']);
    expect(wrapText('基于标准化项的克隆巴赫 Alpha', 16)).toEqual(['基于标准化项的', '克隆巴赫 Alpha']);
    for (const w of [4, 6, 8, 10, 12, 14]) {
      const lines = wrapText('满意度指数上升（+2.8），而高价值顾客的满意度下降。', w);
      for (const l of lines) expect(l, `width ${w}`).not.toMatch(/^[，。）]/);
      for (const l of lines.slice(0, -1)) expect(l, `width ${w}`).not.toMatch(/（$/);
      expect(lines.join('')).not.toMatch(/满\n/);
      expect(lines.some((l) => l.endsWith('满') || l.startsWith('意度'))).toBe(false);
    }
  });
  it('keeps every character, and lines fit unless one word is longer (property)', () => {
    const unit = fc.constantFrom('a', 'b', ' ', '中', '文', '-', 'Ｑ');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.integer({ min: 1, max: 20 }), (s, w) => {
        const lines = wrapText(s, w);
        expect(lines.join('').replace(/\s/g, '')).toBe(s.replace(/\s/g, ''));
        for (const line of lines) {
          // Only an unbreakable unit may overflow (one latin word, or one word of wide characters): it wraps to itself at any width.
          if (displayWidth(line) > w) {
            expect(line).not.toMatch(/\s/);
            expect(wrapText(line, 1)).toEqual([line]);
          }
        }
      }),
    );
  });
});

describe('wrapHeader (text, HTML and docx headers)', () => {
  it('breaks a long Chinese header between words, never inside 克隆巴赫, never before "，"', () => {
    // SPSS's Chinese Item-Total Statistics header over a column of .852-wide numbers.
    expect(wrapHeader('删除项后的克隆巴赫 Alpha', 4)).toEqual(['删除项后的', '克隆巴赫 Alpha']);
    expect(wrapHeader('删除项后的标度平均值', 4)).toEqual(['删除项后的', '标度平均值']);
    expect(wrapHeader('Cronbach\'s Alpha if Item Deleted', 4)).toEqual(['Cronbach\'s Alpha', 'if Item Deleted']);
    expect(wrapHeader('平均值，标准差', 0)).toEqual(['平均值，标准差']);
    for (const w of [0, 4, 8]) for (const line of wrapHeader('满意度指数（高价值顾客），低价值顾客的满意度变化', w)) expect(line).not.toMatch(/^[，）]/);
  });
  it('keeps a short header on one line and the breaks a table wrote', () => {
    expect(wrapHeader('N', 3)).toEqual(['N']);
    expect(wrapHeader('Sig.\n(2-tailed)', 3)).toEqual(['Sig.', '(2-tailed)']);
  });
  it('wrapColumnHeader measures the widest line of the cells', () => {
    expect(wrapColumnHeader('删除项后的克隆巴赫 Alpha', ['.852', '.9']) ).toEqual(wrapHeader('删除项后的克隆巴赫 Alpha', 4));
    expect(wrapColumnHeader('删除项后的克隆巴赫 Alpha', ['a very long label, wider than the header'])).toEqual(['删除项后的克隆巴赫 Alpha']);
  });
});

describe('noBreakJoin', () => {
  it('joins the characters of each Chinese word with U+2060 and leaves latin words and spaces alone', () => {
    expect(noBreakJoin('克隆巴赫 Alpha')).toBe('克\u2060隆\u2060巴\u2060赫 Alpha');
    // 删除|项|后|的 are words of their own: Word may break between them, not inside 克隆巴赫.
    expect(noBreakJoin('删除项后的克隆巴赫').split('\u2060').join('')).toBe('删除项后的克隆巴赫');
    expect(noBreakJoin('删除项后的克隆巴赫')).toContain('克\u2060隆\u2060巴\u2060赫');
    // A comma stays joined to the word before it, so no line can start with it.
    expect(noBreakJoin('平均值，标准差')).toContain('值\u2060，');
    expect(noBreakJoin('Corrected Item-Total')).toBe('Corrected Item-Total');
  });
});
