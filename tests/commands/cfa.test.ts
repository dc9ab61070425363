import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';
import { oracle, rowKey } from '../helpers/sem-fixture.js';

const scenario = (name: string) => oracle.scenarios.find((s) => s.name === name)!;
const oneLine = (model: string) => model.split('\n').join('; ');

describe('csat cfa / sem (built CLI)', () => {
  it('HolzingerSwineford1939: JSON estimates, SEs, std.all and fit equal lavaan to 1e-6; the text prints the tutorial digits', () => {
    const sc = scenario('holzinger-swineford');
    const r = csat(['cfa', 'fixtures/cfa/holzinger-swineford.csv', '--model', oneLine(sc.model), '-f', 'json']);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout).results;
    expectClose(res.fit.chisq, sc.fit.chisq!, 1e-6, 0, 'chisq');
    expectClose(res.fit.cfi, sc.fit.cfi!, 1e-6, 0, 'cfi');
    expectClose(res.fit.rmsea, sc.fit.rmsea!, 1e-6, 0, 'rmsea');
    const byKey = new Map(res.parameters.map((e: { lhs: string; op: string; rhs: string }) => [rowKey(e.lhs, e.op, e.rhs), e]));
    for (const p of sc.parameters.filter((x) => x.op !== 'r2')) {
      const e = byKey.get(rowKey(p.lhs, p.op, p.rhs)) as { est: number; se: number | null; stdAll: number };
      expectClose(e.est, p.est, 1e-6, 1e-9, `${p.lhs}${p.op}${p.rhs}`);
      if (p.free) expectClose(e.se, p.se!, 1e-6, 1e-9, `se ${p.lhs}${p.op}${p.rhs}`);
      expectClose(e.stdAll, p.std_all!, 1e-6, 1e-9, `std.all ${p.lhs}${p.op}${p.rhs}`);
    }
    expect(res.missing).toBe('listwise');
    const text = csat(['cfa', 'fixtures/cfa/holzinger-swineford.csv', '--model', oneLine(sc.model)]);
    // lavaan tutorial: Test statistic 85.306, df 24; CFI 0.931, TLI 0.896; RMSEA 0.092 [0.071, 0.114]; SRMR 0.065.
    // AIC 7517.490, BIC 7595.339; visual =~ x2 0.554 (0.100).
    for (const re of [/Chi-square \(CMIN\)\s*│\s*85\.306/, /│ df\s*│\s*24 /, /│ CFI\s*│\s*\.931/, /│ TLI\s*│\s*\.896/, /│ RMSEA\s*│\s*\.092/, /\[\.071, \.114\]/, /│ SRMR\s*│\s*\.065/, /│ AIC\s*│\s*7517\.490/, /│ BIC\s*│\s*7595\.339/, /x2 <--- visual\s*│\s*\.554\s*│\s*\.100/]) {
      expect(text.stdout).toMatch(re);
    }
  });

  it('PoliticalDemocracy: the structural model from a model file matches the tutorial (chi-square 38.125, df 35)', () => {
    const sc = scenario('political-democracy');
    const dir = mkdtempSync(join(tmpdir(), 'csat-sem-'));
    writeFileSync(join(dir, 'model.lav'), `# lavaan tutorial\n${sc.model}\n`);
    const r = csat(['sem', 'fixtures/cfa/political-democracy.csv', '--model', `@${join(dir, 'model.lav')}`]);
    expect(r.code).toBe(0);
    // lavaan tutorial: dem60 ~ ind60 1.483 (0.399), dem65 ~ dem60 0.837 (0.098), y1 ~~ y5 0.624 (0.358).
    for (const re of [/Chi-square \(CMIN\)\s*│\s*38\.125/, /│ df\s*│\s*35 /, /dem60 <--- ind60\s*│\s*1\.483\s*│\s*\.399/, /dem65 <--- dem60\s*│\s*\.837\s*│\s*\.098/, /y1 <--> y5\s*│\s*\.624\s*│\s*\.358/]) {
      expect(r.stdout).toMatch(re);
    }
    expect(r.stdout).toContain('ind60 → dem65');
  });

  it('the study file: scales as factors, Chinese output, the cut-offs of `fit:`', () => {
    const r = csat(['cfa', '--study', 'fixtures/cfa/seed-paper.yml', '--lang', 'zh']);
    expect(r.code).toBe(0);
    for (const s of ['模型拟合指标', '卡方自由度比', '因子载荷', '标准化估计', '≥ .85', '达标', '成列删除：使用 320 个完整个案']) expect(r.stdout).toContain(s);
    const sc = scenario('seed-paper-cfa');
    const j = JSON.parse(csat(['cfa', '--study', 'fixtures/cfa/seed-paper.yml', '-f', 'json']).stdout).results;
    expectClose(j.fit.chisq, sc.fit.chisq!, 1e-6, 0, 'chisq');
    expect(j.verdicts.find((v: { index: string }) => v.index === 'gfi').cutoff).toBe(0.85);
    const sem = JSON.parse(csat(['sem', '--study', 'fixtures/cfa/seed-paper.yml', '-f', 'json']).stdout).results;
    expectClose(sem.fit.chisq, scenario('seed-paper-sem').fit.chisq!, 1e-6, 0, 'sem chisq');
    expect(sem.effects.map((e: { from: string; to: string }) => `${e.from}→${e.to}`)).toContain('客户关系→满意度');
  });

  it("the study's `thresholds:` fit keys set the verdicts and fail the run (exit 4) with the missed ones in `failures`", () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-cfa-'));
    const study = join(dir, 's.yml');
    const scales = 'scales:\n  F1: [x1, x2, x3]\n  F2: [x4, x5, x6]\n';
    writeFileSync(study, `data: ${join(process.cwd(), 'fixtures/cfa/cfa3-misspec.csv')}\nmodel: "${oneLine(scenario('cfa3-misspec').model)}"\n${scales}fit: {cfi: 0.5}\nthresholds: {cfi: 0.99, rmsea: 0.01, tli: 0.5}\n`);
    const r = csat(['cfa', '--study', study, '-f', 'json']);
    expect(r.code).toBe(4);
    const out = JSON.parse(r.stdout);
    const fit = scenario('cfa3-misspec').fit;
    expect(out.results.verdicts.find((v: { index: string }) => v.index === 'cfi')).toMatchObject({ cutoff: 0.99, pass: fit.cfi! >= 0.99 });
    expect(out.failures.map((f: { name: string }) => f.name)).toEqual(['cfi', 'rmsea']);
    expectClose(out.failures[0].value, fit.cfi!, 1e-6, 0, 'cfi');
    const text = csat(['cfa', '--study', study], { env: { LANG: 'C' } });
    expect(text.code).toBe(4);
    expect(text.stderr).toMatch(/CFI is \.\d{3}, below the threshold 0\.99/);
    expect(text.stdout).toMatch(/│ CFI\s*│\s*\.\d{3}\s*│ ≥ \.99/);
    writeFileSync(study, `data: ${join(process.cwd(), 'fixtures/cfa/cfa3-misspec.csv')}\n${scales}thresholds: {tli: 0.5}\n`);
    const ok = csat(['cfa', '--study', study, '-f', 'json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).failures).toEqual([]);
  });

  it("a study's `model:` replaces its scales, and --model replaces both", () => {
    const dir = mkdtempSync(join(tmpdir(), 'csat-cfa-'));
    const study = join(dir, 's.yml');
    writeFileSync(study, `data: ${join(process.cwd(), 'fixtures/cfa/cfa2.csv')}\nscales:\n  A: [x1, x2, x3, x4, x5, x6]\nmodel: |\n  F1 =~ x1 + x2 + x3\n  F2 =~ x4 + x5 + x6\n`);
    const fromStudy = JSON.parse(csat(['cfa', '--study', study, '-f', 'json']).stdout).results;
    expect(fromStudy.factors).toEqual(['F1', 'F2']);
    expectClose(fromStudy.fit.chisq, scenario('cfa2').fit.chisq!, 1e-6, 0, 'chisq');
    const fromOption = JSON.parse(csat(['cfa', '--study', study, '--model', 'G =~ x1 + x2 + x3 + x4 + x5 + x6', '-f', 'json']).stdout).results;
    expect(fromOption.factors).toEqual(['G']);
  });

  it('--mimic amos: N - 1 (lavaan likelihood = "wishart"); --std-lv: factor variances fixed', () => {
    const model = oneLine(scenario('cfa2').model);
    const amos = JSON.parse(csat(['cfa', 'fixtures/cfa/cfa2.csv', '--model', model, '--mimic', 'amos', '-f', 'json']).stdout).results;
    expectClose(amos.fit.chisq, scenario('cfa2-wishart').fit.chisq!, 1e-6, 0, 'amos chisq');
    expect(amos.likelihood).toBe('wishart');
    const std = JSON.parse(csat(['cfa', 'fixtures/cfa/cfa2.csv', '--model', model, '--std-lv', '-f', 'json']).stdout).results;
    const f1 = std.parameters.find((e: { lhs: string; op: string; rhs: string }) => e.lhs === 'F1' && e.op === '~~' && e.rhs === 'F1');
    expect(f1.free).toBe(false);
    expect(f1.est).toBe(1);
  });

  it('listwise deletion is said; the bootstrap is reproducible with a seed and brackets the estimate', () => {
    const csv = 'a,b,c,d,e,f\n' + Array.from({ length: 60 }, (_, i) => [1, 2, 3, 4, 5, 6].map((k) => ((i * k * 7919) % 13) / 3 + (i % 5) + (k < 4 ? i % 3 : (i % 4) * 0.5)).join(',')).join('\n') + '\n,1,2,3,4,5\n';
    const r = csat(['cfa', '-', '--model', 'F =~ a + b + c; G =~ d + e + f'], { input: csv });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Listwise deletion: 60 complete cases used, 1 excluded for a missing answer.');
    const args = ['sem', 'fixtures/cfa/sem-mediation.csv', '--model', 'X =~ a1 + a2 + a3; M =~ m1 + m2 + m3; M ~ X; y ~ X + M', '--bootstrap', '100', '--seed', '3', '-f', 'json'];
    const one = JSON.parse(csat(args).stdout).results;
    const two = JSON.parse(csat(args).stdout).results;
    const xy = one.effects.find((e: { from: string; to: string }) => e.from === 'X' && e.to === 'y');
    expect(xy.indirectCI).toEqual(two.effects.find((e: { from: string; to: string }) => e.from === 'X' && e.to === 'y').indirectCI);
    expect(xy.indirectCI[0]).toBeLessThan(xy.indirect);
    expect(xy.indirectCI[1]).toBeGreaterThan(xy.indirect);
  });

  it('--mi: the ten largest modification indices, as the lavaan tutorial lists them', () => {
    const sc = scenario('holzinger-swineford');
    const r = csat(['cfa', 'fixtures/cfa/holzinger-swineford.csv', '--model', oneLine(sc.model), '--mi', '-f', 'json']);
    const mi = JSON.parse(r.stdout).results.modificationIndices as { lhs: string; op: string; rhs: string; mi: number; epc: number }[];
    const top = [...sc.modindices].sort((a, b) => b.mi - a.mi).slice(0, 10);
    expect(mi.map((m) => `${m.lhs} ${m.op} ${m.rhs}`)).toEqual(top.map((m) => `${m.lhs} ${m.op} ${m.rhs}`));
    mi.forEach((m, k) => expectClose(m.mi, top[k].mi, 1e-6, 1e-9, `MI ${k}`));
    const text = csat(['cfa', 'fixtures/cfa/holzinger-swineford.csv', '--model', oneLine(sc.model), '--mi', '--lang', 'zh']).stdout;
    expect(text).toMatch(/修正指数\n/);
    expect(text).toMatch(/x9 <--- visual\s*│\s*36\.411\s*│\s*\.577/);
  });

  it('bad input: one sentence and exit 1 or 2', () => {
    const cases: [string[], number, string][] = [
      [['cfa', 'fixtures/cfa/cfa2.csv', '--model', 'F =~ x1 + x2 + x9'], 2, "'x9' in the model is neither a factor nor a column"],
      [['cfa', 'fixtures/cfa/cfa2.csv', '--model', 'F =~ x1 + x2\nG => x3'], 2, "line 2, column 3: unknown operator '=>'"],
      [['cfa', 'fixtures/cfa/cfa2.csv', '--model', 'F =~ x1 + x2 + x3; F =~ x2'], 2, "the path 'F =~ x2' is given twice"],
      [['cfa', 'fixtures/cfa/cfa2.csv', '--model', 'F =~'], 2, "the factor 'F' has no indicators"],
      [['sem', 'fixtures/cfa/cfa2.csv', '--model', 'F =~ x1 + x2 + x3; G =~ x4 + x5 + x6; F ~ G; G ~ F'], 1, 'non-recursive models are not supported'],
      [['cfa', 'fixtures/cfa/cfa2.csv', '--model', 'F =~ x1 + x2'], 1, 'the model is not identified'],
      [['cfa', 'fixtures/cfa/cfa2.csv', '--model', 'F =~ x1 + x2 + x3; G =~ x4'], 2, "the factor 'G' has one indicator (x4)"],
      [['sem', 'fixtures/cfa/cfa2.csv', '--model', 'F =~ x1 + x2 + x3'], 2, 'no structural paths'],
      [['cfa', 'fixtures/cfa/cfa2.csv'], 2, 'no model'],
      [['cfa', 'fixtures/cfa/cfa2.csv', '--model', 'F =~ x1 + x2 + x3', '--mimic', 'spss'], 2, '--mimic must be lavaan or amos'],
    ];
    for (const [args, code, text] of cases) {
      const r = csat(args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr).toContain(text);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const few = 'a,b,c,d\n1,2,3,4\n2,3,1,2\n3,1,2,2\n4,4,4,1\n';
    const r = csat(['cfa', '-', '--model', 'F =~ a + b + c + d'], { input: few });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('too few cases: 4 complete cases for 8 free parameters');
  });
});
