import { describe, expect, it } from 'vitest';
import { FIT_CUTOFFS, fitGateFailures } from '../../src/analyses/cfa.js';
import { parseThresholds } from '../../src/commands/analyze.js';
import { failureMessages, fitCutoffs, studyThresholds } from '../../src/commands/fit-gates.js';
import { parseStudy, studySchema } from '../../src/data/study.js';
import type { FitIndices } from '../../src/stats/sem/fit.js';

const study = (text: string) => parseStudy(text, 's.yml');

describe('fit gates: one name per index in --fail-under, the study file and the JSON', () => {
  it("the study's thresholds keys are alpha, kmo and exactly the fit indices --fail-under accepts", () => {
    const keys = Object.keys(studySchema.shape.thresholds.unwrap().shape);
    expect(keys).toEqual(['alpha', 'kmo', ...Object.keys(FIT_CUTOFFS)]);
    for (const k of Object.keys(FIT_CUTOFFS)) expect(parseThresholds(`${k}=0.5`).fit).toEqual({ [k]: 0.5 });
  });

  it("the study's thresholds split into alpha/KMO and fit gates, and the gates set the verdicts' cut-offs over `fit:`", () => {
    const s = study('thresholds: {alpha: 0.7, cfi: 0.9, rmsea: 0.08, cmindf: 3}\nfit: {CFI: 0.95, GFI: 0.85, "CMIN/DF": 5}\n');
    const gates = studyThresholds(s);
    expect(gates).toEqual({ alpha: 0.7, fit: { cfi: 0.9, rmsea: 0.08, cmindf: 3 } });
    expect(fitCutoffs(s, gates.fit)).toEqual({ cfi: 0.9, gfi: 0.85, cmindf: 3, rmsea: 0.08 });
    expect(studyThresholds(null)).toEqual({});
    expect(() => fitCutoffs(study('fit: {chisq_df: 3}\n'))).toThrow(/unknown fit index 'chisq_df'/);
  });

  it('a gate fails below a lower bound and above an upper bound; an index that does not exist fails', () => {
    const fit = { cfi: 0.92, tli: 0.95, rmsea: 0.07, srmr: 0.05, cmindf: 2.5 } as unknown as FitIndices;
    expect(fitGateFailures(fit, { cfi: 0.9, tli: 0.95, rmsea: 0.08, cmindf: 3 })).toEqual([]);
    expect(fitGateFailures(fit, { cfi: 0.95, rmsea: 0.06, srmr: 0.08 })).toEqual([
      { what: 'fit', name: 'cfi', value: 0.92, threshold: 0.95 },
      { what: 'fit', name: 'rmsea', value: 0.07, threshold: 0.06 },
    ]);
    expect(fitGateFailures(null, { cfi: 0.9 })).toEqual([{ what: 'fit', name: 'cfi', value: null, threshold: 0.9 }]);
    const [m] = failureMessages(fitGateFailures(fit, { rmsea: 0.06 }), 'en');
    expect(m.message).toBe('RMSEA is .070, above the threshold 0.06');
    expect(failureMessages(fitGateFailures(fit, { cfi: 0.95 }), 'zh')[0].message).toBe('CFI 为 .920，低于阈值 0.95');
  });
});
