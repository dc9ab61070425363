/**
 * The streaming reader (src/data/stream.ts) against the whole-file reader (read.ts + convert.ts)
 * on the same files: the moments of the selected columns equal at 1e-12 (chunks merged by Chan's
 * update), the same input description and warnings; whatever the stream does not handle exactly
 * is NotStreamable (the caller then reads the file whole, so errors stay today's); and the
 * ill-conditioned fixture against mpmath (fixtures/oracle/moments.py).
 */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { headConversion, loadData, sourceOptions, type CommonOptions } from '../../src/commands/common.js';
import { planStream, streamChunks, NotStreamable, numberFromText, type StreamPlan } from '../../src/data/stream.js';
import { streamMoments } from '../../src/data/stream-moments.js';
import { momentsFile, momentsOf } from '../../src/analyses/moments.js';
import { InputError } from '../../src/errors.js';
import type { MomentsFile } from '../../src/data/summary.js';

const dir = mkdtempSync(path.join(tmpdir(), 'csat-stream-'));
let seq = 0;
function write(content: string | Buffer): string {
  const file = path.join(dir, `f${seq++}.csv`);
  writeFileSync(file, content);
  return file;
}

async function plan(file: string, opts: CommonOptions, items: string): Promise<StreamPlan> {
  return planStream(file, sourceOptions(opts), (head) => headConversion(head, opts, [{ option: '--items', spec: items }]));
}

async function streamed(file: string, opts: CommonOptions, items: string): Promise<{ results: MomentsFile; rows: number; encoding: string; warnings: string[] }> {
  const p = await plan(file, opts, items);
  const s = await streamMoments(p);
  return { results: momentsFile(s.moments, p.weight?.name ?? null, s.excluded, file), rows: s.input.rows, encoding: s.input.encoding, warnings: s.warnings };
}

async function whole(file: string, opts: CommonOptions, items: string): Promise<{ results: MomentsFile; rows: number; encoding: string; warnings: string[] }> {
  const { ds, selected } = await loadData(file, opts, [{ option: '--items', spec: items }]);
  return { results: momentsOf(ds, selected[0], file), rows: ds.input.rows, encoding: ds.input.encoding, warnings: ds.warnings };
}

/**
 * Every number of `a` within `tol` of `b` (relative to max(1, |b|)), every other value equal. The
 * power sums M2-M4 within 1e-10: there the whole-file reader's one pass over all rows is the less
 * accurate of the two (see 'exact power sums' below).
 */
function expectSame(a: unknown, b: unknown, tol: number, at = ''): void {
  if (typeof b === 'number') {
    expect(typeof a, at).toBe('number');
    const d = Math.abs((a as number) - b) / Math.max(1, Math.abs(b));
    expect(d, `${at}: ${String(a)} vs ${b}`).toBeLessThanOrEqual(/\.m[234]$/.test(at) ? 1e-10 : tol);
  } else if (b !== null && typeof b === 'object') {
    expect(Object.keys(a as object).sort(), at).toEqual(Object.keys(b).sort());
    for (const [k, v] of Object.entries(b)) expectSame((a as Record<string, unknown>)[k], v, tol, `${at}.${k}`);
  } else expect(a, at).toEqual(b);
}

async function expectAgree(file: string, opts: CommonOptions, items: string): Promise<void> {
  const s = await streamed(file, opts, items);
  const w = await whole(file, opts, items);
  expectSame(s.results, w.results, 1e-12);
  expect([s.rows, s.encoding, s.warnings]).toEqual([w.rows, w.encoding, w.warnings]);
}

/** A seeded survey: rows of 1-5 answers with gaps, a decimal column and a weight. */
function survey(rows: number, seed = 7): string[][] {
  let x = seed;
  const u = (): number => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const out: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const a = 1 + Math.floor(u() * 5);
    const q = [a, Math.min(5, Math.max(1, a + Math.floor(u() * 3) - 1)), 1 + Math.floor(u() * 5)].map(String);
    if (u() < 0.05) q[1] = '';
    if (u() < 0.03) q[2] = 'NA';
    if (u() < 0.03) q[0] = '-3';
    out.push([...q, (u() * 100 - 20).toFixed(3), String(Math.floor(u() * 4))]);
  }
  return out;
}
const HEADER = ['Q1', 'Q2', 'Q3', 'score', 'w'];
const csv = (rows: string[][], d = ',', nl = '\n'): string => [HEADER, ...rows].map((r) => r.join(d)).join(nl) + nl;

