import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diagramFromFit, pathDiagram, pathDiagramSvg, type DiagramModel, type Rect } from '../../../src/report/svg/path-diagram.js';
import { buildModel } from '../../../src/stats/sem/model.js';
import { parseModel } from '../../../src/stats/sem/syntax.js';
import { FONT } from '../../../src/report/svg/shared.js';
import { selfContained, tagsBalanced } from '../../helpers/svg.js';

const names = ['银行形象', '银行产品', '客户关系', '服务', '网点环境'];
const paper: DiagramModel = {
  factors: [
    ...names.map((n, k) => ({ name: n, items: [1, 2, 3].slice(0, k % 2 ? 2 : 3).map((j) => ({ name: `${n}${j}`, loading: 0.6 + 0.1 * j })) })),
    { name: '满意度', items: [1, 2, 3].map((j) => ({ name: `满意${j}`, loading: 0.8 })) },
  ],
  paths: names.map((n, k) => ({ from: n, to: '满意度', beta: [0.41, 0.57, 0.42, 0.329, 0.3][k] })),
  correlations: [{ a: '银行形象', b: '银行产品', value: 0.45 }],
};

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (r: Rect, w: number, h: number) => r.x >= 0 && r.y >= 0 && r.x + r.width <= w && r.y + r.height <= h;

