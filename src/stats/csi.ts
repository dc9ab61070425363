/**
 * The customer satisfaction index (CSI) on a 0-100 scale, its satisfaction (top-two-box) rates,
 * and its customer-value-weighted version.
 *
 * For respondent i and item j with answer x_ij on the declared scale [min, max]:
 *   score  s_ij = (x_ij - min) / (max - min) x 100           (0-100)
 *   top    b_ij = 1 if x_ij >= max - 1 else 0                 (top two boxes, e.g. 4 or 5 of 5)
 * With frequency weights f_i (1 when unweighted) and F = sum f_i:
 *   item index       I_j = sum f_i s_ij / F   (= (mean_j - min) / (max - min) x 100)
 *   dimension index  I_d = sum_{j in d} u_j I_j               (u_j: item weights within d, sum 1)
 *   overall CSI      I   = sum_d W_d I_d = sum_j g_j I_j      (W_d: dimension weights, g_j = W_d u_j)
 * Because every formula is linear, I = sum f_i c_i / F with the respondent index c_i = sum_j g_j s_ij:
 * the index is the mean of the respondents' indices, which is what the tests of change compare.
 * Satisfaction rates use b_ij in place of s_ij (proportions between 0 and 1).
 *
 * Customer-value weighting (value-weighted satisfaction measurement), in the paper's order: with
 * respondent value K_i (revenue, profit) and base K0, each raw answer is rescaled first,
 * D'_ij = (K_i / K0) x_ij, and the index model is then applied to the rescaled answers:
 *   value-weighted item index  I'_j = (sum f_i (K_i / K0) x_ij / F - min) / (max - min) x 100
 *                                   = sum f_i (K_i / K0) s_ij / F + o (sum f_i K_i / (F K0) - 1),
 * with the offset o = 100 min / (max - min). K0 = 'mean' (the f-weighted mean of K: the second term
 * vanishes and I'_j = sum f K s / sum f K, a value-weighted mean that stays within 0-100), 'min' (the
 * smallest K) or a given number (both can exceed 100; then the offset matters: rescaling the 0-100
 * score instead of the answer would understate the index by o (sum f K / (F K0) - 1)).
 * Value-weighted satisfaction rates are shares of value: sum f K b / sum f K.
 * All K_i equal gives back the unweighted index (with any base, K_i / K0 = 1 for 'mean' and 'min').
 */

/** Answers scored once: row-major n x p arrays, so a resample walks whole rows. */
export interface ScoredItems {
  n: number;
  p: number;
  /** s_ij, row-major n x p. */
  score: Float64Array;
  /** b_ij (0 or 1), row-major n x p. */
  top: Float64Array;
  /** o = 100 min / (max - min): an answer x scores 100 x / (max - min) - o (value weighting rescales answers, not scores). */
  offset: number;
}

/** Weights of the index: dimensions of items, each weighted within, and the dimensions weighted overall. */
export interface CsiWeights {
  dimensions: { items: number[]; itemWeights: number[] }[];
  dimensionWeights: number[];
}

export type ValueBase = 'mean' | 'min' | number;

export interface CsiPart {
  index: number;
  satisfactionRate: number;
}

export interface CsiEstimate {
  /** Sum of frequency weights of the rows used. */
  n: number;
  items: CsiPart[];
  dimensions: CsiPart[];
  overall: CsiPart;
  /** Present when values were given. */
  valueWeighted: { items: CsiPart[]; dimensions: CsiPart[]; overall: CsiPart; k0: number } | null;
}

/** Score complete columns (no NaN) on the declared scale range. */
export function scoreItems(columns: Float64Array[], min: number, max: number): ScoredItems {
  if (!(max > min)) throw new RangeError(`the scale range ${min}-${max} is empty`);
  const p = columns.length;
  const n = p > 0 ? columns[0].length : 0;
  const score = new Float64Array(n * p);
  const top = new Float64Array(n * p);
  const span = max - min;
  const cut = max - 1;
  for (let j = 0; j < p; j++) {
    const col = columns[j];
    for (let i = 0; i < n; i++) {
      const x = col[i];
      score[i * p + j] = ((x - min) / span) * 100;
      top[i * p + j] = x >= cut ? 1 : 0;
    }
  }
  return { n, p, score, top, offset: (100 * min) / span };
}

/** g_j = W_d u_j: each item's weight in the overall index. */
export function globalItemWeights(weights: CsiWeights, p: number): Float64Array {
  const g = new Float64Array(p);
  weights.dimensions.forEach((d, k) => {
    d.items.forEach((j, m) => {
      g[j] += weights.dimensionWeights[k] * d.itemWeights[m];
    });
  });
  return g;
}

/**
 * The base K0 of the values, each row counted `times[i]` times (a bootstrap resample's
 * multiplicities; every row once when `times` is null).
 */
