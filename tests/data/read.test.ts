import { describe, it, expect, afterEach } from 'vitest';
import { readFileSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import {
  readSource,
  sourceFromBuffer,
  parseText,
  detectDelimiter,
  parseDelimiterOption,
  canonicalEncoding,
  decodeBuffer,
  type ParsePath,
} from '../../src/data/read.js';
import { CsatError, EXIT } from '../../src/errors.js';

const root = path.resolve(__dirname, '../..');
const fx = (f: string): string => path.join(root, 'fixtures', f);

/** R's read.csv output for each fixture (fixtures/oracle/data.R). */
const oracle = JSON.parse(readFileSync(fx('expected/data-read.json'), 'utf8')) as Record<
  string,
  { names: string[]; rows: number; cells: string[][] }
>;

/** How each fixture must be read: encoding and delimiter csat detects, options a user gives. */
const cases: Array<{ file: string; encoding: string; delimiter: string; opts?: { delimiter?: string; encoding?: string } }> = [
  { file: 'edge/simple.csv', encoding: 'utf-8', delimiter: ',' },
  { file: 'edge/bom-utf8.csv', encoding: 'utf-8', delimiter: ',' },
  { file: 'edge/crlf.csv', encoding: 'utf-8', delimiter: ',' },
  { file: 'edge/semicolon.csv', encoding: 'utf-8', delimiter: ';' },
  { file: 'edge/tab.tsv', encoding: 'utf-8', delimiter: '\t' },
  { file: 'edge/pipe.txt', encoding: 'utf-8', delimiter: '|', opts: { delimiter: '|' } },
  { file: 'edge/utf16le-bom.csv', encoding: 'utf-16le', delimiter: ',' },
  { file: 'edge/utf16be-bom.csv', encoding: 'utf-16be', delimiter: ',' },
  { file: 'edge/gbk.csv', encoding: 'gb18030', delimiter: ',' },
  { file: 'edge/trailing-empty.csv', encoding: 'utf-8', delimiter: ',' },
  { file: 'edge/blank-lines.csv', encoding: 'utf-8', delimiter: ',' },
  { file: 'edge/quoted.csv', encoding: 'utf-8', delimiter: ',' },
  { file: 'edge/quoted-crlf.csv', encoding: 'utf-8', delimiter: ',' },
  { file: 'edge/quoted-semicolon.csv', encoding: 'utf-8', delimiter: ';' },
  { file: 'edge/quoted.tsv', encoding: 'utf-8', delimiter: '\t' },
  { file: 'edge/quoted-gbk.csv', encoding: 'gb18030', delimiter: ',' },
  { file: 'edge/unknown-label.csv', encoding: 'utf-8', delimiter: ',' },
  { file: 'edge/missing-codes.csv', encoding: 'utf-8', delimiter: ',' },
  { file: 'edge/decimal-comma.csv', encoding: 'utf-8', delimiter: ';' },
  { file: 'bank-survey.csv', encoding: 'gb18030', delimiter: ',' },
  { file: 'telephone-survey.csv', encoding: 'utf-8', delimiter: ',' },
  { file: 'survey-en.csv', encoding: 'utf-8', delimiter: ',' },
];

/** Expects `fn` to throw a CsatError with this exit code and a message matching `re`. */
async function expectError(fn: () => unknown, exitCode: number, re: RegExp): Promise<void> {
  let caught: unknown;
  try {
    await fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, 'expected an error').toBeInstanceOf(CsatError);
  expect((caught as CsatError).exitCode).toBe(exitCode);
  expect((caught as CsatError).message).toMatch(re);
}

describe('readSource against R read.csv', () => {
  for (const c of cases) {
    it(`${c.file}: names, cells, encoding and delimiter`, async () => {
      const src = await readSource(fx(c.file), c.opts ?? {});
      const want = oracle[c.file];
      expect(src.names).toEqual(want.names);
      expect(src.rows).toBe(want.rows);
      expect(src.cells).toEqual(want.cells);
      expect(src.encoding).toBe(c.encoding);
      expect(src.delimiter).toBe(c.delimiter);
      expect(src.warnings).toEqual([]);
    });
  }

  it('gives the same Source on the papaparse path and the direct path', () => {
    for (const c of cases) {
      const bytes = readFileSync(fx(c.file));
      const paths: ParsePath[] = bytes.includes(0x22) ? ['papaparse'] : ['papaparse', 'fast'];
      const auto = sourceFromBuffer(bytes, c.file, c.opts ?? {});
      for (const p of paths) expect(sourceFromBuffer(bytes, c.file, c.opts ?? {}, p)).toEqual(auto);
    }
  });

  it('reads every variant of the simple table to the same cells', async () => {
    const base = await readSource(fx('edge/simple.csv'));
    for (const f of ['bom-utf8.csv', 'crlf.csv', 'semicolon.csv', 'tab.tsv', 'utf16le-bom.csv', 'utf16be-bom.csv', 'gbk.csv', 'trailing-empty.csv', 'blank-lines.csv']) {
      const src = await readSource(fx(`edge/${f}`));
      expect([f, src.names, src.cells]).toEqual([f, base.names, base.cells]);
    }
    const quoted = await readSource(fx('edge/quoted.csv'));
    for (const f of ['quoted-crlf.csv', 'quoted-semicolon.csv', 'quoted.tsv', 'quoted-gbk.csv']) {
      const src = await readSource(fx(`edge/${f}`));
      expect([f, src.names, src.cells]).toEqual([f, quoted.names, quoted.cells]);
    }
    expect(quoted.cells[1][1]).toBe('第一行\n第二行');
    expect(quoted.cells[1][0]).toBe('服务很好, 态度"热情"');
  });
});

describe('encodings', () => {
  it('--encoding overrides detection and strips a BOM', async () => {
    const gbk = await readSource(fx('edge/gbk.csv'), { encoding: 'GBK' });
    expect(gbk.encoding).toBe('gbk');
    expect(gbk.names).toEqual(oracle['edge/gbk.csv'].names);
    const bom = await readSource(fx('edge/bom-utf8.csv'), { encoding: 'utf8' });
    expect(bom.names[0]).toBe('编号');
    const le = await readSource(fx('edge/utf16le-bom.csv'), { encoding: 'utf16le' });
    expect(le.cells).toEqual(oracle['edge/utf16le-bom.csv'].cells);
  });

  it('reading GBK bytes as latin1 on request gives latin1 text (the user wins)', async () => {
    const src = await readSource(fx('edge/gbk.csv'), { encoding: 'latin1' });
    expect(src.encoding).toBe('latin1');
    expect(src.names[2]).toBe('Q1');
    expect(src.names[0]).not.toBe('编号');
  });

  it('detects UTF-16 without a BOM by its NUL bytes', () => {
    const text = 'a,b\n1,2\n';
    expect(decodeBuffer(iconv.encode(text, 'utf16le'), 'x').encoding).toBe('utf-16le');
    expect(decodeBuffer(iconv.encode(text, 'utf16be'), 'x')).toMatchObject({ encoding: 'utf-16be', text });
  });

  it('canonical names and unknown encodings', async () => {
    expect(canonicalEncoding('UTF-8')).toBe('utf-8');
    expect(canonicalEncoding('gb2312')).toBe('gb2312');
    expect(canonicalEncoding('UTF16-LE')).toBe('utf-16le');
    expect(canonicalEncoding('ISO-8859-1')).toBe('latin1');
    await expectError(() => readSource(fx('edge/simple.csv'), { encoding: 'klingon' }), EXIT.usage, /--encoding: unknown encoding 'klingon'/);
  });

  it('text that is neither UTF-8 nor GB18030 is an input error asking for --encoding', async () => {
    // 0x81 at the end is no UTF-8, starts no complete GB18030 character and is undefined in Windows-1252.
    const bytes = Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x31, 0x2c, 0x81]);
    await expectError(() => sourceFromBuffer(bytes, 'odd.csv'), EXIT.input, /odd\.csv is neither UTF-8 nor GBK\/GB18030 text; give its encoding with --encoding/);
    // Binary data (control bytes) is not taken for Windows-1252 either.
    const binary = Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xe9, 0x01, 0x02, 0xfc, 0x2c, 0x03]);
    await expectError(() => sourceFromBuffer(binary, 'bin.csv'), EXIT.input, /bin\.csv is neither UTF-8 nor GBK/);
  });

  it('a Western European export (Windows-1252 / Latin-1) is read as Windows-1252 with a warning, not as GBK', () => {
    const text = 'Ville,Qualité,Größe\nZürich,3,2\nGenève,4,5\nMünchen,2,1\n€uro,1,1\n';
    const src = sourceFromBuffer(iconv.encode(text, 'windows-1252'), 'west.csv');
    expect(src.encoding).toBe('windows-1252');
    expect(src.names).toEqual(['Ville', 'Qualité', 'Größe']);
    expect(src.cells[0]).toEqual(['Zürich', 'Genève', 'München', '€uro']);
    expect(src.warnings!.join(' ')).toMatch(/west\.csv: read as Windows-1252/);
    // Every accented letter here is followed by a letter, so it is also valid GBK ("Ü" + "r" is one
    // rare character): only the byte statistics tell the two apart.
    expect(sourceFromBuffer(iconv.encode('Müller,Ürün\n1,2\n', 'latin1'), 'de.csv').names).toEqual(['Müller', 'Ürün']);
    // Chinese GBK, even with a rare character whose trail byte is ASCII, stays GB18030.
    const zh = sourceFromBuffer(iconv.encode('编号,满意度,姓名\n1,非常满意,王堃\n2,一般,李四\n', 'gbk'), 'zh.csv');
    expect(zh.encoding).toBe('gb18030');
    expect(zh.cells[2]).toEqual(['王堃', '李四']);
  });

  it('Windows-1252 is told from GBK by what the high bytes read as in their context (accented letters inside Latin words)', () => {
    // Issue examples: "Größe" is also valid GBK (F6 DF = 鲞), and "Café," ends in a byte GBK cannot read.
    const cafe = sourceFromBuffer(iconv.encode('Zufriedenheit,Größe,Café\n1,2,3\n2,3,4\n', 'windows-1252'), 'cafe.csv');
    expect([cafe.encoding, cafe.names]).toEqual(['windows-1252', ['Zufriedenheit', 'Größe', 'Café']]);
    const gr = sourceFromBuffer(iconv.encode('Größe,Q1\n1,2\n2,3\n', 'windows-1252'), 'gr.csv');
    expect([gr.encoding, gr.names]).toEqual(['windows-1252', ['Größe', 'Q1']]);
    expect(gr.warnings!.join(' ')).toMatch(/gr\.csv: read as Windows-1252/);
    // One word per file, the hardest case: German, French, Spanish, Portuguese, Italian, Nordic.
    const words = [
      'Größe', 'Qualität', 'Öffnungszeiten', 'Fußgänger', 'Straße', 'Gebühren', 'Zürich', 'Über', 'Genève', 'Préférence', 'Sécurité',
      'être', 'garçon', 'cœur', 'naïve', 'Île', 'Ça', 'Señal', 'Opinión', 'Año', 'informações', 'Satisfação', 'Avaliação', 'São',
      'Perché', 'Città', 'Åland', 'Kærlighed', 'Smørrebrød', 'Ærø', 'Tillfredsställelse', 'Bogotá',
    ];
    for (const w of words) {
      const s = sourceFromBuffer(iconv.encode(`${w},Q1\n1,2\n`, 'windows-1252'), 'w.csv');
      expect([w, s.encoding, s.names[0]]).toEqual([w, 'windows-1252', w]);
    }
    // Chinese stays GB18030, also short files and Chinese next to Latin letters (手 follows "iPhone").
    const zh = ['满意度,Q1', '总体满意度,性别', 'Q1满意,Q2', 'iPhone手机,PPT质量', '非常满意,王堃', '编号,（跳过）'];
    for (const h of zh) {
      const s = sourceFromBuffer(iconv.encode(`${h}\n1,2\n`, 'gbk'), 'z.csv');
      expect([h, s.encoding, s.names.join(',')]).toEqual([h, 'gb18030', h]);
    }
  });

  it('UTF-8 with a damaged byte stays UTF-8, with a warning; GBK is not mistaken for it', () => {
    const good = Buffer.from('编号,满意度,评论\n' + '1,非常满意,服务很好\n2,一般,还行\n'.repeat(5));
    const damaged = Buffer.concat([good, Buffer.from([0x33, 0x2c, 0xe6, 0xbb, 0x2c, 0xe9, 0x0a])]);
    const src = sourceFromBuffer(damaged, 'd.csv');
    expect(src.encoding).toBe('utf-8');
    expect(src.names).toEqual(['编号', '满意度', '评论']);
    expect(src.warnings).toEqual(['d.csv: 2 byte sequence(s) are not valid UTF-8 and were replaced by U+FFFD (give --encoding if the file is not UTF-8).']);
    const gbk = iconv.encode('编号,满意度,评论\n' + '1,非常满意,服务很好\n2,一般,还行\n'.repeat(5), 'gbk');
    expect(sourceFromBuffer(gbk, 'g.csv').encoding).toBe('gb18030');
  });

  it('undecodable bytes under an explicit encoding are replaced and counted in the warnings', () => {
    const src = sourceFromBuffer(Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x31, 0x2c, 0xff, 0x0a]), 'x.csv', { encoding: 'utf8' });
    expect(src.warnings).toEqual(['x.csv: 1 byte sequence(s) are not valid utf-8 and were replaced by U+FFFD.']);
  });

  it('Excel workbooks are rejected with advice', async () => {
    await expectError(() => sourceFromBuffer(Buffer.from('PK\x03\x04rest', 'latin1'), 'book.xlsx'), EXIT.input, /book\.xlsx is a ZIP archive \(an Excel \.xlsx workbook\?\), not a CSV file/);
    await expectError(() => sourceFromBuffer(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1]), 'old.xls'), EXIT.input, /old\.xls is a legacy Excel 97-2003 \.xls workbook, which csat does not read; .*soffice --headless --convert-to xlsx old\.xls$/);
  });
});