describe('stream: moments equal the whole-file reader', () => {
  const rows = survey(70000);
  it('plain LF, missing codes, weights with zeros (several chunks)', async () => {
    const f = write(csv(rows));
    await expectAgree(f, { missing: '-3' }, 'Q1..Q3,score');
    await expectAgree(f, { missing: '-3', weight: 'w' }, 'Q1..Q3,score');
  });
  it('exact power sums of the integer columns (BigInt arithmetic) at 1e-12', async () => {
    const f = write(csv(rows));
    const s = await streamed(f, { missing: '-3' }, 'Q1..Q3');
    for (let j = 0; j < 3; j++) {
      const x = rows.map((r) => r[j]).filter((c) => c !== '' && c !== 'NA' && c !== '-3').map((c) => BigInt(c));
      const n = BigInt(x.length);
      const s1 = x.reduce((a, b) => a + b, 0n);
      const s2 = x.reduce((a, b) => a + b * b, 0n);
      const s3 = x.reduce((a, b) => a + b * b * b, 0n);
      // n M2 = n S2 - S1^2 and n^2 M3 = n^2 S3 - 3 n S1 S2 + 2 S1^3, in integers.
      const m2 = Number(n * s2 - s1 * s1) / Number(n);
      const m3 = Number(n * n * s3 - 3n * n * s1 * s2 + 2n * s1 * s1 * s1) / Number(n * n);
      const c = s.results.columns[j];
      expect(c.rows).toBe(x.length);
      expect(Math.abs(c.m2 - m2) / m2).toBeLessThanOrEqual(1e-12);
      // M3 on the scale of its terms: n sd^3.
      expect(Math.abs(c.m3 - m3) / (x.length * (m2 / x.length) ** 1.5)).toBeLessThanOrEqual(1e-12);
    }
  });
  it('CRLF, a UTF-8 byte-order mark, semicolons with decimal commas, a tab file', async () => {
    await expectAgree(write('\uFEFF' + csv(rows, ',', '\r\n')), {}, 'Q1..Q3,score');
    await expectAgree(write(csv(rows.map((r) => r.map((c) => c.replace('.', ','))), ';')), {}, 'Q1..Q3,score');
    await expectAgree(write(csv(rows, '\t')), {}, 'Q1..Q3,score');
  });
  it('quoted fields (delimiters, doubled quotes, newlines inside), blank lines, all-empty rows at the end, sep= line', async () => {
    const body = rows.slice(0, 3000).map((r, i) => (i % 3 === 0 ? [`"${r[0]}"`, r[1], r[2], `"${r[3]}"`, `"note, ""x""\nline"`] : [...r.slice(0, 4), 'plain']).join(','));
    const text = 'sep=,\n' + HEADER.join(',') + '\n' + body.slice(0, 1500).join('\n') + '\n\n   \n' + body.slice(1500).join('\r\n') + '\n,,,,\n , , ,,\n';
    const f = write(text);
    await expectAgree(f, {}, 'Q1..Q3,score');
    const s = await streamed(f, {}, 'Q1..Q3,score');
    expect(s.rows).toBe(3000);
  });
  it('text answers through the label table, and an all-blank row inside the data', async () => {
    const labels = ['非常不满意', '不满意', '一般', '满意', '非常满意'];
    const body = rows.slice(0, 20000).map((r, i) => [labels[Number(r[0]) - 1] ?? '', r[1] === '' ? '' : labels[Number(r[1]) - 1], i === 500 ? '' : r[2], i === 500 ? '' : r[3], i === 500 ? '' : r[4]].join(','));
    const f = write(HEADER.join(',') + '\n' + body.join('\n') + '\n');
    await expectAgree(f, {}, 'Q1..Q3,score');
  });
  it('GBK (--encoding) and UTF-16 with its mark, transcoded on the fly', async () => {
    const labels = ['很差', '差', '一般', '好', '很好'];
    const text = HEADER.join(',') + '\n' + rows.slice(0, 20000).map((r) => [labels[Number(r[0]) - 1] ?? '', ...r.slice(1)].join(',')).join('\n') + '\n';
    const gbk = write(iconv.encode(text, 'gbk'));
    await expectAgree(gbk, { encoding: 'gbk', labels: '很差=1,差=2,一般=3,好=4,很好=5' }, 'Q1..Q3,score');
    const u16 = write(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csv(rows.slice(0, 20000)), 'utf16le')]));
    await expectAgree(u16, {}, 'Q1..Q3,score');
  });
  it('an ill-conditioned file (mean 1e9, sd 1e-3) vs mpmath at 1e-12, weighted and not', async () => {
    const exp = JSON.parse(readFileSync('fixtures/expected/moments-ill.json', 'utf8'));
    for (const [opts, e] of [[{}, exp.unweighted], [{ weight: 'w' }, exp.weighted]] as const) {
      const s = await streamed('fixtures/moments-ill.csv', opts, 'a,b,c');
      for (let j = 0; j < 3; j++) {
        expect(Math.abs(s.results.means[j] - e.means[j]) / Math.abs(e.means[j])).toBeLessThanOrEqual(1e-15);
        for (let k = 0; k < 3; k++) expect(Math.abs(s.results.crossProducts[j][k] - e.sscp[j][k]) / Math.sqrt(e.sscp[j][j] * e.sscp[k][k])).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(s.results.columns[j].m2 - e.m2[j]) / e.m2[j]).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(s.results.columns[j].m4 - e.m4[j]) / e.m4[j]).toBeLessThanOrEqual(1e-12);
      }
    }
  });
});

