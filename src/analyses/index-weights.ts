/**
 * `csat index --weights`: the structure of the index (dimensions of items, or one part per item)
 * and its weights: equal, from a file, derived from the outcome (Pearson r or standardized Beta,
 * negative ones set to 0) or from a factor analysis (each rotated component's share).
 */
import { AnalysisError, UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { correlationsWithOutcome, normaliseWeights } from '../stats/csi-weights.js';
import { noVarianceMessage, standardizedBetas, factorWeights, type FactorWeighting } from './derived-importance.js';
import type { CsiOptions, CsiResult } from './index-types.js';

export interface IndexStructure {
  /** Each part of the index (a dimension, a component, or an item) with its items and their weights within. */
  structure: { name: string; items: number[]; itemWeights: number[] }[];
  /** Each part's weight in the overall index (sum 1). */
  dimensionWeights: number[];
  components: CsiResult['components'];
  /** Factor weighting: each kept row's composite score F. */
  composite: Float64Array | null;
  /** Names whose negative derived weight was set to 0. */
  zeroedWeights: string[];
}

/**
 * The parts and weights for complete item columns (`itemCols`, with the outcome column `overallCol`
 * for derived weights); warnings are said through `W`.
 */
export function indexWeights(
  opts: CsiOptions,
  itemNames: string[],
  itemCols: Float64Array[],
  overallCol: Float64Array | null,
  freq: Float64Array | null,
  W: (key: string, vars?: Record<string, string | number>) => string,
  warnings: string[],
): IndexStructure {
  const dims = opts.dimensions;
  const n = itemCols[0]?.length ?? 0;
  let components: CsiResult['components'] = null;
  let composite: Float64Array | null = null;
  let structure: { name: string; items: number[]; itemWeights: number[] }[];
  let dimensionWeights: number[];
  const zeroedWeights: string[] = [];
  const equalWithin = (items: number[]) => items.map(() => 1 / items.length);
  const position = (name: string) => itemNames.indexOf(name);
  if (opts.weightsMethod === 'factor') {
    const fw: FactorWeighting = factorWeights(itemCols, itemNames, freq);
    structure = fw.components.map((c, k) => {
      // Name a component after the given dimension that holds most of its items.
      let name = `Component ${k + 1}`;
      if (dims) {
        let best = 0;
        for (const d of dims) {
          const count = c.items.filter((j) => d.items.includes(itemNames[j])).length;
          if (count > best) {
            best = count;
            name = d.name;
          }
        }
      }
      return { name, items: c.items, itemWeights: equalWithin(c.items) };
    });
    const names = structure.map((s) => s.name);
    structure.forEach((s, k) => {
      if (names.indexOf(s.name) !== k) s.name = `${s.name} (${k + 1})`;
    });
    dimensionWeights = fw.components.map((c) => c.share);
    components = fw.components.map((c, k) => ({
      name: structure[k].name,
      items: c.items.map((j) => itemNames[j]),
      sumOfSquares: c.sumOfSquares,
      share: c.share,
    }));
    composite = fw.composite;
    if (fw.empty > 0) warnings.push(W('emptyComponents', { n: fw.empty }));
    if (dims) warnings.push(W('factorDimensions'));
  } else {
    structure = dims
      ? dims.map((d) => {
          const items = d.items.map((it) => {
            const j = position(it);
            if (j < 0) throw new UsageError(msg('csi.err.dimensionItem', { dimension: d.name, item: it }));
            return j;
          });
          return { name: d.name, items, itemWeights: equalWithin(items) };
        })
      : itemNames.map((name, j) => ({ name, items: [j], itemWeights: [1] }));
    const names = structure.map((s) => s.name);
    if (opts.weightsMethod === 'equal') {
      dimensionWeights = names.map(() => 1 / names.length);
    } else if (opts.weightsMethod === 'file') {
      const file = opts.weightsFile;
      if (!file) throw new UsageError(msg('csi.err.noWeightsFile'));
      const unit = msg(dims ? 'csi.err.unit.dimension' : 'csi.err.unit.item');
      const known = new Set([...names, ...itemNames]);
      const unknown = [...file.weights.keys()].filter((k) => !known.has(k));
      if (unknown.length) {
        throw new UsageError(
          msg('csi.err.weightsUnknown', {
            file: file.path,
            names: unknown.map((k) => `'${k}'`),
            are: unknown.length === 1 ? 'is' : 'are',
            among: msg(dims ? 'csi.err.among.dimensionsOrItems' : 'csi.err.among.items'),
            known: [...known],
          }),
        );
      }
      const raw = names.map((n) => {
        const w = file.weights.get(n);
        if (w === undefined) throw new UsageError(msg('csi.err.weightsMissing', { file: file.path, name: n, unit }));
        if (!(w >= 0)) throw new UsageError(msg('csi.err.weightNegative', { file: file.path, name: n, weight: String(w) }));
        return w;
      });
      const nw = normaliseWeights(raw);
      if (!nw) throw new UsageError(msg('csi.err.weightsAllZero', { file: file.path, unit }));
      dimensionWeights = nw.weights;
      // Item weights within a dimension, when the file gives them for all of its items.
      if (dims) {
        for (const s of structure) {
          const given = s.items.map((j) => file.weights.get(itemNames[j]));
          const missing = s.items.filter((_, m) => given[m] === undefined).map((j) => itemNames[j]);
          if (missing.length && missing.length < s.items.length) {
            throw new UsageError(msg('csi.err.weightsPartial', { file: file.path, dimension: s.name, missing }));
          }
          if (given.every((w) => w !== undefined) && s.items.length > 1) {
            const bad = (given as number[]).findIndex((w) => !(w >= 0));
            if (bad >= 0) throw new UsageError(msg('csi.err.weightNegative', { file: file.path, name: itemNames[s.items[bad]], weight: String(given[bad]) }));
            const iw = normaliseWeights(given as number[]);
            if (!iw) throw new UsageError(msg('csi.err.dimensionWeightsZero', { file: file.path, dimension: s.name }));
            s.itemWeights = iw.weights;
          }
        }
      }
    } else {
      // Derived: dimension scores (mean of their items) or the items, against the overall column.
      const predictors = structure.map((s) => {
        const out = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          let sum = 0;
          s.items.forEach((j, m) => (sum += s.itemWeights[m] * itemCols[j][i]));
          out[i] = sum;
        }
        return out;
      });
      const y = overallCol as Float64Array;
      const flat = noVarianceMessage(predictors, names, y, opts.overall as string);
      if (flat) throw new AnalysisError(msg('csi.err.cannotDerive', { method: msg(`csi.err.kind.${opts.weightsMethod}`), reason: flat }));
      const raw =
        opts.weightsMethod === 'correlation'
          ? correlationsWithOutcome(predictors, y, freq)
          : standardizedBetas(predictors, names, y, opts.overall as string, freq);
      const nw = normaliseWeights(raw);
      if (!nw) {
        throw new AnalysisError(
          msg(opts.weightsMethod === 'correlation' ? 'csi.err.allNegativeCorrelation' : 'csi.err.allNegativeBeta', { overall: opts.overall as string }),
        );
      }
      dimensionWeights = nw.weights;
      for (const k of nw.zeroed) zeroedWeights.push(names[k]);
      if (zeroedWeights.length) {
        const list = nw.zeroed.map((k) => `${names[k]} (${raw[k].toFixed(3)})`).join(', ');
        warnings.push(W(opts.weightsMethod === 'correlation' ? 'zeroedCorrelation' : 'zeroedRegression', { list }));
      }
    }
  }
  return { structure, dimensionWeights, components, composite, zeroedWeights };
}
