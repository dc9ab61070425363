import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csat } from '../helpers/cli.js';
import { expectMessageInBothLanguages } from '../helpers/messages.js';
import { expectClose } from '../helpers/close.js';

// Expected values: fixtures/oracle/index.R on fixtures/index-survey.csv.
const ref = JSON.parse(readFileSync('fixtures/expected/index.json', 'utf8'));
const FILE = 'fixtures/index-survey.csv';

describe('csat ipa (built CLI)', () => {
  it("reads the study's data: file when no file is given, as analyze does", () => {
    const viaStudy = csat(['ipa', '--study', 'fixtures/bank-survey.yml', '--derived', 'regression', '-f', 'json']);
    const direct = csat(['ipa', 'fixtures/bank-survey.csv', '--study', 'fixtures/bank-survey.yml', '--derived', 'regression', '-f', 'json']);
    expect(viaStudy.code).toBe(0);
    expect(JSON.parse(viaStudy.stdout).results).toEqual(JSON.parse(direct.stdout).results);
    const none = csat(['ipa', '--items', 'q1', '--derived', 'regression']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('csat: no survey file: give one on the command line or as data: in the study file\n');
  });
  it('text: the table, the quadrants and the terminal chart', () => {
    const r = csat(['ipa', FILE, '--items', 'q1..q6', '--importance-prefix', 'imp_']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Importance-Performance Analysis');
    expect(r.stdout).toMatch(/│ q4\s+│\s+5\.804 │\s+3\.399 │ Concentrate here/);
    expect(r.stdout).toContain('Importance-Performance Map');
  });
  it('json: the stable contract, stated and derived importance as R computes them', () => {
    const s = JSON.parse(csat(['ipa', FILE, '--items', 'q1..q6', '--importance', 'q1=imp_q1,q2=imp_q2,q3=imp_q3,q4=imp_q4,q5=imp_q5,q6=imp_q6', '-f', 'json']).stdout).results;
    expect(s.importanceMethod).toBe('stated');
    expect(Object.keys(s.crosshair).sort()).toEqual(['importance', 'performance']);
    expect(s.items.map((x: { item: string }) => x.item)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    expect(s.items.map((x: { quadrant: string }) => x.quadrant)).toEqual(ref.ipaStated.quadrant);
    s.items.forEach((x: { importance: number; performance: number }, k: number) => {
      expectClose(x.importance, ref.ipaStated.importance[k], 1e-12);
      expectClose(x.performance, ref.ipaStated.performance[k], 1e-12);
    });
    const c = JSON.parse(csat(['ipa', FILE, '--items', 'q1..q6', '--derived', 'correlation', '--outcome', 'overall', '-f', 'json']).stdout).results;
    expect(c.importanceMethod).toBe('correlation');
    expectClose(c.crosshair.importance, ref.ipaCorrelation.crosshair[0], 1e-12);
    expect(c.items.map((x: { quadrant: string }) => x.quadrant)).toEqual(ref.ipaCorrelation.quadrant);
    const g = JSON.parse(csat(['ipa', FILE, '--items', 'q1..q6', '--derived', 'regression', '--outcome', 'overall', '--crosshair', 'mean,3.5', '-f', 'json']).stdout).results;
    expect(g.crosshair.performance).toBe(3.5);
    expectClose(g.crosshair.importance, ref.ipaRegression.crosshair[0], 1e-10);
  });
  it('--plot writes the SVG chart (and Chinese labels with --lang zh)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-ipa-'));
    const out = join(dir, '四分图.svg');
    const r = csat(['ipa', FILE, '--items', 'q1..q6', '--importance-prefix', 'imp_', '--plot', out, '--lang', 'zh', '--no-chart']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('四分图\n');
    const svg = readFileSync(out, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    for (const q of ['优势区', '修补区', '机会区', '维持区']) expect(svg).toContain(q);
  });
  it('errors', () => {
    expect(csat(['ipa', FILE, '--items', 'q1..q6']).stderr).toContain('ipa needs the importance');
    expect(csat(['ipa', FILE, '--items', 'q1..q6', '--importance-suffix', '_imp']).stderr).toMatch(/--importance-suffix: no column/);
    expect(csat(['ipa', FILE, '--items', 'q1..q6', '--derived', 'anova', '--outcome', 'overall']).code).toBe(2);
    expect(csat(['ipa', FILE, '--items', 'q1..q6', '--derived', 'correlation']).stderr).toContain('--outcome');
    const dir = mkdtempSync(join(tmpdir(), 'csat-ipa-'));
    expect(existsSync(join(dir, 'x.svg'))).toBe(false);
  });
});

describe('csat ipa: the issue #7 checklist end to end', () => {
  it('JSON: exactly the keys of the contract; --importance-suffix reads q1_imp for q1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-ipa-'));
    // The fixture with its importance columns renamed from imp_q1 to q1_imp.
    const lines = readFileSync(FILE, 'utf8').split('\n');
    lines[0] = lines[0].replace(/imp_(q\d)/g, '$1_imp');
    writeFileSync(join(dir, 'suffix.csv'), lines.join('\n'));
    const r = csat(['ipa', join(dir, 'suffix.csv'), '--items', 'q1..q6', '--importance-suffix', '_imp', '-f', 'json']);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout).results;
    expect(Object.keys(res)).toEqual(expect.arrayContaining(['importanceMethod', 'crosshair', 'items']));
    expect(Object.keys(res.crosshair).sort()).toEqual(['importance', 'performance']);
    for (const x of res.items) {
      expect(Object.keys(x)).toEqual(expect.arrayContaining(['item', 'importance', 'performance', 'quadrant']));
      expect(['keep-up', 'concentrate', 'low-priority', 'overkill']).toContain(x.quadrant);
    }
    res.items.forEach((x: { importance: number }, k: number) => expectClose(x.importance, ref.ipaStated.importance[k], 1e-12));
    expect(res.items.map((x: { quadrant: string }) => x.quadrant)).toEqual(ref.ipaStated.quadrant);
  });
  it('markdown and csv; errors are one line with the right exit code', () => {
    const md = csat(['ipa', FILE, '--items', 'q1..q6', '--importance-prefix', 'imp_', '-f', 'markdown']);
    expect(md.stdout).toMatch(/\| q4 \| 5\.804 \| 3\.399 \| Concentrate here \|/);
    const csv = csat(['ipa', FILE, '--items', 'q1..q6', '--importance-prefix', 'imp_', '-f', 'csv']);
    expect(csv.stdout).toMatch(/q4,5\.80\d+,3\.39\d+,Concentrate here/);
    for (const [args, code, msg] of [
      [['--importance-prefix', 'imp_', '--crosshair', 'abc'], 2, "--crosshair: 'abc' is neither a number nor 'mean'"],
      [['--importance-prefix', 'imp_', '--crosshair', '1,2,3'], 2, '--crosshair takes importance,performance'],
      [['--importance', 'q1=imp_q1'], 2, "no importance column for the item 'q2'"],
      [['--importance', 'q1=imp_q1,q1=imp_q2'], 2, "gives the item 'q1' two importance columns"],
      [['--importance', 'q1=imp_q1,q9=imp_q2'], 2, "names 'q9', which is not among the items"],
      [['--derived', 'regression', '--outcome', 'q2'], 2, "the overall column 'q2' is also one of the items"],
    ] as const) {
      const r = csat(['ipa', FILE, '--items', 'q1..q6', ...args]);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr).toContain(msg);
      expect(r.stderr.trim().split('\n').length).toBe(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const far = csat(['ipa', FILE, '--items', 'q1..q6', '--importance-prefix', 'imp_', '--crosshair', '100,100', '-f', 'json']);
    expect(far.code).toBe(0);
    expect(JSON.parse(far.stdout).warnings.join(' ')).toContain('do not separate the items');
  });
});