describe('delimiters', () => {
  it('parses --delimiter values', () => {
    expect(parseDelimiterOption(',')).toBe(',');
    expect(parseDelimiterOption(';')).toBe(';');
    expect(parseDelimiterOption('tab')).toBe('\t');
    expect(parseDelimiterOption('TAB')).toBe('\t');
    expect(parseDelimiterOption('\\t')).toBe('\t');
    expect(parseDelimiterOption('\t')).toBe('\t');
    expect(parseDelimiterOption('|')).toBe('|');
    expect(parseDelimiterOption('semicolon')).toBe(';');
  });

  it('rejects impossible delimiters before reading', async () => {
    for (const bad of ['', ',,', '"', 'comma;']) {
      await expectError(() => readSource(fx('edge/simple.csv'), { delimiter: bad }), EXIT.usage, /--delimiter: '.*' is not a delimiter/);
    }
  });

  it('a given delimiter wins over detection', async () => {
    const src = await readSource(fx('edge/semicolon.csv'), { delimiter: ',' });
    expect(src.names).toEqual(['编号;性别;Q1;Q2;满意度']);
    expect(src.delimiter).toBe(',');
  });

  it('detection prefers consistent field counts, and a comma for one column', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3\n4;5,5;6\n')).toBe(';');
    expect(detectDelimiter('a,b\n"x;y",1\n"z;w",2\n')).toBe(',');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
    expect(detectDelimiter('only\n1\n2\n')).toBe(',');
    expect(detectDelimiter('a,b;c\n1,2;3\n4,5;6;7\n')).toBe(',');
  });
});

