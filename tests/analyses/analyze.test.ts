/**
 * `csat analyze` on the two bundled surveys, every number against R (fixtures/oracle/analyze.R ->
 * fixtures/expected/analyze.json): sample, descriptives, reliability of the instrument and each
 * scale, KMO/Bartlett, PCA + SPSS varimax (loadings up to column sign), component names and
 * alphas, correlations of the scale scores and the regression of overall on them. The surveys go
 * through the same path a user's do: the built CLI with --study and -f json.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csat } from '../helpers/cli.js';

/** Parsed JSON (R's expected values and csat's results), walked by key. */
type J = any;

const root = resolve(__dirname, '../..');
const expected: Record<'bank' | 'telephone', J> = JSON.parse(readFileSync(resolve(root, 'fixtures/expected/analyze.json'), 'utf8'));

const BANK = ['analyze', 'fixtures/bank-survey.csv', '--study', 'fixtures/bank-survey.yml'];
const PHONE = ['analyze', 'fixtures/telephone-survey.csv', '--study', 'fixtures/telephone-survey.yml'];

function runJson(args: string[]): J {
  const r = csat([...args, '-f', 'json']);
  if (r.code !== 0) throw new Error(`csat ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout).results;
}

const REL = 1e-9;
const ABS = 1e-12;
/** Counts compared exactly (listwise n, frequencies, df, iterations). */
const EXACT = new Set(['n', 'nExcluded', 'count', 'missing', 'rows', 'valid', 'excluded', 'distributed', 'df', 'factors', 'component', 'rotationIterations', 'validListwise', 'value', 'nItems']);
/** p-values are compared purely relatively: an absolute floor would pass any tiny p. */
const PURELY_RELATIVE = new Set(['p']);

let compared = 0;
/** Largest relative error per step (printed with CSAT_REPORT_ERRORS=1). */
const maxRel = new Map<string, number>();

/** Smallest normal double: below it (subnormal) a float carries too few digits to compare. */
const DBL_MIN = 2.2250738585072014e-308;

function close(a: unknown, e: number, what: string, abs = ABS): void {
  expect(typeof a, what).toBe('number');
  const x = a as number;
  if (e !== 0 && Math.abs(e) < DBL_MIN) {
    // R's pt() reaches 5.3e-314 (t = 109, df = 427) where csat's betainc underflows to 0.
    expect(Math.abs(x), what).toBeLessThan(DBL_MIN);
    compared++;
    return;
  }
  const err = Math.abs(x - e);
  if (!(err <= Math.max(abs, REL * Math.abs(e)))) expect.fail(`${what}: expected ${e}, got ${x} (rel. diff ${err / Math.abs(e)})`);
  compared++;
  const step = what.split(/[.[ ]/)[0];
  if (e !== 0 && Math.abs(e) > abs) maxRel.set(step, Math.max(maxRel.get(step) ?? 0, err / Math.abs(e)));
}

/** Every key of R's object against csat's: numbers to 1e-9 relative, counts exactly, the rest equal. */
function match(actual: J, exp: J, path: string, key = ''): void {
  if (exp === null) {
    expect(actual, path).toBeNull();
  } else if (typeof exp === 'number') {
    if (EXACT.has(key)) {
      expect(actual, path).toBe(exp);
      compared++;
    } else close(actual, exp, path, PURELY_RELATIVE.has(key) ? 0 : ABS);
  } else if (Array.isArray(exp)) {
    expect(Array.isArray(actual), `${path} is an array`).toBe(true);
    expect(actual.length, `${path} length`).toBe(exp.length);
    exp.forEach((x: J, i: number) => match(actual[i], x, `${path}[${i}]`, key));
  } else if (typeof exp === 'object') {
    expect(actual, path).toBeTypeOf('object');
    expect(actual, path).not.toBeNull();
    for (const k of Object.keys(exp)) match(actual[k], exp[k], `${path}.${k}`, k);
  } else {
    expect(actual, path).toBe(exp);
  }
}

/** Column signs that align csat's matrix (rows) with R's (rows): each column's dot product sign. */
function columnSigns(a: number[][], e: number[][]): number[] {
  return e[0].map((_, j) => (a.reduce((s, row, i) => s + row[j] * e[i][j], 0) < 0 ? -1 : 1));
}

/** A loadings-like matrix equal to R's up to a sign per column; returns the signs used. */
function matchUpToSign(a: number[][], e: number[][], what: string): number[] {
  expect(a.length, `${what} rows`).toBe(e.length);
  const s = columnSigns(a, e);
  e.forEach((row, i) => {
    expect(a[i].length, `${what} columns`).toBe(row.length);
    row.forEach((x, j) => close(s[j] * a[i][j], x, `${what}[${i}][${j}]`));
  });
  return s;
}

const surveys = [
  ['bank', BANK],
  ['telephone', PHONE],
] as const;

describe.each(surveys)('csat analyze %s survey against R', (name, args) => {
  const got = runJson(args as unknown as string[]);
  const exp = expected[name];

  it('sample: rows, valid questionnaires, rates, missing per item', () => {
    match(got.sample, exp.sample, 'sample');
  });

  it('descriptives: moments, SPSS standard errors, top-2 box, frequencies (items, demographics, outcome)', () => {
    match(got.descriptives, exp.descriptives, 'descriptives');
    for (const v of got.descriptives.variables.filter((x: J) => x.kind === 'string')) {
      expect([v.mean, v.sd, v.skewness, v.top2Box], v.name).toEqual([null, null, null, null]);
    }
  });

  it('reliability of all items and of each study scale', () => {
    expect(got.reliability.scales.map((s: J) => s.name)).toEqual(exp.reliability.map((s: J) => s.name));
    match(got.reliability.scales, exp.reliability, 'reliability.scales');
  });

  it('KMO, MSA, Bartlett, determinant', () => {
    match(got.kmo, exp.kmo, 'kmo');
    match(got.factor.kmo, exp.kmo.kmo, 'factor.kmo');
    match(got.factor.bartlett, exp.kmo.bartlett, 'factor.bartlett');
    match(got.factor.determinant, exp.kmo.determinant, 'factor.determinant');
  });

  it('principal components with SPSS varimax: eigenvalues, loadings (up to column sign), variance explained, scores', () => {
    const f = got.factor;
    const e = exp.factor;
    match(f.n, e.n, 'factor.n', 'n');
    match(f.factors, e.factors, 'factor.factors', 'factors');
    match(f.eigenvalues, e.eigenvalues, 'factor.eigenvalues');
    match(f.varianceExplained, e.varianceExplained, 'factor.varianceExplained');
    match(f.communalities.map((c: J) => c.extraction), e.communalities, 'factor.communalities');
    expect(f.communalities.map((c: J) => c.initial)).toEqual(e.communalities.map(() => 1));
    const d1 = matchUpToSign(f.componentMatrix.map((r: J) => r.loadings), e.componentMatrix, 'componentMatrix');
    const d2 = matchUpToSign(f.rotatedComponentMatrix.map((r: J) => r.loadings), e.rotatedComponentMatrix, 'rotatedComponentMatrix');
    // L_rot = L T: with csat's L = L_R D1 and L_rot = L_rot,R D2, T_R = D1 T D2.
    e.transformationMatrix.forEach((row: number[], i: number) =>
      row.forEach((x, j) => close(d1[i] * f.transformationMatrix[i][j] * d2[j], x, `transformationMatrix[${i}][${j}]`)),
    );
    f.scoreCoefficients.forEach((r: J, i: number) =>
      r.coefficients.forEach((x: number, j: number) => close(d2[j] * x, e.scoreCoefficients[i][j], `scoreCoefficients[${i}][${j}]`)),
    );
    expect(f.rotationIterations).toBe(e.rotationIterations);
    expect(f.rotationConverged).toBe(e.rotationConverged);
    expect(f.rotatedComponentMatrix.map((r: J) => r.item)).toEqual(exp.kmo.msa.map((m: J) => m.item));
  });

  it('items assigned to components, components named after the study scales, component alphas', () => {
    const f = got.factor;
    const d2 = columnSigns(f.rotatedComponentMatrix.map((r: J) => r.loadings), exp.factor.rotatedComponentMatrix);
    exp.factor.assignment.forEach((a: J, i: number) => {
      expect(f.assignment[i].item).toBe(a.item);
      expect(f.assignment[i].component).toBe(a.component);
      close(d2[a.component - 1] * f.assignment[i].loading, a.loading, `assignment ${a.item}`);
    });
    match(f.components, exp.factor.components, 'factor.components');
  });

  it('correlations of the scale scores and the outcome: r, p, n (listwise)', () => {
    const c = got.correlations;
    const e = exp.correlations;
    expect(c.method).toBe('pearson');
    expect(c.variables).toEqual(e.variables);
    match(c.r, e.r, 'correlations.r');
    match(c.p, e.p, 'correlations.p', 'p');
    for (const row of c.n) for (const x of row) expect(x).toBe(e.n);
  });

  it('regression of the outcome on the scale scores: B, Beta, SE, t, p, CI, VIF, R2, F, Durbin-Watson', () => {
    const { drivers, ...reg } = exp.regression;
    void drivers;
    match(got.regression, reg, 'regression');
    expect(got.regression.cases.used).toBe(exp.regression.n);
    expect(got.regression.cases.excluded).toBe(exp.sample.rows - exp.regression.n);
  });

  it("summary: drivers ranked by |Beta| in R's order, with R's Betas and p-values", () => {
    const drivers = got.summary.drivers;
    expect(drivers.map((d: J) => d.predictor)).toEqual(exp.regression.drivers);
    expect(drivers.map((d: J) => d.rank)).toEqual(drivers.map((_: J, i: number) => i + 1));
    for (const d of drivers) {
      const c = exp.regression.coefficients.find((x: J) => x.term === d.predictor);
      close(d.beta, c.beta, `driver ${d.predictor} beta`);
      close(d.p, c.p, `driver ${d.predictor} p`, 0);
    }
    match(got.summary.kmo, exp.kmo.kmo, 'summary.kmo');
    expect(got.summary.components).toBe(exp.factor.factors);
  });

  it('--on factors: the outcome regressed on the regression-method component scores, drivers in R order', () => {
    const f = runJson([...(args as unknown as string[]), '--on', 'factors']);
    const { drivers, ...reg } = exp.regressionOnFactors;
    match(f.regression, reg, 'regression(on factors)');
    expect(f.summary.drivers.map((d: J) => d.predictor)).toEqual(drivers);
    // The scale-score correlations do not depend on what the outcome is regressed on.
    match(f.correlations.r, exp.correlations.r, 'correlations(on factors).r');
  });
});

describe('csat analyze thresholds (--fail-under, study thresholds)', () => {
  const bankAlphas: J[] = expected.bank.reliability.slice(1);

  it('the bank study passes its own thresholds (alpha .7, kmo .6): no failures, exit 0', () => {
    const r = csat([...BANK, '-f', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results.summary.thresholdFailures).toEqual([]);
    // The study has thresholds, so the envelope says that none was missed.
    expect(JSON.parse(r.stdout).failures).toEqual([]);
    expect(Math.min(...bankAlphas.map((s) => s.alpha))).toBeGreaterThanOrEqual(0.7);
    expect(expected.bank.kmo.kmo).toBeGreaterThanOrEqual(0.6);
  });

  it('alpha=0.9 fails every bank scale below .9 (by R): exit 4, all results printed, stderr lists the scales', () => {
    const r = csat([...BANK, '-f', 'json', '--fail-under', 'alpha=0.9']);
    expect(r.code).toBe(4);
    const failures = JSON.parse(r.stdout).results.summary.thresholdFailures;
    const short = bankAlphas.filter((s) => s.alpha < 0.9);
    expect(short.length).toBeGreaterThan(0);
    expect(failures.map((f: J) => f.name)).toEqual(short.map((s) => s.name));
    failures.forEach((f: J, i: number) => {
      expect(f.what).toBe('alpha');
      expect(f.threshold).toBe(0.9);
      close(f.value, short[i].alpha, `failure ${f.name}`);
    });
    for (const s of short) expect(r.stderr).toContain(s.name);
    // The envelope carries each miss with the line standard error shows.
    const envelope = JSON.parse(r.stdout).failures;
    expect(envelope.map((f: J) => [f.what, f.name, f.value, f.threshold])).toEqual(failures.map((f: J) => [f.what, f.name, f.value, f.threshold]));
    expect(r.stderr).toBe(envelope.map((f: J) => `csat: ${f.message}\n`).join(''));
    expect(envelope[0].message).toMatch(/0\.9|\.900/);
  });

  it('kmo above the data fails on the KMO alone: exit 4', () => {
    const r = csat([...BANK, '-f', 'json', '--fail-under', 'kmo=0.8']);
    expect(expected.bank.kmo.kmo).toBeLessThan(0.8);
    expect(r.code).toBe(4);
    const failures = JSON.parse(r.stdout).results.summary.thresholdFailures;
    expect(failures.map((f: J) => f.what)).toEqual(['kmo']);
    close(failures[0].value, expected.bank.kmo.kmo, 'kmo failure');
    expect(r.stderr).toContain('KMO');
  });

  it('a threshold just below the weakest bank scale passes, just above fails on that scale only', () => {
    const weakest = bankAlphas.reduce((a, b) => (b.alpha < a.alpha ? b : a));
    const below = csat([...BANK, '-f', 'json', '--fail-under', `alpha=${(weakest.alpha - 1e-6).toFixed(7)}`]);
    expect(below.code).toBe(0);
    const above = csat([...BANK, '-f', 'json', '--fail-under', `alpha=${(weakest.alpha + 1e-6).toFixed(7)}`]);
    expect(above.code).toBe(4);
    expect(JSON.parse(above.stdout).results.summary.thresholdFailures.map((f: J) => f.name)).toEqual([weakest.name]);
  });
});

afterAll(() => {
  if (process.env.CSAT_REPORT_ERRORS) {
    console.log(`analyze vs R: ${compared} numbers; max relative error per step:`);
    for (const [step, e] of maxRel) console.log(`  ${step}: ${e.toExponential(2)}`);
  }
});
