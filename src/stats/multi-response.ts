/**
 * SPSS MULT RESPONSE's counting for a multiple dichotomy group: per option the responses (the
 * cases that chose it), their percent of all responses and of the cases; a case counts only when
 * it chose at least one option ("a case is considered missing for a multiple dichotomy set if
 * none of its component variables contains the counted value", SPSS Base User's Guide).
 * Frequency weights multiply each case; a case with a missing, zero or negative weight is no case.
 *
 *   multiResponseFrequencies([Uint8Array.of(1, 0, 0), Uint8Array.of(1, 1, 0)], null)
 *   // responses [1, 2], valid 2, missing 1: percent of cases 50 and 100, of responses 33.3 and 66.7
 */

export interface MultiResponseFrequencies {
  /** Per option: the (weighted) cases that chose it. */
  responses: number[];
  totalResponses: number;
  /** 100 responses / totalResponses; null when there are none. */
  percentOfResponses: (number | null)[];
  /** 100 responses / valid; null when no case counts. */
  percentOfCases: (number | null)[];
  totalPercentOfCases: number | null;
  /** Cases with at least one option chosen. */
  valid: number;
  /** Cases with none. */
  missing: number;
  total: number;
}

const weightOf = (w: Float64Array | null, i: number): number => (w ? (w[i] > 0 ? w[i] : 0) : 1);

const share = (part: number, whole: number): number | null => (whole > 0 ? (100 * part) / whole : null);

/** Whether row i chose any option. */
function answered(indicators: readonly Uint8Array[], i: number): boolean {
  for (const x of indicators) if (x[i] === 1) return true;
  return false;
}

/** The frequency table of one group; `indicators[k][i]` is 1 when case i chose option k. */
export function multiResponseFrequencies(indicators: readonly Uint8Array[], w: Float64Array | null): MultiResponseFrequencies {
  const rows = indicators.length ? indicators[0].length : 0;
  const responses = indicators.map(() => 0);
  let valid = 0;
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const wi = weightOf(w, i);
    if (wi === 0) continue;
    total += wi;
    if (!answered(indicators, i)) continue;
    valid += wi;
    indicators.forEach((x, k) => {
      if (x[i] === 1) responses[k] += wi;
    });
  }
  const totalResponses = responses.reduce((a, b) => a + b, 0);
  return {
    responses,
    totalResponses,
    percentOfResponses: responses.map((r) => share(r, totalResponses)),
    percentOfCases: responses.map((r) => share(r, valid)),
    totalPercentOfCases: share(totalResponses, valid),
    valid,
    missing: total - valid,
    total,
  };
}

export interface MultiResponseCrosstab {
  /** counts[k][j]: the cases of group j that chose option k. */
  counts: number[][];
  /** 100 counts[k][j] / cases[j] (MULT RESPONSE /CELLS=COLUMN, based on respondents); null for a group without cases. */
  percents: (number | null)[][];
  /** Per option, over the groups (the Total column). */
  optionTotals: number[];
  optionTotalPercents: (number | null)[];
  /** Per group: its cases that chose at least one option. */
  cases: number[];
  totalCases: number;
  /** The crosstab's cases: valid on the set and in a group; missing: all others. */
  valid: number;
  missing: number;
  total: number;
}

/**
 * The group against a grouping (MULT RESPONSE /TABLES=$set BY group): `codes[i]` is case i's
 * group (0..groups-1) or -1 (not in any); the percents are of each group's respondents.
 */
export function multiResponseCrosstab(indicators: readonly Uint8Array[], codes: Int32Array, groups: number, w: Float64Array | null): MultiResponseCrosstab {
  const rows = codes.length;
  const counts = indicators.map(() => new Array<number>(groups).fill(0));
  const cases = new Array<number>(groups).fill(0);
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const wi = weightOf(w, i);
    if (wi === 0) continue;
    total += wi;
    const j = codes[i];
    if (j < 0 || !answered(indicators, i)) continue;
    cases[j] += wi;
    indicators.forEach((x, k) => {
      if (x[i] === 1) counts[k][j] += wi;
    });
  }
  const totalCases = cases.reduce((a, b) => a + b, 0);
  const optionTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  return {
    counts,
    percents: counts.map((row) => row.map((c, j) => share(c, cases[j]))),
    optionTotals,
    optionTotalPercents: optionTotals.map((c) => share(c, totalCases)),
    cases,
    totalCases,
    valid: totalCases,
    missing: total - totalCases,
    total,
  };
}