describe('structure errors and special files', () => {
  it('a ragged row names the file, the data row and the line', async () => {
    await expectError(() => readSource(fx('edge/ragged.csv')), EXIT.input, /ragged\.csv, row 3 \(line 4\): 4 fields where the header has 5/);
    await expectError(() => readSource(fx('edge/ragged-quoted.csv')), EXIT.input, /ragged-quoted\.csv, row 4 \(line 6\): 5 fields where the header has 4/);
  });

  it('ragged rows are found on both paths, counting quoted newlines and blank lines', () => {
    const text = 'a,b\n1,2\n\n3\n';
    for (const p of ['fast', 'papaparse'] as const) {
      expect(() => parseText(text, ',', 'f.csv', p)).toThrow('f.csv, row 2 (line 4): 1 field where the header has 2');
      expect(() => parseText('a,b\n1,2,3\n', ',', 'f.csv', p)).toThrow('f.csv, row 1 (line 2): 3 fields where the header has 2');
    }
    expect(() => parseText('a,b\n"x\ny",2\n1\n', ',', 'f.csv')).toThrow('f.csv, row 2 (line 4)');
  });

  it('an unclosed quote is an input error with its row', async () => {
    await expectError(() => readSource(fx('edge/unclosed-quote.csv')), EXIT.input, /unclosed-quote\.csv, row 2 \(line 3\): a quoted field is never closed/);
  });

  it('text after a closing quote is an input error', async () => {
    await expectError(() => sourceFromBuffer(Buffer.from('a,b\n1,"x"y\n'), 'q.csv'), EXIT.input, /q\.csv, row 1 \(line 2\): a quoted field has text after its closing quote/);
  });

  it('empty, blank and header-only files', async () => {
    await expectError(() => readSource(fx('edge/empty.csv')), EXIT.input, /empty\.csv is empty: there is no header row and no data\./);
    await expectError(() => readSource(fx('edge/blank-only.csv')), EXIT.input, /blank-only\.csv is empty/);
    await expectError(() => readSource(fx('edge/header-only.csv')), EXIT.input, /header-only\.csv has a header row but no data rows\./);
    await expectError(() => sourceFromBuffer(Buffer.from('a,b\n,\n,\n'), 'e.csv'), EXIT.input, /e\.csv has a header row but no data rows/);
  });

  it('unreadable files', async () => {
    await expectError(() => readSource(fx('edge/does-not-exist.csv')), EXIT.input, /Cannot read .*does-not-exist\.csv: no such file\./);
    await expectError(() => readSource(fx('edge')), EXIT.input, /Cannot read .*edge: it is a directory\./);
  });

  it('duplicate and blank header names are made unique, with a warning', async () => {
    const src = await readSource(fx('edge/duplicate-headers.csv'));
    expect(src.names).toEqual(['id', 'Q1', 'Q1.1', 'Q2', 'V5', 'Q1.2']);
    expect(src.warnings).toEqual([
      `${fx('edge/duplicate-headers.csv')}: the column name 'Q1' appears 3 times; the repeats are renamed Q1.1 (column 3), Q1.2 (column 6).`,
    ]);
    const clash = sourceFromBuffer(Buffer.from('a,a,a.1\n1,2,3\n'), 'c.csv');
    expect(clash.names).toEqual(['a', 'a.2', 'a.1']);
  });

  it('keeps a single column file, and mid-file rows of empty fields', () => {
    // In a one-column file an empty line is an empty answer; trailing ones are dropped.
    for (const p of ['fast', 'papaparse'] as const) {
      expect(sourceFromBuffer(Buffer.from('x\n1\n\n2\n\n\n'), 's.csv', {}, p)).toMatchObject({ names: ['x'], cells: [['1', '', '2']], rows: 3 });
    }
    expect(sourceFromBuffer(Buffer.from('a,b\n,\n1,2\n'), 's.csv')).toMatchObject({ cells: [['', '1'], ['', '2']], rows: 2 });
  });

  it("Excel's sep= first line names the delimiter and is not the header", () => {
    const src = sourceFromBuffer(Buffer.from('\uFEFFsep=;\r\na;b,c\r\n1;2,5\r\n'), 'x.csv');
    expect(src).toMatchObject({ delimiter: ';', names: ['a', 'b,c'], cells: [['1'], ['2,5']] });
    // A delimiter given on the command line wins; the hint line is still not the header.
    expect(sourceFromBuffer(Buffer.from('sep=;\na,b\n1,2\n'), 'x.csv', { delimiter: ',' })).toMatchObject({ delimiter: ',', names: ['a', 'b'] });
  });

  it('old Mac line endings (CR only)', () => {
    expect(sourceFromBuffer(Buffer.from('a,b\r1,2\r3,4\r'), 'mac.csv').cells).toEqual([['1', '3'], ['2', '4']]);
  });
});

