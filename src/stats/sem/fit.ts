/**
 * Fit indices of an ML structural equation model, as lavaan's fitMeasures() defines them
 * (lavaan 0.6; Rosseel 2012), from the discrepancy F at the estimates (estimate.ts):
 *
 *   chi-square   = n_F F (n_F = N, lavaan's default; N - 1 with the Wishart likelihood, AMOS)
 *   df           = p (p + 1) / 2 - q
 *   baseline     the independence model, Sigma_0 = diag(S): F_0 = sum log s_ii - log|S|, df_0 = p (p - 1) / 2
 *   CFI          = 1 - max(chi2 - df, 0) / max(chi2 - df, chi2_0 - df_0, 0)       (Bentler 1990)
 *   TLI          = (chi2_0 / df_0 - chi2 / df) / (chi2_0 / df_0 - 1)              (Tucker & Lewis 1973)
 *   NFI          = (chi2_0 - chi2) / chi2_0                                        (Bentler & Bonett 1980)
 *   IFI          = (chi2_0 - chi2) / (chi2_0 - df)                                 (Bollen 1989)
 *   RMSEA        = sqrt(max(chi2 / (n_F df) - 1 / n_F, 0))                         (Steiger 1990)
 *   its 90% CI   = sqrt(lambda / (n_F df)) at the noncentralities putting chi2 at the 95th and 5th
 *                  percentiles of the noncentral chi-square; PCLOSE = P(X >= chi2; df, n_F df .05^2)
 *   SRMR         = sqrt(mean over i <= j of ((s_ij - sigma_ij) / sqrt(s_ii s_jj))^2)  (Bentler's; lavaan's "srmr")
 *   RMR          = sqrt(mean over i <= j of (s_ij - sigma_ij)^2)
 *   GFI          = 1 - tr((Sigma^-1 S - I)^2) / tr((Sigma^-1 S)^2)                 (Joreskog & Sorbom 1984)
 *   AGFI         = 1 - (p (p + 1) / 2) / df (1 - GFI)
 *   logL         = -N/2 (p log 2 pi + log|Sigma| + tr(S_N Sigma^-1)), S_N the covariance with divisor N
 *   AIC, BIC     = -2 logL + 2 q, -2 logL + q log N                               (lavaan)
 *   AMOS's       AIC = chi2 + 2 q, BIC = chi2 + q log N
 */
import { chiSquareUpperP } from '../distributions.js';
import { noncentralChiSquareCdf, noncentralChiSquareLimits } from '../noncentral.js';

export interface FitInput {
  /** F_ML at the estimates. */
  F: number;
  /** The covariance matrix analysed (divisor N, or N - 1 for the Wishart likelihood). */
  S: Float64Array;
  logDetS: number;
  sigma: Float64Array;
  sigmaInv: Float64Array;
  logDetSigma: number;
  p: number;
  /** Free parameters. */
  q: number;
  /** Cases. */
  n: number;
  /** Multiplier of F in the chi-square: N or N - 1. */
  nF: number;
}

export interface FitIndices {
  npar: number;
  fmin: number;
  chisq: number;
  df: number;
  pvalue: number | null;
  cmindf: number | null;
  baselineChisq: number;
  baselineDf: number;
  baselinePvalue: number | null;
  cfi: number;
  tli: number | null;
  nfi: number;
  ifi: number;
  rmsea: number;
  rmseaLower: number | null;
  rmseaUpper: number | null;
  pclose: number | null;
  srmr: number;
  rmr: number;
  gfi: number;
  agfi: number | null;
  logl: number;
  unrestrictedLogl: number;
  aic: number;
  bic: number;
  aicAmos: number;
  bicAmos: number;
}

export function fitIndices(input: FitInput): FitIndices {
  const { F, S, p, q, n, nF, sigma, sigmaInv } = input;
  const moments = (p * (p + 1)) / 2;
  const df = moments - q;
  const chisq = nF * F;
  let sumLogDiag = 0;
  for (let i = 0; i < p; i++) sumLogDiag += Math.log(S[i * p + i]);
  const baselineChisq = nF * (sumLogDiag - input.logDetS);
  const baselineDf = (p * (p - 1)) / 2;
  const t1 = Math.max(chisq - df, 0);
  const t2 = Math.max(chisq - df, baselineChisq - baselineDf, 0);
  const cfi = t1 === 0 && t2 === 0 ? 1 : 1 - t1 / t2;
  const tli = df > 0 ? (baselineChisq / baselineDf - chisq / df) / (baselineChisq / baselineDf - 1) : null;
  const rmsea = df > 0 ? Math.sqrt(Math.max(chisq / nF / df - 1 / nF, 0)) : 0;
  let rmseaLower: number | null = null;
  let rmseaUpper: number | null = null;
  let pclose: number | null = null;
  if (df > 0) {
    const [lo, hi] = noncentralChiSquareLimits(chisq, df, 0.9);
    rmseaLower = Math.sqrt(lo / (nF * df));
    rmseaUpper = Math.sqrt(hi / (nF * df));
    pclose = 1 - noncentralChiSquareCdf(chisq, df, nF * df * 0.05 * 0.05);
  }
  let srmr = 0;
  let rmr = 0;
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      const d = S[i * p + j] - sigma[i * p + j];
      rmr += d * d;
      srmr += (d * d) / (S[i * p + i] * S[j * p + j]);
    }
  }
  // GFI from A = Sigma^-1 S: tr((A - I)^2) and tr(A^2) = sum_ij A_ij A_ji.
  const A = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let k = 0; k < p; k++) {
    const v = sigmaInv[i * p + k];
    for (let j = 0; j < p; j++) A[i * p + j] += v * S[k * p + j];
  }
  let trA2 = 0;
  let trA = 0;
  for (let i = 0; i < p; i++) {
    trA += A[i * p + i];
    for (let j = 0; j < p; j++) trA2 += A[i * p + j] * A[j * p + i];
  }
  const gfi = 1 - (trA2 - 2 * trA + p) / trA2;
  // The likelihood always uses the covariance with divisor N.
  const toN = 1;
  let trSNSigmaInv = 0;
  for (let i = 0; i < p * p; i++) trSNSigmaInv += toN * S[i] * sigmaInv[i];
  const log2pi = Math.log(2 * Math.PI);
  const logl = (-n / 2) * (p * log2pi + input.logDetSigma + trSNSigmaInv);
  const unrestrictedLogl = (-n / 2) * (p * log2pi + input.logDetS + p * Math.log(toN) + p);
  return {
    npar: q,
    fmin: F / 2,
    chisq,
    df,
    pvalue: df > 0 ? chiSquareUpperP(chisq, df) : null,
    cmindf: df > 0 ? chisq / df : null,
    baselineChisq,
    baselineDf,
    baselinePvalue: chiSquareUpperP(baselineChisq, baselineDf),
    cfi,
    tli,
    nfi: (baselineChisq - chisq) / baselineChisq,
    ifi: (baselineChisq - chisq) / (baselineChisq - df),
    rmsea,
    rmseaLower,
    rmseaUpper,
    pclose,
    srmr: Math.sqrt(srmr / moments),
    rmr: Math.sqrt(rmr / moments),
    gfi,
    agfi: df > 0 ? 1 - (moments / df) * (1 - gfi) : null,
    logl,
    unrestrictedLogl,
    aic: -2 * logl + 2 * q,
    bic: -2 * logl + q * Math.log(n),
    aicAmos: chisq + 2 * q,
    bicAmos: chisq + q * Math.log(n),
  };
}