describe('stream: the edge fixtures', () => {
  it('each (quotes, CRLF, BOM, GBK, UTF-16, blank and ragged rows, unknown labels) streams to the same moments and warnings, throws the same error, or is NotStreamable', async () => {
    const outcome = async (f: () => Promise<unknown>): Promise<unknown> => {
      try {
        return await f();
      } catch (e) {
        return e instanceof NotStreamable ? 'not streamable' : { error: (e as Error).message, code: (e as InputError).exitCode };
      }
    };
    let streamedCount = 0;
    for (const name of readdirSync('fixtures/edge')) {
      const file = `fixtures/edge/${name}`;
      // The columns that are not categories (names, free text): what moments are taken of.
      const all = await loadData(file, {}, [{ option: '--items', spec: '*' }]).catch(() => null);
      const numeric = all?.ds.variables.filter((v) => v.kind !== 'string').map((v) => v.name) ?? [];
      const items = numeric.length ? numeric.map((n) => n.replace(/([,*?.\\])/g, '\\$1')).join(',') : '*';
      const s = await outcome(() => streamed(file, {}, items));
      const w = await outcome(() => whole(file, {}, items));
      if (s === 'not streamable') continue;
      streamedCount++;
      if (typeof w === 'object' && w !== null && 'error' in w) expect(s, file).toEqual(w);
      else expectSame(s, w, 1e-12, file);
    }
    expect(streamedCount).toBeGreaterThanOrEqual(8);
  });
});

describe('stream: what only the whole-file reader handles is NotStreamable', () => {
  const good = csv(survey(2000));
  const cases: [string, string | Buffer, CommonOptions][] = [
    ['a ragged row', good + '1,2\n', {}],
    ['text in a numeric column', good + 'x,1,1,1,1\n', {}],
    ['an unclosed quote', good + '"1,2,3,4,5\n', {}],
    ['text after a closing quote', good + '"1"x,2,3,4,5\n', {}],
    ['invalid UTF-8', Buffer.concat([Buffer.from(good), Buffer.from([0xff, 0x2c, 0x31, 0x2c, 0x31, 0x2c, 0x31, 0x2c, 0x31, 0x0a])]), {}],
    ['a stray code among text answers', 'Q1,Q2\n' + '满意,1\n'.repeat(500) + '9,1\n', {}],
    ['a platform layout (--header-rows)', good, { headerRows: '2' }],
  ];
  for (const [what, content, opts] of cases) {
    it(what, async () => {
      const f = write(content);
      const items = typeof content === 'string' && content.startsWith('Q1,Q2\n') ? 'Q1,Q2' : 'Q1..Q3';
      await expect((async () => streamMoments(await plan(f, { ...opts }, items)))()).rejects.toBeInstanceOf(NotStreamable);
    });
  }
  it('a file that changes while it is read is an InputError (exit 3)', async () => {
    const f = write(csv(survey(80000)));
    const p = await plan(f, {}, 'Q1..Q3');
    let grown = false;
    const run = streamChunks(p, () => {
      if (!grown) appendFileSync(f, '1,1,1,1,1\n');
      grown = true;
    });
    await expect(run).rejects.toBeInstanceOf(InputError);
    await expect(run).rejects.toMatchObject({ exitCode: 3 });
  });
});

describe('stream: numbers from bytes are what Number() reads', () => {
  it('agrees with Number() on decimals, signs, exponents and long mantissas; NaN for what is not a plain decimal', () => {
    const texts = ['0', '7', '-0', '+5', '3.25', '.5', '5.', '-.75', '1e3', '1E-3', '2.5e+2', '0.1', '0.30000000000000004', '123456789012345678', '1.7976931348623157e308', '4.9e-324', '000123.4500', '-99', '1e22', '1e23', '9007199254740993'];
    for (const t of texts) expect(Object.is(numberFromText(t), Number(t)), t).toBe(true);
    let x = 1;
    for (let i = 0; i < 20000; i++) {
      x = (x * 48271) % 2147483647;
      const t = ((x / 2147483647 - 0.5) * 10 ** ((x % 13) - 4)).toFixed(x % 9);
      expect(numberFromText(t), t).toBe(Number(t));
    }
    for (const t of ['', '.', '-', '1e', 'e5', '0x10', '1_0', 'Infinity', '1,5', '1.2.3', '--1', '5 5']) expect(numberFromText(t), t).toBeNaN();
  });
});
