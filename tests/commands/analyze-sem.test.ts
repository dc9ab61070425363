import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';
import type { OracleRow } from '../helpers/sem-fixture.js';

/** lavaan's parameter rows, with z and p (the analyze oracle also keeps those). */
interface Row extends Omit<OracleRow, 'std_lv' | 'std_all'> {
  z: number | null;
  p: number | null;
  std_all: number;
}
interface Study {
  n: number;
  outcome: string;
  factors: string[];
  fit: Record<string, number>;
  parameters: Row[];
}
/** lavaan sem() of the scales -> outcome on the two bundled surveys (fixtures/oracle/analyze-sem.R). */
const oracle = JSON.parse(readFileSync('fixtures/expected/analyze-sem.json', 'utf8')) as Record<'bank' | 'telephone', Study>;

const runs = {
  bank: ['analyze', 'fixtures/bank-survey.csv', '--study', 'fixtures/bank-survey.yml'],
  telephone: ['analyze', 'fixtures/telephone-survey.csv', '--study', 'fixtures/telephone-survey.yml'],
};

describe('csat analyze: the structural model beside the regression (built CLI, against lavaan)', () => {
  it.each(['bank', 'telephone'] as const)('%s: estimates, SEs, z, p, std.all and fit equal lavaan sem() to 1e-6', (name) => {
    const r = csat([...runs[name], '-f', 'json']);
    expect(r.code).toBe(0);
    const sem = JSON.parse(r.stdout).results.sem;
    const o = oracle[name];
    expect(sem.n).toBe(o.n);
    expect(sem.factors).toEqual(o.factors);
    expect(sem.outcome).toBe(o.outcome);
    expect(sem.outcomeLatent).toBe(false);
    for (const k of ['chisq', 'df', 'pvalue', 'cfi', 'tli', 'nfi', 'ifi', 'rmsea', 'srmr', 'rmr', 'gfi', 'agfi', 'aic', 'bic']) {
      const ours = k === 'pvalue' ? sem.fit.pvalue : sem.fit[k];
      expectClose(ours, o.fit[k === 'pvalue' ? 'pvalue' : k], 1e-6, 1e-9, k);
    }
    expectClose(sem.fit.rmseaLower, o.fit['rmsea.ci.lower'], 1e-6, 1e-8, 'rmsea lower');
    expectClose(sem.fit.rmseaUpper, o.fit['rmsea.ci.upper'], 1e-6, 1e-8, 'rmsea upper');
    const byKey = new Map(sem.parameters.map((e: { lhs: string; op: string; rhs: string }) => [`${e.lhs} ${e.op} ${e.rhs}`, e]));
    for (const p of o.parameters) {
      const e = byKey.get(`${p.lhs} ${p.op} ${p.rhs}`) as { est: number; se: number | null; stdAll: number } | undefined;
      expect(e, `${p.lhs} ${p.op} ${p.rhs}`).toBeDefined();
      expectClose(e!.est, p.est, 1e-6, 1e-9, `est ${p.lhs}${p.op}${p.rhs}`);
      if (p.free) expectClose(e!.se, p.se!, 1e-6, 1e-9, `se ${p.lhs}${p.op}${p.rhs}`);
      expectClose(e!.stdAll, p.std_all, 1e-6, 1e-9, `std.all ${p.lhs}${p.op}${p.rhs}`);
    }
    // The paths table: one row per scale, B / S.E. / C.R. / P / beta as lavaan's regression rows.
    const regressions = o.parameters.filter((p) => p.op === '~');
    expect(sem.paths.map((p: { from: string }) => p.from)).toEqual(regressions.map((p) => p.rhs));
    sem.paths.forEach((p: { from: string; to: string; beta: number; b: number; se: number; z: number; p: number }, k: number) => {
      const x = regressions[k];
      expect(p.to).toBe(x.lhs);
      expectClose(p.b, x.est, 1e-6, 1e-9, `B ${p.from}`);
      expectClose(p.se, x.se!, 1e-6, 1e-9, `SE ${p.from}`);
      expectClose(p.z, x.z!, 1e-6, 1e-9, `z ${p.from}`);
      expectClose(p.p, x.p!, 1e-6, 1e-12, `p ${p.from}`);
      expectClose(p.beta, x.std_all, 1e-6, 1e-9, `beta ${p.from}`);
    });
  });

  it('the text prints the fit and the paths under step 7 and the summary sentence, in English and Chinese', () => {
    const o = oracle.bank;
    const top = o.parameters.filter((p) => p.op === '~').sort((a, b) => Math.abs(b.std_all) - Math.abs(a.std_all))[0];
    expect(top.rhs).toBe('服务质量');
    const en = csat(runs.bank).stdout;
    const step7 = en.slice(en.indexOf('Step 7.'), en.indexOf('Step 8.'));
    expect(step7).toContain('== Structural model: the scales → overall ==');
    expect(step7).toMatch(/Structural Paths to overall/);
    // lavaan: overall ~ 服务质量 B .417 (SE .106), z 3.922, p < .001, std.all .361.
    expect(step7).toMatch(/overall <--- 服务质量\s*│\s*\.361\s*│\s*\.417\s*│\s*\.106\s*│\s*3\.922\s*│\s*\*\*\*/);
    expect(step7).toMatch(/│ CFI\s*│\s*1\.000\s*│ ≥ \.95/);
    expect(en).toContain('* The structural model fits (CFI = 1.000, RMSEA = .000); the strongest path is 服务质量 → overall (β = .361, p < .001).');
    const zh = csat([...runs.bank, '--lang', 'zh']).stdout;
    expect(zh).toContain('== 结构方程模型：各维度 → overall ==');
    expect(zh).toContain('* 结构模型拟合良好（CFI = 1.000，RMSEA = .000）；影响最大的路径是 服务质量 → overall（β = .361，p < .001）。');
  });

  it('the HTML report draws the path diagram; the summary names the indices that miss their cut-offs', () => {
    const html = csat([...runs.telephone, '-f', 'html']).stdout;
    const at = html.indexOf('Structural Paths to overall');
    expect(at).toBeGreaterThan(0);
    expect(html.slice(at)).toMatch(/<svg[^>]*>[\s\S]*Service attitude[\s\S]*overall[\s\S]*<\/svg>/);
    const strict = csat([...runs.telephone, '--fail-under', 'srmr=0.01', '-f', 'json']);
    expect(strict.code).toBe(4);
    const out = JSON.parse(strict.stdout).results;
    expect(out.sem.misfit).toEqual(['srmr']);
    const srmr = oracle.telephone.fit.srmr.toFixed(3).replace(/^0/, '');
    expect(out.summary.sentences).toContain(`The structural model does not fit: SRMR = ${srmr} (cut-off ≤ .01); the strongest path is Service quality → overall (β = .456, p < .001).`);
  });
});
