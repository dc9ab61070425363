/**
 * Labels of `--explain` (src/report/explain.ts): the heading and the legend of each worked formula.
 * The formulas themselves are written in symbols, the same in both languages.
 */
import type { Label } from '../index.js';

export const labels: Record<string, Label> = {
  'explain.heading': { en: 'How it is computed: {what}', zh: '计算过程：{what}' },
  'explain.alpha': { en: "Cronbach's Alpha ({scale})", zh: '克隆巴赫 Alpha（{scale}）' },
  'explain.alpha.legend': {
    en: 'k = {k} items; Σs²ᵢ = the sum of the item variances (Item Statistics: Std. Deviation squared); s²ₜ = the variance of the scale total (Scale Statistics).',
    zh: 'k = {k} 个项；Σs²ᵢ = 各项方差之和（项统计：标准偏差的平方）；s²ₜ = 标度总分的方差（标度统计）。',
  },
  'explain.kmo': { en: 'KMO measure of sampling adequacy', zh: 'KMO 取样适切性量数' },
  'explain.kmo.legend': {
    en: 'Sums over the {pairs} ordered pairs i ≠ j of the {p} items: rᵢⱼ the correlation, aᵢⱼ the partial correlation given all other items (aᵢⱼ = −qᵢⱼ/√(qᵢᵢqⱼⱼ), q from R⁻¹).',
    zh: '对 {p} 个项的 {pairs} 个有序对 i ≠ j 求和：rᵢⱼ 为相关系数，aᵢⱼ 为控制其余各项后的偏相关系数（aᵢⱼ = −qᵢⱼ/√(qᵢᵢqⱼⱼ)，q 取自 R⁻¹）。',
  },
  'explain.bartlett': { en: "Bartlett's test of sphericity", zh: '巴特利特球形度检验' },
  'explain.bartlett.legend': {
    en: 'n = {n} cases, p = {p} items, |R| the determinant of the correlation matrix; Sig. is the chi-square upper tail on df degrees of freedom.',
    zh: 'n = {n} 个个案，p = {p} 个项，|R| 为相关性矩阵的行列式；显著性为自由度 df 的卡方分布上尾概率。',
  },
  'explain.eigen': { en: 'The first eigenvalue', zh: '第一个特征值' },
  'explain.eigen.intro': {
    en: 'λ₁ is the largest root of |R − λI| = 0. Power iteration finds it: start from v = (1, …, 1)/√{p}, repeat w = Rv, λ = v′w, v = w/‖w‖:',
    zh: 'λ₁ 是 |R − λI| = 0 的最大根。用幂迭代求得：从 v = (1, …, 1)/√{p} 开始，重复 w = Rv，λ = v′w，v = w/‖w‖：',
  },
  'explain.eigen.step': { en: 'step {n}: λ = {value}', zh: '第 {n} 步：λ = {value}' },
  'explain.eigen.stop': {
    en: 'The change is below {tol}: λ₁ = {value} (Total Variance Explained), {percent}% of the total variance Σλ = p = {p}.',
    zh: '变化小于 {tol}：λ₁ = {value}（总方差解释），占总方差 Σλ = p = {p} 的 {percent}%。',
  },
  'explain.eigen.notStopped': {
    en: 'λ still changes by {tol} or more after {n} steps (the first two eigenvalues are close); the exact root is λ₁ = {value}, {percent}% of Σλ = p = {p}.',
    zh: '{n} 步后 λ 的变化仍不小于 {tol}（前两个特征值接近）；精确的根为 λ₁ = {value}，占 Σλ = p = {p} 的 {percent}%。',
  },
  'explain.rotation': { en: '{method} rotation', zh: '{method} 旋转' },
  'explain.rotation.intro': {
    en: 'Each sweep rotates every pair of columns of the Kaiser-normalised loadings (xᵢⱼ = aᵢⱼ/hᵢ) to increase V = Σⱼ (p Σᵢ x⁴ᵢⱼ − γ (Σᵢ x²ᵢⱼ)²), with γ = {gamma}:',
    zh: '每一轮对经凯撒标准化的载荷（xᵢⱼ = aᵢⱼ/hᵢ）的每一对列进行旋转，使 V = Σⱼ (p Σᵢ x⁴ᵢⱼ − γ (Σᵢ x²ᵢⱼ)²) 增大，γ = {gamma}：',
  },
  'explain.rotation.start': { en: 'start: V = {value}', zh: '开始：V = {value}' },
  'explain.rotation.sweep': { en: 'sweep {n}: V = {value} (change {change})', zh: '第 {n} 轮：V = {value}（变化 {change}）' },
  'explain.rotation.converged': {
    en: 'The change is at most {tol}: converged in {n} sweeps.',
    zh: '变化不大于 {tol}：迭代 {n} 轮后收敛。',
  },
  'explain.rotation.notConverged': {
    en: 'The change is still above {tol} after {n} sweeps (the most allowed): the rotation stopped there.',
    zh: '{n} 轮（允许的最大次数）后变化仍大于 {tol}：旋转在此停止。',
  },
  'explain.corr': { en: 'Correlation of {x} and {y}', zh: '{x} 与 {y} 的相关性' },
  'explain.corr.spearman': {
    en: "Spearman's rho is Pearson's r of the ranks (ties get their mean rank).",
    zh: '斯皮尔曼 Rho 即秩次的皮尔逊 r（结值取平均秩）。',
  },
  'explain.corr.legend': {
    en: 'n = {n} cases; the sums run over the cases, x̄ and ȳ are the means; Sig. (2-tailed) is P(|T| ≥ |t|) on df = n − 2.',
    zh: 'n = {n} 个个案；对各个案求和，x̄ 和 ȳ 为平均值；显著性（双尾）为自由度 df = n − 2 时 P(|T| ≥ |t|)。',
  },
  'explain.ols': { en: 'Ordinary least squares', zh: '普通最小二乘法' },
  'explain.ols.intro': {
    en: 'B = (X′X)⁻¹X′y; X has a column of ones (the constant) and one column per predictor, in this order: {terms}.',
    zh: 'B = (X′X)⁻¹X′y；X 含一列 1（常量）和每个预测变量一列，依次为：{terms}。',
  },
  'explain.ols.large': {
    en: 'X′X is {m} × {m} here, too large to show; the JSON output (-f json --explain) holds it.',
    zh: '此处 X′X 为 {m} × {m} 矩阵，过大而不显示；JSON 输出（-f json --explain）中有完整矩阵。',
  },
  'explain.ols.legend': {
    en: 'n = {n} cases, k = {k} predictors; the sums of squares are those of the ANOVA table.',
    zh: 'n = {n} 个个案，k = {k} 个预测变量；平方和取自 ANOVA 表。',
  },
};
