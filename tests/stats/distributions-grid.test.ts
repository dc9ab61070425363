import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  chiSquareLowerP,
  chiSquareQuantile,
  chiSquareUpperP,
  fLowerP,
  fQuantile,
  fUpperP,
  normalLowerP,
  normalQuantile,
  normalTwoTailedP,
  tLowerP,
  tQuantile,
  tTwoTailedP,
} from '../../src/stats/distributions.js';
import { bartlett } from '../../src/stats/sphericity.js';

// Grid from fixtures/oracle/distributions.R (points, R's values) and distributions.py (mpmath, 50
// digits: the reference): 2,132 tail points over df 0.5 .. 1e6 and p 0.999 .. 1e-310, 451
// quantiles. Every tail and quantile within 1e-12 relative (measured: 5e-13 at worst, see
// scripts/distribution-errors.mjs); subnormal results also allow half the smallest subnormal step.
const d = JSON.parse(readFileSync('fixtures/expected/distributions.json', 'utf8'));
const TOL = 1e-12;

function check(got: number, ref: number, what: string): void {
  const ok = Math.abs(got - ref) <= TOL * Math.abs(ref) + 2.5e-324;
  if (!ok) expect.fail(`${what}: expected ${ref}, got ${got} (rel. diff ${Math.abs(got - ref) / Math.abs(ref)})`);
}

describe('distribution tails against mpmath at 1e-12, df 0.5 .. 1e6, p down to subnormal', () => {
  it('chi-square upper and lower tails', () => {
    const c = d.chisq;
    expect(c.x.length).toBeGreaterThan(800);
    c.x.forEach((x: number, i: number) => {
      check(chiSquareUpperP(x, c.df[i]), c.mp[i], `pchisq(${x}, ${c.df[i]}, lower = FALSE)`);
      check(chiSquareLowerP(x, c.df[i]), c.mpLower[i], `pchisq(${x}, ${c.df[i]})`);
    });
  });
  it("Bartlett's test with 70 uncorrelated items (df 2415) keeps every digit", () => {
    const c = d.chisq;
    const rows = c.df.map((_: number, i: number) => i).filter((i: number) => c.df[i] === 2415 && c.tail[i] === 'upper');
    expect(rows.length).toBeGreaterThan(15);
    // bartlett() turns -ln|R| into the statistic; with n = 400, p = 70 the factor is 376.1667.
    rows.forEach((i: number) => {
      const logDet = -c.x[i] / (400 - 1 - (2 * 70 + 5) / 6);
      const b = bartlett(logDet, 400, 70);
      expect(b.df).toBe(2415);
      check(b.p, chiSquareUpperP(c.x[i], 2415), `Bartlett p at chi-square ${c.x[i]}`);
      check(chiSquareUpperP(c.x[i], 2415), c.mp[i], `pchisq(${c.x[i]}, 2415)`);
    });
  });
  it('t two-tailed and one-tailed', () => {
    const t = d.t;
    t.t.forEach((x: number, i: number) => {
      check(tTwoTailedP(x, t.df[i]), t.mp[i], `2 pt(-${x}, ${t.df[i]})`);
      check(tTwoTailedP(-x, t.df[i]), t.mp[i], `2 pt(-${x}, ${t.df[i]}) from -t`);
      check(tLowerP(-x, t.df[i]), t.mp[i] / 2, `pt(-${x}, ${t.df[i]})`);
    });
  });
  it('F upper and lower tails', () => {
    const f = d.f;
    expect(f.f.length).toBeGreaterThan(900);
    f.f.forEach((x: number, i: number) => {
      check(fUpperP(x, f.d1[i], f.d2[i]), f.mp[i], `pf(${x}, ${f.d1[i]}, ${f.d2[i]}, lower = FALSE)`);
      check(fLowerP(x, f.d1[i], f.d2[i]), f.mpLower[i], `pf(${x}, ${f.d1[i]}, ${f.d2[i]})`);
    });
  });
  it('normal two-tailed and lower tail', () => {
    d.normal.z.forEach((z: number, i: number) => {
      check(normalTwoTailedP(z), d.normal.mp[i], `2 pnorm(-${z})`);
      check(normalLowerP(-z), d.normal.mp[i] / 2, `pnorm(-${z})`);
    });
  });
  it('quantiles (lower p) of t, F, chi-square and normal', () => {
    d.qt.p.forEach((p: number, i: number) => check(tQuantile(p, d.qt.df[i]), d.qt.mp[i], `qt(${p}, ${d.qt.df[i]})`));
    d.qf.p.forEach((p: number, i: number) => check(fQuantile(p, d.qf.d1[i], d.qf.d2[i]), d.qf.mp[i], `qf(${p}, ${d.qf.d1[i]}, ${d.qf.d2[i]})`));
    d.qchisq.p.forEach((p: number, i: number) => check(chiSquareQuantile(p, d.qchisq.df[i]), d.qchisq.mp[i], `qchisq(${p}, ${d.qchisq.df[i]})`));
    d.qnorm.p.forEach((p: number, i: number) => check(normalQuantile(p), d.qnorm.mp[i], `qnorm(${p})`));
  });
  it('upper quantiles for p down to 1e-300', () => {
    const up = { upper: true };
    d.qtUpper.p.forEach((p: number, i: number) => check(tQuantile(p, d.qtUpper.df[i], up), d.qtUpper.mp[i], `qt(${p}, ${d.qtUpper.df[i]}, lower = FALSE)`));
    d.qchisqUpper.p.forEach((p: number, i: number) =>
      check(chiSquareQuantile(p, d.qchisqUpper.df[i], up), d.qchisqUpper.mp[i], `qchisq(${p}, ${d.qchisqUpper.df[i]}, lower = FALSE)`),
    );
    d.qfUpper.p.forEach((p: number, i: number) =>
      check(fQuantile(p, d.qfUpper.d1[i], d.qfUpper.d2[i], up), d.qfUpper.mp[i], `qf(${p}, ${d.qfUpper.d1[i]}, ${d.qfUpper.d2[i]}, lower = FALSE)`),
    );
    d.qnormUpper.p.forEach((p: number, i: number) => check(normalQuantile(p, up), d.qnormUpper.mp[i], `qnorm(${p}, lower = FALSE)`));
  });
  it('quantile edge values', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(0, { upper: true })).toBe(Infinity);
    expect(normalQuantile(0.5)).toBe(0);
    expect(tQuantile(0.5, 7)).toBe(0);
    expect(chiSquareQuantile(0, 3)).toBe(0);
    expect(fQuantile(1, 2, 3)).toBe(Infinity);
    expect(Number.isNaN(tQuantile(1.5, 3))).toBe(true);
    expect(Number.isNaN(chiSquareQuantile(0.5, -1))).toBe(true);
    check(tQuantile(0.975, Infinity), normalQuantile(0.975), 'qt(.975, Inf)');
  });
});
