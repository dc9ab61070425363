/**
 * The fit cut-offs and gates of a run, one name per index everywhere (--fail-under, the study's
 * `thresholds:` and `fit:`, the JSON `fit`): the study's cut-offs for the verdict column, its
 * thresholds (which also set the verdicts' cut-offs) for failing the run with exit 4, and the
 * sentence each missed threshold prints.
 */
import { FIT_CUTOFFS, type FitIndexName } from '../analyses/cfa.js';
import type { AnalyzeConfig, ThresholdFailure } from '../analyses/analyze.js';
import type { Study } from '../data/study.js';
import type { FailedThreshold } from '../report/json-results.js';
import { formatNumber } from '../report/format.js';
import { UsageError } from '../errors.js';
import { msg, t, type Lang } from '../i18n/index.js';

/** The study's `thresholds:` as the gates of a run: alpha and KMO, and the fit indices. */
export function studyThresholds(study: Study | null): AnalyzeConfig['thresholds'] {
  const out: AnalyzeConfig['thresholds'] = {};
  for (const [key, value] of Object.entries(study?.thresholds ?? {})) {
    if (value === undefined) continue;
    if (key === 'alpha' || key === 'kmo') out[key] = value;
    else out.fit = { ...out.fit, [key as FitIndexName]: value };
  }
  return out;
}

/** The verdicts' cut-offs: the study's `fit:` (names as in FIT_CUTOFFS, case and punctuation aside), then the fit gates. */
export function fitCutoffs(study: Study | null, gates: Partial<Record<FitIndexName, number>> = {}): Partial<Record<FitIndexName, number>> {
  const out: Partial<Record<FitIndexName, number>> = {};
  for (const [key, value] of Object.entries(study?.fit ?? {})) {
    const k = key.toLowerCase().replace(/[^a-z]/g, '') as FitIndexName;
    if (!(k in FIT_CUTOFFS)) throw new UsageError(msg('cfa.err.fitKey', { key, known: Object.keys(FIT_CUTOFFS) }));
    out[k] = value;
  }
  return { ...out, ...gates };
}

/** Each missed threshold with the sentence standard error shows (in `lang`). */
export function failureMessages(failures: ThresholdFailure[], lang: Lang): FailedThreshold[] {
  return failures.map((f) => {
    const value = f.value === null ? '' : formatNumber(f.value, 3);
    if (f.what === 'fit') {
      const above = FIT_CUTOFFS[f.name as FitIndexName].rule === '<=';
      const side = t(above ? 'analyze.fitAbove' : 'analyze.fitBelow', lang);
      return { ...f, message: t(f.value === null ? 'analyze.fitMissing' : 'analyze.fitFailed', lang, { name: f.name.toUpperCase(), value, side, threshold: f.threshold }) };
    }
    const key = `analyze.${f.what === 'kmo' ? 'kmo' : 'threshold'}${f.value === null ? 'Missing' : 'Failed'}`;
    return { ...f, message: t(key, lang, { name: f.name, value, threshold: f.threshold }) };
  });
}
