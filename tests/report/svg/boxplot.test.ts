import { describe, expect, it } from 'vitest';
import { boxplotSvg, stackSvgs } from '../../../src/report/svg/boxplot.js';
import { boxplotSketch, type BoxSketch } from '../../../src/report/boxplot.js';
import { selfContained, tagsBalanced } from '../../helpers/svg.js';

const boxes: BoxSketch[] = [
  { label: 'Female', lowerHinge: 64, median: 69, upperHinge: 74, whiskerLow: 52, whiskerHigh: 88, outliers: [{ case: 13, value: 43 }], extremes: [{ case: 151, value: 8 }] },
  { label: '男', lowerHinge: 66, median: 73, upperHinge: 79, whiskerLow: 56, whiskerHigh: 90, outliers: [{ case: 102, value: 99.5 }], extremes: [] },
];

describe('boxplot SVG', () => {
  it('draws a box per group, outliers as circles and extremes as asterisks labelled by case', () => {
    const svg = boxplotSvg(boxes, 'Boxplot of score', 'score', 1);
    expect(tagsBalanced(svg)).toBe(true);
    expect(selfContained(svg)).toBe(true);
    expect(svg.match(/<g class="box">/g)).toHaveLength(2);
    expect(svg.match(/class="outlier"/g)).toHaveLength(2);
    expect(svg.match(/class="extreme"/g)).toHaveLength(1);
    for (const s of ['>151<', '>13<', '>102<', '>男<', '>Boxplot of score<']) expect(svg).toContain(s);
    // Higher values higher up: the outlier at 99.5 above the one at 43.
    const ys = [...svg.matchAll(/class="outlier" cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys[1]).toBeLessThan(ys[0]);
  });
  it('stacks charts into one file', () => {
    const one = boxplotSvg(boxes, 'A', 'a', 1);
    const both = stackSvgs([one, one]);
    expect(tagsBalanced(both)).toBe(true);
    expect(both).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="840"/);
    expect(both).toContain('<svg x="0" y="420"');
  });
});

describe('boxplot sketch (text)', () => {
  it('one line per group on one axis, the marks and then the case numbers', () => {
    const s = boxplotSketch(boxes, 1, { title: 'Boxplot of score', key: 'key', outliers: (c) => `o ${c}`, extremes: (c) => `* ${c}` }).split('\n');
    expect(s[0]).toBe('Boxplot of score');
    expect(s[1].trim().startsWith('8.0')).toBe(true);
    expect(s[1].trim().endsWith('99.5')).toBe(true);
    expect(s[2]).toMatch(/^Female  \*.*o.*\|-+\[=*#=*\]-+\|$/);
    expect(s[3]).toMatch(/^男\s+\|-+\[=*#=*\]-+\|\s+o$/);
    expect(s.slice(4)).toEqual(['key', 'Female: o 13; * 151', '男: o 102']);
  });
});
