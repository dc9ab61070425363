import { describe, expect, it } from 'vitest';
import { runFactor } from '../../../src/analyses/factor.js';
import { runKmo } from '../../../src/analyses/kmo.js';
import { factorBlocks, sortedOrder } from '../../../src/report/tables/factor.js';
import { kmoBlocks, scientific } from '../../../src/report/tables/kmo.js';
import type { Block, Cell, CellValue } from '../../../src/report/table.js';
import { factorSurvey } from '../../helpers/factor-fixture.js';

type TableBlock = Extract<Block, { kind: 'table' }>;
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');
const byId = (blocks: Block[], id: string) => tables(blocks).find((b) => b.id === id)!;
const value = (c: CellValue | Cell) => (typeof c === 'object' && c !== null ? c.value : c);

describe('factor tables', () => {
  const ds = factorSurvey();
  const r = runFactor(ds);

  it('SPSS table set and footnotes for PCA + varimax', () => {
    const blocks = factorBlocks(r, 'en');
    expect(tables(blocks).map((b) => b.id)).toEqual([
      'kmo-bartlett', 'communalities', 'total-variance-explained', 'component-matrix', 'rotated-component-matrix',
      'component-transformation-matrix', 'component-score-coefficient-matrix',
    ]);
    const rot = byId(blocks, 'rotated-component-matrix');
    expect(rot.footnotes).toEqual([
      'Extraction Method: Principal Component Analysis.',
      'Rotation Method: Varimax with Kaiser Normalization.',
      `a. Rotation converged in ${r.rotationIterations} iterations.`,
    ]);
    const tve = byId(blocks, 'total-variance-explained');
    expect(tve.rows.length).toBe(12);
    expect(tve.columns.length).toBe(10);
    expect(value(tve.rows[3][4])).toBeNull();
    expect(value(tve.rows[0][7])).toBe(r.varianceExplained.rotation![0].total);
  });

  it('--sort groups items by component, largest first; --blank empties small loadings', () => {
    const order = sortedOrder(r.rotatedComponentMatrix!);
    expect(order.map((i) => r.items[i])).toEqual(['q3', 'q2', 'q1', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10', 'q11', 'q12']);
    const rot = byId(factorBlocks(r, 'en', { sort: true, blank: 0.4 }), 'rotated-component-matrix');
    expect(rot.rows[0][0]).toBe('q3');
    for (const row of rot.rows) for (const c of row.slice(1)) expect(value(c) === null || Math.abs(value(c) as number) >= 0.4).toBe(true);
    expect(rot.footnotes).toContain('Loadings with an absolute value below .40 are not shown.');
    // SPSS's FORMAT=SORT changes only the order: its notes under a sorted matrix are those of an
    // unsorted one (IBM's FACTOR FORMAT reference names no note), so csat adds none either.
    const unsorted = byId(factorBlocks(r, 'en'), 'rotated-component-matrix');
    const sorted = byId(factorBlocks(r, 'en', { sort: true }), 'rotated-component-matrix');
    expect(sorted.footnotes).toEqual(unsorted.footnotes);
    expect(byId(factorBlocks(r, 'zh', { sort: true }), 'rotated-component-matrix').footnotes).toEqual(byId(factorBlocks(r, 'zh'), 'rotated-component-matrix').footnotes);
  });

  it('PAF + promax: Factor names, pattern/structure/correlation matrices, oblique sums footnote', () => {
    const p = runFactor(ds, { extraction: 'paf', rotation: 'promax' });
    const blocks = factorBlocks(p, 'en');
    expect(tables(blocks).map((b) => b.id)).toEqual([
      'kmo-bartlett', 'communalities', 'total-variance-explained', 'component-matrix', 'pattern-matrix', 'structure-matrix',
      'component-correlation-matrix', 'component-score-coefficient-matrix',
    ]);
    expect(byId(blocks, 'component-matrix').title).toBe('Factor Matrixᵃ');
    expect(byId(blocks, 'component-matrix').footnotes).toContain(`a. 3 factors extracted. ${p.extractionIterations} iterations required.`);
    expect(byId(blocks, 'component-correlation-matrix').title).toBe('Factor Correlation Matrix');
    const tve = byId(blocks, 'total-variance-explained');
    expect(tve.columns.length).toBe(8);
    expect(tve.footnotes).toContain('a. When factors are correlated, sums of squared loadings cannot be added to obtain a total variance.');
  });

  it('PAF stopped at ITERATE: SPSS footnote with the last change; a Heywood case adds SPSS\'s caution', () => {
    const p = runFactor(ds, { extraction: 'paf', rotation: 'none', iterate: 2 });
    const note = byId(factorBlocks(p, 'en'), 'component-matrix').footnotes!.find((f) => f.startsWith('a.'))!;
    expect(note).toMatch(/^a\. Attempted to extract 3 factors\. More than 2 iterations required\. \(Convergence=\.\d{3}\)\. Extraction was terminated\.$/);
    expect(note).toContain(`(Convergence=${p.extractionChange!.toFixed(3).replace(/^0/, '')})`);
    expect(byId(factorBlocks(p, 'zh'), 'component-matrix').footnotes!.join(' ')).toContain('提取已终止');
    const h = { ...p, heywoodItems: ['q1'] };
    expect(byId(factorBlocks(h, 'en'), 'communalities').footnotes).toContain(
      'One or more communality estimates greater than 1 were encountered during iterations. The resulting solution should be interpreted with caution.',
    );
  });

  it('items assigned to components as free text, scree plot present', () => {
    const texts = factorBlocks(r, 'zh').filter((b) => b.kind === 'text').map((b) => (b as { text: string }).text);
    expect(texts.some((t) => t.startsWith('碎石图'))).toBe(true);
    expect(texts.some((t) => t.includes('成分 3: q9 (.748), q10 (.743), q11 (.701), q12 (.541)'))).toBe(true);
  });
});

describe('kmo tables', () => {
  it('KMO table rows, MSA table with the determinant footnote', () => {
    const k = runKmo(factorSurvey());
    const blocks = kmoBlocks(k, 'en');
    const kt = byId(blocks, 'kmo-bartlett');
    expect(kt.rows.map((row) => value(row[1]))).toEqual(['', 'Approx. Chi-Square', 'df', 'Sig.']);
    expect(value(kt.rows[3][2])).toBe(k.bartlett.p);
    expect(byId(blocks, 'kmo-msa').footnotes![0]).toBe(`Determinant of the correlation matrix = ${scientific(k.determinant)}`);
  });
  it('scientific as SPSS prints a determinant', () => {
    expect(scientific(0.000527103723220205)).toBe('5.271E-04');
    expect(scientific(0.0472329712252599)).toBe('4.723E-02');
    expect(scientific(0)).toBe('.000');
  });
});
