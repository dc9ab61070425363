import { describe, expect, it } from 'vitest';
import { csat } from '../helpers/cli.js';
import { expectClose } from '../helpers/close.js';
import { expected } from '../helpers/validity-fixture.js';

const m = expected.models.three;
const model = m.syntax.split('\n').join('; ');

describe('csat cfa: construct validity, discriminant validity, common method bias (built CLI)', () => {
  it('JSON: CR and AVE as semTools (to the two optimizers’ 5e-5), alpha, HTMT and Harman as R to 1e-9; the one-factor model compared', () => {
    const r = csat(['cfa', 'fixtures/validity-survey.csv', '--model', model, '--cmb', '--min-loading', '0.7', '-f', 'json']);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout).results;
    const v = res.validity;
    expect(v.factors).toEqual(m.factors);
    expect(v.thresholds.loading).toBe(0.7);
    v.constructs.forEach((c: { cr: number; ave: number; alpha: number; loadingsPass: boolean; loadingMin: number }, f: number) => {
      expectClose(c.cr, m.cr[f], 5e-5);
      expectClose(c.ave, m.ave[f] as number, 5e-5);
      expectClose(c.alpha, m.alpha[f], 1e-9);
      expect(c.loadingsPass).toBe(c.loadingMin >= 0.7);
    });
    v.htmt.arithmetic.forEach((row: number[], i: number) => row.forEach((x, j) => expectClose(x, m.htmt[i][j], 1e-9)));
    v.htmt.geometric.forEach((row: number[], i: number) => row.forEach((x, j) => expectClose(x, m.htmt2[i][j], 1e-9)));
    const cmb = res.commonMethodBias;
    expectClose(cmb.harman.share, m.harman, 1e-9);
    expect(cmb.harman.exceeds).toBe(false);
    expect(cmb.oneFactor.df).toBe(54);
    expect(cmb.model.chiSquare).toBe(res.fit.chisq);
    expect(cmb.difference.df).toBe(3);
    expect(cmb.difference.p).toBeLessThan(0.001);
  });

  it('text: the three validity tables follow the fit; --cmb adds common method bias; Chinese', () => {
    const en = csat(['cfa', 'fixtures/validity-survey.csv', '--model', model]);
    expect(en.code).toBe(0);
    const order = ['Construct Validity', 'Discriminant Validity (Fornell-Larcker)', 'Discriminant Validity (HTMT)'].map((t) => en.stdout.indexOf(`${t}\n`));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]))).toBe(true);
    expect(en.stdout).not.toContain('Common Method Bias');
    const zh = csat(['cfa', 'fixtures/validity-survey.csv', '--model', model, '--cmb', '--lang', 'zh']);
    for (const t of ['结构效度', '组合信度 CR', '抽取量 AVE', '区分效度（Fornell-Larcker 准则）', '共同方法偏差检验', '共同方法偏差：单因子模型']) expect(zh.stdout).toContain(t);
  });

  it('html embeds the path diagram; a bad --min-loading is a usage error', () => {
    const html = csat(['cfa', 'fixtures/validity-survey.csv', '--model', model, '-f', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('Path diagram (standardized estimates)');
    expect(html.stdout.match(/<ellipse /g)).toHaveLength(3);
    const bad = csat(['cfa', 'fixtures/validity-survey.csv', '--model', model, '--min-loading', '1.5'], { env: { LANG: 'C' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('csat: --min-loading must be a number between 0 and 1, not 1.5.\n');
  });
});

describe('csat analyze: the confirmatory step and fit gates', () => {
  const bank = ['analyze', 'fixtures/bank-survey.csv', '--study', 'fixtures/bank-survey.yml', '--no-frequencies'];
  it('--fail-under takes fit indices: RMSEA and SRMR fail above their value, CFI below', () => {
    const ok = csat([...bank, '--fail-under', 'cfi=0.9,rmsea=0.08,alpha=0.7', '-f', 'json']);
    expect(ok.code).toBe(0);
    const res = JSON.parse(ok.stdout).results;
    expect(res.cfa.validity.factors).toEqual(res.cfa.factors);
    expect(res.summary.sentences).toContain(`The measurement model fits (χ²/df = .879, CFI = 1.000, RMSEA = .000).`);
    const bad = csat([...bank, '--fail-under', 'srmr=0.01'], { env: { LANG: 'C' } });
    expect(bad.code).toBe(4);
    expect(bad.stderr).toContain('csat: SRMR is .044, above the threshold 0.01\n');
    expect(bad.stdout).toContain('== Step 5. Confirmatory factor analysis ==');
  });
});
