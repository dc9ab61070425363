/**
 * `csat index --tiers`: the index per customer-value tier: Pareto tiers (top 20% / next 30% /
 * bottom 50% of a numeric value column) or the named tiers of a text column, with each tier's share
 * of the total value.
 */
import type { Variable } from '../data/dataset.js';
import { t } from '../i18n/index.js';
import { paretoTiers } from '../stats/tiers.js';
import { finite, measure, pick, subsetScored, value } from './index-measure.js';
import type { CsiResult, IndexContext, TierItem } from './index-types.js';

/**
 * The tiers of the kept rows: `tierColumn` holds the pooled rows' tier values, `tv` is the tier
 * column of the first input (its kind and labels); tier k is resampled with seed + seedAfter + k.
 */
export function valueTiers(ctx: IndexContext, tierColumn: Float64Array, tv: Variable, seedAfter: number): NonNullable<CsiResult['tiers']> {
  const { opts, scored, weights, freq, valueCol, base, kept, structure, warnings, W } = ctx;
  const tiersOfRows = kept.map((orig) => tierColumn[orig]);
  const named = tv.kind !== 'numeric';
  let tierLabel: (string | null)[];
  let order: string[];
  if (named) {
    tierLabel = tiersOfRows.map((x) => (Number.isNaN(x) ? null : (tv.labels.get(x) ?? String(x))));
    const codes = [...new Set(tiersOfRows.filter((x) => !Number.isNaN(x)))].sort((a, b) => a - b);
    order = codes.map((c) => tv.labels.get(c) ?? String(c));
  } else {
    const present = tiersOfRows.map((x, r) => ({ x, r })).filter((o) => !Number.isNaN(o.x));
    const vals = Float64Array.from(present, (o) => o.x);
    const fr = freq ? Float64Array.from(present, (o) => (freq as Float64Array)[o.r]) : null;
    const tier = paretoTiers(vals, fr);
    order = ['top20', 'next30', 'bottom50'];
    tierLabel = new Array<string | null>(kept.length).fill(null);
    present.forEach((o, k) => (tierLabel[o.r] = order[tier[k]]));
  }
  // The share of value: of the value column, else of the tier column when it holds amounts.
  const shareOf: ArrayLike<number> | null = valueCol ?? (named ? null : tiersOfRows);
  let totalValue = 0;
  let negative = false;
  if (shareOf) {
    for (let r = 0; r < shareOf.length; r++) {
      const x = shareOf[r];
      if (Number.isNaN(x)) continue;
      if (x < 0) negative = true;
      totalValue += x * (freq ? freq[r] : 1);
    }
  }
  const shares = shareOf !== null && !negative && totalValue > 0 && Number.isFinite(totalValue);
  const items: TierItem[] = [];
  const empty: string[] = [];
  for (const label of order) {
    const rows = tierLabel.map((l, r) => (l === label ? r : -1)).filter((r) => r >= 0);
    if (rows.length === 0) {
      empty.push(t(`csi.${label}`, opts.lang ?? 'en'));
      continue;
    }
    const sub = subsetScored(scored, rows);
    const f = pick(freq, rows);
    const v = pick(valueCol, rows);
    const tm = measure(sub, weights, f, v, base, opts, 1 + seedAfter + order.indexOf(label));
    const est = tm.est;
    const off = scored.p + structure.length;
    let tierValue = 0;
    let lo = Infinity;
    let hi = -Infinity;
    rows.forEach((r) => {
      const x = named ? (valueCol ? valueCol[r] : NaN) : tiersOfRows[r];
      if (shareOf) tierValue += shareOf[r] * (freq ? freq[r] : 1);
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    });
    items.push({
      label,
      n: est.n,
      valueShare: shares ? tierValue / totalValue : null,
      minValue: finite(lo),
      maxValue: finite(hi),
      overall: value(est.overall, tm.ci ? tm.ci[off] : null),
      valueWeighted: est.valueWeighted ? value(est.valueWeighted.overall, tm.ci ? tm.ci[2 * off + 1] : null) : null,
    });
  }
  if (!named && empty.length) warnings.push(W('emptyTiers', { column: opts.tiers as string, tiers: empty.join(', ') }));
  return { column: opts.tiers as string, method: named ? 'named' : 'pareto', items };
}
