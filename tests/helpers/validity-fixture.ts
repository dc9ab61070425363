/** fixtures/expected/validity-semtools.json (fixtures/oracle/validity.R) as typed test inputs. */
import { readFileSync } from 'node:fs';

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
  models: Record<string, ValidityModel>;
  harman: { eigenvalues: number[]; share: number; psych: number };
}

export const expected: ValidityExpected = JSON.parse(readFileSync('fixtures/expected/validity-semtools.json', 'utf8'));

/** The fixture's item correlation matrix, row-major. */
export const correlation = Float64Array.from(expected.correlation.flat());

/** Indices (into the fixture's items) of each factor's items as the model syntax lists them. */
export function groupsOf(model: ValidityModel): number[][] {
  return model.factors.map((f) =>
    model.lambda.flatMap((row, i) => (row[model.factors.indexOf(f)] !== 0 ? [expected.items.indexOf(model.items[i])] : [])),
  );
}
