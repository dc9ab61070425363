import { describe, expect, it } from 'vitest';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csat } from '../helpers/cli.js';
import { expectMessageInBothLanguages } from '../helpers/messages.js';
import { expectClose } from '../helpers/close.js';

const BANK = ['analyze', 'fixtures/bank-survey.csv', '--study', 'fixtures/bank-survey.yml'];
const PHONE = ['analyze', 'fixtures/telephone-survey.csv', '--study', 'fixtures/telephone-survey.yml'];

describe('csat analyze (built CLI) on the bundled examples', () => {
  // The numbers are proven against R in tests/analyses/analyze.test.ts; these snapshots pin the
  // layout a reader sees (titles, columns, rounding, order of the steps).
  it.each([
    ['bank', 'en', BANK],
    ['bank', 'zh', BANK],
    ['telephone', 'en', PHONE],
    ['telephone', 'zh', PHONE],
  ])('%s survey, text in %s', async (name, lang, args) => {
    const r = csat([...args, '--lang', lang]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    await expect(r.stdout).toMatchFileSnapshot(`__snapshots__/analyze-${name}.${lang}.txt`);
  });

  it('markdown carries every step', () => {
    const r = csat([...BANK, '-f', 'markdown', '--no-frequencies']);
    expect(r.code).toBe(0);
    for (const title of ['Sample', 'Descriptive Statistics', 'Reliability Statistics', 'KMO and Bartlett', 'Rotated Component Matrix', 'Correlations', 'Coefficients']) {
      expect(r.stdout).toContain(title);
    }
    expect(r.stdout).toMatch(/^\|.*\|$/m);
  });

  it.each([
    ['en', ['Step 1. Sample', 'Step 4. KMO, Bartlett and factor analysis', 'Step 5. Confirmatory factor analysis', 'Step 7. Regression: drivers of overall', 'Step 8. Group differences', 'Step 9. Summary'], 'Summary of findings', 'Contents', '>Scree Plot<', '>Drivers of overall: standardized coefficients (Beta)<', '>Mean (scale 1 to 5)<'],
    ['zh', ['第 1 步 样本', '第 4 步 KMO、巴特利特检验与因子分析', '第 5 步 验证性因子分析', '第 7 步 回归分析：overall 的影响因素', '第 8 步 差异分析', '第 9 步 结论'], '分析结论', '目录', '>碎石图<', '>overall 的影响因素：标准化系数 Beta<', '>平均值（量表 1 至 5）<'],
  ])('html in %s: a titled page with contents, the findings on top, step headings and the charts', (lang, steps, findings, contents, scree, betas, means) => {
    const r = csat([...BANK, '-f', 'html', '--lang', lang]);
    expect(r.code).toBe(0);
    const html = r.stdout;
    // The study file's title names the page (fixtures/bank-survey.yml: title: 银行客户满意度调查).
    expect(html).toContain('<title>银行客户满意度调查 \u2014 bank-survey.csv</title>');
    expect(html).toContain('<h1>银行客户满意度调查</h1>');
    const toc = html.indexOf(`<nav class="toc">\n<h2>${contents}</h2>`);
    expect(toc).toBeGreaterThan(0);
    steps.forEach((title, i) => {
      const n = [1, 4, 5, 7, 8, 9][i];
      expect(html).toContain(`<li><a href="#step-${n}">${title}</a></li>`);
      expect(html.indexOf(`<h2 id="step-${n}">${title}</h2>`)).toBeGreaterThan(toc);
    });
    expect(html.match(/<h2 id="step-\d">/g)).toHaveLength(9);
    // No text-report rule lines (a picture's base64 may end in ==).
    expect(html.replace(/data:image\/png;base64,[A-Za-z0-9+/=]+/g, '')).not.toContain('==');
    // The findings: a list at the top (before the contents) and again in step 9.
    const top = html.indexOf(`<section class="findings">\n<h2>${findings}</h2>\n<ul class="list">\n<li>`);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(toc);
    const summary = html.slice(html.indexOf('<h2 id="step-9">'));
    expect(summary).toMatch(/^<h2 id="step-9">[^<]*<\/h2>\n<ul class="list">\n(<li>[^<]+<\/li>\n){11}<\/ul>/);
    expect(html).not.toContain('<li>* ');
    // The charts: item means in step 2, the scree (in place of the text plot) in step 4, the Betas and the IPA map in step 7.
    // SVG, or a PNG drawn with the shipped font (alt = the chart's title) when the chart has Chinese text.
    const step = (n: number) => html.slice(html.indexOf(`<h2 id="step-${n}">`), html.indexOf(`<h2 id="step-${n + 1}">`));
    const charts = (part: string) => part.match(/<div class="chart">(<svg [\s\S]*?<\/svg>|<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" [^>]*>)<\/div>/g) ?? [];
    const shows = (part: string, title: string) => charts(part).some((c) => c.includes(title) || c.includes(`alt="${title.slice(1, -1)}"`));
    expect(shows(step(4), scree)).toBe(true);
    expect(shows(step(7), betas)).toBe(true);
    // The means chart's text checked is its axis, not its title: a picture shows it only as pixels.
    expect(charts(step(2)).some((c) => c.includes(means) || c.includes('<img '))).toBe(true);
    // And the structural model's path diagram in step 7.
    expect(charts(html)).toHaveLength(5);
    expect(charts(step(7))).toHaveLength(3);
    // Chinese never left to the system's fonts: no SVG chart with CJK text.
    for (const c of charts(html)) if (c.startsWith('<div class="chart"><svg')) expect(c).not.toMatch(/[\u4e00-\u9fff]/);
    expect(html).not.toContain(`<pre>${scree.slice(1, -1)}`);
    expect(html).not.toMatch(/<script|<link|url\(|@import/);
  });

  it('markdown: step headings as ## and the findings as a list; csv leaves both out', () => {
    const md = csat([...BANK, '-f', 'markdown', '--no-frequencies']).stdout;
    expect(md).toContain('\n## Step 4. KMO, Bartlett and factor analysis\n\n### KMO and Bartlett');
    expect(md).toMatch(/\n## Step 9\. Summary\n\n- Reliable \(α ≥ \.700\): All items[^\n]*\n- The data suit factor analysis/);
    expect(md).not.toContain('<svg');
    const csv = csat([...BANK, '-f', 'csv', '--no-frequencies']).stdout;
    expect(csv).not.toMatch(/Step \d|Reliable \(α/);
  });

  it('JSON has one key per step, each shaped like the single command', () => {
    const r = csat([...PHONE, '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.command).toBe('analyze');
    expect(Object.keys(out.results)).toEqual(['sample', 'descriptives', 'reliability', 'kmo', 'factor', 'cfa', 'correlations', 'regression', 'ipa', 'sem', 'groupDifferences', 'scores', 'summary']);
    expect(out.results.sample).toMatchObject({ rows: 430, valid: 430, distributed: 450 });
    expect(out.results.reliability.scales.map((s: { name: string }) => s.name)).toEqual(['All items', 'Service attitude', 'Service quality']);
    expect(out.results.factor.components.map((c: { name: string }) => c.name).sort()).toEqual(['Service attitude', 'Service quality']);
    expect(out.results.regression.dependent).toBe('overall');
    expect(out.results.summary.drivers).toHaveLength(2);
    expect(JSON.stringify(out)).not.toMatch(/NaN|Infinity/);
  });

  it('--on factors regresses the outcome on the component scores', () => {
    const out = JSON.parse(csat([...PHONE, '-f', 'json', '--on', 'factors']).stdout);
    expect(out.results.regression.predictors).toEqual(['FAC1_1', 'FAC2_1']);
  });

  it('without a study file it detects the Likert items and says why', () => {
    const r = csat(['analyze', 'fixtures/telephone-survey.csv', '--outcome', 'overall', '--no-frequencies']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Items detected \(no study file\): att1, att2, att3, att4, qual1, qual2, qual3, qual4, qual5 \(whole numbers from 1 to 5\)/);
    expect(r.stdout).toMatch(/Left out: id \(an identifier column\)/);
    const out = JSON.parse(csat(['analyze', 'fixtures/telephone-survey.csv', '--outcome', 'overall', '-f', 'json']).stdout);
    expect(out.results.reliability.scales[0].items).toEqual(['att1', 'att2', 'att3', 'att4', 'qual1', 'qual2', 'qual3', 'qual4', 'qual5']);
  });

  it('detection honours the command line: --missing takes the skip code out of the answer scale', () => {
    const r = csat(['analyze', 'fixtures/bank-survey.csv', '--missing', '-3', '--no-frequencies', '--outcome', 'overall']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Items detected (no study file): Q1, Q2, Q3, Q4, Q5, Q6, Q7, Q8, Q9, Q10, Q11, Q12 (text answers 非常不满意 ... 非常满意)');
  });

  it('--fail-under exits 4 after printing everything and lists what fell short on stderr', () => {
    const ok = csat([...BANK, '-f', 'json', '--fail-under', 'alpha=0.7,kmo=0.6']);
    expect(ok.code).toBe(0);
    const r = csat([...BANK, '-f', 'json', '--fail-under', 'alpha=0.8,kmo=0.9']);
    expect(r.code).toBe(4);
    expect(JSON.parse(r.stdout).results.summary.thresholdFailures.length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/alpha of 客户关系 is \.725, below the threshold 0\.8/);
    expect(r.stderr).toMatch(/KMO is \.748, below the threshold 0\.9/);
  });

  it("the study file's thresholds apply without --fail-under", () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-'));
    const study = join(dir, 'strict.yml');
    writeFileSync(study, 'data: ' + join(process.cwd(), 'fixtures/telephone-survey.csv') + '\nitems: [att1..qual5]\nthresholds: {alpha: 0.99}\n');
    const r = csat(['analyze', '--study', study, '-f', 'json']);
    expect(r.code).toBe(4);
  });

  it("the study file's fit thresholds gate the CFA and set its verdicts' cut-offs", () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-'));
    const study = join(dir, 'fit.yml');
    const tel = readFileSync('fixtures/telephone-survey.yml', 'utf8').replace('data: telephone-survey.csv', `data: ${join(process.cwd(), 'fixtures/telephone-survey.csv')}`);
    writeFileSync(study, tel.replace('thresholds: {alpha: 0.7, kmo: 0.6}', 'thresholds: {alpha: 0.7, cfi: 0.999, srmr: 0.5}'));
    const r = csat(['analyze', '--study', study, '-f', 'json']);
    expect(r.code).toBe(4);
    const out = JSON.parse(r.stdout);
    expect(out.results.cfa.verdicts.find((v: { index: string }) => v.index === 'cfi').cutoff).toBe(0.999);
    expect(out.failures.map((f: { what: string; name: string }) => `${f.what} ${f.name}`)).toEqual(['fit cfi']);
  });

  it.each([
    ['unknown key', 'itemz: [Q1]\n', /line 1: unknown key 'itemz'/],
    ['wrong type', 'distributed: many\n', /line 1: distributed: .*number/],
    ['unknown column', 'scales:\n  Image: [Q1, Q99]\n', /line 2: .*no column 'Q99'/],
    ['bad YAML', 'scales: [\n', /not valid YAML/],
    ['threshold above 1', 'items: [Q1..Q12]\nthresholds: {alpha: 7}\n', /line 2: thresholds\.alpha: /],
    ['fewer distributed than returned', 'items: [Q1..Q12]\ndistributed: 50\n', /line 2: distributed: 50 is fewer than the 98 questionnaires returned/],
  ])('an invalid study file (%s) is a usage error naming the line', (_name, yml, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-'));
    const study = join(dir, 'study.yml');
    writeFileSync(study, yml as string);
    const r = csat(['analyze', 'fixtures/bank-survey.csv', '--study', study]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a file with no rating items is an explained usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-'));
    const f = join(dir, 'names.csv');
    writeFileSync(f, 'name,city\nAnn,Oslo\nBo,Rome\n');
    const r = csat(['analyze', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/found 0 Likert item/);
  });

  it.each([
    [['--distributed', '10'], /--distributed 10 is fewer than the 98 questionnaires returned/],
    [['--fail-under', 'alpha=2'], /--fail-under: 'alpha=2': a threshold lies between 0 and 1/],
    [['--fail-under', 'kmo=0'], /--fail-under: 'kmo=0'/],
  ])('bad option values %j are usage errors', (args, message) => {
    const r = csat(['analyze', 'fixtures/bank-survey.csv', '--study', 'fixtures/bank-survey.yml', ...(args as string[])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stdout).toBe('');
  });

  it.each([
    [['--items', 'att1'], /analyze needs at least 2 items .*got 1 \(att1\)/],
    [['--items', 'att1..qual5', '--outcome', 'att1'], /the outcome 'att1' is also one of the items/],
  ])('impossible designs %j are usage errors', (args, message) => {
    const r = csat(['analyze', 'fixtures/telephone-survey.csv', ...(args as string[])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stdout).toBe('');
  });

  describe('case weights (--weight or the study\'s weight:) equal replicated rows', () => {
    // Integer weights 0..3: the weighted analysis must equal the unweighted one on each row
    // repeated w times (a weight of 0 drops the row), step by step.
    const dir = mkdtempSync(join(tmpdir(), 'csat-w-'));
    const lines = readFileSync('fixtures/telephone-survey.csv', 'utf8').trim().split('\n');
    const header = lines[0].split(',');
    const rows = lines.slice(1, 121).map((l, i) => [...l.split(','), String((i * 7) % 4)]);
    const weighted = join(dir, 'weighted.csv');
    const replicated = join(dir, 'replicated.csv');
    writeFileSync(weighted, [[...header, 'w'].join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
    writeFileSync(replicated, [[...header, 'w'].join(','), ...rows.flatMap((r) => Array(Number(r[r.length - 1])).fill(r.join(',')))].join('\n') + '\n');
    const plainStudy = 'items: [att1..qual5]\nscales:\n  Attitude: [att1..att4]\n  Quality: [qual1..qual5]\noutcome: overall\n';
    const study = join(dir, 'study.yml');
    const weightedStudy = join(dir, 'weighted.yml');
    writeFileSync(study, plainStudy);
    writeFileSync(weightedStudy, plainStudy + 'weight: w\n');
    const args = ['--study', study, '-f', 'json'];

    /** Every number of a and b agree to 1e-9 relative; other values are equal. */
    function same(a: unknown, b: unknown, path: string): void {
      // Row counts, not weighted: kmo/factor `excluded` (a zero-weight row counts as excluded) and
      // regression `cases`.
      if (path.endsWith('.excluded') || path.endsWith('.cases')) return;
      if (typeof a === 'number' && typeof b === 'number') {
        expect(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)), `${path}: ${a} vs ${b}`).toBe(true);
      } else if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
        expect(Object.keys(a as object), path).toEqual(Object.keys(b as object));
        for (const k of Object.keys(a as object)) same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      } else expect(a, path).toEqual(b);
    }

    let rep: ReturnType<typeof csat> | null = null;
    it.each([
      ['--weight w', () => csat(['analyze', weighted, ...args, '--weight', 'w'])],
      ['study weight: w', () => csat(['analyze', weighted, '--study', weightedStudy, '-f', 'json'])],
    ])('%s', (_name, run) => {
      rep ??= csat(['analyze', replicated, ...args]);
      expect(rep.code, rep.stderr).toBe(0);
      const expected = JSON.parse(rep.stdout).results;
      const r = run();
      expect(r.code, r.stderr).toBe(0);
      const got = JSON.parse(r.stdout).results;
      for (const step of ['descriptives', 'kmo', 'factor', 'correlations', 'regression'] as const) {
        const { weight: _w, ...g } = got[step];
        const { weight: _e, ...e } = expected[step];
        if (step === 'descriptives') same(g.variables, e.variables, step);
        else same(g, e, step);
      }
      same(got.reliability.scales[0], expected.reliability.scales[0], 'reliability');
      expect(got.descriptives.weight).toBe('w');
    });

    it('an unreversed negative item: the summary says which and how to reverse it, in both languages', () => {
      const dir = mkdtempSync(join(tmpdir(), 'csat-neg-'));
      // Items a-d follow the respondent's level t; e runs against it (a reverse-keyed item left as is).
      const lines = ['a,b,c,d,e,overall'];
      for (let i = 0; i < 60; i++) {
        const t = 1 + (i % 5);
        const j = (k: number) => Math.min(5, Math.max(1, t + (((i * 7 + k * 3) % 3) - 1)));
        lines.push([j(1), j(2), j(3), j(4), 6 - j(5), j(6)].join(','));
      }
      const file = join(dir, 'neg.csv');
      writeFileSync(file, lines.join('\n') + '\n');
      const en = csat(['analyze', file, '--outcome', 'overall', '--no-frequencies']);
      expect(en.code, en.stderr).toBe(0);
      expect(en.stdout).toContain('* A negative corrected item-total correlation (e) usually marks a reverse-keyed item: declare it under reverse: in the study file (or with --reverse) and run again.');
      const zh = csat(['analyze', file, '--outcome', 'overall', '--no-frequencies', '--lang', 'zh']);
      expect(zh.stdout).toContain('校正后的项与总计相关性为负（e），通常说明该题项为反向计分');
      // Reversed, the hint is gone.
      expect(csat(['analyze', file, '--outcome', 'overall', '--no-frequencies', '--reverse', 'e']).stdout).not.toContain('reverse-keyed item');
    });
    it('the sample table names the outcome in the valid row and gives the valid rate of the returned too', () => {
      const r = csat(['analyze', 'fixtures/bank-survey.csv', '--study', 'fixtures/bank-survey.yml', '--no-frequencies']);
      expect(r.stdout).toMatch(/│ Valid questionnaires \(every item and overall answered\) │\s+93 │\s+64\.1 │\s+94\.9 │/);
      expect(r.stdout).toMatch(/│\s+│ Count │ Distributed │\s+Returned\s+│/);
    });
    it('the sample table counts questionnaires and says so under a weight', () => {
      const r = csat(['analyze', weighted, '--study', weightedStudy, '--no-frequencies']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Counts are questionnaires (rows), not weighted by w');
      // Rows with weight 0 answered everything but are no cases: 120 rows, 30 of them weight 0.
      expect(r.stdout).toMatch(/Valid questionnaires \(every item(?: and \w+)? answered\) │\s+90 │/);
    });
  });
});


describe('csat analyze keeps going when one scale cannot have an alpha', () => {
  it('a one-item study scale is a skipped note; the other scales, the scale scores and the regression still run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-one-'));
    const study = join(dir, 'study.yml');
    writeFileSync(study, 'items: [att1..qual5]\nscales:\n  A: [att1]\n  B: [att2..att4]\n  Q: [qual1..qual5]\noutcome: overall\nthresholds: {alpha: 0.7}\n');
    const r = csat(['analyze', 'fixtures/telephone-survey.csv', '--study', study, '-f', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.results.reliability.scales.map((s: { name: string }) => s.name)).toEqual(['All items', 'B', 'Q']);
    expect(out.warnings).toContain("Skipped the reliability of A: scale 'A' has 1 item(s) (att1); reliability needs at least 2");
    expect(out.results.regression.predictors).toEqual(['A', 'B', 'Q']);
    expect(out.results.summary.thresholdFailures).toEqual([]);
    const text = csat(['analyze', 'fixtures/telephone-survey.csv', '--study', study, '--no-frequencies', '--lang', 'zh']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('已跳过 A 的信度分析');
  });

  it('a study scale named like the whole instrument is a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-dup-'));
    const study = join(dir, 'study.yml');
    writeFileSync(study, 'items: [att1..qual5]\nscales:\n  All items: [att1..att4]\n');
    const r = csat(['analyze', 'fixtures/telephone-survey.csv', '--study', study]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/two scales are named 'All items'/);
  });
});

describe('--fail-under on data too broken to judge fails the gate (exit 4), never passes it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csat-gate-'));
  it('alpha that cannot be computed (one complete case) and KMO that cannot be computed (a constant item)', () => {
    const sparse = join(dir, 'sparse.csv');
    writeFileSync(sparse, 'q1,q2,q3\n1,2,3\n2,,4\n,3,5\n4,5,\n5,,1\n');
    const a = csat(['analyze', sparse, '--items', 'q1..q3', '--fail-under', 'alpha=0.7', '-f', 'json']);
    expect(a.code, a.stderr).toBe(4);
    expect(JSON.parse(a.stdout).results.summary.thresholdFailures).toEqual([{ what: 'alpha', name: 'All items', value: null, threshold: 0.7 }]);
    expect(a.stderr).toContain("Cronbach's alpha of All items could not be computed on this data (see the skipped steps), so it does not meet the threshold 0.7");
    const constant = join(dir, 'constant.csv');
    writeFileSync(constant, 'q1,q2,q3\n1,2,3\n2,3,3\n4,3,3\n5,5,3\n3,4,3\n');
    const k = csat(['analyze', constant, '--items', 'q1..q3', '--fail-under', 'kmo=0.5']);
    expect(k.code, k.stderr).toBe(4);
    expect(k.stderr).toContain('KMO could not be computed on this data (see the skipped steps), so it does not meet the threshold 0.5');
  });
});

describe('csat analyze messages in English and Chinese (--lang zh)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csat-msg-'));
  const names = join(dir, 'names.csv');
  writeFileSync(names, 'name,city\nAnn,Oslo\nBo,Rome\n');
  const fewer = join(dir, 'fewer.yml');
  writeFileSync(fewer, 'items: [Q1..Q12]\ndistributed: 50\n');
  const badType = join(dir, 'type.yml');
  writeFileSync(badType, 'items: [Q1..Q12]\ndistributed: many\n');
  const unknown = join(dir, 'unknown.yml');
  writeFileSync(unknown, 'itemz: [Q1]\n');
  const known = 'title, data, encoding, delimiter, items, scaleRange, missing, labels, reverse, scales, outcome, demographics, weight, value, distributed, thresholds, target, targets, model, paths, fit, posthoc, groups, variables';
  it.each([
    // src/commands/analyze.ts
    [[...BANK, '--fail-under', 'alpha=2'], 2,
      "--fail-under: 'alpha=2': a threshold lies between 0 and 1, e.g. alpha=0.7",
      "--fail-under：'alpha=2'：阈值应在 0 和 1 之间，例如 alpha=0.7"],
    [[...BANK, '--on', 'x'], 2, "--on must be scales or factors, not 'x'", "--on 必须是 scales 或 factors，而不是 'x'"],
    [['analyze', names], 2,
      `found 0 Likert item(s) in ${names}; name them with --items or a study file`,
      `在 ${names} 中找到 0 个李克特题项；请用 --items 或研究文件指定题项`],
    [['analyze', 'fixtures/telephone-survey.csv', '--items', 'att1'], 2,
      'analyze needs at least 2 items (reliability, KMO and components rest on several); got 1 (att1)',
      'analyze 至少需要 2 个题项（信度、KMO 和成分都基于多个题项）；实际为 1 个（att1）'],
    [['analyze', 'fixtures/telephone-survey.csv', '--items', 'att1..qual5', '--outcome', 'att1'], 2,
      "the outcome 'att1' is also one of the items; leave it out of --items (or the study's items and scales)",
      "因变量 'att1' 同时也是题项之一；请将其从 --items（或研究文件的 items 和 scales）中去掉"],
    [['analyze', 'fixtures/bank-survey.csv', '--study', fewer], 2,
      `${fewer}, line 2: distributed: 50 is fewer than the 98 questionnaires returned (data rows in fixtures/bank-survey.csv)`,
      `${fewer}，第 2 行：distributed: 50 少于回收的 98 份问卷（fixtures/bank-survey.csv 中的数据行数）`],
    // src/data/study.ts
    [['analyze', 'fixtures/bank-survey.csv', '--study', badType], 2,
      `${badType}, line 2: distributed: expected a number, got 'many'`,
      `${badType}，第 2 行：distributed：类型不对：应为数字，实际为 'many'`],
    [['analyze', 'fixtures/bank-survey.csv', '--study', unknown], 2,
      `${unknown}, line 1: unknown key 'itemz' (known: ${known})`,
      `${unknown}，第 1 行：未知的键 'itemz'（可用的键：${known.replace(/, /g, '、')}）`],
  ])('%j', (args, code, en, zh) => expectMessageInBothLanguages(args, undefined, code, en, zh));

  it('a skipped step is a warning whose step and reason read in Chinese', () => {
    // A constant item: no correlation matrix, so KMO and the factor analysis are skipped.
    const constant = join(dir, 'constant.csv');
    writeFileSync(constant, 'q1,q2,q3\n1,2,3\n2,3,3\n4,3,3\n5,5,3\n3,4,3\n');
    const args = ['analyze', constant, '--items', 'q1..q3'];
    const en = csat(args).stderr.split('\n').filter((l) => l.includes('Skipped'));
    expect(en.map((l) => l.replace(/: the correlation .*/, ':'))).toEqual(["csat: warning: Skipped the KMO and Bartlett's test:", 'csat: warning: Skipped the factor analysis:']);
    const zh = csat([...args, '--lang', 'zh']).stderr.split('\n').filter((l) => l.includes('已跳过'));
    expect(zh.map((l) => l.replace(/：.*/, '：'))).toEqual(['csat: 警告: 已跳过 KMO 和巴特利特检验：', 'csat: 警告: 已跳过 因子分析：']);
    // The reason is the skipped step's own error, in Chinese too.
    for (const l of zh) expect(l).not.toMatch(/\b(the|cannot|skipped)\b/);
  });
});

describe('--items wins over the study file: its scales keep only their items among --items', () => {
  it('a scale left with fewer than 2 items is dropped with a warning; the others run on --items alone', () => {
    const r = csat([...BANK, '--items', 'Q1..Q6', '-f', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.results.reliability.scales.map((s: { name: string; items: string[] }) => [s.name, s.items])).toEqual([
      ['All items', ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6']],
      ['银行形象', ['Q1', 'Q2']],
      ['银行产品', ['Q3', 'Q4', 'Q5']],
    ]);
    expect(out.results.kmo.msa.map((m: { item: string }) => m.item)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6']);
    expect(out.results.factor.communalities).toHaveLength(6);
    expect(out.results.regression.predictors).toEqual(['银行形象', '银行产品']);
    expect(out.warnings).toContain("study scale '客户关系' left out: only 1 of its 2 items are among --items, and a scale needs at least 2");
    expect(out.warnings).toContain("study scale '服务质量' left out: only 0 of its 3 items are among --items, and a scale needs at least 2");
  });

  it('a scale with 2 or more items left is narrowed to them, with a warning in both languages', () => {
    const args = [...BANK, '--items', 'Q1..Q8,Q10..Q12', '--no-frequencies'];
    const en = csat(args);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stderr).toContain("csat: warning: study scale '服务质量' keeps only its items among --items: Q8, Q10 (left out: Q9)\n");
    const zh = csat([...args, '--lang', 'zh']);
    expect(zh.stderr).toContain("csat: 警告: 研究文件中的量表 '服务质量' 只保留 --items 中的题项：Q8、Q10（未纳入：Q9）\n");
    const out = JSON.parse(csat([...BANK, '--items', 'Q1..Q8,Q10..Q12', '-f', 'json']).stdout);
    expect(out.results.reliability.scales.find((s: { name: string }) => s.name === '服务质量').items).toEqual(['Q8', 'Q10']);
  });
});

describe('components are named after a study scale only when they have the same items', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csat-mixed-'));
  const data = join(process.cwd(), 'fixtures/telephone-survey.csv');
  const mixed = join(dir, 'mixed.yml');
  writeFileSync(mixed, `data: ${data}\nitems: [att1..qual5]\nscales:\n  Mixed1: [att1, att2, qual1, qual2]\n  Mixed2: [att3, att4, qual3, qual4, qual5]\noutcome: overall\n`);
  const partly = join(dir, 'partly.yml');
  writeFileSync(partly, `data: ${data}\nitems: [att1..qual5]\nscales:\n  A: [att1, att2]\n  B: [att3, att4]\n  Q: [qual1..qual5]\noutcome: overall\n`);

  it('half overlap is no match: the summary says the components do not reproduce the scales and where items fall', () => {
    const out = JSON.parse(csat(['analyze', '--study', mixed, '-f', 'json']).stdout).results;
    expect(out.factor.components.map((c: { name: string | null }) => c.name)).toEqual([null, null]);
    const s: string[] = out.summary.sentences;
    expect(s.join('\n')).not.toContain('match the study scales');
    expect(s).toContain('The components do not reproduce the study scales.');
    expect(s).toContain('Mixed1 is split: qual1, qual2 in component 1; att1, att2 in component 2.');
    expect(s).toContain('Mixed2 is split: qual3, qual4, qual5 in component 1; att3, att4 in component 2.');
    const zh = JSON.parse(csat(['analyze', '--study', mixed, '-f', 'json', '--lang', 'zh']).stdout).results.summary.sentences;
    expect(zh).toContain('Mixed1 被拆分：qual1、qual2 在成分 1；att1、att2 在成分 2。');
  });

  it('a component holding two scales is named after neither; one with the same items as a scale is', () => {
    const out = JSON.parse(csat(['analyze', '--study', partly, '-f', 'json']).stdout).results;
    expect(out.factor.components.map((c: { name: string | null }) => c.name)).toEqual(['Q', null]);
    expect(out.summary.sentences).toEqual(
      expect.arrayContaining([
        'The components do not reproduce the study scales.',
        'A falls in component 2 together with att3, att4.',
        'B falls in component 2 together with att1, att2.',
        'Components with the same items as a study scale: 1 = Q.',
      ]),
    );
  });

  it('--on factors: the drivers carry the component names (FACk_1 stays the predictor id)', () => {
    const out = JSON.parse(csat(['analyze', '--study', partly, '-f', 'json', '--on', 'factors']).stdout).results;
    expect(out.regression.predictors).toEqual(['FAC1_1', 'FAC2_1']);
    expect(out.summary.drivers.map((d: { predictor: string; name: string | null }) => [d.predictor, d.name])).toEqual([['FAC1_1', 'Q'], ['FAC2_1', null]]);
    expect(out.summary.sentences).toContain('The strongest driver of satisfaction is Q (FAC1_1, Beta = .528, p < .001).');
    const bank = csat([...BANK, '--on', 'factors', '--no-frequencies']).stdout;
    expect(bank).toMatch(/│\s+1 │ 服务质量 \(FAC1_1\) │ \.430 │/);
    expect(bank).toContain('Predictors: the components\' regression-method scores: FAC1_1 = 服务质量, FAC2_1 = 银行产品, FAC3_1 = 网点环境, FAC4_1 = 银行形象, FAC5_1 = 客户关系.');
  });
});

describe('--fail-under without a study file gates the components that stand in for the scales', () => {
  it('alpha=0.85: All items (.866) passes, component 2 (.834) fails: exit 4', () => {
    const r = csat(['analyze', 'fixtures/telephone-survey.csv', '--outcome', 'overall', '--fail-under', 'alpha=0.85', '-f', 'json']);
    expect(r.code).toBe(4);
    const out = JSON.parse(r.stdout).results.summary;
    expect(out.thresholdFailures.map((f: { name: string }) => f.name)).toEqual(['Component 2']);
    expect(out.unreliable).toEqual(['Component 2']);
    expect(r.stderr).toContain("Cronbach's alpha of Component 2 is .834, below the threshold 0.85");
    expect(csat(['analyze', 'fixtures/telephone-survey.csv', '--outcome', 'overall', '--fail-under', 'alpha=0.8', '-f', 'json']).code).toBe(0);
  });
});

describe('skipped steps: each note under its own step, in words, and in the summary', () => {
  it('every answer 3: step 3 and step 4 say what was skipped and why, and the summary too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-skip-'));
    const f = join(dir, 'threes.csv');
    writeFileSync(f, 'q1,q2,q3\n3,3,3\n3,3,3\n3,3,3\n3,3,3\n');
    const r = csat(['analyze', f, '--items', 'q1..q3', '--no-frequencies']);
    expect(r.code).toBe(0);
    const step = (n: number) => r.stdout.slice(r.stdout.indexOf(`== Step ${n}.`), r.stdout.indexOf('== Step', r.stdout.indexOf(`== Step ${n}.`) + 5));
    expect(step(3)).toContain("Skipped the reliability of All items: scale 'All items' has 0 item(s) with any variance left");
    expect(step(4)).not.toContain('reliability');
    expect(step(4)).toContain("Skipped the KMO and Bartlett's test: the correlation matrix cannot be computed");
    expect(step(4)).toContain('Skipped the factor analysis: the correlation matrix cannot be computed');
    expect(r.stdout).not.toMatch(/Step (kmo|factor) skipped/);
    const summary = r.stdout.slice(r.stdout.indexOf('== Step 9.'));
    expect(summary).toContain("* Not computed (reliability of All items): scale 'All items' has 0 item(s)");
    expect(summary).toContain("* Not computed (KMO and Bartlett's test, factor analysis): the correlation matrix cannot be computed: q1 (always 3)");
    const zh = csat(['analyze', f, '--items', 'q1..q3', '--no-frequencies', '--lang', 'zh']).stdout;
    expect(zh.slice(zh.indexOf('== 第 9 步'))).toContain('* 无法计算（KMO 和巴特利特检验、因子分析）：');
  });

  it('a skipped regression is shown under a step 7 heading', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-skip6-'));
    const f = join(dir, 'flat.csv');
    writeFileSync(f, 'q1,q2,q3,ov\n1,2,3,4\n2,3,3,4\n4,3,5,4\n5,5,4,4\n3,4,2,4\n2,1,2,4\n');
    const r = csat(['analyze', f, '--items', 'q1..q3', '--outcome', 'ov', '--no-frequencies']);
    expect(r.code).toBe(0);
    const six = r.stdout.slice(r.stdout.indexOf('== Step 7.'), r.stdout.indexOf('== Step 9.'));
    expect(six).toMatch(/^== Step 7\. Regression: drivers of ov ==\n\nSkipped the regression: /);
  });
});