describe('standard input', () => {
  const original = Object.getOwnPropertyDescriptor(process, 'stdin')!;
  afterEach(() => Object.defineProperty(process, 'stdin', original));

  it("'-' reads standard input", async () => {
    const bytes = readFileSync(fx('bank-survey.csv'));
    Object.defineProperty(process, 'stdin', { value: Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]), configurable: true });
    const src = await readSource('-');
    expect(src.file).toBe('-');
    expect(src.encoding).toBe('gb18030');
    expect(src.cells).toEqual(oracle['bank-survey.csv'].cells);
  });

  it('nothing piped in is a usage error, and empty input says standard input', async () => {
    const tty = Object.assign(Readable.from([]), { isTTY: true });
    Object.defineProperty(process, 'stdin', { value: tty, configurable: true });
    await expectError(() => readSource('-'), EXIT.usage, /'-' reads the survey from standard input, but nothing is piped in/);
    Object.defineProperty(process, 'stdin', { value: Readable.from([]), configurable: true });
    await expectError(() => readSource('-'), EXIT.input, /^standard input is empty/);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** RFC 4180 writer, independent of the reader. */
function writeCsv(rows: string[][], delimiter: string, eol: string): string {
  const field = (s: string): string =>
    s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r') ? `"${s.replaceAll('"', '""')}"` : s;
  return rows.map((r) => r.map(field).join(delimiter)).join(eol) + eol;
}

const pieces = ['a', 'Z', '7', '-3', ' ', ',', ';', '\t', '|', '"', '\n', '\r\n', '满', '意', '非常', 'é', '.', 'NA', '🙂'];
const cell = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((p) => p.join(''));

describe('properties', () => {
  it('a CSV written and read back gives the same strings (any delimiter, line ending, encoding)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom('utf8', 'utf8-bom', 'utf16le-bom', 'utf16be-bom', 'gb18030'),
        (extra, body, delimiter, eol, enc) => {
          const ncol = 1 + extra;
          const header = ['id', '满意度', 'Q 3', 'x"y'].slice(0, ncol);
          // A leading id keeps every record non-blank, as real exports are.
          const rows = body.map((r, i) => [String(i + 1), ...r.slice(0, ncol - 1)]);
          const text = writeCsv([header, ...rows], delimiter, eol);
          const bytes =
            enc === 'utf8'
              ? Buffer.from(text)
              : enc === 'utf8-bom'
                ? Buffer.from('\uFEFF' + text)
                : enc === 'gb18030'
                  ? iconv.encode(text, 'gb18030')
                  : iconv.encode(text, enc === 'utf16le-bom' ? 'utf16le' : 'utf16be', { addBOM: true });
          const opts = { delimiter: delimiter === '|' ? '|' : undefined, encoding: enc === 'gb18030' ? 'gb18030' : undefined };
          const src = sourceFromBuffer(bytes, 'p.csv', opts);
          // Trailing all-empty records cannot exist here (the id), so the table comes back whole.
          expect(src.names).toEqual(header.map((h) => h.trim()));
          expect(src.cells).toEqual(header.map((_, j) => rows.map((r) => r[j])));
          expect(src.delimiter).toBe(delimiter);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('without quotes, the direct path and papaparse agree, errors included', () => {
    const body = fc.array(fc.constantFrom('a', '1', ' ', ',', '\n', '\r\n', '\r', '满', '', '\t'), { maxLength: 40 });
    fc.assert(
      fc.property(fc.constantFrom('h1,h2\n', 'h1\n', '\n h1,h2\r\n'), body, (header, p) => {
        const text = header + p.join('');
        const run = (p: ParsePath): unknown => {
          try {
            return parseText(text, ',', 't.csv', p);
          } catch (e) {
            return (e as Error).message;
          }
        };
        expect(run('fast')).toEqual(run('papaparse'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('temporary files', () => {
  it('reads a file whose name has spaces and Chinese characters', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'csat-read-'));
    mkdirSync(path.join(dir, '问卷 数据'));
    const file = path.join(dir, '问卷 数据', '银行 调查.csv');
    writeFileSync(file, iconv.encode('题目,得分\n服务,5\n', 'gbk'));
    const src = await readSource(file);
    expect(src).toMatchObject({ names: ['题目', '得分'], cells: [['服务'], ['5']], encoding: 'gb18030' });
  });
});
