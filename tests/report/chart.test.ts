import { describe, expect, it } from 'vitest';
import { lineChart, scatterChart } from '../../src/report/chart.js';
import { displayWidth } from '../../src/report/width.js';

const scree = [5.2, 2.1, 1.3, 0.9, 0.6, 0.5, 0.4];

/** Row and display column of every occurrence of `ch` in the plot lines (after the axis '|'). */
function find(lines: string[], ch: string): [number, number][] {
  const at: [number, number][] = [];
  lines.forEach((line, r) => {
    const bar = line.indexOf('|');
    if (bar < 0) return;
    const plot = line.slice(bar + 1);
    let col = 0;
    for (const c of plot) {
      if (c === ch) at.push([r, col]);
      col += displayWidth(c);
    }
  });
  return at;
}

describe('lineChart (scree plot)', () => {
  const chart = lineChart(scree, { title: 'Scree Plot', hline: 1, height: 12 });
  const lines = chart.split('\n');

  it('has the title, the plotting rows, the x axis and its labels', () => {
    expect(lines[0]).toBe('Scree Plot');
    expect(lines).toHaveLength(1 + 12 + 2);
    expect(lines[13]).toMatch(/^\s+\+-+$/);
    expect(lines[14].trim().split(/\s+/)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('plots one point per value, left to right, higher values higher', () => {
    const points = find(lines, 'o');
    expect(points).toHaveLength(scree.length);
    for (let i = 1; i < points.length; i++) {
      expect(points[i][1]).toBeGreaterThan(points[i - 1][1]);
      expect(points[i][0]).toBeGreaterThanOrEqual(points[i - 1][0]);
    }
    expect(points[0][0]).toBe(1); // the largest eigenvalue is on the top row
    expect(lines[1]).toMatch(/^5\.20 \|o/);
  });

  it('draws the reference line dashed at its value, with the points above 1 above it', () => {
    const row = lines.findIndex((l) => l.startsWith('1.00 |'));
    expect(row).toBeGreaterThan(0);
    expect(lines[row]).toMatch(/- - -/);
    const points = find(lines, 'o');
    // The line has a row of its own: even 0.9 is visibly below it.
    points.slice(0, 3).forEach(([r]) => expect(r).toBeLessThan(row));
    points.slice(3).forEach(([r]) => expect(r).toBeGreaterThan(row));
  });

  it('joins consecutive points with dots', () => {
    expect(find(lines, '.').length).toBeGreaterThan(scree.length);
  });

  it('is deterministic and accepts CJK x labels', () => {
    expect(lineChart(scree, { hline: 1 })).toBe(lineChart(scree, { hline: 1 }));
    const zh = lineChart([2, 1], { xLabels: ['第一', '第二'], width: 20 }).split('\n');
    expect(zh[zh.length - 1]).toContain('第一');
    expect(zh[zh.length - 1]).toContain('第二');
  });

  it('refuses empty or non-finite input', () => {
    expect(() => lineChart([])).toThrow();
    expect(() => lineChart([1, NaN])).toThrow();
    expect(() => lineChart([1, 2], { hline: Infinity })).toThrow();
  });
});

describe('lineChart resolution near the cut-off (fixtures/factor-survey.csv q1..q12 eigenvalues)', () => {
  const eigen = [3.574, 1.761, 1.605, 0.889, 0.67, 0.592, 0.578, 0.513, 0.493, 0.468, 0.444, 0.414];
  const lines = lineChart(eigen, { title: 'Scree Plot', hline: 1 }).split('\n');
  const points = find(lines, 'o');
  const row = lines.findIndex((l) => l.startsWith('1.00 |'));

  it('is 16 rows high by default, the 1.00 line on a row without points', () => {
    expect(lines).toHaveLength(1 + 16 + 2);
    expect(points).toHaveLength(eigen.length);
    expect(lines[row]).not.toContain('o');
  });

  it('puts every eigenvalue on its side of 1: .889 below the line, 1.605 above', () => {
    eigen.forEach((v, i) => (v > 1 ? expect(points[i][0], String(v)).toBeLessThan(row) : expect(points[i][0], String(v)).toBeGreaterThan(row)));
  });

  it('never puts eigenvalues more than 5% of the range apart on one row (1.761 and 1.605 among them)', () => {
    const range = Math.max(...eigen);
    for (let i = 0; i < eigen.length; i++) {
      for (let j = i + 1; j < eigen.length; j++) {
        if (Math.abs(eigen[i] - eigen[j]) > 0.05 * range) expect(points[i][0], `${eigen[i]} / ${eigen[j]}`).not.toBe(points[j][0]);
      }
    }
    expect(points[1][0]).not.toBe(points[2][0]);
  });

  it('keeps higher values higher, and a value equal to the line on it', () => {
    for (let i = 1; i < points.length; i++) expect(points[i][0]).toBeGreaterThanOrEqual(points[i - 1][0]);
    const on = lineChart([1.2, 1.1, 1, 0.9], { hline: 1 }).split('\n');
    const at = on.findIndex((l) => l.startsWith('1.00 |'));
    expect(find([on[at]], 'o')).toHaveLength(1);
    expect(on.filter((l) => l.startsWith('1.00 |'))).toHaveLength(1);
  });
});

describe('scatterChart (IPA quadrants)', () => {
  const points = [
    { x: 0.3, y: 4.1, label: 'Q1 服务' },
    { x: 0.5, y: 3.2, label: 'Q2 price' },
    { x: 0.2, y: 3.9, label: 'Q3' },
    { x: 0.45, y: 4.4, label: 'Q4 speed' },
  ];
  const chart = scatterChart(points, { xLabel: 'Importance', yLabel: 'Performance', xCross: 0.35, yCross: 3.9, width: 50, height: 15 });
  const lines = chart.split('\n');

  it('has the y title, the plot, the x axis with min/cross/max and the x title', () => {
    expect(lines[0]).toBe('Performance');
    expect(lines).toHaveLength(1 + 15 + 2 + 1);
    expect(lines[17]).toContain('0.35');
    expect(lines[18].trim()).toBe('Importance');
  });

  it('draws the cross-hairs meeting in one "+" at (xCross, yCross)', () => {
    const crosses = find(lines, '+').filter(([r]) => r <= 15);
    expect(crosses).toHaveLength(1);
    const [row] = crosses[0];
    expect(lines[row]).toMatch(/^3\.90 \|/);
  });

  it('labels every point on the correct side of the cross-hairs', () => {
    const row = find(lines, '+')[0][0];
    const col = find(lines, '+')[0][1];
    for (const p of points) {
      const r = lines.findIndex((l) => l.includes(p.label));
      expect(r).toBeGreaterThan(0);
      const marker = find([lines[r]], 'o').map(([, c]) => c);
      expect(marker.some((c) => (p.x > 0.35 ? c > col : c < col))).toBe(true);
      if (p.y > 3.9) expect(r).toBeLessThan(row);
      if (p.y < 3.9) expect(r).toBeGreaterThan(row);
    }
  });

  it('falls back to a key and a legend when labels cannot fit', () => {
    const crowded = Array.from({ length: 4 }, (_, i) => ({ x: i, y: 0, label: `a rather long label ${i}` }));
    const out = scatterChart(crowded, { xLabel: 'x', yLabel: 'y', width: 12, height: 5 });
    for (const p of crowded) expect(out).toContain(p.label);
    expect(out).toMatch(/^1: a rather long label/m);
  });

  it('refuses empty or non-finite input', () => {
    expect(() => scatterChart([], { xLabel: 'x', yLabel: 'y' })).toThrow();
    expect(() => scatterChart([{ x: NaN, y: 1, label: 'a' }], { xLabel: 'x', yLabel: 'y' })).toThrow();
  });
});