describe('analyze: an outcome that holds text, one component, --on factors without an outcome', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csat-ov-'));
  const f = join(dir, 'ovtext.csv');
  writeFileSync(f, 'q1,q2,q3,ovtext\n1,2,3,good\n2,3,3,bad\n4,3,5,good\n5,5,4,bad\n3,4,2,good\n2,1,2,bad\n');
  it('--outcome naming a text column is a usage error naming it', () => {
    expectMessageInBothLanguages(['analyze', f, '--items', 'q1..q3', '--outcome', 'ovtext'], undefined, 2,
      "--outcome: 'ovtext' holds text (2 distinct answers such as 'bad'), not ratings, so it cannot be the outcome of the regression; choose a numeric column or map its answers to codes with --labels",
      "--outcome：'ovtext' 包含文本（2 种不同的回答，例如 'bad'），而不是评分，因此不能作为回归的因变量；请选择数值列，或用 --labels 将其回答映射为代码");
  });
  it("the study's outcome: naming a text column is a usage error naming the file and line", () => {
    const study = join(dir, 'study.yml');
    writeFileSync(study, 'items: [q1..q3]\noutcome: ovtext\n');
    const r = csat(['analyze', f, '--study', study]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`csat: ${study}, line 2: outcome: 'ovtext' holds text (2 distinct answers such as 'bad'), not ratings, so it cannot be the outcome of the regression; choose a numeric column or map its answers to codes with --labels\n`);
  });
  it('one component: singular wording, and no rotation claimed', () => {
    const out = JSON.parse(csat(['analyze', 'fixtures/telephone-survey.csv', '--items', 'att1..att4', '-f', 'json']).stdout).results;
    expect(out.factor.factors).toBe(1);
    expect(out.summary.sentences).toContain('1 component with eigenvalue > 1 explains 66.8% of the variance (principal components; a single component is not rotated).');
  });
  it('--on factors without an outcome warns that it has no effect', () => {
    const r = csat(['analyze', 'fixtures/telephone-survey.csv', '--items', 'att1..qual5', '--on', 'factors', '--no-frequencies']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("csat: warning: --on factors has no effect without an outcome (--outcome or the study's outcome:): there is no regression\n");
    expect(csat(['analyze', 'fixtures/telephone-survey.csv', '--outcome', 'overall', '--on', 'factors', '--no-frequencies']).stderr).not.toContain('--on factors has no effect');
  });
});

