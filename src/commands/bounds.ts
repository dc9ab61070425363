/**
 * The range of every numeric option, in one table, and the one parser that enforces it: out of
 * range (or not a number) is a usage error (exit 2) that names the option and its range. Upper
 * bounds keep a typo (1e8 replicates, 1e6 iterations) from running without end.
 *
 * A command adopts it with one line per option:
 *
 *     const replicates = boundedOption(opts.replicates, '--replicates');
 *
 * and a new option gets a row in OPTION_BOUNDS (or passes its own Bound as the third argument,
 * e.g. `boundedOption(opts.factors, '--factors', whole(1, items.length))`).
 */
import { UsageError } from '../errors.js';
import { msg, type MessageRef } from '../i18n/index.js';

export interface Bound {
  /** Whole numbers only. */
  whole: boolean;
  min: number;
  max: number;
  /** min itself is out of range ("above min"). */
  minOpen?: boolean;
  /** max itself is out of range ("below max"). */
  maxOpen?: boolean;
}

/** Whole numbers from lo to hi, both included. */
export const whole = (min: number, max: number): Bound => ({ whole: true, min, max });
/** Numbers from lo to hi; `open` excludes either end. */
export const real = (min: number, max: number, open: { min?: boolean; max?: boolean } = {}): Bound => ({ whole: false, min, max, minOpen: open.min, maxOpen: open.max });

/** The largest seed the generators take (32 bits). */
const MAX_SEED = 4_294_967_295;

/** Every command's numeric options and their ranges (an option shared by commands has one range). */
export const OPTION_BOUNDS: Record<string, Bound> = {
  // Reading (every command).
  '--max-input-bytes': whole(1, 2 ** 31),
  '--max-cell-bytes': whole(1, 2 ** 29),
  '--max-columns': whole(1, 1_000_000),
  '--skip-rows': whole(0, 10_000),
  '--header-rows': whole(1, 100),
  // Random generators and resampling.
  '--seed': whole(0, MAX_SEED),
  '--replicates': whole(10, 100_000),
  '--bootstrap': whole(0, 100_000),
  // factor (SPSS FACTOR's CRITERIA).
  '--factors': whole(1, 1_000_000),
  '--min-eigen': real(0, 1_000_000),
  '--iterate': whole(1, 10_000),
  '--rconverge': real(0, 1),
  '--econverge': real(0, 1, { min: true }),
  '--kappa': real(1, 100),
  '--blank': real(0, 1, { max: true }),
  // regress (SPSS REGRESSION's CRITERIA=PIN, POUT).
  '--pin': real(0, 1, { min: true, max: true }),
  '--pout': real(0, 1, { min: true, max: true }),
  // analyze.
  '--distributed': whole(1, 1_000_000_000),
};

/** "a whole number from 10 to 100000", "a number above 0 and at most 1", ... */
export function describeBound(b: Bound): MessageRef {
  if (b.whole) return msg('common.bound.whole', { lo: b.min, hi: b.max });
  const key = b.minOpen ? (b.maxOpen ? 'common.bound.openOpen' : 'common.bound.openClosed') : b.maxOpen ? 'common.bound.closedOpen' : 'common.bound.closedClosed';
  return msg(key, { lo: b.min, hi: b.max });
}

/** Whether `x` lies in `b`. */
export function inBound(x: number, b: Bound): boolean {
  if (!Number.isFinite(x) || (b.whole && !Number.isInteger(x))) return false;
  return (b.minOpen ? x > b.min : x >= b.min) && (b.maxOpen ? x < b.max : x <= b.max);
}

/**
 * The value of numeric option `option` (undefined when not given), checked against its range in
 * OPTION_BOUNDS or `bound`; UsageError "--x must be <range>, not 'v'" otherwise.
 */
export function boundedOption(value: string | undefined, option: string, bound: Bound | undefined = OPTION_BOUNDS[option]): number | undefined {
  if (value === undefined) return undefined;
  if (bound === undefined) throw new RangeError(`no bound for ${option}`);
  const x = value.trim() === '' ? Number.NaN : Number(value);
  if (!inBound(x, bound)) throw new UsageError(msg('common.bound.mustBe', { option, what: describeBound(bound), value }));
  return x;
}