export function valueBase(
  values: Float64Array,
  base: ValueBase,
  freq: Float64Array | null,
  times: Uint32Array | null = null,
): number {
  if (typeof base === 'number') return base;
  const n = values.length;
  if (base === 'min') {
    let m = Infinity;
    for (let i = 0; i < n; i++) if (!times || times[i] > 0) m = Math.min(m, values[i]);
    return m;
  }
  let s = 0;
  let f = 0;
  for (let i = 0; i < n; i++) {
    const w = (freq ? freq[i] : 1) * (times ? times[i] : 1);
    s += w * values[i];
    f += w;
  }
  return s / f;
}

function combine(weights: CsiWeights, items: CsiPart[]): { dimensions: CsiPart[]; overall: CsiPart } {
  const dimensions = weights.dimensions.map((d) => {
    let index = 0;
    let rate = 0;
    d.items.forEach((j, m) => {
      index += d.itemWeights[m] * items[j].index;
      rate += d.itemWeights[m] * items[j].satisfactionRate;
    });
    return { index, satisfactionRate: rate };
  });
  let index = 0;
  let rate = 0;
  dimensions.forEach((d, k) => {
    index += weights.dimensionWeights[k] * d.index;
    rate += weights.dimensionWeights[k] * d.satisfactionRate;
  });
  return { dimensions, overall: { index, satisfactionRate: rate } };
}

/**
 * Every index and rate of the module comment, each row counted `times[i]` times (a bootstrap
 * resample's multiplicities: the sums stream the rows in order and skip the undrawn ones); every
 * row once when `times` is null.
 */
export function estimateCsi(
  scored: ScoredItems,
  weights: CsiWeights,
  freq: Float64Array | null,
  values: Float64Array | null,
  base: ValueBase,
  times: Uint32Array | null = null,
): CsiEstimate {
  const { n, p, score, top } = scored;
  const sumS = new Float64Array(p);
  const sumB = new Float64Array(p);
  const sumKS = new Float64Array(p);
  const sumKB = new Float64Array(p);
  let sumF = 0;
  let sumFK = 0;
  for (let i = 0; i < n; i++) {
    const t = times ? times[i] : 1;
    if (t === 0) continue;
    const f = (freq ? freq[i] : 1) * t;
    sumF += f;
    const o = i * p;
    if (values) {
      const fk = f * values[i];
      sumFK += fk;
      for (let j = 0; j < p; j++) {
        const sc = score[o + j];
        const tp = top[o + j];
        sumS[j] += f * sc;
        sumB[j] += f * tp;
        sumKS[j] += fk * sc;
        sumKB[j] += fk * tp;
      }
    } else {
      for (let j = 0; j < p; j++) {
        sumS[j] += f * score[o + j];
        sumB[j] += f * top[o + j];
      }
    }
  }
  const items: CsiPart[] = [];
  for (let j = 0; j < p; j++) items.push({ index: sumS[j] / sumF, satisfactionRate: sumB[j] / sumF });
  const plain = combine(weights, items);
  let valueWeighted: CsiEstimate['valueWeighted'] = null;
  if (values) {
    const k0 = valueBase(values, base, freq, times);
    const vItems: CsiPart[] = [];
    for (let j = 0; j < p; j++) {
      vItems.push({ index: sumKS[j] / sumF / k0 + scored.offset * (sumFK / (sumF * k0) - 1), satisfactionRate: sumKB[j] / sumFK });
    }
    valueWeighted = { items: vItems, ...combine(weights, vItems), k0 };
  }
  return { n: sumF, items, ...plain, valueWeighted };
}

/** Each respondent's overall index c_i = sum_j g_j s_ij and top-two-box share sum_j g_j b_ij. */
export function respondentIndices(
  scored: ScoredItems,
  weights: CsiWeights,
): { index: Float64Array; satisfactionRate: Float64Array } {
  const { n, p, score, top } = scored;
  const g = globalItemWeights(weights, p);
  const index = new Float64Array(n);
  const rate = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let c = 0;
    let b = 0;
    for (let j = 0; j < p; j++) {
      c += g[j] * score[i * p + j];
      b += g[j] * top[i * p + j];
    }
    index[i] = c;
    rate[i] = b;
  }
  return { index, satisfactionRate: rate };
}

/**
 * Each respondent's value-weighted index: the index of the rescaled answers (K_i / K0) x_ij,
 * c'_i = (K_i / K0)(c_i + o) - o, whose f-weighted mean is the value-weighted overall index.
 */
export function valueWeightedRespondentIndices(index: Float64Array, values: Float64Array, k0: number, offset: number): Float64Array {
  return index.map((c, i) => (values[i] / k0) * (c + offset) - offset);
}
