import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { betaChart, betaSvg, type BetaBar } from '../../../src/report/svg/betas.js';
import { selfContained, tagsBalanced } from '../../helpers/svg.js';

const drivers: BetaBar[] = [
  { predictor: '服务质量', beta: 0.342, p: 0.00001 },
  { predictor: '银行产品', beta: 0.301, p: 0.0003 },
  { predictor: '网点环境', beta: 0.132, p: 0.094 },
];

describe('Beta bar chart SVG', () => {
  it('is one well-formed standalone SVG naming the outcome, the predictors and their Betas', () => {
    const svg = betaSvg(drivers, 'overall', 'en');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(tagsBalanced(svg)).toBe(true);
    expect(selfContained(svg)).toBe(true);
    expect(svg).toContain('>Drivers of overall: standardized coefficients (Beta)<');
    for (const d of drivers) expect(svg).toContain(`>${d.predictor}</text>`);
    for (const v of ['.342', '.301', '.132']) expect(svg).toContain(`>${v}</text>`);
    expect(svg).toContain('<title>网点环境: Beta .132, p = .094</title>');
    expect(svg).toContain('<title>服务质量: Beta .342, p &lt; .001</title>');
  });

  it('in Chinese', () => {
    const svg = betaSvg(drivers, '总体满意度', 'zh');
    for (const s of ['>总体满意度 的影响因素：标准化系数 Beta<', '>标准化系数 Beta<', '>显著（p &lt; .05）<', '>不显著（p ≥ .05）<']) expect(svg).toContain(s);
  });

  it('draws bar lengths proportional to Beta from one zero line, in the given order, significant ones solid', () => {
    const c = betaChart(drivers, 'overall', 'en');
    const len = c.bars.map((b) => b.x1 - b.x0);
    c.bars.forEach((b) => expect(b.x0).toBe(c.zeroX));
    drivers.forEach((d, i) => expect(len[i] / len[0]).toBeCloseTo(d.beta / drivers[0].beta, 2));
    c.bars.slice(1).forEach((b, i) => expect(b.y).toBeGreaterThan(c.bars[i].y));
    expect(c.svg.match(/<rect [^>]*fill="#1a5fb4"><title>/g)).toHaveLength(2);
    expect(c.svg.match(/<rect [^>]*fill="#a8c1e3"><title>/g)).toHaveLength(1);
  });

  it('puts negative Betas left of the zero line, still proportional', () => {
    const c = betaChart([{ predictor: 'a', beta: 0.4, p: 0.01 }, { predictor: 'b', beta: -0.2, p: 0.2 }, { predictor: 'c', beta: 0, p: null }], 'y', 'en');
    expect(c.bars[0].x0).toBe(c.zeroX);
    expect(c.bars[1].x1).toBe(c.zeroX);
    expect((c.bars[1].x1 - c.bars[1].x0) / (c.bars[0].x1 - c.bars[0].x0)).toBeCloseTo(0.5, 2);
    expect(c.bars[2].x1 - c.bars[2].x0).toBe(0);
    expect(c.svg).toContain('>-.200</text>');
  });

  it('escapes names and keeps every bar inside the chart for any Betas', () => {
    const svg = betaSvg([{ predictor: 'A&B <x> "q"', beta: 0.5, p: 0.01 }], 'o<u>t', 'en');
    expect(svg).toContain('>A&amp;B &lt;x&gt; &quot;q&quot;</text>');
    expect(svg).toContain('Drivers of o&lt;u&gt;t');
    expect(tagsBalanced(svg)).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1.5, max: 1.5, noNaN: true }), { minLength: 1, maxLength: 12 }), (betas) => {
        const c = betaChart(betas.map((beta, i) => ({ predictor: `x${i}`, beta, p: 0.5 })), 'y', 'en');
        expect(selfContained(c.svg)).toBe(true);
        const width = Number(/width="(\d+)"/.exec(c.svg)![1]);
        for (const b of c.bars) {
          expect(b.x0).toBeGreaterThanOrEqual(0);
          expect(b.x1).toBeLessThanOrEqual(width);
          expect(b.x0).toBeLessThanOrEqual(b.x1);
        }
      }),
    );
  });
});
