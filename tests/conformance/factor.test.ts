/**
 * KMO, Bartlett, PCA and SPSS varimax against ../shared/reference (R psych/GPArotation oracle and
 * published SPSS 26 output); skipped when that folder is absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFactor } from '../../src/analyses/factor.js';
import { runKmo } from '../../src/analyses/kmo.js';
import { itemCorrelations } from '../../src/analyses/factor-input.js';
import { expectClose } from '../helpers/close.js';
import { haveRef, refDir, referenceDataset } from '../helpers/reference-csv.js';


interface Mat {
  rows: string[];
  cols: string[];
  values: number[][];
}

interface Block {
  name: string;
  items: string[];
  n_used_listwise: number;
  correlation_matrix: Mat;
  determinant: number;
  kmo: { overall_msa: number; item_msa: Record<string, number> };
  bartlett: { chi_square: number; df: number; p_value: number };
  eigenvalues: number[];
  percent_variance: number[];
  cumulative_percent: number[];
  n_components_extracted: number;
  n_eigen_gt_1: number;
  extraction: { loadings_unrotated: Mat; communalities: Record<string, number>; ss_loadings: number[] };
  rotation_varimax: {
    note?: string;
    spss_emulation?: {
      sweeps: number;
      stopped_by_criterion: boolean;
      loadings: Mat;
      ss_loadings: Record<string, number>;
      percent_variance: Record<string, number>;
      cumulative_percent: Record<string, number>;
      communalities: Record<string, number>;
    };
  };
}

const cases: { dataset: string; block: Block }[] = [];
if (haveRef) {
  for (const f of readdirSync(path.join(refDir, 'expected')).filter((x) => x.endsWith('.json')).sort()) {
    const json = JSON.parse(readFileSync(path.join(refDir, 'expected', f), 'utf8'));
    for (const block of (json.factor_analysis ?? []) as Block[]) cases.push({ dataset: f.replace(/\.json$/, ''), block });
  }
}

describe.skipIf(!haveRef)('factor analysis vs ../shared/reference', () => {
  it('has blocks to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  for (const { dataset, block } of cases) {
    describe(`${dataset}: ${block.name}`, () => {
      const ds = () => referenceDataset(path.join(refDir, 'datasets', `${dataset}.csv`), block.items);
      const k = block.n_components_extracted;

      it('correlation matrix, n', () => {
        const c = itemCorrelations(ds());
        const p = block.items.length;
        expect(c.n).toBe(block.n_used_listwise);
        for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) expectClose(c.r[i * p + j], block.correlation_matrix.values[i][j], 1e-9, 1e-12, `r[${i},${j}]`);
      });

      it('KMO, MSA, Bartlett, determinant', () => {
        const r = runKmo(ds());
        expect(r.n).toBe(block.n_used_listwise);
        expectClose(r.kmo, block.kmo.overall_msa, 1e-9, 1e-12, 'KMO');
        for (const { item, msa } of r.msa) expectClose(msa, block.kmo.item_msa[item], 1e-9, 1e-12, `MSA ${item}`);
        expectClose(r.determinant, block.determinant, 1e-9, 1e-300, 'determinant');
        expectClose(r.bartlett.chiSquare, block.bartlett.chi_square, 1e-9, 1e-12, 'chi-square');
        expect(r.bartlett.df).toBe(block.bartlett.df);
        expectClose(r.bartlett.p, block.bartlett.p_value, 1e-9, 1e-300, 'Bartlett p');
      });

      it('eigenvalues, variance explained, unrotated loadings (up to column sign), communalities', () => {
        const r = runFactor(ds(), { rotation: 'none', factors: block.n_components_extracted === block.n_eigen_gt_1 ? undefined : k });
        expect(r.factors).toBe(k);
        r.eigenvalues.forEach((v, j) => expectClose(v, block.eigenvalues[j], 1e-9, 1e-12, `eigenvalue ${j + 1}`));
        r.varianceExplained.initial.forEach((row, j) => {
          expectClose(row.percent, block.percent_variance[j], 1e-9, 1e-12, `% ${j + 1}`);
          expectClose(row.cumulative, block.cumulative_percent[j], 1e-9, 1e-12, `cum % ${j + 1}`);
        });
        r.varianceExplained.extraction.forEach((row, j) => expectClose(row.total, block.extraction.ss_loadings[j], 1e-9, 1e-12, `SS ${j + 1}`));
        const ref = block.extraction.loadings_unrotated.values;
        for (let j = 0; j < k; j++) {
          // Column sign is arbitrary: align on the sign of the largest reference loading.
          let big = 0;
          for (let i = 0; i < ref.length; i++) if (Math.abs(ref[i][j]) > Math.abs(ref[big][j])) big = i;
          const s = Math.sign(ref[big][j]) * Math.sign(r.componentMatrix[big].loadings[j]);
          r.componentMatrix.forEach((row, i) => expectClose(s * row.loadings[j], ref[i][j], 1e-9, 1e-12, `loading ${row.item} PC${j + 1}`));
        }
        for (const c of r.communalities) {
          expect(c.initial).toBe(1);
          expectClose(c.extraction, block.extraction.communalities[c.item], 1e-9, 1e-12, `h2 ${c.item}`);
        }
      });

      if (block.rotation_varimax.spss_emulation) {
        const spss = block.rotation_varimax.spss_emulation;
        it('varimax = spss_emulation (loadings, sums of squares, sweeps)', () => {
          const r = runFactor(ds(), { factors: block.n_components_extracted === block.n_eigen_gt_1 ? undefined : k });
          expect(r.rotation).toBe('varimax');
          expect(r.rotationIterations).toBe(spss.sweeps);
          expect(r.rotationConverged).toBe(spss.stopped_by_criterion);
          r.rotatedComponentMatrix!.forEach((row, i) =>
            row.loadings.forEach((v, j) => expectClose(v, spss.loadings.values[i][j], 1e-9, 1e-12, `rotated ${row.item} RC${j + 1}`)),
          );
          const ss = Object.values(spss.ss_loadings);
          const pct = Object.values(spss.percent_variance);
          const cum = Object.values(spss.cumulative_percent);
          r.varianceExplained.rotation!.forEach((row, j) => {
            expectClose(row.total, ss[j], 1e-9, 1e-12, `rotation SS ${j + 1}`);
            expectClose(row.percent, pct[j], 1e-9, 1e-12, `rotation % ${j + 1}`);
            expectClose(row.cumulative, cum[j], 1e-9, 1e-12, `rotation cum % ${j + 1}`);
          });
          for (const c of r.communalities) expectClose(c.extraction, spss.communalities[c.item], 1e-9, 1e-12, `h2 ${c.item}`);
        });
      } else {
        it('one component: no rotation, as SPSS', () => {
          const r = runFactor(ds());
          expect(r.factors).toBe(1);
          expect(r.rotatedComponentMatrix).toBeNull();
          expect(r.warnings.join(' ')).toMatch(/cannot be rotated/);
        });
      }
    });
  }

  it('saq: every number SPSS 26 printed, rounded as SPSS rounds', () => {
    const saq = cases.find((c) => c.dataset === 'saq')!;
    const json = JSON.parse(readFileSync(path.join(refDir, 'expected', 'saq.json'), 'utf8'));
    const r = runFactor(referenceDataset(path.join(refDir, 'datasets', 'saq.csv'), saq.block.items));
    const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
    const printed = (json.published_comparison as { quantity: string; published: number; decimals: number }[]).filter((q) =>
      /^(KMO overall$|Bartlett chi-square$|Bartlett df|eigenvalue \d+$|% variance component \d+$|cumulative % at 4|varimax rotation .*\(SPSS emulation\))/.test(q.quantity),
    );
    expect(printed.length).toBeGreaterThanOrEqual(60);
    for (const q of printed) {
      let mine: number;
      const num = Number((q.quantity.match(/(\d+)(?!.*\d)/) ?? ['0'])[0]);
      if (q.quantity === 'KMO overall') mine = r.kmo;
      else if (q.quantity === 'Bartlett chi-square') mine = r.bartlett.chiSquare;
      else if (q.quantity === 'Bartlett df') mine = r.bartlett.df;
      else if (q.quantity.startsWith('eigenvalue')) mine = r.eigenvalues[num - 1];
      else if (q.quantity.startsWith('% variance')) mine = r.varianceExplained.initial[num - 1].percent!;
      else if (q.quantity.startsWith('cumulative % at')) mine = r.varianceExplained.extraction[3].cumulative!;
      else {
        const comp = Number(q.quantity.match(/component (\d+)/)![1]);
        const row = r.varianceExplained.rotation![comp - 1];
        mine = q.quantity.includes('SS loadings') ? row.total : q.quantity.includes('cumulative') ? row.cumulative! : row.percent!;
      }
      expect(round(mine, q.decimals), q.quantity).toBe(q.published);
    }
  });
});
