import { describe, expect, it } from 'vitest';
import { meansChart, meansSvg } from '../../../src/report/svg/means.js';
import { describeBlocks } from '../../../src/report/tables/describe.js';
import type { DescribeResult, VariableSummary } from '../../../src/analyses/describe.js';
import { selfContained, tagsBalanced } from '../../helpers/svg.js';

const items = [
  { name: 'Q1', mean: 3.398, sd: 1.013 },
  { name: 'Q2 <"a&b">', mean: 4.5, sd: 0.5 },
  { name: 'Q3', mean: 2, sd: null },
];

describe('means chart SVG', () => {
  it('is one well-formed standalone SVG with the scale on its axis and the midpoint line', () => {
    const svg = meansSvg(items, [1, 5], 'en');
    expect(tagsBalanced(svg)).toBe(true);
    expect(selfContained(svg)).toBe(true);
    for (const s of ['>Means<', '>Mean (scale 1 to 5)<', '>Midpoint 3<', '>3.40<', '>4.50<', '>2.00<', '>Q2 &lt;&quot;a&amp;b&quot;&gt;</text>']) expect(svg).toContain(s);
    expect(svg).toContain('<title>Q1: 3.40, SD 1.01</title>');
    expect(svg.match(/<line class="reference"[^>]*stroke-dasharray/g)).toHaveLength(1);
    expect(meansSvg(items, [1, 7], 'zh')).toContain('>平均值（量表 1 至 7）<');
  });

  it('draws bars from the scale minimum, lengths proportional to mean - minimum', () => {
    const c = meansChart(items, [1, 5], 'en');
    c.bars.forEach((b) => expect(b.x0).toBe(c.baseX));
    const len = c.bars.map((b) => b.x1 - b.x0);
    items.forEach((it, i) => expect(len[i] / len[1]).toBeCloseTo((it.mean - 1) / (4.5 - 1), 2));
    // The midpoint line halfway between the bar start and a bar reaching the maximum.
    const mid = Number(/<line class="reference" x1="([\d.]+)"/.exec(c.svg)![1]);
    const full = c.baseX + (len[1] / 3.5) * 4;
    expect(mid).toBeCloseTo((c.baseX + full) / 2, 0);
  });
});

describe('describeBlocks means chart', () => {
  const v = (name: string, mean: number, min: number, max: number) => ({ name, kind: 'numeric', n: 10, missing: 0, mean, sd: 1, min, max }) as unknown as VariableSummary;
  const result = (vars: VariableSummary[], scaleRange: [number, number] | null): DescribeResult => ({ variables: vars, validListwise: 10, weight: null, scaleRange });
  const svgs = (r: DescribeResult, svg: boolean) => describeBlocks(r, 'en', { frequencies: false, svg }).filter((b) => b.kind === 'text' && b.text.startsWith('<svg'));

  it('comes right after the Descriptive Statistics table, only for svg output', () => {
    const r = result([v('q1', 3, 1, 5), v('q2', 4, 2, 5)], null);
    const blocks = describeBlocks(r, 'en', { frequencies: false, svg: true });
    expect(blocks[0].kind === 'table' && blocks[0].id).toBe('descriptive-statistics');
    expect(blocks[1].kind === 'text' && blocks[1].text).toContain('>Mean (scale 1 to 5)<');
    expect(svgs(r, false)).toHaveLength(0);
  });

  it('is left out for variables not on one answer scale, unless a scale range is given', () => {
    const mixed = [v('q1', 3, 1, 5), v('age', 41, 18, 80)];
    expect(svgs(result(mixed, null), true)).toHaveLength(0);
    expect(svgs(result(mixed.slice(0, 1), null), true)).toHaveLength(1);
    expect(svgs(result([v('q1', 3, 1, 7), v('q2', 5, 1, 7)], [1, 7]), true)).toHaveLength(1);
  });
});
