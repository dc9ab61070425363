/**
 * The group-differences step of `csat analyze` (step 8) on fixtures/group-differences.csv with its
 * study file, every number against R (fixtures/oracle/group-differences.R ->
 * fixtures/expected/group-differences.json): group n, mean and SD, Levene (mean), the t or F of
 * the variant Levene picks (Student or Welch), its df and p, and the post hoc pairs (LSD, or
 * Games-Howell where Levene rejects) with their p. Through the built CLI, as a user runs it.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';

type J = any;
const expected: J = JSON.parse(readFileSync('fixtures/expected/group-differences.json', 'utf8'));
const ARGS = ['analyze', '--study', 'fixtures/group-differences.yml'];
const REL = 1e-9;
const ABS = 1e-12;
// Games-Howell's p is ptukey's upper tail, which R computes as 1 - P: for p near 1e-7 R is off by
// up to 5e-10 (SciPy's studentized_range.sf agrees with csat there: 2.93705e-7 where R gives
// 2.94169e-7), so those p are compared to 1e-9 absolute.
const GH_ABS = 1e-9;

function run(args: string[]): { results: J; warnings: string[] } {
  const r = csat([...args, '-f', 'json']);
  if (r.code !== 0) throw new Error(`csat ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** The text of step 8 (its heading up to the summary's). */
const step8 = (out: string) => out.slice(out.search(/== (Step 8\.|第 8 步)/), out.search(/== (Step 9\.|第 9 步)/));

