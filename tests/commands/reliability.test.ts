import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csat } from '../helpers/cli.js';
import { expectMessageInBothLanguages } from '../helpers/messages.js';
import { expectClose } from '../helpers/close.js';
import { scenario } from '../helpers/reliability-fixture.js';

const FIXTURE = 'fixtures/reliability-small.csv';
const json = (args: string[]) => {
  const r = csat([...args, '-f', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('csat reliability (built CLI)', () => {
  it('prints the SPSS tables, the CI and omega lines and the verdict', () => {
    const r = csat(['reliability', FIXTURE, '--items', 'a1..a5', '--reverse', 'a3', '--scale-range', '1-5']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const title of [
      'Case Processing Summary',
      'Reliability Statistics',
      'Item Statistics',
      'Summary Item Statistics',
      'Item-Total Statistics',
      'Scale Statistics',
    ]) {
      expect(r.stdout).toContain(title);
    }
    // Long headers wrap in the text tables; markdown keeps them whole.
    const md = csat(['reliability', FIXTURE, '--items', 'a1..a5', '--reverse', 'a3', '--scale-range', '1-5', '-f', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('Corrected Item-Total Correlation');
    expect(md.stdout).toContain("Cronbach's Alpha Based on Standardized Items");
    expect(r.stdout).toContain("95% confidence interval for Cronbach's alpha (Feldt): [.725, .821]");
    expect(r.stdout).toContain("McDonald's omega total (one factor, minres): .778");
    expect(r.stdout).toContain('α = .776: acceptable (George & Mallery)');
  });

  it('JSON carries exactly the contract, at full precision, equal to R', () => {
    const out = json(['alpha', FIXTURE, '--items', 'a1..a5', '--reverse', 'a3', '--scale-range', '1-5']);
    expect(out.command).toBe('reliability');
    expect(Object.keys(out.results)).toEqual(['scales', 'notComputed']);
    expect(out.results.notComputed).toEqual([]);
    const s = out.results.scales[0];
    expect(Object.keys(s)).toEqual([
      'name',
      'items',
      'removed',
      'reversed',
      'n',
      'nExcluded',
      'alpha',
      'standardizedAlpha',
      'alphaCI',
      'omega',
      'itemStatistics',
      'summaryItemStatistics',
      'itemTotal',
      'scale',
    ]);
    expect(Object.keys(s.itemTotal[0])).toEqual([
      'item',
      'scaleMeanIfDeleted',
      'scaleVarianceIfDeleted',
      'correctedItemTotalCorrelation',
      'squaredMultipleCorrelation',
      'alphaIfDeleted',
    ]);
    expect(Object.keys(s.summaryItemStatistics)).toEqual(['means', 'variances', 'interItemCorrelations']);
    expect(Object.keys(s.summaryItemStatistics.means)).toEqual(['mean', 'min', 'max', 'range', 'maxOverMin', 'variance']);
    expect(Object.keys(s.scale)).toEqual(['mean', 'variance', 'sd', 'nItems']);
    const e = scenario('A');
    expect(s.items).toEqual(e.items);
    expect(s.reversed).toEqual(['a3']);
    expect(s.removed).toEqual([]);
    expect([s.n, s.nExcluded]).toEqual([e.n, e.nExcluded]);
    expectClose(s.alpha, e.alpha, 1e-12, 1e-15, 'alpha');
    expectClose(s.alphaCI.lower, e.alphaCI.lower, 1e-12, 1e-15, 'lower');
    expectClose(s.omega, e.omega!, 1e-9, 1e-12, 'omega');
    expectClose(s.itemTotal[4].alphaIfDeleted, e.itemTotal[4].alphaIfDeleted!, 1e-12, 1e-15, 'a5 alpha if deleted');
  });

  it('several --scale options, weights and --ci: each scale as R computes it', () => {
    const out = json([
      'reliability',
      FIXTURE,
      '--scale',
      'A=a1..a5',
      '--scale',
      'C=c1,c2',
      '--reverse',
      'a3',
      '--scale-range',
      '1-5',
      '--weight',
      'w',
      '--ci',
      '0.90',
    ]);
    const [a, c] = out.results.scales;
    const e = scenario('A_weighted_90');
    expect(a.name).toBe('A');
    expect(a.n).toBe(e.n);
    expect(a.alphaCI.level).toBe(0.9);
    expectClose(a.alpha, e.alpha, 1e-12, 1e-15, 'alpha');
    expectClose(a.alphaCI.upper, e.alphaCI.upper, 1e-12, 1e-15, 'upper');
    expect(c.name).toBe('C');
    expect(c.omega).toBeNull();
    expect(c.itemTotal.map((r: { alphaIfDeleted: number | null }) => r.alphaIfDeleted)).toEqual([null, null]);
  });

  it('--missing-mode pairwise, and --scales from a YAML file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-rel-'));
    const file = join(dir, 'scales.yml');
    writeFileSync(file, 'A: [a1..a5]\nB: "b1,b2,b3"\n');
    const out = json(['alpha', FIXTURE, '--scales', file, '--reverse', 'a3', '--scale-range', '1-5', '--missing-mode', 'pairwise']);
    const e = scenario('A_pairwise');
    expect(out.results.scales.map((s: { name: string }) => s.name)).toEqual(['A', 'B']);
    expectClose(out.results.scales[0].alpha, e.alpha, 1e-12, 1e-15, 'pairwise alpha');
    expect(out.results.scales[0].itemStatistics.map((r: { n: number }) => r.n)).toEqual(e.itemStatistics.map((r) => r.n));
  });

  it('--no-verdict hides the verdict; --lang zh prints SPSS Chinese titles', () => {
    const plain = csat(['alpha', FIXTURE, '--items', 'a1,a2,a4', '--no-verdict']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('George & Mallery');
    const zh = csat(['alpha', FIXTURE, '--items', 'a1,a2,a4', '--lang', 'zh']);
    for (const title of ['个案处理摘要', '可靠性统计', '项统计', '摘要项统计', '项总计统计', '标度统计', '克隆巴赫 Alpha']) {
      expect(zh.stdout).toContain(title);
    }
  });

  it('warns on stderr about a reverse-keyed item that was not recoded and a negative alpha', () => {
    const r = csat(['alpha', FIXTURE, '--items', 'a1..a5']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: scale 'ALL VARIABLES': a3 has a negative corrected item-total correlation \(-\.551\); is it reverse-keyed\?/);
    const neg = csat(['alpha', FIXTURE, '--items', 'a1,a3']);
    expect(neg.stderr).toContain('The value is negative due to a negative average covariance among items.');
    expect(neg.stdout).toContain('a. The value is negative due to a negative average covariance among items.');
  });

  it('errors: exit 1 for an impossible analysis, 2 for usage, 3 for an unreadable scales file', () => {
    const one = csat(['alpha', FIXTURE, '--items', 'a1']);
    expect(one.code).toBe(1);
    expect(one.stderr).toMatch(/scale 'ALL VARIABLES' has 1 item\(s\) \(a1\); reliability needs at least 2/);
    expect(csat(['alpha', FIXTURE, '--items', 'a1,z']).code).toBe(1);
    expect(csat(['alpha', FIXTURE, '--items', 'a1,nope']).code).toBe(2);
    const noItems = csat(['alpha', FIXTURE]);
    expect(noItems.code).toBe(2);
    expect(noItems.stderr).toContain('reliability needs the items');
    expect(csat(['alpha', FIXTURE, '--items', 'a1,a2', '--ci', '95']).code).toBe(2);
    expect(csat(['alpha', FIXTURE, '--scale', 'a1,a2']).code).toBe(2);
    expect(csat(['alpha', FIXTURE, '--items', 'a1,a2', '--missing-mode', 'both']).code).toBe(2);
    const missing = csat(['alpha', FIXTURE, '--scales', 'no-such-scales.yml']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('cannot read the scales file no-such-scales.yml');
  });

  it('one scale that cannot be computed leaves the others printed, noted in its place and warned about', () => {
    const args = ['alpha', FIXTURE, '--scale', 'A=a1,a2,a4', '--scale', 'Z=b1,z', '--scale', 'B=b1..b3'];
    const r = csat(args);
    expect(r.code, r.stderr).toBe(0);
    const reason = "scale 'Z' has 1 item(s) with any variance left after removing the constant ones (z); reliability needs at least 2";
    expect(r.stdout).toMatch(/Scale: A\n[\s\S]*Scale: Z\n\nNot computed: scale 'Z' has 1 item[\s\S]*Scale: B\n/);
    expect(r.stdout).toContain(`Not computed: ${reason}`);
    expect(r.stderr).toContain(`warning: ${reason}; the scale is left out and the other scales are reported`);
    const out = json(args);
    expect(out.results.scales.map((s: { name: string }) => s.name)).toEqual(['A', 'B']);
    expect(out.results.notComputed).toEqual([{ name: 'Z', reason }]);
    // Chinese: the note and the warning in Chinese.
    const zh = csat([...args, '--lang', 'zh']);
    expect(zh.stdout).toContain('未计算：标度“Z”移除方差为零的项（z）后只剩 1 项');
    expect(zh.stderr).toContain('该标度未计算，其他标度照常报告');
    // No scale computable: exit 1 with the reasons.
    const none = csat(['alpha', FIXTURE, '--scale', 'Z=b1,z', '--scale', 'One=c1']);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toBe(`csat: no scale could be computed: ${reason}; scale 'One' has 1 item(s) (c1); reliability needs at least 2\n`);
  });

  it('a zero-variance item removed from the scale: a footnote in every format and removed in JSON', () => {
    const args = ['alpha', FIXTURE, '--items', 'a1,a2,z,a4'];
    const note = 'The following items have zero variance and are removed from the scale: z.';
    const out = json(args);
    expect(out.results.scales[0].items).toEqual(['a1', 'a2', 'a4']);
    expect(out.results.scales[0].removed).toEqual(['z']);
    const dir = mkdtempSync(join(tmpdir(), 'csat-rel-removed-'));
    const file = join(dir, 'out.txt');
    expect(csat([...args, '-o', file]).code).toBe(0);
    // Right under the Reliability Statistics table (7 lines: borders, 3 header lines, one row).
    const txt = readFileSync(file, 'utf8');
    const i = txt.indexOf(note);
    expect(i).toBeGreaterThan(0);
    expect(txt.slice(0, i)).toMatch(/\nReliability Statistics\n(?:[^\n]*\n){7}$/);
    expect(txt.slice(i + note.length)).toMatch(/^\n\nItem Statistics\n/);
    for (const format of ['markdown', 'csv', 'html']) expect(csat([...args, '-f', format]).stdout, format).toContain(note);
    expect(csat([...args, '--lang', 'zh']).stdout).toContain('以下项的方差为零，已从标度中移除：z。');
  });

  it('several scales: every table titled with its scale; CSV has the CI, omega and verdict as a table', () => {
    const args = ['alpha', FIXTURE, '--scale', 'A=a1,a2,a4', '--scale', 'B=b1,b2'];
    const text = csat(args).stdout;
    for (const title of ['Case Processing Summary', 'Reliability Statistics', 'Item-Total Statistics', 'Scale Statistics']) {
      expect(text).toContain(`${title} (A)\n`);
      expect(text).toContain(`${title} (B)\n`);
    }
    // The CI, omega and verdict stay lines of text outside CSV.
    expect(text).not.toContain('Additional Reliability Statistics');
    expect(csat(['alpha', FIXTURE, '--items', 'a1,a2,a4']).stdout).toMatch(/^Reliability Statistics$/m);
    expect(csat([...args, '--lang', 'zh']).stdout).toContain('可靠性统计（B）');

    const out = json(args);
    const csv = csat([...args, '-f', 'csv']).stdout.replace(/^\uFEFF/, '').split('\r\n');
    expect(csv).toContain('Reliability Statistics (A)');
    expect(csv).toContain('Reliability Statistics (B)');
    const at = csv.indexOf('Additional Reliability Statistics (B)');
    expect(at).toBeGreaterThan(csv.indexOf('Scale Statistics (B)'));
    const b = out.results.scales[1];
    expect(csv.slice(at + 1, at + 5)).toEqual([
      ',Value,95% Confidence Interval (Feldt): Lower Bound,95% Confidence Interval (Feldt): Upper Bound',
      `Cronbach's Alpha,${b.alpha},${b.alphaCI.lower},${b.alphaCI.upper}`,
      '"McDonald\'s Omega Total (one factor, minres)",,,',
      'Verdict (George & Mallery),questionable,,',
    ]);
    expect(csv[at + 5]).toBe("McDonald's omega total: not available (needs at least 3 items)");
    expect(csat([...args, '-f', 'csv', '--no-verdict']).stdout).not.toContain('Verdict');
  });

  it('--help documents the options with an example', () => {
    const r = csat(['reliability', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--items', '--scale', '--scales', '--ci', '--no-verdict', '--missing-mode', 'Example:']) expect(r.stdout).toContain(opt);
  });
});

describe('csat reliability messages in English and Chinese (built CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csat-rel-i18n-'));
  const shape = join(dir, 'shape.yml');
  writeFileSync(shape, '42\n');
  const missing = join(dir, 'no-such-scales.yml');
  const badValue = join(dir, 'bad-value.yml');
  writeFileSync(badValue, '# scales\nS1: 5\n');
  const empty = join(dir, 'empty.yml');
  writeFileSync(empty, '');
  const numbers = join(dir, 'numbers.yml');
  writeFileSync(numbers, '[1, 2, 3]\n');
  const study = join(dir, 'study.yml');
  writeFileSync(study, 'data: x.csv\nscales:\n  A: [a1, a2]\n  B:\n    - [a1, a2]\n');
  const pairwise = join(dir, 'pairwise.csv');
  writeFileSync(pairwise, 'a,b\n1,2\n,3\n,4\n');
  const entryKey = join(dir, 'entry-key.yml');
  writeFileSync(entryKey, 'scales:\n  - {name: A, items: [a1, a2]}\n  - name: B\n    itms: [b1, b2]\n');
  const typo = join(dir, 'typo.yml');
  writeFileSync(typo, 'A: [a1, a9x]\n');
  const errors: [string[], number, string, string][] = [
    [
      ['alpha', FIXTURE, '--scales', typo],
      2,
      `${typo}: scale 'A': no column 'a9x' in ${FIXTURE}; closest: a1, a2, a3.`,
      `${typo}：标度 'A'：在 ${FIXTURE} 中没有名为 'a9x' 的列；最接近的：a1、a2、a3。`,
    ],
    [
      ['alpha', FIXTURE, '--scale', 'a1,a2'],
      2,
      `--scale takes "Name=Q1,Q2" (a name, '=', then the items), not 'a1,a2'`,
      `--scale 的格式是 "Name=Q1,Q2"（名称、'='，然后是各项），而不是 'a1,a2'`,
    ],
    [['alpha', FIXTURE, '--scales', missing], 3, `cannot read the scales file ${missing}: no such file`, `无法读取标度文件 ${missing}：找不到文件`],
    [
      ['alpha', FIXTURE, '--scales', shape],
      2,
      `${shape}, line 1: expected scales as {"Name": ["Q1", "Q2"]}, [{"name": "Name", "items": ["Q1", "Q2"]}] or a study file with a scales key, got 42`,
      `${shape}，第 1 行：标度应写成 {"Name": ["Q1", "Q2"]}、[{"name": "Name", "items": ["Q1", "Q2"]}]，或带有 scales 键的研究文件，实际为 42`,
    ],
    [
      ['alpha', FIXTURE, '--scales', badValue],
      2,
      `${badValue}, line 2: S1: expected a column name or a list of column names, got 5`,
      `${badValue}，第 2 行：S1：应为一个列名或列名的列表，实际为 5`,
    ],
    [
      ['alpha', FIXTURE, '--scales', empty],
      2,
      `${empty}: expected scales as {"Name": ["Q1", "Q2"]}, [{"name": "Name", "items": ["Q1", "Q2"]}] or a study file with a scales key, got an empty file`,
      `${empty}：标度应写成 {"Name": ["Q1", "Q2"]}、[{"name": "Name", "items": ["Q1", "Q2"]}]，或带有 scales 键的研究文件，实际为空文件`,
    ],
    [
      ['alpha', FIXTURE, '--scales', numbers],
      2,
      `${numbers}, line 1: entry 1: expected a scale as {"name": "Name", "items": ["Q1", "Q2"]}, got 1`,
      `${numbers}，第 1 行：第 1 项：标度应写成 {"name": "Name", "items": ["Q1", "Q2"]}，实际为 1`,
    ],
    [
      ['alpha', FIXTURE, '--scales', study],
      2,
      `${study}, line 5: scales.B: expected a column name or a list of column names, got a list`,
      `${study}，第 5 行：scales.B：应为一个列名或列名的列表，实际为列表`,
    ],
    [
      ['alpha', FIXTURE, '--scales', entryKey],
      2,
      `${entryKey}, line 4: entry 2 of scales: unknown key 'itms' (a scale has name and items)`,
      `${entryKey}，第 4 行：scales 的第 2 项：未知的键“itms”（标度只有 name 和 items 两个键）`,
    ],
    [
      ['alpha', pairwise, '--items', 'a,b', '--missing-mode', 'pairwise'],
      1,
      "scale 'ALL VARIABLES': only 1 case(s) answered a; pairwise deletion needs at least 2 answers to each item",
      '标度“ALL VARIABLES”：只有 1 个个案回答了 a；成对删除要求每项至少有 2 个个案回答',
    ],
    [
      ['alpha', FIXTURE, '--items', 'a1,a2', '--ci', '95'],
      2,
      "--ci takes a confidence level between 0 and 1 (e.g. 0.95), not '95'",
      "--ci 的值应为 0 与 1 之间的置信水平（如 0.95），而不是 '95'",
    ],
    [
      ['alpha', FIXTURE, '--items', 'a1,a2', '--missing-mode', 'both'],
      2,
      "--missing-mode must be listwise or pairwise, not 'both'",
      "--missing-mode 必须是 listwise 或 pairwise，而不是 'both'",
    ],
    [
      ['alpha', FIXTURE],
      2,
      'reliability needs the items: --items Q1..Q12, --scale "Name=Q1,Q2" or --scales FILE',
      '可靠性分析需要指定项：--items Q1..Q12、--scale "Name=Q1,Q2" 或 --scales FILE',
    ],
    [
      ['alpha', FIXTURE, '--items', 'a1'],
      1,
      "scale 'ALL VARIABLES' has 1 item(s) (a1); reliability needs at least 2",
      '标度“ALL VARIABLES”只有 1 项（a1）；可靠性分析至少需要 2 项',
    ],
  ];
  it.each(errors)('%j: the same exit code and one line in each language', (args, code, en, zh) => {
    expectMessageInBothLanguages(args, undefined, code, en, zh);
  });
});
