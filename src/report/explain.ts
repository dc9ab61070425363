/**
 * `--explain`: after a table, the formula behind it with this data's numbers put in, as a teacher
 * would write it on a slide. One text block per formula (text and markdown keep the layout, html
 * shows it as laid-out text, csv leaves it out: the JSON `explain` member has the numbers).
 */
import type { AlphaWorked, CorrWorked, Explanations, FactorWorked, KmoWorked, OlsWorked } from '../analyses/explain.js';
import { t, type Lang } from '../i18n/index.js';
import { formatNumber, pInSentence } from '../i18n/numbers.js';
import { text, type Block } from './table.js';
import { maxOf } from '../stats/extent.js';

/** A number as the slide shows it: whole numbers as they are, others with `d` decimals in SPSS style. */
function num(x: number, d = 3): string {
  return Number.isInteger(x) && Math.abs(x) < 1e15 ? String(x) : formatNumber(x, d);
}

/** A negative number in brackets where it follows an operator: × (−9.026). */
function paren(s: string): string {
  return s.startsWith('-') ? `(−${s.slice(1)})` : s;
}

function block(lang: Lang, what: string, lines: string[], legend?: string): Block {
  const body = [t('explain.heading', lang, { what }), ...lines.map((l) => `  ${l}`)];
  if (legend) body.push(`  ${legend}`);
  return text(body.join('\n'));
}

export function explainAlpha(w: AlphaWorked, lang: Lang): Block {
  return block(
    lang,
    t('explain.alpha', lang, { scale: w.scale }),
    [
      'α = k/(k − 1) × (1 − Σs²ᵢ / s²ₜ)',
      `  = ${w.k}/${w.k - 1} × (1 − ${num(w.sumItemVariances)} / ${num(w.totalVariance)})`,
      `  = ${formatNumber(w.alpha, 3)}`,
    ],
    t('explain.alpha.legend', lang, { k: w.k }),
  );
}

export function explainKmo(w: KmoWorked, lang: Lang): Block[] {
  const kmo = block(
    lang,
    t('explain.kmo', lang),
    [
      'KMO = Σr²ᵢⱼ / (Σr²ᵢⱼ + Σa²ᵢⱼ)',
      `    = ${num(w.sumR2)} / (${num(w.sumR2)} + ${num(w.sumA2)})`,
      `    = ${formatNumber(w.kmo, 3)}`,
    ],
    t('explain.kmo.legend', lang, { p: w.p, pairs: w.p * (w.p - 1) }),
  );
  const sixth = `(2 × ${w.p} + 5)/6`;
  const bart = block(
    lang,
    t('explain.bartlett', lang),
    [
      'χ² = −(n − 1 − (2p + 5)/6) × ln|R|',
      `   = −(${num(w.n)} − 1 − ${sixth}) × ${paren(num(w.logDeterminant))}`,
      `   = −${num(w.bartlettFactor)} × ${paren(num(w.logDeterminant))}`,
      `   = ${num(w.chiSquare)}`,
      `df = p(p − 1)/2 = ${w.p} × ${w.p - 1}/2 = ${w.df}; Sig. ${pInSentence(w.sig)}`,
    ],
    t('explain.bartlett.legend', lang, { n: num(w.n), p: w.p }),
  );
  return [kmo, bart];
}

export function explainFactor(w: FactorWorked, lang: Lang): Block[] {
  const shown = w.powerSteps.map((v, i) => t('explain.eigen.step', lang, { n: i + 1, value: formatNumber(v, 4) }));
  const last = w.powerSteps.length;
  const stopped = last > 1 && Math.abs(w.powerSteps[last - 1] - w.powerSteps[last - 2]) < w.powerTolerance;
  const vars = { tol: formatNumber(w.powerTolerance, 4), value: formatNumber(w.firstEigenvalue, 3), percent: formatNumber(w.percentOfVariance, 3), p: w.p, n: last };
  const blocks = [
    block(lang, t('explain.eigen', lang), [t('explain.eigen.intro', lang, { p: w.p }), ...shown.map((s) => `  ${s}`), t(stopped ? 'explain.eigen.stop' : 'explain.eigen.notStopped', lang, vars)]),
  ];
  if (w.rotation) {
    const c = w.rotation.criteria;
    const lines = [t('explain.rotation.intro', lang, { gamma: w.rotation.method === 'varimax' ? 1 : 0 }), `  ${t('explain.rotation.start', lang, { value: formatNumber(c[0], 4) })}`];
    for (let i = 1; i < c.length; i++) {
      lines.push(`  ${t('explain.rotation.sweep', lang, { n: i, value: formatNumber(c[i], 4), change: formatNumber(Math.abs(c[i] - c[i - 1]), 5) })}`);
    }
    const converged = c.length > 1 && Math.abs(c[c.length - 1] - c[c.length - 2]) <= w.rotation.rconverge;
    lines.push(t(converged ? 'explain.rotation.converged' : 'explain.rotation.notConverged', lang, { tol: formatNumber(w.rotation.rconverge, 4), n: c.length - 1 }));
    const method = w.rotation.method === 'varimax' ? 'Varimax' : 'Quartimax';
    blocks.push(block(lang, t('explain.rotation', lang, { method }), lines));
  }
  return blocks;
}