describe('csat analyze, step 8: group differences against R', () => {
  const got = run(ARGS).results.groupDifferences;

  it('compares each demographic in the study order with its labels, the outcome then the scales', () => {
    expect(got.posthoc).toBe('lsd');
    expect(got.alpha).toBe(0.05);
    expect(got.demographics.map((d: J) => d.demographic)).toEqual(expected.demographics.map((d: J) => d.demographic));
    got.demographics.forEach((d: J, i: number) => {
      const e = expected.demographics[i];
      expect(d.groups.map((g: J) => g.label)).toEqual(e.groups);
      expect(d.comparisons.map((c: J) => c.variable)).toEqual(e.comparisons.map((c: J) => c.variable));
    });
  });

  it('group n, mean and SD; Levene; t or F, df and p of the variant Levene picks; the post hoc pairs (1e-9)', () => {
    got.demographics.forEach((d: J, i: number) => {
      d.comparisons.forEach((c: J, j: number) => {
        const e = expected.demographics[i].comparisons[j];
        const at = `${d.demographic}/${c.variable}`;
        expect(c.groups.map((g: J) => g.n), at).toEqual(e.n);
        c.groups.forEach((g: J, k: number) => {
          expectClose(g.mean, e.mean[k], REL, ABS, `${at} mean ${k}`);
          expectClose(g.sd, e.sd[k], REL, ABS, `${at} sd ${k}`);
        });
        expect(c.compared).toEqual(e.n.map((_: number, k: number) => k));
        expectClose(c.levene.f, e.levene.f, REL, ABS, `${at} Levene F`);
        expect([c.levene.df1, c.levene.df2]).toEqual([e.levene.df1, e.levene.df2]);
        expectClose(c.levene.p, e.levene.p, REL, ABS, `${at} Levene p`);
        expect(c.welch, at).toBe(e.welch);
        expect(c.test).toBe(e.test);
        expectClose(c.statistic, e.statistic, REL, ABS, `${at} statistic`);
        expectClose(c.df1, e.df1, REL, ABS, `${at} df1`);
        if (e.df2 === null) expect(c.df2).toBeNull();
        else expectClose(c.df2, e.df2, REL, ABS, `${at} df2`);
        expectClose(c.p, e.p, REL, ABS, `${at} p`);
        if (e.posthoc === null) {
          expect(c.posthoc, at).toBeNull();
          return;
        }
        expect(c.posthoc.test).toBe(e.posthoc.test);
        expect(c.posthoc.pairs.map((p: J) => [p.higher, p.lower]), at).toEqual(e.posthoc.pairs.map((p: J) => [p.higher, p.lower]));
        c.posthoc.pairs.forEach((p: J, k: number) => {
          expectClose(p.meanDifference, e.posthoc.pairs[k].meanDifference, REL, ABS, `${at} pair ${k} difference`);
          expectClose(p.p, e.posthoc.pairs[k].p, REL, c.posthoc.test === 'games-howell' ? GH_ABS : ABS, `${at} pair ${k} p`);
        });
      });
    });
    // The fixture exercises each branch: Student's t, the ANOVA with LSD, Welch's F with Games-Howell.
    const all = got.demographics.flatMap((d: J) => d.comparisons);
    expect(all.some((c: J) => c.test === 't' && c.p < 0.05)).toBe(true);
    expect(all.some((c: J) => c.posthoc?.test === 'lsd' && c.posthoc.pairs.length)).toBe(true);
    expect(all.some((c: J) => c.welch && c.posthoc?.test === 'games-howell')).toBe(true);
  });

  it('one summary sentence per significant difference, in English and Chinese', () => {
    const en = run(ARGS).results.summary.sentences.filter((s: string) => s.includes(' differs by '));
    expect(en).toEqual([
      'overall differs by gender: 女 (M = 3.54) above 男 (M = 3.08), t = -4.924, p < .001.',
      'overall differs by age (F = 6.400, p = .002; LSD: 青年 > 老年, 中年 > 老年).',
      '服务 differs by age (F = 21.825, p < .001; LSD: 青年 > 中年, 青年 > 老年, 中年 > 老年).',
      'overall differs by income (F = 3.080, p = .028; LSD: 低 > 高, 中低 > 高, 中高 > 高).',
      "价格 differs by income (Welch's F = 31.127, p < .001; Games-Howell: 低 > 中低, 低 > 中高, 低 > 高, 中低 > 高).",
    ]);
    const zh = run([...ARGS, '--lang', 'zh']).results.summary.sentences.filter((s: string) => s.includes('存在显著差异'));
    expect(zh).toHaveLength(5);
    expect(zh[0]).toBe('不同 gender 在 overall 上存在显著差异：女（M = 3.54）高于男（M = 3.08），t = -4.924，p < .001。');
    expect(zh[4]).toBe('不同 income 在 价格 上存在显著差异（韦尔奇 F = 31.127，p < .001；盖姆斯-豪厄尔：低 > 中低、低 > 中高、低 > 高、中低 > 高）。');
  });

  it.each(['en', 'zh'])('the tables as a reader sees them (%s)', async (lang) => {
    const r = csat([...ARGS, '--lang', lang]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    await expect(step8(r.stdout)).toMatchFileSnapshot(`__snapshots__/group-differences.${lang}.txt`);
  });

  it('html and docx carry step 8 with its tables; markdown as ## with pipe tables', () => {
    const html = csat([...ARGS, '-f', 'html']).stdout;
    expect(html).toContain('<li><a href="#step-8">Step 8. Group differences</a></li>');
    expect(html).toContain('<h2 id="step-8">Step 8. Group differences</h2>');
    expect(html.indexOf('<h2 id="step-8">')).toBeLessThan(html.indexOf('<h2 id="step-9">'));
    expect(html).toContain('Differences by income (one-way ANOVA, post hoc LSD)');
    const md = csat([...ARGS, '-f', 'markdown', '--no-frequencies']).stdout;
    expect(md).toContain('\n## Step 8. Group differences\n');
    expect(md).toContain('| 价格 | 3.54 ± .46 | 2.98 ± .60 | 2.84 ± .81 | 2.50 ± 1.05 | 31.127a | .000 | 1\\>2, 1\\>3, 1\\>4, 2\\>4 |');
    const dir = mkdtempSync(join(tmpdir(), 'csat-gd-'));
    const docx = join(dir, 'r.docx');
    expect(csat([...ARGS, '-f', 'docx', '-o', docx]).code).toBe(0);
    expect(readFileSync(docx).length).toBeGreaterThan(1000);
  });

  it('posthoc: tukey in the study file is the test of the equal-variance rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-gd-'));
    const study = join(dir, 'study.yml');
    writeFileSync(study, readFileSync('fixtures/group-differences.yml', 'utf8').replace('data: group-differences.csv', `data: ${join(process.cwd(), 'fixtures/group-differences.csv')}`).replace('posthoc: lsd', 'posthoc: tukey'));
    const d = run(['analyze', '--study', study]).results.groupDifferences;
    const tests = d.demographics.flatMap((x: J) => x.comparisons.flatMap((c: J) => (c.posthoc ? [[c.welch, c.posthoc.test]] : [])));
    expect(tests).toContainEqual([false, 'tukey']);
    expect(tests).toContainEqual([true, 'games-howell']);
  });
});

