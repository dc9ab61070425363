/**
 * The JSON envelope every command prints, the stable contract for scripts:
 * {"schemaVersion", "csat": version, "command", "input": {file, rows, encoding, delimiter},
 * "warnings", "results"}; its types, and the schemas under schemas/ made from them, are in
 * ../json-results.ts.
 * The warnings are sentences in the output language (--lang), as standard error shows them.
 * Numbers keep full precision. `sanitize` makes any result object safe to print: NaN, ±Infinity
 * and undefined become null (a value that does not exist), typed arrays and Sets become arrays,
 * Maps become objects (an object key as its JSON text); a cycle is a programming error.
 */
import type { InputInfo } from '../../data/dataset.js';
import { SCHEMA_VERSION, type JsonEnvelope } from '../json-results.js';
import type { Report } from '../table.js';

export type { InputInfo };

export interface JsonMeta {
  version: string;
  input: InputInfo | InputInfo[] | null;
}

export function renderJson(report: Report, meta: JsonMeta): string {
  const envelope: Omit<JsonEnvelope, 'command' | 'results'> & Pick<Report, 'command' | 'results'> = {
    schemaVersion: SCHEMA_VERSION,
    csat: meta.version,
    command: report.command,
    input: meta.input,
    warnings: report.warnings,
    results: report.results,
    ...(report.failures ? { failures: report.failures } : {}),
  };
  return JSON.stringify(sanitize(envelope), null, 2) + '\n';
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A deep copy of `value` that JSON.stringify prints faithfully (see the module comment). */
export function sanitize(value: unknown, seen: Set<object> = new Set()): Json {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null;
    case 'string':
    case 'boolean':
      return value;
    case 'bigint':
      return Number(value);
    case 'object':
      break;
    default:
      return null; // functions and symbols carry no data
  }
  const obj = value as object;
  if (seen.has(obj)) throw new Error('sanitize: the result object contains a cycle');
  seen.add(obj);
  try {
    if (obj instanceof Date) return Number.isNaN(obj.getTime()) ? null : obj.toISOString();
    if (ArrayBuffer.isView(obj) && !(obj instanceof DataView)) {
      return Array.from(obj as unknown as ArrayLike<number | bigint>, (x) => sanitize(x, seen));
    }
    if (Array.isArray(obj) || obj instanceof Set) return Array.from(obj, (x) => sanitize(x, seen));
    const out: { [key: string]: Json } = {};
    const entries = obj instanceof Map ? obj.entries() : Object.entries(obj);
    for (const [k, v] of entries) {
      // defineProperty, so that a key named "__proto__" stays an ordinary key.
      const key = k !== null && typeof k === 'object' ? JSON.stringify(sanitize(k, seen)) : String(k);
      Object.defineProperty(out, key, { value: sanitize(v, seen), enumerable: true, writable: true, configurable: true });
    }
    return out;
  } finally {
    seen.delete(obj);
  }
}
