/** The lavaan oracle of the SEM engine (fixtures/oracle/cfa.R) and its data sets (fixtures/cfa/). */
import { readFileSync } from 'node:fs';
import { centredCrossProducts } from '../../src/stats/cross-products.js';
import { parseModel } from '../../src/stats/sem/syntax.js';
import { buildModel, type SemModel } from '../../src/stats/sem/model.js';
import { covarianceFor, type Likelihood } from '../../src/stats/sem/solution.js';

export interface OracleRow {
  lhs: string;
  op: string;
  rhs: string;
  free: boolean;
  est: number;
  se: number | null;
  std_lv: number | null;
  std_all: number | null;
}

export interface OracleScenario {
  name: string;
  data: string;
  model: string;
  stdLv: boolean;
  likelihood: Likelihood;
  n: number;
  observed: string[];
  fit: Record<string, number | null>;
  /** The RMSEA interval from R's pchisq with the noncentralities found to 1e-15. */
  rmseaCi: [number, number];
  gradient: number[];
  parameters: OracleRow[];
  /** lavaan's modindices() for =~ and for ~~ between indicators. */
  modindices: { lhs: string; op: string; rhs: string; mi: number; epc: number }[];
}

export const oracle = JSON.parse(readFileSync(new URL('../../fixtures/expected/cfa-sem.json', import.meta.url), 'utf8')) as { lavaan: string; scenarios: OracleScenario[] };

/** A plain numeric CSV (R's write.csv quotes the header). */
export function readColumns(data: string): Map<string, Float64Array> {
  const text = readFileSync(new URL(`../../fixtures/cfa/${data}.csv`, import.meta.url), 'utf8').trim().split('\n');
  const header = text[0].split(',').map((h) => h.replace(/^"|"$/g, ''));
  const rows = text.slice(1).map((l) => l.split(',').map(Number));
  return new Map(header.map((h, j) => [h, Float64Array.from(rows, (r) => r[j])]));
}

export interface Prepared {
  scenario: OracleScenario;
  model: SemModel;
  S: Float64Array;
  n: number;
  columns: Float64Array[];
}

export function prepare(scenario: OracleScenario): Prepared {
  const statements = parseModel(scenario.model.split('\n').filter((l) => !l.includes(':=')).join('\n').replace(/\b[abc]\*/g, ''));
  const model = buildModel(statements, { stdLv: scenario.stdLv });
  const cols = readColumns(scenario.data);
  const columns = model.observed.map((name) => cols.get(name)!);
  const n = columns[0].length;
  const means = columns.map((c) => c.reduce((a, b) => a + b, 0) / n);
  const S = covarianceFor(centredCrossProducts(columns, means), n, scenario.likelihood);
  return { scenario, model, S, n, columns };
}

/** The key of a table row; `~~` is symmetric. */
export const rowKey = (lhs: string, op: string, rhs: string): string => (op === '~~' && rhs < lhs ? `${rhs} ${op} ${lhs}` : `${lhs} ${op} ${rhs}`);

/** lavaan's free estimates in the order of model.free. */
export function lavaanFree(p: Prepared): Float64Array {
  const byKey = new Map(p.scenario.parameters.map((r) => [rowKey(r.lhs, r.op, r.rhs), r]));
  return Float64Array.from(p.model.free, (k) => {
    const q = p.model.params[k];
    return byKey.get(rowKey(q.lhs, q.op, q.rhs))!.est;
  });
}
