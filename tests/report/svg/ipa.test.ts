import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runIpa, type IpaResult } from '../../../src/analyses/ipa.js';
import { ipaChart, ipaSvg, MAX_LABEL_WIDTH, niceTicks, shortLabel, textWidth, type Box } from '../../../src/report/svg/ipa.js';
import { readIndexFixture } from '../../helpers/index-fixture.js';
import { tagsBalanced } from '../../helpers/svg.js';

const items = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
const stated = runIpa(readIndexFixture(), { items, importance: { method: 'stated', columns: items.map((i) => `imp_${i}`) } }).result;
const overlaps = (a: Box, b: Box) => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);
const inside = (a: Box, p: Box) => a.x0 >= p.x0 && a.x1 <= p.x1 && a.y0 >= p.y0 && a.y1 <= p.y1;

describe('IPA SVG', () => {
  it('is one well-formed standalone SVG with the items, quadrant names, cross-hairs and axis titles', () => {
    const svg = ipaSvg(stated, 'en');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(tagsBalanced(svg)).toBe(true);
    for (const it of items) expect(svg).toContain(`>${it}</text>`);
    for (const q of ['Keep up the good work', 'Concentrate here', 'Low priority', 'Possible overkill', '>Importance<', '>Performance<']) expect(svg).toContain(q);
    expect(svg.match(/stroke-dasharray/g)?.length).toBe(2);
    // No network and no web fonts: the only URL is the SVG namespace.
    expect(svg.match(/https?:\/\/[^\s"]+/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect(svg).not.toMatch(/@font-face|@import|url\(|NaN|undefined/);
  });
  it('in Chinese: the quadrant names of 四分图', () => {
    const svg = ipaSvg(stated, 'zh');
    for (const q of ['优势区', '修补区', '机会区', '维持区', '重要性', '满意度']) expect(svg).toContain(q);
  });
  it('escapes item names', () => {
    const r: IpaResult = { ...stated, items: stated.items.map((x, k) => ({ ...x, item: k === 0 ? 'A&B <x>' : x.item })) };
    const svg = ipaSvg(r, 'en');
    expect(svg).toContain('A&amp;B &lt;x&gt;');
    expect(tagsBalanced(svg)).toBe(true);
  });
  it('labels overlap no other label or point and stay inside the plot (fixture and random layouts)', () => {
    const check = (r: IpaResult) => {
      const c = ipaChart(r, 'en');
      c.labels.forEach((a, i) => {
        expect(inside(a, c.plot), `label ${i} inside`).toBe(true);
        c.labels.forEach((b, j) => i !== j && expect(overlaps(a, b), `labels ${i} and ${j}`).toBe(false));
        c.points.forEach((p, j) => expect(overlaps(a, p), `label ${i} on point ${j}`).toBe(false));
      });
      expect(inside(c.crosshairLabel, c.plot), 'cross-hair value inside the frame').toBe(true);
      c.points.forEach((p, j) => expect(overlaps(c.crosshairLabel, p), `cross-hair value on point ${j}`).toBe(false));
    };
    check(stated);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 1, max: 7, noNaN: true }), fc.double({ min: 1, max: 5, noNaN: true })), { minLength: 2, maxLength: 8 }), (pts) => {
        const r: IpaResult = {
          ...stated,
          crosshair: { importance: pts.reduce((a, p) => a + p[0], 0) / pts.length, performance: pts.reduce((a, p) => a + p[1], 0) / pts.length },
          items: pts.map(([i, p], k) => ({ ...stated.items[0], item: `Item ${k + 1}`, importance: i, performance: p })),
        };
        check(r);
      }),
      { numRuns: 300 },
    );
  });
  it('points on the cross-hair line at both ends: its value slides inwards off them', () => {
    const pts = [[1, 3], [7, 3], [4, 4], [4, 2]];
    const r: IpaResult = {
      ...stated,
      crosshair: { importance: 4, performance: 3 },
      items: pts.map(([i, p], k) => ({ ...stated.items[0], item: `Item ${k + 1}`, importance: i, performance: p })),
    };
    const c = ipaChart(r, 'en');
    c.points.forEach((p, j) => expect(overlaps(c.crosshairLabel, p), `cross-hair value on point ${j}`).toBe(false));
    expect(inside(c.crosshairLabel, c.plot)).toBe(true);
  });
  it('means equal but for rounding (one ulp apart) draw at once with usable ticks (the tick loop never ended)', () => {
    const r: IpaResult = {
      ...stated,
      crosshair: { importance: 4, performance: 1.0000000000000036 },
      items: [[3, 1.0000000000000033], [5, 1.0000000000000036]].map(([i, p], k) => ({ ...stated.items[0], item: `i${k}`, importance: i, performance: p })),
    };
    const svg = ipaSvg(r, 'en');
    expect(svg).not.toMatch(/NaN|Infinity/);
    const yTicks = [...svg.matchAll(/font-size="12" text-anchor="end" fill="#3c4043">([0-9.]+)<\/text>/g)].map((m) => Number(m[1]));
    expect(yTicks.length).toBeGreaterThanOrEqual(3);
    expect(yTicks.length).toBeLessThanOrEqual(12);
    expect(new Set(yTicks).size).toBe(yTicks.length);
  });
  it('crowded points (many items at one place) still get free labels, placed farther out with leaders', () => {
    const r: IpaResult = {
      ...stated,
      crosshair: { importance: 4, performance: 3 },
      items: Array.from({ length: 16 }, (_, k) => ({ ...stated.items[0], item: `Attribute ${k + 1}`, importance: k === 0 ? 6 : 5 + k * 1e-3, performance: k === 0 ? 4.5 : 4 })),
    };
    const c = ipaChart(r, 'en');
    c.labels.forEach((a, i) => {
      expect(inside(a, c.plot)).toBe(true);
      c.labels.forEach((b, j) => i !== j && expect(overlaps(a, b), `labels ${i} and ${j}`).toBe(false));
      c.points.forEach((p, j) => expect(overlaps(a, p), `label ${i} on point ${j}`).toBe(false));
    });
    expect(c.svg.match(/stroke="#80868b"/g)?.length ?? 0).toBeGreaterThan(4);
  });
  it('nice ticks and text widths', () => {
    expect(niceTicks(3.17, 4.19).ticks).toEqual([3.2, 3.4, 3.6, 3.8, 4]);
    expect(niceTicks(0.47, 0.78).ticks).toEqual([0.5, 0.55, 0.6, 0.65, 0.7, 0.75]);
    expect(textWidth('满意', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeCloseTo(11.6, 10);
  });
  it('the cross-hair value moves off a point at the right end of the line (telephone survey, 满意度 = 3.5563)', () => {
    const r: IpaResult = {
      ...stated,
      crosshair: { importance: 0.498, performance: 3.55633 },
      items: [
        [0.545, 3.5628], [0.545, 3.4884], [0.466, 3.5558], [0.463, 3.514], [0.494, 3.5791],
      ].map(([i, p], k) => ({ ...stated.items[0], item: `i${k}`, importance: i, performance: p })),
    };
    const c = ipaChart(r, 'zh');
    c.points.forEach((p, j) => expect(overlaps(c.crosshairLabel, p), `point ${j}`).toBe(false));
    expect(inside(c.crosshairLabel, c.plot)).toBe(true);
    // Chart numbers carry the table's decimals and a leading zero, as the axis ticks do.
    expect(c.svg).toContain('满意度 = 3.5563');
    expect(c.svg).toContain('重要性 = .498');
  });
  it('long item names are cut with an ellipsis and every label stays on the page (they ran off the left edge)', () => {
    const long = (k: number) => `This is a very long attribute name number ${k} about service quality and speed`;
    expect(shortLabel('q1', 12)).toBe('q1');
    const cut = shortLabel(long(1), 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(MAX_LABEL_WIDTH);
    // After a whole word, never inside one.
    expect(cut).toBe('This is a very long attribute…');
    expect(shortLabel('网点环境整洁程度与服务人员的专业水平以及业务办理速度', 12)).toBe('网点环境整洁程度与服务人员的专业…');
    expect(textWidth(shortLabel('网点环境整洁程度与服务人员的专业水平以及业务办理速度', 12), 12)).toBeLessThanOrEqual(MAX_LABEL_WIDTH);
    // In one pass: a 1 MB name (fuzzing found it) took minutes when cut one character at a time.
    const t0 = Date.now();
    const huge = shortLabel('7'.repeat(1_000_000), 12);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(huge).toBe(shortLabel('7'.repeat(100), 12));
    const r: IpaResult = {
      ...stated,
      crosshair: { importance: 0.713, performance: 3.232 },
      items: [[0.68, 3.34], [0.704, 3.29], [0.697, 3.18], [0.742, 3.21], [0.744, 3.14]].map(([i, p], k) => ({ ...stated.items[0], item: long(k + 1), importance: i, performance: p })),
    };
    const c = ipaChart(r, 'en');
    for (const b of c.labels) expect(inside(b, c.plot), JSON.stringify(b)).toBe(true);
    // The whole name stays in the point's tooltip.
    expect(c.svg).toContain(`<title>${long(1)}: `);
  });
});