describe('path diagram SVG', () => {
  it('one well-formed standalone SVG with the charts’ font stack; every item a box and a loading arrow with its value', () => {
    const d = pathDiagram(paper, 'zh');
    expect(d.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(tagsBalanced(d.svg)).toBe(true);
    expect(selfContained(d.svg)).toBe(true);
    expect(d.svg).toContain(`font-family="${FONT}"`);
    expect(d.svg).toContain('>路径图（标准化估计值）<');
    const items = paper.factors.flatMap((f) => f.items.map((i) => ({ ...i, factor: f.name })));
    expect(d.boxes.map((b) => b.item)).toEqual(items.map((i) => i.name));
    for (const it of items) {
      expect(d.svg).toContain(`>${it.name}</text>`);
      const arrow = d.arrows.find((a) => a.kind === 'loading' && a.to === it.name);
      expect(arrow).toMatchObject({ from: it.factor, label: (it.loading as number).toFixed(2).replace(/^0/, '') });
      expect(d.svg).toContain(`>${arrow!.label}</text>`);
      expect(d.arrows.filter((a) => a.kind === 'error' && a.to === it.name)).toHaveLength(1);
    }
    expect(d.svg.match(/<ellipse /g)).toHaveLength(6);
    expect(d.arrows.filter((a) => a.kind === 'path').map((a) => a.label)).toEqual(['.41', '.57', '.42', '.33', '.30']);
    expect(d.arrows.find((a) => a.kind === 'correlation')).toMatchObject({ from: '银行形象', to: '银行产品', label: '.45' });
    // Exogenous factors left of the outcome; their items left of them, the outcome's right of it.
    const shape = (n: string) => d.factors.find((f) => f.factor === n)!;
    for (const n of names) expect(shape(n).x + shape(n).width).toBeLessThan(shape('满意度').x);
    for (const b of d.boxes) expect(b.factor === '满意度' ? b.x > shape('满意度').x : b.x < shape(b.factor).x).toBe(true);
  });

  it('escapes hostile names and keeps them whole in tooltips', () => {
    const hostile = '<script>alert("x")</script>&';
    const svg = pathDiagramSvg(
      { factors: [{ name: hostile, items: [{ name: '"/><b>', loading: 0.5 }, { name: 'a&b', loading: null }] }], paths: [], correlations: [] },
      'en',
    );
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;');
    expect(svg).toContain('>a&amp;b</text>');
    expect(tagsBalanced(svg)).toBe(true);
  });

  it('a mediator column hangs its items below, a path past it bows over it; an observed outcome is a box', () => {
    const d = pathDiagram(
      {
        factors: [
          { name: 'X', items: [{ name: 'x1', loading: 0.8 }, { name: 'x2', loading: 0.7 }] },
          { name: 'M', items: [{ name: 'm1', loading: 0.8 }, { name: 'm2', loading: null }] },
          { name: 'Y', items: [], observed: true },
        ],
        paths: [{ from: 'X', to: 'M', beta: 0.5 }, { from: 'M', to: 'Y', beta: 0.4 }, { from: 'X', to: 'Y', beta: -0.2 }],
        correlations: [],
      },
      'en',
    );
    const m = d.factors.find((f) => f.factor === 'M')!;
    for (const b of d.boxes.filter((x) => x.factor === 'M')) expect(b.y).toBeGreaterThan(m.y + m.height);
    expect(d.svg).toMatch(/<path d="M[^"]+ Q[^"]+" fill="none" stroke="#3c4043" stroke-width="1.6"\/>/);
    expect(d.svg.match(/<ellipse /g)).toHaveLength(2);
    expect(d.arrows.find((a) => a.from === 'X' && a.to === 'Y')!.label).toBe('-.20');
    expect(d.arrows.find((a) => a.to === 'm2')!.label).toBe('');
  });

  it('no two boxes or factors overlap, and all lie on the canvas, for 2 to 8 factors', () => {
    const model = fc
      .record({
        sizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 8 }),
        long: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        edges: fc.array(fc.tuple(fc.nat(7), fc.nat(7), fc.double({ min: -1, max: 1, noNaN: true })), { maxLength: 10 }),
      })
      .map(({ sizes, long, edges }): DiagramModel => {
        const fs = sizes.map((k, i) => ({
          name: long[i] ? `客户满意度与忠诚度因子${i}` : `F${i}`,
          items: Array.from({ length: k }, (_, j) => ({ name: long[i] ? `非常长的题项名称${i}_${j}` : `q${i}_${j}`, loading: 0.5 + j / 20 })),
        }));
        const n = fs.length;
        // Paths from a lower to a higher factor (a recursive model).
        const paths = edges.filter(([a, b]) => a % n < b % n).map(([a, b, beta]) => ({ from: fs[a % n].name, to: fs[b % n].name, beta }));
        return { factors: fs, paths, correlations: [{ a: fs[0].name, b: fs[1].name, value: 0.3 }] };
      });
    fc.assert(
      fc.property(model, (m) => {
        const d = pathDiagram(m, 'en');
        const shapes: Rect[] = [...d.boxes, ...d.factors];
        expect(d.boxes).toHaveLength(m.factors.reduce((s, f) => s + f.items.length, 0));
        for (let i = 0; i < shapes.length; i++) {
          expect(inside(shapes[i], d.width, d.height)).toBe(true);
          for (let j = i + 1; j < shapes.length; j++) expect(overlap(shapes[i], shapes[j])).toBe(false);
        }
        expect(selfContained(d.svg)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the diagram of a fit by the SEM engine', () => {
  it('factors with their std.all loadings, observed outcomes as boxes, paths and factor correlations', () => {
    const model = buildModel(parseModel('A =~ a1 + a2 + a3\nB =~ b1 + b2 + b3\ny ~ A + B'));
    const row = (lhs: string, op: '=~' | '~' | '~~', rhs: string, stdAll: number) => ({ lhs, op, rhs, user: true, free: true, est: 0, se: null, z: null, p: null, stdLv: 0, stdAll });
    const estimates = [
      ...['a1', 'a2', 'a3'].map((i, k) => row('A', '=~', i, 0.7 + k / 10)),
      ...['b1', 'b2', 'b3'].map((i) => row('B', '=~', i, 0.6)),
      row('y', '~', 'A', 0.41),
      row('y', '~', 'B', 0.2),
      row('A', '~~', 'B', 0.35),
      row('a1', '~~', 'a1', 0.51),
    ];
    const d = diagramFromFit(model, estimates);
    expect(d.factors.map((f) => [f.name, f.items.length, f.observed ?? false])).toEqual([['A', 3, false], ['B', 3, false], ['y', 0, true]]);
    expect(d.paths).toEqual([{ from: 'A', to: 'y', beta: 0.41 }, { from: 'B', to: 'y', beta: 0.2 }]);
    expect(d.correlations).toEqual([{ a: 'A', b: 'B', value: 0.35 }]);
    expect(pathDiagram(d, 'en').arrows.filter((a) => a.kind === 'loading').map((a) => a.label)).toEqual(['.70', '.80', '.90', '.60', '.60', '.60']);
  });
});
