import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitModel, prepareRegression, type RegressionData } from '../../src/stats/regression.js';
import { candidateStatistics, removalProbabilities, selectVariables, SPSS_CRITERIA, type SelectionMethod } from '../../src/stats/stepwise.js';
import { expectClose } from '../helpers/close.js';
import { checkModel, completeRows, expected, loadRegressionFixture, take } from '../helpers/regression-fixture.js';

const { cols } = loadRegressionFixture();
const S = expected.selection;
const names: string[] = S.variables;

function dataset(weighted: boolean): RegressionData {
  const rows = completeRows(cols, ['y', ...names]);
  return prepareRegression(take(cols.y, rows), names.map((k) => take(cols[k], rows)), names, weighted ? take(cols.w, rows) : null, 'y');
}

interface RefStep {
  action: string;
  variable: string | string[];
  probability: number | null;
  model: Parameters<typeof checkModel>[1];
  excluded: Record<string, number | string>[];
}

function run(method: Exclude<SelectionMethod, 'enter'>, ref: RefStep[], weighted = false, criteria = SPSS_CRITERIA): void {
  const data = dataset(weighted);
  const all = names.map((_, j) => j);
  const start = method === 'backward' ? all : [];
  const steps = selectVariables(data, start, all, method, criteria);
  const refSteps = method === 'backward' ? ref.slice(1) : ref;
  expect(steps.map((s) => `${s.action} ${s.variable}`)).toEqual(refSteps.map((s) => `${s.action} ${s.variable}`));
  if (method === 'backward') checkModel(fitModel(data, all), ref[0].model, 'backward model 1');
  steps.forEach((s, i) => {
    const e = refSteps[i];
    const what = `${method} step ${i + 1}`;
    expectClose(s.probability, e.probability as number, 1e-9, 1e-300, `${what} probability`);
    checkModel(fitModel(data, s.set), e.model, what);
    const out = all.filter((j) => !s.set.includes(j));
    expect(out.map((j) => names[j])).toEqual(e.excluded.map((x) => x.variable));
    out.forEach((j, k) => {
      const got = candidateStatistics(data, s.set, j);
      for (const key of ['betaIn', 't', 'p', 'partialCorrelation', 'tolerance', 'vif', 'minimumTolerance'] as const) {
        expectClose(got[key], e.excluded[k][key] as number, 1e-9, 1e-12, `${what} excluded ${names[j]} ${key}`);
      }
    });
  });
}

describe('variable selection against a plain R loop of SPSS rules over lm fits (fixtures/oracle/regression.R)', () => {
  it('stepwise (PIN .05, POUT .10): every step, model and excluded-variables row', () => run('stepwise', S.stepwise));
  it('stepwise with a removal (PIN .20, POUT .25)', () => {
    expect(S.stepwiseLoose.some((s: RefStep) => s.action === 'removed')).toBe(true);
    run('stepwise', S.stepwiseLoose, false, { ...SPSS_CRITERIA, pin: 0.2, pout: 0.25 });
  });
  it('forward', () => run('forward', S.forward));
  it('backward', () => run('backward', S.backward));
  it('forward with frequency weights (replicated rows)', () => run('forward', S.forwardWeighted, true));
});

describe('selection properties (random data)', () => {
  const data = fc.record({ n: fc.integer({ min: 30, max: 80 }), k: fc.integer({ min: 2, max: 6 }), seed: fc.integer() }).map(({ n, k, seed }) => {
    let s = seed >>> 0;
    const next = () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 4294967296;
    };
    const X = Array.from({ length: k }, () => Float64Array.from({ length: n }, () => Math.round(next() * 40) / 10));
    const y = Float64Array.from({ length: n }, (_, i) => X.reduce((acc, x, j) => acc + (j % 2 ? 0.5 : 0) * x[i], 0) + 3 * next());
    return prepareRegression(y, X, X.map((_, j) => `v${j}`), null, 'y');
  });
  it('forward stops only when every excluded variable has p-to-enter > PIN; backward keeps only p-to-remove < POUT', () => {
    fc.assert(
      fc.property(data, (d) => {
        const all = d.names.map((_, j) => j);
        const fwd = selectVariables(d, [], all, 'forward');
        const set = fwd.length ? fwd[fwd.length - 1].set : [];
        for (const s of fwd) expect(s.probability).toBeLessThanOrEqual(SPSS_CRITERIA.pin);
        for (const j of all.filter((j) => !set.includes(j))) {
          const c = candidateStatistics(d, set, j);
          expect(c.p === null || c.p > SPSS_CRITERIA.pin || c.tolerance < SPSS_CRITERIA.tolerance || (c.minimumTolerance ?? 1) < SPSS_CRITERIA.tolerance).toBe(true);
        }
        const back = selectVariables(d, all, all, 'backward');
        const kept = back.length ? back[back.length - 1].set : all;
        if (kept.length) for (const p of removalProbabilities(d, kept)) expect(p).toBeLessThan(SPSS_CRITERIA.pout);
        for (const s of back) expect(s.probability).toBeGreaterThanOrEqual(SPSS_CRITERIA.pout);
      }),
      { numRuns: 40 },
    );
  });
});
