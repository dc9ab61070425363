/**
 * `csat index --target`: targets for the overall index or a dimension (an item without
 * dimensions), checked before any work and compared with the indices at the end (exit 4 when missed).
 */
import { UsageError } from '../errors.js';
import { msg, type MessageRef } from '../i18n/index.js';
import type { CsiResult, CsiTarget } from './index-types.js';

/** An error about a target, with the study file, line and key when it came from one. */
function targetError(tg: CsiTarget, what: MessageRef): MessageRef {
  if (!tg.source) return what;
  const { path, line, key } = tg.source;
  return msg('data.study.at', { path, line: line ? msg('data.lineAt', { line }) : '', what: msg('data.study.badValue', { key, problem: what }) });
}

/** Each target between 0 and 100, and at most one per name. */
export function checkTargets(targets: CsiTarget[] | null | undefined): void {
  const names = new Set<string>();
  for (const tg of targets ?? []) {
    const { name, target } = tg;
    if (!(target >= 0 && target <= 100)) throw new UsageError(targetError(tg, msg('csi.err.targetRange', { target, name })));
    if (names.has(name)) throw new UsageError(targetError(tg, msg('csi.err.twoTargets', { name })));
    names.add(name);
  }
}

/** Each target against its index: 'overall', a dimension, or an item when there are no dimensions. */
export function evaluateTargets(
  targets: CsiTarget[],
  result: CsiResult,
  hasDims: boolean,
  itemNames: string[],
): NonNullable<CsiResult['targets']> {
  return targets.map((tg) => {
    const { name, target } = tg;
    let index: number | null;
    if (name === 'overall') index = result.overall.index;
    else {
      const d = result.dimensions.find((x) => x.name === name) ?? (hasDims ? undefined : result.items.find((x) => x.name === name));
      if (!d) {
        const known = ['overall', ...(hasDims ? result.dimensions.map((x) => x.name) : itemNames)];
        throw new UsageError(targetError(tg, msg('csi.err.unknownTarget', { name, known })));
      }
      index = d.index;
    }
    return { name, target, index, met: index !== null && index >= target };
  });
}