export function explainCorr(w: CorrWorked, lang: Lang): Block {
  const lines = [
    'r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² × Σ(y − ȳ)²)',
    `  = ${num(w.sxy)} / √(${num(w.sxx)} × ${num(w.syy)})`,
    `  = ${formatNumber(w.r, 3)}`,
  ];
  if (w.t !== null && w.p !== null) {
    lines.push(
      't = r √(n − 2) / √(1 − r²)',
      `  = ${formatNumber(w.r, 3)} × √${num(w.df)} / √(1 − ${formatNumber(w.r * w.r, 3)})`,
      `  = ${num(w.t)}; df = ${num(w.df)}, Sig. ${pInSentence(w.p)}`,
    );
  }
  if (w.method === 'spearman') lines.unshift(t('explain.corr.spearman', lang));
  return block(lang, t('explain.corr', lang, { x: w.x, y: w.y }), lines, t('explain.corr.legend', lang, { n: num(w.n) }));
}

/** Column widths aligned on the decimal point, for a small matrix on a slide. */
function matrixLines(rows: number[][]): string[] {
  const cells = rows.map((r) => r.map((x) => num(x)));
  const width = cells[0].map((_, j) => maxOf(cells.map((r) => r[j].length)));
  return cells.map((r, i) => `${i === 0 ? '⎡' : i === rows.length - 1 ? '⎣' : '⎢'} ${r.map((c, j) => c.padStart(width[j])).join('  ')} ${i === 0 ? '⎤' : i === rows.length - 1 ? '⎦' : '⎥'}`);
}

/** Matrices up to this size are printed; larger ones are in the JSON. */
const MAX_SHOWN = 6;

export function explainOls(w: OlsWorked, lang: Lang): Block {
  const m = w.terms.length;
  const lines = [t('explain.ols.intro', lang, { terms: w.terms.join(', ') })];
  if (m <= MAX_SHOWN) {
    lines.push("X′X =", ...matrixLines(w.xtx).map((l) => `  ${l}`));
    lines.push(`X′y = (${w.xty.map((x) => num(x)).join(', ')})′`);
  } else {
    lines.push(t('explain.ols.large', lang, { m }));
  }
  lines.push(`B = (X′X)⁻¹X′y = (${w.b.map((x) => num(x)).join(', ')})′`);
  lines.push(
    'R² = SS regression / SS total',
    `   = ${num(w.ssRegression)} / ${num(w.ssTotal)} = ${formatNumber(w.rSquare, 3)}`,
  );
  if (w.f !== null) {
    lines.push(
      'F = (SS regression / k) / (SS residual / (n − k − 1))',
      `  = (${num(w.ssRegression)} / ${w.dfRegression}) / (${num(w.ssResidual)} / ${num(w.dfResidual)}) = ${num(w.f)}`,
    );
  }
  return block(lang, t('explain.ols', lang), lines, t('explain.ols.legend', lang, { n: num(w.xtx[0][0]), k: m - 1 }));
}

/**
 * The blocks with each explanation put after its table: alpha after the i-th Reliability
 * Statistics, KMO and Bartlett after their table, the eigenvalue after Total Variance Explained,
 * the rotation after the rotated matrix, r after Correlations, OLS after Coefficients.
 */
export function withExplanations(blocks: Block[], e: Explanations, lang: Lang): Block[] {
  const after = new Map<string, Block[][]>();
  const add = (prefix: string, extra: Block[]) => after.set(prefix, [...(after.get(prefix) ?? []), extra]);
  for (const a of e.alpha) add('reliability-statistics', a ? [explainAlpha(a, lang)] : []);
  if (e.kmo) add('kmo-bartlett', explainKmo(e.kmo, lang));
  if (e.factor) {
    const [eigen, rotation] = explainFactor(e.factor, lang);
    add('total-variance-explained', [eigen]);
    if (rotation) add('rotated-component-matrix', [rotation]);
  }
  if (e.corr) add('correlations', [explainCorr(e.corr, lang)]);
  if (e.ols) add('coefficients', [explainOls(e.ols, lang)]);
  const out: Block[] = [];
  for (const b of blocks) {
    out.push(b);
    if (b.kind !== 'table') continue;
    const prefix = [...after.keys()].find((p) => b.id === p || b.id.startsWith(`${p}-`));
    const queue = prefix ? after.get(prefix)! : [];
    if (queue.length) out.push(...queue.shift()!);
  }
  return out;
}