describe('csat ipa -f html', () => {
  it('embeds the SVG quadrant chart instead of the terminal chart', () => {
    const r = csat(['ipa', 'fixtures/telephone-survey.csv', '--items', 'att1..qual5', '--derived', 'correlation', '--outcome', 'overall', '-f', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/<svg[^>]*>[\s\S]*Keep up the good work[\s\S]*<\/svg>/);
    expect(r.stdout).not.toContain('+-----');
    const text = csat(['ipa', 'fixtures/telephone-survey.csv', '--items', 'att1..qual5', '--derived', 'correlation', '--outcome', 'overall']);
    expect(text.stdout).not.toContain('<svg');
  });
});

describe('csat ipa messages in English and Chinese (--lang zh)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csat-ipa-msg-'));
  // Two complete rows: too few for an analysis (an AnalysisError, exit 1); a text column.
  const few = join(dir, 'few.csv');
  writeFileSync(few, 'q1,q2,imp_q1,imp_q2,name,o\n1,2,3,4,a,3\n2,3,4,5,b,3\n');
  // An item everybody answered alike: no derived importance for it.
  const flat = join(dir, 'flat.csv');
  writeFileSync(flat, 'a,b,o\n1,2,3\n2,2,4\n3,2,3\n4,2,5\n');
  it.each([
    // src/commands/ipa.ts
    [[FILE, '--items', 'q1..q6', '--importance-prefix', 'imp_', '--crosshair', 'abc'], 2,
      "--crosshair: 'abc' is neither a number nor 'mean'",
      "--crosshair：'abc' 既不是数字，也不是 'mean'"],
    [[FILE, '--items', 'q1..q6', '--importance', 'q1=imp_q1,q9=imp_q2'], 2,
      "--importance names 'q9', which is not among the items (q1, q2, q3, q4, q5, q6)",
      "--importance 中的 'q9' 不是题项之一（题项：q1、q2、q3、q4、q5、q6）"],
    [[FILE, '--items', 'q1..q6'], 2,
      'ipa needs the importance: --importance-suffix/--importance-prefix/--importance (stated) or --derived correlation|regression',
      'ipa 需要重要性：--importance-suffix/--importance-prefix/--importance（自述）或 --derived correlation|regression'],
    [[FILE, '--items', 'q1..q6', '--derived', 'correlation'], 2,
      '--derived correlation needs the overall-satisfaction column (--outcome COL)',
      '--derived correlation 需要总体满意度列（--outcome 列名）'],
    // src/analyses/ipa.ts
    [[FILE, '--items', 'q1..q6', '--derived', 'regression', '--outcome', 'q2'], 2,
      "the overall column 'q2' is also one of the items; importance is derived from an overall rating outside them",
      "总体满意度列 'q2' 同时也是题项之一；推导重要性所依据的总体评分必须在题项之外"],
    // src/data/convert.ts: an answer outside the scale range is never read as one.
    [[FILE, '--items', 'q1..q6', '--importance-prefix', 'imp_', '--scale-range', '1-3'], 3,
      "fixtures/index-survey.csv, row 1, column 'q1': 4 lies outside the scale range 1-3; if it marks a skipped question, add it to --missing (or give --lenient to read such answers as missing).",
      "fixtures/index-survey.csv，第 1 行，列 'q1'：4 超出量表范围 1-3；如果它表示跳过的问题，请将其加入 --missing（或给出 --lenient，把这类答案读作缺失值）。"],
    [[few, '--items', 'q1,q2', '--importance', 'q1,q2'], 2,
      'the importance columns q1, q2 are also among the items; give the columns that hold the importance ratings',
      '重要性列 q1、q2 同时也是题项；请给出存放重要性评分的列'],
    [[few, '--items', 'q1,name', '--derived', 'correlation', '--outcome', 'o'], 2,
      `the item 'name' in ${few} holds text (a, b ...), not ratings`,
      `${few} 中的题项 'name' 是文本（a、b ...），不是评分`],
    [[few, '--items', 'q1,q2', '--importance-prefix', 'imp_'], 1,
      'only 2 complete row(s) over the items and their importance columns; an importance-performance analysis needs at least 3',
      '题项及其重要性列上只有 2 行完整数据；重要性-绩效分析至少需要 3 行'],
    [[flat, '--items', 'a,b', '--derived', 'regression', '--outcome', 'o'], 1,
      'cannot derive importance: b (always 2) has the same answer from every respondent used',
      '无法推导重要性：在所用的个案中，b（始终为 2） 的回答都相同'],
  ])('%j', (args, code, en, zh) => expectMessageInBothLanguages(['ipa', ...args], undefined, code, en, zh));

  it('a warning', () => {
    const args = ['ipa', FILE, '--items', 'q1..q6', '--importance-prefix', 'imp_', '--crosshair', '100,3', '--no-chart'];
    expect(csat(args).stderr).toContain(
      "csat: warning: Every item's importance is below the cross-hair 100, so the quadrants do not separate the items on importance.\n",
    );
    expect(csat([...args, '--lang', 'zh']).stderr).toContain('csat: 警告: 所有题项的重要性都低于交叉线 100，四个象限在重要性上无法区分题项。\n');
  });
});
