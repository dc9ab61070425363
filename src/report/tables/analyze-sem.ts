/**
 * The structural model of `csat analyze` (src/analyses/analyze-sem.ts), under the regression of
 * step 7: its fit table (as `csat sem` prints it), the paths into the outcome as AMOS prints its
 * Regression Weights beside the Standardized ones (β, B, S.E., C.R., P), and in the HTML and docx
 * reports the path diagram.
 */
import type { StructuralResult } from '../../analyses/analyze-sem.js';
import { t, type Lang } from '../../i18n/index.js';
import { diagramFromFit, pathDiagramSvg } from '../svg/path-diagram.js';
import { heading, table, text, type Block } from '../table.js';
import { fitTable, pCell } from './cfa.js';

export function structuralBlocks(r: StructuralResult, lang: Lang, opts: { svg?: boolean; step: number }): Block[] {
  const L = (key: string, vars?: Record<string, string | number>) => t(`analyze.${key}`, lang, vars);
  const blocks: Block[] = [heading(L('semTitle', { outcome: r.outcome }), `step-${opts.step}-sem`, 3), fitTable(r, lang)];
  blocks.push(
    table({
      id: 'sem-paths',
      title: L('semPathsTitle', { outcome: r.outcome }),
      columns: [
        { header: t('cfa.path', lang), kind: 'label' },
        { header: L('semBeta'), decimals: 3 },
        { header: L('semB'), decimals: 3 },
        { header: t('cfa.se', lang), decimals: 3 },
        { header: t('cfa.cr', lang), decimals: 3 },
        { header: t('cfa.p', lang), decimals: 3 },
      ],
      rows: r.paths.map((p) => [`${p.to} <--- ${p.from}`, p.beta, p.b, p.se, p.z, pCell(p.p)]),
      footnotes: [L('semNote', { outcome: r.outcome }), ...(r.paths.some((p) => p.p !== null && p.p < 0.001) ? [t('cfa.pStars', lang)] : [])],
    }),
  );
  if (opts.svg) {
    // The observed outcome is the one latent-side variable that is not a factor: a box, without items.
    const latent = r.outcomeLatent ? r.factors : [...r.factors, r.outcome];
    blocks.push(text(pathDiagramSvg(diagramFromFit({ factors: r.factors, latent, single: latent.map((n) => !r.factors.includes(n)) }, r.parameters), lang)));
  }
  return blocks;
}
