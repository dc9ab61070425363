import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { screeChart, screeSvg } from '../../../src/report/svg/scree.js';
import { selfContained, tagsBalanced } from '../../helpers/svg.js';

const eigen = [4.227, 1.734, 1.336, 1.15, 1.007, 0.503, 0.481, 0.41, 0.359, 0.294, 0.262, 0.237];

describe('scree plot SVG', () => {
  it('is one well-formed standalone SVG with its title, axis names and the eigenvalue-1 line', () => {
    const svg = screeSvg(eigen, 'en', { retained: 5 });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(tagsBalanced(svg)).toBe(true);
    expect(selfContained(svg)).toBe(true);
    for (const s of ['>Scree Plot<', '>Component Number<', '>Eigenvalue<', '>Eigenvalue = 1<']) expect(svg).toContain(s);
    expect(svg.match(/<line class="eigenvalue-one"[^>]*stroke-dasharray/g)).toHaveLength(1);
    expect(screeSvg(eigen, 'en', { retained: 2, unit: 'factor' })).toContain('>Factor Number<');
  });

  it('in Chinese: 碎石图, 成分号, 特征值', () => {
    const svg = screeSvg(eigen, 'zh', { retained: 5 });
    for (const s of ['>碎石图<', '>成分号<', '>特征值<', '>特征值 = 1<', '>已提取<']) expect(svg).toContain(s);
  });

  it('places each eigenvalue at its height: points left to right, falling as the eigenvalues fall, 1 on the line', () => {
    const c = screeChart(eigen, 'en', { retained: 5 });
    expect(c.points).toHaveLength(eigen.length);
    for (let j = 1; j < eigen.length; j++) {
      expect(c.points[j].x).toBeGreaterThan(c.points[j - 1].x);
      expect(c.points[j].y).toBeGreaterThan(c.points[j - 1].y);
    }
    // Heights above the axis are proportional to the eigenvalues: the linear map through two points fits all.
    const base = c.points[0].y + (c.points[0].y - c.points[1].y) * (eigen[0] / (eigen[1] - eigen[0]));
    const perUnit = (base - c.points[0].y) / eigen[0];
    eigen.forEach((v, j) => expect(c.points[j].y).toBeCloseTo(base - v * perUnit, 0));
    expect(c.oneY).toBeCloseTo(base - perUnit, 0);
    // Extracted points are filled, the others hollow.
    expect(c.svg.match(/<circle cx="[\d.]+" cy="[\d.]+" r="4.5" fill="#1a5fb4"[^>]*><title>/g)).toHaveLength(5);
    expect(c.svg).toContain('<title>1: Eigenvalue 4.227</title>');
  });

  it('stays inside its frame for any eigenvalues (one huge, many, all under 1)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 2, maxLength: 60 }), (raw) => {
        const values = [...raw].sort((a, b) => b - a);
        const c = screeChart(values, 'en', { retained: 1 });
        expect(tagsBalanced(c.svg) && selfContained(c.svg)).toBe(true);
        for (const p of [...c.points, { x: 100, y: c.oneY }]) {
          expect(p.x).toBeGreaterThanOrEqual(70);
          expect(p.x).toBeLessThanOrEqual(690);
          expect(p.y).toBeGreaterThanOrEqual(52);
          expect(p.y).toBeLessThanOrEqual(336);
        }
      }),
    );
  });
});
