import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../src/errors.js';
import { msg, say, sayWarning, warning } from '../src/i18n/index.js';

describe('CsatError built from a catalog message', () => {
  it('keeps the English text as its message and the key + values as its label', () => {
    const e = new InputError(msg('data.read.cannotRead', { file: 'a.csv', why: msg('data.noSuchFile') }));
    expect(e.message).toBe('Cannot read a.csv: no such file.');
    expect(e.exitCode).toBe(3);
    expect(e.label?.key).toBe('data.read.cannotRead');
    expect(say(e.label!, 'zh')).toBe('无法读取 a.csv：找不到文件。');
  });

  it('joins a list with ", " in English and "、" in Chinese', () => {
    const ref = msg('data.select.unknown', { option: '--items', part: 'Q13', where: '', closest: ['Q1', 'Q12'] });
    expect(new UsageError(ref).message).toBe("--items: no column 'Q13'; closest: Q1, Q12.");
    expect(say(ref, 'zh')).toBe("--items：没有名为 'Q13' 的列；最接近的：Q1、Q12。");
  });

  it('a plain-string error has no label', () => {
    expect(new UsageError('plain').label).toBeUndefined();
  });
});

describe('warnings', () => {
  it('translate when made by warning(), pass through otherwise', () => {
    const en = warning(msg('data.convert.reverseEmpty', { column: 'Q7' }));
    expect(en).toBe("column 'Q7' has no values, so reverse keying leaves it as it is.");
    expect(sayWarning(en, 'zh')).toBe("列 'Q7' 没有任何值，因此反向计分不改变它。");
    expect(sayWarning(en, 'en')).toBe(en);
    expect(sayWarning('some other warning', 'zh')).toBe('some other warning');
  });
});
