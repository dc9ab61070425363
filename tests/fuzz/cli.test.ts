/**
 * Seeded fuzzing of the CLI over the fixtures: byte flips, truncation, delimiter swaps, hostile
 * cells (formulas, escape sequences, BEL, NUL, huge cells), invalid UTF-8, dropped and doubled
 * lines, across commands and formats. A few hundred cases by default; CSAT_FUZZ_RUNS=N for more,
 * CSAT_FUZZ_SEED=S for another stream. A failure prints the seed and the case to rerun.
 */
import { describe, expect, it } from 'vitest';
import { describeCase, fuzzCases, runCases } from './harness.js';

const SEED = Number(process.env.CSAT_FUZZ_SEED ?? 20261203);
const RUNS = Number(process.env.CSAT_FUZZ_RUNS ?? 200);
const BATCH = 100;

describe('fuzz: every run keeps the invariants whatever its input', () => {
  it(`${RUNS} cases from seed ${SEED}: exit 0-4, no stack trace, few clean stderr lines, clean JSON/CSV/text, no hang, nothing left on disk`, () => {
    const cases = fuzzCases(SEED, RUNS);
    const failed: string[] = [];
    const tally = new Map<string, { runs: number; failed: number }>();
    for (let start = 0; start < cases.length; start += BATCH) {
      const batch = cases.slice(start, start + BATCH);
      const { failures } = runCases(batch, { timeoutMs: 40_000 + 400 * batch.length });
      failures.forEach((f, k) => {
        const c = batch[k];
        const t = tally.get(c.category) ?? { runs: 0, failed: 0 };
        t.runs++;
        if (f.length) {
          t.failed++;
          failed.push(`${describeCase(SEED, start + k, c)}\n    ${f.join('\n    ')}`);
        }
        tally.set(c.category, t);
      });
    }
    if (process.env.CSAT_FUZZ_RUNS) {
      for (const [k, t] of tally) process.stdout.write(`${k}: ${t.runs - t.failed}/${t.runs} passed\n`);
    }
    expect(failed.slice(0, 10)).toEqual([]);
  }, 600_000);
});
