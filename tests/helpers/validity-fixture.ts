/** fixtures/expected/validity-semtools.json (fixtures/oracle/validity.R) as typed test inputs. */
import { readFileSync } from 'node:fs';
import type { ValidityInput } from '../../src/analyses/validity.js';

export interface ValidityModel {
  syntax: string;
  factors: string[];
  items: string[];
  lambda: number[][];
  theta: number[][];
  psi: number[][];
  cr: number[];
  ave: (number | null)[];
  crClassic: number[];
  htmt: number[][];
  htmt2: number[][];
  alpha: number[];
  harman: number;
}

export interface ValidityExpected {
  n: number;
  items: string[];
  correlation: number[][];
  covariance: number[][];
  models: Record<string, ValidityModel>;
  harman: { eigenvalues: number[]; share: number; psych: number };
}

export const expected: ValidityExpected = JSON.parse(readFileSync('fixtures/expected/validity-semtools.json', 'utf8'));

/** The fixture's item correlation matrix, row-major. */
export const correlation = Float64Array.from(expected.correlation.flat());

/** The fixture's item covariance matrix (R's cov, n - 1), row-major. */
export const covariance = Float64Array.from(expected.covariance.flat());

/** Indices (into the fixture's items) of each factor's items as the model syntax lists them. */
export function groupsOf(model: ValidityModel): number[][] {
  return model.factors.map((f) =>
    model.lambda.flatMap((row, i) => (row[model.factors.indexOf(f)] !== 0 ? [expected.items.indexOf(model.items[i])] : [])),
  );
}

/** A model's analysis input: its std.all solution and the covariance matrix of its items, in the solution's item order. */
export function inputOf(m: ValidityModel, thresholds: ValidityInput['thresholds'] = {}): ValidityInput {
  const P = expected.items.length;
  const idx = m.items.map((it) => expected.items.indexOf(it));
  const k = idx.length;
  const c = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) c[a * k + b] = covariance[idx[a] * P + idx[b]];
  return { factors: m.factors, items: m.items, solution: { loadings: m.lambda, theta: m.theta, phi: m.psi }, covariance: c, thresholds };
}
