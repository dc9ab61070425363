/**
 * Pareto value tiers: the top 20% of customers by
 * value, the next 30%, and the bottom 50% (the 20/30/50 split of customer-value studies).
 *
 * Rows are ranked by value, highest first. A row (with its ties: equal values always share a tier)
 * goes to the first tier whose upper share bound exceeds the frequency-weighted share of rows ranked
 * strictly above it:  share_before < 0.2 -> top,  < 0.5 -> middle,  else bottom.
 * With 10 distinct values this gives 2 / 3 / 5 rows.
 */

/** Cumulative upper bounds of the tiers, highest value first. */
export const PARETO_BOUNDS = [0.2, 0.5, 1] as const;

/** Tier of each row: 0 = top 20%, 1 = next 30%, 2 = bottom 50%. Values must be finite. */
export function paretoTiers(values: Float64Array, freq: Float64Array | null = null): Uint8Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
  let total = 0;
  for (let i = 0; i < n; i++) total += freq ? freq[i] : 1;
  const tier = new Uint8Array(n);
  let before = 0;
  let k = 0;
  while (k < n) {
    let end = k;
    while (end + 1 < n && values[order[end + 1]] === values[order[k]]) end++;
    const share = before / total;
    const t = share < PARETO_BOUNDS[0] ? 0 : share < PARETO_BOUNDS[1] ? 1 : 2;
    for (let m = k; m <= end; m++) {
      tier[order[m]] = t;
      before += freq ? freq[order[m]] : 1;
    }
    k = end + 1;
  }
  return tier;
}