describe('csat --table-style', () => {
  it('draws grid tables on request and refuses an unknown style in both languages', () => {
    const grid = csat([...BANK, '-f', 'html', '--table-style', 'grid']);
    expect(grid.code).toBe(0);
    expect(grid.stdout).toContain('<div class="page grid">');
    expectMessageInBothLanguages(
      [...BANK, '-f', 'html', '--table-style', 'box'],
      undefined,
      2,
      "--table-style must be one of three-line, grid, not 'box'",
      "--table-style 必须是 three-line, grid 之一，而不是 'box'",
    );
  });
});

describe('analyze: the drivers as an importance-performance map', () => {
  it('importance is each scale Beta, performance its mean score; the html page draws the map', () => {
    const out = JSON.parse(csat([...BANK, '-f', 'json']).stdout).results;
    expect(out.ipa.importanceMethod).toBe('regression');
    expect(out.ipa.items.map((x: { item: string }) => x.item)).toEqual(['银行形象', '银行产品', '客户关系', '服务质量', '网点环境']);
    for (const x of out.ipa.items) {
      const d = out.summary.drivers.find((dr: { predictor: string }) => dr.predictor === x.item);
      expectClose(x.importance, d.beta, 1e-12, 1e-15, x.item);
    }
    const html = csat([...BANK, '--no-frequencies', '-f', 'html']).stdout;
    expect(html).toMatch(/<svg[^>]*>[\s\S]*Importance-Performance Map/);
    expect(JSON.parse(csat([...BANK, '--on', 'factors', '-f', 'json']).stdout).results.ipa).toBeNull();
  });
});
