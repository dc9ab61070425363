/**
 * SPSS CORRELATIONS (Pearson) and NONPAR CORR (Spearman): the `results` of `csat corr`.
 * Rows are `variables`, columns are `with` (a rectangular matrix, SPSS's /VARIABLES=a b WITH c d)
 * or the variables themselves.
 */
import type { Dataset, Variable } from '../data/dataset.js';
import { AnalysisError } from '../errors.js';
import { msg, warning } from '../i18n/index.js';
import { correlationMatrix, correlationP, type CorrelationMethod, type MissingMode } from '../stats/correlation.js';
import { selectSummary, type SummaryStats } from '../data/summary.js';
import { UsageError } from '../errors.js';
import { powerOfTwoScale, scaled } from '../stats/scale.js';

export interface CorrResult {
  method: CorrelationMethod;
  variables: string[];
  with: string[] | null;
  /** r[i][j] of variables[i] with (with ?? variables)[j]; diagonal 1; null where it does not exist. */
  r: (number | null)[][];
  /** Two-tailed p; null on the diagonal and where r is null. */
  p: (number | null)[][];
  /** Cases (sum of weights) behind each cell. */
  n: number[][];
}

export interface CorrOptions {
  variables: string[];
  with?: string[] | null;
  method?: CorrelationMethod;
  missing?: MissingMode;
}

/** The variable `name` of the dataset, which must be numeric (codes of text answers count). */
export function numericVariable(ds: Dataset, name: string): Variable {
  const v = ds.variables.find((x) => x.name === name);
  if (!v) throw new Error(`variable '${name}' was not loaded`);
  if (v.kind === 'string') {
    throw new AnalysisError(msg('corr.err.text', { name, count: v.labels.size, example: [...v.labels.values()][0] ?? '' }));
  }
  return v;
}

export function runCorrelations(ds: Dataset, opts: CorrOptions): { results: CorrResult; warnings: string[] } {
  const method = opts.method ?? 'pearson';
  const rows = opts.variables.map((n) => numericVariable(ds, n));
  const cols = opts.with ? opts.with.map((n) => numericVariable(ds, n)) : null;
  if (rows.length === 0) throw new AnalysisError(msg('corr.err.noVariables'));
  if (!cols && rows.length < 2) throw new AnalysisError(msg('corr.err.oneVariable', { name: rows[0].name }));
  // Each column divided by a power of two near its size (exact; r does not change): values near
  // 1e200 or 1e-200 would otherwise overflow or underflow in the sums of squares.
  // One prepared array per variable: correlationMatrix knows a variable paired with itself (r = 1,
  // p = null) by the identity of its array, so a variable in both --vars and --with must share it.
  const cache = new Map<Variable, Float64Array>();
  const prepared = (v: Variable) => {
    let a = cache.get(v);
    if (!a) cache.set(v, (a = scaled(v.values, powerOfTwoScale(v.values))));
    return a;
  };
  const m = correlationMatrix(
    rows.map(prepared),
    cols ? cols.map(prepared) : null,
    { method, missing: opts.missing ?? 'listwise', weights: ds.weights },
  );
  const warnings: string[] = [];
  const colVars = cols ?? rows;
  const listwiseMode = (opts.missing ?? 'listwise') === 'listwise';
  // A variable without a single answer: name it rather than report 0 complete cases.
  const empty = [...new Set([...rows, ...colVars])].filter((v) => v.values.every((x) => Number.isNaN(x))).map((v) => v.name);
  // Nothing to show when no pair of different variables has the 2 cases a correlation needs.
  const pairN = m.n.flatMap((row, i) => row.filter((_, j) => rows[i] !== colVars[j]));
  const nothing = pairN.length > 0 && pairN.every((n) => !(n >= 2));
  if (empty.length > 0 && (listwiseMode || nothing)) {
    throw new AnalysisError(
      empty.length === 1
        ? msg('corr.err.emptyOne', { name: empty[0] })
        : msg('corr.err.emptyMany', { names: empty.map((name) => `'${name}'`) }),
    );
  }
  for (const name of empty) warnings.push(warning(msg('corr.warn.empty', { name })));
  if (nothing) {
    const names = [...new Set([...rows, ...colVars].map((v) => v.name))];
    throw new AnalysisError(
      listwiseMode
        ? msg('corr.err.listwiseTooFew', { n: pairN[0], respondents: pairN[0] === 1 ? 'respondent has' : 'respondents have', names })
        : msg('corr.err.pairwiseTooFew', { names }),
    );
  }
  const constant = new Set<string>();
  // A variable constant over the cases used has no correlation with anything.
  rows.forEach((v, i) => {
    if (m.r[i].every((x, j) => x === null && m.n[i][j] >= 2)) constant.add(v.name);
  });
  colVars.forEach((v, j) => {
    if (m.r.every((row, i) => row[j] === null && m.n[i][j] >= 2)) constant.add(v.name);
  });
  for (const name of constant) {
    warnings.push(warning(msg('corr.warn.constant', { name })));
  }
  if (m.n.some((row) => row.some((n) => n < 3))) {
    warnings.push(warning(msg('corr.warn.fewCases')));
  }
  return {
    results: { method, variables: rows.map((v) => v.name), with: cols ? cols.map((v) => v.name) : null, r: m.r, p: m.p, n: m.n },
    warnings,
  };
}

/**
 * Pearson correlations from summary input (a MATRIX DATA or moments file): r as the file gives
 * it, p from r and the file's N, the same N in every cell (one matrix has one N).
 */
export function correlationsFromSummary(s: SummaryStats, opts: CorrOptions): { results: CorrResult; warnings: string[] } {
  const method = opts.method ?? 'pearson';
  if (method !== 'pearson') throw new UsageError(msg('summary.err.spearman', { file: s.file }));
  const rows = opts.variables;
  const cols = opts.with ?? null;
  if (rows.length === 0) throw new AnalysisError(msg('corr.err.noVariables'));
  if (!cols && rows.length < 2) throw new AnalysisError(msg('corr.err.oneVariable', { name: rows[0] }));
  const colNames = cols ?? rows;
  const all = [...new Set([...rows, ...colNames])];
  const sub = selectSummary(s, all);
  const q = all.length;
  const at = (a: string, b: string) => sub.r[all.indexOf(a) * q + all.indexOf(b)];
  const r = rows.map((a) => colNames.map((b) => (a === b ? 1 : Number.isNaN(at(a, b)) ? null : at(a, b))));
  const p = rows.map((a, i) => colNames.map((b, j) => (a === b || r[i][j] === null ? null : correlationP(r[i][j] as number, sub.n))));
  const warnings: string[] = [];
  for (const name of all) if (Number.isNaN(at(name, name))) warnings.push(warning(msg('corr.warn.constant', { name })));
  if (sub.n < 3) warnings.push(warning(msg('corr.warn.fewCases')));
  return {
    results: { method, variables: [...rows], with: cols ? [...cols] : null, r, p, n: rows.map(() => colNames.map(() => sub.n)) },
    warnings,
  };
}
