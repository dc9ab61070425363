/**
 * Importance-performance analysis (Martilla & James 1977, "Importance-Performance Analysis",
 * Journal of Marketing 41(1)): each attribute is a point (importance, performance); cross-hairs at
 * (I0, P0), by default the means of the importances and of the performances (the data-centred
 * version), split the plane into four quadrants:
 *   I >= I0, P >= P0  keep-up        keep up the good work   (优势区)
 *   I >= I0, P <  P0  concentrate    concentrate here        (修补区)
 *   I <  I0, P <  P0  low-priority   low priority            (机会区)
 *   I <  I0, P >= P0  overkill       possible overkill       (维持区)
 * A point exactly on a cross-hair counts as high on that axis.
 *
 * Distance to the cross-hair: dI = I - I0 and dP = P - P0 in the axes' own units, and
 * d = sqrt((dI / sI)^2 + (dP / sP)^2), where sI and sP are the n - 1 standard deviations of the
 * importances and performances across the attributes (1 when that is 0), so the two axes count alike.
 */

export type Quadrant = 'keep-up' | 'concentrate' | 'low-priority' | 'overkill';

export const QUADRANTS: readonly Quadrant[] = ['keep-up', 'concentrate', 'low-priority', 'overkill'];

export interface IpaPoint {
  importance: number;
  performance: number;
  quadrant: Quadrant;
  dImportance: number;
  dPerformance: number;
  distance: number;
}

export function quadrantOf(importance: number, performance: number, i0: number, p0: number): Quadrant {
  if (importance >= i0) return performance >= p0 ? 'keep-up' : 'concentrate';
  return performance >= p0 ? 'overkill' : 'low-priority';
}

function meanOf(x: readonly number[]): number {
  return x.reduce((a, b) => a + b, 0) / x.length;
}

function sdOf(x: readonly number[]): number {
  if (x.length < 2) return 0;
  const m = meanOf(x);
  return Math.sqrt(x.reduce((a, b) => a + (b - m) * (b - m), 0) / (x.length - 1));
}

/** Classify every attribute; cross-hairs default to the means (either may be given alone). */
export function classifyIpa(
  importance: readonly number[],
  performance: readonly number[],
  crosshair: { importance?: number; performance?: number } = {},
): { crosshair: { importance: number; performance: number }; points: IpaPoint[] } {
  const i0 = crosshair.importance ?? meanOf(importance);
  const p0 = crosshair.performance ?? meanOf(performance);
  const sI = sdOf(importance) || 1;
  const sP = sdOf(performance) || 1;
  const points = importance.map((imp, k) => {
    const perf = performance[k];
    const dI = imp - i0;
    const dP = perf - p0;
    return {
      importance: imp,
      performance: perf,
      quadrant: quadrantOf(imp, perf, i0, p0),
      dImportance: dI,
      dPerformance: dP,
      distance: Math.sqrt((dI / sI) ** 2 + (dP / sP) ** 2),
    };
  });
  return { crosshair: { importance: i0, performance: p0 }, points };
}
