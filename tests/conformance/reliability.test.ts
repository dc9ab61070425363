/**
 * csat reliability against ../shared/reference: every number of every `reliability` block (R
 * direct formulas, cross-checked with psych::alpha) to 1e-9, and the SPSS 26 RELIABILITY output
 * published for SAQ as SPSS printed it. Skipped when that folder is absent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReliability, type ScaleReliability } from '../../src/analyses/reliability.js';
import { formatNumber } from '../../src/report/format.js';
import { expectClose } from '../helpers/close.js';
import { simpleDataset } from '../helpers/simple-dataset.js';
import { refDir, haveRef } from '../helpers/reference-csv.js';


interface RefBlock {
  name: string;
  items: string[];
  reversed_items: Record<string, { min: number; max: number }>;
  n_total_rows: number;
  n_used_listwise: number;
  n_excluded: number;
  n_items: number;
  cronbach_alpha: number;
  cronbach_alpha_standardized: number;
  mean_inter_item_correlation: number;
  item_statistics: { item: string; mean: number; sd: number; n: number }[];
  summary_item_means: {
    mean: number;
    minimum: number;
    maximum: number;
    range: number;
    max_over_min: number;
    variance: number;
    n_items: number;
  };
  item_total_statistics: {
    item: string;
    scale_mean_if_item_deleted: number;
    scale_variance_if_item_deleted: number;
    corrected_item_total_correlation: number;
    squared_multiple_correlation: number;
    alpha_if_item_deleted: number | null;
  }[];
  scale_statistics: { mean: number; variance: number; sd: number; n_items: number };
  crosscheck_psych_alpha: {
    raw_alpha: number;
    std_alpha: number;
    r_drop: Record<string, number>;
    alpha_drop: Record<string, number> | null;
  };
}

interface Published {
  quantity: string;
  published: number;
  decimals: number;
  match: boolean;
}

const DATASETS = ['saq', 'bfi', 'hbat', 'holzinger_swineford', 'album_sales'];

function load(dataset: string): { blocks: RefBlock[]; published: Published[] } {
  const json = JSON.parse(readFileSync(path.join(refDir, 'expected', `${dataset}.json`), 'utf8'));
  return { blocks: json.reliability, published: json.published_comparison ?? [] };
}

function run(dataset: string, b: RefBlock): ScaleReliability {
  const reverse = Object.fromEntries(
    Object.entries(b.reversed_items ?? {}).map(([it, r]) => [it, [r.min, r.max] as [number, number]]),
  );
  const ds = simpleDataset(path.join(refDir, 'datasets', `${dataset}.csv`), b.items, { reverse });
  const res = runReliability(ds, [{ name: b.name, items: b.items }], { missingMode: 'listwise', ciLevel: 0.95 });
  return res.scales[0];
}

const close = (a: number | null, b: number, what: string) => expectClose(a, b, 1e-9, 1e-12, what);

describe.skipIf(!haveRef)('reliability conformance with ../shared/reference', () => {
  for (const dataset of DATASETS) {
    const { blocks } = haveRef ? load(dataset) : { blocks: [] as RefBlock[] };
    for (const b of blocks) {
      it(`${dataset}: ${b.name}`, () => {
        const s = run(dataset, b);
        expect(s.items).toEqual(b.items);
        expect(s.reversed).toEqual(Object.keys(b.reversed_items ?? {}));
        expect(s.n).toBe(b.n_used_listwise);
        expect(s.nExcluded).toBe(b.n_excluded);
        expect(s.n + s.nExcluded).toBe(b.n_total_rows);
        close(s.alpha, b.cronbach_alpha, 'alpha');
        close(s.alpha, b.crosscheck_psych_alpha.raw_alpha, 'alpha vs psych');
        close(s.standardizedAlpha, b.cronbach_alpha_standardized, 'standardized alpha');
        close(s.standardizedAlpha, b.crosscheck_psych_alpha.std_alpha, 'standardized alpha vs psych');
        close(s.summaryItemStatistics.interItemCorrelations.mean, b.mean_inter_item_correlation, 'mean inter-item r');
        b.item_statistics.forEach((e, j) => {
          const a = s.itemStatistics[j];
          expect(a.item).toBe(e.item);
          close(a.mean, e.mean, `${e.item} mean`);
          close(a.sd, e.sd, `${e.item} sd`);
          expect(a.n).toBe(e.n);
        });
        const m = s.summaryItemStatistics.means;
        const em = b.summary_item_means;
        close(m.mean, em.mean, 'item means: mean');
        close(m.min, em.minimum, 'item means: minimum');
        close(m.max, em.maximum, 'item means: maximum');
        close(m.range, em.range, 'item means: range');
        close(m.maxOverMin, em.max_over_min, 'item means: max/min');
        close(m.variance, em.variance, 'item means: variance');
        expect(s.scale.nItems).toBe(em.n_items);
        b.item_total_statistics.forEach((e, j) => {
          const a = s.itemTotal[j];
          expect(a.item).toBe(e.item);
          close(a.scaleMeanIfDeleted, e.scale_mean_if_item_deleted, `${e.item} scale mean if deleted`);
          close(a.scaleVarianceIfDeleted, e.scale_variance_if_item_deleted, `${e.item} scale variance if deleted`);
          close(a.correctedItemTotalCorrelation, e.corrected_item_total_correlation, `${e.item} corrected r`);
          close(a.correctedItemTotalCorrelation, b.crosscheck_psych_alpha.r_drop[e.item], `${e.item} r.drop (psych)`);
          close(a.squaredMultipleCorrelation, e.squared_multiple_correlation, `${e.item} SMC`);
          if (e.alpha_if_item_deleted === null) expect(a.alphaIfDeleted).toBeNull();
          else {
            close(a.alphaIfDeleted, e.alpha_if_item_deleted, `${e.item} alpha if deleted`);
            close(a.alphaIfDeleted, b.crosscheck_psych_alpha.alpha_drop![e.item], `${e.item} alpha.drop (psych)`);
          }
        });
        close(s.scale.mean, b.scale_statistics.mean, 'scale mean');
        close(s.scale.variance, b.scale_statistics.variance, 'scale variance');
        close(s.scale.sd, b.scale_statistics.sd, 'scale sd');
        expect(s.scale.nItems).toBe(b.scale_statistics.n_items);
      });
    }
  }

  it("hbat's raw product-value scale has a negative alpha, and csat says why", () => {
    const b = load('hbat').blocks.find((x) => x.name === 'product_value_x6_x11_x13_raw')!;
    const ds = simpleDataset(path.join(refDir, 'datasets', 'hbat.csv'), b.items);
    const res = runReliability(ds, [{ name: 'PV', items: b.items }], { missingMode: 'listwise', ciLevel: 0.95 });
    expect(res.scales[0].alpha).toBeLessThan(0);
    expect(res.warnings.some((w) => w.includes('negative due to a negative average covariance'))).toBe(true);
    expect(res.warnings.some((w) => /x13 has a negative corrected item-total correlation/.test(w))).toBe(true);
  });

  it('SAQ: every RELIABILITY number SPSS 26 printed, as csat shows it', () => {
    const { blocks, published } = load('saq');
    const first = run('saq', blocks[0]);
    const computers = run('saq', blocks.find((b) => b.name === 'fear_of_computers')!);
    const item = (name: string) => {
      const j = first.items.indexOf(name);
      return { stat: first.itemStatistics[j], total: first.itemTotal[j] };
    };
    const value = (q: string): number | null => {
      if (q.startsWith('alpha items')) return first.alpha;
      if (q.startsWith('standardized alpha items')) return first.standardizedAlpha;
      if (q === 'scale mean') return first.scale.mean;
      if (q === 'scale variance') return first.scale.variance;
      if (q === 'scale SD') return first.scale.sd;
      if (q.startsWith('alpha fear of computers')) return computers.alpha;
      const sm = /^summary item means: (.+)$/.exec(q);
      if (sm) {
        const m = first.summaryItemStatistics.means;
        return { mean: m.mean, minimum: m.min, maximum: m.max, range: m.range, 'max/min': m.maxOverMin, variance: m.variance }[
          sm[1]
        ] as number;
      }
      const it = /^(item mean|item SD|scale mean if deleted|scale variance if deleted|corrected item-total r|alpha if deleted) (Question_\d+)$/.exec(q);
      if (it) {
        const { stat, total } = item(it[2]);
        return {
          'item mean': stat.mean,
          'item SD': stat.sd,
          'scale mean if deleted': total.scaleMeanIfDeleted,
          'scale variance if deleted': total.scaleVarianceIfDeleted,
          'corrected item-total r': total.correctedItemTotalCorrelation,
          'alpha if deleted': total.alphaIfDeleted,
        }[it[1]] as number;
      }
      return undefined as unknown as null;
    };
    let checked = 0;
    for (const p of published) {
      const v = value(p.quantity);
      if (v === undefined) continue;
      expect(v, p.quantity).not.toBeNull();
      // SPSS drops trailing zeros in some of the printed values (.73): compare at the published decimals.
      expect(formatNumber(v as number, p.decimals), p.quantity).toBe(formatNumber(p.published, p.decimals));
      checked++;
    }
    expect(checked).toBe(54);
  });
});
