import { describe, expect, it } from 'vitest';
import { indexChart, indexSvg } from '../../../src/report/svg/index-bars.js';
import { csat } from '../../helpers/cli.js';
import { selfContained, tagsBalanced } from '../../helpers/svg.js';

const bars = [
  { label: 'Image', index: 67.3, lower: 63.1, upper: 71.2 },
  { label: '服务 <&>', index: 50 },
  { label: 'Overall', index: 100 },
];

describe('satisfaction index chart SVG', () => {
  it('is one well-formed standalone SVG on the full 0-100 axis, escaped, with the CI in the tooltip', () => {
    const svg = indexSvg(bars, 'Customer Satisfaction Index', 'en');
    expect(tagsBalanced(svg)).toBe(true);
    expect(selfContained(svg)).toBe(true);
    for (const s of ['>Customer Satisfaction Index<', '>Satisfaction index (0-100)<', '>67.3<', '>50.0<', '>100<', '>服务 &lt;&amp;&gt;</text>']) expect(svg).toContain(s);
    expect(svg).toContain('<title>Image: 67.3 [63.1, 71.2]</title>');
    expect(indexSvg(bars, 'x', 'zh')).toContain('>满意度指数（0-100）<');
  });

  it('draws bar lengths proportional to the index from 0, and one colour per series with a key', () => {
    const c = indexChart(bars, 't', 'en');
    const len = c.bars.map((b) => b.x1 - b.x0);
    c.bars.forEach((b) => expect(b.x0).toBe(c.baseX));
    expect(len[0] / len[2]).toBeCloseTo(0.673, 3);
    expect(len[1] / len[2]).toBeCloseTo(0.5, 3);
    const two = indexSvg([{ label: 'a', index: 60, series: 0 }, { label: 'b', index: 70, series: 1 }], 't', 'en', ['wave 1', 'wave 2']);
    expect(two).toContain('>wave 1<');
    expect(two).toContain('>wave 2<');
    expect(new Set(two.match(/fill="#[0-9a-f]{6}"/g)).size).toBeGreaterThanOrEqual(2);
  });

  it('csat index -f html charts the dimensions, the waves and each dimension by wave', () => {
    const r = csat(['index', 'fixtures/index-wave1.csv', 'fixtures/index-wave2.csv', '--dimension', 'Image=q1,q2', '--dimension', 'Service=q3..q6', '--scale-range', '1-5', '-f', 'html']);
    expect(r.code).toBe(0);
    const svgs = r.stdout.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(3);
    expect(svgs[1]).toContain('>Satisfaction Index by Wave<');
    expect(svgs[2]).toContain('>Image · index-wave2<');
    expect(csat(['index', 'fixtures/index-wave1.csv', '--dimension', 'Image=q1,q2', '--scale-range', '1-5']).stdout).not.toContain('<svg');
  });
});