describe('csat analyze, step 8: what cannot be compared is said, never NaN', () => {
  // region: one level; vip: group 3 has one case; tier: c answers 5 to everything (constant there),
  // and its spread differs so much that Levene rejects: Welch's F needs spread in every group.
  const dir = mkdtempSync(join(tmpdir(), 'csat-gd-edge-'));
  const file = join(dir, 'edge.csv');
  const lines = readFileSync('fixtures/group-differences.csv', 'utf8').trim().split('\n');
  const header = `${lines[0]},region,vip,tier`;
  const body = lines.slice(1, 121).map((l, i) => {
    const tier = i < 6 ? 'c' : i % 2 ? 'a' : 'b';
    const cells = l.split(',');
    if (tier === 'c') for (let j = 4; j < 13; j++) cells[j] = '5';
    return `${cells.join(',')},east,${i === 7 ? 3 : 1 + (i % 2)},${tier}`;
  });
  writeFileSync(file, [header, ...body].join('\n') + '\n');
  const args = ['analyze', file, '--items', 'q1..q8', '--outcome', 'overall', '--demographics', 'region,vip,tier'];

  it('each skip is a note under step 8, a warning, and a reason in the summary', () => {
    const r = csat(args);
    expect(r.code).toBe(0);
    const text = step8(r.stdout);
    expect(text).toContain('Skipped the group differences by region: region has 1 group(s) with cases (east): there is nothing to compare');
    expect(text).toContain('Skipped the group differences by vip: 3 (n = 1): fewer than 2 cases on overall, Component 1, Component 2, so no SD; left out of the comparison');
    expect(text).toContain("Skipped the group differences by tier: Levene's test rejects equal variances for overall, Component 1, Component 2, but Welch's test needs spread in every group, and c has none");
    expect(text.match(/Skipped/g)).toHaveLength(3);
    expect(r.stderr).toContain('region has 1 group(s) with cases (east)');
    expect(r.stdout.slice(r.stdout.indexOf('== Step 9.'))).toContain('Not computed (group differences by region): region has 1 group(s) with cases (east): there is nothing to compare');
    const out = run(args);
    expect(JSON.stringify(out)).not.toMatch(/NaN|Infinity/);
    const d = out.results.groupDifferences.demographics;
    expect(d.map((x: J) => x.demographic)).toEqual(['vip', 'tier']);
    const vip = d[0].comparisons[0];
    expect(vip.groups[2]).toEqual({ n: 1, mean: expect.any(Number), sd: null });
    expect(vip.compared).toEqual([0, 1]);
    expect(vip.test).toBe('t');
    const tier = d[1].comparisons[0];
    expect(tier.welch).toBe(true);
    expect([tier.statistic, tier.p, tier.posthoc]).toEqual([null, null, null]);
  });

  it('the notes read in Chinese', () => {
    const r = csat([...args, '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(step8(r.stdout)).toContain('region 只有 1 个有个案的组（east）：无法比较');
  });

  it('a study groups: entry naming no demographic, and an unknown posthoc, are usage errors', () => {
    const study = join(dir, 'bad.yml');
    writeFileSync(study, `data: ${file}\nitems: [q1..q8]\noutcome: overall\ndemographics: [vip]\ngroups:\n  tier: {order: [a, b]}\n`);
    const a = csat(['analyze', '--study', study]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("study key groups: 'tier' is not one of the demographics (vip)");
    writeFileSync(study, `data: ${file}\nitems: [q1..q8]\ndemographics: [vip]\nposthoc: dunnett\n`);
    const b = csat(['analyze', '--study', study]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/posthoc/);
  });
});

describe('csat analyze, step 8: invariants', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csat-gd-prop-'));
  const lines = readFileSync('fixtures/group-differences.csv', 'utf8').trim().split('\n');
  const study = (extra: string, data: string) => {
    const f = join(dir, `s${Math.random().toString(36).slice(2)}.yml`);
    writeFileSync(f, `data: ${data}\nitems: [q1..q8]\nscales:\n  A: [q1..q4]\n  B: [q5..q8]\noutcome: overall\ndemographics: [gender, age, income]\n${extra}`);
    return f;
  };
  const flat = (r: J) => r.demographics.flatMap((d: J) => d.comparisons.map((c: J) => ({ d: d.demographic, ...c })));

  it('integer case weights give what the replicated rows give', () => {
    const weighted = join(dir, 'weighted.csv');
    const replicated = join(dir, 'replicated.csv');
    const body = lines.slice(1);
    writeFileSync(weighted, [`${lines[0]},w`, ...body.map((l, i) => `${l},${1 + (i % 3)}`)].join('\n') + '\n');
    writeFileSync(replicated, [lines[0], ...body.flatMap((l, i) => Array.from({ length: 1 + (i % 3) }, () => l))].join('\n') + '\n');
    const a = flat(run(['analyze', '--study', study('weight: w\n', weighted)]).results.groupDifferences);
    const b = flat(run(['analyze', '--study', study('', replicated)]).results.groupDifferences);
    expect(a.length).toBe(b.length);
    a.forEach((x: J, i: number) => {
      const y = b[i];
      const at = `${x.d}/${x.variable}`;
      expect([x.welch, x.test, x.groups.map((g: J) => g.n)], at).toEqual([y.welch, y.test, y.groups.map((g: J) => g.n)]);
      for (const k of ['statistic', 'df1', 'p']) expectClose(x[k], y[k], 1e-9, 1e-12, `${at} ${k}`);
      expectClose(x.levene.f, y.levene.f, 1e-9, 1e-12, `${at} Levene`);
      expect(x.posthoc?.pairs.map((p: J) => [p.higher, p.lower]), at).toEqual(y.posthoc?.pairs.map((p: J) => [p.higher, p.lower]));
    });
  });

  it('the order of the groups changes no statistic: only the sign of t and the numbering of the pairs', () => {
    const data = join(process.cwd(), 'fixtures/group-differences.csv');
    const a = run(['analyze', '--study', study('groups:\n  gender: {order: [1, 2]}\n  age: {order: [青年, 中年, 老年]}\n  income: {order: [1, 2, 3, 4]}\n', data)]).results.groupDifferences;
    const b = run(['analyze', '--study', study('groups:\n  gender: {order: [2, 1]}\n  age: {order: [老年, 青年, 中年]}\n  income: {order: [4, 3, 2, 1]}\n', data)]).results.groupDifferences;
    const perm: Record<string, number[]> = { gender: [1, 0], age: [1, 2, 0], income: [3, 2, 1, 0] }; // a's index -> b's
    a.demographics.forEach((d: J, i: number) => {
      d.comparisons.forEach((x: J, j: number) => {
        const y = b.demographics[i].comparisons[j];
        const at = `${d.demographic}/${x.variable}`;
        expectClose(x.test === 't' ? -x.statistic : x.statistic, y.statistic, 1e-9, 1e-12, `${at} statistic`);
        expectClose(x.p, y.p, 1e-9, 1e-12, `${at} p`);
        const p = perm[d.demographic];
        const pairs = (r: J, map: (k: number) => number) => (r.posthoc?.pairs ?? []).map((q: J) => `${map(q.higher)}>${map(q.lower)}`).sort();
        expect(pairs(x, (k) => p[k]), at).toEqual(pairs(y, (k) => k));
      });
    });
  });
});
